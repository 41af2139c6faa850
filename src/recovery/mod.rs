//! Executes recovery plans under the shard lock (vtorc-behaviour.md §2.5). Per shard, in VTOrc's
//! order: the gates (read from etcd before and again under the lock), the shard lock taken
//! without waiting, the shard re-read and re-probed, the analysis re-run and the plan made again
//! from that fresh snapshot by the same pure planner the dry-run uses (`analysis::plan`); then
//! its steps run in order and each is recorded. A problem that is gone or no longer actionable
//! under the lock, or whose plan changed in kind, is left alone. Shards run in parallel; one
//! shard's recoveries run one after another.

mod env;
mod exec;
pub mod hooks;
mod request;
mod snapshot;

pub use crate::analysis::plan::{HookCommands as Hooks, PlanOpts};
pub use env::{Deps, Repeats};
pub use request::{run_request, Request};

use crate::analysis::plan::{self as planner, GateKind, RecoveryPlan, Refusal};
use crate::analysis::{self, recovery_kind, AnalysisConfig, RecoveryKind};
use crate::model::{InstanceState, Problem, ProblemCode};
use crate::store::NewRecovery;
use crate::topo::TopoError;
use env::Recorder;
use exec::Exec;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

/// Settings of `recover` and `watch`, as plain values.
#[derive(Debug, Clone)]
pub struct RecoverOpts {
    pub plan: PlanOpts,
    pub analysis: AnalysisConfig,
    pub lock_ttl: Duration,
}

/// Why a recovery was not attempted, as a value: exit codes and metrics decide from it.
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    /// Another process holds the shard lock.
    LockHeld { holder: String },
    /// A gate is closed (the text names the command that opens it).
    Gate { gate: GateKind, why: String, under_lock: bool },
    /// Under the lock the problem is no longer there, or no longer actionable.
    Gone,
    /// Under the lock the plan is not the one asked for (another problem, another kind).
    Changed { why: String },
    /// A shard-wide problem must be recovered first (VTOrc's recheckPrimaryHealth).
    ShardWideFirst { code: ProblemCode, alias: String },
    /// Nothing may be done yet (a rate limit).
    Wait(String),
}

impl Skip {
    /// The `reason` label of `vtorc_skipped_recoveries`.
    pub fn metric_reason(&self) -> &'static str {
        match self {
            Skip::Gate { gate: GateKind::RecoveriesDisabled, .. } => "recoveries_disabled",
            Skip::Gate { gate: GateKind::EmergencyReparentDisabled, .. } => {
                "emergency_reparent_disabled"
            }
            Skip::Gate { gate: GateKind::AntiFlapping, .. } => "anti_flapping_block",
            Skip::Gate { gate: GateKind::RefusedShard, .. } => "refused_shard",
            Skip::LockHeld { .. } => "shard_locked",
            Skip::Gone | Skip::Changed { .. } | Skip::ShardWideFirst { .. } | Skip::Wait(_) => {
                "other"
            }
        }
    }

    /// A stable name for JSON and metrics labels.
    pub fn kind(&self) -> &'static str {
        match self {
            Skip::LockHeld { .. } => "lock_held",
            Skip::Gate { gate, .. } => gate.as_str(),
            Skip::Gone => "gone",
            Skip::Changed { .. } => "changed",
            Skip::ShardWideFirst { .. } => "shard_wide_first",
            Skip::Wait(_) => "wait",
        }
    }
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::LockHeld { holder } => write!(f, "shard lock {holder}"),
            Skip::Gate { why, under_lock, .. } => {
                write!(f, "{}{why}", if *under_lock { "under the lock: " } else { "" })
            }
            Skip::Gone => f.write_str("no longer detected under the lock (already fixed)"),
            Skip::Changed { why } => write!(f, "under the lock: {why}"),
            Skip::ShardWideFirst { code, alias } => {
                write!(f, "{code} on {alias} must be recovered first")
            }
            Skip::Wait(w) => write!(f, "waiting: {w}"),
        }
    }
}

