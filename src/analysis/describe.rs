//! Plain-words descriptions of detected problems and of what `recover` would do about them.
//! Pure: builds strings from the facts `detect` gathered; quotes the servers' own error text.

use super::codes::{recovery_kind, RecoveryKind, PRIORITY_HIGH};
use super::detect::{thread_word, AnalysisConfig, Cluster, Facts, Node};
use super::durability::{PolicyTablet, UnknownPolicy};
use crate::model::{InstanceState, Problem, ProblemCode, Tablet};

/// How many replicas a description quotes before summarising the rest.
const MAX_QUOTED: usize = 3;

/// The keyspace-level problem for a missing or unknown durability policy.
pub(crate) fn no_durability_policy(keyspace: &str, err: &UnknownPolicy) -> Problem {
    let what = if err.name.is_empty() {
        "has no durability policy".to_string()
    } else {
        format!("has an unknown durability policy {:?}", err.name)
    };
    Problem {
        keyspace: keyspace.to_string(),
        shard: String::new(),
        alias: String::new(),
        code: ProblemCode::NoDurabilityPolicy,
        priority: PRIORITY_HIGH,
        description: format!(
            "keyspace {keyspace} {what}, so none of its shards is analysed or recovered; \
             fix: vtorc-rs set-durability {keyspace} none (or semi_sync, cross_cell, ...)"
        ),
        action: format!("none: set a policy first with `vtorc-rs set-durability {keyspace} none`"),
        actionable: false,
    }
}

/// `ProbeAccessDenied` for a tablet whose MySQL refused vtorc-rs's login or a probe statement.
pub(crate) fn access_denied(t: &Tablet, inst: Option<&InstanceState>) -> Option<Problem> {
    let i = inst.filter(|i| i.access_denied)?;
    Some(Problem {
        keyspace: t.keyspace.clone(),
        shard: t.shard.clone(),
        alias: t.alias.to_string(),
        code: ProblemCode::ProbeAccessDenied,
        priority: PRIORITY_HIGH,
        description: format!(
            "vtorc-rs may not read MySQL of {} tablet {}: {}; the shard's state is unknown, so nothing in {}/{} is analysed or recovered until the password or the grants are fixed (README lists the privileges)",
            t.tablet_type(),
            who(t),
            i.error.as_deref().unwrap_or("access denied"),
            t.keyspace,
            t.shard
        ),
        action: "none: fix vtorc-rs's MySQL user or its grants".into(),
        actionable: false,
    })
}

/// `zone1-0000000101 (127.0.0.1:23306)`.
fn who(t: &Tablet) -> String {
    format!("{} ({})", t.alias, t.mysql_addr())
}

/// Why a node has no current data, in the server's or the probe's words.
fn unreachable_reason(n: &Node<'_>) -> String {
    match n.inst {
        None => "not probed yet".to_string(),
        Some(i) => match &i.error {
            Some(e) if !e.is_empty() => e.clone(),
            _ if i.reachable => "last probe is too old".to_string(),
            _ => "unreachable".to_string(),
        },
    }
}

/// `IO thread Connecting: <Last_IO_Error>; SQL thread Yes`, or why there is nothing to show.
fn replication_state(n: &Node<'_>) -> String {
    replication_state_with(n, true)
}

/// How much of a replica's error text a primary's problem quotes (the replica's own row, or
/// `status`, has all of it).
const SHORT_ERROR: usize = 80;

/// As [`replication_state`]; with the servers' error texts cut to [`SHORT_ERROR`] characters
/// when `full` is false, for a primary's problem that lists several replicas in one line.
fn replication_state_with(n: &Node<'_>, full: bool) -> String {
    let Some(i) = n.data() else { return format!("unreachable: {}", unreachable_reason(n)) };
    let Some(r) = i.replication.as_ref().filter(|_| !i.has_no_source()) else {
        return "no replication source configured".to_string();
    };
    let err = |text: &str, errno: u32| match (text.is_empty(), full) {
        (true, _) => String::new(),
        (false, true) => format!(": {text} (errno {errno})"),
        (false, false) => {
            let short: String = text.chars().take(SHORT_ERROR).collect();
            let more = if text.chars().count() > SHORT_ERROR { "..." } else { "" };
            format!(": {short}{more} (errno {errno})")
        }
    };
    format!(
        "IO thread {}{}; SQL thread {}{}",
        thread_word(r.io_thread),
        err(&r.last_io_error, r.last_io_errno),
        thread_word(r.sql_thread),
        err(&r.last_sql_error, r.last_sql_errno)
    )
}

