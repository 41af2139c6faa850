//! Failure drills with a lost-write checker (Jepsen's "set" workload, small): a writer thread
//! inserts sequential ids through the primary as fast as it can and records every id whose
//! commit returned OK; the primary is killed with SIGKILL; `vtorc-rs recover` fails over; then
//! every acknowledged id must be on the new primary and, after catch-up, on every replica. After
//! each drill at most one server may be writable, and the old primary, restarted, must come back
//! read-only and either rejoin as a replica or be reported with errant GTIDs.
//!
//! `drill_report` (ignored; `commands/drill` runs it) repeats the drill `DRILLS` times (default
//! 20) under durability `POLICY` (default `semi_sync`) and prints a markdown table. Under
//! durability `none` lost writes are counted and reported, not failed on: async replication
//! loses them by design, and the table must say so.

use crate::support::mariadb::{Node, APP_PASS, APP_USER};
use crate::support::shard::{short_alias, ShardOpts, TestShard};
use mysql::prelude::Queryable;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The semi-sync timeout the drills set on every node: never fall back to async (as Vitess and
/// vtorc-rs configure it), so an acknowledged commit really was received by a replica
/// (AFTER_SYNC).
const SEMI_SYNC_TIMEOUT_MS: u64 = crate::support::mariadb::SEMI_SYNC_NEVER_MS;

/// What one drill measured.
#[derive(Debug, Clone)]
pub struct DrillResult {
    pub policy: String,
    /// Commits that returned OK to the writer.
    pub acked: usize,
    /// Acknowledged ids missing from the new primary.
    pub lost: Vec<u64>,
    /// Acknowledged ids missing on some replica after catch-up (must be empty whenever `lost` is).
    pub missing_on_replicas: Vec<(String, usize)>,
    /// Writable servers among the live ones after the failover and after the old primary is back.
    pub writable_after: usize,
    /// Successful failovers recorded for the shard (1 is right; more is a double failover).
    pub failovers: usize,
    /// From SIGKILL to `recover` reporting the new primary.
    pub failover_time: Duration,
    pub old_primary: String,
    pub new_primary: String,
    /// What became of the old primary once restarted: `replica` or `errant: ...`.
    pub old_primary_fate: String,
}

/// A client of the app user on `port` (database `app`, short connect and write timeouts).
pub fn app_opts(port: u16) -> mysql::OptsBuilder {
    mysql::OptsBuilder::new()
        .ip_or_hostname(Some("127.0.0.1"))
        .tcp_port(port)
        .user(Some(APP_USER))
        .pass(Some(APP_PASS))
        .db_name(Some("app"))
        .tcp_connect_timeout(Some(Duration::from_secs(2)))
        .write_timeout(Some(Duration::from_secs(10)))
}

/// The writer: inserts ids 1, 2, 3, ... into `app.drill` on `port` with autocommit, one
/// connection, and records each id whose INSERT returned OK. Stops at the first error (the
/// primary died) or when `stop` is set.
pub fn writer(port: u16, stop: Arc<AtomicBool>, acked: Arc<Mutex<Vec<u64>>>) {
    let opts = app_opts(port).read_timeout(Some(Duration::from_secs(60)));
    let mut conn = mysql::Conn::new(opts).expect("writer connects to the primary");
    let mut id: u64 = 0;
    while !stop.load(Ordering::Relaxed) {
        id += 1;
        match conn.exec_drop("INSERT INTO drill (id) VALUES (?)", (id,)) {
            Ok(()) => acked.lock().unwrap().push(id),
            Err(_) => return,
        }
    }
}

pub fn ids_on(node: &Node) -> BTreeSet<u64> {
    node.sql("SELECT id FROM app.drill")
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .map(|s| s.parse::<u64>().expect("numeric id"))
        .collect()
}

/// The shard record's primary alias (short form), from `topo get-shard --json`.
pub fn shard_primary(s: &TestShard) -> String {
    let r = s.run(&["--json", "topo", "get-shard", &format!("{}/{}", s.keyspace(), s.shard())]);
    let v: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("get-shard --json: {e}\n{}\n{}", r.stdout, r.stderr));
    primary_of(&v)
}

