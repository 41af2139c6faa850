//! Records that decode but cannot be what they say (bad_input.rs has the ones that do not
//! decode): a tablet record whose alias is not the one in its key, a tablet whose MySQL port is
//! outside 1-65535, and a Shard record whose primary names no tablet. Each is reported with its
//! etcd key; such a tablet is never probed nor acted on, and nothing is "repaired" around it.

use crate::bad_input::{check_survives, put_varint, replace_field, tablet_key, varint_field};
use crate::recover_common::*;
use crate::support::shard::{ShardOpts, TestShard};

/// A length-delimited field `n` holding `body` (an embedded message).
fn message_field(n: u32, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, (u64::from(n) << 3) | 2);
    put_varint(&mut out, body.len() as u64);
    out.extend_from_slice(body);
    out
}

/// `topodata.TabletAlias {cell, uid}` as tablet field 1.
fn alias_field(cell: &str, uid: u32) -> Vec<u8> {
    let mut body = Vec::new();
    put_varint(&mut body, (1 << 3) | 2);
    put_varint(&mut body, cell.len() as u64);
    body.extend_from_slice(cell.as_bytes());
    body.extend_from_slice(&varint_field(2, u64::from(uid)));
    message_field(1, &body)
}

/// zone1-101 is the only writable server and the replicas still replicate from it.
fn assert_unchanged(s: &TestShard) {
    assert_eq!(writable(s), vec!["zone1-101".to_string()]);
    assert!(s.node("zone1-101").sql("SHOW SLAVE STATUS").is_empty());
    for r in ["zone1-102", "zone1-103"] {
        assert_replicates_from(s, r, "zone1-101");
    }
}

/// Runs recover three times; asserts nothing was recovered and returns the outputs.
fn recover_changes_nothing(s: &TestShard) -> String {
    let mut all = String::new();
    for _ in 0..3 {
        let r = recover(s, &[]);
        let out = format!("exit {}\nstdout:\n{}\nstderr:\n{}\n", r.code, r.stdout, r.stderr);
        assert!(!out.contains("panicked"), "{out}");
        assert!(!r.stdout.contains("RECOVERED"), "a recovery ran:\n{out}");
        all.push_str(&out);
    }
    assert_unchanged(s);
    all
}

/// zone1-102's record copied under the key of zone1-199 (its alias still says 102): reported
/// with the key, not taken for a second zone1-102, never probed.
#[test]
fn invalid_records_tablet_alias_differs_from_its_key() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let raw = s.etcd().get_raw(&tablet_key(&s, "zone1-102")).expect("tablet record");
    let key = "/vitess/zone1/tablets/zone1-0000000199/Tablet";
    s.etcd().put_raw(key, &raw);
    let (code, all, v) = check_survives(&s, "alias differs from key");
    assert_eq!(code, 1, "an invalid record is a problem:\n{all}");
    assert!(all.contains(key), "the key is named:\n{all}");
    assert!(all.contains("zone1-0000000102"), "the record's own alias is named:\n{all}");
    assert_eq!(v["tablets"].as_u64(), Some(3), "the record is not a tablet:\n{all}");
    recover_changes_nothing(&s);
}

/// Tablet records with MySQL ports 0, 70000 and -1: reported with the key, never probed.
#[test]
fn invalid_records_port_outside_1_to_65535() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let raw = s.etcd().get_raw(&tablet_key(&s, "zone1-103")).expect("tablet record");
    for (uid, port) in [(197u32, 0i64), (198, 70_000), (199, -1)] {
        let key = format!("/vitess/zone1/tablets/zone1-{uid:010}/Tablet");
        let rec = replace_field(&raw, 1, alias_field("zone1", uid));
        let rec = replace_field(&rec, 13, varint_field(13, port as u64));
        s.etcd().put_raw(&key, &rec);
        let (code, all, v) = check_survives(&s, &format!("port {port}"));
        assert_eq!(code, 1, "an invalid record is a problem:\n{all}");
        assert!(all.contains(&key), "the key is named:\n{all}");
        assert!(all.contains(&format!("port {port}")), "the port is named:\n{all}");
        assert_eq!(v["tablets"].as_u64(), Some(3), "never probed:\n{all}");
        s.etcd().put_raw(&key, b"");
    }
}

/// The PRIMARY record's port corrupted (70000): the primary behind it is alive, so the shard
/// must not look like one whose primary was deleted (a failover would give two writable
/// servers). Reported with the key; no recovery runs.
#[test]
fn invalid_records_primary_record_with_a_bad_port_is_never_failed_over() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let key = tablet_key(&s, "zone1-101");
    let raw = s.etcd().get_raw(&key).expect("tablet record");
    s.etcd().put_raw(&key, &replace_field(&raw, 13, varint_field(13, 70_000)));
    let (code, all, _v) = check_survives(&s, "primary port 70000");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains(&key), "the key is named:\n{all}");
    let out = recover_changes_nothing(&s);
    assert!(out.contains(&key), "recover says why it refuses, naming the key:\n{out}");
    let dry = recover(&s, &["--dry-run"]);
    assert!(dry.stdout.contains(&key), "dry-run names the key:\n{}\n{}", dry.stdout, dry.stderr);
    assert_eq!(shard_primary(&s), "zone1-101");
}

/// The Shard record names zone1-150, which has no tablet record, while zone1-101 is the
/// PRIMARY tablet. VTOrc reads the primary from the tablet records (nothing to recover); the
/// record is reported with the shard's key, and nothing is changed.
#[test]
fn invalid_records_shard_primary_names_a_missing_tablet() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let key = "/vitess/global/keyspaces/ks/shards/0/Shard";
    let raw = s.etcd().get_raw(key).expect("shard record");
    s.etcd().put_raw(key, &replace_field(&raw, 1, alias_field("zone1", 150)));
    let (code, all, _v) = check_survives(&s, "dangling primary_alias");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains(key), "the shard key is named:\n{all}");
    assert!(all.contains("zone1-0000000150"), "the missing tablet is named:\n{all}");
    recover_changes_nothing(&s);
}
