//! Which fields each fact kind takes, and which it needs.

/// Fields every kind takes.
const COMMON: [&str; 5] = ["claim", "about", "window", "severity", "example"];

/// The fields a fact of this kind may have, in canonical order.
pub(crate) fn fields_of(kind: &str) -> Vec<&'static str> {
    let extra: &[&'static str] = match kind {
        "count" | "date" => &["cue"],
        "place" => &["cue", "among"],
        "event" => &["holds", "denies"],
        "quote" => &["by"],
        "forbid" => &["phrase"],
        _ => &[],
    };
    let mut out = vec![COMMON[0], COMMON[1]];
    out.extend_from_slice(extra);
    out.extend_from_slice(&COMMON[2..]);
    out
}

/// The fields a fact of this kind must have.
pub(crate) fn required_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "count" => &["claim", "about", "cue"],
        "date" | "place" | "event" | "forbid" => &["claim", "about"],
        "quote" => &["claim", "by"],
        _ => &["claim"],
    }
}

/// Every field keyword, in canonical order.
pub(crate) const FIELDS: [&str; 11] = [
    "claim", "about", "cue", "holds", "denies", "among", "by", "phrase", "window", "severity",
    "example",
];

/// The field keyword as a `'static` string (`example` for anything unknown).
pub(crate) fn static_name(name: &str) -> &'static str {
    FIELDS
        .iter()
        .chain(["dateline"].iter())
        .find(|f| **f == name)
        .copied()
        .unwrap_or("example")
}

/// The field keyword in backticks, as a grammar label.
pub(crate) fn backticked(name: &str) -> &'static str {
    match name {
        "claim" => "`claim`",
        "about" => "`about`",
        "cue" => "`cue`",
        "holds" => "`holds`",
        "denies" => "`denies`",
        "among" => "`among`",
        "by" => "`by`",
        "phrase" => "`phrase`",
        "window" => "`window`",
        "severity" => "`severity`",
        _ => "`example`",
    }
}
