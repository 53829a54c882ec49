//! Loading: directories, includes, roots and stories, the resolved model.

use factlint::dsl::{self, Kind, RuleErrors, RuleSet, Severity, Verdict};
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn load(paths: &[PathBuf]) -> RuleSet {
    match dsl::load_rules(paths) {
        Ok(set) => set,
        Err(e) => panic!("{:#?}", e.diagnostics),
    }
}

fn load_err(paths: &[PathBuf]) -> RuleErrors {
    match dsl::load_rules(paths) {
        Ok(set) => panic!("loaded {} facts", set.facts.len()),
        Err(e) => e,
    }
}

fn codes(e: &RuleErrors) -> Vec<&str> {
    e.diagnostics
        .iter()
        .filter_map(|d| d.code.as_deref())
        .collect()
}

const PEOPLE: &str =
    "entity trump = \"Donald Trump\" | \"Trump\"\nentity kim = \"Kim Jong Un\" | \"Kim\"\n";

#[test]
fn includes_expand_in_place_and_are_not_roots() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "common/people.facts", PEOPLE);
    write(
        d,
        "common/more.facts",
        "fact second: event { claim \"b\" about kim holds \"x\" }\n",
    );
    write(
        d,
        "main.facts",
        "story \"S\" { about trump, kim dateline 2025-10-18 }\n\
         include \"common/people.facts\"\n\
         fact first: count 3 { claim \"a\" about trump, kim cue \"met\" }\n\
         include \"common/../common/more.facts\"\n\
         fact third: name kim { claim \"c\" }\n",
    );
    let set = load(&[d.to_path_buf()]);
    assert_eq!(set.stories.len(), 1);
    assert_eq!(set.sources.len(), 3);
    let ids: Vec<&str> = set.facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["first", "second", "third"]);
    assert!(set.facts.iter().all(|f| f.story == 0));
    assert_eq!(set.entities.len(), 2);
    // Sources are named from the path given, normalised.
    let names: Vec<String> = set
        .sources
        .iter()
        .map(|(_, f)| f.name().to_string())
        .collect();
    let expect = |rel: &str| d.join(rel).display().to_string();
    assert!(names.contains(&expect("common/people.facts")), "{names:?}");
    assert!(names.contains(&expect("common/more.facts")), "{names:?}");
    let second = set.fact("second").unwrap();
    assert_eq!(
        set.sources.get(second.file).unwrap().name(),
        expect("common/more.facts")
    );
}

#[test]
fn model_is_resolved_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let src = format!(
        "{PEOPLE}entity apec = \"APEC\"\n\
         fact prior: count 3 {{\n  claim \"met three times\"\n  about trump, \"summit\"\n  cue \"met\"\n  example match \"They met three times.\"\n}}\n\
         fact arrival: date 2025-10-29 {{ claim \"a\" about trump window 3 severity note }}\n\
         fact venue: place apec {{ claim \"v\" about apec among \"Busan\", kim }}\n\
         fact words: quote \"good memories\" {{ claim \"w\" by kim }}\n\
         fact spelling: name kim {{ claim \"s\" }}\n"
    );
    let path = write(dir.path(), "only.facts", &src);
    let set = load(&[path]);
    // No story block: title is the file name, no about, no dateline.
    assert_eq!(set.stories[0].title, "only.facts");
    assert!(set.stories[0].about.is_empty());
    assert_eq!(set.stories[0].dateline, None);

    let prior = set.fact("prior").unwrap();
    let text = set.sources.get(prior.file).unwrap().text();
    assert_eq!(prior.header_span.slice(text), "fact prior: count 3");
    assert!(prior.span.slice(text).ends_with('}'));
    assert!(matches!(prior.kind, Kind::Count { expected: 3 }));
    assert_eq!(prior.window, 1);
    assert_eq!(prior.severity, Severity::Error);
    assert_eq!(prior.about[0].phrases, ["Donald Trump", "Trump"]);
    assert_eq!(prior.about[0].entity.as_deref(), Some("trump"));
    assert_eq!(prior.about[1].label, "summit");
    assert_eq!(prior.about[1].entity, None);
    assert_eq!(prior.cues, ["met"]);
    assert_eq!(prior.examples[0].verdict, Verdict::Match);
    assert_eq!(
        prior.examples[0].span.slice(text),
        "example match \"They met three times.\""
    );

    let arrival = set.fact("arrival").unwrap();
    assert!(matches!(arrival.kind, Kind::Date { start, end } if start == end));
    assert_eq!((arrival.window, arrival.severity), (3, Severity::Note));

    let Kind::Place { place, among } = &set.fact("venue").unwrap().kind else {
        panic!()
    };
    assert_eq!(place.phrases, ["APEC"]);
    assert_eq!(among[1].phrases, ["Kim Jong Un", "Kim"]);
    let Kind::Quote { text, by } = &set.fact("words").unwrap().kind else {
        panic!()
    };
    assert_eq!((text.as_str(), by.label.as_str()), ("good memories", "kim"));
    assert_eq!(by.phrases, ["Kim Jong Un", "Kim"]);
    let Kind::Name { entity } = &set.fact("spelling").unwrap().kind else {
        panic!()
    };
    assert_eq!(entity.phrases[0], "Kim Jong Un");
}

