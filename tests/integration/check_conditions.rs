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
    assert_eq!(problem(&v, "zone1-101")["actionable"].as_bool(), Some(true), "{v:#}");
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
    // under the replica's own server_id: a transaction the primary never had.
    s.node("zone1-103").exec("SET SESSION sql_log_bin=1; INSERT INTO app.t (v) VALUES ('errant')");
    let v = wait_exactly(&s, &[("zone1-103", "ErrantGTIDDetected")]);
    let d = problem(&v, "zone1-103")["description"].as_str().unwrap_or("");
    assert!(d.contains("0-3-"), "description names the errant GTID (server_id 3): {d}");
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
