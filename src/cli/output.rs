//! Standard output and error for the commands, and how a closed pipe is
//! told apart from a real write error.

use std::io::{self, IsTerminal, Write};

use super::args::ColorArg;

/// Whether an error (anywhere in its chain) is a closed pipe.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Whether to colour output written to a stream.
pub fn use_color(choice: ColorArg, is_terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Colour for stdout.
pub fn stdout_color(choice: ColorArg) -> bool {
    use_color(choice, io::stdout().is_terminal())
}

/// Colour for stderr.
pub fn stderr_color(choice: ColorArg) -> bool {
    use_color(choice, io::stderr().is_terminal())
}

/// Write bytes to stderr; a failure to report is not itself reported.
pub fn write_stderr(bytes: &[u8]) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(bytes);
    let _ = err.flush();
}

#[cfg(test)]
#[path = "output_tests.rs"]
mod tests;
