//! Table-driven tests of `detect`: every code with a case that must match and a close case that
//! must not, plus ordering, short-circuit, post-processing and keyspace-level behaviour.

use super::*;
use crate::model::{Cell, ReplicationStatus, SemiSync};

const NOW: i64 = 10_000_000;
const PRIMARY: u32 = 100;

/// A tiny topology: keyspace `ks`, shard `0`, cell `zone1`, MySQL at 127.0.0.1:(20000+uid).
struct B {
    topo: Topology,
    insts: Vec<InstanceState>,
    cfg: AnalysisConfig,
}

fn port(uid: u32) -> u16 {
    20000 + uid as u16
}

fn ks(policy: &str) -> B {
    B {
        topo: Topology {
            cells: vec![Cell {
                name: "zone1".into(),
                server_address: String::new(),
                root: String::new(),
            }],
            keyspaces: vec![Keyspace {
                name: "ks".into(),
                keyspace_type: 0,
                durability_policy: policy.into(),
                disable_emergency_reparent: false,
            }],
            shards: vec![Shard {
                keyspace: "ks".into(),
                name: "0".into(),
                primary_alias: Some(TabletAlias::new("zone1", PRIMARY)),
                primary_term_start: Some(VtTime { seconds: 1000, nanos: 0 }),
                disable_emergency_reparent: false,
            }],
            tablets: vec![],
        },
        insts: vec![],
        cfg: AnalysisConfig::default(),
    }
}

/// A healthy shard: primary 100 and replicas 101, 102.
fn healthy(policy: &str) -> B {
    ks(policy).primary(PRIMARY).replica(101).replica(102)
}

impl B {
    fn tablet(mut self, uid: u32, tt: TabletType, cell: &str, term: Option<i64>) -> Self {
        self.topo.tablets.push(Tablet {
            alias: TabletAlias::new(cell, uid),
            hostname: "localhost".into(),
            keyspace: "ks".into(),
            shard: "0".into(),
            type_value: tt as i32,
            mysql_hostname: "127.0.0.1".into(),
            mysql_port: i32::from(port(uid)),
            primary_term_start: term.map(|s| VtTime { seconds: s, nanos: 0 }),
        });
        self
    }
    fn inst(mut self, uid: u32, cell: &str, source: Option<u32>) -> Self {
        self.insts.push(InstanceState {
            alias: format!("{cell}-{uid}"),
            host: "127.0.0.1".into(),
            port: port(uid),
            reachable: true,
            checked_at_ms: NOW - 100,
            last_seen_ms: NOW - 100,
            server_id: u64::from(uid),
            read_only: source.is_some(),
            replica_net_timeout: 60,
            replication: source.map(|s| ReplicationStatus {
                source_host: "127.0.0.1".into(),
                source_port: port(s),
                io_thread: ThreadState::Running,
                sql_thread: ThreadState::Running,
                lag_seconds: Some(0),
                heartbeat_period: 30.0,
                auto_position: true,
                ..Default::default()
            }),
            ..Default::default()
        });
        self
    }
    fn primary(self, uid: u32) -> Self {
        self.tablet(uid, TabletType::Primary, "zone1", Some(1000)).inst(uid, "zone1", None)
    }
    fn replica(self, uid: u32) -> Self {
        self.typed(uid, TabletType::Replica)
    }
    fn typed(self, uid: u32, tt: TabletType) -> Self {
        self.tablet(uid, tt, "zone1", None).inst(uid, "zone1", Some(PRIMARY))
    }
    fn with(mut self, uid: u32, f: impl FnOnce(&mut InstanceState)) -> Self {
        let alias = format!("zone1-{uid}");
        let i = self.insts.iter_mut().find(|i| i.alias == alias).expect("instance exists");
        f(i);
        self
    }
    fn repl(self, uid: u32, f: impl FnOnce(&mut ReplicationStatus)) -> Self {
        self.with(uid, |i| f(i.replication.as_mut().expect("replica")))
    }
    /// Unreachable now, reached before.
    fn down(self, uid: u32) -> Self {
        self.with(uid, |i| {
            let seen = i.last_seen_ms;
            *i = InstanceState {
                alias: i.alias.clone(),
                host: i.host.clone(),
                port: i.port,
                reachable: false,
                error: Some(format!(
                    "Can't connect to MySQL server on '127.0.0.1:{}' (111)",
                    i.port
                )),
                checked_at_ms: NOW - 50,
                last_seen_ms: seen - 5000,
                ..Default::default()
            }
        })
    }
    fn without_instance(mut self, uid: u32) -> Self {
        let alias = format!("zone1-{uid}");
        self.insts.retain(|i| i.alias != alias);
        self
    }
    /// IO thread lost the (dead) primary, as MariaDB reports it.
    fn io_connecting(self, uid: u32) -> Self {
        self.repl(uid, |r| {
            r.io_thread = ThreadState::Connecting;
            r.last_io_errno = 2003;
            r.last_io_error = "error reconnecting to master 'repl@127.0.0.1:20100' - retry-time: 1  \
                               maximum-retries: 100000  message: Can't connect to server on '127.0.0.1' (111 \
                               \"Connection refused\")"
                .into();
            r.lag_seconds = None;
        })
    }
    fn run(&self) -> Vec<Problem> {
        detect(&self.topo, &self.insts, &self.cfg, NOW)
    }
}

