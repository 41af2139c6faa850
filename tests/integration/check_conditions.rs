//! `vtorc-rs check` against real broken shards: each test starts its own etcd + MariaDB shard
//! (support/shard.rs), provokes one condition for real (SQL on the servers, kill -9, topology
//! edits) and asserts the code `check --json` reports on the right tablet, and its exit code
//! (1 with problems, 0 healthy). Codes and their exact conditions: vtorc-behaviour.md §2.2.

use crate::support::shard::{codes_of, ShardOpts, TestShard, POLL_DEADLINE};
use serde_json::Value;

fn pair(alias: &str, code: &str) -> (String, String) {
    (alias.to_string(), code.to_string())
}

/// Polls until exactly `want` is reported (no other problem anywhere); returns the JSON.
fn wait_exactly(s: &TestShard, want: &[(&str, &str)]) -> Value {
    let want: Vec<(String, String)> = want.iter().map(|(a, c)| pair(a, c)).collect();
    s.wait_for_codes(&format!("exactly {want:?}"), POLL_DEADLINE, |c| c == want.as_slice())
}

/// The problem object for `alias` in a `check --json` document.
fn problem<'a>(v: &'a Value, alias: &str) -> &'a Value {
    let codes = codes_of(v);
    let i = codes.iter().position(|(a, _)| a == alias).unwrap_or_else(|| panic!("{alias}: {v:#}"));
    &v["problems"][i]
}

/// Plain `check` (table output) agrees with the JSON: exit 1 and the code in the table.
fn assert_table_mentions(s: &TestShard, code: &str) {
    let r = s.check(&[]).expect_code(1);
    assert!(r.stdout.contains(code), "table lacks {code}:\n{}", r.stdout);
}

#[test]
fn healthy_shard_reports_nothing() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    let r = s.check(&[]).expect_code(0);
    assert!(r.stdout.is_empty(), "healthy check printed a table:\n{}", r.stdout);
    assert!(r.stderr.contains("healthy"), "{}", r.stderr);
    // Semi-sync durability, set up as the policy wants, is healthy too.
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    // cross_cell: only the zone2 replica acks; two cells registered.
    let s = TestShard::start(ShardOpts::default().durability("cross_cell").cell(2, "zone2"));
    assert_eq!(s.alias(2), "zone2-103");
    assert_eq!(
        s.node("zone2-103").sql_one("SELECT @@rpl_semi_sync_slave_enabled").as_deref(),
        Some("1")
    );
    assert_eq!(
        s.node("zone1-102").sql_one("SELECT @@rpl_semi_sync_slave_enabled").as_deref(),
        Some("0")
    );
    s.assert_healthy();
}

#[test]
fn replication_stopped_io_sql_or_both() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // One replica at a time: with all of them stopped the primary's AllPrimaryReplicasNotReplicating
    // would be reported as well.
    for (stop, io, sql) in [
        ("STOP SLAVE IO_THREAD", "IO thread No", "SQL thread Yes"),
        ("STOP SLAVE SQL_THREAD", "IO thread Yes", "SQL thread No"),
        ("STOP SLAVE", "IO thread No", "SQL thread No"),
    ] {
        s.node("zone1-102").exec(stop);
        let v = wait_exactly(&s, &[("zone1-102", "ReplicationStopped")]);
        let d = problem(&v, "zone1-102")["description"].as_str().unwrap_or("");
        assert!(d.contains(io) && d.contains(sql), "{stop}: {d}");
        assert_table_mentions(&s, "ReplicationStopped");
        s.node("zone1-102").exec("START SLAVE");
        s.wait_for_codes("healthy after START SLAVE", POLL_DEADLINE, |c| c.is_empty());
    }
    // The rdonly tablet is analysed the same way.
    s.node("zone1-104").exec("STOP SLAVE");
    wait_exactly(&s, &[("zone1-104", "ReplicationStopped")]);
}

#[test]
fn primary_is_read_only() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-101").exec("SET GLOBAL read_only=1");
    wait_exactly(&s, &[("zone1-101", "PrimaryIsReadOnly")]);
}

#[test]
fn replica_is_writable() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-103").exec("SET GLOBAL read_only=0");
    wait_exactly(&s, &[("zone1-103", "ReplicaIsWritable")]);
}

#[test]
fn replica_connected_to_wrong_primary() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-102").replicate_from(s.node("zone1-103"));
    wait_exactly(&s, &[("zone1-102", "ConnectedToWrongPrimary")]);
}

#[test]
fn replica_not_connected_to_primary() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-102").exec("STOP SLAVE; RESET SLAVE ALL");
    wait_exactly(&s, &[("zone1-102", "NotConnectedToPrimary")]);
}

