//! Failover hooks, orchestrator-compatible: `--pre-failover-hook`, `--post-failover-hook`,
//! `--post-unsuccessful-failover-hook`. A hook is a command line split on whitespace (no shell
//! ever sees it); placeholders such as `{failedHost}` are substituted inside each argument, so a
//! hostile host name stays one argument. The same values are passed as environment variables
//! (`VTORC_FAILURE_TYPE`, ... and orchestrator's `ORC_*` names). Passwords are removed from the
//! hook's environment. Output is captured into the recovery record; a hook that outlives its
//! timeout is killed.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub use crate::analysis::plan::hooks::{argv, parse_command, HookVars};

/// What a hook run did.
#[derive(Debug, Clone)]
pub struct HookResult {
    pub ok: bool,
    /// `exit 0`, `exit 3`, `killed after 30s`, `could not start: ...`.
    pub status: String,
    /// stdout and stderr, trimmed to a few KB.
    pub output: String,
}

const OUTPUT_LIMIT: usize = 4096;

/// Runs one hook and waits for it, up to `timeout`.
///
/// Output goes to a temporary file rather than pipes: a hook that starts a background job
/// (`notify.sh &`) would otherwise keep the pipes open and hang the recovery, with the shard lock
/// held, long after the hook itself exited. The hook runs in its own process group, and the whole
/// group is killed on timeout.
pub fn run(command: &str, vars: &HookVars, timeout: Duration) -> HookResult {
    use std::os::unix::process::CommandExt;
    let args = argv(command, vars);
    let Some((prog, rest)) = args.split_first() else {
        return HookResult {
            ok: false,
            status: "empty hook command".into(),
            output: String::new(),
        };
    };
    let out_path = std::env::temp_dir().join(format!(
        "vtorc-rs-hook-{}-{}.out",
        std::process::id(),
        HOOK_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let file = match std::fs::OpenOptions::new().write(true).create_new(true).open(&out_path) {
        Ok(f) => f,
        Err(e) => {
            return HookResult {
                ok: false,
                status: format!("could not create {}: {e}", out_path.display()),
                output: String::new(),
            }
        }
    };
    let err_file = file.try_clone();
    let mut cmd = Command::new(prog);
    cmd.args(rest).stdin(Stdio::null()).stdout(Stdio::from(file)).process_group(0);
    match err_file {
        Ok(f) => cmd.stderr(Stdio::from(f)),
        Err(_) => cmd.stderr(Stdio::null()),
    };
    for secret in ["VTORC_MYSQL_PASSWORD", "VTORC_REPL_PASSWORD", "VTORC_TOPO_ETCD_PASSWORD"] {
        cmd.env_remove(secret);
    }
    for (_, env, orc, value) in vars.pairs() {
        cmd.env(env, value).env(orc, value);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&out_path);
            return HookResult {
                ok: false,
                status: format!("could not start {prog:?}: {e}"),
                output: String::new(),
            };
        }
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if started.elapsed() >= timeout => {
                // The hook and everything it started: it is its own process group's leader.
                if let Ok(pgid) = i32::try_from(child.id()) {
                    // SAFETY: kill(2) with a negative pid signals that process group only.
                    unsafe { libc::kill(-pgid, libc::SIGKILL) };
                }
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(_) => break None,
        }
    };
    let output = read_capped(&out_path);
    let _ = std::fs::remove_file(&out_path);
    let output = truncate(output.trim_end());
    match status {
        Some(st) if st.success() => HookResult { ok: true, status: "exit 0".into(), output },
        Some(st) => HookResult {
            ok: false,
            status: st
                .code()
                .map(|c| format!("exit {c}"))
                .unwrap_or_else(|| "killed by a signal".into()),
            output,
        },
        None => HookResult {
            ok: false,
            status: format!("killed after {}s (timeout)", timeout.as_secs()),
            output,
        },
    }
}

/// Distinguishes the output files of hooks run by one process.
static HOOK_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The first 64 KiB of a hook's output.
fn read_capped(path: &std::path::Path) -> String {
    let mut buf = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(64 * 1024).read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

fn truncate(s: &str) -> String {
    if s.len() <= OUTPUT_LIMIT {
        return s.to_string();
    }
    let mut end = OUTPUT_LIMIT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes cut)", &s[..end], s.len() - end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> HookVars {
        HookVars {
            failure_type: "DeadPrimary".into(),
            failed_host: "db1; rm -rf /".into(),
            failed_port: "3306".into(),
            successor_host: "db2".into(),
            keyspace: "ks".into(),
            shard: "-80".into(),
            ..HookVars::default()
        }
    }

    #[test]
    fn split_like_a_shell_without_one() {
        let a = argv(r#"/bin/sh -c 'echo "{shard}" done' x\ y"#, &vars());
        assert_eq!(a, vec!["/bin/sh", "-c", "echo \"-80\" done", "x y"]);
        assert!(parse_command("sh -c 'unbalanced").is_err());
        assert!(parse_command("   ").is_err());
        assert!(parse_command("/bin/true").is_ok());
    }

    #[test]
    fn placeholders_stay_single_arguments() {
        let a = argv("/bin/echo {failureType} host={failedHost} {shard}", &vars());
        assert_eq!(a, vec!["/bin/echo", "DeadPrimary", "host=db1; rm -rf /", "-80"]);
    }

    #[test]
    fn runs_with_env_and_captures_output() {
        let r = run(
            "/bin/sh -c {failureType}",
            &HookVars { failure_type: "echo $VTORC_SHARD $ORC_FAILED_HOST".into(), ..vars() },
            Duration::from_secs(5),
        );
        assert!(r.ok, "{r:?}");
        assert_eq!(r.output, "-80 db1; rm -rf /");
    }

    #[test]
    fn a_background_job_does_not_hang_the_hook() {
        // The hook exits at once; its background child keeps running with stdout inherited.
        let t = Instant::now();
        let r = run(
            "/bin/sh -c {failureType}",
            &HookVars { failure_type: "sleep 5 & echo started".into(), ..vars() },
            Duration::from_secs(3),
        );
        assert!(r.ok, "{r:?}");
        assert_eq!(r.output, "started");
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "waited for the background job: {:?}",
            t.elapsed()
        );
    }

    #[test]
    fn failure_and_timeout() {
        let r = run("/bin/false", &vars(), Duration::from_secs(5));
        assert!(!r.ok);
        assert_eq!(r.status, "exit 1");
        let t = Instant::now();
        let r = run("/bin/sleep 5", &vars(), Duration::from_millis(200));
        assert!(!r.ok && r.status.contains("timeout"), "{r:?}");
        assert!(t.elapsed() < Duration::from_secs(3));
        let r = run("/nonexistent/hook", &vars(), Duration::from_secs(1));
        assert!(!r.ok && r.status.contains("could not start"));
    }
}
