//! `vtorc-rs recover` fails over a dead primary for real (kill -9 of mariadbd): one REPLICA-type
//! tablet is promoted (never the rdonly), nothing acknowledged is lost, the others replicate from
//! it, the Tablet and Shard records say so, and the old primary rejoins as a read-only replica,
//! or, with errant transactions, is left read-only and stopped. Candidates with errant GTIDs are
//! not promoted, and `--prevent-cross-cell-failover` keeps the primary in its cell.

use crate::recover_common::*;
use crate::support::shard::{ShardOpts, TestShard, POLL_DEADLINE};
use mysql::prelude::Queryable;
use std::time::{Duration, Instant};

const HEAL: Duration = Duration::from_secs(30);

/// Every row of app.t as `id:v` (the data a failover must not lose).
fn rows(s: &TestShard, alias: &str) -> Vec<String> {
    s.node(alias)
        .sql("SELECT id, v FROM app.t ORDER BY id")
        .into_iter()
        .map(|r| {
            format!("{}:{}", r[0].clone().unwrap_or_default(), r[1].clone().unwrap_or_default())
        })
        .collect()
}

/// Waits until `alias` has received (IO thread, relay log) the primary's position `pos`.
fn wait_received(s: &TestShard, alias: &str, pos: &str) {
    s.node(alias).wait_until(&format!("received {pos}"), Duration::from_secs(10), |n| {
        n.slave_status("Gtid_IO_Pos").as_deref() == Some(pos)
    });
}

/// Kills the primary and waits until check calls it dead.
fn kill_primary(s: &TestShard, alias: &str, code: &str) {
    s.node(alias).kill9();
    s.wait_for_codes(&format!("{code} on {alias}"), POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == alias && k == code)
    });
}

/// The topology after a failover from `old` to `new`, as TER + shard sync leave it.
fn assert_topology_after_failover(s: &TestShard, old: &str, new: &str, before_ms: i64) {
    let t = tablets_json(s);
    let types: Vec<(String, i64)> = t.iter().map(|(a, v)| (a.clone(), type_num(v))).collect();
    let primaries: Vec<&String> =
        types.iter().filter(|(_, ty)| *ty == PRIMARY).map(|(a, _)| a).collect();
    assert_eq!(primaries, vec![new], "exactly one PRIMARY record: {types:?}");
    let term = time_ms(&t[new]["primary_term_start_time"]).expect("new primary has a term");
    assert!(term >= before_ms - 1000 && term <= now_ms() + 1000, "term {term} is not 'now'");
    assert_eq!(type_num(&t[old]), REPLICA, "old primary: {:#}", t[old]);
    assert!(t[old]["primary_term_start_time"].is_null(), "old primary keeps no term: {:#}", t[old]);
    let sh = shard_json(s);
    assert_eq!(shard_primary(s), new, "{sh:#}");
    assert_eq!(time_ms(&sh["primary_term_start_time"]), Some(term), "{sh:#}");
}

/// The one successful failover recorded, with its steps.
fn assert_one_failover_recorded(s: &TestShard, new: &str) -> serde_json::Value {
    let recs = recoveries(s);
    let failovers: Vec<&serde_json::Value> = recs
        .iter()
        .filter(|r| r["code"].as_str().is_some_and(|c| c.starts_with("DeadPrimary")))
        .collect();
    assert_eq!(failovers.len(), 1, "{recs:#?}");
    let r = failovers[0];
    assert_eq!(r["success"].as_bool(), Some(true), "{r:#}");
    assert_eq!(r["successor"].as_str().map(crate::support::shard::short_alias), Some(new.into()));
    let steps: Vec<&str> =
        r["steps"].as_array().into_iter().flatten().filter_map(|x| x["step"].as_str()).collect();
    for want in ["detected", "decided", "promoted", "replicas repointed", "topology written"] {
        assert!(steps.contains(&want), "step {want} missing: {steps:?}");
    }
    r.clone()
}

