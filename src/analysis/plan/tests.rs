//! Table tests of the planner: golden step lists per recovery kind, each refusal, and the cases
//! where the old hand-kept dry-run and the executor parted.

use super::*;
use crate::model::{ProblemCode, ReplicationStatus, Shard, ThreadState, VtTime};
use crate::render::plan::step_lines;

const NOW: i64 = 10_000_000;

fn tablet(uid: u32, tt: TabletType) -> Tablet {
    Tablet {
        alias: TabletAlias::new("zone1", uid),
        hostname: "localhost".into(),
        keyspace: "ks".into(),
        shard: "0".into(),
        type_value: tt as i32,
        mysql_hostname: "127.0.0.1".into(),
        mysql_port: 20000 + uid as i32,
        primary_term_start: (tt == TabletType::Primary)
            .then_some(VtTime { seconds: 1000, nanos: 0 }),
    }
}

/// A MariaDB server: `pos` is its gtid_slave_pos/binlog state; a replica of 100 when `replica`.
fn inst(uid: u32, pos: &str, replica: bool) -> InstanceState {
    InstanceState {
        alias: TabletAlias::new("zone1", uid).to_string(),
        host: "127.0.0.1".into(),
        port: 20000 + uid as u16,
        reachable: true,
        flavor: Flavor::MariaDb,
        server_id: u64::from(uid),
        read_only: replica,
        executed_gtid: pos.into(),
        gtid_binlog_pos: pos.into(),
        gtid_slave_pos: if replica { pos.into() } else { String::new() },
        gtid_current_pos: pos.into(),
        replica_net_timeout: 60,
        replication: replica.then(|| ReplicationStatus {
            source_host: "127.0.0.1".into(),
            source_port: 20100,
            io_thread: ThreadState::Running,
            sql_thread: ThreadState::Running,
            retrieved_gtid: pos.into(),
            auto_position: true,
            ..ReplicationStatus::default()
        }),
        ..InstanceState::default()
    }
}

fn dead(uid: u32) -> InstanceState {
    InstanceState {
        alias: TabletAlias::new("zone1", uid).to_string(),
        reachable: false,
        error: Some("connection refused".into()),
        ..InstanceState::default()
    }
}

/// Shard ks/0: primary 100 and REPLICAs 101, 102 (101 most advanced), policy `none`.
fn shard(policy: &str) -> Snapshot {
    let tablets = vec![
        tablet(100, TabletType::Primary),
        tablet(101, TabletType::Replica),
        tablet(102, TabletType::Replica),
    ];
    let instances =
        [inst(100, "0-100-10", false), inst(101, "0-100-10", true), inst(102, "0-100-9", true)]
            .into_iter()
            .map(|i| (i.alias.clone(), i))
            .collect();
    Snapshot {
        shard: Shard {
            keyspace: "ks".into(),
            name: "0".into(),
            primary_alias: Some(TabletAlias::new("zone1", 100)),
            primary_term_start: Some(VtTime { seconds: 1000, nanos: 0 }),
            disable_emergency_reparent: false,
        },
        tablets,
        instances,
        policy: Policy::parse(policy).expect("policy"),
        errant: Default::default(),
        gates: Gates::open(),
        refused: None,
        high_water: Ok(None),
        io_restarts: Default::default(),
        repl: Credentials {
            user: "repl".into(),
            password: crate::secret::Secret::new("s3cret"),
            tls: None,
        },
        now_ms: NOW,
    }
}

fn with(mut s: Snapshot, st: InstanceState) -> Snapshot {
    s.instances.insert(st.alias.clone(), st);
    s
}

fn problem(code: ProblemCode, uid: u32) -> Problem {
    Problem {
        keyspace: "ks".into(),
        shard: "0".into(),
        alias: TabletAlias::new("zone1", uid).to_string(),
        code,
        priority: 0,
        description: "test".into(),
        action: String::new(),
        actionable: true,
    }
}

fn opts() -> PlanOpts {
    PlanOpts {
        wait_replicas_timeout: Duration::from_secs(30),
        prevent_cross_cell: false,
        block_duration: Duration::from_secs(1800),
        hooks: HookCommands::default(),
    }
}

