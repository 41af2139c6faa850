//! The gate commands (`recoveries list|disable|enable`, `ack`), which write etcd (the authority
//! every vtorc-rs host reads) and keep a copy and an audit line in the state file, and how they
//! treat a state file they must not touch: garbage bytes, a newer schema, a read-only file or
//! directory. A real etcd where the gates are written; no MySQL.

use crate::support::cmd::{run, vtorc, Run};
use crate::support::etcd::Etcd;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};

/// Nothing listens here: etcd is down.
const NO_ETCD: &str = "127.0.0.1:1";

const SWITCH_KEY: &str = "/vitess/global/vtorc-rs/recoveries_disabled";

fn state_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("vtorc.db");
    (dir, path)
}

fn list_json(etcd: &str, state: &Path) -> serde_json::Value {
    let r = run(etcd, state, &["--json", "recoveries", "list"]).expect_code(0);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("bad JSON ({e}): {}", r.stdout))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

#[test]
fn disable_enable_round_trip() {
    let etcd = Etcd::start();
    let ep = etcd.endpoint();
    let (_d, state) = state_dir();
    assert_eq!(list_json(&ep, &state)["recoveries_disabled_globally"], false);

    let r = run(&ep, &state, &["recoveries", "disable"]).expect_code(0);
    assert!(r.stdout.contains("Recoveries disabled globally"), "{}", r.stdout);
    assert!(r.stdout.contains(&state.display().to_string()), "names the file: {}", r.stdout);
    let v: serde_json::Value =
        serde_json::from_slice(&etcd.get_raw(SWITCH_KEY).expect("switch in etcd")).unwrap();
    assert_eq!(v["disabled"], true, "{v}");
    let doc = list_json(&ep, &state);
    assert_eq!(doc["recoveries_disabled_globally"], true);
    assert_eq!(doc["gates_source"], "etcd");
    assert!(doc["global_switch_changed_ms"].as_i64().unwrap() > 0);
    let r = run(&ep, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("DISABLED globally"), "{}", r.stdout);
    let r = run(&ep, &state, &["recoveries", "disable"]).expect_code(0);
    assert!(r.stdout.contains("already disabled"), "{}", r.stdout);

    // etcd down: the switch cannot be moved, and list shows the state file's copy and says so.
    let r = run(NO_ETCD, &state, &["recoveries", "enable"]).expect_code(3);
    assert!(r.stderr.contains(SWITCH_KEY), "names the key: {}", r.stderr);
    let r = run(NO_ETCD, &state, &["--json", "recoveries", "list"]).expect_code(0);
    assert!(r.stderr.contains("etcd could not be read"), "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["gates_source"], "state_file");
    assert_eq!(doc["recoveries_disabled_globally"], true, "the copy");

    let r = run(&ep, &state, &["--json", "recoveries", "enable"]).expect_code(0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc, serde_json::json!({"recoveries_disabled_globally": false, "changed": true}));
    assert_eq!(list_json(&ep, &state)["recoveries_disabled_globally"], false);

    let r = run(&ep, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("Recoveries: enabled"), "{}", r.stdout);
    assert!(r.stdout.contains("No recoveries recorded"), "{}", r.stdout);
    let c = rusqlite::Connection::open(&state).unwrap();
    let kinds: Vec<String> = c
        .prepare("SELECT kind FROM audit ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(kinds, ["recoveries-disabled", "recoveries-enabled"], "audited in the state file");
}

#[test]
fn shard_without_keyspace_is_a_usage_error() {
    let (_d, state) = state_dir();
    let r = run(NO_ETCD, &state, &["recoveries", "enable", "--shard", "0"]).expect_code(2);
    assert!(r.stderr.contains("--keyspace"), "{}", r.stderr);
    // Nothing was created or changed by the refused command.
    assert!(!state.exists(), "a usage error must not create the state file");
}

/// A block as `recover` on some host leaves it in etcd after a failover.
fn put_block(etcd: &Etcd, shard: &str, until_ms: i64, now: i64) {
    let v = serde_json::json!({"keyspace": "commerce", "shard": shard, "until_ms": until_ms,
        "recovery_id": 4, "host": "host-a", "created_ms": now});
    etcd.put_raw(
        &format!("/vitess/global/vtorc-rs/blocks/commerce/{shard}"),
        v.to_string().as_bytes(),
    );
}

#[test]
fn ack_with_and_without_block() {
    let etcd = Etcd::start();
    let ep = etcd.endpoint();
    let (_d, state) = state_dir();
    // No block and no such shard: a typo, said as such (exit 1), not "nothing to lift".
    let r = run(&ep, &state, &["ack", "commerce/-80"]).expect_code(1);
    assert!(r.stderr.contains("commerce/-80 not found"), "{}", r.stderr);

    let now = now_ms();
    put_block(&etcd, "-80", now + 3_600_000, now);
    put_block(&etcd, "80-", now + 3_600_000, now);
    put_block(&etcd, "40-80", now - 1, now - 10);
    let blocks = list_json(&ep, &state)["blocks"].as_array().unwrap().len();
    assert_eq!(blocks, 2, "the expired one is not in force");
    let r = run(&ep, &state, &["recoveries", "list"]).expect_code(0);
    assert!(r.stdout.contains("vtorc-rs ack commerce/-80"), "{}", r.stdout);
    assert!(r.stdout.contains("on host-a"), "{}", r.stdout);

    // etcd down: nothing is lifted.
    let r = run(NO_ETCD, &state, &["ack", "commerce/-80"]).expect_code(3);
    assert!(r.stderr.contains("/vitess/global/vtorc-rs/blocks/commerce/-80"), "{}", r.stderr);

    let r = run(&ep, &state, &["ack", "commerce/-80", "--by", "alice"]).expect_code(0);
    assert!(r.stdout.contains("commerce/-80: failover block lifted"), "{}", r.stdout);
    let doc = list_json(&ep, &state);
    let left: Vec<&str> =
        doc["blocks"].as_array().unwrap().iter().map(|b| b["shard"].as_str().unwrap()).collect();
    assert_eq!(left, ["80-"], "only the acked shard is lifted");
    let v: serde_json::Value = serde_json::from_slice(
        &etcd.get_raw("/vitess/global/vtorc-rs/blocks/commerce/-80").expect("record kept"),
    )
    .unwrap();
    assert_eq!(v["acked_by"], "alice", "{v}");
    assert!(v["acked_ms"].as_i64().is_some_and(|t| t >= now), "{v}");

    let r = run(&ep, &state, &["--json", "ack", "commerce/-80"]).expect_code(0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["was_blocked"], false);

    let c = rusqlite::Connection::open(&state).unwrap();
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
    // `recoveries list` needs the file (the history is only there); the gate commands fail at
    // etcd (down here) before they would touch it.
    for args in [&["recoveries", "list"][..], &["recoveries", "disable"], &["ack", "ks/0"]] {
        let r = run(NO_ETCD, state, args).expect_code(3);
        if args[0] == "recoveries" && args[1] == "list" {
            assert!(r.stderr.contains(&state.display().to_string()), "names it: {}", r.stderr);
            for w in want {
                assert!(r.stderr.contains(w), "want {w:?}: {}", r.stderr);
            }
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
fn run_unprivileged(etcd: &str, state: &Path, args: &[&str]) -> Run {
    let mut c = vtorc();
    c.arg("--topo-global-server-address").arg(etcd).arg("--state-file").arg(state).args(args);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        c.uid(65534).gid(65534);
    }
    Run::from(c.output().expect("spawn vtorc-rs"))
}

/// A read-only state file does not stop the switch (it lives in etcd): the copy is left alone
/// and the failure to write it is warned about, naming the file.
#[test]
fn read_only_state_file_is_left_alone_and_warned_about() {
    let etcd = Etcd::start();
    let (d, state) = state_dir();
    run(&etcd.endpoint(), &state, &["recoveries", "disable"]).expect_code(0);
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&state).unwrap();
    let r = run_unprivileged(&etcd.endpoint(), &state, &["recoveries", "enable"]).expect_code(0);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert!(r.stderr.contains(&state.display().to_string()), "{}", r.stderr);
    assert_eq!(std::fs::read(&state).unwrap(), before);
    let v: serde_json::Value =
        serde_json::from_slice(&etcd.get_raw(SWITCH_KEY).expect("switch")).unwrap();
    assert_eq!(v["disabled"], false, "enabled in etcd: {v}");
}

#[test]
fn unwritable_directory_is_refused() {
    let (d, _) = state_dir();
    let sub = d.path().join("ro");
    std::fs::create_dir(&sub).unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o555)).unwrap();
    let state = sub.join("vtorc.db");
    // `check` writes the file (`recoveries list` only reads: a missing file is an empty history).
    let r = run_unprivileged(NO_ETCD, &state, &["check"]).expect_code(3);
    assert!(r.stderr.contains(&state.display().to_string()), "{}", r.stderr);
    // One line that says what is wrong and how to point vtorc-rs elsewhere (issue 15 item 6).
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
    let why = format!("directory {} is not writable", sub.display());
    assert!(r.stderr.contains(&why), "{}", r.stderr);
    assert!(r.stderr.contains("--state-file / VTORC_STATE_FILE"), "{}", r.stderr);
    assert!(!state.exists());
}

fn listing(d: &Path) -> Vec<std::ffi::OsString> {
    let mut v: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
    v.sort();
    v
}

/// `status` and `recoveries list` open the state file read-only (issue 15 item 6): a user who
/// may only read the file (0444 in a 0555 directory, run as `nobody` when the tests run as
/// root) gets the history, and the file's bytes, mtime and directory stay as they were. Root
/// ignores file modes, so the commands also run as root and must leave the file's bytes and mtime.
#[test]
fn status_and_recoveries_list_read_a_state_file_the_user_may_only_read() {
    let etcd = Etcd::start();
    let ep = etcd.endpoint();
    let (d, _) = state_dir();
    let dir = d.path().join("state");
    std::fs::create_dir(&dir).unwrap();
    let state = dir.join("vtorc.db");
    for args in [
        &["topo", "add-cell", "zone1"][..],
        &["topo", "create-keyspace", "ks", "--durability-policy", "none"],
        &["topo", "add-tablet", "zone1-101", "--keyspace", "ks", "--shard", "0", "--type"],
    ] {
        let mut a = args.to_vec();
        if a.ends_with(&["--type"]) {
            a.extend(["primary", "--mysql-host", "127.0.0.1", "--mysql-port", "1"]);
        }
        run(&ep, &state, &a).expect_code(0);
    }
    run(&ep, &state, &["discover"]).expect_code(0);
    run(&ep, &state, &["recoveries", "disable"]).expect_code(0);
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before =
        (std::fs::read(&state).unwrap(), std::fs::metadata(&state).unwrap().modified().unwrap());
    let files = listing(&dir);
    let after =
        || (std::fs::read(&state).unwrap(), std::fs::metadata(&state).unwrap().modified().unwrap());
    for unprivileged in [true, false] {
        let go = |args: &[&str]| {
            if unprivileged {
                run_unprivileged(&ep, &state, args)
            } else {
                run(&ep, &state, args)
            }
        };
        let r = go(&["--json", "recoveries", "list"]).expect_code(0);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("list JSON");
        assert_eq!(v["recoveries_disabled_globally"], true, "{v}");
        assert!(!r.stderr.contains("error"), "{}", r.stderr);
        let r = go(&["--json", "status"]);
        assert!(!r.stderr.contains("error"), "{r:#?}");
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("status JSON");
        assert_eq!(v["counts"]["tablets"], 1, "{v}");
        assert_eq!(after(), before, "unprivileged={unprivileged}: the file changed");
        // Root may create `-wal`/`-shm` beside a WAL file (SQLite's own read-only open does,
        // owned as the file); a user who may only read must not need to.
        if unprivileged {
            assert_eq!(listing(&dir), files, "companions appeared");
        }
    }
    // A missing file is not created by either, and is named.
    let missing = d.path().join("none.db");
    let r = run(&ep, &missing, &["status"]).expect_code(3);
    assert!(r.stderr.contains(&missing.display().to_string()), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    run(&ep, &missing, &["recoveries", "list"]).expect_code(0);
    assert!(!missing.exists(), "a reader created the state file");
}

/// The default state file is one absolute path for the units, cron and an operator's shell
/// (issue 15 item 6); when its directory is missing the error is one line naming the file, the
/// flag and the environment variable (exit 3), and nothing is created.
#[test]
fn default_state_file_is_absolute_and_a_missing_directory_is_one_clear_line() {
    let r = Run::from(vtorc().args(["status", "--help"]).output().unwrap()).expect_code(0);
    assert!(r.stdout.contains("[default: /var/lib/vtorc-rs/vtorc.db]"), "{}", r.stdout);
    let d = tempfile::tempdir().unwrap();
    let state = d.path().join("no/such/dir/vtorc.db");
    for args in [&["status"][..], &["check"], &["recover"]] {
        let r = run(NO_ETCD, &state, args).expect_code(3);
        let line = r.stderr.trim();
        assert_eq!(line.lines().count(), 1, "{args:?}: {}", r.stderr);
        for want in [&state.display().to_string()[..], "--state-file", "VTORC_STATE_FILE"] {
            assert!(line.contains(want), "{args:?} lacks {want:?}: {line}");
        }
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
    assert!(!d.path().join("no").exists(), "nothing created");
}
