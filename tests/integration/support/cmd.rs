//! Runs the built `vtorc-rs` with a clean environment (every VTORC_* variable removed) so the
//! developer's shell can't change a test's outcome.

use std::path::Path;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_vtorc-rs");

/// A `vtorc-rs` command with VTORC_* removed from the environment. `VTORC_TEST_BIN` (read by the
/// test process only) runs another build instead, to show that a new test fails on an older one.
pub fn vtorc() -> Command {
    let bin = std::env::var_os("VTORC_TEST_BIN").unwrap_or_else(|| BIN.into());
    let mut c = Command::new(bin);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("VTORC_") {
            c.env_remove(k);
        }
    }
    c
}

/// The result of one run, with stdout/stderr as text.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
    /// Panics with the whole output when the exit code is not `want`.
    pub fn expect_code(self, want: i32) -> Run {
        assert_eq!(
            self.code, want,
            "exit code {} (want {want})\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

/// Runs `vtorc-rs` with `args`, pointed at etcd `endpoint` and the state file `state`.
pub fn run(endpoint: &str, state: &Path, args: &[&str]) -> Run {
    let out = vtorc()
        .arg("--topo-global-server-address")
        .arg(endpoint)
        .arg("--state-file")
        .arg(state)
        .args(args)
        .output()
        .expect("spawn vtorc-rs");
    Run::from(out)
}