/// Every line of every step of the whole plan (preparation, then promotion).
fn lines(p: &Problem, s: &Snapshot) -> Vec<String> {
    let plans = plan_whole(p, s, &opts()).unwrap_or_else(|e| panic!("refused: {e}"));
    plans.iter().flat_map(|pl| pl.steps.iter().flat_map(step_lines)).collect()
}

fn statements_on(lines: &[String], uid: u32) -> Vec<String> {
    let tag = format!("[zone1-{uid:010} ");
    lines
        .iter()
        .filter_map(|l| {
            l.strip_prefix(&tag).map(|r| r.split_once("] ").map(|x| x.1).unwrap_or(r).to_string())
        })
        .collect()
}

fn refusal(p: &Problem, s: &Snapshot) -> Refusal {
    match plan_whole(p, s, &opts()) {
        Ok(pl) => panic!("planned, expected a refusal: {pl:#?}"),
        Err(r) => r,
    }
}

#[test]
fn dead_primary_golden() {
    let s = with(shard("none"), dead(100));
    let got = lines(&problem(ProblemCode::DeadPrimary, 100), &s);
    let want = [
        "decided: DeadPrimary on zone1-0000000100: emergency reparent among 2 (zone1-0000000101, zone1-0000000102)",
        "[zone1-0000000101 127.0.0.1:20101] STOP SLAVE IO_THREAD",
        "[zone1-0000000102 127.0.0.1:20102] STOP SLAVE IO_THREAD",
        "re-probe zone1-0000000101, zone1-0000000102 (the promotion is planned again from what they answer)",
        "candidates:",
        "  1. zone1-0000000101 REPLICA [0-100-10] eligible: eligible (neutral, most advanced)",
        "  2. zone1-0000000102 REPLICA [0-100-9] eligible: eligible (neutral)",
        "  3. zone1-0000000100 PRIMARY [-] excluded: unreachable",
        "check the shard lock is still ours before promoting",
        "[zone1-0000000101 127.0.0.1:20101] STOP SLAVE",
        "[zone1-0000000101 127.0.0.1:20101] RESET SLAVE ALL",
        "[zone1-0000000101 127.0.0.1:20101] SET GLOBAL rpl_semi_sync_master_enabled=OFF",
        "[zone1-0000000101 127.0.0.1:20101] SET GLOBAL rpl_semi_sync_slave_enabled=OFF",
        "topology: tablet zone1-0000000101 type PRIMARY, primary_term_start_time=now",
        "topology: tablet zone1-0000000100 type REPLICA, primary_term_start_time cleared",
        "topology: shard ks/0 primary_alias=zone1-0000000101, primary_term_start_time=now",
        "[zone1-0000000101 127.0.0.1:20101] SET GLOBAL read_only=OFF",
        "at the same time, repoint to zone1-0000000101:",
        "[zone1-0000000102 127.0.0.1:20102] SET GLOBAL read_only=ON",
        "[zone1-0000000102 127.0.0.1:20102] SET GLOBAL rpl_semi_sync_master_enabled=OFF",
        "[zone1-0000000102 127.0.0.1:20102] SET GLOBAL rpl_semi_sync_slave_enabled=OFF",
        "[zone1-0000000102 127.0.0.1:20102] STOP SLAVE",
        "[zone1-0000000102 127.0.0.1:20102] CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=20101, MASTER_USER='repl', MASTER_PASSWORD='***', MASTER_CONNECT_RETRY=1, MASTER_HEARTBEAT_PERIOD=30.000, MASTER_USE_GTID=slave_pos",
        "[zone1-0000000102 127.0.0.1:20102] START SLAVE",
    ];
    assert_eq!(got, want, "golden plan of a dead primary");
    let topo: Vec<&String> = got.iter().filter(|l| l.starts_with("topology:")).collect();
    assert_eq!(topo.len(), 3, "{got:#?}");
    assert!(topo[0].contains("tablet zone1-0000000101 type PRIMARY"), "{topo:?}");
    assert!(topo[1].contains("tablet zone1-0000000100 type REPLICA"), "{topo:?}");
    assert!(topo[2].contains("primary_alias=zone1-0000000101"), "{topo:?}");
    // The password never shows.
    assert!(!got.iter().any(|l| l.contains("s3cret")), "{got:#?}");
}