fn alias(uid: u32) -> String {
    TabletAlias::new("zone1", uid).to_string()
}

/// (alias uid or 0 for keyspace-level, code) in output order.
fn found(ps: &[Problem]) -> Vec<(u32, ProblemCode)> {
    ps.iter()
        .map(|p| (p.alias.parse::<TabletAlias>().map(|a| a.uid).unwrap_or(0), p.code))
        .collect()
}

fn code_of(ps: &[Problem], uid: u32) -> Option<ProblemCode> {
    ps.iter().find(|p| p.alias == alias(uid)).map(|p| p.code)
}

fn problem(ps: &[Problem], uid: u32) -> &Problem {
    ps.iter().find(|p| p.alias == alias(uid)).expect("a problem for the tablet")
}

use ProblemCode as C;

#[test]
fn healthy_shards_have_no_problems() {
    for policy in ["none", "semi_sync"] {
        let mut b = healthy(policy);
        if policy == "semi_sync" {
            b = never_falls_back(b)
                .with(101, |i| i.semi_sync.replica_enabled = true)
                .with(102, |i| i.semi_sync.replica_enabled = true);
        }
        assert_eq!(found(&b.run()), vec![], "{policy}");
    }
}

/// One row per case: the shard, the tablet and the code that must be chosen for it (`None`:
/// nothing for that tablet).
#[test]
fn every_code_matches_and_its_near_miss_does_not() {
    let u = PRIMARY;
    let cases: Vec<(&str, B, u32, Option<ProblemCode>)> = vec![
        ("invalid primary", healthy("none").without_instance(u), u, Some(C::InvalidPrimary)),
        ("reachable primary is valid", healthy("none"), u, None),
        ("invalid replica", healthy("none").without_instance(101), 101, Some(C::InvalidReplica)),
        ("unreachable replica", healthy("none").down(101), 101, Some(C::InvalidReplica)),
        (
            "dead primary without replicas",
            ks("none").primary(u).down(u),
            u,
            Some(C::DeadPrimaryWithoutReplicas),
        ),
        ("live primary without replicas", ks("none").primary(u), u, None),
        (
            "dead primary",
            healthy("none").down(u).io_connecting(101).io_connecting(102),
            u,
            Some(C::DeadPrimary),
        ),
        (
            "one replica still replicating: broken replicas, not dead",
            healthy("none").down(u).io_connecting(101),
            u,
            Some(C::UnreachablePrimaryWithBrokenReplicas),
        ),
        (
            "dead primary and replicas",
            healthy("none").down(u).down(101).down(102),
            u,
            Some(C::DeadPrimaryAndReplicas),
        ),
        (
            "dead primary and some replicas",
            healthy("none").down(u).down(101).io_connecting(102),
            u,
            Some(C::DeadPrimaryAndSomeReplicas),
        ),
        (
            "primary has primary",
            healthy("none")
                .with(u, |i| i.replication = healthy("none").insts[1].replication.clone())
                .repl(u, |r| r.source_port = port(300)),
            u,
            Some(C::PrimaryHasPrimary),
        ),
        (
            "primary is read-only",
            healthy("none").with(u, |i| i.read_only = true),
            u,
            Some(C::PrimaryIsReadOnly),
        ),
        ("read-only replica is fine", healthy("none"), 101, None),
        (
            "replica is writable",
            healthy("none").with(101, |i| i.read_only = false),
            101,
            Some(C::ReplicaIsWritable),
        ),
        (
            "primary semi-sync must be set",
            healthy("semi_sync")
                .with(101, |i| i.semi_sync.replica_enabled = true)
                .with(102, |i| i.semi_sync.replica_enabled = true),
            u,
            Some(C::PrimarySemiSyncMustBeSet),
        ),
        ("not before a semi-sync replica replicates", healthy("semi_sync"), u, None),
        (
            "shard record still names the old primary (older term)",
            shard_names(healthy("none"), 101, 500),
            u,
            Some(C::StaleShardPrimary),
        ),
        (
            "shard record names nobody",
            {
                let mut b = healthy("none");
                b.topo.shards[0].primary_alias = None;
                b.topo.shards[0].primary_term_start = None;
                b
            },
            u,
            Some(C::StaleShardPrimary),
        ),
        (
            "shard record with a newer term is not overwritten",
            shard_names(healthy("none"), 101, 2000),
            u,
            None,
        ),
        (
            "no shard sync for a read-only primary (PrimaryIsReadOnly first)",
            shard_names(healthy("none"), 101, 500).with(u, |i| i.read_only = true),
            u,
            Some(C::PrimaryIsReadOnly),
        ),
        (
            "no shard sync for a primary nobody replicates from",
            shard_names(healthy("none"), 101, 500)
                .repl(101, |r| r.io_thread = ThreadState::Stopped)
                .repl(102, |r| r.io_thread = ThreadState::Stopped),
            u,
            Some(C::AllPrimaryReplicasNotReplicating),
        ),
        (
            "semi-sync primary falls back after 10 s (MariaDB's default)",
            never_falls_back(healthy("semi_sync"))
                .with(u, |i| i.semi_sync.primary_timeout_ms = 10_000)
                .with(101, |i| i.semi_sync.replica_enabled = true)
                .with(102, |i| i.semi_sync.replica_enabled = true),
            u,
            Some(C::PrimarySemiSyncCanFallBack),
        ),
        (
            "semi-sync primary does not wait with no replica",
            never_falls_back(healthy("semi_sync"))
                .with(u, |i| i.semi_sync.wait_no_replica = Some(false))
                .with(101, |i| i.semi_sync.replica_enabled = true)
                .with(102, |i| i.semi_sync.replica_enabled = true),
            u,
            Some(C::PrimarySemiSyncCanFallBack),
        ),
        (
            "a fall-back timeout does not matter without acks (policy none)",
            healthy("none").with(u, |i| {
                i.semi_sync.primary_timeout_ms = 10_000;
            }),
            u,
            None,
        ),
        (
            "replica semi-sync must be set",
            healthy("semi_sync"),
            101,
            Some(C::ReplicaSemiSyncMustBeSet),
        ),
        (
            "rdonly never acks under semi_sync",
            ks("semi_sync").primary(u).typed(103, TabletType::Rdonly),
            103,
            None,
        ),
        (
            "primary semi-sync must not be set",
            healthy("none").with(u, |i| i.semi_sync.primary_enabled = true),
            u,
            Some(C::PrimarySemiSyncMustNotBeSet),
        ),
        (
            "replica semi-sync must not be set",
            healthy("none").with(101, |i| i.semi_sync.replica_enabled = true),
            101,
            Some(C::ReplicaSemiSyncMustNotBeSet),
        ),
        ("semi-sync blocked", blocked(3), u, Some(C::PrimarySemiSyncBlocked)),
        (
            "no waiting sessions: only the lock hypothesis",
            blocked(0),
            u,
            Some(C::LockedSemiSyncPrimaryHypothesis),
        ),
        ("stale topo primary", stale_primary(900), 101, Some(C::StaleTopoPrimary)),
        ("the newest PRIMARY record is the cluster primary", stale_primary(900), u, None),
        ("errant GTID (MariaDB)", errant_maria("0-1-7"), 101, Some(C::ErrantGTIDDetected)),
        ("no errant GTID (MariaDB)", errant_maria("0-1-6,0-2-7"), 101, None),
        (
            "errant GTID needs a reachable primary",
            errant_maria("0-1-7").down(u).io_connecting(101).io_connecting(102),
            101,
            None,
        ),
        (
            "errant GTID (MySQL)",
            errant_mysql(&format!("{U_OLD}:1-7")),
            101,
            Some(C::ErrantGTIDDetected),
        ),
        (
            "primary's own newer GTIDs are not errant (MySQL)",
            errant_mysql(&format!("{U_NEW}:1-9")),
            101,
            None,
        ),
        ("cluster has no primary", no_primary(None), 101, Some(C::ClusterHasNoPrimary)),
        ("primary tablet deleted", no_primary(Some(1000)), 101, Some(C::PrimaryTabletDeleted)),
        (
            "not connected to primary",
            healthy("none").with(101, |i| i.replication = None),
            101,
            Some(C::NotConnectedToPrimary),
        ),
        (
            "replica misconfigured",
            healthy("none").repl(101, |r| r.heartbeat_period = 10.0),
            101,
            Some(C::ReplicaMisconfigured),
        ),
        (
            "heartbeat half the timeout",
            healthy("none").repl(101, |r| r.heartbeat_period = 29.8),
            101,
            None,
        ),
        (
            "connected to wrong primary",
            healthy("none").repl(102, |r| r.source_port = port(101)),
            102,
            Some(C::ConnectedToWrongPrimary),
        ),
        (
            "source host must match exactly",
            healthy("none").repl(102, |r| r.source_host = "localhost".into()),
            102,
            Some(C::ConnectedToWrongPrimary),
        ),
        (
            "replication stopped",
            healthy("none").repl(101, |r| r.sql_thread = ThreadState::Stopped),
            101,
            Some(C::ReplicationStopped),
        ),
        (
            "unreachable primary with lagging replicas",
            healthy("none")
                .down(u)
                .repl(101, |r| r.lag_seconds = Some(300))
                .repl(102, |r| r.lag_seconds = Some(300)),
            u,
            Some(C::UnreachablePrimaryWithLaggingReplicas),
        ),
        ("unreachable primary", healthy("none").down(u), u, Some(C::UnreachablePrimary)),
        (
            "partially read primary is not unreachable",
            healthy("none").down(u).with(u, |i| i.partial = true),
            u,
            None,
        ),
        (
            "single replica not replicating",
            ks("none").primary(u).replica(101).repl(101, |r| r.io_thread = ThreadState::Stopped),
            u,
            Some(C::PrimarySingleReplicaNotReplicating),
        ),
        (
            "single replica dead",
            ks("none").primary(u).replica(101).down(101),
            u,
            Some(C::PrimarySingleReplicaDead),
        ),
        (
            "all replicas not replicating",
            healthy("none")
                .repl(101, |r| r.io_thread = ThreadState::Stopped)
                .repl(102, |r| r.io_thread = ThreadState::Stopped),
            u,
            Some(C::AllPrimaryReplicasNotReplicating),
        ),
        (
            "all replicas not replicating or dead",
            healthy("none").repl(101, |r| r.io_thread = ThreadState::Stopped).down(102),
            u,
            Some(C::AllPrimaryReplicasNotReplicatingOrDead),
        ),
        (
            "replication lagging",
            healthy("none").repl(101, |r| r.lag_seconds = Some(60)),
            101,
            Some(C::ReplicationLagging),
        ),
        ("lag within reason", healthy("none").repl(101, |r| r.lag_seconds = Some(10)), 101, None),
    ];
    for (name, b, uid, want) in cases {
        let ps = b.run();
        assert_eq!(code_of(&ps, uid), want, "{name}: got {:?}", found(&ps));
    }
}

