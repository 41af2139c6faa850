//! The state-file-only commands (`recoveries list|disable|enable`, `ack`) and how every command
//! treats a state file it must not touch: garbage bytes, a newer schema, a read-only file or
//! directory. No etcd or MySQL is needed: these commands never contact them.

use crate::support::cmd::{run, vtorc, Run};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};

/// Nothing listens here; a command that tried etcd would fail loudly.
const NO_ETCD: &str = "127.0.0.1:1";

fn state_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("vtorc.db");
    (dir, path)
}

fn list_json(state: &Path) -> serde_json::Value {
    let r = run(NO_ETCD, state, &["--json", "recoveries", "list"]).expect_code(0);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("bad JSON ({e}): {}", r.stdout))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

#[test]
fn disable_enable_round_trip() {
    let (_d, state) = state_dir();
    assert_eq!(list_json(&state)["global_recoveries_disabled"], false);

    let r = run(NO_ETCD, &state, &["recoveries", "disable"]).expect_code(0);
    assert!(r.stdout.contains("Recoveries disabled globally"), "{}", r.stdout);
    let doc = list_json(&state);
    assert_eq!(doc["global_recoveries_disabled"], true);
    assert!(doc["global_switch_changed_ms"].as_i64().unwrap() > 0);
    let r = run(NO_ETCD, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("DISABLED globally"), "{}", r.stdout);
    let r = run(NO_ETCD, &state, &["recoveries", "disable"]).expect_code(0);
    assert!(r.stdout.contains("already disabled"), "{}", r.stdout);

    let r = run(NO_ETCD, &state, &["--json", "recoveries", "enable"]).expect_code(0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc, serde_json::json!({"global_recoveries_disabled": false, "changed": true}));
    assert_eq!(list_json(&state)["global_recoveries_disabled"], false);

    let r = run(NO_ETCD, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("Recoveries: enabled"), "{}", r.stdout);
    assert!(r.stdout.contains("No recoveries recorded"), "{}", r.stdout);
}

#[test]
fn shard_without_keyspace_is_a_usage_error() {
    let (_d, state) = state_dir();
    let r = run(NO_ETCD, &state, &["recoveries", "enable", "--shard", "0"]).expect_code(2);
    assert!(r.stderr.contains("--keyspace"), "{}", r.stderr);
    // Nothing was created or changed by the refused command.
    assert!(!state.exists() || list_json(&state)["global_recoveries_disabled"] == false);
}