#[test]
fn dead_primary_leaves_an_errant_replica_stopped_and_does_not_repoint_it() {
    // 102 wrote 0-102-5 itself: no other tablet has it.
    let s = with(with(shard("none"), dead(100)), inst(102, "0-100-9,0-102-5", true));
    let got = lines(&problem(ProblemCode::DeadPrimary, 100), &s);
    let on102 = statements_on(&got, 102);
    assert!(
        !on102.iter().any(|x| x.starts_with("CHANGE MASTER")
            || x == "START SLAVE"
            || x.contains("gtid_slave_pos")),
        "{on102:#?}"
    );
    assert!(on102.iter().any(|x| x == "STOP SLAVE"), "left with replication stopped: {on102:#?}");
    assert!(got.iter().any(|l| l.contains("has errant GTIDs")), "{got:#?}");
}

#[test]
fn a_stopped_replica_is_made_read_only_once() {
    let mut st = inst(102, "0-100-9", true);
    if let Some(r) = st.replication.as_mut() {
        r.io_thread = ThreadState::Stopped;
        r.sql_thread = ThreadState::Stopped;
    }
    let s = with(shard("none"), st);
    let got = lines(&problem(ProblemCode::ReplicationStopped, 102), &s);
    let on102 = statements_on(&got, 102);
    assert_eq!(
        on102.iter().filter(|x| x.as_str() == "SET GLOBAL read_only=ON").count(),
        1,
        "{on102:#?}"
    );
    assert_eq!(on102.last().map(String::as_str), Some("START SLAVE"), "{on102:#?}");
}

#[test]
fn first_election_refuses_when_a_non_replica_is_ahead() {
    let mut s = shard("none");
    s.tablets = vec![tablet(101, TabletType::Replica), tablet(103, TabletType::Rdonly)];
    s.instances = [inst(101, "0-100-9", false), inst(103, "0-100-10", false)]
        .into_iter()
        .map(|i| (i.alias.clone(), i))
        .collect();
    let r = refusal(&problem(ProblemCode::ClusterHasNoPrimary, 101), &s);
    assert!(r.to_string().contains("zone1-0000000103 holds transactions"), "{r}");
}

#[test]
fn primary_tablet_deleted_needs_every_tablet() {
    let mut s = with(shard("none"), dead(102));
    s.tablets.retain(|t| t.alias.uid != 100);
    let r = refusal(&problem(ProblemCode::PrimaryTabletDeleted, 101), &s);
    assert!(matches!(r, Refusal::Refused(_)) && r.to_string().contains("zone1-0000000102"), "{r}");
}

#[test]
fn fix_replica_gives_up_when_the_primary_is_unreachable_or_it_was_not_probed() {
    let p = problem(ProblemCode::ReplicationStopped, 102);
    let pl = plan(&p, &with(shard("none"), dead(100)), &opts()).expect("a plan that gives up");
    assert!(
        matches!(pl.steps.last(), Some(Step::GiveUp { reason }) if reason.contains("unreachable")),
        "{pl:#?}"
    );
    assert!(!pl.steps.iter().any(|s| matches!(s, Step::Sql { .. })), "nothing runs: {pl:#?}");
    let mut partial = inst(102, "", true);
    partial.partial = true;
    let pl = plan(&p, &with(shard("none"), partial), &opts()).expect("a plan that gives up");
    let got: Vec<String> = pl.steps.iter().flat_map(step_lines).collect();
    assert_eq!(statements_on(&got, 102), ["SET GLOBAL read_only=ON"], "{got:#?}");
    assert!(
        matches!(pl.steps.last(), Some(Step::GiveUp { reason }) if reason.contains("not fully probed")),
        "{pl:#?}"
    );
}

