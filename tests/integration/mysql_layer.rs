//! `src/mysql` against real MariaDB servers: probe fields of a primary and its replicas, stopped
//! and connecting threads, unreachable and hung servers, the recovery actions, password hygiene,
//! and that the recorded MariaDB fixtures still match what a live server returns.

use crate::model::{Flavor, InstanceState, ThreadState};
use crate::mysql::actions::{statement_text, Action, Session, SourceSpec};
use crate::mysql::probe::{probe, probe_all, read_raw, ProbeTarget, RawProbe};
use crate::mysql::{Addr, MysqlError};
use crate::secret::{Credentials, Secret};
use crate::support::mariadb::{
    Cluster, Node, HEARTBEAT_SECS, NET_TIMEOUT_SECS, REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER,
};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(1);

fn creds() -> Credentials {
    Credentials { user: VTORC_USER.into(), password: Secret::new(VTORC_PASS), tls: None }
}
fn repl() -> Credentials {
    Credentials { user: REPL_USER.into(), password: Secret::new(REPL_PASS), tls: None }
}
fn target(n: &Node) -> ProbeTarget {
    ProbeTarget {
        alias: format!("zone1-{:010}", 100 + n.index()),
        host: n.host().into(),
        port: n.port(),
    }
}
fn addr(n: &Node) -> Addr {
    Addr { host: n.host().into(), port: n.port() }
}
fn session(n: &Node) -> Session {
    Session::connect(&addr(n), &creds(), Duration::from_secs(5)).unwrap_or_else(|e| panic!("{e}"))
}
fn probe_node(n: &Node) -> InstanceState {
    let st = probe(&target(n), &creds(), TIMEOUT, 1_000);
    assert!(st.reachable, "{:?}", st.error);
    st
}
/// Polls a probe until `cond` holds (replication state changes take a moment).
fn probe_until(n: &Node, what: &str, cond: impl Fn(&InstanceState) -> bool) -> InstanceState {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let st = probe_node(n);
        if cond(&st) {
            return st;
        }
        assert!(
            Instant::now() < deadline,
            "node {}: timed out waiting for {what}; last probe: {st:#?}",
            n.index()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn probe_reads_primary_and_replicas() {
    let c = Cluster::start(3);
    let pos = c.write("probe");
    c.sync();
    let targets: Vec<ProbeTarget> = c.nodes().iter().map(target).collect();
    let states = probe_all(&targets, &creds(), TIMEOUT, 8, 5_000);
    assert_eq!(
        states.iter().map(|s| s.port).collect::<Vec<_>>(),
        targets.iter().map(|t| t.port).collect::<Vec<_>>()
    );

    let p = &states[0];
    assert!(p.reachable && !p.partial, "{:?}", p.error);
    assert_eq!(p.error, None);
    assert_eq!(p.alias, "zone1-0000000100");
    assert_eq!(p.flavor, Flavor::MariaDb);
    assert!(p.version.contains("MariaDB"), "{}", p.version);
    assert_eq!(p.server_id, 1);
    assert!(!p.read_only);
    assert!(p.replication.is_none());
    assert!(p.has_no_source());
    assert_eq!(p.gtid_binlog_pos, pos);
    assert_eq!(p.executed_gtid, pos);
    assert_eq!(p.gtid_current_pos, pos);
    assert!(p.log_bin && p.log_replica_updates && p.gtid_strict_mode);
    assert_eq!(p.binlog_format, "ROW");
    assert_eq!(p.replica_net_timeout, NET_TIMEOUT_SECS);
    assert!(!p.semi_sync.primary_enabled && !p.semi_sync.replica_enabled);
    assert!(p.checked_at_ms >= 5_000 && p.last_seen_ms == p.checked_at_ms);

    for (i, r) in states.iter().enumerate().skip(1) {
        assert!(r.reachable && !r.partial, "{:?}", r.error);
        assert_eq!(r.server_id, i as u64 + 1);
        assert!(r.read_only);
        assert_eq!(r.gtid_slave_pos, pos);
        let rep = r.replication.as_ref().expect("replica has replication status");
        assert_eq!(rep.source_host, "127.0.0.1");
        assert_eq!(rep.source_port, c.primary().port());
        assert_eq!(rep.source_user, REPL_USER);
        assert_eq!((rep.io_thread, rep.sql_thread), (ThreadState::Running, ThreadState::Running));
        assert!(r.replicating());
        assert!(rep.auto_position);
        assert_eq!(rep.heartbeat_period, HEARTBEAT_SECS as f64);
        assert_eq!(rep.lag_seconds, Some(0));
        assert_eq!(rep.retrieved_gtid, pos);
        assert_eq!((rep.last_io_errno, rep.last_sql_errno), (0, 0));
        assert_eq!(r.replica_net_timeout, NET_TIMEOUT_SECS);
    }
}

#[test]
fn stopped_and_connecting_io_threads() {
    let c = Cluster::start(3);
    let mut s1 = session(c.node(1));
    s1.stop_io_thread().unwrap();
    let st = probe_node(c.node(1));
    let rep = st.replication.unwrap();
    assert_eq!((rep.io_thread, rep.sql_thread), (ThreadState::Stopped, ThreadState::Running));

    // A write the stopped replica can't receive: the wait times out, then succeeds once restarted.
    let pos = c.write("after-stop");
    let t = Instant::now();
    assert!(!s1.wait_for_position(&pos, Duration::from_millis(500)).unwrap());
    assert!(t.elapsed() >= Duration::from_millis(450));
    s1.start_io_thread().unwrap();
    assert!(s1.wait_for_position(&pos, Duration::from_secs(10)).unwrap());
    // A wait longer than the session timeout goes through its own connection.
    let mut short =
        Session::connect(&addr(c.node(1)), &creds(), Duration::from_millis(300)).unwrap();
    assert!(short.wait_for_position(&pos, Duration::from_secs(2)).unwrap());

    // Pointed at a closed port: the IO thread keeps trying (Connecting) with error 2003.
    let dead = crate::support::free_port();
    let mut s2 = session(c.node(2));
    s2.stop_replication().unwrap();
    s2.change_source("127.0.0.1", dead, &repl(), Some(1.0), 1).unwrap();
    s2.start_replication().unwrap();
    let st = probe_until(c.node(2), "IO thread connecting", |s| {
        s.replication
            .as_ref()
            .is_some_and(|r| r.io_thread == ThreadState::Connecting && r.last_io_errno != 0)
    });
    let rep = st.replication.clone().unwrap();
    assert_eq!(rep.source_port, dead);
    assert_eq!(rep.last_io_errno, 2003, "{}", rep.last_io_error);
    assert_eq!(rep.heartbeat_period, 1.0);
    assert!(!st.replicating());
}

#[test]
fn unreachable_and_hung_servers_cost_one_timeout() {
    let c = Cluster::builder().nodes(3).no_replication().start();
    let closed = crate::support::free_port();
    let t = Instant::now();
    let st = probe(
        &ProbeTarget { alias: "zone1-9".into(), host: "127.0.0.1".into(), port: closed },
        &creds(),
        TIMEOUT,
        0,
    );
    assert!(t.elapsed() < TIMEOUT, "refused connect took {:?}", t.elapsed());
    assert!(!st.reachable);
    let e = st.error.unwrap();
    assert!(e.contains(&format!("127.0.0.1:{closed}")), "{e}");

    c.node(1).sigstop();
    let mut targets: Vec<ProbeTarget> = c.nodes().iter().map(target).collect();
    targets.push(ProbeTarget { alias: "zone1-9".into(), host: "127.0.0.1".into(), port: closed });
    let t = Instant::now();
    let states = probe_all(&targets, &creds(), TIMEOUT, 4, 0);
    let took = t.elapsed();
    c.node(1).sigcont();
    assert!(took < 3 * TIMEOUT, "probe_all took {took:?}");
    assert!(took >= TIMEOUT / 2, "the hung server should cost about one timeout, took {took:?}");
    assert!(states[0].reachable && states[2].reachable);
    assert!(!states[1].reachable && !states[3].reachable);
    let e = states[1].error.as_deref().unwrap();
    assert!(e.contains(&c.node(1).addr()), "{e}");
    assert!(states[1].probe_ms >= 900, "{}", states[1].probe_ms);
    // Several hung-or-dead targets with fewer workers than targets: still bounded by the pool.
    let many: Vec<ProbeTarget> = (0..6).map(|_| target(c.node(0))).collect();
    let states = probe_all(&many, &creds(), TIMEOUT, 2, 0);
    assert!(states.iter().all(|s| s.reachable));
}

#[test]
fn actions_read_only_repoint_semi_sync() {
    let c = Cluster::start(3);
    // read_only
    let mut s1 = session(c.node(1));
    assert_eq!(s1.flavor(), Flavor::MariaDb);
    s1.set_read_only(false).unwrap();
    assert!(!c.node(1).read_only());
    s1.set_read_only(true).unwrap();
    assert!(c.node(1).read_only());

    // Repoint node 2 under node 1 (a chain), then write on the primary: it flows through node 1.
    let mut s2 = session(c.node(2));
    s2.stop_replication().unwrap();
    s2.change_source(c.node(1).host(), c.node(1).port(), &repl(), Some(2.0), 1).unwrap();
    s2.start_replication().unwrap();
    let pos = c.write("chained");
    assert!(s2.wait_for_position(&pos, Duration::from_secs(10)).unwrap());
    let st = probe_node(c.node(2));
    assert_eq!(st.replication.as_ref().unwrap().source_port, c.node(1).port());

    // Semi-sync: replicas first (IO thread restart makes it take effect), the primary last.
    for n in c.replicas() {
        let mut s = session(n);
        s.set_semi_sync(false, true).unwrap();
        s.stop_io_thread().unwrap();
        s.start_io_thread().unwrap();
    }
    session(c.primary()).set_semi_sync(true, true).unwrap();
    let st = probe_until(c.primary(), "semi-sync clients", |s| s.semi_sync.primary_clients >= 1);
    assert!(
        st.semi_sync.primary_enabled && st.semi_sync.replica_enabled && st.semi_sync.primary_status
    );
    assert_eq!(st.semi_sync.primary_timeout_ms, 10_000);
    let r = probe_until(c.node(1), "replica semi-sync status", |s| s.semi_sync.replica_status);
    assert!(r.semi_sync.replica_enabled && !r.semi_sync.primary_enabled);
    c.write("semi");
    let st = probe_node(c.primary());
    assert!(st.semi_sync.yes_tx >= 1, "{:?}", st.semi_sync);

    // reset + align: node 1 becomes a source-less server whose slave pos follows its binlog.
    let mut s1 = session(c.node(1));
    s1.reset_replication_all().unwrap();
    s1.align_slave_pos_to_binlog().unwrap();
    assert_eq!(c.node(1).gtid_slave_pos(), c.node(1).gtid_binlog_pos());
    assert!(probe_node(c.node(1)).replication.is_none());
    s1.flush_binary_logs().unwrap();
    s1.set_global("slave_net_timeout", "7").unwrap();
    assert_eq!(probe_node(c.node(1)).replica_net_timeout, 7);
    let e = s1.set_global("no_such_variable_x", "1").unwrap_err();
    assert_eq!(e.code(), Some(1193), "{e}");
    assert!(
        e.to_string().contains(&c.node(1).addr())
            && e.to_string().contains("SET GLOBAL no_such_variable_x=1"),
        "{e}"
    );
}

#[test]
fn errors_never_contain_the_password() {
    let c = Cluster::builder().nodes(1).no_replication().start();
    let n = c.node(0);
    let wrong =
        Credentials { user: VTORC_USER.into(), password: Secret::new("Wr0ng-Pa55word"), tls: None };
    let e = Session::connect(&addr(n), &wrong, TIMEOUT).err().expect("wrong password must fail");
    let text = e.to_string();
    assert!(
        matches!(e, MysqlError::Denied { .. }),
        "a refused login is Denied, not a dead server: {e:?}"
    );
    assert!(text.contains(&n.addr()) && !text.contains("Wr0ng-Pa55word"), "{text}");
    let st = probe(&target(n), &wrong, TIMEOUT, 0);
    assert!(!st.reachable && !st.error.as_deref().unwrap().contains("Wr0ng-Pa55word"));

    // The server echoes an over-long MASTER_PASSWORD in its error; the error must not.
    let long = "Secr3t-".repeat(40);
    let bad_repl =
        Credentials { user: REPL_USER.into(), password: Secret::new(long.clone()), tls: None };
    let mut s = session(n);
    let e = s.change_source("127.0.0.1", 3306, &bad_repl, None, 1).unwrap_err();
    let text = format!("{e} {e:?}");
    assert!(!text.contains("Secr3t"), "{text}");
    assert!(text.contains("MASTER_PASSWORD='***'"), "{text}");
    assert!(text.contains(&n.addr()), "{text}");
    // The dry-run text of the same action masks it too.
    let spec = SourceSpec {
        host: "127.0.0.1".into(),
        port: 3306,
        user: REPL_USER.into(),
        password: Secret::new(long.clone()),
        heartbeat_secs: None,
        connect_retry: 1,
        tls: None,
    };
    let shown = statement_text(Flavor::MariaDb, &Action::ChangeSource(spec)).unwrap().join("\n");
    assert!(!shown.contains("Secr3t") && shown.contains("'***'"), "{shown}");
}

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mysql")
}

fn load(name: &str) -> RawProbe {
    let p = fixture_dir().join(name);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The recorded MariaDB fixtures must have exactly the variables and status columns a live
/// 10.11 returns. The live capture is written to target/tmp/mysql-fixtures-live/ so the fixtures
/// can be re-recorded by copying (then re-check the values the fixture tests assert).
#[test]
fn mariadb_fixtures_match_live_server() {
    let c = Cluster::builder().nodes(3).semi_sync(true).start();
    c.write("fixture");
    c.sync();
    session(c.node(2)).stop_io_thread().unwrap();
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mysql-fixtures-live");
    std::fs::create_dir_all(&out).unwrap();
    for (i, name) in [
        (0, "mariadb_primary.json"),
        (1, "mariadb_replica.json"),
        (2, "mariadb_replica_io_stopped.json"),
    ] {
        let (raw, err) = read_raw(&target(c.node(i)), &creds(), TIMEOUT);
        assert!(err.is_none(), "{err:?}");
        let live = raw.unwrap();
        std::fs::write(out.join(name), serde_json::to_string_pretty(&live).unwrap()).unwrap();
        let recorded = load(name);
        let keys = |r: &RawProbe| r.variables.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&recorded), keys(&live), "{name}: variable names differ");
        let skeys = |r: &RawProbe| r.status.keys().cloned().collect::<Vec<_>>();
        assert_eq!(skeys(&recorded), skeys(&live), "{name}: status names differ");
        let cols = |r: &RawProbe| {
            r.replica_status
                .iter()
                .map(|m| m.keys().cloned().collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        assert_eq!(cols(&recorded), cols(&live), "{name}: replica status columns differ");
    }
}

/// The harness itself: a 4-node start, crash + restart with the same config, hang + resume.
#[test]
fn harness_kill_restart_and_hang() {
    let c = Cluster::start(4);
    eprintln!("4-node cluster started in {:?}", c.startup);
    assert!(c.startup < Duration::from_secs(15), "start took {:?}", c.startup);
    assert_eq!(c.replicas().len(), 3);
    assert_eq!(c.node(3).sql_one("SELECT COUNT(*) FROM app.t").as_deref(), Some("1"));
    let port = c.node(1).port();
    let old_pid = c.node(1).pid().unwrap();

    c.node(1).kill9();
    assert_eq!(c.node(1).pid(), None);
    assert!(c.node(1).try_sql("SELECT 1").is_err());
    let pos = c.write("while-down");
    c.node(1).restart();
    assert_ne!(c.node(1).pid(), Some(old_pid));
    assert_eq!(c.node(1).port(), port);
    assert!(c.node(1).read_only(), "restarts read-only");
    assert_eq!(
        c.node(1).slave_status("Slave_IO_Running").as_deref(),
        Some("No"),
        "skip_slave_start"
    );
    c.node(1).exec("START SLAVE");
    c.node(1).wait_replicated(&pos);

    c.node(2).sigstop();
    let t = Instant::now();
    let st = probe(&target(c.node(2)), &creds(), Duration::from_millis(500), 0);
    assert!(!st.reachable && t.elapsed() < Duration::from_secs(2));
    c.node(2).sigcont();
    assert!(probe(&target(c.node(2)), &creds(), TIMEOUT, 0).reachable);
    // Drop also copes with a stopped node.
    c.node(3).sigstop();
}