fn primary_of(v: &Value) -> String {
    let p = &v["primary_alias"];
    if let Some(s) = p.as_str() {
        return short_alias(s);
    }
    match (p["cell"].as_str(), p["uid"].as_u64()) {
        (Some(c), Some(u)) => format!("{c}-{u}"),
        _ => panic!("no primary alias in get-shard output: {v:#}"),
    }
}

/// The shard record as JSON (`topo get-shard --json`).
pub fn shard_json(s: &TestShard) -> Value {
    let r = s.run(&["--json", "topo", "get-shard", &format!("{}/{}", s.keyspace(), s.shard())]);
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("get-shard --json: {e}\n{}\n{}", r.stdout, r.stderr))
}

/// Successful failover records (`recoveries list --json`) for the shard.
pub fn successful_failovers(s: &TestShard) -> usize {
    recoveries(s)
        .iter()
        .filter(|r| r["success"].as_bool() == Some(true) && r["successor"].is_string())
        .filter(|r| !r["dry_run"].as_bool().unwrap_or(false))
        .count()
}

pub fn recoveries(s: &TestShard) -> Vec<Value> {
    let r = s.run(&["--json", "recoveries", "list", "--limit", "100"]).expect_code(0);
    let v: Value = serde_json::from_str(&r.stdout).expect("recoveries list --json");
    v["recoveries"].as_array().cloned().unwrap_or_default()
}

/// Live nodes (not the killed one) whose `read_only` is off.
fn writable(s: &TestShard, skip: Option<&str>) -> Vec<String> {
    s.tablets()
        .iter()
        .filter(|t| Some(t.alias.as_str()) != skip)
        .filter(|t| !s.node(&t.alias).read_only())
        .map(|t| t.alias.clone())
        .collect()
}