/// What happened to one problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Recovered {
        successor: Option<String>,
        message: String,
    },
    Skipped(Skip),
    Failed(String),
    /// Could not start: etcd (the shard lock, the topology, a gate) was unreachable. Nothing
    /// changed.
    Unavailable(String),
}

#[derive(Debug, Clone)]
pub struct Report {
    pub problem: Problem,
    pub kind: RecoveryKind,
    pub outcome: Outcome,
    pub recovery_id: Option<i64>,
    pub elapsed_ms: i64,
}

impl Report {
    fn new(p: &Problem, outcome: Outcome) -> Report {
        Report {
            problem: p.clone(),
            kind: recovery_kind(p.code),
            outcome,
            recovery_id: None,
            elapsed_ms: 0,
        }
    }
    /// A detected failover that a gate kept from running (recoveries disabled, emergency
    /// reparent disabled, the anti-flapping block): `recover` exits 1 for it.
    pub fn failover_blocked(&self) -> bool {
        is_failover(self.kind)
            && matches!(&self.outcome, Outcome::Skipped(Skip::Gate { gate, .. }) if *gate != GateKind::RefusedShard)
    }
}

/// What the check found that recoveries work from.
pub struct Detected<'a> {
    pub problems: &'a [Problem],
    /// The detection id of each problem (same order), for the recovery record.
    pub detection_ids: &'a [i64],
    /// The probes of this check (carried `last_seen_ms` into the re-probes under the lock).
    pub instances: &'a [InstanceState],
}

/// Tablets the check found with errant GTIDs: never promoted, never repointed.
pub fn errant_aliases(problems: &[Problem]) -> HashSet<String> {
    problems
        .iter()
        .filter(|p| p.code == ProblemCode::ErrantGTIDDetected)
        .map(|p| p.alias.clone())
        .collect()
}

/// The problems `recover` takes up: the actionable ones, and failovers the analysis marked not
/// actionable because Vitess's emergency-reparent switch is off, so the gate names the switch.
pub fn to_handle(p: &Problem) -> bool {
    !p.shard.is_empty() && (p.actionable || is_failover(recovery_kind(p.code)))
}

fn is_failover(kind: RecoveryKind) -> bool {
    matches!(kind, RecoveryKind::EmergencyReparent { .. })
}

/// Runs every actionable problem, shards in parallel.
pub fn recover_all(deps: &Deps<'_>, opts: &RecoverOpts, found: &Detected<'_>) -> Vec<Report> {
    let mut by_shard: BTreeMap<(String, String), Vec<Problem>> = BTreeMap::new();
    for p in found.problems.iter().filter(|p| to_handle(p)) {
        by_shard.entry((p.keyspace.clone(), p.shard.clone())).or_default().push(p.clone());
    }
    let errant = errant_aliases(found.problems);
    let ids: HashMap<(String, String, String, ProblemCode), i64> = found
        .problems
        .iter()
        .zip(found.detection_ids)
        .map(|(p, id)| ((p.keyspace.clone(), p.shard.clone(), p.alias.clone(), p.code), *id))
        .collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = by_shard
            .into_iter()
            .map(|((ks, shard), mut problems)| {
                analysis::sort_for_execution(&mut problems);
                // Decided on the whole topology: a record in another shard can share this
                // shard's server, which the re-read of one shard under the lock cannot see.
                let refused = analysis::duplicates::refusal(found.problems, &ks, &shard);
                let (errant, ids) = (&errant, &ids);
                s.spawn(move || {
                    let shard = ShardRun {
                        deps,
                        opts,
                        ks: &ks,
                        shard: &shard,
                        refused,
                        errant,
                        ids,
                        previous: found.instances,
                    };
                    shard.run(problems)
                })
            })
            .collect();
        // A panicking shard thread is a bug: surface it rather than report "nothing to recover".
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// One shard's recoveries.
struct ShardRun<'a> {
    deps: &'a Deps<'a>,
    opts: &'a RecoverOpts,
    ks: &'a str,
    shard: &'a str,
    refused: Option<String>,
    errant: &'a HashSet<String>,
    ids: &'a HashMap<(String, String, String, ProblemCode), i64>,
    previous: &'a [InstanceState],
}

