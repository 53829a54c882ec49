//! What the CLI-level tests share: running the real binary and keeping its
//! exit code and output.

use assert_cmd::Command;

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Assert that stderr contains `needle`, showing stderr when it does not.
    #[track_caller]
    pub fn assert_stderr_has(&self, needle: &str) {
        assert!(self.stderr.contains(needle), "{}", self.stderr);
    }

    /// Assert that stdout contains `needle`, showing stdout when it does not.
    #[track_caller]
    pub fn assert_stdout_has(&self, needle: &str) {
        assert!(self.stdout.contains(needle), "{}", self.stdout);
    }
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run factlint");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
