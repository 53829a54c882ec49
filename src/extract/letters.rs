//! Letters as a copy editor reads them when comparing names and quoted
//! words: case and diacritics aside. "Kvaløy" and "Kvaloy", "Łódź" and
//! "Lodz", "Sæther" and "Saether" are one spelling written with and without
//! its marks; the stroke letters and ligatures, which Unicode does not
//! decompose, are read as the letters a wire service writes for them.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Append `text` to `out` lowercased, with diacritics dropped and stroke
/// letters and ligatures written out in plain letters.
pub(crate) fn push_plain(text: &str, out: &mut String) {
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        push_letter(c, out);
    }
}

/// Append one char of a decomposed text (not a combining mark) lowercased,
/// a stroke letter or ligature in plain letters.
pub(crate) fn push_letter(c: char, out: &mut String) {
    match plain(c) {
        Some(plain) => out.push_str(plain),
        None => out.extend(c.to_lowercase()),
    }
}

/// The plain letters for a letter that has no decomposition.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        'ı' => "i",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    fn plain(text: &str) -> String {
        let mut out = String::new();
        super::push_plain(text, &mut out);
        out
    }

    #[test]
    fn marks_strokes_and_ligatures_are_dropped() {
        assert_eq!(plain("Kvaløy"), "kvaloy");
        assert_eq!(plain("Łódź"), "lodz");
        assert_eq!(plain("Sæther"), "saether");
        assert_eq!(plain("Straße"), "strasse");
        assert_eq!(plain("Đoković"), "dokovic");
        assert_eq!(plain("Křenek"), "krenek");
    }

    #[test]
    fn other_letters_stay_themselves() {
        assert_eq!(plain("Kvalay"), "kvalay");
        assert_eq!(plain("Ольга"), "ольга");
        assert_eq!(plain("O'Brien"), "o'brien");
    }
}
