//! Problem detection: VTOrc's `GetDetectionAnalysis` (vtorc-behaviour.md §2) as a pure function
//! of the topology, the probed instance states and `now_ms`. No I/O, no clock.
//!
//! Per shard: find the cluster primary, aggregate one `Facts` row per analysed tablet (the SQL
//! of §2.1), match every code of the table, keep the first after VTOrc's stable sort, stop the
//! shard after a shard-wide (priority 0) problem, then upgrade `InvalidPrimary` to `DeadPrimary`
//! when no replica replicates (§2.3).
//!
//! Where vtorc-rs has less (or different) data than VTOrc:
//! * An unreachable instance carries no fields (`InstanceState` is default apart from the error),
//!   whereas VTOrc keeps its last successful row. Such a replica is therefore counted as an
//!   (invalid) replica of its shard's cluster primary, which is where VTOrc's last row would
//!   normally point, and codes that need its own fields do not match; it is reported as
//!   `InvalidReplica` with the connection error.
//! * A replica counts as valid only if it was reached within the validity window, not merely on
//!   its last attempt, so a stale snapshot never argues for a failover.

use super::codes::{self, RecoveryKind};
use super::describe;
use super::duplicates;
use super::durability::{Policy, PolicyTablet};
use super::gtid::{errant_gtids, GtidSet, ReferenceServer};
use crate::model::{
    Flavor, InstanceState, Keyspace, Problem, ProblemCode, Shard, Tablet, TabletAlias, TabletType,
    ThreadState, Topology, VtTime,
};
use std::collections::{BTreeMap, HashMap};

/// Knobs of the analysis (VTOrc flags).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysisConfig {
    /// Validity window: an instance whose probe finished longer ago than this counts as not
    /// checked (`LastCheckValid` false). VTOrc's `--instance-poll-time` plays this role.
    pub instance_poll_ms: i64,
    /// `--reasonable-replication-lag`: replicas lagging more are "lagging".
    pub reasonable_replication_lag_s: u64,
    /// `--change-tablets-with-errant-gtid-to-drained`: makes `ErrantGTIDDetected` actionable.
    pub errant_gtid_recovery: bool,
}

impl Default for AnalysisConfig {
    fn default() -> Self {
        AnalysisConfig {
            instance_poll_ms: 15_000,
            reasonable_replication_lag_s: 10,
            errant_gtid_recovery: false,
        }
    }
}

/// One tablet with its probed instance (if any).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    pub tablet: &'a Tablet,
    pub inst: Option<&'a InstanceState>,
}

impl<'a> Node<'a> {
    /// Current data: only a probe that reached the server fills the fields.
    pub fn data(&self) -> Option<&'a InstanceState> {
        self.inst.filter(|i| i.reachable)
    }
    /// VTOrc's `is_invalid`: never successfully polled.
    pub fn never_seen(&self) -> bool {
        match self.inst {
            None => true,
            Some(i) => !i.reachable && i.last_seen_ms <= 0,
        }
    }
    /// `LastCheckValid`: reached, and recently enough.
    pub fn valid(&self, cfg: &AnalysisConfig, now_ms: i64) -> bool {
        self.data().is_some_and(|i| now_ms.saturating_sub(i.checked_at_ms) <= cfg.instance_poll_ms)
    }
    pub fn alias(&self) -> String {
        self.tablet.alias.to_string()
    }
}

/// Shard-wide facts (VTOrc's `clusterAnalysis` plus the shard/keyspace columns).
pub(crate) struct Cluster<'a> {
    pub keyspace: &'a Keyspace,
    pub shard_name: &'a str,
    pub shard: Option<&'a Shard>,
    pub policy: Policy,
    pub primary: Option<Node<'a>>,
}

impl Cluster<'_> {
    pub fn shard_term_is_zero(&self) -> bool {
        self.shard.and_then(|s| s.primary_term_start).is_none_or(|t| t.is_zero())
    }
    pub fn ers_disabled(&self) -> bool {
        self.keyspace.disable_emergency_reparent
            || self.shard.is_some_and(|s| s.disable_emergency_reparent)
    }
}