#[test]
fn kill9_primary_promotes_one_replica_drains_relay_logs_and_old_primary_rejoins() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // zone1-103 falls behind (IO thread stopped), so the choice is not a tie.
    s.cluster().write("before 103 stops");
    s.cluster().sync();
    s.node("zone1-103").exec("STOP SLAVE IO_THREAD");
    // zone1-102 receives everything but a row lock stalls its SQL thread: the last writes are
    // only in its relay log when the primary dies (recipe §4's drain case).
    let mut lock = s.node("zone1-102").root_conn(Duration::from_secs(60)).expect("connect 102");
    lock.query_drop("BEGIN").expect("begin");
    lock.query_drop("SELECT * FROM app.t WHERE id = 1 FOR UPDATE").expect("lock row 1");
    let p = s.node("zone1-101");
    p.exec("UPDATE app.t SET v = 'stalls 102' WHERE id = 1");
    for i in 0..20 {
        p.exec(&format!("INSERT INTO app.t (v) VALUES ('acked-{i}')"));
    }
    let pos = p.gtid_binlog_pos();
    let committed = rows(&s, "zone1-101");
    wait_received(&s, "zone1-102", &pos);
    wait_received(&s, "zone1-104", &pos);
    assert_ne!(s.node("zone1-102").gtid_slave_pos(), pos, "102's SQL thread is stalled");

    kill_primary(&s, "zone1-101", "DeadPrimary");
    // The lock goes away after the failover started: it must wait for the relay log.
    let unlock = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1500));
        lock.query_drop("ROLLBACK").expect("rollback");
    });
    let before = now_ms();
    let t0 = Instant::now();
    let r = recover_ok(&s, &[]);
    unlock.join().expect("unlock thread");
    assert!(r.stdout.contains("RECOVERED"), "{}\n{}", r.stdout, r.stderr);
    assert!(t0.elapsed() >= Duration::from_millis(1000), "recover did not wait for the relay log");

    // zone1-102 and zone1-104 hold everything; 104 is rdonly: 102 wins.
    assert_topology_after_failover(&s, "zone1-101", "zone1-102", before);
    assert_eq!(types(&s)["zone1-104"], RDONLY);
    assert_eq!(writable(&s), vec!["zone1-102".to_string()]);
    assert_eq!(rows(&s, "zone1-102"), committed, "every committed row is on the new primary");
    for a in ["zone1-103", "zone1-104"] {
        assert_replicates_from(&s, a, "zone1-102");
    }
    let rec = assert_one_failover_recorded(&s, "zone1-102");
    assert!(rec["steps"].to_string().contains("relay logs applied"), "{rec:#}");
    row_reaches(&s, "zone1-102", &["zone1-103", "zone1-104"], "after failover");
    assert_eq!(rows(&s, "zone1-103")[..committed.len()], committed[..], "103 caught up");

    // The old primary comes back (read-only by its config, replication not started): it ends up
    // a read-only replica of the new primary.
    s.node("zone1-101").restart();
    recover_until_healthy(&s, &[], HEAL);
    s.assert_healthy();
    assert_replicates_from(&s, "zone1-101", "zone1-102");
    assert_eq!(writable(&s), vec!["zone1-102".to_string()]);
    row_reaches(&s, "zone1-102", &others(&s, "zone1-102"), "old primary rejoined");
    assert_eq!(types(&s)["zone1-101"], REPLICA);
}