#[test]
fn a_tablet_whose_state_is_unknown_stops_a_failover() {
    let p = problem(ProblemCode::DeadPrimary, 100);
    // Reachable, but its replication status could not be read (a revoked privilege): its GTID
    // set reads as empty and must not be compared blind.
    let mut st = inst(101, "", true);
    st.partial = true;
    st.error = Some("SHOW SLAVE STATUS: access denied".into());
    let r = refusal(&p, &with(with(shard("none"), dead(100)), st));
    assert!(
        r.to_string().contains("zone1-0000000101") && r.to_string().contains("access denied"),
        "{r}"
    );
    let mut denied = dead(102);
    denied.access_denied = true;
    let r = refusal(&p, &with(with(shard("none"), dead(100)), denied));
    assert!(r.to_string().contains("zone1-0000000102"), "{r}");
}

#[test]
fn gates_block_with_the_command_that_lifts_them_and_unreadable_gates_close() {
    let p = problem(ProblemCode::DeadPrimary, 100);
    let mut s = with(shard("none"), dead(100));
    s.gates.switch =
        Ok(Some(crate::topo::RecoveriesSwitch { disabled: true, changed_ms: 1, host: "h".into() }));
    assert!(
        matches!(refusal(&p, &s), Refusal::Blocked { gate: GateKind::RecoveriesDisabled, why } if why.contains("recoveries enable"))
    );
    s.gates = Gates::open();
    s.gates.ers = Err("etcd: timeout".into());
    assert!(matches!(refusal(&p, &s), Refusal::GateUnreadable(w) if w.contains("timeout")));
    // A repair does not depend on the failover switches.
    let stopped = problem(ProblemCode::ReplicationStopped, 102);
    assert!(plan(&stopped, &s, &opts()).is_ok());
    s.gates = Gates::open();
    s.gates.block = Ok(Some(crate::topo::FailoverBlock {
        keyspace: "ks".into(),
        shard: "0".into(),
        until_ms: NOW + 1,
        recovery_id: None,
        host: String::new(),
        created_ms: 0,
        acked_by: None,
        acked_ms: None,
    }));
    assert!(
        matches!(refusal(&p, &s), Refusal::Blocked { gate: GateKind::AntiFlapping, why } if why.contains("vtorc-rs ack ks/0"))
    );
}

#[test]
fn hooks_name_the_replaced_primary_and_the_winner() {
    let mut o = opts();
    o.hooks.pre_failover = Some("/bin/pre {failedAlias}".into());
    o.hooks.post_failover = Some("/bin/post {failedAlias} {successorAlias}".into());
    let p = problem(ProblemCode::DeadPrimary, 100);
    let plans = plan_whole(&p, &with(shard("none"), dead(100)), &o).expect("planned");
    let pre = plans[0]
        .steps
        .iter()
        .flat_map(step_lines)
        .find(|l| l.starts_with("pre-failover"))
        .expect("pre hook");
    assert!(pre.contains("\"zone1-0000000100\""), "{pre}");
    let post: Vec<String> = plans[1].on_success.iter().flat_map(step_lines).collect();
    assert!(
        post.iter().any(|l| l.contains("\"zone1-0000000100\", \"zone1-0000000101\"")),
        "{post:#?}"
    );
    assert!(matches!(plans[1].on_success[0], Step::Block { .. }), "the block goes before the hook");
}

#[test]
fn restart_direct_replicas_waits_out_its_rate_limit() {
    let p = problem(ProblemCode::UnreachablePrimary, 100);
    let mut s = shard("none");
    // The replicas report 127.0.0.1:20100 as their source, the primary's address.
    s.io_restarts.insert("zone1-0000000101".into(), NOW - 1_000);
    let pl = plan(&p, &s, &opts()).expect("102 may be restarted");
    assert!(
        matches!(&pl.steps[..], [Step::RestartIoThread { target }] if target.alias() == "zone1-0000000102"),
        "{pl:#?}"
    );
    s.io_restarts.insert("zone1-0000000102".into(), NOW - 1_000);
    assert!(matches!(plan(&p, &s, &opts()), Err(Refusal::Wait(_))));
}

