use super::*;

#[test]
fn paths_are_relative_to_the_config() {
    let c = parse_config(
        "rules = [\"rules\"]\ninputs = [\"seeds\", \"/abs/x\"]\n",
        Path::new("../factlint.toml"),
        Path::new(".."),
    )
    .expect("config");
    assert_eq!(c.rules, vec![PathBuf::from("../rules")]);
    assert_eq!(
        c.inputs,
        vec![PathBuf::from("../seeds"), PathBuf::from("/abs/x")]
    );
}

#[test]
fn unknown_keys_and_bad_types_are_errors() {
    let p = Path::new("factlint.toml");
    assert!(parse_config("rulez = [\"r\"]\n", p, Path::new("")).is_err());
    assert!(parse_config("rules = \"r\"\n", p, Path::new("")).is_err());
    assert_eq!(
        parse_config("", p, Path::new(""))
            .expect("empty is fine")
            .rules,
        Vec::<PathBuf>::new()
    );
}
