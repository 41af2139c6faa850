//! The dry-run is the plan that runs: with MariaDB's general log on every server (table output),
//! `recover --dry-run` then `recover` on the same shard, and each tablet must have run exactly the
//! state-changing statements the dry-run printed for it, in the same order. Probes (SELECT,
//! SHOW) and waits (SELECT MASTER_GTID_WAIT) change nothing and are left out of the comparison.

use crate::recover_common::recover;
use crate::support::mariadb::VTORC_USER;
use crate::support::shard::{short_alias, ShardOpts, TestShard};
use std::collections::BTreeMap;

/// Statements that change a server's state.
fn changes_state(stmt: &str) -> bool {
    let s = stmt.trim_start().to_ascii_uppercase();
    ["SET GLOBAL", "STOP SLAVE", "START SLAVE", "CHANGE MASTER", "RESET SLAVE", "KILL", "FLUSH"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// Passwords as the dry-run prints them.
fn masked(stmt: &str) -> String {
    match stmt.find("MASTER_PASSWORD='") {
        None => stmt.to_string(),
        Some(i) => {
            let start = i + "MASTER_PASSWORD='".len();
            let end = stmt[start..].find('\'').map_or(stmt.len(), |e| start + e);
            format!("{}***{}", &stmt[..start], &stmt[end..])
        }
    }
}

/// The state-changing statements of a dry-run, per short alias, in printed order.
fn planned(out: &str) -> BTreeMap<String, Vec<String>> {
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in out.lines() {
        let l = line.trim_start();
        let l = l
            .split_once(". [")
            .map(|(n, rest)| if n.trim().parse::<u32>().is_ok() { rest } else { l })
            .unwrap_or(l);
        let Some((head, stmt)) = l.strip_prefix('[').unwrap_or(l).split_once("] ") else {
            continue;
        };
        let Some(alias) = head.split_whitespace().next().filter(|a| a.starts_with("zone")) else {
            continue;
        };
        if changes_state(stmt) {
            m.entry(short_alias(alias)).or_default().push(stmt.to_string());
        }
    }
    m
}

/// Turns the general log on (as a table) on every server that answers.
fn log_on(s: &TestShard, aliases: &[&str]) {
    for a in aliases {
        s.node(a).exec("SET SESSION sql_log_bin=0; SET GLOBAL general_log=OFF; SET GLOBAL log_output='TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log=ON");
    }
}

/// What vtorc-rs's user ran on `alias` that changes state, in order.
fn ran(s: &TestShard, alias: &str) -> Vec<String> {
    let n = s.node(alias);
    n.exec("SET SESSION sql_log_bin=0; SET GLOBAL general_log=OFF");
    n.sql(&format!(
        "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log WHERE command_type='Query' AND user_host LIKE '{VTORC_USER}[%'"
    ))
    .into_iter()
    .filter_map(|r| r.into_iter().next().flatten())
    .filter(|q| changes_state(q))
    .map(|q| masked(&q))
    .collect()
}

/// Dry-run, run, and compare per tablet; returns the dry-run text.
fn assert_plan_runs(s: &TestShard, live: &[&str], extra: &[&str]) -> String {
    let mut dry_args = vec!["--dry-run"];
    dry_args.extend_from_slice(extra);
    let dry = || recover(s, &dry_args);
    let run = || recover(s, extra);
    compare(s, live, &dry, &run, "RECOVERED")
}

/// `cmd --dry-run`, then `cmd`, and compare per tablet; returns the dry-run text.
fn assert_cmd_plan_runs(s: &TestShard, live: &[&str], cmd: &[&str]) -> String {
    let mut dry_args = cmd.to_vec();
    dry_args.push("--dry-run");
    compare(s, live, &|| s.run(&dry_args), &|| s.run(cmd), "DONE")
}

fn compare(
    s: &TestShard,
    live: &[&str],
    dry: &dyn Fn() -> crate::support::cmd::Run,
    run: &dyn Fn() -> crate::support::cmd::Run,
    done: &str,
) -> String {
    log_on(s, live);
    let dry = dry();
    assert_eq!(dry.code, 0, "dry-run: {}\n{}", dry.stdout, dry.stderr);
    let plan = planned(&dry.stdout);
    assert!(!plan.is_empty(), "the dry-run plans statements:\n{}", dry.stdout);
    let run = run();
    assert!(run.stdout.contains(done), "run: {}\n{}", run.stdout, run.stderr);
    for a in live {
        let want = plan.get(*a).cloned().unwrap_or_default();
        let got = ran(s, a);
        assert_eq!(
            got, want,
            "{a}: what ran differs from the dry-run\ndry-run:\n{}\nrecover:\n{}\n{}",
            dry.stdout, run.stdout, run.stderr
        );
    }
    dry.stdout
}

fn kill(s: &TestShard, alias: &str) {
    s.node(alias).kill9();
    s.wait_for_code(alias, "DeadPrimary");
}

#[test]
fn a_stopped_replica_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    s.node("zone1-102").exec("STOP SLAVE");
    s.wait_for_code("zone1-102", "ReplicationStopped");
    assert_plan_runs(&s, &["zone1-101", "zone1-102", "zone1-103"], &[]);
}

#[test]
fn a_dead_primary_failover_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill(&s, "zone1-101");
    assert_plan_runs(&s, &["zone1-102", "zone1-103", "zone1-104"], &[]);
    // The record has each plan step with its index, start, end and result, in plan order.
    let recs = crate::recover_common::recoveries(&s);
    let rec =
        recs.iter().find(|r| r["code"] == "DeadPrimary" && r["dry_run"] == false).expect("record");
    let planned: Vec<&serde_json::Value> =
        rec["steps"].as_array().into_iter().flatten().filter(|x| x["plan_step"].is_i64()).collect();
    assert!(planned.len() >= 4, "{rec:#}");
    let idx: Vec<i64> = planned.iter().filter_map(|x| x["plan_step"].as_i64()).collect();
    assert!(idx.windows(2).all(|w| w[0] < w[1]), "in plan order: {idx:?}");
    for x in &planned {
        assert_eq!(x["result"], "ok", "{x:#}");
        assert!(x["started_ms"].as_i64() <= x["at_ms"].as_i64(), "{x:#}");
    }
    assert!(planned.iter().any(|x| x["step"] == "topology written"), "{rec:#}");
}