#[test]
fn vttablet_only_codes_never_match() {
    // A primary down with every kind of trouble still never yields the vttablet-only codes.
    let ps = healthy("semi_sync").down(PRIMARY).io_connecting(101).io_connecting(102).run();
    for p in &ps {
        assert!(
            !matches!(
                p.code,
                C::PrimaryDiskStalled | C::IncapacitatedPrimary | C::PrimaryCurrentTypeMismatch
            ),
            "{p:?}"
        );
    }
    assert!(codes::TABLE.iter().filter(|r| r.vttablet_only).count() == 3);
}

/// The Shard record names `uid` with primary term `term` (seconds).
fn shard_names(mut b: B, uid: u32, term: i64) -> B {
    b.topo.shards[0].primary_alias = Some(TabletAlias::new("zone1", uid));
    b.topo.shards[0].primary_term_start = Some(VtTime { seconds: term, nanos: 0 });
    b
}

/// The primary with semi-sync on as Vitess configures it (no fall-back to async).
fn never_falls_back(b: B) -> B {
    b.with(PRIMARY, |i| {
        i.semi_sync.primary_enabled = true;
        i.semi_sync.primary_timeout_ms = 1_000_000_000_000_000_000;
        i.semi_sync.wait_no_replica = Some(true);
    })
}

