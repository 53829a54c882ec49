//! Renderer tests on hand-built rules and reports.

use super::*;
use crate::check::{Evidence, FactResult, StoryStatus};
use crate::dsl::{AnchorDef, ExampleDef, FactDef, Kind, Severity, StoryDef, Verdict};
use crate::source::{SourceDb, Span};
use chrono::NaiveDate;

const RULES: &str = "\
story \"Talks on a Trump–Kim meeting\" {
  about trump, kim
}

entity trump = \"Donald Trump\" | \"Trump\"
entity kim = \"Kim Jong Un\" | \"Kim\"
entity kang = \"Kang Kyung-wha\"

fact prior_meetings: count 3 {
  claim \"Trump and Kim met three times during Trump's first term\"
  about trump, kim
  cue \"met\", \"times\"
  example match \"Trump and Kim have met three times.\"
}

fact kang_spelling: name kang {
  claim \"South Korea's ambassador to Washington is Kang Kyung-wha\"
  severity warning
}

fact arrival: date 2025-10-29 {
  claim \"Trump arrives in South Korea on October 29\"
  about trump
  cue \"arriv*\"
}

fact no_deal: forbid {
  claim \"Trump and Kim never signed an agreement\"
  about trump, kim
  phrase \"signed an agreement\"
}
";

const ARTICLE: &str = "\
Trump and Kim Jong Un have met twice when the US President was serving his first term.
South Korea’s ambassador, Kang Kyung-hwa, said Trump arrives on October 29.
";

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    Span::new(start, start + needle.len())
}

fn header(fact_id: &str) -> Span {
    let start = RULES.find(&format!("fact {fact_id}:")).expect("fact");
    let end = start + RULES[start..].find(" {").expect("brace");
    Span::new(start, end)
}

fn anchor(id: &str, names: &[&str]) -> AnchorDef {
    AnchorDef {
        label: id.into(),
        entity: Some(id.into()),
        phrases: names.iter().map(|s| s.to_string()).collect(),
    }
}

fn fact(id: &str, claim: &str, kind: Kind, severity: Severity) -> FactDef {
    FactDef {
        id: id.into(),
        story: 0,
        file: 0,
        span: header(id),
        header_span: header(id),
        claim: claim.into(),
        kind,
        about: vec![anchor("trump", &["Donald Trump", "Trump"])],
        cues: vec![],
        window: 1,
        severity,
        examples: vec![],
    }
}

pub(crate) fn rules() -> RuleSet {
    let mut sources = SourceDb::new();
    sources.add("rules/summit.facts", RULES);
    let date = NaiveDate::from_ymd_opt(2025, 10, 29).expect("date");
    let mut prior = fact(
        "prior_meetings",
        "Trump and Kim met three times during Trump's first term",
        Kind::Count { expected: 3 },
        Severity::Error,
    );
    prior.examples.push(ExampleDef {
        verdict: Verdict::Match,
        text: "Trump and Kim have met three times.".into(),
        span: span_of(
            RULES,
            "example match \"Trump and Kim have met three times.\"",
        ),
        file: 0,
    });
    RuleSet {
        sources,
        stories: vec![StoryDef {
            title: "Talks on a Trump–Kim meeting".into(),
            about: vec![
                anchor("trump", &["Donald Trump", "Trump"]),
                anchor("kim", &["Kim Jong Un", "Kim"]),
            ],
            dateline: None,
            file: 0,
            span: None,
        }],
        entities: vec![],
        facts: vec![
            prior,
            fact(
                "kang_spelling",
                "South Korea's ambassador to Washington is Kang Kyung-wha",
                Kind::Name {
                    entity: anchor("kang", &["Kang Kyung-wha"]),
                },
                Severity::Warning,
            ),
            fact(
                "arrival",
                "Trump arrives in South Korea on October 29",
                Kind::Date {
                    start: date,
                    end: date,
                },
                Severity::Error,
            ),
            fact(
                "no_deal",
                "Trump and Kim never signed an agreement",
                Kind::Forbid {
                    phrases: vec!["signed an agreement".into()],
                },
                Severity::Error,
            ),
        ],
    }
}