#[test]
fn restarted_old_primary_with_errant_writes_is_left_read_only_and_reported() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // A partition: no replica receives the primary's last writes, which it acknowledged
    // (asynchronous durability), then it crashes. Those writes exist only on the old primary.
    for a in ["zone1-102", "zone1-103", "zone1-104"] {
        s.node(a).exec("STOP SLAVE IO_THREAD");
    }
    s.cluster().write("only on the old primary 1");
    s.cluster().write("only on the old primary 2");
    kill_primary(&s, "zone1-101", "DeadPrimary");
    recover_ok(&s, &[]);
    let new = shard_primary(&s);
    assert!(["zone1-102", "zone1-103"].contains(&new.as_str()), "{new}");

    s.node("zone1-101").restart();
    let errant_pos = s.node("zone1-101").gtid_binlog_pos();
    let before_rows = rows(&s, "zone1-101");
    s.wait_for_code("zone1-101", "ErrantGTIDDetected");
    // Repairs are attempted and refused; the old primary is never rewritten.
    for _ in 0..3 {
        let r = recover(&s, &[]);
        assert!(r.code == 0 || r.code == 1, "{}\n{}", r.stdout, r.stderr);
        if r.code == 1 {
            assert!(
                r.stdout.contains("errant"),
                "the failure names the errant GTIDs: {}",
                r.stdout
            );
        }
    }
    let old = s.node("zone1-101");
    assert!(old.read_only(), "the errant old primary stays read-only");
    assert_ne!(old.slave_status("Slave_SQL_Running").as_deref(), Some("Yes"), "not replicating");
    assert_ne!(old.slave_status("Slave_IO_Running").as_deref(), Some("Yes"), "not replicating");
    assert_eq!(old.gtid_binlog_pos(), errant_pos, "its binlog is untouched");
    assert_eq!(rows(&s, "zone1-101"), before_rows, "its data is untouched");
    let codes = s.codes();
    assert!(codes.contains(&("zone1-101".into(), "ErrantGTIDDetected".into())), "{codes:?}");
    assert_eq!(writable(&s), vec![new.clone()]);
    row_reaches(
        &s,
        &new,
        &others(&s, &new).into_iter().filter(|a| *a != "zone1-101").collect::<Vec<_>>(),
        "errant",
    );
}

#[test]
fn old_primary_written_to_after_its_return_is_made_read_only_and_not_repointed() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    let pos = s.cluster().write("replicated everywhere");
    s.cluster().sync();
    kill_primary(&s, "zone1-101", "DeadPrimary");
    recover_ok(&s, &[]);
    let new = shard_primary(&s);
    s.node(&new).wait_until("new primary writable", Duration::from_secs(5), |n| !n.read_only());
    // The old primary restarts and an application that still points at it opens it and writes
    // before vtorc-rs looks: a transaction the new primary will never have.
    s.node("zone1-101").restart();
    assert!(s.node("zone1-101").gtid_binlog_pos() == pos);
    s.node("zone1-101")
        .exec("SET GLOBAL read_only=0; INSERT INTO app.t (v) VALUES ('split brain write')");
    let errant_pos = s.node("zone1-101").gtid_binlog_pos();
    let before_rows = rows(&s, "zone1-101");
    let r = recover(&s, &[]);
    assert_eq!(r.code, 1, "the refused repair is a failure:\n{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("errant"), "{}", r.stdout);
    let old = s.node("zone1-101");
    assert!(old.read_only(), "made read-only first");
    assert_ne!(old.slave_status("Slave_IO_Running").as_deref(), Some("Yes"));
    assert_eq!(old.gtid_binlog_pos(), errant_pos, "never rewritten");
    assert_eq!(rows(&s, "zone1-101"), before_rows);
    // Later runs leave it as it is and keep reporting it.
    recover(&s, &[]);
    assert!(old.read_only());
    assert_eq!(old.gtid_binlog_pos(), errant_pos);
    let codes = s.codes();
    assert!(codes.contains(&("zone1-101".into(), "ErrantGTIDDetected".into())), "{codes:?}");
    assert_eq!(writable(&s), vec![new.clone()]);
}