#[test]
fn dead_primary() {
    let s = TestShard::start(ShardOpts::default());
    // A check while healthy, as a cron job would have done: the primary was seen.
    s.assert_healthy();
    s.node("zone1-101").kill9();
    let v = wait_exactly(&s, &[("zone1-101", "DeadPrimary")]);
    assert_eq!(v["reachable"].as_u64(), Some(3), "{v:#}");
    let p = problem(&v, "zone1-101");
    assert_eq!(p["actionable"].as_bool(), Some(true), "{v:#}");
    // A refused connection is reported as such, not as a timeout.
    let d = p["description"].as_str().unwrap_or("");
    assert!(d.contains("cannot connect") && d.contains("Connection refused"), "{d}");
    assert!(!d.contains("in time"), "{d}");
    let r = s.check(&["--nagios"]);
    assert_eq!(r.code, 2, "nagios CRITICAL: {}", r.stdout);
}

#[test]
fn dead_primary_before_the_first_check() {
    // No earlier check: the primary was never seen (InvalidPrimary), and is upgraded to
    // DeadPrimary because no replica replicates (VTOrc's postProcessAnalyses, §2.3).
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-101").kill9();
    for a in ["zone1-102", "zone1-103", "zone1-104"] {
        s.node(a).wait_until("IO thread not running", POLL_DEADLINE, |n| {
            n.slave_status("Slave_IO_Running").as_deref() != Some("Yes")
        });
    }
    wait_exactly(&s, &[("zone1-101", "DeadPrimary")]);
}

#[test]
fn dead_primary_and_some_replicas() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.node("zone1-101").kill9();
    s.node("zone1-103").kill9();
    wait_exactly(&s, &[("zone1-101", "DeadPrimaryAndSomeReplicas")]);
}

#[test]
fn replica_semi_sync_must_be_set() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    s.node("zone1-102").exec("SET GLOBAL rpl_semi_sync_slave_enabled=OFF");
    wait_exactly(&s, &[("zone1-102", "ReplicaSemiSyncMustBeSet")]);
}

#[test]
fn primary_semi_sync_must_not_be_set() {
    let s = TestShard::start(ShardOpts::default().durability("none"));
    s.node("zone1-101").exec("SET GLOBAL rpl_semi_sync_master_enabled=ON");
    wait_exactly(&s, &[("zone1-101", "PrimarySemiSyncMustNotBeSet")]);
}

#[test]
fn replica_semi_sync_must_not_be_set() {
    let s = TestShard::start(ShardOpts::default().durability("none"));
    s.node("zone1-104").exec("SET GLOBAL rpl_semi_sync_slave_enabled=ON");
    wait_exactly(&s, &[("zone1-104", "ReplicaSemiSyncMustNotBeSet")]);
}

#[test]
fn errant_gtid_on_a_replica() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // root may write despite read_only (READ_ONLY ADMIN); sql_log_bin=1 puts it in the binlog
    // under the replica's own server_id: a transaction the primary never had. On zone1-102 the
    // write goes to a domain the primary has never used.
    s.node("zone1-103").exec("SET SESSION sql_log_bin=1; INSERT INTO app.t (v) VALUES ('errant')");
    s.node("zone1-102").exec(
        "SET SESSION gtid_domain_id=7; SET SESSION sql_log_bin=1; \
         INSERT INTO app.t (v) VALUES ('errant in domain 7')",
    );
    let v = wait_exactly(
        &s,
        &[("zone1-102", "ErrantGTIDDetected"), ("zone1-103", "ErrantGTIDDetected")],
    );
    let d = problem(&v, "zone1-103")["description"].as_str().unwrap_or("");
    assert!(d.contains("0-3-"), "description names the errant GTID (server_id 3): {d}");
    let d = problem(&v, "zone1-102")["description"].as_str().unwrap_or("");
    assert!(d.contains("7-2-1"), "description names the errant GTID 7-2-1: {d}");

    // The primary writes on: zone1-103's SQL thread now fails (gtid_strict_mode, out-of-order
    // sequence number), and the errant GTID still ranks first (table order, §2.3).
    s.cluster().write("after the errant write");
    s.node("zone1-103").wait_until("SQL thread stopped", POLL_DEADLINE, |n| {
        n.slave_status("Slave_SQL_Running").as_deref() == Some("No")
    });
    wait_exactly(&s, &[("zone1-102", "ErrantGTIDDetected"), ("zone1-103", "ErrantGTIDDetected")]);
}

