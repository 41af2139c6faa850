//! `vtorc-rs recover` repairs every repairable condition `check` finds, for real: each test
//! breaks a real shard (etcd + MariaDB) the way check_conditions.rs does, runs `recover`, and
//! then `check` must report nothing and a new row written on the primary must reach every
//! replica (MASTER_GTID_WAIT).

use crate::recover_common::*;
use crate::support::shard::{codes_of, ShardOpts, TestShard, POLL_DEADLINE};
use std::time::Duration;

const HEAL: Duration = Duration::from_secs(30);

/// Waits for `code` on `alias`, runs `recover` once (exit 0, the code named in its output),
/// then requires a healthy shard and working replication from zone1-101.
fn repair(s: &TestShard, alias: &str, code: &str, tag: &str) {
    s.wait_for_code(alias, code);
    let r = recover_ok(s, &[]);
    assert!(r.stdout.contains(code) && r.stdout.contains("RECOVERED"), "{tag}: {}", r.stdout);
    // One run fixes one problem: the shard is healthy right away.
    assert_eq!(recover_until_healthy(s, &[], HEAL), 0, "{tag}: one recover was not enough");
    s.assert_healthy();
    row_reaches(s, "zone1-101", &others(s, "zone1-101"), tag);
}

#[test]
fn replication_stopped_io_sql_and_both_are_restarted() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    for (i, stop) in
        ["STOP SLAVE IO_THREAD", "STOP SLAVE SQL_THREAD", "STOP SLAVE"].iter().enumerate()
    {
        s.node("zone1-102").exec(stop);
        repair(&s, "zone1-102", "ReplicationStopped", &format!("stopped-{i}"));
        assert_replicates_from(&s, "zone1-102", "zone1-101");
    }
    // The rdonly tablet too.
    s.node("zone1-104").exec("STOP SLAVE");
    repair(&s, "zone1-104", "ReplicationStopped", "rdonly-stopped");
}

/// Issue 16: `recover` (the timer deployment) writes watch's page and metrics file; the metrics
/// use VTOrc's names and labels, and promtool accepts them.
#[test]
fn recover_writes_the_status_page_and_vtorc_metrics() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    s.assert_healthy();
    let (html, prom) = (s.dir().join("status.html"), s.dir().join("vtorc.prom"));
    s.node("zone1-102").exec("STOP SLAVE");
    s.wait_for_code("zone1-102", "ReplicationStopped");
    let args = ["--html-status", html.to_str().unwrap(), "--metrics-file", prom.to_str().unwrap()];
    let r = recover_ok(&s, &args);
    assert!(r.stdout.contains("RECOVERED"), "{}", r.stdout);
    let page = std::fs::read_to_string(&html).expect("recover wrote the page");
    assert!(page.contains("zone1-0000000102"), "{page}");
    let metrics = std::fs::read_to_string(&prom).expect("recover wrote the metrics");
    crate::support::promtool::check(&metrics);
    let want =
        "vtorc_successful_recoveries{recovery_type=\"FixReplica\",keyspace=\"ks\",shard=\"0\"} 1\n";
    assert!(metrics.contains(want), "{want} missing:\n{metrics}");
    assert!(metrics.contains("vtorc_recoveries_count{recovery_type=\"FixReplica\""), "{metrics}");
    assert!(!metrics.contains("vtorc_last_cycle"), "no watch cycle to report:\n{metrics}");
}

#[test]
fn primary_read_only_and_writable_replica() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-101").exec("SET GLOBAL read_only=1");
    repair(&s, "zone1-101", "PrimaryIsReadOnly", "primary-ro");
    assert!(!s.node("zone1-101").read_only());
    s.node("zone1-103").exec("SET GLOBAL read_only=0");
    repair(&s, "zone1-103", "ReplicaIsWritable", "replica-rw");
    assert!(s.node("zone1-103").read_only());
    assert_eq!(writable(&s), vec!["zone1-101".to_string()]);
}

