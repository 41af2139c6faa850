//! Every doubt stops a failover before its first change: a replica whose replication state
//! cannot be read (a revoked privilege) while it alone holds the newest writes, and an etcd
//! error on Vitess's emergency-reparent switch.

use crate::recover_common::{recover, shard_primary, writable};
use crate::support::etcd_proxy::EtcdProxy;
use crate::support::shard::{ShardOpts, TestShard};

fn rows(s: &TestShard, alias: &str) -> i64 {
    s.node(alias).sql_one("SELECT COUNT(*) FROM app.t").and_then(|c| c.parse().ok()).unwrap_or(-1)
}

#[test]
fn a_replica_whose_replication_state_cannot_be_read_stops_the_failover() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // 103 and 104 stop receiving; the newest writes reach 102 only.
    for a in ["zone1-103", "zone1-104"] {
        s.node(a).exec("STOP SLAVE IO_THREAD");
    }
    let p = s.node("zone1-101");
    p.exec("INSERT INTO app.t (v) VALUES ('only-on-102'), ('only-on-102')");
    s.node("zone1-102").wait_replicated(&p.gtid_binlog_pos());
    let on102 = rows(&s, "zone1-102");
    assert!(on102 > rows(&s, "zone1-103"), "102 is ahead");
    // vtorc-rs may still connect to 102 but no longer read its replication status.
    s.node("zone1-102").exec("SET SESSION sql_log_bin=0; REVOKE SLAVE MONITOR, REPLICATION SLAVE ADMIN ON *.* FROM 'vtorc'@'%'");
    for a in ["zone1-103", "zone1-104"] {
        s.node(a).exec("START SLAVE IO_THREAD");
    }
    p.kill9();
    let r = recover(&s, &[]);
    let all = format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert!(!r.stdout.contains("RECOVERED"), "nothing may be promoted blind: {all}");
    assert!(
        r.stdout.contains("zone1-0000000102") || r.stdout.contains("zone1-102"),
        "the output names 102: {all}"
    );
    assert_ne!(r.code, 0, "{all}");
    for a in ["zone1-103", "zone1-104"] {
        assert!(s.node(a).read_only(), "{a} was not made writable: {all}");
    }
    assert_eq!(shard_primary(&s), "zone1-101", "{all}");
    assert!(writable(&s).iter().all(|w| w == "zone1-102" || w == "zone1-101"), "{all}");
    // With the privilege back, the failover promotes the tablet that has every write.
    s.node("zone1-102").exec("SET SESSION sql_log_bin=0; GRANT SLAVE MONITOR, REPLICATION SLAVE ADMIN ON *.* TO 'vtorc'@'%'");
    let r = recover(&s, &[]);
    assert!(r.stdout.contains("RECOVERED"), "{}\n{}", r.stdout, r.stderr);
    let new = shard_primary(&s);
    assert!(rows(&s, &new) >= on102, "{new} has every write");
}

#[test]
fn an_unreadable_emergency_reparent_switch_blocks_the_failover() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.check(&[]);
    s.node("zone1-101").kill9();
    s.wait_for_code("zone1-101", "DeadPrimary");
    // etcd answers everything but the keyspace record, where Vitess keeps the switch; the
    // stored topology is fresh, so the check runs from the state file.
    let proxy = EtcdProxy::start(&format!("http://{}", s.etcd().endpoint()));
    proxy.drop_keys_under("/vitess/global/keyspaces/ks/Keyspace");
    let r = s.run_via(&proxy.endpoint(), &["recover"]);
    let all = format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert_eq!(r.code, 3, "could not run: {all}");
    assert!(r.stdout.contains("emergency-reparent flags"), "names the gate: {all}");
    assert!(writable(&s).is_empty(), "nobody promoted: {all}");
    assert_eq!(shard_primary(&s), "zone1-101");
}
