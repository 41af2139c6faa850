//! Recovery plans as data (design.md "Plans are data"). A pure function of a problem and a
//! [`Snapshot`] of its shard (records, probes, policy, gates, options, `now`) returns a
//! [`RecoveryPlan`] — a list of [`Step`]s plus the candidate ranking — or a typed [`Refusal`].
//! `recover --dry-run` renders the plan; the executor (`recovery`) re-plans under the shard lock
//! from a fresh snapshot and runs exactly those steps. Nothing here does I/O or reads the clock.
//!
//! A failover is two plans: the preparation (demote a live old primary, stop IO threads, wait for
//! the relay logs, re-probe), then the promotion, planned by [`promotion`] from the re-probed
//! snapshot. The dry-run plans the promotion from the snapshot as it will be once the relay logs
//! are applied ([`Snapshot::relay_logs_applied`]).

mod actions;
mod failover;
mod gates;
pub mod hooks;
mod planned;
mod repairs;
#[cfg(test)]
mod tests;

pub use failover::{io_restart_safe, promotion};
pub use gates::{gate, GateKind, Gates};
pub use hooks::HookVars;
pub use planned::{
    emergency_reparent, planned_reparent, EmergencyRequest, PlannedRequest, EMERGENCY_REPARENT,
    PLANNED_REPARENT,
};

use super::elect::Election;
use super::relay::HighWaterMark;
use super::{recovery_kind, Policy, RecoveryKind};
use crate::model::{Flavor, InstanceState, Problem, Shard, Tablet, TabletAlias, TabletType};
use crate::mysql::actions::Action;
use crate::secret::Credentials;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// Hook command lines (split as a shell splits words, never run by one).
#[derive(Debug, Clone, Default)]
pub struct HookCommands {
    pub pre_failover: Option<String>,
    pub post_failover: Option<String>,
    pub post_unsuccessful_failover: Option<String>,
    pub timeout: Duration,
}

/// The recovery options a plan depends on (plain values, from the command layer).
#[derive(Debug, Clone)]
pub struct PlanOpts {
    pub wait_replicas_timeout: Duration,
    pub prevent_cross_cell: bool,
    pub block_duration: Duration,
    pub hooks: HookCommands,
}

/// Everything a plan is made from: one shard as read from etcd and probed, and the gates.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub shard: Shard,
    pub tablets: Vec<Tablet>,
    /// Probes keyed by zero-padded alias.
    pub instances: HashMap<String, InstanceState>,
    pub policy: Policy,
    /// Tablets the check found with errant GTIDs (never promoted, never repointed).
    pub errant: HashSet<String>,
    pub gates: Gates,
    /// Why no recovery may run in this shard at all (records that share a server, records that
    /// cannot be used as written).
    pub refused: Option<String>,
    /// The shard's high-water mark; `Err` when the state file could not be read (the live
    /// relay logs still guard the election, and the plan says so).
    pub high_water: Result<Option<HighWaterMark>, String>,
    /// When each tablet's IO thread was last restarted by `UnreachablePrimary` (rate limit).
    pub io_restarts: HashMap<String, i64>,
    /// Replication credentials (the password is only ever shown as `***`).
    pub repl: Credentials,
    pub now_ms: i64,
}

impl Snapshot {
    pub fn instance(&self, alias: &TabletAlias) -> Option<&InstanceState> {
        self.instances.get(&alias.to_string())
    }
    pub fn reachable(&self, alias: &TabletAlias) -> bool {
        self.instance(alias).is_some_and(|i| i.reachable)
    }
    pub fn tablet(&self, alias: &str) -> Option<&Tablet> {
        self.tablets.iter().find(|t| t.alias.to_string() == alias)
    }
    pub fn flavor(&self, t: &Tablet) -> Flavor {
        self.instance(&t.alias).map(|i| i.flavor).unwrap_or_default()
    }
    pub fn target(&self, t: &Tablet) -> Target {
        Target { tablet: t.clone(), flavor: self.flavor(t) }
    }
    /// VTOrc's cluster primary: the PRIMARY-typed record with the newest term (among equal
    /// terms the lowest alias, as the analysis picks it).
    pub fn topo_primary(&self) -> Option<&Tablet> {
        self.tablets.iter().filter(|t| t.tablet_type() == TabletType::Primary).min_by(|a, b| {
            b.primary_term_start
                .unwrap_or_default()
                .cmp(&a.primary_term_start.unwrap_or_default())
                .then(a.alias.cmp(&b.alias))
        })
    }
    /// The snapshot as it will be once every replica has applied what its IO thread received,
    /// and with `demoted` answering as a read-only tablet: what the dry-run plans the promotion
    /// from (the executor plans it from a real re-probe).
    pub fn relay_logs_applied(&self, demoted: Option<&TabletAlias>) -> Snapshot {
        let mut s = self.clone();
        for st in s.instances.values_mut() {
            if let Some(got) = super::relay::received_of(st) {
                if st.flavor == Flavor::MariaDb && !st.gtid_slave_pos.is_empty() {
                    st.gtid_slave_pos = got.to_string();
                } else if st.flavor != Flavor::MariaDb {
                    st.executed_gtid = got.to_string();
                }
            }
            if Some(&st.alias) == demoted.map(|d| d.to_string()).as_ref() {
                st.read_only = true;
            }
        }
        s
    }
}