#[test]
fn wrong_primary_no_primary_and_primary_with_a_primary() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-102").replicate_from(s.node("zone1-103"));
    repair(&s, "zone1-102", "ConnectedToWrongPrimary", "wrong-primary");
    assert_replicates_from(&s, "zone1-102", "zone1-101");

    s.node("zone1-103").exec("STOP SLAVE; RESET SLAVE ALL");
    repair(&s, "zone1-103", "NotConnectedToPrimary", "no-primary");
    assert_replicates_from(&s, "zone1-103", "zone1-101");

    s.node("zone1-101").replicate_from(s.node("zone1-102"));
    s.wait_for_codes("PrimaryHasPrimary", POLL_DEADLINE, |c| {
        c.iter().any(|(a, code)| a == "zone1-101" && code == "PrimaryHasPrimary")
    });
    recover_ok(&s, &[]);
    assert_eq!(recover_until_healthy(&s, &[], HEAL), 0);
    s.assert_healthy();
    assert_eq!(s.node("zone1-101").slave_status("Master_Port"), None, "primary forgot its source");
    row_reaches(&s, "zone1-101", &others(&s, "zone1-101"), "primary-has-primary");
}

#[test]
fn replica_misconfigured_heartbeat() {
    let s = TestShard::start(ShardOpts::default());
    s.node("zone1-102").exec("STOP SLAVE; SET GLOBAL slave_net_timeout=10; START SLAVE");
    repair(&s, "zone1-102", "ReplicaMisconfigured", "misconfigured");
    let hb = s.node("zone1-102").sql_one("SELECT @@global.slave_net_timeout");
    assert_eq!(
        hb.as_deref(),
        Some("10"),
        "the net timeout is the operator's; heartbeat follows it"
    );
    let period = s
        .node("zone1-102")
        .sql_one("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='Slave_heartbeat_period'");
    assert_eq!(period.as_deref().map(|p| p.parse::<f64>().unwrap_or(0.0)), Some(5.0));
}

#[test]
fn semi_sync_codes_under_semi_sync() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    s.node("zone1-102").exec("SET GLOBAL rpl_semi_sync_slave_enabled=OFF");
    repair(&s, "zone1-102", "ReplicaSemiSyncMustBeSet", "replica-semi-on");
    assert_eq!(
        s.node("zone1-102").sql_one("SELECT @@global.rpl_semi_sync_slave_enabled").as_deref(),
        Some("1")
    );
    s.node("zone1-101").exec("SET GLOBAL rpl_semi_sync_master_enabled=OFF");
    repair(&s, "zone1-101", "PrimarySemiSyncMustBeSet", "primary-semi-on");
    assert_eq!(
        s.node("zone1-101").sql_one("SELECT @@global.rpl_semi_sync_master_enabled").as_deref(),
        Some("1")
    );
    // The rdonly tablet must not ack under semi_sync.
    s.node("zone1-104").exec(
        "SET GLOBAL rpl_semi_sync_slave_enabled=ON; STOP SLAVE IO_THREAD; START SLAVE IO_THREAD",
    );
    repair(&s, "zone1-104", "ReplicaSemiSyncMustNotBeSet", "rdonly-semi-off");
    assert_eq!(
        s.node("zone1-104").sql_one("SELECT @@global.rpl_semi_sync_slave_enabled").as_deref(),
        Some("0")
    );
    // Semi-sync really works: the primary has two acking clients.
    s.node("zone1-101").wait_until("2 semi-sync clients", Duration::from_secs(10), |n| {
        n.sql_one("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='Rpl_semi_sync_master_clients'").as_deref() == Some("2")
    });
}

