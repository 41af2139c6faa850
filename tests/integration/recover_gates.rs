//! What keeps `vtorc-rs recover` from acting, against real etcd + MariaDB: the shard lock (two
//! recovers at once, a foreign holder), `--dry-run` (nothing changes in MySQL or etcd), the
//! global and per-keyspace/shard switches, the anti-flapping block and `ack`; and the failover
//! hooks (a failing pre-failover hook aborts before any change; a post-failover hook gets the
//! placeholders as separate arguments and environment variables, its output recorded).

use crate::recover_common::*;
use crate::support::cmd::{vtorc, Run};
use crate::support::mariadb::{REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER};
use crate::support::shard::{ShardOpts, TestShard, POLL_DEADLINE};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn kill_primary(s: &TestShard, alias: &str) {
    s.node(alias).kill9();
    s.wait_for_codes(&format!("DeadPrimary on {alias}"), POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == alias && k.starts_with("DeadPrimary"))
    });
}

/// `vtorc-rs <args>` against the shard's etcd and servers but with its own state file, started
/// in the background (another vtorc-rs host).
fn spawn(s: &TestShard, state: &Path, args: &[&str]) -> Child {
    vtorc()
        .arg("--topo-global-server-address")
        .arg(s.etcd().endpoint())
        .arg("--state-file")
        .arg(state)
        .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
        .arg("--mysql-password-file")
        .arg(s.dir().join("mysql.pass"))
        .arg("--repl-password-file")
        .arg(s.dir().join("repl.pass"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vtorc-rs")
}

/// What a test compares before and after something that must change nothing in MySQL.
fn mysql_snapshot(s: &TestShard) -> Vec<String> {
    s.tablets()
        .iter()
        .map(|t| {
            let n = s.node(&t.alias);
            match n.try_sql("SELECT @@global.read_only, @@gtid_binlog_pos, @@gtid_slave_pos, @@global.rpl_semi_sync_master_enabled, @@global.rpl_semi_sync_slave_enabled") {
                Err(_) => format!("{}: down", t.alias),
                Ok(rows) => format!(
                    "{}: {:?} io={:?} sql={:?} port={:?}",
                    t.alias,
                    rows,
                    n.slave_status("Slave_IO_Running").map(|x| x.replace("Connecting", "No")),
                    n.slave_status("Slave_SQL_Running"),
                    n.slave_status("Master_Port"),
                ),
            }
        })
        .collect()
}

/// Every key under the Vitess roots with its mod_revision (via the etcd revision counter and
/// the raw values: a write to any key bumps the revision).
fn etcd_snapshot(s: &TestShard) -> (i64, Vec<(String, Vec<u8>)>) {
    let keys = s.etcd().keys("/vitess/");
    let vals = keys.iter().map(|k| (k.clone(), s.etcd().get_raw(k).unwrap_or_default())).collect();
    (s.etcd().revision(), vals)
}

fn lock_prefix(s: &TestShard) -> String {
    format!("/vitess/global/keyspaces/{}/shards/{}/locks/", s.keyspace(), s.shard())
}

#[test]
fn two_recovers_at_once_fail_over_exactly_once() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    // The pre-failover hook keeps the winner inside the lock for a second, so the other run
    // certainly finds the lock taken.
    let hook = ["--pre-failover-hook", "/bin/sleep 1"];
    let states = [s.dir().join("host-a.db"), s.dir().join("host-b.db")];
    let runs: Vec<Run> = {
        let children: Vec<Child> = states
            .iter()
            .map(|st| {
                let mut a = vec!["recover", "--topo-information-refresh-duration", "0s"];
                a.extend_from_slice(&hook);
                spawn(&s, st, &a)
            })
            .collect();
        children.into_iter().map(|c| Run::from(c.wait_with_output().expect("wait"))).collect()
    };
    let winners: Vec<&Run> = runs.iter().filter(|r| r.stdout.contains("RECOVERED")).collect();
    assert_eq!(winners.len(), 1, "exactly one failover: {runs:#?}");
    assert_eq!(winners[0].code, 0, "{runs:#?}");
    let loser = runs.iter().find(|r| !r.stdout.contains("RECOVERED")).expect("the other run");
    assert_eq!(loser.code, 3, "the lock kept the other run out: {loser:#?}");
    assert!(
        loser.stdout.contains("SKIPPED") && loser.stdout.contains("shard lock held by"),
        "{loser:#?}"
    );
    assert!(loser.stdout.contains("DeadPrimary"), "names the holder's action: {}", loser.stdout);

    let t = types(&s);
    let primaries: Vec<&String> =
        t.iter().filter(|(_, v)| **v == PRIMARY).map(|(a, _)| a).collect();
    assert_eq!(primaries.len(), 1, "{t:?}");
    assert_ne!(primaries[0], "zone1-101");
    assert_eq!(writable(&s).len(), 1, "one writable server");
    // One successful recovery across both hosts' state files.
    let mut ok = 0;
    for st in &states {
        let r =
            Run::from(spawn(&s, st, &["--json", "recoveries", "list"]).wait_with_output().unwrap())
                .expect_code(0);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        ok += v["recoveries"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["success"].as_bool() == Some(true))
            .count();
    }
    assert_eq!(ok, 1);
    assert!(s.etcd().keys(&lock_prefix(&s)).is_empty(), "the lock was released");
}

#[test]
fn a_lock_held_by_someone_else_makes_recover_skip_and_name_the_holder() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-102").exec("STOP SLAVE");
    s.wait_for_code("zone1-102", "ReplicationStopped");
    let shard = format!("{}/{}", s.keyspace(), s.shard());
    let locker = spawn(
        &s,
        &s.state_file(),
        &["topo", "lock-shard", &shard, "--action", "schema migration by test", "--hold", "4s"],
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    while s.etcd().keys(&lock_prefix(&s)).is_empty() {
        assert!(Instant::now() < deadline, "the locker never took the lock");
        std::thread::sleep(Duration::from_millis(50));
    }
    let r = recover(&s, &[]);
    assert_eq!(r.code, 3, "{r:#?}");
    assert!(r.stdout.contains("SKIPPED") && r.stdout.contains("shard lock held by"), "{r:#?}");
    assert!(r.stdout.contains("schema migration by test"), "names the holder: {}", r.stdout);
    assert_eq!(
        s.node("zone1-102").slave_status("Slave_SQL_Running").as_deref(),
        Some("No"),
        "nothing was done"
    );
    Run::from(locker.wait_with_output().expect("locker")).expect_code(0);
    recover_ok(&s, &[]);
    s.assert_healthy();
}

#[test]
fn dry_run_changes_nothing_and_prints_the_plan() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    let before = (mysql_snapshot(&s), etcd_snapshot(&s));
    let recs_before = recoveries(&s).len();
    let r = recover(
        &s,
        &[
            "--dry-run",
            "--pre-failover-hook",
            "/bin/echo pre {failedAlias}",
            "--post-failover-hook",
            "/bin/echo post {successorAlias}",
        ],
    )
    .expect_code(0);
    let out = &r.stdout;
    for want in [
        "DeadPrimary",
        "candidates",
        "zone1-0000000102",
        "zone1-0000000103",
        "eligible",
        "zone1-0000000104",
        "must_not",
        "STOP SLAVE IO_THREAD",
        "CHANGE MASTER TO",
        "topology: tablet",
        "topology: shard ks/0 primary_alias=",
        "pre-failover hook",
        "zone1-0000000101",
        "post-failover hook",
    ] {
        assert!(out.contains(want), "dry-run output lacks {want:?}:\n{out}");
    }
    assert!(!out.contains(REPL_PASS) && !r.stderr.contains(REPL_PASS), "password printed:\n{out}");
    assert!(!out.contains(VTORC_PASS) && !r.stderr.contains(VTORC_PASS));
    // Give a wrongly started action time to show.
    std::thread::sleep(Duration::from_millis(300));
    let after = (mysql_snapshot(&s), etcd_snapshot(&s));
    assert_eq!(before.0, after.0, "MySQL changed");
    assert_eq!(before.1 .1, after.1 .1, "etcd keys or values changed");
    assert_eq!(before.1 .0, after.1 .0, "etcd revision moved: something was written");
    assert_eq!(recoveries(&s).iter().filter(|r| r["dry_run"] == false).count(), recs_before);
    // The same plan, carried out, works.
    recover_ok(&s, &[]);
    assert_ne!(shard_primary(&s), "zone1-101");
}

