//! The anti-flapping block and the recoveries-disabled switch are shared through etcd, so two
//! vtorc-rs hosts with separate state files agree on them (real etcd + MariaDB): a failover by
//! host A blocks the next failover by host B until `ack` (from either host), `recoveries
//! disable` on A stops `recover` on B, and a gate that cannot be read from etcd refuses the
//! failover before any change.

use crate::recover_common::*;
use crate::support::cmd::Run;
use crate::support::etcd_proxy::EtcdProxy;
use crate::support::shard::{ShardOpts, TestShard, POLL_DEADLINE};
use std::path::{Path, PathBuf};

/// Where vtorc-rs keeps its own keys, outside every prefix Vitess ranges over.
const VTORC_RS_KEYS: &str = "/vitess/global/vtorc-rs/";

fn kill_primary(s: &TestShard, alias: &str) {
    s.node(alias).kill9();
    s.wait_for_codes(&format!("DeadPrimary on {alias}"), POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == alias && k.starts_with("DeadPrimary"))
    });
}

/// The state file of another vtorc-rs host.
fn host(s: &TestShard, name: &str) -> PathBuf {
    s.dir().join(format!("host-{name}.db"))
}

/// `vtorc-rs <args>` against the shard's etcd and servers with the state file `state`.
fn on(s: &TestShard, state: &Path, args: &[&str]) -> Run {
    let out = crate::support::cmd::vtorc()
        .arg("--topo-global-server-address")
        .arg(s.etcd().endpoint())
        .arg("--state-file")
        .arg(state)
        .args(["--mysql-user", crate::support::mariadb::VTORC_USER])
        .args(["--repl-user", crate::support::mariadb::REPL_USER])
        .arg("--mysql-password-file")
        .arg(s.dir().join("mysql.pass"))
        .arg("--repl-password-file")
        .arg(s.dir().join("repl.pass"))
        .args(args)
        .output()
        .expect("spawn vtorc-rs");
    Run::from(out)
}

fn recover_on(s: &TestShard, state: &Path) -> Run {
    on(s, state, &["recover", "--topo-information-refresh-duration", "0s"])
}

/// What must not move when a recovery is refused: each server's read_only, GTID positions
/// and replication source, and the Tablet/Shard records.
fn snapshot(s: &TestShard) -> (Vec<String>, String) {
    let mysql = s
        .tablets()
        .iter()
        .map(|t| {
            let n = s.node(&t.alias);
            match n.try_sql("SELECT @@global.read_only, @@gtid_binlog_pos, @@gtid_slave_pos") {
                Err(_) => format!("{}: down", t.alias),
                Ok(rows) => format!(
                    "{}: {rows:?} source={:?} sql={:?}",
                    t.alias,
                    n.slave_status("Master_Port"),
                    n.slave_status("Slave_SQL_Running")
                ),
            }
        })
        .collect();
    (mysql, format!("{:?} {}", tablets_json(s), shard_json(s)))
}

#[test]
fn a_failover_by_one_host_blocks_the_next_on_another_until_ack() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    let (a, b) = (host(&s, "a"), host(&s, "b"));
    kill_primary(&s, "zone1-101");
    let r = recover_on(&s, &a).expect_code(0);
    assert!(r.stdout.contains("RECOVERED"), "host A fails over: {r:#?}");
    let first = shard_primary(&s);
    assert_ne!(first, "zone1-101");

    // Host B never saw that failover in its own state file; etcd tells it.
    kill_primary(&s, &first);
    let r = recover_on(&s, &b).expect_code(1);
    assert!(r.stdout.contains("BLOCKED") && r.stdout.contains("anti-flapping"), "{r:#?}");
    assert!(r.stdout.contains("vtorc-rs ack ks/0"), "says how to lift it: {}", r.stdout);
    assert_eq!(shard_primary(&s), first, "host B did not fail over again");
    assert!(writable(&s).is_empty(), "nobody was promoted");
    assert!(
        !s.etcd().keys(&format!("{VTORC_RS_KEYS}blocks/ks/0")).is_empty(),
        "the block is in etcd: {:?}",
        s.etcd().keys(VTORC_RS_KEYS)
    );
    let list = on(&s, &b, &["--json", "recoveries", "list"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&list.stdout).expect("recoveries list JSON");
    let blocks = v["blocks"].as_array().cloned().unwrap_or_default();
    assert!(
        blocks.iter().any(|b| b["keyspace"] == "ks" && b["shard"] == "0"),
        "host B lists host A's block from etcd: {v:#}"
    );

    // Host B lifts it (its own state file never had it) and fails over.
    let r = on(&s, &b, &["ack", "ks/0"]).expect_code(0);
    assert!(r.stdout.contains("lifted"), "{r:#?}");
    let r = recover_on(&s, &b).expect_code(0);
    assert!(r.stdout.contains("RECOVERED"), "after ack: {r:#?}");
    let second = shard_primary(&s);
    assert!(second != first && second != "zone1-101", "{second}");
    assert_eq!(writable(&s), vec![second]);
}

#[test]
fn recoveries_disabled_on_one_host_stop_recover_on_another() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    let (a, b) = (host(&s, "a"), host(&s, "b"));
    kill_primary(&s, "zone1-101");
    on(&s, &a, &["recoveries", "disable"]).expect_code(0);
    let before = snapshot(&s);
    let r = recover_on(&s, &b).expect_code(1);
    assert!(r.stdout.contains("BLOCKED") && r.stdout.contains("disabled globally"), "{r:#?}");
    assert_eq!(snapshot(&s), before, "host B changed nothing");
    let list = on(&s, &b, &["--json", "recoveries", "list"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&list.stdout).expect("recoveries list JSON");
    assert_eq!(v["recoveries_disabled_globally"], true, "{v:#}");

    // Enabled again from host B, host A (whose own file said disabled) recovers.
    on(&s, &b, &["recoveries", "enable"]).expect_code(0);
    let r = recover_on(&s, &a).expect_code(0);
    assert!(r.stdout.contains("RECOVERED"), "{r:#?}");
    assert_ne!(shard_primary(&s), "zone1-101");
}

#[test]
fn an_unreadable_gate_refuses_the_failover_before_any_change() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill_primary(&s, "zone1-101");
    let before = snapshot(&s);

    // etcd answers everything but vtorc-rs's own keys.
    let proxy = EtcdProxy::start(&format!("http://{}", s.etcd().endpoint()));
    proxy.drop_keys_under(VTORC_RS_KEYS);
    let r = s.run_via(&proxy.endpoint(), &["recover", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 3, "could not run, not a success: {r:#?}");
    assert!(r.stdout.contains(VTORC_RS_KEYS), "names the unreadable key: {r:#?}");
    assert!(!r.stdout.contains("RECOVERED"), "{r:#?}");
    assert_eq!(snapshot(&s), before, "nothing changed in MySQL or the topology");
    assert!(writable(&s).is_empty());

    // etcd down altogether (the stored topology is fresh, so the check itself still runs).
    let r = s.run_via("127.0.0.1:1", &["recover"]);
    assert_eq!(r.code, 3, "{r:#?}");
    assert!(r.stdout.contains(VTORC_RS_KEYS), "names the unreadable key: {r:#?}");
    assert_eq!(snapshot(&s), before, "nothing changed with etcd down");

    // With etcd readable the same failover goes ahead.
    drop(proxy);
    recover_ok(&s, &[]);
    assert_ne!(shard_primary(&s), "zone1-101");
}
