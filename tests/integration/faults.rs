//! Fault injection against real servers: etcd down, etcd lost in the middle of a recovery, wrong
//! MySQL credentials, a hung primary (SIGSTOP) with and without a sane heartbeat, and a
//! black-holed host whose connect/read timeout must hold.

use crate::support::mariadb::{Node, HEARTBEAT_SECS, NET_TIMEOUT_SECS};
use crate::support::shard::{ShardOpts, TestShard};
use serde_json::Value;
use std::time::{Duration, Instant};

/// PID of the etcd serving `client_port` (found through /proc: the fixture keeps its child
/// private, and a fault test needs to signal exactly that process).
pub fn etcd_pid(client_port: u16) -> i32 {
    let needle = format!("--listen-client-urls=http://127.0.0.1:{client_port}");
    for e in std::fs::read_dir("/proc").expect("read /proc").flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else { continue };
        let cmd = std::fs::read(e.path().join("cmdline")).unwrap_or_default();
        if cmd.split(|b| *b == 0).any(|a| a == needle.as_bytes()) {
            return pid;
        }
    }
    panic!("no etcd process listening on {client_port}");
}

pub fn signal(pid: i32, sig: i32) {
    // SAFETY: kill(2) on a server process this test started; no memory is touched.
    unsafe {
        libc::kill(pid, sig);
    }
}

/// `vtorc-rs` with the shard's etcd, state file and users, and the given password files (the
/// shard's own when None).
pub fn shard_cmd(
    s: &TestShard,
    mysql_pass: Option<&std::path::Path>,
    repl_pass: Option<&std::path::Path>,
) -> std::process::Command {
    use crate::support::mariadb::{REPL_USER, VTORC_USER};
    let mut c = crate::support::cmd::vtorc();
    c.arg("--topo-global-server-address")
        .arg(s.etcd().endpoint())
        .arg("--state-file")
        .arg(s.state_file())
        .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
        .arg("--mysql-password-file")
        .arg(mysql_pass.map_or_else(|| s.dir().join("mysql.pass"), |p| p.to_path_buf()))
        .arg("--repl-password-file")
        .arg(repl_pass.map_or_else(|| s.dir().join("repl.pass"), |p| p.to_path_buf()));
    c
}

/// What a node looks like from MySQL: read_only, binlog position and replication source.
fn mysql_state(n: &Node) -> (bool, String, Option<String>, Option<String>) {
    (
        n.read_only(),
        n.gtid_binlog_pos(),
        n.slave_status("Master_Port"),
        n.slave_status("Slave_IO_Running").map(|s| s.replace("Connecting", "No")),
    )
}