/// A tablet a step acts on, with the flavor its statements are written in.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub tablet: Tablet,
    pub flavor: Flavor,
}

impl Target {
    pub fn alias(&self) -> String {
        self.tablet.alias.to_string()
    }
}

/// Which hook a step runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    Pre,
    Post,
    PostUnsuccessful,
}

impl HookKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HookKind::Pre => "pre-failover",
            HookKind::Post => "post-failover",
            HookKind::PostUnsuccessful => "post-unsuccessful-failover",
        }
    }
}

/// One step of a plan. The executor runs them in order; the first that fails ends the
/// recovery (then the plan's `on_failure` steps run).
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A fact the plan rests on, recorded and printed (no action).
    Note { what: String, text: String },
    /// Statements on one tablet, in order.
    Sql { target: Target, actions: Vec<Action> },
    /// Makes a writable non-primary read-only without hanging: kill the sessions waiting for a
    /// semi-sync ack, `read_only=ON`; if that still waits, kill every client session (never
    /// vtorc-rs's own, never replication threads) and try again.
    Fence { target: Target },
    /// Stop only the IO thread on each, at once (the SQL threads keep applying the relay logs).
    /// Any tablet that cannot be stopped fails the failover before anything is promoted.
    StopIoThreads { targets: Vec<Target>, primary_alive: bool },
    /// Wait (at once) until each has applied its relay log up to the position.
    WaitRelayLogs { waits: Vec<(Target, String)>, timeout: Duration },
    /// Probe these tablets again; the failover's promotion is planned from what they answer.
    Reprobe { targets: Vec<Target> },
    /// ERS's intermediate source: `winner` replicates from `source` until it has `wait_for`
    /// (the source's binlog), then is checked to hold `need` (the source's whole position).
    CatchUp {
        winner: Target,
        source: Target,
        actions: Vec<Action>,
        wait_for: String,
        need: String,
        missing: String,
        timeout: Duration,
    },
    /// Re-probe `target` and require it to hold the shard's high-water mark.
    HoldsHighWater { target: Target, mark: HighWaterMark },
    /// The shard lock must still be ours.
    CheckLock { before: String },
    /// Left out of the recovery, with the (best-effort) statements that make it safe.
    LeaveAlone { target: Target, reason: String, actions: Vec<Action> },
    /// A failover's topology: `primary` PRIMARY with a new term, `demoted` REPLICA without one,
    /// the Shard record naming `primary` (terms only move forward). The lock is checked first.
    WriteTopology { primary: Tablet, demoted: Option<Tablet> },
    /// A tablet record's type (and its primary term cleared when `clear_term`).
    WriteTabletType { alias: TabletAlias, tablet_type: TabletType, clear_term: bool },
    /// Vitess's shard sync: the Shard record names `primary` with its term, only if newer.
    SyncShard { primary: Tablet },
    /// `primary` made writable while the others are repointed to it, all at once.
    WritableAndRepoint { primary: Target, repoint: Vec<(Target, Vec<Action>)> },
    /// STOP/START the IO thread of one replica (rate-limited: the time is recorded).
    RestartIoThread { target: Target },
    /// A planned switchover's first catch-up: read the primary's position now (it still takes
    /// writes) and wait until the candidate has it; nothing has changed if it cannot.
    CatchUpLive { primary: Target, candidate: Target, timeout: Duration },
    /// Demote a primary: `actions` (source-side semi-sync off, read-only), then on MariaDB kill
    /// the client sessions of users whom read_only does not stop (READ ONLY ADMIN, SUPER; never
    /// vtorc-rs's own, never replication). `undo` makes it the primary again if the switchover
    /// fails before the candidate is promoted.
    Demote { primary: Target, actions: Vec<Action>, kill_admin_sessions: bool, undo: Vec<Action> },
    /// Read the demoted primary's final position, wait until the candidate has exactly it, and
    /// check the primary's position did not move meanwhile.
    WaitDemoted { primary: Target, candidate: Target, timeout: Duration },
    /// Runs the step; a failure is recorded and the recovery goes on.
    BestEffort(Box<Step>),
    /// Runs a hook; a failing pre-failover hook aborts before any change.
    Hook { kind: HookKind, command: String, vars: HookVars },
    /// Blocks further failovers of the shard for this long (in etcd, copied to the state file).
    Block { duration: Duration },
    /// The plan ends here and the recovery fails with this reason (after the steps before it,
    /// which made the tablet safe).
    GiveUp { reason: String },
}