#[test]
fn primary_tablet_deleted() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.run(&["topo", "remove-tablet", "zone1-101", "--allow-primary"]).expect_code(0);
    let v = s.wait_for_codes("PrimaryTabletDeleted", POLL_DEADLINE, |c| {
        c.iter().any(|(_, code)| code == "PrimaryTabletDeleted")
    });
    // Shard-wide: one problem for the shard, on a replica-type tablet.
    let codes = codes_of(&v);
    assert_eq!(codes.len(), 1, "{v:#}");
    assert!(["zone1-102", "zone1-103", "zone1-104"].contains(&codes[0].0.as_str()), "{v:#}");
}

#[test]
fn new_shard_has_no_primary() {
    let s = TestShard::start(ShardOpts::default().no_replication().primary_type("replica"));
    let v = s.check_json();
    let codes = codes_of(&v);
    assert_eq!(codes.len(), 1, "one shard-wide problem: {v:#}");
    assert_eq!(codes[0].1, "ClusterHasNoPrimary", "{v:#}");
    assert!(s.tablet(&codes[0].0).tablet_type != "primary");
}

#[test]
fn keyspace_without_durability_policy() {
    let s = TestShard::start(ShardOpts::default().no_durability());
    let v = wait_exactly(&s, &[("", "NoDurabilityPolicy")]);
    let p = &v["problems"][0];
    assert_eq!(p["keyspace"].as_str(), Some("ks"));
    let text = format!("{} {}", p["description"], p["action"]);
    assert!(text.contains("vtorc-rs set-durability ks"), "{text}");
    // Following the hint makes the shard healthy.
    s.run(&["set-durability", "ks", "none"]).expect_code(0);
    s.assert_healthy();
}

#[test]
fn replica_misconfigured_net_timeout() {
    let s = TestShard::start(ShardOpts::default());
    // Heartbeat stays 2 s; replica_net_timeout 10 s is not twice that.
    s.node("zone1-102").exec("STOP SLAVE; SET GLOBAL slave_net_timeout=10; START SLAVE");
    wait_exactly(&s, &[("zone1-102", "ReplicaMisconfigured")]);
}

#[test]
fn primary_replicating_from_a_replica() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-101").replicate_from(s.node("zone1-102"));
    let v = s.wait_for_codes("PrimaryHasPrimary", POLL_DEADLINE, |c| {
        c.contains(&pair("zone1-101", "PrimaryHasPrimary"))
    });
    // Shard-wide: nothing else in the shard is analysed after it.
    assert_eq!(codes_of(&v), vec![pair("zone1-101", "PrimaryHasPrimary")], "{v:#}");
}

#[test]
fn replication_broken_by_a_sql_error() {
    let s = TestShard::start(ShardOpts::default());
    // A row the replica has and the primary does not (not binlogged): the primary's insert of the
    // same id stops the replica's SQL thread with a duplicate-key error.
    s.node("zone1-102")
        .exec("SET SESSION sql_log_bin=0; INSERT INTO app.t (id, v) VALUES (1000, 'local')");
    s.cluster().primary().exec("INSERT INTO app.t (id, v) VALUES (1000, 'primary')");
    let v = wait_exactly(&s, &[("zone1-102", "ReplicationStopped")]);
    let d = problem(&v, "zone1-102")["description"].as_str().unwrap_or("");
    assert!(d.contains("SQL thread No") && d.contains("Duplicate entry"), "{d}");
}

#[test]
fn primary_semi_sync_must_be_set() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    s.node("zone1-101").exec("SET GLOBAL rpl_semi_sync_master_enabled=OFF");
    wait_exactly(&s, &[("zone1-101", "PrimarySemiSyncMustBeSet")]);
}

#[test]
fn dead_primary_without_replicas() {
    let s = TestShard::start(ShardOpts::default().replicas(0).rdonly(false));
    s.assert_healthy();
    s.node("zone1-101").kill9();
    let v = wait_exactly(&s, &[("zone1-101", "DeadPrimaryWithoutReplicas")]);
    assert_eq!(problem(&v, "zone1-101")["actionable"].as_bool(), Some(false), "{v:#}");
}

#[test]
fn dead_primary_and_every_replica() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    for a in ["zone1-101", "zone1-102", "zone1-103", "zone1-104"] {
        s.node(a).kill9();
    }
    let v = s.wait_for_codes("DeadPrimaryAndReplicas", POLL_DEADLINE, |c| {
        c.first() == Some(&pair("zone1-101", "DeadPrimaryAndReplicas"))
    });
    assert_eq!(v["reachable"].as_u64(), Some(0), "{v:#}");
    assert_eq!(codes_of(&v).len(), 1, "shard-wide, nothing else: {v:#}");
}