#[test]
fn etcd_down_check_exits_3_naming_the_endpoint_and_recover_changes_nothing() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let endpoint = s.etcd().endpoint();
    // A dead primary too, so recover would have something to do if it could.
    s.node(s.alias(0)).kill9();
    // Let the replicas notice first: their IO threads going from Yes to Connecting is the
    // server's doing, not a change by vtorc-rs.
    wait_dead_primary(&s);
    let live: Vec<String> = s.tablets()[1..].iter().map(|t| t.alias.clone()).collect();
    let before: Vec<_> = live.iter().map(|a| mysql_state(s.node(a))).collect();
    signal(etcd_pid(s.etcd().client_port), libc::SIGKILL);
    std::thread::sleep(Duration::from_millis(200));

    let t0 = Instant::now();
    let r = s.check(&["--topo-timeout", "2s"]);
    assert_eq!(r.code, 3, "check with etcd down exits 3:\n{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(&endpoint), "the error names the etcd endpoint:\n{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(t0.elapsed() < Duration::from_secs(10), "check gave up in time: {:?}", t0.elapsed());

    let r =
        s.run(&["recover", "--topo-information-refresh-duration", "0s", "--topo-timeout", "2s"]);
    assert_eq!(r.code, 3, "recover with etcd down exits 3:\n{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(&endpoint), "{}", r.stderr);
    // Even from a fresh stored topology (no refresh needed), nothing may change in MySQL
    // without the shard lock.
    let r2 = s.run(&["recover", "--topo-timeout", "2s"]);
    // The lock cannot be taken: "could not run" (3, as documented), not "failed" (1).
    assert_eq!(r2.code, 3, "recover without etcd exits 3:\n{}\n{}", r2.stdout, r2.stderr);
    assert!(
        r2.stdout.contains(&endpoint) || r2.stderr.contains(&endpoint),
        "names etcd:\n{}\n{}",
        r2.stdout,
        r2.stderr
    );
    assert!(!r2.stderr.contains("panicked"), "{}", r2.stderr);
    let after: Vec<_> = live.iter().map(|a| mysql_state(s.node(a))).collect();
    assert_eq!(before, after, "recover changed MySQL with etcd down");
}

/// Waits for the killed primary to be reported as DeadPrimary.
fn wait_dead_primary(s: &TestShard) {
    let p = s.alias(0).to_string();
    s.wait_for_codes("DeadPrimary", Duration::from_secs(20), |c| {
        c.iter().any(|(a, code)| a == &p && code == "DeadPrimary")
    });
}

/// etcd freezes (SIGSTOP from the pre-failover hook) once the failover has the lock: the recovery
/// must fail without leaving a half-written topology, and its record must say what it did.
#[test]
fn etcd_lost_mid_recovery_no_half_written_topology_and_record_says_what_happened() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let old = s.alias(0).to_string();
    let pid = etcd_pid(s.etcd().client_port);
    let shard_key = format!("/vitess/global/keyspaces/{}/shards/{}/Shard", s.keyspace(), s.shard());
    let shard_before = s.etcd().get_raw(&shard_key).expect("shard record");
    let tablet_keys = s.etcd().keys("/vitess/");
    let tablets_before: Vec<_> = tablet_keys.iter().map(|k| s.etcd().get_raw(k)).collect();
    s.node(&old).kill9();
    wait_dead_primary(&s);

    let hook = format!("kill -STOP {pid}");
    let t0 = Instant::now();
    let r = s.run(&[
        "--json",
        "recover",
        "--topo-information-refresh-duration",
        "0s",
        "--topo-timeout",
        "1s",
        // The lock cannot be revoked while etcd is frozen, and etcd renews leases when it
        // resumes: a short lease lets the later run below take over within the test's deadline.
        "--topo-etcd-lease-ttl",
        "5s",
        "--pre-failover-hook",
        &hook,
    ]);
    let took = t0.elapsed();
    signal(pid, libc::SIGCONT);
    let all = format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert!(!r.stderr.contains("panicked"), "{all}");
    assert!(took < Duration::from_secs(60), "recover hung {took:?} on a frozen etcd\n{all}");
    assert_ne!(r.code, 0, "a failover cannot succeed when etcd is gone\n{all}");

    // The topology is either untouched or fully written: the shard record and tablet records
    // must agree on one primary.
    let shard_after = s.etcd().get_raw(&shard_key).expect("shard record");
    let primary = crate::drill::shard_primary(&s);
    let tablets = s.run(&["--json", "topo", "get-tablets"]);
    let tv: Value = serde_json::from_str(&tablets.stdout).expect("get-tablets --json");
    let primaries: Vec<String> = tv
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["type"] == "PRIMARY")
        .filter_map(|t| Some(format!("{}-{}", t["alias"]["cell"].as_str()?, t["alias"]["uid"])))
        .collect();
    if shard_after == shard_before {
        let now: Vec<_> = tablet_keys.iter().map(|k| s.etcd().get_raw(k)).collect();
        assert_eq!(now, tablets_before, "shard record untouched but tablet records changed\n{all}");
    } else {
        assert_ne!(primary, old, "shard record changed without a new primary\n{all}");
        assert!(primaries.contains(&primary), "shard names {primary}, tablets say {primaries:?}");
    }
    // MySQL and the topology agree: only the topology's primary may be writable (or nobody).
    let writable: Vec<String> = s.tablets()[1..]
        .iter()
        .filter(|t| !s.node(&t.alias).read_only())
        .map(|t| t.alias.clone())
        .collect();
    assert!(writable.len() <= 1, "split brain: {writable:?}\n{all}");

    // The recovery record says exactly what was done and what failed.
    let recs = crate::drill::recoveries(&s);
    let rec = recs
        .iter()
        .find(|r| r["code"] == "DeadPrimary" && !r["dry_run"].as_bool().unwrap_or(false))
        .unwrap_or_else(|| panic!("no DeadPrimary recovery recorded: {recs:#?}\n{all}"));
    assert_eq!(rec["success"].as_bool(), Some(false), "{rec:#}");
    assert!(rec["ended_ms"].is_i64(), "the record is closed: {rec:#}");
    let errors = rec["errors"].as_str().unwrap_or("");
    assert!(!errors.is_empty(), "the record names the failure: {rec:#}");
    let steps = rec["steps"].as_array().cloned().unwrap_or_default();
    assert!(!steps.is_empty(), "the record lists its steps: {rec:#}");
    let text = serde_json::to_string(&steps).unwrap();
    assert!(
        text.to_lowercase().contains("hook"),
        "the pre-failover hook step is recorded: {rec:#}"
    );
    eprintln!("recover output:\n{all}\nrecord:\n{rec:#}");

    // With etcd back, a later run finishes (or confirms) the job: one writable primary, named in
    // the shard record.
    let _ = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let p = crate::drill::shard_primary(&s);
        let w: Vec<String> = s.tablets()[1..]
            .iter()
            .filter(|t| !s.node(&t.alias).read_only())
            .map(|t| t.alias.clone())
            .collect();
        if p != old && w == vec![p.clone()] {
            break;
        }
        assert!(Instant::now() < deadline, "no consistent primary after etcd came back: {p} {w:?}");
        let _ = s.run(&["ack", &format!("{}/{}", s.keyspace(), s.shard())]);
        let _ = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Runs `args` with a wrong MySQL password; returns the run and a printable summary.
fn with_wrong_password(s: &TestShard, args: &[&str]) -> (crate::support::cmd::Run, String) {
    let bad = s.dir().join("bad.pass");
    std::fs::write(&bad, "not-the-password\n").unwrap();
    let r = crate::support::cmd::Run::from(
        shard_cmd(s, Some(&bad), None).args(args).output().expect("spawn vtorc-rs"),
    );
    let all = format!("{args:?}: exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert!(!r.stderr.contains("panicked"), "{all}");
    assert!(!all.contains("not-the-password"), "the password is echoed:\n{all}");
    (r, all)
}

fn names_host_and_auth(text: &str, addr: &str) -> bool {
    text.contains(addr) && text.to_lowercase().contains("access denied")
}

#[test]
fn wrong_mysql_credentials_name_the_host_and_do_not_panic() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    let addr = s.node(s.alias(0)).addr();
    let before: Vec<_> = s.tablets().iter().map(|t| mysql_state(s.node(&t.alias))).collect();
    for args in [vec!["check", "--topo-information-refresh-duration", "0s"], vec!["status"]] {
        let (r, all) = with_wrong_password(&s, &args);
        assert_eq!(r.code, 1, "every tablet unreachable is a problem (exit 1)\n{all}");
        assert!(names_host_and_auth(&format!("{}{}", r.stdout, r.stderr), &addr), "{all}");
    }
    let (r, all) =
        with_wrong_password(&s, &["--json", "check", "--topo-information-refresh-duration", "0s"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}\n{all}"));
    assert!(names_host_and_auth(&v.to_string(), &addr), "{all}");
    for args in [
        vec!["recover", "--topo-information-refresh-duration", "0s"],
        vec!["recover", "--dry-run", "--topo-information-refresh-duration", "0s"],
    ] {
        let (r, all) = with_wrong_password(&s, &args);
        assert!(matches!(r.code, 1 | 3), "a documented failure exit code\n{all}");
    }
    // Nothing changed in MySQL, and all is healthy with the right password.
    let after: Vec<_> = s.tablets().iter().map(|t| mysql_state(s.node(&t.alias))).collect();
    assert_eq!(before, after);
    s.assert_healthy();
}

/// A cron `recover` with a wrong password must not look like a quiet success (it did, until
/// 69b74c9: exit 0, "nothing to recover").
#[test]
fn wrong_mysql_credentials_recover_says_so() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    let addr = s.node(s.alias(0)).addr();
    let (r, all) =
        with_wrong_password(&s, &["recover", "--topo-information-refresh-duration", "0s"]);
    assert_ne!(r.code, 0, "{all}");
    assert!(names_host_and_auth(&format!("{}{}", r.stdout, r.stderr), &addr), "{all}");
}

/// SIGSTOP on the primary with the fixture's sane heartbeat (slave_net_timeout 4 s, heartbeat
/// 2 s): DeadPrimary is reported within replica_net_timeout plus one poll (+ the probe timeout
/// and a margin for two busy cores).
#[test]
fn hung_primary_detected_within_net_timeout_plus_one_poll() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let p = s.alias(0).to_string();
    s.node(&p).sigstop();
    let t0 = Instant::now();
    let poll = Duration::from_secs(1);
    let bound = Duration::from_secs(u64::from(NET_TIMEOUT_SECS)) + poll + Duration::from_secs(3);
    loop {
        let r = s.check(&["--json", "--mysql-timeout", "1s"]);
        let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {r:?}"));
        let codes = crate::support::shard::codes_of(&v);
        if codes.iter().any(|(a, c)| a == &p && c == "DeadPrimary") {
            eprintln!("hung primary: DeadPrimary after {:?}", t0.elapsed());
            break;
        }
        assert!(
            t0.elapsed() < bound,
            "a hung primary was not reported as DeadPrimary within {bound:?}; last: {codes:?}"
        );
        std::thread::sleep(poll.saturating_sub(Duration::from_millis(500)));
    }
    s.node(&p).sigcont();
}

