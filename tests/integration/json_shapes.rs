//! JSON that jq users can rely on (issue 15 item 8): every command with `--json` prints valid
//! JSON on stdout (`watch --json`: one JSON object per line), `topo get-tablet(s)` and
//! `topo get-shard` use vtctldclient's protojson names and enum names, and the same field has
//! the same name in every command. Real etcd (and MariaDB for watch/check/status).

use crate::support::cmd::{self, Run};
use crate::support::etcd::Etcd;
use crate::support::shard::{ShardOpts, TestShard};
use serde_json::Value;

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{r:#?}"))
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn topo_json_uses_vtctldclient_names_and_every_write_command_prints_json() {
    let etcd = Etcd::start();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("vtorc.db");
    let run = |args: &[&str]| {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        cmd::run(&etcd.endpoint(), &state, &a).expect_code(0)
    };
    let v = json(&run(&["topo", "add-cell", "zone1"]));
    assert_eq!(v["cell"], "zone1", "{v}");
    let v = json(&run(&["topo", "create-keyspace", "ks", "--durability-policy", "none"]));
    assert_eq!(v["keyspace"], "ks", "{v}");
    assert_eq!(v["durability_policy"], "none", "{v}");
    let tablet = |alias: &str, ty: &str, port: &str| {
        json(&run(&[
            "topo",
            "add-tablet",
            alias,
            "--keyspace",
            "ks",
            "--shard",
            "-80",
            "--type",
            ty,
            "--mysql-host",
            "db1",
            "--mysql-port",
            port,
        ]))
    };
    let added = tablet("zone1-101", "primary", "3306");
    tablet("zone1-102", "replica", "3307");

    // vtctldclient GetTablet's shape: protojson with the proto field names and enum names.
    let v = json(&run(&["topo", "get-tablet", "zone1-101"]));
    assert_eq!(v, added, "add-tablet prints the tablet as get-tablet does");
    assert_eq!(
        keys(&v),
        [
            "alias",
            "hostname",
            "key_range",
            "keyspace",
            "mysql_hostname",
            "mysql_port",
            "primary_term_start_time",
            "shard",
            "type"
        ]
    );
    assert_eq!(v["alias"], serde_json::json!({"cell": "zone1", "uid": 101}));
    assert_eq!(v["type"], "PRIMARY");
    assert_eq!(v["key_range"], serde_json::json!({"start": "", "end": "gA=="}));
    assert_eq!(v["mysql_port"], 3306);
    let term = &v["primary_term_start_time"];
    assert!(term["seconds"].as_i64().is_some_and(|s| s > 1_700_000_000), "{v}");
    assert!(term["nanoseconds"].as_i64().is_some(), "{v}");
    let all = json(&run(&["topo", "get-tablets"]));
    assert_eq!(all[0], v, "get-tablets and get-tablet agree");
    assert_eq!(all[1]["type"], "REPLICA");
    assert!(all[1]["primary_term_start_time"].is_null(), "nulls are null: {all}");

    let sh = json(&run(&["topo", "get-shard", "ks/-80"]));
    assert_eq!(sh["primary_alias"], v["alias"], "{sh}");
    assert_eq!(sh["primary_term_start_time"], v["primary_term_start_time"], "{sh}");
    assert!(sh["lock"].is_null(), "{sh}");
    let ks = json(&run(&["topo", "get-keyspaces"]));
    assert_eq!(ks[0]["name"], "ks", "{ks}");
    assert_eq!(ks[0]["keyspace_type"], "NORMAL", "an enum name, as protojson: {ks}");

    let v = json(&run(&["topo", "set-shard-primary", "ks/-80", "--clear"]));
    assert_eq!(v["primary_alias"], Value::Null, "{v}");
    assert_eq!(v["previous_primary_alias"]["uid"], 101, "{v}");
    let v = json(&run(&["topo", "remove-tablet", "zone1-102"]));
    assert_eq!(v["alias"]["uid"], 102, "the removed tablet: {v}");
    let v = json(&run(&["set-durability", "ks", "semi_sync"]));
    assert_eq!(v["durability_policy"], "semi_sync", "{v}");

    // One name per field: the global switch is `recoveries_disabled_globally` everywhere.
    let v = json(&run(&["recoveries", "disable"]));
    assert_eq!(v["recoveries_disabled_globally"], true, "{v}");
    let v = json(&run(&["recoveries", "list"]));
    assert_eq!(v["recoveries_disabled_globally"], true, "{v}");
    let v = json(&run(&["recoveries", "disable", "--keyspace", "ks"]));
    assert_eq!(v["disable_emergency_reparent"], true, "{v}");
}

#[test]
fn every_json_command_prints_json_and_watch_prints_json_lines() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    for args in [&["--json", "discover"][..], &["--json", "check"], &["--json", "status"]] {
        let r = s.run(args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {r:#?}");
        json(&r);
    }
    let replica = &s.cluster().replicas()[0];
    replica.exec("STOP SLAVE");
    let r = s.run(&["--json", "watch", "--cycles", "3", "--instance-poll-time", "100ms"]);
    assert_eq!(r.code, 0, "{r:#?}");
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect();
    assert!(lines.len() >= 3, "started, detected, recovered...: {r:#?}");
    for l in &lines {
        assert!(l["time"].is_string() && l["time_ms"].is_i64(), "{l}");
        assert!(l["message"].is_string(), "{l}");
    }
    assert!(
        lines.iter().any(|l| l["message"].as_str().is_some_and(|m| m.starts_with("detected"))),
        "{r:#?}"
    );
    let r = s.run(&["--json", "recover"]);
    json(&r);
}