#[test]
fn semi_sync_codes_under_none() {
    let s = TestShard::start(ShardOpts::default().durability("none"));
    s.node("zone1-101").exec("SET GLOBAL rpl_semi_sync_master_enabled=ON");
    repair(&s, "zone1-101", "PrimarySemiSyncMustNotBeSet", "primary-semi-off");
    assert_eq!(
        s.node("zone1-101").sql_one("SELECT @@global.rpl_semi_sync_master_enabled").as_deref(),
        Some("0")
    );
    s.node("zone1-103").exec("SET GLOBAL rpl_semi_sync_slave_enabled=ON");
    repair(&s, "zone1-103", "ReplicaSemiSyncMustNotBeSet", "replica-semi-off");
    assert_eq!(
        s.node("zone1-103").sql_one("SELECT @@global.rpl_semi_sync_slave_enabled").as_deref(),
        Some("0")
    );
}

#[test]
fn stale_topo_primary_is_demoted_in_the_topology() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // zone1-102 gets a PRIMARY record (term t1), then zone1-101's record is re-created as
    // PRIMARY with a newer term t2: zone1-102 is a stale PRIMARY record, as a primary that was
    // replaced without its record being fixed leaves it.
    s.run(&["topo", "remove-tablet", "zone1-102"]).expect_code(0);
    let t102 = crate::support::shard::ShardTablet {
        tablet_type: "primary".into(),
        ..s.tablet("zone1-102").clone()
    };
    s.register_tablet(&t102);
    std::thread::sleep(Duration::from_millis(20)); // distinct terms (ms resolution)
    s.run(&["topo", "remove-tablet", "zone1-101", "--allow-primary"]).expect_code(0);
    s.register_tablet(s.tablet("zone1-101"));
    let t = tablets_json(&s);
    let term = |a: &str| time_ms(&t[a]["primary_term_start_time"]).unwrap_or(0);
    assert!(term("zone1-102") > 0 && term("zone1-102") < term("zone1-101"), "{t:#?}");
    assert_eq!(shard_primary(&s), "zone1-101");

    s.wait_for_code("zone1-102", "StaleTopoPrimary");
    recover_ok(&s, &[]);
    recover_until_healthy(&s, &[], HEAL);
    s.assert_healthy();
    let t = tablets_json(&s);
    assert_eq!(type_num(&t["zone1-102"]), REPLICA, "{:#}", t["zone1-102"]);
    assert!(t["zone1-102"]["primary_term_start_time"].is_null(), "{:#}", t["zone1-102"]);
    assert_eq!(type_num(&t["zone1-101"]), PRIMARY);
    assert!(s.node("zone1-102").read_only());
    assert_replicates_from(&s, "zone1-102", "zone1-101");
    row_reaches(&s, "zone1-101", &others(&s, "zone1-101"), "stale-topo");
}

#[test]
fn cluster_without_primary_elects_a_replica_never_rdonly() {
    let s = TestShard::start(ShardOpts::default().no_replication().primary_type("replica"));
    let v = s.check_json();
    assert_eq!(codes_of(&v).len(), 1, "{v:#}");
    assert_eq!(codes_of(&v)[0].1, "ClusterHasNoPrimary", "{v:#}");
    let r = recover_ok(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{}", r.stdout);
    assert_eq!(recover_until_healthy(&s, &[], HEAL), 0, "one recover elects and repoints");
    s.assert_healthy();

    let types = types(&s);
    let primaries: Vec<&String> =
        types.iter().filter(|(_, t)| **t == PRIMARY).map(|(a, _)| a).collect();
    assert_eq!(primaries.len(), 1, "{types:?}");
    let p = primaries[0].clone();
    assert_ne!(p, "zone1-104", "the rdonly tablet is never elected");
    assert_eq!(types["zone1-104"], RDONLY);
    assert_eq!(shard_primary(&s), p);
    let term = time_ms(&shard_json(&s)["primary_term_start_time"]).expect("shard term");
    assert!((now_ms() - term).abs() < 60_000, "term {term} is recent");
    assert_eq!(writable(&s), vec![p.clone()]);
    // A new shard has no app schema yet: create it on the new primary; it replicates.
    s.node(&p).exec(
        "CREATE DATABASE app; CREATE TABLE app.t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64))",
    );
    row_reaches(&s, &p, &others(&s, &p), "first-election");
    for a in others(&s, &p) {
        assert_replicates_from(&s, a, &p);
    }
}