/// The same hang with the heartbeat switched off on the replicas: the replicas cannot notice
/// the hang, which `check` says up front as ReplicaMisconfigured on each of them.
#[test]
fn replicas_without_heartbeat_are_reported_misconfigured() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    for t in &s.tablets()[1..] {
        s.node(&t.alias)
            .exec("STOP SLAVE; CHANGE MASTER TO MASTER_HEARTBEAT_PERIOD=0; START SLAVE");
    }
    let want: Vec<(String, String)> = s.tablets()[1..]
        .iter()
        .map(|t| (t.alias.clone(), "ReplicaMisconfigured".to_string()))
        .collect();
    s.wait_for_codes("ReplicaMisconfigured on both replicas", Duration::from_secs(10), |c| {
        want.iter().all(|w| c.contains(w))
    });
    assert_eq!(HEARTBEAT_SECS * 2, NET_TIMEOUT_SECS, "the fixture's own setup is the sane one");
}

/// A SIGSTOPped MySQL accepts TCP connections and never answers: `--mysql-timeout` must bound
/// `check` (generously: this is a correctness bound, not a benchmark).
#[test]
fn black_holed_host_connect_timeout_holds() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let _ = s.check(&[]); // topology cached
    for t in s.tablets() {
        s.node(&t.alias).sigstop();
    }
    for timeout in [1u64, 2] {
        let t0 = Instant::now();
        let r = s.check(&["--mysql-timeout", &format!("{timeout}s"), "--json"]);
        let took = t0.elapsed();
        assert!(
            took < Duration::from_secs(3 * timeout) + Duration::from_secs(1),
            "check took {took:?} with --mysql-timeout {timeout}s and every server hung:\n{}\n{}",
            r.stdout,
            r.stderr
        );
        assert!(matches!(r.code, 1 | 3), "hung servers are problems: {r:?}");
        eprintln!("--mysql-timeout {timeout}s, all hung: check took {took:?}");
    }
    for t in s.tablets() {
        s.node(&t.alias).sigcont();
    }
}