/// `zone1-0000000101: IO thread Connecting: ...; zone1-0000000102: ...` for the first few.
fn replica_summaries(replicas: &[Node<'_>]) -> String {
    let mut parts: Vec<String> = replicas
        .iter()
        .take(MAX_QUOTED)
        .map(|n| format!("{}: {}", n.tablet.alias, replication_state_with(n, false)))
        .collect();
    if replicas.len() > MAX_QUOTED {
        parts.push(format!("and {} more", replicas.len() - MAX_QUOTED));
    }
    parts.join("; ")
}

fn on_off(b: bool) -> &'static str {
    if b {
        "ON"
    } else {
        "OFF"
    }
}

fn seconds(ms: i64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

fn cluster_primary_alias(c: &Cluster<'_>) -> String {
    c.primary.map_or_else(|| "(none)".to_string(), |p| p.tablet.alias.to_string())
}

/// What is wrong, in plain words, with the servers' own error texts where there are some.
pub(crate) fn description(
    code: ProblemCode,
    f: &Facts<'_>,
    c: &Cluster<'_>,
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> String {
    use ProblemCode as C;
    let t = f.node.tablet;
    let me = who(t);
    let kind = t.tablet_type();
    let why = unreachable_reason(&f.node);
    let data: Option<&InstanceState> = f.node.data();
    let r = f.count_replicas;
    match code {
        C::InvalidPrimary => format!("primary {me} has never been reached by vtorc-rs: {why}"),
        C::InvalidReplica if f.never_seen => {
            format!("{kind} tablet {me} has never been reached by vtorc-rs: {why}")
        }
        C::InvalidReplica => {
            let ago = f.node.inst.map_or(0, |i| now_ms.saturating_sub(i.last_seen_ms));
            format!("MySQL of {kind} tablet {me} is unreachable: {why} (last reached {} ago)", seconds(ago))
        }
        C::DeadPrimaryWithoutReplicas => format!("primary {me} is unreachable ({why}) and has no replicas"),
        C::DeadPrimary => format!(
            "primary {me} is unreachable ({why}) and none of its {r} replica(s) is replicating: {}",
            replica_summaries(&f.replicas)
        ),
        C::DeadPrimaryAndReplicas => format!(
            "primary {me} is unreachable ({why}) and so are all {r} of its replicas: {}",
            replica_summaries(&f.replicas)
        ),
        C::DeadPrimaryAndSomeReplicas => format!(
            "primary {me} is unreachable ({why}); {} of its {r} replicas are unreachable too and none of the \
             reachable ones is replicating: {}",
            r - f.count_valid,
            replica_summaries(&f.replicas)
        ),
        C::PrimaryHasPrimary => {
            let src = data.and_then(|i| i.replication.as_ref());
            let addr = src.map_or_else(String::new, |r| format!("{}:{}", r.source_host, r.source_port));
            let tablet = f.source.map_or_else(String::new, |s| format!(" (tablet {})", s.alias));
            format!("primary {me} is replicating from {addr}{tablet}")
        }
        C::PrimaryIsReadOnly => format!(
            "primary {me} is read-only (read_only=ON, super_read_only={})",
            on_off(data.is_some_and(|i| i.super_read_only))
        ),
        C::ReplicaIsWritable => format!("{kind} tablet {me} is writable (read_only=OFF)"),
        C::PrimarySemiSyncMustBeSet => format!(
            "durability policy {} needs {} semi-sync ack(s), but source-side semi-sync is OFF on primary {me} \
             ({} semi-sync replica(s) are replicating)",
            c.policy,
            c.policy.semi_sync_ackers(t),
            f.count_valid_semi_sync_replicating
        ),
        C::PrimarySemiSyncMustNotBeSet => format!(
            "durability policy {} needs no semi-sync acks, but source-side semi-sync is ON on primary {me}",
            c.policy
        ),
        C::PrimarySemiSyncCanFallBack => {
            let s = data.map(|d| d.semi_sync.clone()).unwrap_or_default();
            format!(
                "durability policy {} needs semi-sync acks, but primary {me} falls back to asynchronous \
                 replication (ack timeout {} ms, wait with no replica {}): a commit could then be \
                 acknowledged while only the primary has it",
                c.policy,
                s.primary_timeout_ms,
                s.wait_no_replica.map_or("unknown", |w| if w { "ON" } else { "OFF" })
            )
        }
        C::ReplicaSemiSyncMustBeSet => format!(
            "durability policy {} requires {kind} tablet {me} to acknowledge {} with semi-sync, but \
             replica-side semi-sync is OFF",
            c.policy,
            f.source.map_or_else(|| "its source".to_string(), |s| s.alias.to_string())
        ),
        C::ReplicaSemiSyncMustNotBeSet => format!(
            "under durability policy {} {kind} tablet {me} must not acknowledge {}, but replica-side \
             semi-sync is ON",
            c.policy,
            f.source.map_or_else(|| "its source".to_string(), |s| s.alias.to_string())
        ),
        C::PrimarySemiSyncBlocked => {
            let s = data.map(|i| i.semi_sync.clone()).unwrap_or_default();
            format!(
                "writes on primary {me} are blocked waiting for semi-sync acks: {} session(s) waiting, {} \
                 semi-sync replica(s) connected of {} needed, semi-sync status {}, {} replica(s) have \
                 replica-side semi-sync enabled",
                s.wait_sessions,
                s.primary_clients,
                f.semi_sync_wait_count,
                on_off(s.primary_status),
                f.count_semi_sync_enabled
            )
        }
        C::StaleTopoPrimary => format!(
            "tablet {me} is still PRIMARY in the topology with an older term than the current primary {}",
            cluster_primary_alias(c)
        ),
        C::StaleShardPrimary => format!(
            "the Shard record of {}/{} names primary {}, but {me} holds the newest primary term and is the writable primary its replicas replicate from (an interrupted failover's topology writes?)",
            c.keyspace.name,
            c.shard_name,
            c.shard
                .and_then(|s| s.primary_alias.as_ref())
                .map_or_else(|| "(none)".to_string(), |a| a.to_string())
        ),
        C::ErrantGTIDDetected => format!(
            "{kind} tablet {me} has errant GTIDs that primary {} does not have: {}",
            cluster_primary_alias(c),
            f.errant
        ),
        C::ClusterHasNoPrimary => {
            format!("shard {}/{} has no PRIMARY tablet and never had one", c.keyspace.name, c.shard_name)
        }
        C::PrimaryTabletDeleted => format!(
            "shard {}/{} has no PRIMARY tablet, but its shard record has a primary term{}: the primary's \
             tablet record was deleted",
            c.keyspace.name,
            c.shard_name,
            c.shard
                .and_then(|s| s.primary_alias.as_ref())
                .map_or_else(String::new, |a| format!(" (last primary {a})"))
        ),
        C::NotConnectedToPrimary => format!(
            "{kind} tablet {me} has no replication source configured; the primary is {}",
            cluster_primary_alias(c)
        ),
        C::ReplicaMisconfigured => {
            let hb = data.and_then(|i| i.replication.as_ref()).map_or(0.0, |r| r.heartbeat_period);
            let nt = data.map_or(0, |i| i.replica_net_timeout);
            format!(
                "{kind} tablet {me} has a heartbeat period of {hb} s but replica_net_timeout is {nt} s \
                 (the heartbeat should be half the timeout so a dead source is noticed in time)"
            )
        }
        C::ConnectedToWrongPrimary => {
            let src = data.and_then(|i| i.replication.as_ref());
            let addr = src.map_or_else(String::new, |r| format!("{}:{}", r.source_host, r.source_port));
            let tablet = f.source.map_or_else(|| "no known tablet".to_string(), |s| s.alias.to_string());
            let primary = c.primary.map_or_else(|| "(none)".to_string(), |p| who(p.tablet));
            format!("{kind} tablet {me} replicates from {addr} ({tablet}) instead of the primary {primary}")
        }
        C::ReplicationStopped => {
            format!("replication on {kind} tablet {me} is not running: {}", replication_state(&f.node))
        }
        C::UnreachablePrimaryWithLaggingReplicas => format!(
            "primary {me} is unreachable ({why}) and all {r} of its replicas lag more than {} s",
            cfg.reasonable_replication_lag_s
        ),
        C::UnreachablePrimary => format!(
            "primary {me} is unreachable ({why}) but all {} reachable replica(s) still replicate from it; \
             possibly a network problem between vtorc-rs and the primary",
            f.count_valid
        ),
        C::UnreachablePrimaryWithBrokenReplicas => format!(
            "primary {me} is unreachable ({why}) and only {} of its {} reachable replicas replicate from it: {}",
            f.count_valid_replicating,
            f.count_valid,
            replica_summaries(&f.replicas)
        ),
        C::LockedSemiSyncPrimary | C::LockedSemiSyncPrimaryHypothesis => {
            let s = data.map(|i| i.semi_sync.clone()).unwrap_or_default();
            format!(
                "primary {me} waits for {} semi-sync ack(s) but only {} semi-sync replica(s) are connected; \
                 writes may block",
                f.semi_sync_wait_count, s.primary_clients
            )
        }
        C::PrimarySingleReplicaNotReplicating => format!(
            "the single replica of primary {me} is not replicating: {}",
            replica_summaries(&f.replicas)
        ),
        C::PrimarySingleReplicaDead => format!(
            "the single replica of primary {me} is unreachable: {}",
            replica_summaries(&f.replicas)
        ),
        C::AllPrimaryReplicasNotReplicating => format!(
            "none of the {r} replicas of primary {me} is replicating: {}",
            replica_summaries(&f.replicas)
        ),
        C::AllPrimaryReplicasNotReplicatingOrDead => format!(
            "none of the {r} replicas of primary {me} is replicating ({} unreachable): {}",
            r - f.count_valid,
            replica_summaries(&f.replicas)
        ),
        C::ReplicationLagging => format!(
            "{kind} tablet {me} is {} s behind its source (more than {} s)",
            data.and_then(|i| i.replication.as_ref()).and_then(|r| r.lag_seconds).unwrap_or(0),
            cfg.reasonable_replication_lag_s
        ),
        // Never produced: they need vttablet's own state.
        C::PrimaryDiskStalled => format!("primary {me} has a stalled disk"),
        C::IncapacitatedPrimary => format!("primary {me} keeps failing health checks"),
        C::PrimaryCurrentTypeMismatch => format!("primary {me} is not running as PRIMARY"),
        C::NoDurabilityPolicy => format!("keyspace {} has no durability policy", c.keyspace.name),
        // Never matched per tablet: built with every record's alias by `duplicates::problems`.
        C::DuplicateTabletServer => format!("tablet {me} shares its MySQL server with another tablet record"),
        C::ProbeAccessDenied => format!("vtorc-rs may not read MySQL of tablet {me}"),
    }
}

/// What `recover` would do, for codes that have a recovery.
pub(crate) fn action(code: ProblemCode, f: &Facts<'_>, c: &Cluster<'_>) -> String {
    use ProblemCode as C;
    let alias = f.node.tablet.alias.to_string();
    match recovery_kind(code) {
        RecoveryKind::EmergencyReparent { wait_all_tablets: false } => {
            "emergency failover: promote the most advanced replica".to_string()
        }
        RecoveryKind::EmergencyReparent { wait_all_tablets: true } => {
            "emergency failover (every remaining tablet must answer): promote the most advanced replica"
                .to_string()
        }
        RecoveryKind::ElectNewPrimary => {
            "elect a primary: promote the most advanced reachable REPLICA tablet".to_string()
        }
        RecoveryKind::FixPrimary => match code {
            C::PrimarySemiSyncMustBeSet => format!("enable source-side semi-sync on {alias}"),
            C::PrimarySemiSyncMustNotBeSet => format!("disable source-side semi-sync on {alias}"),
            C::PrimarySemiSyncCanFallBack => {
                format!("set an unreachable semi-sync ack timeout and wait_no_replica=ON on {alias}")
            }
            _ => format!("set read_only=OFF on {alias}"),
        },
        RecoveryKind::FixReplica => match c.primary {
            Some(p) => {
                let semi = c.policy.is_replica_semi_sync(Some(p.tablet as &dyn PolicyTablet), f.node.tablet);
                format!(
                    "set read_only=ON on {alias}, repoint it to {} and start replication (replica-side \
                     semi-sync {})",
                    p.tablet.alias,
                    on_off(semi)
                )
            }
            None => format!("repoint {alias} to the primary once there is one"),
        },
        RecoveryKind::ResetPrimaryReplication => {
            format!("stop replication and clear the replication source on primary {alias} (RESET REPLICA ALL)")
        }
        RecoveryKind::RestartDirectReplicas { all: false } => {
            "restart replication on one direct replica so that a dead primary shows in its IO thread".to_string()
        }
        RecoveryKind::RestartDirectReplicas { all: true } => {
            "restart replication on every direct replica so that a dead primary shows in their IO threads"
                .to_string()
        }
        RecoveryKind::ReconcileStaleTopoPrimary => format!(
            "demote {alias}: set read_only=ON, repoint it to {} and change its tablet type to REPLICA",
            cluster_primary_alias(c)
        ),
        RecoveryKind::DrainErrant => format!("change the tablet type of {alias} to DRAINED"),
        RecoveryKind::SyncShardRecord => {
            format!("rewrite the Shard record: primary_alias={alias} with its primary term")
        }
        RecoveryKind::None => "none (detection only)".to_string(),
    }
}
