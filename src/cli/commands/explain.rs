//! `factlint explain FACT_ID`: what a fact checks (claim, kind, expected
//! value, scope, severity, examples), then its kind's documentation.

use super::load_rules_or_report;
use crate::check::explain_kind;
use crate::cli::args::ExplainArgs;
use crate::cli::config::default_rule_paths;
use crate::cli::exit::Outcome;
use crate::cli::output::stderr_color;
use crate::cli::plan::UsageError;
use crate::dsl::{AnchorDef, FactDef, Kind, RuleSet};
use anyhow::Result;
use std::fmt::Write as _;
use std::io::{self, Write};

pub fn run(args: &ExplainArgs) -> Result<Outcome> {
    let paths = default_rule_paths(&args.rules)?;
    let Some(rules) = load_rules_or_report(&paths, stderr_color(args.color)) else {
        return Ok(Outcome::Error);
    };
    let Some(fact) = rules.fact(&args.fact_id) else {
        let mut msg = format!("no fact `{}` in the rules", args.fact_id);
        if let Some(close) = closest(&args.fact_id, rules.facts.iter().map(|f| f.id.as_str())) {
            let _ = write!(msg, "; did you mean `{close}`?");
        }
        return Err(UsageError(msg).into());
    };
    let mut out = io::stdout().lock();
    out.write_all(render_explanation(fact, &rules).as_bytes())?;
    out.flush()?;
    Ok(Outcome::Clean)
}

fn anchor(a: &AnchorDef) -> String {
    match &a.entity {
        Some(id) => {
            let names: Vec<String> = a.phrases.iter().map(|p| format!("{p:?}")).collect();
            format!("{id} = {}", names.join(" | "))
        }
        None => format!("{:?}", a.label),
    }
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("{s:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text `factlint explain` prints for one fact.
pub fn render_explanation(fact: &FactDef, rules: &RuleSet) -> String {
    let mut s = String::new();
    let keyword = fact.kind.keyword();
    let _ = writeln!(s, "{}: {keyword}", fact.id);
    let _ = writeln!(s, "  claim     {}", fact.claim);
    if let Some(file) = rules.sources.get(fact.file) {
        let (line, col) = file.line_col(fact.header_span.start);
        let _ = writeln!(s, "  defined   {}:{line}:{col}", file.name());
    }
    if let Some(story) = rules.stories.get(fact.story) {
        let _ = writeln!(s, "  story     {}", story.title);
    }
    match &fact.kind {
        Kind::Count { expected } => {
            let _ = writeln!(s, "  expects   {expected}");
        }
        Kind::Date { start, end } if start == end => {
            let _ = writeln!(s, "  expects   {start}");
        }
        Kind::Date { start, end } => {
            let _ = writeln!(s, "  expects   {start} .. {end}");
        }
        Kind::Place { place, among } => {
            let _ = writeln!(s, "  expects   {}", anchor(place));
            if !among.is_empty() {
                let others: Vec<String> = among.iter().map(anchor).collect();
                let _ = writeln!(s, "  among     {}", others.join(", "));
            }
        }
        Kind::Event { holds, denies } => {
            let _ = writeln!(s, "  holds     {}", quoted(holds));
            if !denies.is_empty() {
                let _ = writeln!(s, "  denies    {}", quoted(denies));
            }
        }
        Kind::Quote { text, by } => {
            let _ = writeln!(s, "  expects   {text:?}");
            let _ = writeln!(s, "  by        {}", anchor(by));
        }
        Kind::Name { entity } => {
            let _ = writeln!(s, "  expects   {}", anchor(entity));
        }
        Kind::Forbid { phrases } => {
            let _ = writeln!(s, "  phrase    {}", quoted(phrases));
        }
    }
    if !fact.about.is_empty() {
        let about: Vec<String> = fact.about.iter().map(anchor).collect();
        let _ = writeln!(s, "  about     {}", about.join(", "));
    }
    if !fact.cues.is_empty() {
        let _ = writeln!(s, "  cue       {}", quoted(&fact.cues));
    }
    let _ = writeln!(
        s,
        "  window    {} {}",
        fact.window,
        if fact.window == 1 {
            "sentence"
        } else {
            "sentences"
        }
    );
    let _ = writeln!(s, "  severity  {}", fact.severity.as_str());
    if !fact.examples.is_empty() {
        let _ = writeln!(s, "  examples");
        for ex in &fact.examples {
            let _ = writeln!(s, "    {:<14} {:?}", ex.verdict.as_str(), ex.text);
        }
    }
    if let Some(doc) = explain_kind(keyword) {
        let _ = writeln!(s, "\n{}", doc.trim_end());
    }
    s
}

/// The candidate nearest to `word` by edit distance, if close enough.
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min()
        .map(|(_, c)| c)
}