pub(crate) fn article() -> Article {
    Article {
        name: "drafts/summit.md".into(),
        source: ARTICLE.into(),
        text: ARTICLE.into(),
        date: None,
        title: None,
    }
}

pub(crate) fn report() -> ArticleReport {
    ArticleReport {
        stories: vec![StoryStatus::Checked],
        facts: vec![
            FactResult {
                fact: 0,
                verdict: Verdict::Contradiction,
                evidence: vec![Evidence {
                    verdict: Verdict::Contradiction,
                    span: span_of(ARTICLE, "twice"),
                    found: "2".into(),
                    expected: "3".into(),
                    note: None,
                }],
            },
            FactResult {
                fact: 1,
                verdict: Verdict::Contradiction,
                evidence: vec![Evidence {
                    verdict: Verdict::Contradiction,
                    span: span_of(ARTICLE, "Kang Kyung-hwa"),
                    found: "Kang Kyung-hwa".into(),
                    expected: "Kang Kyung-wha".into(),
                    note: None,
                }],
            },
            FactResult {
                fact: 2,
                verdict: Verdict::Match,
                evidence: vec![Evidence {
                    verdict: Verdict::Match,
                    span: span_of(ARTICLE, "October 29"),
                    found: "2025-10-29".into(),
                    expected: "2025-10-29".into(),
                    note: None,
                }],
            },
            FactResult {
                fact: 3,
                verdict: Verdict::Absent,
                evidence: vec![],
            },
        ],
    }
}

fn skipped() -> ArticleReport {
    ArticleReport {
        stories: vec![StoryStatus::Skipped],
        facts: vec![],
    }
}

fn unreadable() -> LoadError {
    LoadError::InvalidUtf8 {
        path: "drafts/broken.txt".into(),
        offset: 12,
    }
}

/// Render the standard run: the article, a skipped one, an unreadable one.
fn render_run(format: Format, options: ReportOptions) -> String {
    let rules = rules();
    let mut reporter = reporter_for(format, options);
    let mut out = Vec::new();
    let mut summary = Summary::default();
    let mut other = article();
    other.name = "drafts/weather.md".into();
    let chunks = vec![
        (
            reporter.render_article(&article(), &report(), &rules),
            Summary::of_article(&report(), &rules),
        ),
        (
            reporter.render_article(&other, &skipped(), &rules),
            Summary::of_article(&skipped(), &rules),
        ),
        (
            reporter.render_unreadable(&unreadable()),
            Summary {
                unreadable: 1,
                ..Summary::default()
            },
        ),
    ];
    for (chunk, s) in chunks {
        reporter.write_chunk(&mut out, chunk).expect("write");
        summary.add(&s);
    }
    reporter.finish(&mut out, &summary, &rules).expect("finish");
    String::from_utf8(out).expect("utf-8")
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/report"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn human_report() {
    let text = render_run(Format::Human, ReportOptions::default());
    assert!(text.contains("error[count]: Trump and Kim met three times"));
    assert!(text.contains("warning[name]:"));
    assert!(!text.contains("note[match]"), "matches hidden by default");
    snapshot!("human", text);
}

#[test]
fn human_report_with_matches() {
    let options = ReportOptions {
        show_matches: true,
        color: false,
    };
    let text = render_run(Format::Human, options);
    assert!(text.contains("note[match]: Trump arrives in South Korea on October 29"));
    snapshot!("human_show_matches", text);
}

#[test]
fn human_colour_only_when_asked() {
    let rules = rules();
    let plain = human::HumanReporter::new(ReportOptions::default());
    let coloured = human::HumanReporter::new(ReportOptions {
        show_matches: false,
        color: true,
    });
    let text = |c: Chunk| match c {
        Chunk::Text(b) => b,
        _ => Vec::new(),
    };
    assert!(!text(plain.render_article(&article(), &report(), &rules)).contains(&0x1b));
    assert!(text(coloured.render_article(&article(), &report(), &rules)).contains(&0x1b));
}

