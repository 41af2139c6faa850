//! The status view: everything `status` shows (as a table, JSON or HTML) and `watch` turns into
//! metrics, built from what the state file holds. Pure: no I/O, no clock (`now_ms` is passed
//! in). Grouped by keyspace, then shard; each shard carries its tablets with their last probe,
//! its open problems, its recent recoveries and whatever stops a recovery there.

use crate::analysis::{recovery_kind, RecoveryKind};
use crate::model::{
    ClusterFilter, Flavor, InstanceState, Keyspace, SemiSync, Shard, Tablet, TabletAlias,
    TabletType, ThreadState, Topology, VtTime,
};
use crate::store::{Block, DetectionRow, GlobalGate, RecoveryRecord, ABANDONED_AFTER_MS};
use crate::topo::FailoverBlock;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Probe data older than this is flagged as stale unless the caller knows the poll interval
/// ([`StatusView::judge_staleness`]): five minutes means nothing has looked at the cluster lately.
pub const STALE_AFTER_MS: i64 = 5 * 60 * 1000;

/// How many polls old the newest probe may be before `status` calls its data STALE: one missed
/// cycle is noise, three mean nothing is probing any more.
pub const STALE_AFTER_POLLS: i64 = 3;

/// What the state file holds, as the command layer read it.
#[derive(Debug, Clone, Copy)]
pub struct StatusInputs<'a> {
    pub topology: &'a Topology,
    /// When `discover` last saved the topology (unix ms).
    pub topology_refreshed_ms: i64,
    pub instances: &'a [InstanceState],
    /// Open detections (`Store::open_detections`).
    pub detections: &'a [DetectionRow],
    /// Recent recoveries, newest first (`Store::list_recoveries`).
    pub recoveries: &'a [RecoveryRecord],
    /// Failover blocks in force (`Store::list_blocks(now)`).
    pub blocks: &'a [Block],
    pub gate: GlobalGate,
    /// `--clusters-to-watch`: only these keyspaces/shards are shown.
    pub filter: &'a ClusterFilter,
    pub now_ms: i64,
}

/// Overall, keyspace or shard health, worst first. Always shown as a word, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// A dead or missing primary, or another shard-wide problem (priority 0 or 1: what Nagios
    /// calls CRITICAL).
    Critical,
    /// Problems that leave the shard writable: lag, a stopped replica, a missing policy.
    Warning,
    /// The newest probe is too old to say anything about the cluster now.
    Stale,
    Unreachable,
    NotProbed,
    /// A shard record without tablets: nothing to watch, nothing wrong either, so it never
    /// darkens its keyspace or the page.
    Empty,
    Healthy,
}

impl Health {
    pub const ALL: [Health; 7] = [
        Health::Healthy,
        Health::Empty,
        Health::NotProbed,
        Health::Unreachable,
        Health::Stale,
        Health::Warning,
        Health::Critical,
    ];
    pub fn word(self) -> &'static str {
        match self {
            Health::Critical => "CRITICAL",
            Health::Warning => "WARNING",
            Health::Stale => "STALE",
            Health::Unreachable => "UNREACHABLE",
            Health::NotProbed => "NOT PROBED",
            Health::Empty => "EMPTY",
            Health::Healthy => "HEALTHY",
        }
    }
    /// The label value used in JSON and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Critical => "critical",
            Health::Warning => "warning",
            Health::Stale => "stale",
            Health::Unreachable => "unreachable",
            Health::NotProbed => "not_probed",
            Health::Empty => "empty",
            Health::Healthy => "healthy",
        }
    }
    /// Critical or warning: open problems.
    #[cfg(test)]
    pub fn has_problems(self) -> bool {
        matches!(self, Health::Critical | Health::Warning)
    }
    /// The health of problems of these priorities (0 and 1 are a dead or missing primary).
    pub fn of_priorities(priorities: impl Iterator<Item = u8>) -> Option<Health> {
        priorities.min().map(|p| if p <= 1 { Health::Critical } else { Health::Warning })
    }
    /// The worst of `hs` for a keyspace or the page; empty shards count as healthy there.
    pub fn worst(hs: impl Iterator<Item = Health>) -> Health {
        hs.map(|h| if h == Health::Empty { Health::Healthy } else { h })
            .min()
            .unwrap_or(Health::Healthy)
    }
}

