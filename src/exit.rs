//! Exit codes, decided in one place. Commands return `anyhow::Result<ExitCode>`; `finish` prints
//! the final error with its whole context chain to stderr and maps it to a code. Nothing else in
//! the crate calls `std::process::exit`.

use std::io::Write;

/// The documented exit codes (README, `--help`, man page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything went well, or nothing was needed.
    Ok,
    /// `check`: problems were found; `recover`: a recovery failed; an action failed.
    Problems,
    /// Usage error: bad flag, bad argument value, unknown policy name.
    Usage,
    /// Could not run: etcd, MySQL or the state file unreachable, a lock held elsewhere, a refused request.
    CouldNotRun,
    /// Interrupted by SIGINT/SIGTERM.
    Interrupted,
    /// `check --nagios` only: CRITICAL (a primary is dead or the shard has no primary).
    NagiosCritical,
}

impl ExitCode {
    pub fn code(self) -> i32 {
        match self {
            ExitCode::Ok => 0,
            ExitCode::Problems => 1,
            ExitCode::Usage | ExitCode::NagiosCritical => 2,
            ExitCode::CouldNotRun => 3,
            ExitCode::Interrupted => 130,
        }
    }
}

/// An error that carries its own exit code. Commands use it for refusals that are not I/O
/// failures (an unknown keyspace is a refused request; a bad argument value is a usage error).
#[derive(Debug)]
pub struct Coded {
    pub code: ExitCode,
    pub message: String,
}

impl std::fmt::Display for Coded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Coded {}

/// A usage error (exit 2) with a message that names the bad value.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Coded { code: ExitCode::Usage, message: message.into() })
}

/// A named record that does not exist (exit 1, as vtctldclient): `topo get-tablet zone1-999`,
/// `ack nosuch/0`, `set-durability nosuch none`.
pub fn not_found(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Coded { code: ExitCode::Problems, message: message.into() })
}

/// A refused request (exit 3): lock held elsewhere, record already there, newer state file...
pub fn refused(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Coded { code: ExitCode::CouldNotRun, message: message.into() })
}

/// Maps an error to its exit code by looking through the whole chain.
pub fn classify(err: &anyhow::Error) -> ExitCode {
    for cause in err.chain() {
        if let Some(c) = cause.downcast_ref::<Coded>() {
            return c.code;
        }
        if let Some(e) = cause.downcast_ref::<clap::Error>() {
            return if e.use_stderr() { ExitCode::Usage } else { ExitCode::Ok };
        }
        if let Some(e) = cause.downcast_ref::<std::io::Error>() {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::Ok;
            }
        }
    }
    // etcd, MySQL and state-file errors, and anything unexpected, mean the command could not run.
    ExitCode::CouldNotRun
}

/// True when the error is only a closed stdout (`vtorc-rs ... | head`): exit quietly.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints the error (if any) and exits with the decided code.
pub fn finish(result: anyhow::Result<ExitCode>) -> ! {
    let code = match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                ExitCode::Ok
            } else {
                let code = classify(&err);
                let mut stderr = std::io::stderr().lock();
                let _ = writeln!(stderr, "vtorc-rs: error: {err:#}");
                code
            }
        }
    };
    let _ = std::io::stdout().flush();
    std::process::exit(code.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_walks_the_chain() {
        let e = usage("bad policy").context("set-durability");
        assert_eq!(classify(&e), ExitCode::Usage);
        let e = refused("lock held").context("recover");
        assert_eq!(classify(&e), ExitCode::CouldNotRun);
        let e = anyhow::Error::new(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "pipe"));
        assert_eq!(classify(&e), ExitCode::Ok);
        assert_eq!(classify(&anyhow::anyhow!("etcd down")), ExitCode::CouldNotRun);
    }
}
