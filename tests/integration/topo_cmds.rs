//! `discover`, `set-durability` and `topo ...` against a private etcd: records written by the
//! binary decode with prost (Vitess field numbers) and the other way round, unknown fields
//! survive a read-modify-write byte-for-byte, bad records are reported by key, and the shard lock
//! refuses when another holder (written the way Vitess writes it) has it.

use crate::support::cmd::{self, Run};
use crate::support::etcd::Etcd;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const G: &str = "/vitess/global";

use crate::support::vt;

use prost::Message as _;

struct T {
    etcd: Etcd,
    _dir: tempfile::TempDir,
    state: PathBuf,
}

impl T {
    fn new() -> T {
        let etcd = Etcd::start();
        let dir = tempfile::tempdir().expect("tempdir");
        let state = dir.path().join("vtorc.db");
        T { etcd, _dir: dir, state }
    }
    fn run(&self, args: &[&str]) -> Run {
        cmd::run(&self.etcd.endpoint(), &self.state, args)
    }
    /// zone1 with a keyspace `ks` (policy none), primary zone1-101 and replica zone1-102.
    fn sandbox(&self) {
        self.run(&["topo", "add-cell", "zone1"]).expect_code(0);
        self.run(&["topo", "create-keyspace", "ks", "--durability-policy", "none"]).expect_code(0);
        for (alias, ty, port) in
            [("zone1-101", "primary", "3306"), ("zone1-102", "replica", "3307")]
        {
            self.run(&[
                "topo",
                "add-tablet",
                alias,
                "--keyspace",
                "ks",
                "--shard",
                "0",
                "--type",
                ty,
                "--mysql-host",
                "127.0.0.1",
                "--mysql-port",
                port,
            ])
            .expect_code(0);
        }
    }
}

fn alias(cell: &str, uid: u32) -> Option<vt::TabletAlias> {
    Some(vt::TabletAlias { cell: cell.into(), uid })
}