/// One tablet's state by its last probe. Every tablet is in exactly one state, so the counts
/// per state add up to the number of tablets (the metrics rely on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TabletState {
    /// No probe of this tablet in the state file yet.
    NotProbed,
    /// The last probe did not reach its MySQL.
    Unreachable,
    /// Reachable, no replication source configured (what a primary looks like).
    NoSource,
    /// Reachable, IO and SQL threads both running.
    Replicating,
    /// Reachable, a source is configured but a thread is stopped or still connecting.
    NotReplicating,
}

impl TabletState {
    pub const ALL: [TabletState; 5] = [
        TabletState::NotProbed,
        TabletState::Unreachable,
        TabletState::NoSource,
        TabletState::Replicating,
        TabletState::NotReplicating,
    ];
    /// The label value used in JSON and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            TabletState::NotProbed => "not_probed",
            TabletState::Unreachable => "unreachable",
            TabletState::NoSource => "no_source",
            TabletState::Replicating => "replicating",
            TabletState::NotReplicating => "not_replicating",
        }
    }
    /// Upper-case words for tables and the HTML page.
    pub fn word(self) -> &'static str {
        match self {
            TabletState::NotProbed => "NOT PROBED",
            TabletState::Unreachable => "UNREACHABLE",
            TabletState::NoSource => "NO SOURCE",
            TabletState::Replicating => "REPLICATING",
            TabletState::NotReplicating => "NOT REPLICATING",
        }
    }
}

/// How a recovery ended (or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryResult {
    Ok,
    Failed,
    Running,
    /// Started more than `ABANDONED_AFTER_MS` ago and never ended (its process died).
    Abandoned,
    DryRun,
}

