//! The CLI surface as golden files (issue 15 item 7), in the spirit of omdb's
//! `usage_errors.out` and cargo's snapbox help snapshots: every usage error below, with its
//! exit code, stdout and stderr, is in `tests/snapshots/usage_errors.out`; the real binary's
//! `--help` of every command matches `tests/snapshots/help/` (which the unit test
//! `help_every_command_matches_its_golden` walks from the clap tree). Review a change, then
//! `SNAPSHOTS=overwrite cargo test --test integration cli_goldens` rewrites the goldens.

use crate::support::cmd::vtorc;
use std::path::Path;

fn snapshots() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn assert_golden(actual: String, file: &Path) {
    snapbox::Assert::new()
        .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
        .eq(actual, snapbox::Data::read_from(file, None).raw());
}

const USAGE_ERRORS: &[&[&str]] = &[
    &[],
    &["topo", "--json"],
    &["nosuch"],
    &["check", "--bogus"],
    &["-q", "-v", "check"],
    &["check", "--instance-poll-time", "0s"],
    &["watch", "--instance-poll-time", "5x"],
    &["--mysql-ssl-mode", "bogus", "check"],
    &["--clusters-to-watch", "a/b/c", "check"],
    &["set-durability", "commerce"],
    &["set-durability", "commerce", "semi-sync"],
    &["topo", "add-tablet", "zone1-101"],
    &[
        "topo",
        "add-tablet",
        "zone1",
        "--keyspace",
        "ks",
        "--shard",
        "0",
        "--type",
        "replica",
        "--mysql-host",
        "h",
        "--mysql-port",
        "3306",
    ],
    &[
        "topo",
        "add-tablet",
        "zone1-101",
        "--keyspace",
        "ks",
        "--shard",
        "0",
        "--type",
        "master",
        "--mysql-host",
        "h",
        "--mysql-port",
        "0",
    ],
    &["topo", "get-tablet", "nope"],
    &["topo", "set-shard-primary", "commerce/0"],
    &["recoveries", "disable", "--shard", "-80"],
    &["recover", "--pre-failover-hook", "sh -c 'exit 0"],
    &["ack", "commerce"],
];

#[test]
fn usage_errors_match_the_golden() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut out = String::new();
    for args in USAGE_ERRORS {
        // A relative state file and a dead etcd: nothing in the output depends on the machine.
        let o = vtorc()
            .current_dir(dir.path())
            .args(["--state-file", "vtorc.db", "--topo-global-server-address", "127.0.0.1:1"])
            .args(*args)
            .output()
            .expect("spawn vtorc-rs");
        let code = o.status.code().unwrap_or(-1);
        assert_ne!(code, 0, "{args:?} is not a usage error");
        out.push_str(&format!(
            "$ vtorc-rs {}\nexit: {code}\n--- stdout\n{}--- stderr\n{}\n",
            args.join(" "),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    assert!(!dir.path().join("vtorc.db").exists(), "a usage error created the state file");
    // Hidden commands are not offered in errors either (issue 15 item 9).
    for hidden in ["generate", "lock-shard"] {
        assert!(!out.contains(hidden), "a usage error offers hidden {hidden}:\n{out}");
    }
    assert_golden(out, &snapshots().join("usage_errors.out"));
}

/// The binary prints what the in-process goldens hold (same width, no environment values).
#[test]
fn binary_help_matches_the_goldens() {
    let dir = snapshots().join("help");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/snapshots/help") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("golden");
        // The command path is in the golden's usage line: `Usage: vtorc-rs topo add-tablet [OPTIONS]`.
        let usage = text.lines().find_map(|l| l.strip_prefix("Usage: ")).expect("usage line");
        let words: Vec<&str> = usage
            .split_whitespace()
            .skip(1)
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        let o = vtorc().args(&words).arg("--help").output().expect("spawn vtorc-rs");
        assert_eq!(o.status.code(), Some(0), "{words:?}");
        assert_golden(String::from_utf8_lossy(&o.stdout).into_owned(), &path);
        n += 1;
    }
    assert!(n > 20, "{n} goldens");
}