#[test]
fn hung_primary_is_unreachable_then_dead() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // SIGSTOP: TCP connects are accepted and nothing answers. The replicas' IO threads stay "Yes"
    // until slave_net_timeout (4 s) passes, so the first check sees an unreachable primary with
    // healthy replicas, which is not a failover.
    s.node("zone1-101").sigstop();
    let t = std::time::Instant::now();
    let v = s.check_json();
    assert_eq!(codes_of(&v), vec![pair("zone1-101", "UnreachablePrimary")], "{v:#}");
    let d = problem(&v, "zone1-101")["description"].as_str().unwrap_or("");
    assert!(d.contains("did not answer"), "a hung server times out: {d}");
    assert!(t.elapsed() < std::time::Duration::from_secs(4), "check took {:?}", t.elapsed());
    let v = s.wait_for_codes("DeadPrimary", std::time::Duration::from_secs(20), |c| {
        c == [pair("zone1-101", "DeadPrimary")]
    });
    assert_eq!(v["reachable"].as_u64(), Some(3), "{v:#}");
}

#[test]
fn no_false_errant_gtid_under_write_load() {
    let s = TestShard::start(ShardOpts::default());
    // Writes on the primary while checks run: a replica probed after the primary holds newer
    // primary GTIDs, which must not read as errant (polling skew).
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut conn = s
                .cluster()
                .primary()
                .root_conn(std::time::Duration::from_secs(10))
                .expect("connect to the primary");
            use mysql::prelude::Queryable;
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                conn.query_drop(format!("INSERT INTO app.t (v) VALUES ('load-{i}')"))
                    .expect("insert");
                i += 1;
            }
            assert!(i > 50, "only {i} writes: the load did not run");
        });
        for _ in 0..8 {
            let codes = s.codes();
            assert!(codes.is_empty(), "problems under write load: {codes:?}");
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

#[test]
fn replica_lagging_behind_a_row_lock() {
    use mysql::prelude::Queryable;
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // A session on the replica holds a row lock; the primary's update of that row stalls the
    // replica's SQL thread while both threads keep running: lag, not stopped replication.
    let mut lock = s
        .node("zone1-102")
        .root_conn(std::time::Duration::from_secs(30))
        .expect("connect to zone1-102");
    lock.query_drop("BEGIN").expect("begin");
    lock.query_drop("SELECT * FROM app.t WHERE id = 1 FOR UPDATE").expect("lock row 1");
    s.cluster().primary().exec("UPDATE app.t SET v = 'stalls the replica' WHERE id = 1");
    let lag = ["--reasonable-replication-lag", "1s"];
    let v = s.wait_for_codes_with(&lag, "ReplicationLagging", POLL_DEADLINE, |c| {
        c == [pair("zone1-102", "ReplicationLagging")]
    });
    let d = problem(&v, "zone1-102")["description"].as_str().unwrap_or("");
    assert!(d.contains("behind"), "{d}");
    // With the default threshold (10 s) the same lag is not a problem.
    assert!(s.codes().is_empty());
    lock.query_drop("ROLLBACK").expect("rollback");
    s.cluster().sync();
    assert!(codes_of(&s.check_json_with(&lag)).is_empty());
}

/// `--clusters-to-watch` scopes check and recover: a broken replica in an unwatched shard is
/// neither reported nor touched, and its open detection is not cleared by the narrower run.
#[test]
fn clusters_to_watch_scopes_check_and_recover() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.node("zone1-102").exec("STOP SLAVE");
    wait_exactly(&s, &[("zone1-102", "ReplicationStopped")]);

    let other = ["--clusters-to-watch", "other_ks"];
    let r = s.check(&other);
    assert_eq!(r.code, 0, "an unwatched keyspace's problem counts:\n{}\n{}", r.stdout, r.stderr);
    let r = s.run(&["--clusters-to-watch", "other_ks", "recover"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        s.node("zone1-102").slave_status("Slave_IO_Running").as_deref(),
        Some("No"),
        "recover touched a shard outside --clusters-to-watch"
    );
    // The watched shard (by keyspace/shard) still sees it, and its recover fixes it.
    let watched = format!("{}/{}", s.keyspace(), s.shard());
    let v = s.check_json_with(&["--clusters-to-watch", &watched]);
    assert_eq!(codes_of(&v), vec![pair("zone1-102", "ReplicationStopped")]);
    let r = s.run(&["--clusters-to-watch", &watched, "recover"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    s.wait_for_codes("healthy after the scoped recover", POLL_DEADLINE, |c| c.is_empty());
}
