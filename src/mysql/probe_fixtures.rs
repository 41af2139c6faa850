//! Tests: the pure probe parser over recorded server answers (`tests/fixtures/mysql/*.json`).
//! MariaDB fixtures were recorded from a live 10.11 (the integration test
//! `mariadb_fixtures_match_live_server` keeps them honest); MySQL 8.0/8.4 ones are written by hand
//! from real `SHOW REPLICA STATUS` / `SHOW GLOBAL VARIABLES` output, since no MySQL server runs here.

use super::probe::{parse, RawProbe};
use crate::model::{Flavor, InstanceState, ThreadState};

fn parsed(name: &str) -> (InstanceState, Vec<String>) {
    let path = format!("{}/tests/fixtures/mysql/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let raw: RawProbe = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut st = InstanceState::default();
    let notes = parse(&raw, &mut st);
    (st, notes)
}

fn clean(name: &str) -> InstanceState {
    let (st, notes) = parsed(name);
    assert!(notes.is_empty(), "{name}: {notes:?}");
    st
}

#[test]
fn mariadb_primary() {
    let st = clean("mariadb_primary.json");
    assert_eq!(st.flavor, Flavor::MariaDb);
    assert_eq!(st.version, "10.11.19-MariaDB-0+deb12u1-log");
    assert_eq!(st.server_id, 1);
    assert!(!st.read_only && !st.super_read_only);
    assert!(st.log_bin && st.log_replica_updates && st.gtid_strict_mode);
    assert_eq!(st.binlog_format, "ROW");
    assert_eq!(st.gtid_binlog_pos, "0-1-4");
    assert_eq!(st.executed_gtid, "0-1-4");
    assert_eq!(st.gtid_slave_pos, "");
    assert_eq!(st.gtid_current_pos, "0-1-4");
    assert_eq!(st.gtid_domain_id, 0);
    assert_eq!(st.server_uuid, "");
    assert_eq!((st.server_hostname.as_str(), st.server_port), ("db-host-1", 37243));
    assert_eq!(st.replica_net_timeout, 4);
    assert!(st.replication.is_none() && st.has_no_source());
    let s = &st.semi_sync;
    assert!(s.primary_enabled && s.replica_enabled && s.primary_status && !s.replica_status);
    assert_eq!((s.primary_clients, s.primary_timeout_ms, s.wait_for_replica_count), (1, 1000, 1));
    assert_eq!((s.yes_tx, s.no_tx, s.wait_sessions), (4, 0, 0));
}

#[test]
fn mariadb_replica() {
    let st = clean("mariadb_replica.json");
    assert_eq!(st.server_id, 2);
    assert!(st.read_only);
    assert_eq!(st.gtid_slave_pos, "0-1-4");
    let r = st.replication.as_ref().unwrap();
    assert_eq!((r.source_host.as_str(), r.source_port), ("127.0.0.1", 37243));
    assert_eq!(r.source_user, "repl");
    assert_eq!((r.io_thread, r.sql_thread), (ThreadState::Running, ThreadState::Running));
    assert_eq!(r.lag_seconds, Some(0));
    assert_eq!(r.retrieved_gtid, "0-1-4");
    assert!(r.auto_position);
    assert_eq!(r.heartbeat_period, 2.0);
    assert_eq!(r.sql_delay, 0);
    let s = &st.semi_sync;
    assert!(!s.primary_enabled && s.replica_enabled && s.replica_status && !s.primary_status);
}

#[test]
fn mariadb_replica_io_stopped() {
    let st = clean("mariadb_replica_io_stopped.json");
    let r = st.replication.as_ref().unwrap();
    assert_eq!((r.io_thread, r.sql_thread), (ThreadState::Stopped, ThreadState::Running));
    assert_eq!(r.lag_seconds, None, "NULL Seconds_Behind_Master is unknown, not 0");
    assert!(!st.replicating());
}

#[test]
fn mysql80_primary() {
    let st = clean("mysql80_primary.json");
    assert_eq!(st.flavor, Flavor::MySql80);
    assert_eq!(st.server_id, 101);
    assert_eq!(st.server_uuid, "3e11fa47-71ca-11e1-9e33-c80aa9429562");
    assert_eq!((st.server_hostname.as_str(), st.server_port), ("mysql-a.example", 3306));
    assert!(!st.read_only && !st.super_read_only);
    assert_eq!(
        st.executed_gtid,
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57,8a94f357-aab4-11df-86ab-c80aa9429562:1-3",
        "multi-line gtid_executed is joined"
    );
    assert_eq!(st.gtid_binlog_pos, "");
    assert_eq!(st.replica_net_timeout, 8);
    assert!(st.replication.is_none());
    let s = &st.semi_sync;
    assert!(s.primary_enabled && s.replica_enabled && s.primary_status && !s.replica_status);
    assert_eq!(s.primary_clients, 2);
    assert_eq!(s.primary_timeout_ms, 1_000_000_000_000_000_000);
    assert_eq!(s.wait_for_replica_count, 1);
    assert_eq!((s.yes_tx, s.no_tx), (55, 2));
}

#[test]
fn mysql80_replica_old_plugin_names() {
    let st = clean("mysql80_replica.json");
    assert!(st.read_only && st.super_read_only);
    let r = st.replication.as_ref().unwrap();
    assert_eq!((r.source_host.as_str(), r.source_port), ("10.0.1.11", 3306));
    assert_eq!(r.source_user, "vt_repl");
    assert_eq!((r.io_thread, r.sql_thread), (ThreadState::Running, ThreadState::Running));
    assert_eq!(r.lag_seconds, Some(3));
    assert_eq!(r.retrieved_gtid, "3e11fa47-71ca-11e1-9e33-c80aa9429562:40-57");
    assert!(r.auto_position);
    assert_eq!(r.heartbeat_period, 15.0);
    // semisync_slave plugin: rpl_semi_sync_slave_* names still read.
    assert!(st.semi_sync.replica_enabled && st.semi_sync.replica_status);
    assert!(!st.semi_sync.primary_enabled);
}

#[test]
fn mysql84_primary() {
    let st = clean("mysql84_primary.json");
    assert_eq!(st.flavor, Flavor::MySql84);
    assert_eq!(st.version, "8.4.3");
    assert_eq!(st.executed_gtid, "8a94f357-aab4-11df-86ab-c80aa9429562:1-1042");
    let s = &st.semi_sync;
    assert!(s.primary_enabled && !s.replica_enabled && !s.primary_status);
    assert_eq!((s.primary_clients, s.wait_sessions, s.wait_for_replica_count), (0, 3, 2));
}

#[test]
fn mysql84_replica_connecting_without_plugin() {
    let st = clean("mysql84_replica.json");
    let r = st.replication.as_ref().unwrap();
    assert_eq!((r.source_host.as_str(), r.source_port), ("10.0.2.21", 3307));
    assert_eq!(r.io_thread, ThreadState::Connecting);
    assert_eq!(r.sql_thread, ThreadState::Running);
    assert_eq!(r.lag_seconds, None);
    assert_eq!(r.last_io_errno, 2003);
    assert!(r.last_io_error.contains("Can't connect to MySQL server on '10.0.2.21:3307'"));
    assert_eq!(r.sql_delay, 3600);
    assert_eq!(r.heartbeat_period, 30.0);
    assert_eq!(st.replica_net_timeout, 8);
    assert!(!st.replicating());
    // No semi-sync plugin: nothing is enabled, and that is not a parse problem.
    assert_eq!(st.semi_sync, Default::default());
}

#[test]
fn mysql_replica_without_heartbeat_is_partial() {
    let path = format!("{}/tests/fixtures/mysql/mysql84_replica.json", env!("CARGO_MANIFEST_DIR"));
    let mut raw: RawProbe = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    raw.heartbeat_interval = None;
    raw.replica_status[0].remove("Auto_Position");
    let mut st = InstanceState::default();
    let notes = parse(&raw, &mut st);
    assert_eq!(notes, ["missing HEARTBEAT_INTERVAL", "missing column Auto_Position"]);
    assert_eq!(st.replication.unwrap().source_port, 3307, "the rest is still read");
}

/// The identity names the server, not the address that reached it: MariaDB by server_id and
/// its own hostname:port, MySQL by server_uuid (two MySQL servers on one host differ by it).
#[test]
fn server_identity() {
    let mut p = clean("mariadb_primary.json");
    p.reachable = true;
    assert_eq!(p.server_identity().as_deref(), Some("MariaDB server_id 1 on db-host-1:37243"));
    let mut r = clean("mariadb_replica.json");
    r.reachable = true;
    assert_ne!(p.server_identity(), r.server_identity());
    let mut m = clean("mysql80_primary.json");
    m.reachable = true;
    assert_eq!(
        m.server_identity().as_deref(),
        Some("MySQL server_uuid 3e11fa47-71ca-11e1-9e33-c80aa9429562")
    );
    // A probe that did not get in, or did not read the fields, identifies nothing.
    m.reachable = false;
    assert_eq!(m.server_identity(), None);
    p.server_hostname.clear();
    assert_eq!(p.server_identity(), None);
}