#[test]
fn semi_sync_blocked_demotes_the_live_primary_first_and_waits_for_every_replica() {
    let p = problem(ProblemCode::PrimarySemiSyncBlocked, 100);
    let got = lines(&p, &shard("semi_sync"));
    let first_sql = got.iter().find(|l| l.starts_with('[')).expect("statements");
    assert!(
        first_sql.starts_with("[zone1-0000000100 ")
            && first_sql.contains("rpl_semi_sync_master_enabled=OFF"),
        "{got:#?}"
    );
    assert!(statements_on(&got, 100).iter().any(|x| x == "SET GLOBAL read_only=ON"), "{got:#?}");
    for uid in [101, 102] {
        assert!(
            statements_on(&got, uid).iter().any(|x| x.contains("MASTER_GTID_WAIT")),
            "{uid} waits: {got:#?}"
        );
    }
}

#[test]
fn a_relay_log_still_unapplied_after_the_wait_stops_the_promotion() {
    let p = problem(ProblemCode::DeadPrimary, 100);
    let s = with(shard("none"), dead(100));
    let prep = plan(&p, &s, &opts()).expect("prepared");
    let next = prep.then_promote.expect("a failover has a promotion");
    // Re-probed: 102 received 0-100-12 but applied only 0-100-9.
    let mut st = inst(102, "0-100-9", true);
    if let Some(r) = st.replication.as_mut() {
        r.retrieved_gtid = "0-100-12".into();
    }
    let r = promotion(&p, &with(s, st), &opts(), &next).expect_err("refused");
    assert!(r.to_string().contains("zone1-0000000102 (received 0-100-12"), "{r}");
}

fn planned(req: PlannedRequest, s: &Snapshot) -> Planned {
    planned_reparent(&problem(ProblemCode::DeadPrimary, 100), s, &opts(), &req)
}

fn to(uid: u32) -> PlannedRequest {
    PlannedRequest {
        new_primary: Some(TabletAlias::new("zone1", uid)),
        ..PlannedRequest::default()
    }
}

#[test]
fn planned_reparent_golden() {
    let pl = planned(to(101), &shard("semi_sync")).expect("planned");
    assert_eq!(pl.label, "PlannedReparentShard");
    let got: Vec<String> = pl.steps.iter().flat_map(step_lines).collect();
    let kinds: Vec<&str> = pl.steps.iter().map(crate::render::plan::step_name).collect();
    assert_eq!(
        kinds,
        [
            "note",
            "caught up",
            "primary demoted",
            "candidate at the demoted position",
            "lock check",
            "sql",
            "topology written",
            "promoted and repointed"
        ],
        "{got:#?}"
    );
    let on100 = statements_on(&got, 100);
    assert_eq!(
        &on100[..3],
        [
            "SET GLOBAL rpl_semi_sync_master_enabled=OFF",
            "SET GLOBAL rpl_semi_sync_slave_enabled=OFF",
            "SET GLOBAL read_only=ON"
        ],
        "demoted first: {got:#?}"
    );
    // The old primary rejoins as a replica of the new one, its slave position aligned first.
    assert!(
        on100.iter().any(|x| x == "SET GLOBAL gtid_slave_pos=@@GLOBAL.gtid_current_pos"),
        "{on100:#?}"
    );
    assert!(
        on100
            .iter()
            .any(|x| x.starts_with("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=20101")),
        "{on100:#?}"
    );
    assert!(
        got.iter().any(|l| l.contains("sessions: KILL CONNECTION")),
        "MariaDB admins are killed: {got:#?}"
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("undo if the switchover fails") && l.contains("read_only=OFF")),
        "{got:#?}"
    );
    let on101 = statements_on(&got, 101);
    assert_eq!(on101.last().map(String::as_str), Some("SET GLOBAL read_only=OFF"), "{got:#?}");
    assert!(
        on101.iter().any(|x| x.contains("rpl_semi_sync_master_enabled=ON")),
        "semi-sync per the policy: {on101:#?}"
    );
    assert!(
        pl.on_success.iter().all(|s| !matches!(s, Step::Block { .. })),
        "a switchover places no block"
    );
}

