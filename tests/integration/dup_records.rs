//! One MySQL server behind two tablet records (a copy-paste in a deployment, a stale record
//! left by a rebuilt host): the records look like two tablets to the analysis, which then
//! "repairs" the real primary with the other record's recovery. vtorc-rs must report the
//! duplicate, naming both records and the server, and refuse every recovery in the shard until
//! it is resolved: the real primary stays the only writable server, nothing is repointed, reset,
//! promoted or demoted, and the topology records are left as they are.

use crate::recover_common::*;
use crate::support::cmd::Run;
use crate::support::shard::{ShardOpts, TestShard};
use serde_json::Value;

/// Registers an extra tablet record the way the support code registers tablets.
fn add_record(s: &TestShard, alias: &str, tablet_type: &str, host: &str, port: u16) {
    let port = port.to_string();
    let mut args = vec![
        "topo",
        "add-tablet",
        alias,
        "--keyspace",
        s.keyspace(),
        "--shard",
        s.shard(),
        "--type",
        tablet_type,
        "--mysql-host",
        host,
        "--mysql-port",
        &port,
    ];
    // A second PRIMARY record on purpose.
    if tablet_type == "primary" {
        args.push("--allow-primary-override");
    }
    s.run(&args).expect_code(0);
}

/// The `DuplicateTabletServer` problems of a `check --json` document.
fn duplicate_problems(v: &Value) -> Vec<Value> {
    v["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["code"].as_str() == Some("DuplicateTabletServer"))
        .cloned()
        .collect()
}

/// `check` reports the duplicate, and the report names both records.
fn assert_duplicate_reported(s: &TestShard, a: &str, b: &str) {
    let v = s.check_json();
    let dups = duplicate_problems(&v);
    assert!(!dups.is_empty(), "no DuplicateTabletServer reported:\n{v:#}");
    let text = Value::Array(dups.clone()).to_string();
    for alias in [a, b] {
        assert!(text.contains(alias), "the duplicate report does not name {alias}:\n{dups:#?}");
    }
    for p in &dups {
        assert_eq!(p["actionable"].as_bool(), Some(false), "detection only: {p:#}");
    }
}

/// The healthy shard as the test started it: zone1-101 is the only writable server, has no
/// replication configured, and the replicas replicate from it (a new row reaches them).
fn assert_primary_intact(s: &TestShard, tag: &str) {
    let p = s.node("zone1-101");
    assert_eq!(p.sql_one("SELECT @@global.read_only").as_deref(), Some("0"), "primary read-only");
    assert!(p.sql("SHOW SLAVE STATUS").is_empty(), "replication configured on the primary");
    assert_eq!(writable(s), vec!["zone1-101".to_string()], "exactly one writable server");
    for r in ["zone1-102", "zone1-103"] {
        assert_replicates_from(s, r, "zone1-101");
    }
    row_reaches(s, "zone1-101", &["zone1-102", "zone1-103"], tag);
}

/// Runs `recover` a few times; none may recover anything, and the output must say why,
/// naming both records. Returns the last run.
fn recover_refuses(s: &TestShard, a: &str, b: &str) -> Run {
    let mut last = None;
    for i in 0..3 {
        let r = recover(s, &[]);
        let all =
            format!("recover #{i}: exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
        assert!(!all.contains("panicked"), "{all}");
        assert!(!r.stdout.contains("RECOVERED"), "a recovery ran:\n{all}");
        assert_primary_intact(s, &format!("after-recover-{i}"));
        last = Some((r, all));
    }
    let (r, all) = last.expect("ran");
    for alias in [a, b] {
        assert!(r.stdout.contains(alias), "the refusal does not name {alias}:\n{all}");
    }
    r
}

/// `recover --dry-run` shows the same refusal, naming both records.
fn dry_run_refuses(s: &TestShard, a: &str, b: &str) {
    let r = recover(s, &["--dry-run"]);
    let all = format!("dry-run: exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert!(r.stdout.contains("BLOCKED"), "{all}");
    for alias in [a, b] {
        assert!(r.stdout.contains(alias), "the dry-run refusal does not name {alias}:\n{all}");
    }
}

/// A REPLICA record whose MySQL address is the primary's (`host` 127.0.0.1 or localhost).
fn replica_record_on_primary_server(host: &str) {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let port = s.node("zone1-101").port();
    add_record(&s, "zone1-199", "replica", host, port);
    let types_before = types(&s);
    assert_duplicate_reported(&s, "zone1-0000000101", "zone1-0000000199");
    dry_run_refuses(&s, "zone1-0000000101", "zone1-0000000199");
    recover_refuses(&s, "zone1-0000000101", "zone1-0000000199");
    assert_eq!(types(&s), types_before, "tablet records changed");
    assert_eq!(shard_primary(&s), "zone1-101");
    // Still reported: nothing "fixed" it behind the operator's back.
    assert_duplicate_reported(&s, "zone1-0000000101", "zone1-0000000199");
}

#[test]
fn dup_records_replica_record_on_the_primarys_address_is_refused() {
    replica_record_on_primary_server("127.0.0.1");
}

#[test]
fn dup_records_replica_record_on_localhost_and_the_primarys_port_is_refused() {
    replica_record_on_primary_server("localhost");
}

/// A second PRIMARY record with a newer term on a replica's server: nothing is promoted (no
/// election ever compared positions) and the healthy primary is not demoted.
#[test]
fn dup_records_newer_primary_record_on_a_replicas_server_promotes_and_demotes_nothing() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let port = s.node("zone1-102").port();
    add_record(&s, "zone1-199", "primary", "127.0.0.1", port);
    let tablets_before = tablets_json(&s);
    let shard_before = shard_json(&s);
    assert_duplicate_reported(&s, "zone1-0000000102", "zone1-0000000199");
    dry_run_refuses(&s, "zone1-0000000102", "zone1-0000000199");
    recover_refuses(&s, "zone1-0000000102", "zone1-0000000199");
    assert_eq!(tablets_json(&s), tablets_before, "tablet records changed");
    assert_eq!(shard_json(&s), shard_before, "shard record changed");
}