fn blocked(wait_sessions: u64) -> B {
    healthy("semi_sync")
        .with(PRIMARY, |i| {
            i.semi_sync = SemiSync {
                primary_enabled: true,
                primary_status: true,
                primary_clients: 0,
                wait_for_replica_count: 1,
                wait_sessions,
                ..Default::default()
            }
        })
        .with(101, |i| i.semi_sync.replica_enabled = true)
        .with(102, |i| i.semi_sync.replica_enabled = true)
}

/// 101 is an old PRIMARY record (older term) that already replicates from 100.
fn stale_primary(old_term: i64) -> B {
    let mut b = healthy("none");
    b.topo.tablets[1].type_value = TabletType::Primary as i32;
    b.topo.tablets[1].primary_term_start = Some(VtTime { seconds: old_term, nanos: 0 });
    b
}

/// MariaDB: new primary 100 (server_id 100) has 0-1-6,0-2-7; replica 101 has `replica_state`.
fn errant_maria(replica_state: &str) -> B {
    let state = replica_state.to_string();
    healthy("none")
        .with(PRIMARY, |i| i.executed_gtid = "0-1-6,0-100-7".into())
        .with(101, |i| i.executed_gtid = state.replace("0-2-", "0-100-"))
        .with(102, |i| i.executed_gtid = "0-1-6,0-100-7".into())
}

const U_OLD: &str = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
const U_NEW: &str = "8a94f357-aab4-11df-86ab-c80aa9429562";

