//! The one handle to stdout and stderr. Results go to stdout; progress, warnings and log lines go
//! to stderr, honouring `--quiet` and `--verbose`. A closed stdout (`| head`) surfaces as a
//! BrokenPipe error, which `exit::finish` turns into a quiet exit 0.

use std::io::Write;

#[derive(Debug, Clone, Copy, Default)]
pub struct Out {
    pub quiet: bool,
    pub verbose: bool,
}

impl Out {
    /// Writes a result to stdout (adds a final newline when missing).
    pub fn result(&self, text: &str) -> std::io::Result<()> {
        let mut o = std::io::stdout().lock();
        o.write_all(text.as_bytes())?;
        if !text.is_empty() && !text.ends_with('\n') {
            o.write_all(b"\n")?;
        }
        o.flush()
    }
    /// A status line on stderr, hidden by `--quiet`.
    pub fn status(&self, text: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        }
    }
    /// Detail on stderr, shown only with `--verbose`.
    pub fn verbose(&self, text: &str) {
        if self.verbose {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        }
    }
    /// A warning on stderr; shown even with `--quiet` because it says something went wrong.
    pub fn warn(&self, text: &str) {
        let _ = writeln!(std::io::stderr().lock(), "vtorc-rs: warning: {text}");
    }
}