/// Runs `recover` every 200 ms until it reports a failover; returns the successor (short alias).
fn recover_until_failover(s: &TestShard, deadline: Duration) -> String {
    let t0 = Instant::now();
    loop {
        let r = s.run(&["--json", "recover", "--topo-information-refresh-duration", "0s"]);
        if let Ok(v) = serde_json::from_str::<Value>(&r.stdout) {
            for rec in v["recoveries"].as_array().into_iter().flatten() {
                if rec["result"] == "recovered" {
                    if let Some(succ) = rec["successor"].as_str() {
                        return short_alias(succ);
                    }
                }
            }
        }
        assert!(
            t0.elapsed() < deadline,
            "no failover within {deadline:?}; last recover (exit {}):\n{}\n{}",
            r.code,
            r.stdout,
            r.stderr
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// One drill under durability `policy`: see the module docs.
pub fn drill(policy: &str, write_for: Duration) -> DrillResult {
    let semi = policy != "none";
    let s = TestShard::start(ShardOpts::default().durability(policy).rdonly(false).replicas(2));
    if semi {
        for t in s.tablets() {
            s.node(&t.alias).exec(&format!(
                "SET GLOBAL rpl_semi_sync_master_timeout={SEMI_SYNC_TIMEOUT_MS}; \
                 SET GLOBAL rpl_semi_sync_master_wait_point=AFTER_SYNC; \
                 SET GLOBAL rpl_semi_sync_master_wait_no_slave=ON"
            ));
        }
        let p = s.node(s.alias(0));
        p.wait_until("semi-sync replicas connected", Duration::from_secs(10), |n| {
            n.sql_one("SHOW GLOBAL STATUS LIKE 'Rpl_semi_sync_master_clients'").is_some()
                && n.sql("SHOW GLOBAL STATUS LIKE 'Rpl_semi_sync_master_clients'")[0][1]
                    .as_deref()
                    .and_then(|c| c.parse::<u32>().ok())
                    .unwrap_or(0)
                    >= 1
        });
    }
    s.cluster().primary().exec("CREATE TABLE app.drill (id BIGINT PRIMARY KEY)");
    s.cluster().sync();
    s.assert_healthy();
    let old = s.alias(0).to_string();
    let old_node = s.node(&old);

    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Vec::new()));
    let w = {
        let (stop, acked, port) = (stop.clone(), acked.clone(), old_node.port());
        std::thread::spawn(move || writer(port, stop, acked))
    };
    std::thread::sleep(write_for);
    old_node.kill9();
    let killed_at = Instant::now();
    let new = recover_until_failover(&s, Duration::from_secs(60));
    let failover_time = killed_at.elapsed();
    stop.store(true, Ordering::Relaxed);
    w.join().expect("writer thread");
    let acked: Vec<u64> = acked.lock().unwrap().clone();
    assert!(!acked.is_empty(), "the writer got no commit acknowledged before the kill");
    assert_ne!(new, old, "the dead primary cannot be its own successor");
    assert_eq!(shard_primary(&s), new, "the shard record names the successor");

    // Every acknowledged id on the new primary.
    let new_node = s.node(&new);
    let have = ids_on(new_node);
    let lost: Vec<u64> = acked.iter().copied().filter(|i| !have.contains(i)).collect();
    // After catch-up, on every live replica.
    let pos = new_node.gtid_binlog_pos();
    let mut missing_on_replicas = Vec::new();
    for t in s.tablets().iter().filter(|t| t.alias != old && t.alias != new) {
        let n = s.node(&t.alias);
        n.wait_replicated(&pos);
        let ids = ids_on(n);
        let missing = acked.iter().filter(|i| have.contains(i) && !ids.contains(i)).count();
        if missing > 0 {
            missing_on_replicas.push((t.alias.clone(), missing));
        }
    }
    let writable_now = writable(&s, Some(&old));
    assert_eq!(writable_now, vec![new.clone()], "exactly the new primary is writable");

    // The old primary comes back: read-only from its config; vtorc-rs must not make it writable
    // and should either repoint it or report errant GTIDs.
    old_node.restart();
    let fate = old_primary_fate(&s, &old, &new);
    let writable_after = writable(&s, None).len();
    let failovers = successful_failovers(&s);
    DrillResult {
        policy: policy.to_string(),
        acked: acked.len(),
        lost,
        missing_on_replicas,
        writable_after,
        failovers,
        failover_time,
        old_primary: old,
        new_primary: new,
        old_primary_fate: fate,
    }
}

/// Runs `recover` a few times with the old primary back, then says what it became: `replica`
/// (replicating from the new primary with both threads running) or `errant: <check output>`.
/// Panics when it is writable or neither.
fn old_primary_fate(s: &TestShard, old: &str, new: &str) -> String {
    let node = s.node(old);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = s.run(&["--json", "recover", "--topo-information-refresh-duration", "0s"]);
        let last = format!("recover exit {}:\n{}\n{}", r.code, r.stdout, r.stderr);
        assert!(node.read_only(), "the old primary {old} is writable after its return\n{last}");
        let port = s.node(new).port().to_string();
        let src_ok = node.slave_status("Master_Port").as_deref() == Some(port.as_str());
        let running = node.slave_status("Slave_IO_Running").as_deref() == Some("Yes")
            && node.slave_status("Slave_SQL_Running").as_deref() == Some("Yes");
        if src_ok && running {
            // Rejoined: it must converge on the new primary's rows. Rows only it has (commits
            // that were in its binlog but never acknowledged) would be undetected divergence.
            let pos = s.node(new).gtid_binlog_pos();
            node.wait_replicated(&pos);
            let extra: Vec<u64> = ids_on(node).difference(&ids_on(s.node(new))).copied().collect();
            assert!(
                extra.is_empty(),
                "old primary {old} rejoined as a replica while holding rows the new primary \
                 lacks (undetected errant transactions): {extra:?}"
            );
            return "replica".into();
        }
        let codes = s.codes();
        if let Some((_, c)) =
            codes.iter().find(|(a, c)| a == old && c.to_lowercase().contains("errant"))
        {
            return format!("errant ({c})");
        }
        if Instant::now() > deadline {
            panic!(
                "old primary {old} neither rejoined nor reported errant within 30 s; codes {codes:?}\n{last}"
            );
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

fn check_drill(r: &DrillResult) {
    if r.policy != "none" {
        assert!(r.lost.is_empty(), "acknowledged writes lost under {}: {:?}", r.policy, r.lost);
    }
    assert!(r.missing_on_replicas.is_empty(), "replicas miss acknowledged ids: {r:?}");
    assert!(r.writable_after <= 1, "split brain: {} writable servers: {r:?}", r.writable_after);
    assert_eq!(r.failovers, 1, "exactly one failover: {r:?}");
}

#[test]
fn drill_semi_sync_no_acknowledged_write_lost() {
    for _ in 0..2 {
        let r = drill("semi_sync", Duration::from_millis(1500));
        eprintln!("{r:?}");
        check_drill(&r);
    }
}

#[test]
fn drill_durability_none_reports_losses() {
    let r = drill("none", Duration::from_millis(1500));
    eprintln!("durability none: {} acknowledged, {} lost", r.acked, r.lost.len());
    check_drill(&r);
}

/// `DRILLS=20 POLICY=semi_sync cargo test --release --test integration drill_report -- --ignored
/// --nocapture` (what `commands/drill` runs): a markdown table, one row per drill.
#[test]
#[ignore = "long: run by commands/drill"]
fn drill_report() {
    let n: usize = std::env::var("DRILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let policy = std::env::var("POLICY").unwrap_or_else(|_| "semi_sync".into());
    let write_ms: u64 = std::env::var("WRITE_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let mut rows = Vec::new();
    for i in 1..=n {
        let r = drill(&policy, Duration::from_millis(write_ms));
        eprintln!("drill {i}/{n}: {r:?}");
        rows.push(r);
    }
    println!(
        "\nDurability policy: `{policy}`, {n} drills, writer ran {write_ms} ms before kill -9\n"
    );
    println!(
        "| drill | acked writes | lost | writable servers after | double failovers | failover time | new primary | old primary back as |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---|---|");
    for (i, r) in rows.iter().enumerate() {
        println!(
            "| {} | {} | {} | {} | {} | {:.2} s | {} | {}: {} |",
            i + 1,
            r.acked,
            r.lost.len(),
            r.writable_after,
            r.failovers.saturating_sub(1),
            r.failover_time.as_secs_f64(),
            r.new_primary,
            r.old_primary,
            r.old_primary_fate
        );
    }
    let acked: usize = rows.iter().map(|r| r.acked).sum();
    let lost: usize = rows.iter().map(|r| r.lost.len()).sum();
    let split = rows.iter().filter(|r| r.writable_after > 1).count();
    let double = rows.iter().filter(|r| r.failovers > 1).count();
    let mut times: Vec<f64> = rows.iter().map(|r| r.failover_time.as_secs_f64()).collect();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    println!(
        "| **total** | **{acked}** | **{lost}** | **split brains: {split}** | **{double}** | median {median:.2} s, max {max:.2} s | | |"
    );
    if policy != "none" {
        assert_eq!(lost, 0, "acknowledged writes lost under {policy}");
    }
    assert_eq!(split, 0, "split brain in {split} drills");
    assert_eq!(double, 0, "double failover in {double} drills");
}

// ---- concurrency -------------------------------------------------------------------------------

/// A `vtorc-rs` command with the shard's global flags but `state` as the state file.
fn vtorc_with_state(s: &TestShard, state: &std::path::Path) -> std::process::Command {
    use crate::support::mariadb::{REPL_USER, VTORC_USER};
    let mut c = crate::support::cmd::vtorc();
    c.arg("--topo-global-server-address")
        .arg(s.etcd().endpoint())
        .arg("--state-file")
        .arg(state)
        .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
        .arg("--mysql-password-file")
        .arg(s.dir().join("mysql.pass"))
        .arg("--repl-password-file")
        .arg(s.dir().join("repl.pass"));
    c
}

fn spawn(mut c: std::process::Command, args: &[&str]) -> std::process::Child {
    c.args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn vtorc-rs")
}

/// Successful failovers recorded in the state file `state`.
fn failovers_in(s: &TestShard, state: &std::path::Path) -> usize {
    let out = vtorc_with_state(s, state)
        .args(["--json", "recoveries", "list", "--limit", "100"])
        .output()
        .expect("recoveries list");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("recoveries list --json: {e}: {}", String::from_utf8_lossy(&out.stderr))
    });
    v["recoveries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["success"].as_bool() == Some(true) && r["successor"].is_string())
        .filter(|r| !r["dry_run"].as_bool().unwrap_or(false))
        .count()
}

/// Two `recover` processes and one `watch` race for the same dead primary. A pre-failover hook
/// that sleeps keeps the winner inside the lock long enough that the others must meet it.
fn race(shared_state: bool) {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let old = s.alias(0).to_string();
    let term0 = shard_json(&s)["primary_term_start_time"].clone();
    let states: Vec<std::path::PathBuf> = if shared_state {
        vec![s.state_file(); 3]
    } else {
        (0..3).map(|i| s.dir().join(format!("own-{i}.db"))).collect()
    };
    s.node(&old).kill9();
    let common = [
        "--topo-information-refresh-duration",
        "0s",
        "--pre-failover-hook",
        "sleep 2",
        "--topo-etcd-lease-ttl",
        "5s",
    ];
    let mut rec_args = vec!["--json", "recover"];
    rec_args.extend_from_slice(&common);
    let mut watch_args =
        vec!["watch", "--instance-poll-time", "300ms", "--cycles", "25", "--hook-timeout", "10s"];
    watch_args.extend_from_slice(&common);
    let children = vec![
        spawn(vtorc_with_state(&s, &states[0]), &rec_args),
        spawn(vtorc_with_state(&s, &states[1]), &rec_args),
        spawn(vtorc_with_state(&s, &states[2]), &watch_args),
    ];
    let outs: Vec<crate::support::cmd::Run> = children
        .into_iter()
        .map(|c| crate::support::cmd::Run::from(c.wait_with_output().expect("wait")))
        .collect();
    let all = outs
        .iter()
        .map(|r| format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr))
        .collect::<Vec<_>>()
        .join("\n----\n");

    let mut recovered = 0;
    let mut saw_lock = 0;
    for r in &outs[..2] {
        let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}\n{all}"));
        let recs = v["recoveries"].as_array().cloned().unwrap_or_default();
        let won = recs.iter().any(|x| x["result"] == "recovered" && x["successor"].is_string());
        let held = recs.iter().any(|x| {
            x["result"] == "skipped" && x["detail"].as_str().unwrap_or("").contains("lock")
        });
        recovered += usize::from(won);
        saw_lock += usize::from(held);
        if held && !won {
            assert_eq!(r.code, 3, "a recover kept out by the lock exits 3\n{all}");
        }
    }
    let watch_won = outs[2].stderr.contains("recovered DeadPrimary")
        || outs[2].stderr.lines().any(|l| l.contains("recovered") && l.contains("DeadPrimary"));
    let watch_lock = outs[2].stderr.contains("lock");
    recovered += usize::from(watch_won);
    saw_lock += usize::from(watch_lock);
    assert_eq!(recovered, 1, "exactly one process fails over\n{all}");
    assert!(saw_lock >= 1, "the others report the held lock\n{all}");

    // Exactly one failover recorded, whichever state files were used.
    let mut files = states.clone();
    files.sort();
    files.dedup();
    let recorded: usize = files.iter().map(|f| failovers_in(&s, f)).sum();
    assert_eq!(recorded, 1, "one failover in the state file(s)\n{all}");

    // One term change: a replica is the primary, the shard record moved on once and no server but
    // the new primary is writable.
    let shard = shard_json(&s);
    let new = primary_of(&shard);
    assert_ne!(new, old, "{shard:#}");
    assert_ne!(shard["primary_term_start_time"], term0, "the primary term moved on\n{shard:#}");
    assert_eq!(writable(&s, Some(&old)), vec![new.clone()], "{all}");
    for t in s.tablets().iter().filter(|t| t.alias != old && t.alias != new) {
        let n = s.node(&t.alias);
        let port = s.node(&new).port().to_string();
        n.wait_until("repointed to the new primary", Duration::from_secs(10), |n| {
            n.slave_status("Master_Port").as_deref() == Some(port.as_str())
        });
    }
}

#[test]
fn concurrent_recover_and_watch_shared_state_one_failover() {
    race(true);
}

#[test]
fn concurrent_recover_and_watch_separate_state_one_failover() {
    race(false);
}

/// Child processes of `pid` (from /proc), so a test can also stop the hook its vtorc-rs started.
/// (Every thread's list: the hook may be spawned from a worker thread.)
fn children_of(pid: u32) -> Vec<i32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return Vec::new() };
    tasks
        .flatten()
        .flat_map(|t| {
            std::fs::read_to_string(t.path().join("children"))
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|p| p.parse().ok())
                .collect::<Vec<i32>>()
        })
        .collect()
}