impl ShardRun<'_> {
    /// The gates of each problem; the ones they stop are reported, the rest returned.
    fn gated(
        &self,
        problems: Vec<Problem>,
        under_lock: bool,
    ) -> (Vec<Problem>, Vec<Report>, planner::Gates) {
        let gates = snapshot::read_gates(self.deps.topo, self.ks, self.shard);
        let now = (self.deps.clock)();
        let mut todo = Vec::new();
        let mut reports = Vec::new();
        for p in problems {
            match planner::gate(&gates, &p, recovery_kind(p.code), self.refused.as_deref(), now) {
                Ok(()) => todo.push(p),
                Err(Refusal::Blocked { gate, why }) => reports
                    .push(Report::new(&p, Outcome::Skipped(Skip::Gate { gate, why, under_lock }))),
                // An unreadable gate: etcd could not answer, so nothing may start (exit 3).
                Err(other) => {
                    reports.push(Report::new(&p, Outcome::Unavailable(other.to_string())))
                }
            }
        }
        (todo, reports, gates)
    }

    fn run(&self, problems: Vec<Problem>) -> Vec<Report> {
        let (ks, shard) = (self.ks, self.shard);
        // Gates first: a blocked problem must not take the lock from someone who could act.
        let (todo, mut reports, _) = self.gated(problems, false);
        let Some(first) = todo.first() else { return reports };
        let action = format!("vtorc-rs Recovery for {} on {}", first.code, first.alias);
        let lock = match self.deps.topo.try_lock_shard(
            ks,
            shard,
            &action,
            self.opts.lock_ttl,
            (self.deps.clock)(),
        ) {
            Ok(l) => l,
            Err(TopoError::LockHeld { holder, .. }) => {
                let skip = Skip::LockHeld { holder: holder.to_string() };
                reports.extend(todo.iter().map(|p| Report::new(p, Outcome::Skipped(skip.clone()))));
                return reports;
            }
            Err(e) => {
                let why = format!("taking the shard lock: {e}");
                let outcome = if matches!(e, TopoError::Unreachable { .. }) {
                    Outcome::Unavailable(format!("{why}; nothing was changed"))
                } else {
                    Outcome::Failed(why)
                };
                reports.extend(todo.iter().map(|p| Report::new(p, outcome.clone())));
                return reports;
            }
        };
        // Again under the lock: another host may have failed the shard over (and placed its
        // block) between the first read and the lock being ours.
        let (todo, blocked, gates) = self.gated(todo, true);
        reports.extend(blocked);
        for p in todo {
            let started = (self.deps.clock)();
            let (report, stop) = self.recover_one(&lock, &p, gates.clone());
            reports.push(Report { elapsed_ms: (self.deps.clock)() - started, ..report });
            if stop {
                break;
            }
        }
        if let Err(e) = lock.release() {
            self.deps.out.warn(&format!(
                "releasing the shard lock of {ks}/{shard}: {e} (it expires with its lease)"
            ));
        }
        reports
    }

    /// One problem under the lock. Returns its report and whether the shard's remaining
    /// problems must wait for the next run (after a shard-wide recovery, or a refusal).
    fn recover_one(
        &self,
        lock: &crate::topo::ShardLock,
        p: &Problem,
        gates: planner::Gates,
    ) -> (Report, bool) {
        let kind = recovery_kind(p.code);
        let fail = |why: String| (Report::new(p, Outcome::Failed(why)), true);
        let mut store = match (self.deps.open_store)() {
            Ok(s) => s,
            Err(e) => return fail(format!("{e:#}")),
        };
        let fresh = match snapshot::under_lock(
            self.deps,
            &self.opts.analysis,
            &mut store,
            (&p.keyspace, &p.shard),
            self.errant,
            self.previous,
            gates,
        ) {
            Ok(f) => f,
            Err(e) => return fail(format!("{e:#}")),
        };
        let (snap, problems, now) = match fresh {
            snapshot::Fresh::Refused(why) => {
                return (Report::new(p, Outcome::Skipped(Skip::Changed { why })), true)
            }
            snapshot::Fresh::Ready { snap, problems, now } => (snap, problems, now),
        };
        if let Some(skip) = still_to_do(p, &problems) {
            let stop = !matches!(skip, Skip::Gone | Skip::Changed { .. });
            return (Report::new(p, Outcome::Skipped(skip)), stop);
        }
        let plan = match planner::plan(p, &snap, &self.opts.plan) {
            Ok(plan) => plan,
            Err(Refusal::Wait(w)) => {
                return (Report::new(p, Outcome::Skipped(Skip::Wait(w))), true)
            }
            Err(Refusal::Blocked { gate, why }) => {
                return (
                    Report::new(p, Outcome::Skipped(Skip::Gate { gate, why, under_lock: true })),
                    true,
                )
            }
            Err(Refusal::GateUnreadable(w)) => {
                return (Report::new(p, Outcome::Unavailable(w)), true)
            }
            Err(Refusal::Refused(why)) => {
                // Recorded, so `recoveries list` shows why the failover did not happen.
                let id = self.start_record(&mut store, p, now);
                let mut rec = self.recorder(store, id, p);
                rec.step("detected", &p.description);
                rec.step("refused", &why);
                finish_record(&mut rec, false, None, &why);
                rec.settle(self.deps.repeats, Some(&why));
                return (Report { recovery_id: id, ..Report::new(p, Outcome::Failed(why)) }, true);
            }
        };
        let id = self.start_record(&mut store, p, now);
        let rec = self.recorder(store, id, p);
        let mut ex = Exec::new(self.deps, lock, rec, self.ks, self.shard);
        ex.rec.step("detected", &p.description);
        let result = execute(self.deps, &self.opts.plan, &mut ex, p, &snap, plan);
        let outcome = match &result {
            Ok((succ, msg)) => Outcome::Recovered { successor: succ.clone(), message: msg.clone() },
            Err(e) => {
                ex.rec.step("error", &format!("{e:#}"));
                Outcome::Failed(format!("{e:#}"))
            }
        };
        let (ok, succ, errs) = match &outcome {
            Outcome::Recovered { successor, .. } => (true, successor.clone(), String::new()),
            Outcome::Failed(e) => (false, None, e.clone()),
            _ => (false, None, String::new()),
        };
        finish_record(&mut ex.rec, ok, succ.as_deref(), &errs);
        let failed = matches!(outcome, Outcome::Failed(_)).then_some(errs.as_str());
        ex.rec.settle(self.deps.repeats, failed);
        let shard_wide =
            matches!(kind, RecoveryKind::EmergencyReparent { .. } | RecoveryKind::ElectNewPrimary);
        (Report { recovery_id: id, ..Report::new(p, outcome) }, shard_wide)
    }

    fn start_record(&self, store: &mut crate::store::Store, p: &Problem, now: i64) -> Option<i64> {
        let detection_id =
            self.ids.get(&(p.keyspace.clone(), p.shard.clone(), p.alias.clone(), p.code)).copied();
        store
            .start_recovery(NewRecovery {
                keyspace: p.keyspace.clone(),
                shard: p.shard.clone(),
                alias: p.alias.clone(),
                code: p.code.to_string(),
                detection_id,
                started_ms: now,
                dry_run: false,
            })
            .map_err(|e| self.deps.out.warn(&format!("could not record the recovery: {e}")))
            .ok()
    }

    fn recorder<'s>(
        &'s self,
        store: crate::store::Store,
        id: Option<i64>,
        p: &Problem,
    ) -> Recorder<'s> {
        let label = format!("{}/{} {} {}", p.keyspace, p.shard, p.alias, p.code);
        // An attempt of a recovery whose last attempt failed keeps its lines until it ends.
        let held = self
            .deps
            .repeats
            .and_then(|m| m.lock().ok().map(|m| m.contains_key(&label)))
            .unwrap_or(false)
            .then(Vec::new);
        Recorder { store, id, out: self.deps.out, label, clock: self.deps.clock, held }
    }
}