/// A partition between vtorc-rs and the primary only (its replicas still replicate): the right
/// thing is to nudge one replica and then wait. A one-shot `recover` from cron must not exit 1
/// (failed) on every run while it waits. vtorc-rs is kept out of the primary by a connection
/// limit on its user there (the replicas' connections are another user's).
#[test]
fn partition_from_the_primary_only_recover_waits_without_failing() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let p = s.node(s.alias(0));
    p.exec("SET SESSION sql_log_bin=0; ALTER USER 'vtorc'@'%' WITH MAX_USER_CONNECTIONS 1");
    // The one connection vtorc's user may have, held by the test.
    let opts = mysql::OptsBuilder::new()
        .ip_or_hostname(Some("127.0.0.1"))
        .tcp_port(p.port())
        .user(Some(crate::support::mariadb::VTORC_USER))
        .pass(Some(crate::support::mariadb::VTORC_PASS));
    let _held = mysql::Conn::new(opts).expect("hold vtorc's only connection");
    s.wait_for_codes("UnreachablePrimary", Duration::from_secs(10), |c| {
        c.iter().any(|(a, k)| a == "zone1-101" && k == "UnreachablePrimary")
    });
    for run in 0..3 {
        let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
        assert_eq!(r.code, 0, "run {run}: waiting is not a failure:\n{}\n{}", r.stdout, r.stderr);
    }
    assert!(!s.node(s.alias(0)).read_only(), "the primary was left alone");
}
