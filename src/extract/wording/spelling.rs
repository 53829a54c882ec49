//! Folding British and American spellings into one form.
//!
//! Both a quoted passage and the known statement go through [`fold_spelling`],
//! so the fold only has to be consistent: "denuclearisation" and
//! "denuclearization" both become "denuclearization", "colour" and "color"
//! both "color". Each rule is limited so that two different English words are
//! not folded together ("filled" and "filed" stay apart).

/// Fold one lowercase word (letters only matter; anything else is kept).
pub(crate) fn fold_spelling(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in [("programme", "program"), ("judgement", "judgment")] {
        if let Some(stem) = w.strip_suffix(from) {
            w = format!("{stem}{to}");
        }
        if let Some(stem) = w.strip_suffix(&format!("{from}s")) {
            w = format!("{stem}{to}s");
        }
    }
    w = fold_ise(&w);
    w = fold_yse(&w);
    w = fold_our(&w);
    w = fold_ogue(&w);
    w = fold_tre(&w);
    w = fold_ence(&w);
    fold_double_l(&w)
}

/// Replace the ending `from` (after a stem of at least `min_stem` bytes) by
/// `to`, trying each of `suffixes` after it ("" first).
fn swap_ending(
    w: &str,
    from: &str,
    to: &str,
    min_stem: usize,
    suffixes: &[&str],
) -> Option<String> {
    suffixes.iter().find_map(|suffix| {
        let stem = w.strip_suffix(suffix)?.strip_suffix(from)?;
        (stem.len() >= min_stem).then(|| format!("{stem}{to}{suffix}"))
    })
}

/// -ise/-isation family: realise, realised, realising, realisation(s).
fn fold_ise(w: &str) -> String {
    swap_ending(w, "isation", "ization", 2, &["", "s"])
        .or_else(|| swap_ending(w, "is", "iz", 3, &["e", "ed", "es", "ing", "er", "ers"]))
        .unwrap_or_else(|| w.to_string())
}

/// -yse/-yze: analyse, paralysed, analysing.
fn fold_yse(w: &str) -> String {
    swap_ending(w, "ys", "yz", 3, &["e", "ed", "es", "ing", "er", "ers"])
        .unwrap_or_else(|| w.to_string())
}

/// -our/-or in words longer than five letters: colour, honour(ed),
/// favourite, behaviour. Short words (hour, four, your) are left alone.
fn fold_our(w: &str) -> String {
    if w.chars().count() <= 5 {
        return w.to_string();
    }
    match w.get(1..).and_then(|rest| rest.find("our")) {
        Some(i) => format!("{}or{}", &w[..=i], &w[i + 4..]),
        None => w.to_string(),
    }
}

/// -ogue/-og: dialogue, catalogues, analogue.
fn fold_ogue(w: &str) -> String {
    swap_ending(w, "ogue", "og", 3, &["", "s"]).unwrap_or_else(|| w.to_string())
}

/// -tre/-ter: centre, theatres, metre.
fn fold_tre(w: &str) -> String {
    swap_ending(w, "tre", "ter", 2, &["", "s"]).unwrap_or_else(|| w.to_string())
}

/// -ence/-ense: defence, licence, offences, pretence.
fn fold_ence(w: &str) -> String {
    ["defence", "offence", "licence", "pretence"]
        .iter()
        .find_map(|uk| {
            let stem = uk.strip_suffix("ence")?;
            ["", "s", "less"].iter().find_map(|suffix| {
                let prefix = w.strip_suffix(suffix)?.strip_suffix(uk)?;
                Some(format!("{prefix}{stem}ense{suffix}"))
            })
        })
        .unwrap_or_else(|| w.to_string())
}

/// Doubled l before -ed/-ing/-er(s) in words whose stem has two or more
/// vowel groups: travelled, cancelling, labelled, modeller. "filled",
/// "called" and "killing" (one vowel group) are left alone.
fn fold_double_l(w: &str) -> String {
    for suffix in ["ed", "ing", "er", "ers"] {
        let Some(stem) = w.strip_suffix(suffix).and_then(|s| s.strip_suffix("ll")) else {
            continue;
        };
        if vowel_groups(stem) >= 2 {
            return format!("{stem}l{suffix}");
        }
    }
    w.to_string()
}

fn vowel_groups(s: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    for c in s.chars() {
        let v = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if v && !in_vowel {
            groups += 1;
        }
        in_vowel = v;
    }
    groups
}