#[test]
fn candidate_with_errant_transaction_is_not_promoted() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // zone1-102 gets a transaction the primary never had (root bypasses read_only): by position
    // alone it would be the most advanced tablet.
    s.node("zone1-102").exec("SET SESSION sql_log_bin=1; INSERT INTO app.t (v) VALUES ('errant')");
    s.wait_for_code("zone1-102", "ErrantGTIDDetected");
    let errant_pos = s.node("zone1-102").gtid_binlog_pos();
    kill_primary(&s, "zone1-101", "DeadPrimary");
    let r = recover(&s, &[]);
    assert!(
        r.stdout.contains("RECOVERED") && r.stdout.contains("zone1-0000000103"),
        "{}\n{}",
        r.stdout,
        r.stderr
    );
    assert_eq!(shard_primary(&s), "zone1-103");
    assert_eq!(types(&s)["zone1-102"], REPLICA);
    assert!(s.node("zone1-102").read_only(), "the errant tablet stays read-only");
    assert_ne!(
        s.node("zone1-102").slave_status("Slave_IO_Running").as_deref(),
        Some("Yes"),
        "the errant tablet is not repointed"
    );
    assert_eq!(s.node("zone1-102").gtid_binlog_pos(), errant_pos, "its binlog is untouched");
    let rec = assert_one_failover_recorded(&s, "zone1-103");
    assert!(rec["steps"].to_string().contains("errant"), "ranking names the exclusion: {rec:#}");
    assert_eq!(writable(&s), vec!["zone1-103".to_string()]);
    row_reaches(&s, "zone1-103", &["zone1-104"], "errant candidate");
}

/// zone2-103 (in another cell) is the most advanced; zone1-102 lags (IO thread stopped).
fn cross_cell_shard() -> (TestShard, Vec<String>) {
    let s = TestShard::start(ShardOpts::default().cell(2, "zone2"));
    s.assert_healthy();
    s.node("zone1-102").exec("STOP SLAVE IO_THREAD");
    s.node("zone1-104").exec("STOP SLAVE IO_THREAD");
    for i in 0..5 {
        s.cluster().write(&format!("zone2 only {i}"));
    }
    let pos = s.node("zone1-101").gtid_binlog_pos();
    wait_received(&s, "zone2-103", &pos);
    s.node("zone2-103").wait_replicated(&pos);
    let committed = rows(&s, "zone1-101");
    kill_primary(&s, "zone1-101", "DeadPrimary");
    (s, committed)
}

#[test]
fn prevent_cross_cell_failover_keeps_the_primary_in_its_cell() {
    let (s, committed) = cross_cell_shard();
    let r = recover_ok(&s, &["--prevent-cross-cell-failover"]);
    assert!(r.stdout.contains("RECOVERED"), "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), "zone1-102", "{}", r.stderr);
    // It first caught up from zone2-103 (ERS's intermediate source): nothing was lost.
    assert_eq!(rows(&s, "zone1-102"), committed);
    assert_replicates_from(&s, "zone2-103", "zone1-102");
    assert_eq!(writable(&s), vec!["zone1-102".to_string()]);
    row_reaches(&s, "zone1-102", &["zone2-103", "zone1-104"], "same cell");
}

#[test]
fn without_prevention_the_best_candidate_may_be_in_another_cell() {
    let (s, committed) = cross_cell_shard();
    let r = recover_ok(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), "zone2-103");
    assert_eq!(rows(&s, "zone2-103"), committed);
    assert_eq!(writable(&s), vec!["zone2-103".to_string()]);
    row_reaches(&s, "zone2-103", &["zone1-102", "zone1-104"], "cross cell");
}