#[test]
fn ack_with_and_without_block() {
    let (_d, state) = state_dir();
    let r = run(NO_ETCD, &state, &["ack", "commerce/-80"]).expect_code(0);
    assert!(r.stdout.contains("no failover block"), "{}", r.stdout);

    // A block as `recover` leaves it after a failover (the file exists now).
    let now = now_ms();
    {
        let c = rusqlite::Connection::open(&state).unwrap();
        c.execute_batch("PRAGMA busy_timeout = 5000").unwrap();
        c.execute(
            "INSERT INTO failover_blocks (keyspace, shard, until_ms, recovery_id, created_ms)
             VALUES ('commerce', '-80', ?1, NULL, ?2), ('commerce', '80-', ?1, NULL, ?2)",
            [now + 3_600_000, now],
        )
        .unwrap();
    }
    let blocks = list_json(&state)["blocks"].as_array().unwrap().len();
    assert_eq!(blocks, 2);
    let r = run(NO_ETCD, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("vtorc-rs ack commerce/-80"), "{}", r.stdout);

    let r = run(NO_ETCD, &state, &["ack", "commerce/-80", "--by", "alice"]).expect_code(0);
    assert!(r.stdout.contains("commerce/-80: failover block lifted"), "{}", r.stdout);
    let doc = list_json(&state);
    let left: Vec<&str> =
        doc["blocks"].as_array().unwrap().iter().map(|b| b["shard"].as_str().unwrap()).collect();
    assert_eq!(left, ["80-"], "only the acked shard is lifted");

    let r = run(NO_ETCD, &state, &["--json", "ack", "commerce/-80"]).expect_code(0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["was_blocked"], false);

    let c = rusqlite::Connection::open(&state).unwrap();
    let by: String = c
        .query_row("SELECT acked_by FROM failover_blocks WHERE shard = '-80'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(by, "alice");
    let audit: String =
        c.query_row("SELECT message FROM audit WHERE kind = 'ack'", [], |r| r.get(0)).unwrap();
    assert!(audit.contains("alice"), "{audit}");
}

#[test]
fn ack_bad_argument_is_a_usage_error() {
    let (_d, state) = state_dir();
    for bad in ["commerce", "commerce/", "/0", "a/b/c"] {
        let r = run(NO_ETCD, &state, &["ack", bad]).expect_code(2);
        assert!(r.stderr.contains(&format!("{bad:?}")), "{bad}: {}", r.stderr);
    }
    assert!(!state.exists(), "a usage error must not create the state file");
}

fn assert_refused_untouched(dir: &Path, state: &Path, want: &[&str]) -> Run {
    let before = std::fs::read(state).unwrap();
    let listing = |d: &Path| {
        let mut v: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
        v.sort();
        v
    };
    let files_before = listing(dir);
    let mut last = None;
    for args in [&["recoveries", "list"][..], &["recoveries", "disable"], &["ack", "ks/0"]] {
        let r = run(NO_ETCD, state, args).expect_code(3);
        assert!(r.stderr.contains(&state.display().to_string()), "names the file: {}", r.stderr);
        for w in want {
            assert!(r.stderr.contains(w), "want {w:?}: {}", r.stderr);
        }
        last = Some(r);
    }
    assert_eq!(std::fs::read(state).unwrap(), before, "the file must not change");
    assert_eq!(listing(dir), files_before, "no -wal/-shm/-journal files appear");
    last.unwrap()
}

#[test]
fn garbage_state_file_is_refused_untouched() {
    let (d, state) = state_dir();
    let garbage: Vec<u8> = b"not a database, just some notes\n".repeat(100);
    std::fs::write(&state, &garbage).unwrap();
    assert_refused_untouched(d.path(), &state, &["not a SQLite database"]);
}

#[test]
fn newer_state_file_is_refused_untouched() {
    let (d, state) = state_dir();
    {
        let c = rusqlite::Connection::open(&state).unwrap();
        c.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 9999;").unwrap();
    }
    assert_refused_untouched(d.path(), &state, &["schema version 9999", "newer"]);
}

/// Runs vtorc-rs as an unprivileged user when the tests run as root (root ignores file modes).
fn run_unprivileged(state: &Path, args: &[&str]) -> Run {
    let mut c = vtorc();
    c.arg("--topo-global-server-address").arg(NO_ETCD).arg("--state-file").arg(state).args(args);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        c.uid(65534).gid(65534);
    }
    Run::from(c.output().expect("spawn vtorc-rs"))
}

#[test]
fn read_only_state_file_is_refused() {
    let (d, state) = state_dir();
    run(NO_ETCD, &state, &["recoveries", "disable"]).expect_code(0);
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&state).unwrap();
    let r = run_unprivileged(&state, &["recoveries", "enable"]).expect_code(3);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert!(r.stderr.contains(&state.display().to_string()), "{}", r.stderr);
    assert_eq!(std::fs::read(&state).unwrap(), before);
}

#[test]
fn unwritable_directory_is_refused() {
    let (d, _) = state_dir();
    let sub = d.path().join("ro");
    std::fs::create_dir(&sub).unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o555)).unwrap();
    let state = sub.join("vtorc.db");
    let r = run_unprivileged(&state, &["recoveries", "list"]).expect_code(3);
    assert!(r.stderr.contains(&state.display().to_string()), "{}", r.stderr);
    assert!(r.stderr.contains("directory"), "{}", r.stderr);
    assert!(!state.exists());
}