#[test]
fn a_failover_with_an_errant_replica_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    // A local write on 103: an errant GTID no other tablet has.
    s.node("zone1-103").exec("SET GLOBAL read_only=OFF; INSERT INTO app.t (v) VALUES ('errant'); SET GLOBAL read_only=ON");
    s.wait_for_code("zone1-103", "ErrantGTIDDetected");
    kill(&s, "zone1-101");
    let dry = assert_plan_runs(&s, &["zone1-102", "zone1-103", "zone1-104"], &[]);
    let on103 = planned(&dry).remove("zone1-103").unwrap_or_default();
    assert!(
        !on103.iter().any(|q| q.starts_with("CHANGE MASTER") || q == "START SLAVE"),
        "{on103:?}"
    );
}

#[test]
fn enabling_semi_sync_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).no_durability());
    s.run(&["set-durability", "ks", "semi_sync"]).expect_code(0);
    // VTOrc's order: the replicas acknowledge first, then the primary waits for them.
    s.wait_for_code("zone1-102", "ReplicaSemiSyncMustBeSet");
    let dry = assert_plan_runs(&s, &["zone1-101", "zone1-102", "zone1-103"], &[]);
    assert!(!planned(&dry).contains_key("zone1-101"), "the primary waits for its ackers:\n{dry}");
    s.wait_for_code("zone1-101", "PrimarySemiSyncMustBeSet");
    let dry = assert_plan_runs(&s, &["zone1-101", "zone1-102", "zone1-103"], &[]);
    let on101 = planned(&dry).remove("zone1-101").unwrap_or_default();
    assert!(on101.iter().any(|q| q.contains("rpl_semi_sync_master_enabled=ON")), "{on101:?}");
}

#[test]
fn a_first_election_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default().no_replication().primary_type("replica"));
    s.wait_for_code("zone1-101", "ClusterHasNoPrimary");
    assert_plan_runs(&s, &["zone1-101", "zone1-102", "zone1-103", "zone1-104"], &[]);
}

#[test]
fn primary_tablet_deleted_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.node("zone1-101").kill9();
    s.run(&["topo", "remove-tablet", "zone1-101", "--allow-primary"]).expect_code(0);
    s.wait_for_codes("PrimaryTabletDeleted", std::time::Duration::from_secs(10), |c| {
        c.iter().any(|(_, code)| code == "PrimaryTabletDeleted")
    });
    assert_plan_runs(&s, &["zone1-102", "zone1-103", "zone1-104"], &[]);
}

#[test]
fn a_planned_reparent_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync"));
    s.assert_healthy();
    let cmd = ["planned-reparent", "ks/0", "--new-primary", "zone1-102"];
    assert_cmd_plan_runs(&s, &["zone1-101", "zone1-102", "zone1-103", "zone1-104"], &cmd);
}

#[test]
fn an_emergency_reparent_runs_what_the_dry_run_printed() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    kill(&s, "zone1-101");
    let cmd = ["emergency-reparent", "ks/0", "--new-primary", "zone1-103"];
    assert_cmd_plan_runs(&s, &["zone1-102", "zone1-103", "zone1-104"], &cmd);
}