#[test]
fn semi_sync_failover_keeps_every_acknowledged_write() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    // A writer commits as fast as it can; every INSERT that returned OK was acknowledged by a
    // semi-sync replica. The primary is killed in the middle of the stream.
    let port = s.node("zone1-101").port();
    let writer = std::thread::spawn(move || {
        let opts = mysql::OptsBuilder::new()
            .ip_or_hostname(Some("127.0.0.1"))
            .tcp_port(port)
            .user(Some("root"))
            .prefer_socket(false)
            .read_timeout(Some(Duration::from_secs(10)));
        let mut c = mysql::Conn::new(opts).expect("connect to the primary");
        let mut acked = Vec::new();
        for i in 0..400 {
            match c.query_drop(format!("INSERT INTO app.t (v) VALUES ('semi-{i}')")) {
                Ok(()) => acked.push(format!("semi-{i}")),
                Err(_) => break,
            }
        }
        acked
    });
    s.node("zone1-101").wait_until("200 rows", Duration::from_secs(30), |n| {
        n.sql_one("SELECT COUNT(*) FROM app.t WHERE v LIKE 'semi-%'")
            .and_then(|c| c.parse::<u32>().ok())
            .is_some_and(|c| c >= 200)
    });
    s.node("zone1-101").kill9();
    let acked = writer.join().expect("writer");
    assert!(acked.len() >= 200, "{} acknowledged", acked.len());
    s.wait_for_codes("DeadPrimary", POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == "zone1-101" && k == "DeadPrimary")
    });
    let r = recover_ok(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{}\n{}", r.stdout, r.stderr);
    let new = shard_primary(&s);
    assert!(["zone1-102", "zone1-103"].contains(&new.as_str()), "{new}");
    let have: std::collections::HashSet<String> =
        s.node(&new).sql("SELECT v FROM app.t").into_iter().filter_map(|r| r[0].clone()).collect();
    let lost: Vec<&String> = acked.iter().filter(|v| !have.contains(*v)).collect();
    assert!(lost.is_empty(), "{} acknowledged writes lost: {lost:?}", lost.len());
    // The new primary runs semi-sync with the other replica acking.
    assert_eq!(
        s.node(&new).sql_one("SELECT @@global.rpl_semi_sync_master_enabled").as_deref(),
        Some("1")
    );
    row_reaches(
        &s,
        &new,
        &others(&s, &new).into_iter().filter(|a| *a != "zone1-101").collect::<Vec<_>>(),
        "semi after",
    );
}

/// PrimarySemiSyncBlocked: the primary is alive but its commit waits for an ack no replica will
/// send. The failover demotes it semi-sync first (so `read_only` does not wait behind the
/// blocked commit), the commit then returns OK to its client, and that acknowledged row must be
/// on the new primary: the winner catches up from the demoted primary before it is promoted.
#[test]
fn semi_sync_blocked_primary_is_demoted_and_its_acknowledged_commit_survives() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync").rdonly(false));
    s.assert_healthy();
    let primary = s.alias(0).to_string();
    let p = s.node(&primary);
    // Never fall back to async: the commit below waits until something changes.
    p.exec("SET GLOBAL rpl_semi_sync_master_timeout=100000000");
    for r in others(&s, &primary) {
        s.node(r).exec("STOP SLAVE IO_THREAD");
    }
    let port = p.port();
    let writer = std::thread::spawn(move || {
        let opts = mysql::OptsBuilder::new()
            .ip_or_hostname(Some("127.0.0.1"))
            .tcp_port(port)
            .user(Some("root"))
            .prefer_socket(false)
            .read_timeout(Some(Duration::from_secs(60)));
        let mut c = mysql::Conn::new(opts).expect("connect to the primary");
        let t0 = Instant::now();
        let r = c.query_drop("INSERT INTO app.t (v) VALUES ('blocked-then-acked')");
        (r.map_err(|e| e.to_string()), t0.elapsed())
    });
    s.wait_for_codes("PrimarySemiSyncBlocked", POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == &primary && k == "PrimarySemiSyncBlocked")
    });
    let r = recover(&s, &[]);
    let (ack, waited) = writer.join().expect("writer thread");
    let all = format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert_eq!(r.code, 0, "{all}");
    assert!(
        ack.is_ok(),
        "the blocked commit was acknowledged once semi-sync was off: {ack:?}\n{all}"
    );
    assert!(waited < Duration::from_secs(30), "the commit waited {waited:?}\n{all}");
    let new = shard_primary(&s);
    assert_ne!(new, primary, "the blocked primary is not re-elected\n{all}");
    assert!(
        rows(&s, &new).iter().any(|r| r.ends_with(":blocked-then-acked")),
        "the acknowledged row is on the new primary {new}: {:?}\n{all}",
        rows(&s, &new)
    );
    assert_eq!(writable(&s), vec![new.clone()], "one writable server\n{all}");
    assert!(p.read_only(), "the old primary is read-only");
}