/// The aggregated row of one analysed tablet (the columns of §2.1).
pub(crate) struct Facts<'a> {
    pub node: Node<'a>,
    pub ttype: TabletType,
    pub is_cluster_primary: bool,
    pub never_seen: bool,
    pub has_data: bool,
    pub last_check_valid: bool,
    pub partial: bool,
    /// `IsPrimary`: no replication source. Without data, assumed for the cluster primary only.
    pub is_primary: bool,
    pub read_only: bool,
    pub replication_stopped: bool,
    /// The tablet whose MySQL address is this instance's replication source.
    pub source: Option<&'a Tablet>,
    /// Instances replicating from this tablet.
    pub replicas: Vec<Node<'a>>,
    pub count_replicas: usize,
    pub count_valid: usize,
    pub count_valid_replicating: usize,
    pub count_valid_semi_sync_replicating: usize,
    pub count_semi_sync_enabled: usize,
    pub count_lagging: usize,
    pub count_delayed: usize,
    /// Errant GTIDs against the cluster primary, canonical text; empty when none.
    pub errant: String,
    pub semi_sync_blocked: bool,
    /// `rpl_semi_sync_*_wait_for_replica_count`; MariaDB has none and always waits for 1.
    pub semi_sync_wait_count: u64,
}

/// A semi-sync ack timeout at or above this (about 31 years) never falls back in practice;
/// below it, a primary under a policy that needs acks would acknowledge unreplicated writes.
pub const SEMI_SYNC_NEVER_THRESHOLD_MS: u64 = 1_000_000_000_000;

/// Detects every problem in `topo` (VTOrc's analysis, one problem per tablet at most), ordered by
/// keyspace, shard, then VTOrc's execution order within the shard.
pub fn detect(
    topo: &Topology,
    instances: &[InstanceState],
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> Vec<Problem> {
    let by_alias = index_instances(instances);
    let nodes: Vec<Node<'_>> = topo
        .tablets
        .iter()
        .map(|t| Node { tablet: t, inst: by_alias.get(&t.alias).copied() })
        .collect();

    let mut keyspaces: Vec<&Keyspace> = topo.keyspaces.iter().collect();
    keyspaces.sort_by(|a, b| a.name.cmp(&b.name));

    // Cluster primary of every shard first: unreachable replicas are attributed to it.
    let mut shards: BTreeMap<(&str, &str), Vec<Node<'_>>> = BTreeMap::new();
    for n in &nodes {
        shards.entry((n.tablet.keyspace.as_str(), n.tablet.shard.as_str())).or_default().push(*n);
    }
    let primaries: HashMap<(&str, &str), Node<'_>> =
        shards.iter().filter_map(|(k, v)| cluster_primary(v).map(|p| (*k, p))).collect();

    let mut out = Vec::new();
    for ks in keyspaces {
        // SNAPSHOT keyspaces are restores of another keyspace: never analysed.
        if ks.keyspace_type == 1 {
            continue;
        }
        let policy = match Policy::parse(&ks.durability_policy) {
            Ok(p) => p,
            Err(e) => {
                out.push(describe::no_durability_policy(&ks.name, &e));
                continue;
            }
        };
        for ((_, shard_name), members) in shards.iter().filter(|((k, _), _)| *k == ks.name) {
            // A tablet vtorc-rs may not read (credentials, grants) leaves the shard's state
            // unknown: say so, and analyse nothing else there (no repair on a guess).
            let denied: Vec<Problem> =
                members.iter().filter_map(|n| describe::access_denied(n.tablet, n.inst)).collect();
            if !denied.is_empty() {
                out.extend(denied);
                continue;
            }
            let cluster = Cluster {
                keyspace: ks,
                shard_name,
                shard: topo.shards.iter().find(|s| s.keyspace == ks.name && s.name == *shard_name),
                policy,
                primary: primaries.get(&(ks.name.as_str(), *shard_name)).copied(),
            };
            out.extend(analyse_shard(&cluster, members, &nodes, &primaries, cfg, now_ms));
        }
    }
    with_duplicates(out, topo, instances)
}

/// Adds the `DuplicateTabletServer` problems, first in their shards (they explain the rest),
/// and says in the action of every other problem of those shards that recover refuses it: the
/// analysis above took each record for its own server, so those repairs target the wrong one.
/// They stay actionable, as for the other gates, so `recover` names the refusal.
fn with_duplicates(
    problems: Vec<Problem>,
    topo: &Topology,
    instances: &[InstanceState],
) -> Vec<Problem> {
    let dups = duplicates::problems(&duplicates::duplicate_servers(topo, instances));
    if dups.is_empty() {
        return problems;
    }
    let mut out = dups;
    let n = out.len();
    for mut p in problems {
        let blocked = out[..n].iter().any(|d| d.keyspace == p.keyspace && d.shard == p.shard);
        if blocked && p.actionable {
            p.action = format!(
                "refused while tablet records of {}/{} share one MySQL server (see DuplicateTabletServer); otherwise: {}",
                p.keyspace, p.shard, p.action
            );
        }
        out.push(p);
    }
    // Stable: each shard keeps its execution order, and detection order is keyspace, shard.
    out.sort_by(|a, b| (&a.keyspace, &a.shard).cmp(&(&b.keyspace, &b.shard)));
    out
}

/// Instances keyed by tablet alias; `zone1-101` and `zone1-0000000101` are the same tablet.
fn index_instances(instances: &[InstanceState]) -> HashMap<TabletAlias, &InstanceState> {
    instances.iter().filter_map(|i| i.alias.parse::<TabletAlias>().ok().map(|a| (a, i))).collect()
}

fn term(t: &Tablet) -> VtTime {
    t.primary_term_start.unwrap_or_default()
}

/// PRIMARY-typed tablet record with the newest term (ties: lowest alias, for determinism).
fn cluster_primary<'a>(members: &[Node<'a>]) -> Option<Node<'a>> {
    members
        .iter()
        .filter(|n| n.tablet.tablet_type() == TabletType::Primary)
        .min_by(|a, b| {
            term(b.tablet).cmp(&term(a.tablet)).then(a.tablet.alias.cmp(&b.tablet.alias))
        })
        .copied()
}