#[test]
fn planned_reparent_refusals() {
    let refused = |req: PlannedRequest, s: &Snapshot, want: &str| match planned(req, s) {
        Err(Refusal::Refused(w)) => assert!(w.contains(want), "{w}"),
        other => panic!("expected a refusal naming {want:?}: {other:?}"),
    };
    let mut s = shard("none");
    s.tablets.push(tablet(103, TabletType::Rdonly));
    s.instances.insert("zone1-0000000103".into(), inst(103, "0-100-10", true));
    refused(to(103), &s, "RDONLY");
    refused(to(100), &s, "current primary");
    let errant = with(shard("none"), inst(101, "0-100-10,0-101-3", true));
    refused(to(101), &errant, "errant");
    refused(to(102), &with(shard("none"), dead(101)), "every tablet must answer");
    let mut lagging = inst(101, "0-100-10", true);
    if let Some(r) = lagging.replication.as_mut() {
        r.lag_seconds = Some(30);
    }
    let req = PlannedRequest { tolerable_lag: Duration::from_secs(5), ..to(101) };
    refused(req, &with(shard("none"), lagging), "lags 30s");
    // Under semi_sync the old primary, a REPLICA once demoted, acks the new one.
    let mut pair = shard("semi_sync");
    pair.tablets.retain(|t| t.alias.uid != 102);
    assert!(planned(to(101), &pair).is_ok());
    // Without --new-primary the most advanced eligible REPLICA wins, and avoiding a tablet that
    // is not the primary is nothing to do.
    let pl = planned(PlannedRequest::default(), &shard("none")).expect("planned");
    assert_eq!(pl.election.and_then(|e| e.winner), Some(TabletAlias::new("zone1", 101)));
    let avoid = PlannedRequest {
        avoid_primary: Some(TabletAlias::new("zone1", 102)),
        ..PlannedRequest::default()
    };
    assert!(matches!(planned(avoid, &shard("none")), Err(Refusal::Wait(_))));
}

#[test]
fn emergency_reparent_to_a_named_tablet_catches_it_up_first() {
    let p = problem(ProblemCode::DeadPrimary, 100);
    let s = with(shard("none"), dead(100));
    let req =
        EmergencyRequest { new_primary: Some(TabletAlias::new("zone1", 102)), ignore: Vec::new() };
    let prep = emergency_reparent(&p, &s, &opts(), &req).expect("prepared");
    assert_eq!(prep.label, "EmergencyReparentShard");
    let next = prep.then_promote.expect("a promotion follows");
    let pl = promotion(&p, &s.relay_logs_applied(None), &opts(), &next).expect("promoted");
    assert!(
        matches!(&pl.steps.iter().find(|s| matches!(s, Step::CatchUp { .. })), Some(Step::CatchUp { winner, source, .. }) if winner.alias() == "zone1-0000000102" && source.alias() == "zone1-0000000101"),
        "{pl:#?}"
    );
    assert_eq!(pl.election.and_then(|e| e.winner), Some(TabletAlias::new("zone1", 102)));
    // A writable primary that answers is not an emergency.
    let live = shard("none");
    assert!(
        matches!(emergency_reparent(&p, &live, &opts(), &req), Err(Refusal::Refused(w)) if w.contains("planned-reparent"))
    );
}

#[test]
fn emergency_reparent_leaves_ignored_replicas_alone() {
    let p = problem(ProblemCode::DeadPrimary, 100);
    let s = with(shard("none"), dead(100));
    let req = EmergencyRequest { new_primary: None, ignore: vec![TabletAlias::new("zone1", 101)] };
    let plans = {
        let prep = emergency_reparent(&p, &s, &opts(), &req).expect("prepared");
        let next = prep.then_promote.clone().expect("a promotion follows");
        // As the executor does: the promotion is planned on the whole shard; only the tablets
        // the preparation worked on take part.
        let second = promotion(&p, &s.relay_logs_applied(None), &opts(), &next).expect("promoted");
        vec![prep, second]
    };
    let got: Vec<String> =
        plans.iter().flat_map(|pl| pl.steps.iter().flat_map(step_lines)).collect();
    assert!(statements_on(&got, 101).is_empty(), "nothing runs on the ignored tablet: {got:#?}");
    assert_eq!(
        plans[1].election.as_ref().and_then(|e| e.winner.clone()),
        Some(TabletAlias::new("zone1", 102))
    );
}