/// Runs a plan (and, for a failover, the promotion planned from the re-probed shard), then
/// its after-success or after-failure steps.
pub(crate) fn execute(
    deps: &Deps<'_>,
    plan_opts: &PlanOpts,
    ex: &mut Exec<'_>,
    p: &Problem,
    snap: &planner::Snapshot,
    plan: RecoveryPlan,
) -> anyhow::Result<(Option<String>, String)> {
    let mut done = plan.steps.len();
    let mut last = plan.clone();
    let mut r = ex.run(&plan.steps, 0);
    if r.is_ok() {
        if let Some(next) = &plan.then_promote {
            let mut fresh = snap.clone();
            fresh.instances.extend(ex.latest.clone());
            fresh.now_ms = (deps.clock)();
            match planner::promotion(p, &fresh, plan_opts, next) {
                Ok(second) => {
                    r = ex.run(&second.steps, done);
                    done += second.steps.len();
                    last = second;
                }
                Err(refusal) => {
                    ex.rec.step("refused", &refusal.to_string());
                    r = Err(anyhow::anyhow!("{refusal}"));
                    ex.undo_after_refusal();
                }
            }
        }
    }
    let _ = done;
    match r {
        Ok(()) => {
            ex.run_after(&last.on_success);
            let successor =
                last.election.as_ref().and_then(|e| e.winner.as_ref()).map(|a| a.to_string());
            let mut message = last.summary.clone();
            if !ex.not_repointed.is_empty() {
                message.push_str(&format!(
                    "; {} replicas not repointed (the next run retries)",
                    ex.not_repointed.len()
                ));
            }
            Ok((successor, message))
        }
        Err(e) => {
            ex.run_after(&last.on_failure);
            Err(e)
        }
    }
}