/// Issue 16 item 4: the Nagios OK line has its perfdata and names a disabled switch, so a
/// monitor sees that the next failover would not happen; colour only when asked for.
#[test]
fn nagios_ok_names_disabled_recoveries_and_colour_is_on_request() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    s.assert_healthy();
    let ok = s.run(&["check", "--nagios"]).expect_code(0);
    assert!(ok.stdout.starts_with("VTORC OK - 1 shards, 2 tablets, no problems |"), "{ok:?}");
    assert!(ok.stdout.contains("| problems=0 blocked=0 tablets=2 shards=1"), "{ok:?}");
    s.run(&["recoveries", "disable"]).expect_code(0);
    let off = s.run(&["check", "--nagios"]).expect_code(0);
    assert!(
        off.stdout.contains(
            "no problems; recoveries disabled globally (lift: vtorc-rs recoveries enable)"
        ),
        "{off:?}"
    );
    s.run(&["recoveries", "enable"]).expect_code(0);
    // Piped: plain unless --color always.
    let plain = s.run(&["status"]).expect_code(0);
    assert!(!plain.stdout.contains('\x1b'), "{plain:?}");
    let color = s.run(&["--color", "always", "status"]).expect_code(0);
    assert!(color.stdout.contains("\x1b[32mHEALTHY\x1b[0m"), "{color:?}");
    let never = s.run(&["--color", "never", "status"]).expect_code(0);
    assert!(!never.stdout.contains('\x1b'), "{never:?}");
}