/// The MySQL address `node` replicates from, as VTOrc's row would show it.
fn source_addr<'a>(
    node: &Node<'a>,
    primaries: &HashMap<(&str, &str), Node<'a>>,
) -> Option<(&'a str, i32)> {
    if let Some(i) = node.data() {
        return match &i.replication {
            Some(r) if !i.has_no_source() => {
                Some((r.source_host.as_str(), i32::from(r.source_port)))
            }
            _ => None,
        };
    }
    if node.never_seen() || node.tablet.tablet_type() == TabletType::Primary {
        return None;
    }
    // Seen before but unreachable now: VTOrc would still have its last row, which points at the
    // shard primary in a healthy shard.
    let p = primaries.get(&(node.tablet.keyspace.as_str(), node.tablet.shard.as_str()))?;
    (p.tablet.alias != node.tablet.alias)
        .then_some((p.tablet.mysql_hostname.as_str(), p.tablet.mysql_port))
}

fn analyse_shard<'a>(
    cluster: &Cluster<'a>,
    members: &[Node<'a>],
    all: &[Node<'a>],
    primaries: &HashMap<(&str, &str), Node<'a>>,
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> Vec<Problem> {
    // Tablets that are neither PRIMARY nor a replica type (BACKUP, RESTORE, DRAINED) are not
    // analysed (they still count as replicas of whatever they replicate from).
    let mut rows: Vec<Node<'a>> = members
        .iter()
        .filter(|n| {
            let t = n.tablet.tablet_type();
            t == TabletType::Primary || t.is_replica_type()
        })
        .copied()
        .collect();
    // VTOrc orders rows by type then newest term; PRIMARY rows come first here even when an
    // UNKNOWN-typed tablet exists (VTOrc would then miss its cluster primary).
    rows.sort_by(|a, b| {
        let (ta, tb) = (a.tablet.tablet_type(), b.tablet.tablet_type());
        (ta != TabletType::Primary)
            .cmp(&(tb != TabletType::Primary))
            .then((ta as i32).cmp(&(tb as i32)))
            .then(term(b.tablet).cmp(&term(a.tablet)))
            .then(a.tablet.alias.cmp(&b.tablet.alias))
    });

    let total = rows.len();
    let mut chosen: Vec<(Facts<'a>, ProblemCode)> = Vec::new();
    for node in rows {
        let f = facts(cluster, node, all, primaries, cfg, now_ms);
        let mut matched: Vec<ProblemCode> =
            codes::TABLE.iter().map(|r| r.code).filter(|c| matches(*c, &f, cluster)).collect();
        codes::stable_sort_by_code(&mut matched, |c| *c);
        let code = match matched.first() {
            Some(c) => *c,
            None if lagging(&f, cfg) => ProblemCode::ReplicationLagging,
            None => continue,
        };
        let shard_wide = codes::priority(code) == codes::PRIORITY_SHARD_WIDE;
        chosen.push((f, code));
        if shard_wide {
            // One shard-wide action at a time: the rest of the shard is not analysed.
            break;
        }
    }

    post_process(&mut chosen, total);
    let mut problems: Vec<Problem> =
        chosen.iter().map(|(f, code)| build_problem(*code, f, cluster, cfg, now_ms)).collect();
    codes::sort_for_execution(&mut problems);
    problems
}

/// §2.3 `postProcessAnalyses`: a never-reached primary is really dead when every other analysed
/// tablet of the shard is a replica that is not valid or not replicating; those replicas' rows
/// are dropped in favour of the single `DeadPrimary`.
fn post_process(chosen: &mut Vec<(Facts<'_>, ProblemCode)>, total_tablets: usize) {
    let Some(pi) = chosen.iter().position(|(_, c)| *c == ProblemCode::InvalidPrimary) else {
        return;
    };
    let not_replicating: Vec<usize> = chosen
        .iter()
        .enumerate()
        .filter(|(_, (f, _))| {
            f.ttype.is_replica_type() && (!f.last_check_valid || f.replication_stopped)
        })
        .map(|(i, _)| i)
        .collect();
    let replicas = total_tablets.saturating_sub(1);
    if replicas > 0 && not_replicating.len() == replicas {
        chosen[pi].1 = ProblemCode::DeadPrimary;
        for i in not_replicating.into_iter().rev() {
            chosen.remove(i);
        }
    }
}

fn facts<'a>(
    cluster: &Cluster<'a>,
    node: Node<'a>,
    all: &[Node<'a>],
    primaries: &HashMap<(&str, &str), Node<'a>>,
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> Facts<'a> {
    let data = node.data();
    let is_cp = cluster.primary.is_some_and(|p| p.tablet.alias == node.tablet.alias);
    let addr = (node.tablet.mysql_hostname.as_str(), node.tablet.mysql_port);
    let replicas: Vec<Node<'a>> = all
        .iter()
        .filter(|n| n.tablet.alias != node.tablet.alias && source_addr(n, primaries) == Some(addr))
        .copied()
        .collect();
    let valid: Vec<&Node<'a>> = replicas.iter().filter(|n| n.valid(cfg, now_ms)).collect();
    let replicating = |n: &Node<'a>| n.data().is_some_and(|i| i.replicating());
    let semi = |n: &Node<'a>| n.data().is_some_and(|i| i.semi_sync.replica_enabled);
    let repl = |n: &Node<'a>| n.data().and_then(|i| i.replication.as_ref());

    let source =
        data.filter(|i| !i.has_no_source()).and_then(|i| i.replication.as_ref()).and_then(|r| {
            all.iter().map(|n| n.tablet).find(|t| {
                t.mysql_hostname == r.source_host && t.mysql_port == i32::from(r.source_port)
            })
        });

    let wait_count = data.map_or(0, |i| match (i.flavor, i.semi_sync.wait_for_replica_count) {
        (Flavor::MariaDb, 0) => 1,
        (_, n) => n,
    });
    // Heuristic for vttablet's semi-sync monitor (which watches yes_tx over time): sessions are
    // waiting for an ack right now, and either the primary already gave up on semi-sync or too
    // few semi-sync replicas are connected to ever send the acks.
    let semi_sync_blocked = data.is_some_and(|i| {
        let s = &i.semi_sync;
        s.primary_enabled
            && s.wait_sessions > 0
            && (!s.primary_status || s.primary_clients < wait_count.max(1))
    });

    Facts {
        node,
        ttype: node.tablet.tablet_type(),
        is_cluster_primary: is_cp,
        never_seen: node.never_seen(),
        has_data: data.is_some(),
        last_check_valid: node.valid(cfg, now_ms),
        partial: node.inst.is_some_and(|i| i.partial),
        is_primary: data.map_or(is_cp, |i| i.has_no_source()),
        read_only: data.is_some_and(|i| i.read_only),
        replication_stopped: data.is_some_and(|i| !i.replicating()),
        source,
        count_replicas: replicas.len(),
        count_valid: valid.len(),
        count_valid_replicating: valid.iter().filter(|n| replicating(n)).count(),
        count_valid_semi_sync_replicating: valid
            .iter()
            .filter(|n| replicating(n) && semi(n))
            .count(),
        count_semi_sync_enabled: replicas.iter().filter(|n| semi(n)).count(),
        count_lagging: replicas
            .iter()
            .filter(|n| {
                repl(n)
                    .and_then(|r| r.lag_seconds)
                    .is_some_and(|l| l > cfg.reasonable_replication_lag_s)
            })
            .count(),
        count_delayed: replicas.iter().filter(|n| repl(n).is_some_and(|r| r.sql_delay > 0)).count(),
        errant: if is_cp { String::new() } else { errant(cluster, data, cfg, now_ms) },
        semi_sync_blocked,
        semi_sync_wait_count: wait_count,
        replicas,
    }
}

/// Errant GTIDs of a replica against the cluster primary, only when the primary's data is
/// current and shows it has no source of its own (so the data is post-promotion, as VTOrc
/// requires). Unparseable or cross-flavor sets give no verdict rather than a false alarm.
fn errant(
    cluster: &Cluster<'_>,
    data: Option<&InstanceState>,
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> String {
    let Some(replica) = data else { return String::new() };
    let Some(p) = cluster.primary.filter(|p| p.valid(cfg, now_ms)).and_then(|p| p.data()) else {
        return String::new();
    };
    if !p.has_no_source() || p.flavor != replica.flavor {
        return String::new();
    }
    let (Ok(r), Ok(ps)) = (
        GtidSet::parse(replica.flavor, &replica.executed_gtid),
        GtidSet::parse(p.flavor, &p.executed_gtid),
    ) else {
        return String::new();
    };
    let reference = ReferenceServer { uuid: &p.server_uuid, server_id: p.server_id };
    errant_gtids(&r, &ps, reference).map(|e| e.to_string()).unwrap_or_default()
}

fn lagging(f: &Facts<'_>, cfg: &AnalysisConfig) -> bool {
    f.ttype.is_replica_type()
        && !f.is_primary
        && f.node
            .data()
            .and_then(|i| i.replication.as_ref())
            .and_then(|r| r.lag_seconds)
            .is_some_and(|l| l > cfg.reasonable_replication_lag_s)
}

fn is_replica_semi_sync(f: &Facts<'_>, c: &Cluster<'_>) -> bool {
    c.policy.is_replica_semi_sync(f.source.map(|t| t as &dyn PolicyTablet), f.node.tablet)
}

/// The exact match condition of every code (§2.2). Codes that need this tablet's own MySQL
/// fields require `has_data`; the vttablet-only codes never match.
pub(crate) fn matches(code: ProblemCode, f: &Facts<'_>, c: &Cluster<'_>) -> bool {
    use ProblemCode as C;
    let cp = f.is_cluster_primary;
    let lcv = f.last_check_valid;
    let replica_type = f.ttype.is_replica_type();
    let (r, vr, vrr) = (f.count_replicas, f.count_valid, f.count_valid_replicating);
    let ss = f.node.data().map(|i| &i.semi_sync);
    let d = f.has_data;
    let ackers = u64::from(c.policy.semi_sync_ackers(f.node.tablet));
    match code {
        C::InvalidPrimary => cp && f.never_seen,
        // Also for a replica that was reached before but is unreachable now (see module docs).
        C::InvalidReplica => !cp && !d,
        // vttablet-only: disk-stall flag, health window, running tablet type.
        C::PrimaryDiskStalled | C::IncapacitatedPrimary | C::PrimaryCurrentTypeMismatch => false,
        C::DeadPrimaryWithoutReplicas => cp && !lcv && r == 0,
        C::DeadPrimary => cp && !lcv && r > 0 && vr == r && vrr == 0,
        C::DeadPrimaryAndReplicas => cp && !lcv && r > 0 && vr == 0 && vrr == 0,
        C::DeadPrimaryAndSomeReplicas => cp && !lcv && vr < r && vr > 0 && vrr == 0,
        C::PrimaryHasPrimary => cp && d && !f.is_primary,
        C::PrimaryIsReadOnly => cp && d && f.read_only,
        C::ReplicaIsWritable => replica_type && d && !f.read_only,
        C::PrimarySemiSyncMustBeSet => {
            d && f.count_valid_semi_sync_replicating as u64 >= ackers
                && cp
                && ackers != 0
                && ss.is_some_and(|s| !s.primary_enabled)
        }
        C::PrimarySemiSyncMustNotBeSet => {
            cp && d && ackers == 0 && ss.is_some_and(|s| s.primary_enabled)
        }
        C::PrimarySemiSyncCanFallBack => {
            cp && d
                && f.is_primary
                && ackers != 0
                && ss.is_some_and(|s| {
                    s.primary_enabled
                        && (s.primary_timeout_ms < SEMI_SYNC_NEVER_THRESHOLD_MS
                            || s.wait_no_replica == Some(false))
                })
        }
        C::ReplicaSemiSyncMustBeSet => {
            replica_type
                && d
                && !f.is_primary
                && is_replica_semi_sync(f, c)
                && ss.is_some_and(|s| !s.replica_enabled)
        }
        C::ReplicaSemiSyncMustNotBeSet => {
            replica_type
                && d
                && !f.is_primary
                && !is_replica_semi_sync(f, c)
                && ss.is_some_and(|s| s.replica_enabled)
        }
        C::PrimarySemiSyncBlocked => {
            cp && d
                && f.is_primary
                && f.semi_sync_blocked
                && f.count_semi_sync_enabled as u64 >= f.semi_sync_wait_count
        }
        C::StaleTopoPrimary => {
            f.ttype == TabletType::Primary
                && !cp
                && c.primary.is_some_and(|p| term(f.node.tablet) < term(p.tablet))
        }
        C::ErrantGTIDDetected => replica_type && !f.errant.is_empty(),
        C::StaleShardPrimary => {
            // Only a primary that really is one (writable, no source, replicated from) and whose
            // term is newer than the shard's: anything else is for an operator to judge.
            cp && d
                && f.is_primary
                && !f.read_only
                && (vrr > 0 || r == 0)
                && c.shard.is_some_and(|s| {
                    s.primary_alias.as_ref() != Some(&f.node.tablet.alias)
                        && s.primary_term_start.unwrap_or_default() < term(f.node.tablet)
                })
        }
        C::ClusterHasNoPrimary => replica_type && c.primary.is_none() && c.shard_term_is_zero(),
        C::PrimaryTabletDeleted => replica_type && c.primary.is_none() && !c.shard_term_is_zero(),
        C::NotConnectedToPrimary => replica_type && d && f.is_primary,
        C::ReplicaMisconfigured => {
            // A probe that could not read replica_net_timeout (0) is not evidence of anything.
            replica_type
                && d
                && !f.is_primary
                && f.node.data().is_some_and(|i| {
                    let hb = i.replication.as_ref().map_or(0.0, |r| r.heartbeat_period);
                    i.replica_net_timeout > 0
                        && (hb * 2.0).round() != f64::from(i.replica_net_timeout)
                })
        }
        C::ConnectedToWrongPrimary => {
            replica_type
                && d
                && !f.is_primary
                && c.primary.is_some_and(|p| f.source.is_none_or(|s| s.alias != p.tablet.alias))
        }
        C::ReplicationStopped => replica_type && d && !f.is_primary && f.replication_stopped,
        C::UnreachablePrimaryWithLaggingReplicas => {
            f.is_primary && !lcv && f.count_lagging == r && f.count_delayed < r && vrr > 0
        }
        C::UnreachablePrimary => f.is_primary && !lcv && !f.partial && vr > 0 && vrr == vr,
        C::UnreachablePrimaryWithBrokenReplicas => {
            f.is_primary && !lcv && !f.partial && vr > 0 && vrr > 0 && vrr < vr
        }
        // Needs binlog coordinates that stay unchanged across polls; VTOrc never records them
        // either (§2.1), so only the hypothesis can match.
        C::LockedSemiSyncPrimary => false,
        C::LockedSemiSyncPrimaryHypothesis => {
            d && f.is_primary
                && ss.is_some_and(|s| {
                    s.primary_enabled
                        && s.primary_status
                        && f.semi_sync_wait_count > 0
                        && s.primary_clients < f.semi_sync_wait_count
                })
        }
        C::PrimarySingleReplicaNotReplicating => {
            f.is_primary && lcv && r == 1 && vr == r && vrr == 0
        }
        C::PrimarySingleReplicaDead => f.is_primary && lcv && r == 1 && vr == 0,
        C::AllPrimaryReplicasNotReplicating => f.is_primary && lcv && r > 1 && vr == r && vrr == 0,
        C::AllPrimaryReplicasNotReplicatingOrDead => {
            f.is_primary && lcv && r > 1 && vr < r && vr > 0 && vrr == 0
        }
        // Chosen separately, only when nothing else matched; keyspace-level respectively.
        // Chosen separately: across tablet records (see `duplicates`).
        C::ReplicationLagging
        | C::NoDurabilityPolicy
        | C::DuplicateTabletServer
        | C::ProbeAccessDenied => false,
    }
}

fn build_problem(
    code: ProblemCode,
    f: &Facts<'_>,
    c: &Cluster<'_>,
    cfg: &AnalysisConfig,
    now_ms: i64,
) -> Problem {
    let kind = codes::recovery_kind(code);
    let description = describe::description(code, f, c, cfg, now_ms);
    let (action, actionable) = match kind {
        RecoveryKind::EmergencyReparent { .. } if c.ers_disabled() => (
            format!(
                "none: emergency reparent is disabled for {}/{} (vtorc_state.disable_emergency_reparent)",
                c.keyspace.name, c.shard_name
            ),
            false,
        ),
        RecoveryKind::DrainErrant if !cfg.errant_gtid_recovery => {
            ("none (detection only; errant-GTID recovery is disabled)".to_string(), false)
        }
        RecoveryKind::None => ("none (detection only)".to_string(), false),
        _ => (describe::action(code, f, c), true),
    };
    Problem {
        keyspace: c.keyspace.name.clone(),
        shard: c.shard_name.to_string(),
        alias: f.node.alias(),
        code,
        priority: codes::priority(code),
        description,
        action,
        actionable,
    }
}

/// A thread state the way SHOW REPLICA STATUS prints it.
pub(crate) fn thread_word(t: ThreadState) -> &'static str {
    match t {
        ThreadState::Running => "Yes",
        ThreadState::Connecting => "Connecting",
        ThreadState::Stopped => "No",
    }
}

#[cfg(test)]
mod tests;
