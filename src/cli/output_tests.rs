use super::*;
use anyhow::Context;

#[test]
fn broken_pipe_is_found_anywhere_in_the_chain() {
    let pipe = io::Error::new(io::ErrorKind::BrokenPipe, "closed");
    let err = Err::<(), _>(pipe)
        .context("writing the report")
        .unwrap_err();
    assert!(is_broken_pipe(&err));
    let other = anyhow::Error::new(io::Error::new(io::ErrorKind::PermissionDenied, "no"));
    assert!(!is_broken_pipe(&other));
    assert!(!is_broken_pipe(&anyhow::anyhow!("broken pipe")));
}

#[test]
fn colour_follows_the_choice_and_the_terminal() {
    assert!(use_color(ColorArg::Always, false));
    assert!(!use_color(ColorArg::Never, true));
    assert!(!use_color(ColorArg::Auto, false));
}