/// A plan: what runs, in order, and why the winner won.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryPlan {
    pub problem: Problem,
    pub kind: RecoveryKind,
    /// What a successful run did, in one line (the recovery's message).
    pub summary: String,
    /// What the record and the hooks call it: the problem's code, or the operator's request
    /// (`PlannedReparentShard`, `EmergencyReparentShard`).
    pub label: String,
    /// Failovers and elections: every tablet's verdict.
    pub election: Option<Election>,
    pub steps: Vec<Step>,
    /// After a successful run (the anti-flapping block, then the post-failover hook).
    pub on_success: Vec<Step>,
    /// After a failed run (the post-unsuccessful-failover hook).
    pub on_failure: Vec<Step>,
    /// Set on a failover's preparation: after its last step (a re-probe) the promotion is
    /// planned from the fresh snapshot with [`promotion`].
    pub then_promote: Option<Promotion>,
}

/// What the promotion phase of a failover needs to know about its preparation.
#[derive(Debug, Clone, PartialEq)]
pub struct Promotion {
    /// The primary being replaced (None for PrimaryTabletDeleted).
    pub old: Option<Tablet>,
    /// The old primary answered and was demoted: its position counts.
    pub old_demoted: bool,
    /// The tablets the preparation worked on (the promotion never touches others).
    pub tablets: Vec<TabletAlias>,
    /// `emergency-reparent --new-primary`: this tablet wins, after catching up if it must.
    pub forced: Option<TabletAlias>,
    /// The plan's label (see [`RecoveryPlan::label`]).
    pub label: String,
}

/// Why a plan is not made, as a value: the executor and the exit code decide from it.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// A gate is closed (recoveries disabled, emergency reparent disabled, anti-flapping block,
    /// refused shard): the command that lifts it is in the text.
    Blocked { gate: GateKind, why: String },
    /// A gate could not be read: nothing may start.
    GateUnreadable(String),
    /// Nothing may be done safely now; the reason names the tablet and what is missing.
    Refused(String),
    /// Nothing to do yet (a rate limit); not a failure.
    Wait(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Blocked { why, .. } => f.write_str(why),
            Refusal::GateUnreadable(s) | Refusal::Refused(s) | Refusal::Wait(s) => f.write_str(s),
        }
    }
}

pub type Planned = Result<RecoveryPlan, Refusal>;

fn refuse<T>(why: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal::Refused(why.into()))
}

impl RecoveryPlan {
    fn new(p: &Problem, kind: RecoveryKind, steps: Vec<Step>) -> RecoveryPlan {
        RecoveryPlan {
            problem: p.clone(),
            kind,
            summary: String::new(),
            label: p.code.to_string(),
            election: None,
            steps,
            on_success: Vec::new(),
            on_failure: Vec::new(),
            then_promote: None,
        }
    }
}

/// The plan for `p` on `snap`: the gates first, then the plan of its recovery kind. For a
/// failover this is the preparation; its promotion comes from [`promotion`].
pub fn plan(p: &Problem, snap: &Snapshot, opts: &PlanOpts) -> Planned {
    let kind = recovery_kind(p.code);
    gate(&snap.gates, p, kind, snap.refused.as_deref(), snap.now_ms)?;
    match kind {
        RecoveryKind::EmergencyReparent { wait_all_tablets } => {
            failover::preparation(p, snap, opts, wait_all_tablets, None)
        }
        RecoveryKind::ElectNewPrimary => failover::first_election(p, snap),
        RecoveryKind::FixPrimary => repairs::fix_primary(p, snap),
        RecoveryKind::FixReplica => repairs::fix_replica(p, snap),
        RecoveryKind::ResetPrimaryReplication => repairs::reset_primary_replication(p, snap),
        RecoveryKind::RestartDirectReplicas { all } => {
            repairs::restart_direct_replicas(p, snap, all)
        }
        RecoveryKind::ReconcileStaleTopoPrimary => repairs::reconcile_stale_topo_primary(p, snap),
        RecoveryKind::DrainErrant => repairs::drain_errant(p, snap),
        RecoveryKind::SyncShardRecord => repairs::sync_shard_record(p, snap),
        RecoveryKind::None => refuse(format!("{} has no recovery", p.code)),
    }
}

/// The same plan for a dry-run: a failover's preparation followed by its promotion planned on
/// the snapshot as it will be once the relay logs are applied.
pub fn plan_whole(
    p: &Problem,
    snap: &Snapshot,
    opts: &PlanOpts,
) -> Result<Vec<RecoveryPlan>, Refusal> {
    let first = plan(p, snap, opts)?;
    let Some(next) = first.then_promote.clone() else { return Ok(vec![first]) };
    let demoted = next.old.as_ref().filter(|_| next.old_demoted).map(|o| &o.alias);
    let after = snap.relay_logs_applied(demoted);
    let second = promotion(p, &after, opts, &next)?;
    Ok(vec![first, second])
}