impl RecoveryResult {
    pub fn of(r: &RecoveryRecord, now_ms: i64) -> RecoveryResult {
        match (r.dry_run, r.success) {
            (true, _) => RecoveryResult::DryRun,
            (false, Some(true)) => RecoveryResult::Ok,
            (false, Some(false)) => RecoveryResult::Failed,
            (false, None) if now_ms - r.started_ms > ABANDONED_AFTER_MS => {
                RecoveryResult::Abandoned
            }
            (false, None) => RecoveryResult::Running,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            RecoveryResult::Ok => "ok",
            RecoveryResult::Failed => "failed",
            RecoveryResult::Running => "running",
            RecoveryResult::Abandoned => "abandoned",
            RecoveryResult::DryRun => "dry_run",
        }
    }
    pub fn word(self) -> &'static str {
        match self {
            RecoveryResult::Ok => "OK",
            RecoveryResult::Failed => "FAILED",
            RecoveryResult::Running => "RUNNING",
            RecoveryResult::Abandoned => "ABANDONED",
            RecoveryResult::DryRun => "DRY RUN",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusView {
    pub generated_ms: i64,
    pub health: Health,
    pub topology_refreshed_ms: i64,
    pub topology_age_ms: i64,
    /// Newest and oldest probe among the shown tablets; None when none was probed.
    pub newest_probe_ms: Option<i64>,
    pub oldest_probe_ms: Option<i64>,
    /// Age of the newest probe at `generated_ms`; None when none was probed.
    pub data_age_ms: Option<i64>,
    /// Data older than this is stale (3 x the instance poll time for `status`).
    pub stale_after_ms: i64,
    /// The newest probe is older than `stale_after_ms` (or there is none while tablets exist);
    /// the overall health is then `Stale`, whatever the old data said.
    pub stale: bool,
    /// Where the global switch and the failover blocks were read: `etcd` (every host's truth)
    /// or `state_file` (this host's copy, when etcd could not be read: see `gates_error`).
    pub gates_source: GatesSource,
    pub gates_error: Option<String>,
    pub recoveries_disabled_globally: bool,
    pub global_switch_changed_ms: Option<i64>,
    pub counts: Counts,
    pub keyspaces: Vec<KeyspaceView>,
    /// Open problems naming a keyspace/shard the topology does not have (any more).
    pub other_problems: Vec<ProblemView>,
    /// Recent recoveries in scope, newest first, with their steps.
    pub recoveries: Vec<RecoveryView>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub keyspaces: usize,
    pub shards: usize,
    pub tablets: usize,
    pub open_problems: usize,
    /// Tablets per state (every state present, zero included).
    pub tablets_by_state: BTreeMap<TabletState, usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyspaceView {
    pub name: String,
    /// Empty when unset: the keyspace is reported and never recovered.
    pub durability_policy: String,
    /// True for a SNAPSHOT keyspace (never analysed).
    pub snapshot: bool,
    /// Vitess's per-keyspace `disable_emergency_reparent`.
    pub emergency_reparent_disabled: bool,
    /// False when tablets name this keyspace but no keyspace record was discovered.
    pub has_record: bool,
    pub health: Health,
    /// Keyspace-level problems (no durability policy, ...).
    pub problems: Vec<ProblemView>,
    pub shards: Vec<ShardView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShardView {
    pub keyspace: String,
    pub name: String,
    pub durability_policy: String,
    /// The cluster primary as the analysis sees it: the PRIMARY tablet record with the newest
    /// primary term.
    pub primary: Option<String>,
    /// The shard record's primary_alias, when it names another tablet (or none) than `primary`.
    pub shard_record_primary: Option<String>,
    pub primary_term_start_ms: Option<i64>,
    /// False when tablets name this shard but no shard record was discovered.
    pub has_record: bool,
    pub health: Health,
    pub tablets: Vec<TabletView>,
    pub problems: Vec<ProblemView>,
    /// This shard's recoveries among the recent ones, newest first (steps in `StatusView`).
    pub recoveries: Vec<RecoverySummary>,
    pub gates: Gates,
}

/// What stops recoveries in a shard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gates {
    /// `recoveries disable` (state file): nothing is recovered anywhere.
    pub global_disabled: bool,
    /// Vitess's keyspace `vtorc_state.disable_emergency_reparent`: no failover in the keyspace.
    pub keyspace_ers_disabled: bool,
    /// Vitess's shard `vtorc_state.disable_emergency_reparent`: no failover in the shard.
    pub shard_ers_disabled: bool,
    /// Anti-flapping block after a failover (lifted by time or `ack`).
    pub block: Option<FailoverBlock>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TabletView {
    pub alias: String,
    pub hostname: String,
    /// Vitess type name; `UNKNOWN(n)` for a wire value this build does not know.
    pub tablet_type: String,
    pub is_primary: bool,
    pub mysql_addr: String,
    pub state: TabletState,
    pub reachable: Option<bool>,
    pub error: Option<String>,
    pub read_only: Option<bool>,
    pub super_read_only: Option<bool>,
    /// Source `host:port` from SHOW REPLICA STATUS; None without a source.
    pub replicating_from: Option<String>,
    /// The tablet whose MySQL address is that source, when one is known.
    pub replicating_from_alias: Option<String>,
    pub io_thread: Option<ThreadState>,
    pub sql_thread: Option<ThreadState>,
    pub lag_seconds: Option<u64>,
    pub last_io_error: Option<String>,
    pub last_sql_error: Option<String>,
    /// MySQL gtid_executed; MariaDB gtid_current_pos (gtid_binlog_pos when empty).
    pub gtid_position: Option<String>,
    /// `off`, `primary on`, `replica on`, `primary enabled, not active`...
    pub semi_sync: Option<String>,
    pub semi_sync_detail: Option<SemiSync>,
    pub flavor: Option<Flavor>,
    pub version: Option<String>,
    pub checked_at_ms: Option<i64>,
    /// Last probe that reached the server; None when it never did.
    pub last_seen_ms: Option<i64>,
}

/// An open problem as the views show it: the detection row itself (open, so never cleared).
pub type ProblemView = DetectionRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoverySummary {
    pub id: i64,
    pub alias: String,
    pub code: String,
    pub started_ms: i64,
    pub result: RecoveryResult,
    pub successor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryView {
    pub id: i64,
    pub keyspace: String,
    pub shard: String,
    pub alias: String,
    pub code: String,
    /// True for an emergency reparent (a failover).
    pub failover: bool,
    pub detection_id: Option<i64>,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    pub duration_ms: Option<i64>,
    pub result: RecoveryResult,
    pub successor: Option<String>,
    pub errors: Vec<String>,
    pub steps: Vec<StepView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepView {
    pub at_ms: i64,
    /// Milliseconds since the recovery started.
    pub offset_ms: i64,
    pub step: String,
    pub message: String,
}

/// Builds the view. Shards are those of the shard records plus any that only tablets name;
/// keyspaces likewise; everything is sorted by name and restricted to `inp.filter`.
pub fn build(inp: &StatusInputs<'_>) -> StatusView {
    let topo = inp.topology;
    let filter = inp.filter;
    let now = inp.now_ms;

    let instances: HashMap<TabletAlias, &InstanceState> = inp
        .instances
        .iter()
        .filter_map(|i| i.alias.parse::<TabletAlias>().ok().map(|a| (a, i)))
        .collect();
    // Replication sources are MySQL addresses; map them back to tablets.
    let by_addr: HashMap<(String, i32), &Tablet> = topo
        .tablets
        .iter()
        .map(|t| ((t.mysql_hostname.to_ascii_lowercase(), t.mysql_port), t))
        .collect();

    // keyspace -> shard -> tablets (BTreeMaps keep the output sorted).
    let mut tree: BTreeMap<&str, BTreeMap<&str, Vec<&Tablet>>> = BTreeMap::new();
    for k in topo.keyspaces.iter().filter(|k| filter.matches_keyspace(&k.name)) {
        tree.entry(k.name.as_str()).or_default();
    }
    for s in topo.shards.iter().filter(|s| filter.matches(&s.keyspace, &s.name)) {
        tree.entry(s.keyspace.as_str()).or_default().entry(s.name.as_str()).or_default();
    }
    for t in topo.tablets.iter().filter(|t| filter.matches(&t.keyspace, &t.shard)) {
        tree.entry(t.keyspace.as_str()).or_default().entry(t.shard.as_str()).or_default().push(t);
    }

    let problems: Vec<&DetectionRow> = inp
        .detections
        .iter()
        .filter(|d| d.cleared_ms.is_none())
        .filter(|d| {
            if d.shard.is_empty() {
                filter.matches_keyspace(&d.keyspace)
            } else {
                filter.matches(&d.keyspace, &d.shard)
            }
        })
        .collect();
    let recoveries: Vec<&RecoveryRecord> =
        inp.recoveries.iter().filter(|r| filter.matches(&r.keyspace, &r.shard)).collect();

    let mut placed = vec![false; problems.len()];
    let mut keyspaces = Vec::with_capacity(tree.len());
    for (ks_name, shards) in &tree {
        let record = topo.keyspaces.iter().find(|k| k.name == *ks_name);
        let ks_problems =
            take_problems(&problems, &mut placed, |d| d.keyspace == *ks_name && d.shard.is_empty());
        let mut shard_views = Vec::with_capacity(shards.len());
        for (shard_name, tablets) in shards {
            let shard_rec =
                topo.shards.iter().find(|s| s.keyspace == *ks_name && s.name == *shard_name);
            let shard_problems = take_problems(&problems, &mut placed, |d| {
                d.keyspace == *ks_name && d.shard == *shard_name
            });
            let ctx = ShardCtx {
                keyspace: record,
                keyspace_name: ks_name,
                shard_name,
                shard: shard_rec,
                tablets,
                instances: &instances,
                by_addr: &by_addr,
                inp,
            };
            let mut sv = shard_view(&ctx, shard_problems, &recoveries);
            if let Some(h) = Health::of_priorities(ks_problems.iter().map(|p| p.priority)) {
                sv.health = sv.health.min(h);
            }
            shard_views.push(sv);
        }
        let ks_health = Health::of_priorities(ks_problems.iter().map(|p| p.priority));
        let health = match Health::worst(shard_views.iter().map(|s| s.health).chain(ks_health)) {
            // A keyspace of empty shards says so rather than HEALTHY.
            Health::Healthy
                if !shard_views.is_empty()
                    && shard_views.iter().all(|s| s.health == Health::Empty) =>
            {
                Health::Empty
            }
            h => h,
        };
        keyspaces.push(KeyspaceView {
            name: ks_name.to_string(),
            durability_policy: record.map(|k| k.durability_policy.clone()).unwrap_or_default(),
            snapshot: record.is_some_and(|k| k.keyspace_type == 1),
            emergency_reparent_disabled: record.is_some_and(|k| k.disable_emergency_reparent),
            has_record: record.is_some(),
            health,
            problems: ks_problems,
            shards: shard_views,
        });
    }
    let other_problems: Vec<ProblemView> =
        problems.iter().zip(&placed).filter(|(_, p)| !**p).map(|(d, _)| (*d).clone()).collect();

    let mut counts = Counts {
        keyspaces: keyspaces.len(),
        open_problems: problems.len(),
        tablets_by_state: TabletState::ALL.iter().map(|s| (*s, 0)).collect(),
        ..Counts::default()
    };
    let mut probes: Vec<i64> = Vec::new();
    for s in keyspaces.iter().flat_map(|k| &k.shards) {
        counts.shards += 1;
        for t in &s.tablets {
            counts.tablets += 1;
            *counts.tablets_by_state.entry(t.state).or_insert(0) += 1;
            probes.extend(t.checked_at_ms);
        }
    }
    let newest_probe_ms = probes.iter().copied().max();
    let oldest_probe_ms = probes.iter().copied().min();
    let health = Health::worst(
        keyspaces
            .iter()
            .map(|k| k.health)
            .chain(Health::of_priorities(other_problems.iter().map(|p| p.priority))),
    );

    let mut view = StatusView {
        generated_ms: now,
        health,
        topology_refreshed_ms: inp.topology_refreshed_ms,
        topology_age_ms: now - inp.topology_refreshed_ms,
        newest_probe_ms,
        oldest_probe_ms,
        data_age_ms: newest_probe_ms.map(|p| now - p),
        stale_after_ms: STALE_AFTER_MS,
        stale: false,
        gates_source: GatesSource::StateFile,
        gates_error: None,
        recoveries_disabled_globally: inp.gate.disabled,
        global_switch_changed_ms: inp.gate.changed_ms,
        counts,
        keyspaces,
        other_problems,
        recoveries: recoveries.iter().map(|r| recovery_view(r, now)).collect(),
    };
    view.judge_staleness(STALE_AFTER_MS);
    view
}

impl StatusView {
    /// Every shard, in order.
    pub fn shards(&self) -> impl Iterator<Item = &ShardView> {
        self.keyspaces.iter().flat_map(|k| &k.shards)
    }
    /// Every open problem shown (keyspace, shard and orphaned ones).
    pub fn all_problems(&self) -> impl Iterator<Item = &ProblemView> {
        self.keyspaces
            .iter()
            .flat_map(|k| k.problems.iter().chain(k.shards.iter().flat_map(|s| &s.problems)))
            .chain(&self.other_problems)
    }
}

struct ShardCtx<'a> {
    keyspace: Option<&'a Keyspace>,
    keyspace_name: &'a str,
    shard_name: &'a str,
    shard: Option<&'a Shard>,
    tablets: &'a [&'a Tablet],
    instances: &'a HashMap<TabletAlias, &'a InstanceState>,
    by_addr: &'a HashMap<(String, i32), &'a Tablet>,
    inp: &'a StatusInputs<'a>,
}

fn take_problems(
    all: &[&DetectionRow],
    placed: &mut [bool],
    pick: impl Fn(&DetectionRow) -> bool,
) -> Vec<ProblemView> {
    let mut out = Vec::new();
    for (d, p) in all.iter().zip(placed.iter_mut()) {
        if !*p && pick(d) {
            *p = true;
            out.push((*d).clone());
        }
    }
    // Most urgent first (priority 0 is shard-wide), then oldest.
    out.sort_by(|a, b| {
        (a.priority, a.first_seen_ms, a.id).cmp(&(b.priority, b.first_seen_ms, b.id))
    });
    out
}

fn vt_ms(t: VtTime) -> i64 {
    t.seconds.saturating_mul(1000).saturating_add(i64::from(t.nanos) / 1_000_000)
}

fn shard_view(
    c: &ShardCtx<'_>,
    problems: Vec<ProblemView>,
    recoveries: &[&RecoveryRecord],
) -> ShardView {
    // The analysis's cluster primary: the PRIMARY record with the newest term, lowest alias.
    let primary = c
        .tablets
        .iter()
        .filter(|t| t.tablet_type() == TabletType::Primary)
        .min_by(|a, b| {
            let (ta, tb) = (a.primary_term_start, b.primary_term_start);
            tb.unwrap_or_default().cmp(&ta.unwrap_or_default()).then(a.alias.cmp(&b.alias))
        })
        .map(|t| t.alias.to_string());
    let record_primary = c.shard.and_then(|s| s.primary_alias.as_ref()).map(|a| a.to_string());
    let shard_record_primary =
        if c.shard.is_some() && record_primary != primary { record_primary } else { None };

    let mut tablets: Vec<TabletView> = c
        .tablets
        .iter()
        .map(|t| tablet_view(t, c.instances.get(&t.alias).copied(), c.by_addr, &primary))
        .collect();
    tablets.sort_by(|a, b| (!a.is_primary, &a.alias).cmp(&(!b.is_primary, &b.alias)));

    let health = if let Some(h) = Health::of_priorities(problems.iter().map(|p| p.priority)) {
        h
    } else if tablets.iter().any(|t| t.state == TabletState::Unreachable) {
        Health::Unreachable
    } else if tablets.is_empty() {
        Health::Empty
    } else if tablets.iter().any(|t| t.state == TabletState::NotProbed) {
        Health::NotProbed
    } else {
        Health::Healthy
    };
    let block = c
        .inp
        .blocks
        .iter()
        .filter(|b| b.keyspace == c.keyspace_name && b.shard == c.shard_name)
        .filter(|b| b.until_ms > c.inp.now_ms)
        .max_by_key(|b| (b.until_ms, b.id))
        .map(block_of);
    ShardView {
        keyspace: c.keyspace_name.to_string(),
        name: c.shard_name.to_string(),
        durability_policy: c.keyspace.map(|k| k.durability_policy.clone()).unwrap_or_default(),
        primary,
        shard_record_primary,
        primary_term_start_ms: c
            .shard
            .and_then(|s| s.primary_term_start)
            .filter(|t| !t.is_zero())
            .map(vt_ms),
        has_record: c.shard.is_some(),
        health,
        tablets,
        problems,
        recoveries: recoveries
            .iter()
            .filter(|r| r.keyspace == c.keyspace_name && r.shard == c.shard_name)
            .map(|r| RecoverySummary {
                id: r.id,
                alias: r.alias.clone(),
                code: r.code.clone(),
                started_ms: r.started_ms,
                result: RecoveryResult::of(r, c.inp.now_ms),
                successor: r.successor.clone(),
            })
            .collect(),
        gates: Gates {
            global_disabled: c.inp.gate.disabled,
            keyspace_ers_disabled: c.keyspace.is_some_and(|k| k.disable_emergency_reparent),
            shard_ers_disabled: c.shard.is_some_and(|s| s.disable_emergency_reparent),
            block,
        },
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn tablet_view(
    t: &Tablet,
    inst: Option<&InstanceState>,
    by_addr: &HashMap<(String, i32), &Tablet>,
    primary: &Option<String>,
) -> TabletView {
    let alias = t.alias.to_string();
    let tablet_type = match TabletType::from_i32(t.type_value) {
        Some(tt) => tt.as_str().to_string(),
        None => format!("UNKNOWN({})", t.type_value),
    };
    let mut v = TabletView {
        is_primary: primary.as_deref() == Some(alias.as_str()),
        alias,
        hostname: t.hostname.clone(),
        tablet_type,
        mysql_addr: t.mysql_addr(),
        state: TabletState::NotProbed,
        reachable: None,
        error: None,
        read_only: None,
        super_read_only: None,
        replicating_from: None,
        replicating_from_alias: None,
        io_thread: None,
        sql_thread: None,
        lag_seconds: None,
        last_io_error: None,
        last_sql_error: None,
        gtid_position: None,
        semi_sync: None,
        semi_sync_detail: None,
        flavor: None,
        version: None,
        checked_at_ms: None,
        last_seen_ms: None,
    };
    let Some(i) = inst else { return v };
    v.reachable = Some(i.reachable);
    v.error = i.error.clone();
    v.checked_at_ms = Some(i.checked_at_ms);
    v.last_seen_ms = (i.last_seen_ms > 0).then_some(i.last_seen_ms);
    if !i.reachable {
        v.state = TabletState::Unreachable;
        return v;
    }
    v.read_only = Some(i.read_only);
    v.super_read_only = Some(i.super_read_only);
    v.flavor = Some(i.flavor);
    v.version = non_empty(&i.version);
    v.gtid_position = match i.flavor {
        Flavor::MariaDb => non_empty(&i.gtid_current_pos).or_else(|| non_empty(&i.gtid_binlog_pos)),
        Flavor::MySql80 | Flavor::MySql84 => non_empty(&i.executed_gtid),
    };
    v.semi_sync = Some(semi_sync_summary(&i.semi_sync));
    v.semi_sync_detail = Some(i.semi_sync.clone());
    v.state = if i.has_no_source() {
        TabletState::NoSource
    } else if i.replicating() {
        TabletState::Replicating
    } else {
        TabletState::NotReplicating
    };
    if let Some(r) = i.replication.as_ref().filter(|_| !i.has_no_source()) {
        v.replicating_from = Some(format!("{}:{}", r.source_host, r.source_port));
        v.replicating_from_alias = by_addr
            .get(&(r.source_host.to_ascii_lowercase(), i32::from(r.source_port)))
            .map(|t| t.alias.to_string());
        v.io_thread = Some(r.io_thread);
        v.sql_thread = Some(r.sql_thread);
        v.lag_seconds = r.lag_seconds;
        v.last_io_error = non_empty(&r.last_io_error);
        v.last_sql_error = non_empty(&r.last_sql_error);
    }
    v
}

/// One phrase for the semi-sync settings that matter for a failover.
pub fn semi_sync_summary(s: &SemiSync) -> String {
    let mut parts = Vec::new();
    if s.primary_enabled {
        parts.push(if s.primary_status {
            format!("primary on ({} acking)", s.primary_clients)
        } else {
            "primary enabled, not active".to_string()
        });
    }
    if s.replica_enabled {
        parts.push(
            if s.replica_status { "replica on" } else { "replica enabled, not active" }.into(),
        );
    }
    if parts.is_empty() {
        "off".to_string()
    } else {
        parts.join("; ")
    }
}

/// One recovery record as the tables and the page show it.
pub fn recovery_view(r: &RecoveryRecord, now_ms: i64) -> RecoveryView {
    let failover = r
        .code
        .parse()
        .is_ok_and(|c| matches!(recovery_kind(c), RecoveryKind::EmergencyReparent { .. }));
    RecoveryView {
        id: r.id,
        keyspace: r.keyspace.clone(),
        shard: r.shard.clone(),
        alias: r.alias.clone(),
        code: r.code.clone(),
        failover,
        detection_id: r.detection_id,
        started_ms: r.started_ms,
        ended_ms: r.ended_ms,
        duration_ms: r.ended_ms.map(|e| e - r.started_ms),
        result: RecoveryResult::of(r, now_ms),
        successor: r.successor.clone(),
        errors: r.errors.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect(),
        steps: r
            .steps
            .iter()
            .map(|s| StepView {
                at_ms: s.at_ms,
                offset_ms: s.at_ms - r.started_ms,
                step: s.step.clone(),
                message: s.message.clone(),
            })
            .collect(),
    }
}

#[path = "view_gates.rs"]
mod gates;
pub use gates::{block_of, blocked_by, would_do, GatesSource, SharedGates};

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