/// Why `p` is not recovered now, judged on the analysis re-run under the lock: it is gone, no
/// longer actionable (or needs another recovery), or a shard-wide problem must go first (VTOrc's
/// recheckPrimaryHealth). None: go on.
fn still_to_do(p: &Problem, fresh: &[Problem]) -> Option<Skip> {
    let kind = recovery_kind(p.code);
    match fresh.iter().find(|f| f.alias == p.alias && recovery_kind(f.code) == kind) {
        None => return Some(Skip::Gone),
        Some(f) if !f.actionable => {
            return Some(Skip::Changed {
                why: format!("{} on {} is no longer actionable: {}", f.code, f.alias, f.action),
            })
        }
        Some(_) => {}
    }
    if analysis::is_shard_wide(p.code) {
        return None;
    }
    fresh
        .iter()
        .find(|f| analysis::is_shard_wide(f.code) && f.actionable)
        .map(|sw| Skip::ShardWideFirst { code: sw.code, alias: sw.alias.clone() })
}

fn finish_record(rec: &mut Recorder<'_>, ok: bool, successor: Option<&str>, errors: &str) {
    let Some(id) = rec.id else { return };
    let now = (rec.clock)();
    if let Err(e) = rec.store.finish_recovery(id, now, ok, successor, errors) {
        rec.out.warn(&format!("could not record the end of recovery {id}: {e}"));
    }
}

/// The dry-run of every problem `recover` would take up, in its order: each planned by the same
/// planner from the check's probes and the gates as etcd holds them now. Changes nothing.
pub fn dry_run(
    deps: &Deps<'_>,
    opts: &RecoverOpts,
    from: FromCheck<'_>,
) -> Vec<crate::render::plan::DryRun> {
    snapshot::dry_run(deps, opts, from)
}

pub use snapshot::FromCheck;