#[test]
fn json_report() {
    let text = render_run(Format::Json, ReportOptions::default());
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["articles"][0]["facts"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["articles"][0]["facts"][3]["verdict"], "absent");
    assert_eq!(v["articles"][0]["facts"][0]["evidence"][0]["text"], "twice");
    assert_eq!(v["articles"][1]["status"], "skipped");
    assert_eq!(v["articles"][2]["status"], "error");
    snapshot!("json", text);
}

#[test]
fn jsonl_report_is_one_object_per_line() {
    let text = render_run(Format::Jsonl, ReportOptions::default());
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["path"], "drafts/summit.md");
    assert_eq!(lines[2]["status"], "error");
    assert_eq!(lines[3]["summary"]["contradictions"], 2);
    snapshot!("jsonl", text);
}

#[test]
fn github_report() {
    let text = render_run(Format::Github, ReportOptions::default());
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.starts_with("::error file=drafts/summit.md,line=1,col=32,"));
    assert!(text.contains("\n::warning file="));
    snapshot!("github", text);
}

#[test]
fn github_escapes_data_and_properties() {
    assert_eq!(github::escape_data("50% up\r\nnext"), "50%25 up%0D%0Anext");
    assert_eq!(github::escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    assert_eq!(github::escape_data("a:b,c"), "a:b,c");
    assert_eq!(
        github::escape_property("Séoul, “R”:%"),
        "Séoul%2C “R”%3A%25"
    );
    assert_eq!(github::escape_property(""), "");
}

#[test]
fn sarif_report() {
    let text = render_run(Format::Sarif, ReportOptions::default());
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let results = v["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(results.len(), 2, "contradictions only");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[1]["level"], "warning");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"],
        32
    );
    snapshot!("sarif", text);
}

#[test]
fn sarif_validates_against_the_schema() {
    let schema_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/sarif-2.1.0.json"
    ))
    .expect("schema file");
    // The published schema's `run.language` pattern ends in a bare `]`,
    // a literal in ECMA-262 regexes but an error for the Rust regex engine
    // that checks `format: regex`; escape it, same meaning.
    let schema_text = schema_text.replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
    );
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema json");
    let validator = jsonschema::draft4::options()
        .build(&schema)
        .expect("schema compiles");
    let log: serde_json::Value =
        serde_json::from_str(&render_run(Format::Sarif, ReportOptions::default())).expect("log");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator is not vacuous: a broken log fails.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    broken["version"] = "2.0".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn summary_lines() {
    let rules = rules();
    let s = Summary::of_article(&report(), &rules);
    assert_eq!(
        s.article_line(),
        "1 fact match, 1 contradict (1 error), 1 warning, 1 absent"
    );
    let mut total = Summary::default();
    for _ in 0..1204 {
        total.add(&s);
    }
    total.skipped = 3;
    total.unreadable = 1;
    assert_eq!(
        total.total_line(),
        "checked 1,207 articles (3 skipped, 1 unreadable): 1,204 matches, 2,408 contradictions (1,204 errors, 1,204 warnings)"
    );
    assert_eq!(summary::group(0), "0");
    assert_eq!(summary::group(999), "999");
    assert_eq!(summary::group(1000), "1,000");
    assert_eq!(summary::group(1234567), "1,234,567");
}

#[test]
fn unreadable_parts_split_path_and_reason() {
    let error = unreadable();
    let (path, reason) = load_error_parts(&error);
    assert_eq!(path, "drafts/broken.txt");
    assert_eq!(reason, "not valid UTF-8 (first bad byte at offset 12)");
}

#[test]
fn sarif_uri_escapes() {
    assert_eq!(sarif::path_uri("a b/c#1%.md"), "a%20b/c%231%25.md");
    assert_eq!(sarif::path_uri("dir\\x.txt"), "dir/x.txt");
}

#[test]
fn a_bad_jsonl_record_is_placed_at_its_line() {
    let error = LoadError::Json {
        path: "batch.jsonl".into(),
        line: 3,
        message: "missing field `body`".into(),
    };
    let (path, reason) = load_error_parts(&error);
    assert_eq!(path, "batch.jsonl:3");
    assert_eq!(reason, "missing field `body`");
}
