//! Fuzz the rules parser and formatter: never panic; a file that formats
//! formats to a fixed point.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (ast, _) = factlint::dsl::parse(&text);
    for c in &ast.comments {
        assert!(c.span.end <= text.len());
    }
    if let Ok(once) = factlint::dsl::format_source("fuzz.facts", &text) {
        let twice = factlint::dsl::format_source("fuzz.facts", &once);
        assert_eq!(twice.ok().as_deref(), Some(once.as_str()));
    }
});
