//! Integration tests: dsl.

use factlint::dsl;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn spec_example_parses_clean() {
    let src = std::fs::read_to_string(fixture("spec-example.facts")).unwrap();
    let (ast, diags) = dsl::parse(&src);
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(ast.items.len(), 14);
    let set = dsl::load_rules(&[fixture("spec-example.facts")]).unwrap();
    assert_eq!(set.facts.len(), 8);
    let formatted = dsl::format_source("x", &src).unwrap();
    println!("{formatted}");
}
