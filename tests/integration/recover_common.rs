//! Helpers shared by the `recover_*` tests: run `recover` until the shard is healthy, prove that
//! replication works end to end (a new row on the primary reaches every replica), and read the
//! topology records and recovery history through the binary's JSON output.

use crate::support::cmd::Run;
use crate::support::shard::{codes_of, short_alias, TestShard};
use serde_json::Value;
use std::time::{Duration, Instant};

/// `recover --topo-information-refresh-duration 0s <extra>`: the topology is re-read every time,
/// so edits made by the test (and by the previous recover) are seen at once.
pub fn recover(s: &TestShard, extra: &[&str]) -> Run {
    let mut args = vec!["recover", "--topo-information-refresh-duration", "0s"];
    args.extend_from_slice(extra);
    s.run(&args)
}

/// `recover` with `extra` that must exit 0; returns the run.
pub fn recover_ok(s: &TestShard, extra: &[&str]) -> Run {
    recover(s, extra).expect_code(0)
}

/// Runs `recover` until `check` reports nothing (each recover may fix one layer; a fix can
/// reveal the next problem). Panics after `timeout` with the last outputs. Returns how many
/// recover runs it took.
pub fn recover_until_healthy(s: &TestShard, extra: &[&str], timeout: Duration) -> usize {
    let deadline = Instant::now() + timeout;
    let mut runs = 0;
    loop {
        let v = s.check_json();
        if codes_of(&v).is_empty() {
            return runs;
        }
        let r = recover(s, extra);
        runs += 1;
        assert!(
            Instant::now() < deadline,
            "still not healthy after {runs} recover runs ({timeout:?}):\n{v:#}\nlast recover exit {}:\nstdout:\n{}\nstderr:\n{}",
            r.code,
            r.stdout,
            r.stderr
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Inserts a row on `primary` (as root, binlogged) and waits (MASTER_GTID_WAIT, 10 s) until
/// every node in `replicas` applied it; also checks the row itself is there.
pub fn row_reaches(s: &TestShard, primary: &str, replicas: &[&str], tag: &str) {
    let p = s.node(primary);
    p.exec(&format!("INSERT INTO app.t (v) VALUES ('{tag}')"));
    let pos = p.gtid_binlog_pos();
    for r in replicas {
        let n = s.node(r);
        n.wait_replicated(&pos);
        let c = n.sql_one(&format!("SELECT COUNT(*) FROM app.t WHERE v = '{tag}'"));
        assert_eq!(c.as_deref(), Some("1"), "{r} lacks row {tag}");
    }
}

/// Every alias of the shard except `primary`.
pub fn others<'a>(s: &'a TestShard, primary: &str) -> Vec<&'a str> {
    let p = short_alias(primary);
    s.tablets().iter().map(|t| t.alias.as_str()).filter(|a| *a != p).collect()
}

/// `topo get-tablets --json`, keyed by short alias.
pub fn tablets_json(s: &TestShard) -> std::collections::BTreeMap<String, Value> {
    let r = s.run(&["--json", "topo", "get-tablets"]).expect_code(0);
    let v: Value = serde_json::from_str(&r.stdout).expect("get-tablets JSON");
    v.as_array()
        .expect("array")
        .iter()
        .map(|t| {
            let a = format!(
                "{}-{}",
                t["alias"]["cell"].as_str().unwrap_or(""),
                t["alias"]["uid"].as_u64().unwrap_or(0)
            );
            (a, t.clone())
        })
        .collect()
}

/// Vitess tablet type numbers (topodata.TabletType).
pub const PRIMARY: i64 = 1;
pub const REPLICA: i64 = 2;
pub const RDONLY: i64 = 3;

/// The wire type of each tablet, by short alias.
pub fn types(s: &TestShard) -> std::collections::BTreeMap<String, i64> {
    tablets_json(s).into_iter().map(|(a, t)| (a, type_num(&t))).collect()
}

/// The wire number of a `topo get-tablet(s) --json` tablet's `"type"` (an enum name).
pub fn type_num(t: &Value) -> i64 {
    match t["type"].as_str() {
        Some("PRIMARY") => PRIMARY,
        Some("REPLICA") => REPLICA,
        Some("RDONLY") => RDONLY,
        Some(_) => 0,
        None => t["type"].as_i64().unwrap_or(-1),
    }
}

/// `topo get-shard --json` of the test shard.
pub fn shard_json(s: &TestShard) -> Value {
    let name = format!("{}/{}", s.keyspace(), s.shard());
    let r = s.run(&["--json", "topo", "get-shard", &name]).expect_code(0);
    serde_json::from_str(&r.stdout).expect("get-shard JSON")
}

/// Short alias of the shard record's primary.
pub fn shard_primary(s: &TestShard) -> String {
    let v = shard_json(s);
    format!(
        "{}-{}",
        v["primary_alias"]["cell"].as_str().unwrap_or(""),
        v["primary_alias"]["uid"].as_u64().unwrap_or(0)
    )
}

/// Milliseconds of a `{seconds, nanos}` JSON time (None for null).
pub fn time_ms(v: &Value) -> Option<i64> {
    let s = v["seconds"].as_i64()?;
    let n = v["nanoseconds"].as_i64().unwrap_or(0);
    Some(s * 1000 + n / 1_000_000)
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// `recoveries list --json` → the `recoveries` array.
pub fn recoveries(s: &TestShard) -> Vec<Value> {
    let r = s.run(&["--json", "recoveries", "list"]).expect_code(0);
    let v: Value = serde_json::from_str(&r.stdout).expect("recoveries list JSON");
    v["recoveries"].as_array().cloned().unwrap_or_default()
}

/// The nodes that are writable (read_only=0), among those that answer.
pub fn writable(s: &TestShard) -> Vec<String> {
    s.tablets()
        .iter()
        .filter(|t| {
            s.node(&t.alias)
                .try_sql("SELECT @@global.read_only")
                .ok()
                .and_then(|r| r.into_iter().next())
                .and_then(|r| r.into_iter().next())
                .flatten()
                .as_deref()
                == Some("0")
        })
        .map(|t| t.alias.clone())
        .collect()
}

/// Asserts `alias` replicates from `primary` with both threads running (waits up to 10 s for
/// the IO thread to connect).
pub fn assert_replicates_from(s: &TestShard, alias: &str, primary: &str) {
    let want = s.node(primary).port();
    s.node(alias).wait_until(
        &format!("replicating from {primary}"),
        Duration::from_secs(10),
        |n| {
            n.slave_status("Master_Port").and_then(|p| p.parse::<u16>().ok()) == Some(want)
                && n.slave_status("Slave_IO_Running").as_deref() == Some("Yes")
                && n.slave_status("Slave_SQL_Running").as_deref() == Some("Yes")
        },
    );
    assert!(s.node(alias).read_only(), "{alias} is a replica and must be read-only");
}