/// A `recover` killed with SIGKILL while it holds the shard lock (inside a sleeping pre-failover
/// hook): the lock stays until its lease expires, then the next run finishes the failover.
#[test]
fn kill9_mid_recovery_lock_expires_with_lease_and_next_run_finishes() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let old = s.alias(0).to_string();
    s.node(&old).kill9();
    let locks = format!("/vitess/global/keyspaces/{}/shards/{}/locks/", s.keyspace(), s.shard());
    let mut victim = spawn(
        vtorc_with_state(&s, &s.state_file()),
        &[
            "recover",
            "--topo-information-refresh-duration",
            "0s",
            "--pre-failover-hook",
            "sleep 60",
            "--hook-timeout",
            "90s",
            "--topo-etcd-lease-ttl",
            "2s",
        ],
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while s.etcd().keys(&locks).is_empty() {
        assert!(Instant::now() < deadline, "recover never took the shard lock");
        assert!(victim.try_wait().expect("try_wait").is_none(), "recover exited early");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Let it reach the hook (the hook is its child), then kill it and the hook.
    let deadline = Instant::now() + Duration::from_secs(20);
    let hook = loop {
        let c = children_of(victim.id());
        if !c.is_empty() {
            break c;
        }
        assert!(Instant::now() < deadline, "the pre-failover hook never started");
        std::thread::sleep(Duration::from_millis(20));
    };
    victim.kill().expect("SIGKILL recover");
    let killed = Instant::now();
    let _ = victim.wait();
    for pid in hook {
        // SAFETY: kill(2) on the hook process our own child started; no memory is touched.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
    }
    assert!(s.node(s.alias(1)).read_only(), "nothing was promoted before the hook finished");

    // The lock is still there right after the kill, and a second run reports it.
    let r = s.run(&["--json", "recover", "--topo-information-refresh-duration", "0s"]);
    if !s.etcd().keys(&locks).is_empty() {
        assert_eq!(r.code, 3, "a held lock is reported with exit 3:\n{}\n{}", r.stdout, r.stderr);
        assert!(r.stdout.contains("lock"), "names the lock:\n{}", r.stdout);
    }
    // It expires with the lease (2 s TTL; etcd may round small TTLs up a little).
    while !s.etcd().keys(&locks).is_empty() {
        assert!(
            killed.elapsed() < Duration::from_secs(10),
            "the dead holder's lock outlived its 2 s lease: {:?}",
            s.etcd().keys(&locks)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("lock expired {:?} after the kill", killed.elapsed());
    // The next run finishes the job.
    let new = recover_until_failover(&s, Duration::from_secs(30));
    assert_ne!(new, old);
    assert_eq!(shard_primary(&s), new);
    assert_eq!(writable(&s, Some(&old)), vec![new.clone()]);
    assert_eq!(successful_failovers(&s), 1, "{:#?}", recoveries(&s));
}