fn errant_mysql(replica_set: &str) -> B {
    let set = replica_set.to_string();
    let primary_set = format!("{U_OLD}:1-6,{U_NEW}:1-3");
    let p2 = primary_set.clone();
    healthy("none")
        .with(PRIMARY, |i| {
            i.flavor = Flavor::MySql80;
            i.server_uuid = U_NEW.into();
            i.executed_gtid = primary_set;
        })
        .with(101, |i| {
            i.flavor = Flavor::MySql80;
            i.executed_gtid = set;
        })
        .with(102, |i| {
            i.flavor = Flavor::MySql80;
            i.executed_gtid = p2;
        })
}

/// Replicas only; the shard record has the given term (None: the shard never had a primary).
fn no_primary(term: Option<i64>) -> B {
    let mut b = ks("none")
        .replica(101)
        .replica(102)
        .with(101, |i| i.replication = None)
        .with(102, |i| i.replication = None);
    b.topo.shards[0].primary_term_start = term.map(|s| VtTime { seconds: s, nanos: 0 });
    b
}

#[test]
fn dead_primary_is_shard_wide_and_actionable() {
    let ps = healthy("none").down(PRIMARY).io_connecting(101).io_connecting(102).run();
    // Shard-wide short-circuit: the replicas' own ReplicationStopped rows are not analysed.
    assert_eq!(found(&ps), vec![(PRIMARY, C::DeadPrimary)]);
    let p = &ps[0];
    assert!(p.actionable);
    assert_eq!(p.priority, 0);
    assert_eq!(p.action, "emergency failover: promote the most advanced replica");
    assert!(
        p.description
            .contains("IO thread Connecting: error reconnecting to master 'repl@127.0.0.1:20100'"),
        "{}",
        p.description
    );
    assert!(
        p.description.contains("Can't connect to MySQL server on '127.0.0.1:20100'"),
        "{}",
        p.description
    );
}

#[test]
fn emergency_reparent_disabled_makes_dead_primary_detection_only() {
    let mut b = healthy("none").down(PRIMARY).io_connecting(101).io_connecting(102);
    b.topo.shards[0].disable_emergency_reparent = true;
    let ps = b.run();
    assert_eq!(ps[0].code, C::DeadPrimary);
    assert!(!ps[0].actionable);
    assert!(ps[0].action.contains("emergency reparent is disabled for ks/0"), "{}", ps[0].action);
}

#[test]
fn non_shard_wide_problems_do_not_stop_the_shard() {
    let ps = healthy("none")
        .with(PRIMARY, |i| i.read_only = true)
        .with(102, |i| i.read_only = false)
        .run();
    assert_eq!(found(&ps), vec![(PRIMARY, C::PrimaryIsReadOnly), (102, C::ReplicaIsWritable)]);
    assert_eq!(problem(&ps, PRIMARY).action, "set read_only=OFF on zone1-0000000100");
    assert_eq!(
        problem(&ps, 102).action,
        "set read_only=ON on zone1-0000000102, repoint it to zone1-0000000100 and start replication \
         (replica-side semi-sync OFF)"
    );
}

#[test]
fn per_tablet_choice_follows_table_order_within_a_priority() {
    // Writable + errant + stopped: ReplicaIsWritable first (table order), then ErrantGTIDDetected
    // before ReplicationStopped.
    let b = errant_maria("0-1-7").repl(101, |r| r.sql_thread = ThreadState::Stopped);
    assert_eq!(code_of(&b.run(), 101), Some(C::ErrantGTIDDetected));
    let b = b.with(101, |i| i.read_only = false);
    assert_eq!(code_of(&b.run(), 101), Some(C::ReplicaIsWritable));
    // A semi-sync replica problem is chosen before ErrantGTIDDetected (vitess#20882).
    let b = errant_maria("0-1-7");
    let mut b2 = ks("semi_sync").primary(PRIMARY).replica(101);
    b2.insts = b.insts[..2].to_vec();
    assert_eq!(code_of(&b2.run(), 101), Some(C::ReplicaSemiSyncMustBeSet));
}

#[test]
fn errant_gtid_is_actionable_only_when_enabled() {
    let mut b = errant_maria("0-1-7");
    let p = problem(&b.run(), 101).clone();
    assert!(!p.actionable);
    assert!(
        p.description.contains("errant GTIDs that primary zone1-0000000100 does not have: 0-1-7"),
        "{}",
        p.description
    );
    b.cfg.errant_gtid_recovery = true;
    let p = problem(&b.run(), 101).clone();
    assert!(p.actionable);
    assert_eq!(p.action, "change the tablet type of zone1-0000000101 to DRAINED");
}

#[test]
fn semi_sync_fixes_are_ordered_replicas_first_when_enabling() {
    // 101 acks already (so the primary may enable), 102 does not yet.
    let ps = healthy("semi_sync").with(101, |i| i.semi_sync.replica_enabled = true).run();
    assert_eq!(
        found(&ps),
        vec![(102, C::ReplicaSemiSyncMustBeSet), (PRIMARY, C::PrimarySemiSyncMustBeSet)]
    );
}

