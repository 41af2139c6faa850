//! `planned-reparent` and `emergency-reparent` against real MariaDB and etcd: no acknowledged
//! write lost, never two writable servers, refusals that change nothing, the undo path, a SUPER
//! session stopped by the demotion, and a named emergency winner that first catches up.

use crate::recover_common::{
    assert_replicates_from, recoveries, shard_json, shard_primary, time_ms, writable,
};
use crate::support::mariadb::Node;
use crate::support::shard::{ShardOpts, TestShard};
use std::collections::BTreeSet;
use std::io::BufRead;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn app_conn(port: u16) -> Option<mysql::Conn> {
    let opts = crate::drill::app_opts(port).read_timeout(Some(Duration::from_secs(30)));
    mysql::Conn::new(opts).ok()
}

/// Acknowledged ids, with the port that acknowledged each and when.
pub(crate) type Acks = Arc<Mutex<Vec<(u64, u16, Instant)>>>;

/// Inserts ids 1, 2, 3, ... one at a time; an id whose INSERT failed is retried on whichever
/// server takes it (the writable one). Records each acknowledged id.
pub(crate) fn writer(ports: Vec<u16>, stop: Arc<AtomicBool>, acked: Acks) {
    let mut id = 1u64;
    let mut at = 0usize;
    let mut conn = app_conn(ports[at]);
    while !stop.load(Ordering::Relaxed) {
        let ok = conn.as_mut().is_some_and(|c| {
            mysql::prelude::Queryable::exec_drop(c, "INSERT INTO prs (id) VALUES (?)", (id,))
                .is_ok()
        });
        if ok {
            acked.lock().unwrap().push((id, ports[at], Instant::now()));
            id += 1;
        } else {
            at = (at + 1) % ports.len();
            conn = app_conn(ports[at]);
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

/// Reads `@@read_only` on every server every 20 ms; counts sweeps that saw two writable servers.
fn sampler(
    nodes: Vec<(String, u16)>,
    stop: Arc<AtomicBool>,
    both: Arc<AtomicUsize>,
    sweeps: Arc<AtomicUsize>,
) {
    let root = |port: u16| {
        let opts = mysql::OptsBuilder::new()
            .ip_or_hostname(Some("127.0.0.1"))
            .tcp_port(port)
            .user(Some("root"))
            .tcp_connect_timeout(Some(Duration::from_secs(2)));
        mysql::Conn::new(opts).ok()
    };
    let mut conns: Vec<Option<mysql::Conn>> = nodes.iter().map(|(_, p)| root(*p)).collect();
    while !stop.load(Ordering::Relaxed) {
        let mut writable = 0;
        for (i, (_, port)) in nodes.iter().enumerate() {
            let v: Option<u8> = conns[i].as_mut().and_then(|c| {
                mysql::prelude::Queryable::query_first(c, "SELECT @@global.read_only")
                    .ok()
                    .flatten()
            });
            match v {
                Some(0) => writable += 1,
                Some(_) => {}
                // Killed by the demotion (root is SUPER): reconnect.
                None => conns[i] = root(*port),
            }
        }
        if writable > 1 {
            both.fetch_add(1, Ordering::Relaxed);
        }
        sweeps.fetch_add(1, Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn ids_on(n: &Node) -> BTreeSet<u64> {
    n.sql("SELECT id FROM app.prs")
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// Every server's read_only, and the shard record: what a refusal must leave as it was.
fn state(s: &TestShard) -> (Vec<(String, bool)>, String) {
    let ro = s.tablets().iter().map(|t| (t.alias.clone(), s.node(&t.alias).read_only())).collect();
    (ro, shard_json(s).to_string())
}

fn prs(s: &TestShard, args: &[&str]) -> crate::support::cmd::Run {
    let mut a = vec!["planned-reparent", "ks/0"];
    a.extend_from_slice(args);
    s.run(&a)
}

#[test]
fn planned_reparent_loses_no_acknowledged_write_and_never_has_two_writable_servers() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    s.node("zone1-101").exec("CREATE TABLE app.prs (id BIGINT PRIMARY KEY)");
    let ports: Vec<u16> = ["zone1-101", "zone1-102"].iter().map(|a| s.node(a).port()).collect();
    let nodes: Vec<(String, u16)> =
        s.tablets().iter().map(|t| (t.alias.clone(), s.node(&t.alias).port())).collect();
    let (stop, acked) = (Arc::new(AtomicBool::new(false)), Acks::default());
    let (both, sweeps) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let w = {
        let (st, a) = (stop.clone(), acked.clone());
        std::thread::spawn(move || writer(ports, st, a))
    };
    let sm = {
        let (st, b, sw) = (stop.clone(), both.clone(), sweeps.clone());
        std::thread::spawn(move || sampler(nodes, st, b, sw))
    };
    // Writes are flowing on the old primary.
    let t0 = Instant::now();
    while acked.lock().unwrap().len() < 50 {
        assert!(t0.elapsed() < Duration::from_secs(10), "the writer writes");
        std::thread::sleep(Duration::from_millis(10));
    }
    let term_before = time_ms(&shard_json(&s)["primary_term_start_time"]).unwrap_or(0);
    let r = prs(&s, &["--new-primary", "zone1-102"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    // Writes continue on the new primary.
    let n = acked.lock().unwrap().len();
    let t1 = Instant::now();
    while acked.lock().unwrap().len() < n + 50 {
        assert!(t1.elapsed() < Duration::from_secs(10), "the writer writes to the new primary");
        std::thread::sleep(Duration::from_millis(10));
    }
    stop.store(true, Ordering::Relaxed);
    w.join().unwrap();
    sm.join().unwrap();
    let acked: BTreeSet<u64> = acked.lock().unwrap().iter().map(|(id, _, _)| *id).collect();
    let on_new = ids_on(s.node("zone1-102"));
    let lost: Vec<&u64> = acked.difference(&on_new).collect();
    assert!(lost.is_empty(), "acknowledged ids missing on the new primary: {lost:?}");
    assert_eq!(
        both.load(Ordering::Relaxed),
        0,
        "two writable servers seen in {} sweeps",
        sweeps.load(Ordering::Relaxed)
    );
    assert!(sweeps.load(Ordering::Relaxed) > 10);
    assert_eq!(shard_primary(&s), "zone1-102");
    assert!(
        time_ms(&shard_json(&s)["primary_term_start_time"]).unwrap_or(0) > term_before,
        "a new term"
    );
    assert_eq!(writable(&s), vec!["zone1-102".to_string()]);
    for a in ["zone1-101", "zone1-103", "zone1-104"] {
        assert_replicates_from(&s, a, "zone1-102");
    }
    // Semi-sync per the policy: the new primary waits for acks, its REPLICA acks.
    let n102 = s.node("zone1-102");
    assert_eq!(n102.sql_one("SELECT @@rpl_semi_sync_master_enabled").as_deref(), Some("1"));
    assert_eq!(
        s.node("zone1-101").sql_one("SELECT @@rpl_semi_sync_slave_enabled").as_deref(),
        Some("1")
    );
    s.assert_healthy();
    let rec = recoveries(&s);
    assert!(
        rec.iter().any(|r| r["code"] == "PlannedReparentShard" && r["success"] == true),
        "recorded: {rec:#?}"
    );
}

#[test]
fn planned_reparent_picks_a_replica_never_the_rdonly() {
    let s = TestShard::start(ShardOpts::default().replicas(1));
    s.assert_healthy();
    let dry = prs(&s, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}\n{}", dry.stdout, dry.stderr);
    assert!(
        dry.stdout.contains("from zone1-0000000101 to zone1-0000000102"),
        "explains the choice:\n{}",
        dry.stdout
    );
    assert!(dry.stdout.contains("RDONLY tablet; only a REPLICA"), "{}", dry.stdout);
    let r = prs(&s, &[]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), "zone1-102");
    // Back again, avoiding the current primary: the only other REPLICA is 101.
    let r = prs(&s, &["--avoid-primary", "zone1-102"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), "zone1-101");
    // Avoiding a tablet that is not the primary is nothing to do.
    let r = prs(&s, &["--avoid-primary", "zone1-102"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("NOTHING TO DO"), "{}", r.stdout);
    assert_eq!(shard_primary(&s), "zone1-101");
}

#[test]
fn planned_reparent_refusals_change_nothing() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    let before = state(&s);
    let refused = |args: &[&str], names: &str| {
        let r = prs(&s, args);
        assert_eq!(r.code, 1, "{args:?}: {}\n{}", r.stdout, r.stderr);
        assert!(r.stdout.contains(names), "{args:?} names {names}: {}\n{}", r.stdout, r.stderr);
        assert_eq!(state(&s), before, "{args:?} changed nothing");
    };
    refused(&["--new-primary", "zone1-104"], "RDONLY");
    // A lagging target: 102 applies 60 s late.
    let n102 = s.node("zone1-102");
    n102.exec("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY=60; START SLAVE");
    s.node("zone1-101").exec("INSERT INTO app.t (v) VALUES ('lag')");
    n102.wait_until("lagging", Duration::from_secs(20), |n| {
        n.slave_status("Seconds_Behind_Master")
            .and_then(|v| v.parse::<u64>().ok())
            .is_some_and(|l| l >= 2)
    });
    refused(&["--new-primary", "zone1-102", "--tolerable-replication-lag", "1s"], "lags");
    n102.exec("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY=0; START SLAVE");
    // An errant transaction on the target.
    let n103 = s.node("zone1-103");
    n103.exec("SET GLOBAL read_only=OFF; INSERT INTO app.t (v) VALUES ('errant'); SET GLOBAL read_only=ON");
    refused(&["--new-primary", "zone1-103"], "errant");
    // An unreachable tablet.
    s.node("zone1-104").kill9();
    let before_dead = (
        before.0.iter().filter(|(a, _)| a != "zone1-104").cloned().collect::<Vec<_>>(),
        before.1.clone(),
    );
    let r = prs(&s, &["--new-primary", "zone1-102"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("zone1-0000000104"), "{}", r.stdout);
    let now = state_without(&s, "zone1-104");
    assert_eq!(now, before_dead, "changed nothing");
}

fn state_without(s: &TestShard, dead: &str) -> (Vec<(String, bool)>, String) {
    let ro = s
        .tablets()
        .iter()
        .filter(|t| t.alias != dead)
        .map(|t| (t.alias.clone(), s.node(&t.alias).read_only()))
        .collect();
    (ro, shard_json(s).to_string())
}

#[test]
fn a_candidate_that_cannot_reach_the_demoted_position_undoes_the_demotion() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let primary = s.node("zone1-101");
    primary.exec("CREATE TABLE app.slow (id INT PRIMARY KEY)");
    s.node("zone1-102").wait_replicated(&primary.gtid_binlog_pos());
    // A write statement running for 0.7 s: read_only=ON waits for it, so the candidate's SQL
    // thread is stopped (below) before the demoted primary's last write exists.
    let port = primary.port();
    let slow = std::thread::spawn(move || {
        let mut c = app_conn(port).expect("app connects");
        mysql::prelude::Queryable::query_drop(
            &mut c,
            "INSERT INTO slow SELECT 1 FROM DUAL WHERE SLEEP(0.7) = 0",
        )
    });
    std::thread::sleep(Duration::from_millis(100));
    let mut child = s
        .command(&[
            "planned-reparent",
            "ks/0",
            "--new-primary",
            "zone1-102",
            "--wait-replicas-timeout",
            "2s",
        ])
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let mut seen = Vec::new();
    for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
        seen.push(line.clone());
        if line.contains("caught up:") {
            s.node("zone1-102").exec("STOP SLAVE SQL_THREAD");
            break;
        }
    }
    let out = child.wait_with_output().expect("wait");
    slow.join().unwrap().expect("the slow insert commits");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{seen:#?}");
    assert!(stdout.contains("zone1-0000000102"), "names the candidate: {stdout}");
    assert!(!primary.read_only(), "the old primary is writable again");
    assert_eq!(shard_primary(&s), "zone1-101");
    assert_eq!(writable(&s), vec!["zone1-101".to_string()]);
    s.node("zone1-102").exec("START SLAVE SQL_THREAD");
}

#[test]
fn a_super_session_that_keeps_writing_is_stopped_by_the_demotion() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let primary = s.node("zone1-101");
    primary.exec("CREATE TABLE app.prs (id BIGINT PRIMARY KEY)");
    let port = primary.port();
    let (stop, acked) = (Arc::new(AtomicBool::new(false)), Arc::new(Mutex::new(Vec::<u64>::new())));
    let w = {
        let (stop, acked) = (stop.clone(), acked.clone());
        std::thread::spawn(move || {
            let opts = mysql::OptsBuilder::new()
                .ip_or_hostname(Some("127.0.0.1"))
                .tcp_port(port)
                .user(Some("root"))
                .db_name(Some("app"));
            let mut c = mysql::Conn::new(opts).expect("root connects");
            let mut id = 1u64;
            // read_only does not stop root (SUPER): only the demotion's kill does.
            while !stop.load(Ordering::Relaxed) {
                if mysql::prelude::Queryable::exec_drop(
                    &mut c,
                    "INSERT INTO prs (id) VALUES (?)",
                    (id,),
                )
                .is_err()
                {
                    return;
                }
                acked.lock().unwrap().push(id);
                id += 1;
            }
        })
    };
    while acked.lock().unwrap().len() < 20 {
        std::thread::sleep(Duration::from_millis(10));
    }
    let r = prs(&s, &["--new-primary", "zone1-102"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("killed 1 session"), "the SUPER session was killed: {}", r.stderr);
    std::thread::sleep(Duration::from_millis(100));
    assert!(w.is_finished(), "the SUPER writer was stopped");
    stop.store(true, Ordering::Relaxed);
    w.join().unwrap();
    let acked: BTreeSet<u64> = acked.lock().unwrap().iter().copied().collect();
    let on_new = ids_on(s.node("zone1-102"));
    let lost: Vec<&u64> = acked.difference(&on_new).collect();
    assert!(lost.is_empty(), "rows of the SUPER session missing on the new primary: {lost:?}");
    assert_eq!(
        ids_on(s.node("zone1-101")),
        ids_on(s.node("zone1-102")),
        "nothing written after the demotion"
    );
}

#[test]
fn emergency_reparent_to_a_named_tablet_catches_it_up_first() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let primary = s.node("zone1-101");
    primary.exec("CREATE TABLE app.prs (id BIGINT PRIMARY KEY)");
    s.node("zone1-103").wait_replicated(&primary.gtid_binlog_pos());
    s.node("zone1-103").exec("STOP SLAVE IO_THREAD");
    primary.exec("INSERT INTO app.prs VALUES (1), (2), (3)");
    s.node("zone1-102").wait_replicated(&primary.gtid_binlog_pos());
    let want = ids_on(s.node("zone1-102"));
    primary.kill9();
    s.node("zone1-103").exec("START SLAVE IO_THREAD");
    s.wait_for_code("zone1-101", "DeadPrimary");
    let dry = s.run(&["emergency-reparent", "ks/0", "--new-primary", "zone1-103", "--dry-run"]);
    assert_eq!(dry.code, 0, "{}\n{}", dry.stdout, dry.stderr);
    assert!(dry.stdout.contains("first catches up from zone1-0000000102"), "{}", dry.stdout);
    let r = s.run(&["emergency-reparent", "ks/0", "--new-primary", "zone1-103"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), "zone1-103");
    assert_eq!(ids_on(s.node("zone1-103")), want, "every acknowledged write on the named tablet");
    assert_replicates_from(&s, "zone1-102", "zone1-103");
    // The anti-flapping block holds for the next emergency reparent.
    let r = s.run(&["emergency-reparent", "ks/0"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("BLOCKED") && r.stdout.contains("vtorc-rs ack ks/0"), "{}", r.stdout);
}

#[test]
fn emergency_reparent_refuses_a_live_writable_primary() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let before = state(&s);
    let r = s.run(&["emergency-reparent", "ks/0"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("use planned-reparent"), "{}", r.stdout);
    assert_eq!(state(&s), before);
}

#[test]
fn a_shard_named_like_vitess_ranges_and_both_alias_spellings_work() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).shard("-80"));
    s.assert_healthy();
    let r =
        s.run(&["planned-reparent", "ks/-80", "--new-primary", "zone1-0000000102", "--dry-run"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let r = s.run(&["planned-reparent", "ks/-80", "--new-primary", "zone1-102"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(crate::recover_common::shard_primary(&s), "zone1-102");
    let r = s.run(&["planned-reparent", "ks/-80", "--new-primary", "zone1-0000000101", "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["result"], "done");
    assert_eq!(v["successor"], "zone1-0000000101");
}