#[test]
fn each_root_is_a_story_with_its_own_entities() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "a.facts",
        &format!("{PEOPLE}fact a1: name kim {{ claim \"x\" }}\n"),
    );
    write(
        d,
        "b.facts",
        "entity kim = \"Kim Yo Jong\"\nfact b1: name kim { claim \"y\" }\n",
    );
    let set = load(&[d.to_path_buf()]);
    assert_eq!(set.stories.len(), 2);
    let Kind::Name { entity } = &set.fact("b1").unwrap().kind else {
        panic!()
    };
    assert_eq!(entity.phrases, ["Kim Yo Jong"]);
    assert_eq!(set.fact("b1").unwrap().story, 1);

    // An entity of another root is not visible; fact ids are global.
    write(d, "c.facts", "fact a1: name trump { claim \"z\" }\n");
    let e = load_err(&[d.to_path_buf()]);
    assert_eq!(codes(&e), ["R011", "R007"]);
}

#[test]
fn shared_include_gives_entities_to_every_root_and_facts_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "shared/people.inc",
        &format!("{PEOPLE}fact shared_fact: name kim {{ claim \"s\" }}\n"),
    );
    for root in ["x", "y"] {
        write(
            d,
            &format!("{root}.facts"),
            &format!("include \"shared/people.inc\"\nfact {root}: name trump {{ claim \"t\" }}\n"),
        );
    }
    let set = load(&[d.to_path_buf()]);
    assert_eq!(set.stories.len(), 2);
    assert_eq!(set.entities.len(), 4);
    let owners: Vec<(&str, usize)> = set.facts.iter().map(|f| (f.id.as_str(), f.story)).collect();
    assert_eq!(owners, [("shared_fact", 0), ("x", 0), ("y", 1)]);
}

#[test]
fn includes_may_not_leave_the_root() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "outside.facts", PEOPLE);
    write(d, "rules/inside.facts", PEOPLE);
    let a = write(d, "rules/a.facts", "include \"../outside.facts\"\n");
    assert_eq!(codes(&load_err(&[d.join("rules")])), ["R017"]);
    // A file given by itself has its directory as root.
    assert_eq!(codes(&load_err(std::slice::from_ref(&a))), ["R017"]);
    // Going up inside the root is fine; the same file given alone is not.
    std::fs::remove_file(&a).unwrap();
    let b = write(d, "rules/sub/b.facts", "include \"../inside.facts\"\n");
    let set = load(&[d.join("rules")]);
    assert_eq!(set.stories.len(), 1);
    assert_eq!(set.entities.len(), 2);
    assert_eq!(codes(&load_err(&[b])), ["R017"]);
}

#[test]
fn errors_in_several_files_are_all_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.facts", "fact a: count 3 { claim \"x\" }\n");
    write(d, "b.facts", "entity k = \"K\"\nentity k = \"L\"\n");
    write(d, "c.facts", "fact c: event { claim \"y\" about nobody }\n");
    let e = load_err(&[d.to_path_buf()]);
    assert_eq!(codes(&e), ["R013", "R013", "R012", "R007"]);
    assert_eq!(e.files, 3);
}

#[test]
fn missing_paths_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_err(&[dir.path().join("missing.facts"), dir.path().join("x/")]);
    assert_eq!(codes(&e), ["R019", "R019"]);
}

#[test]
fn a_failed_include_does_not_cascade_into_undefined_entities() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "a.facts",
        "include \"people.facts\"\nfact a: name kim { claim \"x\" }\n",
    );
    assert_eq!(codes(&load_err(&[d.join("a.facts")])), ["R018"]);
    // Without the include the same reference is undefined.
    write(d, "b.facts", "fact b: name kim { claim \"x\" }\n");
    assert_eq!(codes(&load_err(&[d.join("b.facts")])), ["R007"]);
}

#[test]
fn an_include_that_is_not_utf8_points_at_the_include() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("bad.facts"), b"entity k = \"\xff\"\n").unwrap();
    write(d, "main.facts", "include \"bad.facts\"\n");
    let e = load_err(&[d.join("main.facts")]);
    assert_eq!(codes(&e), ["R020"]);
    assert_eq!(e.diagnostics[0].labels.len(), 1);
}