#[test]
fn semi_sync_fixes_are_ordered_primary_first_when_disabling() {
    let ps = healthy("none")
        .with(101, |i| i.semi_sync.replica_enabled = true)
        .with(PRIMARY, |i| i.semi_sync.primary_enabled = true)
        .run();
    assert_eq!(
        found(&ps),
        vec![(PRIMARY, C::PrimarySemiSyncMustNotBeSet), (101, C::ReplicaSemiSyncMustNotBeSet)]
    );
}

#[test]
fn cross_cell_semi_sync_depends_on_the_source_cell() {
    let b = ks("cross_cell")
        .primary(PRIMARY)
        .tablet(201, TabletType::Replica, "zone2", None)
        .inst(201, "zone2", Some(PRIMARY))
        .replica(101);
    let ps = b.run();
    assert_eq!(
        ps.iter().find(|p| p.alias == "zone2-0000000201").map(|p| p.code),
        Some(C::ReplicaSemiSyncMustBeSet)
    );
    assert_eq!(code_of(&ps, 101), None, "same-cell replica must not ack under cross_cell");
}

#[test]
fn cluster_has_no_primary_stops_the_shard() {
    let ps = no_primary(None).run();
    assert_eq!(found(&ps), vec![(101, C::ClusterHasNoPrimary)]);
    assert_eq!(ps[0].action, "elect a primary: promote the most advanced reachable REPLICA tablet");
    let ps = no_primary(Some(5)).run();
    assert_eq!(found(&ps), vec![(101, C::PrimaryTabletDeleted)]);
    assert!(ps[0].description.contains("last primary zone1-0000000100"), "{}", ps[0].description);
}

#[test]
fn invalid_primary_becomes_dead_primary_when_no_replica_replicates() {
    // Never-reached primary; the only analysed replica is stopped, while a DRAINED tablet still
    // replicates from it (so no Dead* code matches directly).
    let b = healthy("none")
        .without_instance(PRIMARY)
        .typed(103, TabletType::Drained)
        .with(102, |i| i.replication = None);
    let mut b = b.repl(101, |r| r.io_thread = ThreadState::Stopped);
    b.topo.tablets.retain(|t| t.alias.uid != 102);
    b.insts.retain(|i| i.alias != "zone1-102");
    let ps = b.run();
    assert_eq!(
        found(&ps),
        vec![(PRIMARY, C::DeadPrimary)],
        "replica row dropped, primary upgraded"
    );
    assert!(ps[0].actionable);
    // With a replica that does replicate, the primary stays InvalidPrimary.
    let ps = healthy("none").without_instance(PRIMARY).run();
    assert_eq!(code_of(&ps, PRIMARY), Some(C::InvalidPrimary));
    assert!(!problem(&ps, PRIMARY).actionable);
}

#[test]
fn unreachable_primary_restarts_replicas() {
    let ps = healthy("none").down(PRIMARY).run();
    let p = problem(&ps, PRIMARY);
    assert!(p.actionable);
    assert!(p.action.starts_with("restart replication on one direct replica"), "{}", p.action);
}

#[test]
fn stale_snapshots_do_not_count_as_valid() {
    // Replicas probed long ago: they do not count as valid, so a dead primary with them is
    // DeadPrimaryAndReplicas (detection only), never an actionable DeadPrimary.
    let b = healthy("none")
        .down(PRIMARY)
        .io_connecting(101)
        .io_connecting(102)
        .with(101, |i| i.checked_at_ms = NOW - 60_000)
        .with(102, |i| i.checked_at_ms = NOW - 60_000);
    let ps = b.run();
    assert_eq!(found(&ps), vec![(PRIMARY, C::DeadPrimaryAndReplicas)]);
    assert!(!ps[0].actionable);
}

#[test]
fn replication_stopped_quotes_the_server_error() {
    let ps = healthy("none")
        .repl(101, |r| {
            r.sql_thread = ThreadState::Stopped;
            r.last_sql_errno = 1950;
            r.last_sql_error =
                "An attempt was made to binlog GTID 0-2-7 which would create an out-of-order \
                                sequence number"
                    .into();
        })
        .run();
    let d = &problem(&ps, 101).description;
    assert!(d.contains("SQL thread No: An attempt was made to binlog GTID 0-2-7"), "{d}");
    assert!(d.contains("(errno 1950)"), "{d}");
}