#[test]
fn topo_commands_register_records_vitess_can_read() {
    let t = T::new();
    t.sandbox();

    // CellInfo, Keyspace, Shard, ShardReplication and Tablet decode with Vitess's schema.
    let ci =
        vt::CellInfo::decode(&t.etcd.get_raw(&format!("{G}/cells/zone1/CellInfo")).unwrap()[..])
            .unwrap();
    assert_eq!(
        ci,
        vt::CellInfo { server_address: t.etcd.endpoint(), root: "/vitess/zone1".into() }
    );
    let ks =
        vt::Keyspace::decode(&t.etcd.get_raw(&format!("{G}/keyspaces/ks/Keyspace")).unwrap()[..])
            .unwrap();
    assert_eq!(ks.durability_policy, "none");
    let shard = vt::Shard::decode(
        &t.etcd.get_raw(&format!("{G}/keyspaces/ks/shards/0/Shard")).unwrap()[..],
    )
    .unwrap();
    assert_eq!(shard.primary_alias, alias("zone1", 101));
    assert!(shard.is_primary_serving);
    let term = shard.primary_term_start_time.clone().expect("shard term");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
        as i64;
    assert!((now - term.seconds).abs() < 60, "term {term:?} is now");
    let primary = vt::Tablet::decode(
        &t.etcd.get_raw("/vitess/zone1/tablets/zone1-0000000101/Tablet").unwrap()[..],
    )
    .unwrap();
    assert_eq!(primary.alias, alias("zone1", 101));
    assert_eq!((primary.keyspace.as_str(), primary.shard.as_str(), primary.r#type), ("ks", "0", 1));
    assert_eq!((primary.mysql_hostname.as_str(), primary.mysql_port), ("127.0.0.1", 3306));
    assert_eq!(primary.primary_term_start_time, Some(term), "tablet and shard share the term");
    let replica = vt::Tablet::decode(
        &t.etcd.get_raw("/vitess/zone1/tablets/zone1-0000000102/Tablet").unwrap()[..],
    )
    .unwrap();
    assert_eq!((replica.r#type, replica.primary_term_start_time), (2, None));
    let sr = vt::ShardReplication::decode(
        &t.etcd.get_raw("/vitess/zone1/keyspaces/ks/shards/0/ShardReplication").unwrap()[..],
    )
    .unwrap();
    let nodes: Vec<_> = sr.nodes.iter().map(|n| n.tablet_alias.clone()).collect();
    assert_eq!(nodes, vec![alias("zone1", 101), alias("zone1", 102)]);

    // get-tablets: one line per tablet, zero-padded aliases; a dead first endpoint is skipped.
    let dead = format!("127.0.0.1:{}", crate::support::free_port());
    let both = format!("{dead},{}", t.etcd.endpoint());
    let r = cmd::run(&both, &t.state, &["topo", "get-tablets"]).expect_code(0);
    assert_eq!(
        r.stdout,
        "zone1-0000000101 ks 0 primary 127.0.0.1:3306\nzone1-0000000102 ks 0 replica 127.0.0.1:3307\n"
    );
    let r =
        t.run(&["--json", "topo", "get-tablets", "--cell", "zone1", "--shard", "0"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    let r = t.run(&["topo", "get-tablets", "--keyspace", "other"]).expect_code(0);
    assert_eq!(r.stdout, "");
    let r = t.run(&["topo", "get-keyspaces"]).expect_code(0);
    assert_eq!(r.stdout, "ks durability=none\n");
    let r = t.run(&["topo", "get-shard", "ks/0"]).expect_code(0);
    assert!(r.stdout.contains("primary: zone1-0000000101"), "{}", r.stdout);
    assert!(r.stdout.contains("lock: -"), "{}", r.stdout);
    let r = t.run(&["topo", "get-tablet", "zone1-102"]).expect_code(0);
    assert_eq!(r.stdout, "zone1-0000000102 ks 0 replica 127.0.0.1:3307\n");
    let r = t.run(&["topo", "get-tablet", "zone1-109"]).expect_code(1);
    assert!(
        r.stderr.contains("/vitess/zone1/tablets/zone1-0000000109/Tablet not found"),
        "{}",
        r.stderr
    );

    // Registering twice is refused by key.
    let r = t.run(&["topo", "add-cell", "zone1"]).expect_code(3);
    assert!(
        r.stderr.contains("/vitess/global/cells/zone1/CellInfo already exists"),
        "{}",
        r.stderr
    );
    let r = t.run(&[
        "topo",
        "add-tablet",
        "zone2-1",
        "--keyspace",
        "ks",
        "--shard",
        "0",
        "--type",
        "replica",
        "--mysql-host",
        "h",
        "--mysql-port",
        "1",
    ]);
    let r = r.expect_code(1);
    assert!(r.stderr.contains("/vitess/global/cells/zone2/CellInfo not found"), "{}", r.stderr);
}

#[test]
fn remove_tablet_updates_shard_replication_and_guards_the_primary() {
    let t = T::new();
    t.sandbox();
    t.run(&["topo", "remove-tablet", "zone1-102"]).expect_code(0);
    assert!(t.etcd.get_raw("/vitess/zone1/tablets/zone1-0000000102/Tablet").is_none());
    let sr = vt::ShardReplication::decode(
        &t.etcd.get_raw("/vitess/zone1/keyspaces/ks/shards/0/ShardReplication").unwrap()[..],
    )
    .unwrap();
    assert_eq!(sr.nodes.len(), 1);
    let r = t.run(&["topo", "get-tablets"]).expect_code(0);
    assert_eq!(r.stdout, "zone1-0000000101 ks 0 primary 127.0.0.1:3306\n");

    let r = t.run(&["topo", "remove-tablet", "zone1-101"]).expect_code(3);
    assert!(r.stderr.contains("--allow-primary"), "{}", r.stderr);
    let before = vt::Shard::decode(
        &t.etcd.get_raw(&format!("{G}/keyspaces/ks/shards/0/Shard")).unwrap()[..],
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    t.run(&["topo", "remove-tablet", "zone1-101", "--allow-primary"]).expect_code(0);
    let after = vt::Shard::decode(
        &t.etcd.get_raw(&format!("{G}/keyspaces/ks/shards/0/Shard")).unwrap()[..],
    )
    .unwrap();
    assert_eq!(after.primary_alias, None, "PrimaryTabletDeleted: no primary alias");
    assert!(
        after.primary_term_start_time.unwrap().seconds
            > before.primary_term_start_time.unwrap().seconds
    );
    assert!(t.etcd.get_raw("/vitess/zone1/keyspaces/ks/shards/0/ShardReplication").is_none());
    let r = t.run(&["topo", "remove-tablet", "zone1-101"]).expect_code(1);
    assert!(
        r.stderr.contains("/vitess/zone1/tablets/zone1-0000000101/Tablet not found"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_names_and_values_are_usage_errors() {
    let t = T::new();
    let rev = t.etcd.revision();
    let cases: &[(&[&str], &str)] = &[
        (&["topo", "create-keyspace", "a b"], "\"a b\""),
        (&["topo", "create-keyspace", "a/b"], "\"a/b\""),
        (&["topo", "create-keyspace", ""], "empty"),
        (&["topo", "create-keyspace", "ks", "--durability-policy", "fast"], "'fast'"),
        (&["topo", "add-cell", "zo\tne"], "zo\\tne"),
        (&["topo", "get-shard", "ks"], "<keyspace>/<shard>"),
        (&["topo", "get-shard", "ks/a b"], "\"a b\""),
        (&["topo", "remove-tablet", "zone1"], "\"zone1\""),
        (
            &[
                "topo",
                "add-tablet",
                "zone1-1",
                "--keyspace",
                "ks",
                "--shard",
                "x/y",
                "--type",
                "replica",
                "--mysql-host",
                "h",
                "--mysql-port",
                "1",
            ],
            "\"x/y\"",
        ),
        (
            &[
                "topo",
                "add-tablet",
                "zone1-1",
                "--keyspace",
                "ks",
                "--shard",
                "0",
                "--type",
                "boss",
                "--mysql-host",
                "h",
                "--mysql-port",
                "1",
            ],
            "boss",
        ),
        (&["set-durability", "k\u{1}s", "none"], "k\\u{1}s"),
    ];
    for (args, needle) in cases {
        let r = t.run(args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(r.stderr.contains(needle), "{args:?}: stderr lacks {needle:?}: {}", r.stderr);
    }
    assert_eq!(t.etcd.revision(), rev, "nothing was written");
}

#[test]
fn set_durability_refuses_unknown_policy_and_keyspace() {
    let t = T::new();
    t.sandbox();
    let key = format!("{G}/keyspaces/ks/Keyspace");
    let before = t.etcd.get_raw(&key).unwrap();
    let rev = t.etcd.revision();
    let r = t.run(&["set-durability", "ks", "semi-sync"]).expect_code(2);
    for p in [
        "none",
        "semi_sync",
        "cross_cell",
        "semi_sync_with_rdonly_ack",
        "cross_cell_with_rdonly_ack",
    ] {
        assert!(r.stderr.contains(p), "valid names listed: {}", r.stderr);
    }
    assert_eq!(t.etcd.revision(), rev, "nothing written");
    assert_eq!(t.etcd.get_raw(&key).unwrap(), before);

    let r = t.run(&["set-durability", "nope", "none"]).expect_code(1);
    assert!(r.stderr.contains("/vitess/global/keyspaces/nope/Keyspace"), "{}", r.stderr);

    let r = t.run(&["set-durability", "ks", "semi_sync"]).expect_code(0);
    assert_eq!(r.stdout, "keyspace ks: durability policy none -> semi_sync\n");
    let r = t.run(&["topo", "get-keyspaces"]).expect_code(0);
    assert_eq!(r.stdout, "ks durability=semi_sync\n");
}

/// A Keyspace record from a newer Vitess (field 99, a nested unknown inside vtorc_state, field
/// 200 bytes) keeps every byte except the durability policy it changes, which stays in place.
#[test]
fn set_durability_keeps_unknown_fields_byte_for_byte() {
    let t = T::new();
    let key = format!("{G}/keyspaces/ks/Keyspace");
    let seg_type: &[u8] = &[0x28, 0x01]; // keyspace_type (5) = SNAPSHOT
    let seg_policy_old: &[u8] = &[0x42, 0x04, b'n', b'o', b'n', b'e']; // durability_policy (8)
    let seg_99: &[u8] = &[0x98, 0x06, 0x96, 0x01]; // field 99 varint 150
                                                   // vtorc_state (11) { disable_emergency_reparent (1) = true, 5: "nested" }
    let seg_state: &[u8] =
        &[0x5a, 0x0a, 0x08, 0x01, 0x2a, 0x06, b'n', b'e', b's', b't', b'e', b'd'];
    let seg_200: &[u8] = &[0xc2, 0x0c, 0x03, 0xde, 0xad, 0x00]; // field 200 bytes
    let seg_policy_new: &[u8] = &[0x42, 0x09, b's', b'e', b'm', b'i', b'_', b's', b'y', b'n', b'c'];
    let original = [seg_type, seg_policy_old, seg_99, seg_state, seg_200].concat();
    t.etcd.put_raw(&key, &original);

    t.run(&["set-durability", "ks", "semi_sync"]).expect_code(0);
    let expected = [seg_type, seg_policy_new, seg_99, seg_state, seg_200].concat();
    assert_eq!(t.etcd.get_raw(&key).unwrap(), expected);

    // Setting the same policy again writes nothing.
    let rev = t.etcd.revision();
    t.run(&["set-durability", "ks", "semi_sync"]).expect_code(0);
    assert_eq!(t.etcd.revision(), rev);

    // The known fields still read right (prost ignores the unknown ones).
    let ks = vt::Keyspace::decode(&expected[..]).unwrap();
    assert_eq!((ks.keyspace_type, ks.durability_policy.as_str()), (1, "semi_sync"));
    assert_eq!(ks.vtorc_state, Some(vt::VtorcState { disable_emergency_reparent: true }));
}

/// Records written by prost (as Vitess writes them, with fields vtorc-rs does not model) read
/// correctly through discover and the topo commands.
#[test]
fn prost_encoded_records_decode() {
    let t = T::new();
    let ep = t.etcd.endpoint();
    let put = |k: &str, m: &dyn Fn() -> Vec<u8>| t.etcd.put_raw(k, &m());
    put(&format!("{G}/cells/zone1/CellInfo"), &|| {
        vt::CellInfo { server_address: ep.clone(), root: "/vitess/zone1".into() }.encode_to_vec()
    });
    put(&format!("{G}/keyspaces/commerce/Keyspace"), &|| {
        vt::Keyspace {
            keyspace_type: 0,
            durability_policy: "semi_sync".into(),
            sidecar_db_name: "_vt".into(),
            vtorc_state: Some(vt::VtorcState { disable_emergency_reparent: true }),
        }
        .encode_to_vec()
    });
    put(&format!("{G}/keyspaces/commerce/shards/-80/Shard"), &|| {
        vt::Shard {
            primary_alias: alias("zone1", 100),
            key_range: Some(vt::KeyRange { start: vec![], end: vec![0x80] }),
            is_primary_serving: true,
            primary_term_start_time: Some(vt::Time { seconds: 1_700_000_000, nanoseconds: 123 }),
            vtorc_state: None,
        }
        .encode_to_vec()
    });
    put("/vitess/zone1/tablets/zone1-0000000100/Tablet", &|| {
        vt::Tablet {
            alias: alias("zone1", 100),
            hostname: "vttablet-100".into(),
            port_map: HashMap::from([("vt".to_string(), 15100), ("grpc".to_string(), 16100)]),
            keyspace: "commerce".into(),
            shard: "-80".into(),
            key_range: Some(vt::KeyRange { start: vec![], end: vec![0x80] }),
            r#type: 1,
            mysql_hostname: "db-100".into(),
            mysql_port: 17100,
            primary_term_start_time: Some(vt::Time { seconds: 1_700_000_000, nanoseconds: 123 }),
        }
        .encode_to_vec()
    });

    let r = t.run(&["topo", "get-tablets"]).expect_code(0);
    assert_eq!(r.stdout, "zone1-0000000100 commerce -80 primary db-100:17100\n");
    let r = t.run(&["--json", "topo", "get-shard", "commerce/-80"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["primary_alias"]["cell"], "zone1");
    assert_eq!(v["primary_alias"]["uid"], 100);
    assert_eq!(v["primary_term_start_time"]["seconds"], 1_700_000_000i64);
    assert_eq!(v["primary_term_start_time"]["nanoseconds"], 123);
    let r = t.run(&["--json", "topo", "get-keyspaces"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v[0]["durability_policy"], "semi_sync");
    assert_eq!(v[0]["disable_emergency_reparent"], true);

    let r = t.run(&["--json", "discover"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["cells"], serde_json::json!(["zone1"]));
    assert_eq!(v["shards"], serde_json::json!(["commerce/-80"]));
    assert_eq!(v["tablets"], 1);
    assert_eq!(v["added"], serde_json::json!(["zone1-0000000100"]));

    // set-durability on a prost record keeps sidecar_db_name (a field vtorc-rs does not model).
    t.run(&["set-durability", "commerce", "none"]).expect_code(0);
    let ks = vt::Keyspace::decode(
        &t.etcd.get_raw(&format!("{G}/keyspaces/commerce/Keyspace")).unwrap()[..],
    )
    .unwrap();
    assert_eq!((ks.durability_policy.as_str(), ks.sidecar_db_name.as_str()), ("none", "_vt"));
    assert_eq!(ks.vtorc_state, Some(vt::VtorcState { disable_emergency_reparent: true }));
}

#[test]
fn discover_reports_garbage_records_and_keeps_the_rest() {
    let t = T::new();
    t.sandbox();
    let bad = "/vitess/zone1/tablets/zone1-0000000199/Tablet";
    t.etcd.put_raw(bad, &[0x0a, 0x05, 0x01]); // alias field claims 5 bytes, has 1
    let r = t.run(&["discover"]).expect_code(1);
    assert!(r.stderr.contains(bad), "{}", r.stderr);
    assert!(r.stdout.contains("tablets: 2 (1 primary, 1 replica)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("since last discover: 2 added, 0 changed, 0 removed"),
        "{}",
        r.stdout
    );

    t.etcd.put_raw(bad, b"");
    let r = t.run(&["discover"]).expect_code(1);
    assert!(r.stderr.contains("no alias"), "{}", r.stderr);
    assert!(r.stdout.contains("0 added, 0 changed, 0 removed"), "{}", r.stdout);
}

#[test]
fn discover_diffs_against_the_last_run() {
    let t = T::new();
    t.sandbox();
    let r = t.run(&["discover"]).expect_code(0);
    assert_eq!(
        r.stdout,
        "cells: 1 (zone1)\nkeyspaces: 1 (ks)\nshards: 1 (ks/0)\ntablets: 2 (1 primary, 1 replica)\n\
         since last discover: 2 added, 0 changed, 0 removed\n  + zone1-0000000101\n  + zone1-0000000102\n"
    );
    t.run(&["topo", "remove-tablet", "zone1-102"]).expect_code(0);
    t.run(&[
        "topo",
        "add-tablet",
        "zone1-103",
        "--keyspace",
        "ks",
        "--shard",
        "0",
        "--type",
        "rdonly",
        "--mysql-host",
        "127.0.0.1",
        "--mysql-port",
        "3308",
    ])
    .expect_code(0);
    let r = t.run(&["--json", "discover"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["added"], serde_json::json!(["zone1-0000000103"]));
    assert_eq!(v["removed"], serde_json::json!(["zone1-0000000102"]));
    assert_eq!(v["errors"], serde_json::json!([]));

    // --clusters-to-watch keeps other keyspaces out.
    let r = t.run(&["--clusters-to-watch", "other", "discover"]).expect_code(0);
    assert!(r.stdout.contains("tablets: 0"), "{}", r.stdout);
}

#[test]
fn discover_exits_3_naming_the_endpoint_when_etcd_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let ep = format!("127.0.0.1:{}", crate::support::free_port());
    let r = cmd::run(&ep, &dir.path().join("s.db"), &["discover"]).expect_code(3);
    assert!(r.stderr.contains(&ep), "{}", r.stderr);
    assert!(r.stderr.contains("/vitess/global/cells/"), "{}", r.stderr);
}

/// A cell whose CellInfo points at another etcd is read from that etcd.
#[test]
fn cells_in_another_etcd_are_read_there() {
    let t = T::new();
    let other = Etcd::start();
    t.sandbox();
    t.run(&["topo", "add-cell", "zone2", "--server-address", &other.endpoint()]).expect_code(0);
    t.run(&[
        "topo",
        "add-tablet",
        "zone2-201",
        "--keyspace",
        "ks",
        "--shard",
        "0",
        "--type",
        "replica",
        "--mysql-host",
        "127.0.0.1",
        "--mysql-port",
        "3309",
    ])
    .expect_code(0);
    assert!(other.get_raw("/vitess/zone2/tablets/zone2-0000000201/Tablet").is_some());
    assert!(t.etcd.get_raw("/vitess/zone2/tablets/zone2-0000000201/Tablet").is_none());
    let r = t.run(&["topo", "get-tablets", "--cell", "zone2"]).expect_code(0);
    assert_eq!(r.stdout, "zone2-0000000201 ks 0 replica 127.0.0.1:3309\n");

    // The other etcd down: its cell is reported, zone1 still read, the state file untouched.
    drop(other);
    let r = t.run(&["discover"]).expect_code(1);
    assert!(r.stderr.contains("/vitess/zone2/tablets/"), "{}", r.stderr);
    assert!(r.stdout.contains("tablets: 2"), "{}", r.stdout);
    assert!(r.stdout.contains("state file not updated"), "{}", r.stdout);
}

/// A lock taken the way Vitess takes it (lease + key under locks/) makes try-lock fail at once,
/// naming the holder; once it is released the lock can be taken, and the key written has
/// Vitess's JSON body and disappears on release.
#[test]
fn shard_lock_is_exclusive_with_vitess_holders() {
    let t = T::new();
    t.sandbox();
    let prefix = format!("{G}/keyspaces/ks/shards/0/locks/");
    let lease = t.etcd.lease_grant(30);
    let body = "{\n  \"Action\": \"EmergencyReparentShard\",\n  \"HostName\": \"vtctld-1\",\n  \"UserName\": \"vitess\",\n  \"Time\": \"2026-03-27T12:00:00+01:00\",\n  \"Options\": {},\n  \"Status\": \"Running\"\n}";
    t.etcd.put_with_lease(&format!("{prefix}{lease}"), body.as_bytes(), lease);

    let started = Instant::now();
    let r = t.run(&["topo", "lock-shard", "ks/0"]).expect_code(3);
    assert!(started.elapsed() < Duration::from_secs(3), "try-lock does not wait");
    assert!(r.stderr.contains("vitess@vtctld-1"), "{}", r.stderr);
    assert!(r.stderr.contains("EmergencyReparentShard"), "{}", r.stderr);
    assert_eq!(t.etcd.keys(&prefix).len(), 1, "the failed attempt left nothing behind");

    t.etcd.lease_revoke(lease);
    let child = crate::support::cmd::vtorc()
        .args(["--topo-global-server-address", &t.etcd.endpoint(), "topo", "lock-shard", "ks/0"])
        .args([
            "--action",
            "VTOrc Recovery for DeadPrimary on zone1-0000000101",
            "--hold",
            "3s",
            "--ttl",
            "5s",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    let keys = loop {
        let k = t.etcd.keys(&prefix);
        if !k.is_empty() || Instant::now() > deadline {
            break k;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(keys.len(), 1, "lock key written");
    let held: serde_json::Value =
        serde_json::from_slice(&t.etcd.get_raw(&keys[0]).unwrap()).unwrap();
    assert_eq!(held["Action"], "VTOrc Recovery for DeadPrimary on zone1-0000000101");
    assert_eq!(held["Status"], "Running");
    assert_eq!(held["Options"], serde_json::json!({}));
    let id: i64 = keys[0].strip_prefix(&prefix).unwrap().parse().expect("key is the lease ID");
    assert!(id != 0);
    // Meanwhile a second locker is refused with our holder's action.
    let r = t.run(&["topo", "lock-shard", "ks/0"]).expect_code(3);
    assert!(r.stderr.contains("DeadPrimary on zone1-0000000101"), "{}", r.stderr);
    let r = t.run(&["topo", "get-shard", "ks/0"]).expect_code(0);
    assert!(r.stdout.contains("lock: held by "), "{}", r.stdout);
    assert!(r.stdout.contains("DeadPrimary on zone1-0000000101"), "{}", r.stdout);
    let out = Run::from(child.wait_with_output().unwrap()).expect_code(0);
    assert!(
        out.stdout.starts_with("locked /vitess/global/keyspaces/ks/shards/0/locks/"),
        "{}",
        out.stdout
    );
    assert!(t.etcd.keys(&prefix).is_empty(), "released");

    let r = t.run(&["topo", "lock-shard", "ks/9"]).expect_code(1);
    assert!(
        r.stderr.contains("/vitess/global/keyspaces/ks/shards/9/Shard not found"),
        "{}",
        r.stderr
    );
}

/// 3 cells x 1000 tablets: discover reads each cell's tablets with one prefix range (paged),
/// never one request per tablet.
#[test]
fn discover_3000_tablets_uses_one_prefix_range_per_cell() {
    let t = T::new();
    t.run(&["topo", "create-keyspace", "ks", "--durability-policy", "semi_sync"]).expect_code(0);
    let mut items = Vec::new();
    for (ci, cell) in ["zone1", "zone2", "zone3"].iter().enumerate() {
        t.run(&["topo", "add-cell", cell]).expect_code(0);
        for i in 0..1000u32 {
            let uid = (ci as u32 + 1) * 10_000 + i;
            let shard = ["-40", "40-80", "80-c0", "c0-"][(i % 4) as usize].to_string();
            let tab = vt::Tablet {
                alias: alias(cell, uid),
                hostname: format!("h{uid}"),
                port_map: HashMap::from([("vt".to_string(), 15000)]),
                keyspace: "ks".into(),
                shard,
                key_range: None,
                r#type: if i < 4 { 1 } else { 2 },
                mysql_hostname: format!("db{uid}"),
                mysql_port: 3306,
                primary_term_start_time: None,
            };
            items.push((
                format!("/vitess/{cell}/tablets/{cell}-{uid:010}/Tablet"),
                tab.encode_to_vec(),
            ));
        }
    }
    t.etcd.put_many(&items);

    let started = Instant::now();
    let r = t.run(&["-v", "discover"]).expect_code(0);
    let took = started.elapsed();
    eprintln!("discover of 3 cells x 1000 tablets took {took:?}");
    assert!(r.stdout.contains("tablets: 3000 (12 primary, 2988 replica)"), "{}", r.stdout);
    assert!(r.stdout.contains("3000 added"), "{}", r.stdout);
    // cells + keyspaces + one per cell; each range is 2 pages of 500 for 1000 tablets.
    assert!(
        r.stderr.contains("etcd: 8 requests, 5 prefix ranges (8 pages)"),
        "request counts: {}",
        r.stderr
    );
    let r = t.run(&["-v", "discover"]).expect_code(0);
    assert!(r.stdout.contains("0 added, 0 changed, 0 removed"), "{}", r.stdout);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

/// A holder that dies keeps the lock only until its lease expires; a holder whose lease is
/// revoked under it finds out when it checks (exit 3, "lost topology lock").
#[test]
fn shard_lock_expires_with_a_dead_holder_and_loss_is_detected() {
    let t = T::new();
    t.sandbox();
    let prefix = format!("{G}/keyspaces/ks/shards/0/locks/");
    let spawn = |hold: &str| {
        crate::support::cmd::vtorc()
            .args([
                "--topo-global-server-address",
                &t.etcd.endpoint(),
                "topo",
                "lock-shard",
                "ks/0",
            ])
            .args(["--hold", hold, "--ttl", "2s"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let wait_keys = |want_empty: bool, secs: u64| {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let k = t.etcd.keys(&prefix);
            if k.is_empty() == want_empty || Instant::now() > deadline {
                return k;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    };

    let mut child = spawn("60s");
    assert_eq!(wait_keys(false, 5).len(), 1, "lock taken");
    child.kill().unwrap(); // SIGKILL: no release
    child.wait().unwrap();
    let killed = Instant::now();
    assert!(wait_keys(true, 8).is_empty(), "lock key gone once the 2 s lease expired");
    assert!(killed.elapsed() > Duration::from_millis(500), "not released early: the lease did it");

    let child = spawn("3s");
    let keys = wait_keys(false, 5);
    assert_eq!(keys.len(), 1);
    let lease: i64 = keys[0].strip_prefix(&prefix).unwrap().parse().unwrap();
    t.etcd.lease_revoke(lease);
    let r = Run::from(child.wait_with_output().unwrap()).expect_code(3);
    assert!(r.stderr.contains("lost topology lock"), "{}", r.stderr);
}
