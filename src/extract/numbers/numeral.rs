//! Reading digit numerals: "1,354", "2.5", "10:30", and the glued suffixes
//! of "21st", "1990s", "3pm", "5bn".

/// A decimal numeral: `mantissa / 10^places`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub mantissa: u128,
    pub places: u32,
    /// Written with thousands separators ("1,354").
    pub grouped: bool,
}

impl Decimal {
    pub(crate) fn whole(value: u64) -> Decimal {
        Decimal {
            mantissa: u128::from(value),
            places: 0,
            grouped: false,
        }
    }

    /// Multiply by a scale ("2.5 million").
    pub(crate) fn scaled(self, scale: u64) -> Option<Decimal> {
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(u128::from(scale))?,
            ..self
        })
    }

    fn divisor(&self) -> Option<u128> {
        10u128.checked_pow(self.places)
    }

    /// Whether the value is a whole number.
    pub(crate) fn is_whole(&self) -> bool {
        self.divisor().is_some_and(|d| self.mantissa % d == 0)
    }

    /// The whole part of the value, if it fits 64 bits.
    pub(crate) fn floor(&self) -> Option<u64> {
        u64::try_from(self.mantissa / self.divisor()?).ok()
    }
}

/// Parse a digit token: plain ("2019"), grouped ("1,354" but not "1,35"),
/// decimal ("2.5", "1,234.5"). Clock times are read by [`parse_clock`].
pub(crate) fn parse_decimal(s: &str) -> Option<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let grouped = groups.len() > 1;
    let first = groups.first()?;
    if first.is_empty() || (grouped && first.len() > 3) {
        return None;
    }
    if groups.iter().skip(1).any(|g| g.len() != 3) {
        return None;
    }
    let mut digits: String = groups.concat();
    let mut places = 0;
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(f);
        places = u32::try_from(f.len()).ok()?;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 30 {
        return None;
    }
    Some(Decimal {
        mantissa: digits.parse().ok()?,
        places,
        grouped,
    })
}

/// "10:30" → (10, 30); hours up to 24, minutes under 60.
pub(crate) fn parse_clock(s: &str) -> Option<(u64, u64)> {
    let (h, m) = s.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let h: u64 = h.parse().ok()?;
    let m: u64 = m.parse().ok()?;
    (h <= 24 && m < 60).then_some((h, m))
}

/// A token of digits followed by letters, split ("21st" → ("21", "st")).
/// `None` for tokens that start with a letter ("G20") or mix further.
pub(crate) fn split_suffix(s: &str) -> Option<(&str, &str)> {
    let at = s.find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ':')))?;
    let (digits, suffix) = s.split_at(at);
    if digits.is_empty() || !suffix.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((digits, suffix))
}

/// Whether `suffix` is the right ordinal ending for `n` ("1st", "22nd",
/// "13th").
pub(crate) fn ordinal_suffix_fits(n: u64, suffix: &str) -> bool {
    let want = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want)
}

/// 12-hour clock to 24-hour `HHMM` ("3 p.m." → 1500, "12 a.m." → 0).
pub(crate) fn clock_value(h: u64, m: u64, pm: Option<bool>) -> Option<u64> {
    let h = match pm {
        None => h,
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(true) => h % 12 + 12,
        Some(false) => h % 12,
    };
    Some(h * 100 + m)
}