#[test]
fn keyspace_without_durability_policy_gets_one_non_actionable_problem() {
    for (policy, text) in
        [("", "has no durability policy"), ("bogus", "unknown durability policy \"bogus\"")]
    {
        // Even a dead primary is not analysed in such a keyspace.
        let ps = ks(policy).primary(PRIMARY).replica(101).down(PRIMARY).io_connecting(101).run();
        assert_eq!(found(&ps), vec![(0, C::NoDurabilityPolicy)], "{policy:?}");
        let p = &ps[0];
        assert_eq!((p.keyspace.as_str(), p.shard.as_str(), p.alias.as_str()), ("ks", "", ""));
        assert!(!p.actionable);
        assert!(p.description.contains(text), "{}", p.description);
        assert!(p.description.contains("vtorc-rs set-durability ks none"), "{}", p.description);
    }
}

#[test]
fn snapshot_keyspaces_and_non_replica_types_are_skipped() {
    let mut b = healthy("none").with(PRIMARY, |i| i.read_only = true);
    b.topo.keyspaces[0].keyspace_type = 1;
    assert_eq!(found(&b.run()), vec![]);
    // DRAINED, BACKUP and RESTORE tablets are not analysed, even when writable.
    for tt in [TabletType::Drained, TabletType::Backup, TabletType::Restore] {
        let ps = healthy("none").typed(103, tt).with(103, |i| i.read_only = false).run();
        assert_eq!(found(&ps), vec![], "{tt}");
    }
    // ... but SPARE, RDONLY and EXPERIMENTAL are.
    let ps = healthy("none").typed(103, TabletType::Spare).with(103, |i| i.read_only = false).run();
    assert_eq!(code_of(&ps, 103), Some(C::ReplicaIsWritable));
}

#[test]
fn tablets_of_unknown_keyspaces_are_ignored_and_output_is_grouped() {
    let mut b = healthy("none").with(101, |i| i.read_only = false);
    b.topo.keyspaces.push(Keyspace {
        name: "aaa".into(),
        keyspace_type: 0,
        durability_policy: String::new(),
        disable_emergency_reparent: false,
    });
    b.topo.tablets[2].keyspace = "nope".into();
    let ps = b.run();
    let ks_order: Vec<&str> = ps.iter().map(|p| p.keyspace.as_str()).collect();
    assert_eq!(ks_order, ["aaa", "ks"]);
    assert_eq!(found(&ps), vec![(0, C::NoDurabilityPolicy), (101, C::ReplicaIsWritable)]);
}

// ---------------------------------------------------------------------------------------------
// Property: detect never panics on any small topology and instance state, and it is a function
// of its inputs (same answer twice, every problem about a tablet or keyspace that exists).

mod arbitrary {
    use super::*;
    use crate::model::Flavor;
    use proptest::prelude::*;

    const POLICIES: [&str; 6] =
        ["none", "semi_sync", "cross_cell", "", "majority_of_42", "semi_sync_with_rdonly_ack"];
    const GTIDS: [&str; 8] = [
        "",
        "0-1-5",
        "0-1-7,1-2-3",
        "0-2-9",
        "garbage",
        "3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5",
        "0-1-18446744073709551615",
        "-,-",
    ];
    const THREADS: [ThreadState; 3] =
        [ThreadState::Running, ThreadState::Connecting, ThreadState::Stopped];
    const FLAVORS: [Flavor; 3] = [Flavor::MariaDb, Flavor::MySql80, Flavor::MySql84];

    #[derive(Debug, Clone)]
    struct T {
        type_value: i32,
        cell: usize,
        term: Option<i64>,
        inst: Option<I>,
    }
    #[derive(Debug, Clone)]
    struct I {
        reachable: bool,
        checked_ago: i64,
        seen_ago: i64,
        read_only: bool,
        flavor: usize,
        gtid: (usize, usize, usize),
        net_timeout: u32,
        semi: (bool, bool, bool, bool, u64),
        repl: Option<R>,
        server_id: u64,
    }
    #[derive(Debug, Clone)]
    struct R {
        source: usize,
        io: usize,
        sql: usize,
        lag: Option<u64>,
        heartbeat: f64,
        errno: u32,
        retrieved: usize,
    }

    fn repl() -> impl Strategy<Value = R> {
        (
            0usize..6,
            0usize..3,
            0usize..3,
            proptest::option::of(0u64..100_000),
            0.0f64..70.0,
            0u32..3000,
            0usize..8,
        )
            .prop_map(|(source, io, sql, lag, heartbeat, errno, retrieved)| R {
                source,
                io,
                sql,
                lag,
                heartbeat,
                errno,
                retrieved,
            })
    }