#[test]
fn disabled_recoveries_and_the_anti_flapping_block_hold_until_ack() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    let unchanged = |why: &str| {
        assert_eq!(shard_primary(&s), "zone1-101", "{why}");
        assert!(writable(&s).is_empty(), "{why}: nobody was promoted");
    };

    // A detected failover kept from running by a gate is not success: exit 1, BLOCKED.
    s.run(&["recoveries", "disable"]).expect_code(0);
    // Issue 11 item 6: check says what recover would really do, and the Nagios line too.
    let n = s.run(&["check", "--nagios"]).expect_code(2);
    assert!(n.stdout.contains("DeadPrimary on ks/0 (zone1-0000000101) BLOCKED"), "{n:#?}");
    assert!(n.stdout.contains("vtorc-rs recoveries enable"), "{n:#?}");
    let r = recover(&s, &[]).expect_code(1);
    assert!(r.stdout.contains("BLOCKED") && r.stdout.contains("disabled globally"), "{r:#?}");
    unchanged("global switch");
    s.run(&["recoveries", "enable"]).expect_code(0);

    s.run(&["recoveries", "disable", "--keyspace", "ks"]).expect_code(0);
    let r = recover(&s, &[]).expect_code(1);
    assert!(r.stdout.contains("disabled for keyspace ks"), "{r:#?}");
    unchanged("keyspace switch");
    s.run(&["recoveries", "enable", "--keyspace", "ks"]).expect_code(0);

    s.run(&["recoveries", "disable", "--keyspace", "ks", "--shard", "0"]).expect_code(0);
    let r = recover(&s, &[]).expect_code(1);
    assert!(r.stdout.contains("disabled for shard ks/0"), "{r:#?}");
    unchanged("shard switch");
    s.run(&["recoveries", "enable", "--keyspace", "ks", "--shard", "0"]).expect_code(0);

    // Replica repairs are not failovers: the switches for emergency reparent leave them alone,
    // and so does the block below.
    let r = recover_ok(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{r:#?}");
    let first = shard_primary(&s);
    assert_ne!(first, "zone1-101");
    let other = if first == "zone1-102" { "zone1-103" } else { "zone1-102" };
    assert_replicates_from(&s, other, &first);

    // A second failover right away is blocked.
    kill_primary(&s, &first);
    let c = s.run(&["check"]).expect_code(1);
    assert!(c.stdout.contains("recover would: BLOCKED, not"), "{c:#?}");
    assert!(c.stdout.contains("vtorc-rs ack ks/0"), "names what lifts it: {c:#?}");
    let j: serde_json::Value =
        serde_json::from_str(&s.run(&["--json", "check"]).expect_code(1).stdout).expect("json");
    let dead = j["problems"].as_array().and_then(|a| {
        a.iter().find(|p| p["code"].as_str().is_some_and(|c| c.starts_with("DeadPrimary")))
    });
    let blocked = dead.and_then(|p| p["blocked"].as_str()).unwrap_or_default();
    assert!(blocked.contains("anti-flapping"), "{j:#}");
    let st = s.run(&["status"]);
    assert!(st.stdout.contains("BLOCKED, not") && st.stdout.contains("CRITICAL"), "{st:#?}");
    let r = recover(&s, &[]).expect_code(1);
    assert!(r.stdout.contains("BLOCKED") && r.stdout.contains("anti-flapping"), "{r:#?}");
    assert!(r.stdout.contains("vtorc-rs ack ks/0"), "says how to lift it: {}", r.stdout);
    assert_eq!(shard_primary(&s), first, "blocked");
    assert!(writable(&s).is_empty());
    s.run(&["ack", "ks/0"]).expect_code(0);
    let r = recover_ok(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{r:#?}");
    assert_eq!(shard_primary(&s), other);
    assert_eq!(writable(&s), vec![other.to_string()]);
    row_reaches(&s, other, &["zone1-104"], "after ack");
}

/// A tiny hook script that appends its arguments (one per line) to `<dir>/<name>.args`, its
/// VTORC_/ORC_ environment to `<dir>/<name>.env`, prints a line and exits with `code`.
fn hook_script(dir: &Path, name: &str, code: i32) -> String {
    let p = dir.join(format!("{name}.sh"));
    let d = dir.display();
    std::fs::write(
        &p,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> {d}/{name}.args; done\n\
             env | grep -E '^(VTORC|ORC)_' | sort >> {d}/{name}.env\n\
             echo \"{name} hook ran with $#\"\nexit {code}\n"
        ),
    )
    .expect("write hook");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod hook");
    p.display().to_string()
}

const ALL_PLACEHOLDERS: &str = "{failureType} {failedHost} {failedPort} {failedAlias} {successorHost} {successorPort} {successorAlias} {keyspace} {shard}";

#[test]
fn failing_pre_failover_hook_aborts_before_any_change() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    let pre = hook_script(s.dir(), "pre", 1);
    let unsuccessful = hook_script(s.dir(), "unsuccessful", 0);
    let before_topo = (tablets_json(&s), shard_json(&s)["primary_alias"].clone());
    let r = recover(
        &s,
        &[
            "--pre-failover-hook",
            &format!("{pre} {ALL_PLACEHOLDERS}"),
            "--post-unsuccessful-failover-hook",
            &format!("{unsuccessful} {ALL_PLACEHOLDERS}"),
        ],
    );
    assert_eq!(r.code, 1, "{r:#?}");
    assert!(r.stdout.contains("FAILED") && r.stdout.contains("pre-failover hook"), "{r:#?}");
    assert_eq!((tablets_json(&s), shard_json(&s)["primary_alias"].clone()), before_topo);
    assert!(writable(&s).is_empty(), "nothing promoted");
    let dead_port = s.node("zone1-101").port().to_string();
    for a in ["zone1-102", "zone1-103", "zone1-104"] {
        let n = s.node(a);
        assert!(n.read_only(), "{a}");
        assert_eq!(n.slave_status("Master_Port").as_deref(), Some(dead_port.as_str()), "{a}");
        assert_ne!(
            n.slave_status("Slave_IO_Running").as_deref(),
            Some("No"),
            "{a} IO thread left stopped"
        );
        assert_eq!(n.slave_status("Slave_SQL_Running").as_deref(), Some("Yes"), "{a}");
    }
    let args = std::fs::read_to_string(s.dir().join("pre.args")).expect("pre hook ran");
    let lines: Vec<&str> = args.lines().collect();
    assert_eq!(lines[..4], ["DeadPrimary", "127.0.0.1", dead_port.as_str(), "zone1-0000000101"]);
    let un = std::fs::read_to_string(s.dir().join("unsuccessful.args"))
        .expect("post-unsuccessful hook ran");
    assert!(un.starts_with("DeadPrimary\n"), "{un}");
    let rec = recoveries(&s);
    assert_eq!(rec.len(), 1, "{rec:#?}");
    assert_eq!(rec[0]["success"].as_bool(), Some(false));
    assert!(rec[0]["steps"].to_string().contains("pre hook ran with 9"), "{:#}", rec[0]);
    // Without the hook the failover goes ahead.
    recover_ok(&s, &[]);
    assert_ne!(shard_primary(&s), "zone1-101");
}

#[test]
fn post_failover_hook_gets_placeholders_as_arguments_and_environment() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    let post = hook_script(s.dir(), "post", 0);
    let r = recover_ok(&s, &["--post-failover-hook", &format!("{post} {ALL_PLACEHOLDERS}")]);
    assert!(r.stdout.contains("RECOVERED"), "{r:#?}");
    let new = shard_primary(&s);
    let new_full = s.tablet(&new).full_alias();
    let new_port = s.node(&new).port().to_string();
    let old_port = s.node("zone1-101").port().to_string();
    let args = std::fs::read_to_string(s.dir().join("post.args")).expect("post hook ran");
    let want = [
        "DeadPrimary",
        "127.0.0.1",
        old_port.as_str(),
        "zone1-0000000101",
        "127.0.0.1",
        new_port.as_str(),
        new_full.as_str(),
        "ks",
        "0",
    ];
    assert_eq!(args.lines().collect::<Vec<_>>(), want, "one argument per placeholder");
    let env = std::fs::read_to_string(s.dir().join("post.env")).expect("post hook env");
    for (k, v) in [
        ("VTORC_FAILURE_TYPE", "DeadPrimary"),
        ("ORC_FAILURE_TYPE", "DeadPrimary"),
        ("VTORC_FAILED_PORT", old_port.as_str()),
        ("VTORC_SUCCESSOR_ALIAS", new_full.as_str()),
        ("ORC_SUCCESSOR_PORT", new_port.as_str()),
        ("VTORC_KEYSPACE", "ks"),
        ("VTORC_SHARD", "0"),
    ] {
        assert!(env.lines().any(|l| l == format!("{k}={v}")), "{k}={v} missing:\n{env}");
    }
    assert!(!env.contains(REPL_PASS) && !env.contains(VTORC_PASS), "{env}");
    let rec = recoveries(&s);
    let steps = rec[0]["steps"].to_string();
    assert!(steps.contains("hooks done") && steps.contains("post hook ran with 9"), "{steps}");
}