    fn inst() -> impl Strategy<Value = I> {
        (
            any::<bool>(),
            -1000i64..100_000,
            0i64..1_000_000,
            any::<bool>(),
            0usize..3,
            (0usize..8, 0usize..8, 0usize..8),
            0u32..100,
            (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), 0u64..4),
            proptest::option::of(repl()),
            0u64..6,
        )
            .prop_map(
                |(
                    reachable,
                    checked_ago,
                    seen_ago,
                    read_only,
                    flavor,
                    gtid,
                    net_timeout,
                    semi,
                    repl,
                    server_id,
                )| I {
                    reachable,
                    checked_ago,
                    seen_ago,
                    read_only,
                    flavor,
                    gtid,
                    net_timeout,
                    semi,
                    repl,
                    server_id,
                },
            )
    }

    fn tablet() -> impl Strategy<Value = T> {
        (
            prop_oneof![(-1i32..10), Just(42)],
            0usize..2,
            proptest::option::of(0i64..3000),
            proptest::option::of(inst()),
        )
            .prop_map(|(type_value, cell, term, inst)| T { type_value, cell, term, inst })
    }

    fn build(
        policy: usize,
        primary: Option<usize>,
        shard_term: Option<i64>,
        ts: &[T],
    ) -> (Topology, Vec<InstanceState>) {
        let cells = ["zone1", "zone2"];
        let mut b = ks(POLICIES[policy]);
        b.topo.cells.push(Cell {
            name: "zone2".into(),
            server_address: String::new(),
            root: String::new(),
        });
        b.topo.shards[0].primary_alias =
            primary.map(|i| TabletAlias::new(cells[i % 2], 100 + i as u32));
        b.topo.shards[0].primary_term_start = shard_term.map(|s| VtTime { seconds: s, nanos: 0 });
        let mut insts = Vec::new();
        for (k, t) in ts.iter().enumerate() {
            let uid = 100 + k as u32;
            let cell = cells[t.cell];
            b.topo.tablets.push(Tablet {
                alias: TabletAlias::new(cell, uid),
                hostname: "h".into(),
                keyspace: "ks".into(),
                shard: "0".into(),
                type_value: t.type_value,
                mysql_hostname: "127.0.0.1".into(),
                mysql_port: i32::from(port(uid)),
                primary_term_start: t.term.map(|s| VtTime { seconds: s, nanos: 0 }),
            });
            if let Some(i) = &t.inst {
                insts.push(InstanceState {
                    alias: format!("{cell}-{uid}"),
                    host: "127.0.0.1".into(),
                    port: port(uid),
                    reachable: i.reachable,
                    error: (!i.reachable).then(|| "refused".to_string()),
                    checked_at_ms: NOW - i.checked_ago,
                    last_seen_ms: if i.seen_ago > 900_000 { 0 } else { NOW - i.seen_ago },
                    flavor: FLAVORS[i.flavor],
                    server_id: i.server_id,
                    read_only: i.read_only,
                    executed_gtid: GTIDS[i.gtid.0].into(),
                    gtid_binlog_pos: GTIDS[i.gtid.1].into(),
                    gtid_slave_pos: GTIDS[i.gtid.2].into(),
                    gtid_current_pos: GTIDS[i.gtid.1].into(),
                    replica_net_timeout: i.net_timeout,
                    semi_sync: SemiSync {
                        primary_enabled: i.semi.0,
                        replica_enabled: i.semi.1,
                        primary_status: i.semi.2,
                        replica_status: i.semi.3,
                        primary_clients: i.semi.4,
                        wait_for_replica_count: 1,
                        ..Default::default()
                    },
                    replication: i.repl.as_ref().map(|r| ReplicationStatus {
                        source_host: "127.0.0.1".into(),
                        // 0..5 point at a tablet of this shard (maybe absent), 5 elsewhere.
                        source_port: port(100 + r.source as u32),
                        io_thread: THREADS[r.io],
                        sql_thread: THREADS[r.sql],
                        lag_seconds: r.lag,
                        heartbeat_period: r.heartbeat,
                        last_io_errno: r.errno,
                        retrieved_gtid: GTIDS[r.retrieved].into(),
                        auto_position: true,
                        ..Default::default()
                    }),
                    ..Default::default()
                });
            }
        }
        (b.topo, insts)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
        #[test]
        fn detect_never_panics_and_is_deterministic(
            policy in 0usize..POLICIES.len(),
            primary in proptest::option::of(0usize..6),
            shard_term in proptest::option::of(0i64..3000),
            ts in proptest::collection::vec(tablet(), 0..5),
            errant in any::<bool>(),
        ) {
            let (topo, insts) = build(policy, primary, shard_term, &ts);
            let cfg = AnalysisConfig { errant_gtid_recovery: errant, ..AnalysisConfig::default() };
            let a = detect(&topo, &insts, &cfg, NOW);
            let b = detect(&topo, &insts, &cfg, NOW);
            prop_assert_eq!(&a, &b);
            let aliases: Vec<String> = topo.tablets.iter().map(|t| t.alias.to_string()).collect();
            for p in &a {
                prop_assert!(p.alias.is_empty() || aliases.contains(&p.alias), "{:?}", p);
                prop_assert_eq!(&p.keyspace, "ks");
            }
        }
    }
}
