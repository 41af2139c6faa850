//! Executes recoveries under the shard lock (vtorc-behaviour.md §2.5): per shard, in VTOrc's
//! order, after the gates (global switch, Vitess's per-keyspace/shard ERS switch, the
//! anti-flapping block, all read from etcd before and again under the lock), with the shard lock taken without waiting, the shard re-read and
//! re-probed and the analysis re-run under the lock, so a problem that is gone, or that another
//! vtorc-rs fixed, is left alone. Different shards run in parallel; one shard's recoveries run
//! one after another. Every attempt is recorded step by step in the state file.

mod env;
mod ers;
mod fix;
pub mod hooks;
mod plan;

pub use plan::dry_run;

use crate::analysis::{self, recovery_kind, Policy, RecoveryKind};
use crate::cli::AnalysisOpts;
use crate::context::{now_ms, Context};
use crate::model::{ClusterFilter, Problem, ProblemCode, Tablet};
use crate::pipeline::CheckResult;
use crate::store::{NewRecovery, Store};
use crate::topo::{FailoverBlock, RecoveriesSwitch, ShardLock, Topo, TopoError};
use anyhow::{anyhow, Context as _, Result};
use env::{Env, Recorder, ShardView};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

/// Hook command lines (split on whitespace, never run through a shell).
#[derive(Debug, Clone, Default)]
pub struct Hooks {
    pub pre_failover: Option<String>,
    pub post_failover: Option<String>,
    pub post_unsuccessful_failover: Option<String>,
    pub timeout: Duration,
}

/// Settings of `recover` and `watch`.
#[derive(Debug, Clone)]
pub struct RecoverOpts {
    pub analysis: AnalysisOpts,
    pub wait_replicas_timeout: Duration,
    pub prevent_cross_cell: bool,
    pub block_duration: Duration,
    pub lock_ttl: Duration,
    pub hooks: Hooks,
}

/// A recovery that found nothing it may do yet and must wait (a rate limit, a replica nudged a
/// moment ago): reported as skipped, not failed, so a one-shot `recover` waiting out a partition
/// does not exit 1 on every run.
#[derive(Debug)]
pub struct Wait(pub String);

impl std::fmt::Display for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Wait {}

/// What happened to one problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Recovered {
        successor: Option<String>,
        message: String,
    },
    Skipped(String),
    Failed(String),
    /// Could not start: etcd (the shard lock, the topology) was unreachable. Nothing changed.
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

/// Tablets the check found with errant GTIDs: never promoted, never repointed.
fn errant_aliases(check: &CheckResult) -> HashSet<String> {
    check
        .problems
        .iter()
        .filter(|p| p.code == ProblemCode::ErrantGTIDDetected)
        .map(|p| p.alias.clone())
        .collect()
}

/// Runs every actionable problem of `check`, shards in parallel.
pub fn recover_all(ctx: &Context, opts: &RecoverOpts, check: &CheckResult) -> Vec<Report> {
    let mut by_shard: BTreeMap<(String, String), Vec<Problem>> = BTreeMap::new();
    for p in check.problems.iter().filter(|p| to_handle(p)) {
        by_shard.entry((p.keyspace.clone(), p.shard.clone())).or_default().push(p.clone());
    }
    let errant = errant_aliases(check);
    // Decided on the whole topology: a record in another shard can share this shard's server,
    // which the re-read of one shard under the lock cannot see.
    let refusals: HashMap<(String, String), String> = by_shard
        .keys()
        .filter_map(|(ks, sh)| {
            analysis::duplicates::refusal(&check.problems, ks, sh)
                .map(|why| ((ks.clone(), sh.clone()), why))
        })
        .collect();
    let detection_ids: HashMap<(String, String, String, ProblemCode), i64> = check
        .problems
        .iter()
        .zip(&check.detections.ids)
        .map(|(p, id)| ((p.keyspace.clone(), p.shard.clone(), p.alias.clone(), p.code), *id))
        .collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = by_shard
            .into_iter()
            .map(|((ks, shard), mut problems)| {
                analysis::sort_for_execution(&mut problems);
                let errant = &errant;
                let ids = &detection_ids;
                let refused = refusals.get(&(ks.clone(), shard.clone())).cloned();
                s.spawn(move || {
                    let scope = ShardScope { ks: &ks, shard: &shard, refused: refused.as_deref() };
                    recover_shard(ctx, opts, scope, problems, errant, ids)
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

/// The problems `recover` takes up: the actionable ones, and failovers the analysis marked not
/// actionable because Vitess's emergency-reparent switch is off, so the gate can name the switch
/// in the output instead of "none actionable".
pub(crate) fn to_handle(p: &Problem) -> bool {
    !p.shard.is_empty() && (p.actionable || is_failover(recovery_kind(p.code)))
}

fn skipped(p: &Problem, why: String) -> Report {
    Report {
        problem: p.clone(),
        kind: recovery_kind(p.code),
        outcome: Outcome::Skipped(why),
        recovery_id: None,
        elapsed_ms: 0,
    }
}

fn is_failover(kind: RecoveryKind) -> bool {
    matches!(kind, RecoveryKind::EmergencyReparent { .. })
}

/// The gates as etcd holds them now for one shard, every vtorc-rs host's common truth (the
/// state file only keeps a copy). Each is read on its own so that a failed read names its key.
pub(crate) struct SharedGates {
    /// `<G>/vtorc-rs/recoveries_disabled` (`recoveries disable|enable`).
    switch: Result<Option<RecoveriesSwitch>, TopoError>,
    /// `<G>/vtorc-rs/blocks/<ks>/<shard>` (the anti-flapping block).
    block: Result<Option<FailoverBlock>, TopoError>,
    /// Vitess's `vtorc_state.disable_emergency_reparent` on the keyspace and shard records.
    ers: Result<(bool, bool), TopoError>,
}

impl SharedGates {
    /// Reads every gate of `ks/shard` from etcd.
    pub(crate) fn read(topo: &Topo, ks: &str, shard: &str) -> SharedGates {
        let ers = topo.get_keyspace(ks).and_then(|k| {
            topo.get_shard(ks, shard)
                .map(|s| (k.disable_emergency_reparent, s.disable_emergency_reparent))
        });
        Self::read_with_ers(topo, ks, shard, ers)
    }

    /// Reads vtorc-rs's own gates; the Vitess flags as the caller already read them.
    pub(crate) fn read_with_ers(
        topo: &Topo,
        ks: &str,
        shard: &str,
        ers: Result<(bool, bool), TopoError>,
    ) -> SharedGates {
        SharedGates { switch: topo.recoveries_switch(), block: topo.failover_block(ks, shard), ers }
    }
}

/// A gate that could not be read is closed: any doubt stops a recovery before its first change.
fn closed(what: &str, e: &TopoError) -> anyhow::Error {
    anyhow!("gate closed: cannot read {what} from etcd: {e}; refused before any change")
}

/// The gates, in the order an operator would look for them. Returns why the problem is blocked,
/// or an error (the problem cannot run, nothing was changed) when a gate it depends on is
/// unreadable.
/// `refused` is the shard's duplicate-server refusal ([`analysis::duplicates::refusal`]): it
/// comes first because every other verdict about the shard rests on records that lie.
fn gate(
    g: &SharedGates,
    p: &Problem,
    kind: RecoveryKind,
    refused: Option<&str>,
    now: i64,
) -> Result<Option<String>> {
    if let Some(why) = refused {
        return Ok(Some(why.to_string()));
    }
    match &g.switch {
        Err(e) => return Err(closed("the recoveries switch", e)),
        Ok(Some(sw)) if sw.disabled => {
            return Ok(Some(format!(
                "recoveries are disabled globally since {} (from {}; vtorc-rs recoveries enable)",
                crate::render::fmt::utc(sw.changed_ms),
                sw.host
            )))
        }
        Ok(_) => {}
    }
    if !is_failover(kind) {
        return Ok(None);
    }
    match &g.ers {
        Err(e) => return Err(closed("Vitess's emergency-reparent flags", e)),
        Ok((true, _)) => {
            return Ok(Some(format!(
                "emergency reparent is disabled for keyspace {} in the topology (vtorc-rs recoveries enable --keyspace {})",
                p.keyspace, p.keyspace
            )))
        }
        Ok((_, true)) => {
            return Ok(Some(format!(
                "emergency reparent is disabled for shard {}/{} in the topology (vtorc-rs recoveries enable --keyspace {} --shard {})",
                p.keyspace, p.shard, p.keyspace, p.shard
            )))
        }
        Ok(_) => {}
    }
    match &g.block {
        Err(e) => Err(closed("the anti-flapping block", e)),
        Ok(Some(b)) if b.in_force(now) => Ok(Some(format!(
            "anti-flapping: a failover already happened in {}/{} (by {}); further failovers are blocked until {} (vtorc-rs ack {}/{})",
            p.keyspace,
            p.shard,
            if b.host.is_empty() { "vtorc-rs" } else { &b.host },
            crate::render::fmt::utc(b.until_ms),
            p.keyspace,
            p.shard
        ))),
        Ok(_) => Ok(None),
    }
}

/// Splits `problems` into those the gates let through and the reports of those they stop.
fn apply_gates(
    g: &SharedGates,
    problems: Vec<Problem>,
    scope: ShardScope<'_>,
    prefix: &str,
    now: i64,
) -> (Vec<Problem>, Vec<Report>) {
    let mut todo = Vec::new();
    let mut reports = Vec::new();
    for p in problems {
        match gate(g, &p, recovery_kind(p.code), scope.refused, now) {
            Ok(Some(why)) => reports.push(skipped(&p, format!("{prefix}{why}"))),
            Ok(None) => todo.push(p),
            // An unreadable gate: etcd could not answer, so nothing may start (exit 3).
            Err(e) => reports.push(Report {
                outcome: Outcome::Unavailable(format!("{prefix}{e:#}")),
                ..skipped(&p, String::new())
            }),
        }
    }
    (todo, reports)
}

/// One shard's recovery run: which shard, and whether the whole-topology check refused it.
#[derive(Clone, Copy)]
struct ShardScope<'a> {
    ks: &'a str,
    shard: &'a str,
    refused: Option<&'a str>,
}

fn recover_shard(
    ctx: &Context,
    opts: &RecoverOpts,
    scope: ShardScope<'_>,
    problems: Vec<Problem>,
    errant: &HashSet<String>,
    detection_ids: &HashMap<(String, String, String, ProblemCode), i64>,
) -> Vec<Report> {
    let fail_all = |why: String| {
        problems
            .iter()
            .map(|p| Report { outcome: Outcome::Failed(why.clone()), ..skipped(p, String::new()) })
            .collect::<Vec<_>>()
    };
    let mut store = match ctx.store() {
        Ok(s) => s,
        Err(e) => return fail_all(format!("{e:#}")),
    };
    let topo = match ctx.topo() {
        Ok(t) => t,
        Err(e) => return fail_all(format!("{e:#}")),
    };
    let (ks, shard) = (scope.ks, scope.shard);
    // Gates first: a blocked problem must not take the lock from someone who could act.
    let gates = SharedGates::read(&topo, ks, shard);
    let (todo, mut reports) = apply_gates(&gates, problems, scope, "", now_ms());
    let Some(first) = todo.first() else { return reports };
    let action = format!("vtorc-rs Recovery for {} on {}", first.code, first.alias);
    let lock = match topo.try_lock_shard(ks, shard, &action, opts.lock_ttl, now_ms()) {
        Ok(l) => l,
        Err(TopoError::LockHeld { holder, .. }) => {
            let why = format!("shard lock {holder}");
            reports.extend(todo.iter().map(|p| skipped(p, why.clone())));
            return reports;
        }
        Err(e) => {
            let why = format!("taking the shard lock: {e}");
            let outcome = if matches!(e, TopoError::Unreachable { .. }) {
                Outcome::Unavailable(format!("{why}; nothing was changed"))
            } else {
                Outcome::Failed(why)
            };
            reports.extend(
                todo.iter()
                    .map(|p| Report { outcome: outcome.clone(), ..skipped(p, String::new()) }),
            );
            return reports;
        }
    };
    // Again under the lock: another host may have failed the shard over (and placed its
    // block) between the first read and the lock being ours.
    let gates = SharedGates::read(&topo, ks, shard);
    let (todo, blocked) = apply_gates(&gates, todo, scope, "under the lock: ", now_ms());
    reports.extend(blocked);
    for p in todo {
        let started = now_ms();
        let det = detection_ids
            .get(&(p.keyspace.clone(), p.shard.clone(), p.alias.clone(), p.code))
            .copied();
        let (report, stop) = recover_one(ctx, opts, &topo, &lock, &mut store, &p, errant, det);
        let elapsed_ms = now_ms() - started;
        reports.push(Report { elapsed_ms, ..report });
        if stop {
            break;
        }
    }
    if let Err(e) = lock.release() {
        ctx.out.warn(&format!(
            "releasing the shard lock of {ks}/{shard}: {e} (it expires with its lease)"
        ));
    }
    reports
}

/// Why no recovery may run in `ks/shard` while it holds tablet records that cannot be used as
/// written: they are left out of the analysis, so it may miss a live server (a PRIMARY record
/// with a bad port would make the shard look like its primary was deleted, and a failover
/// would leave two servers writable).
pub(crate) fn invalid_records_refusal(
    invalid: &[crate::topo::InvalidTablet],
    ks: &str,
    shard: &str,
) -> Option<String> {
    let keys: Vec<String> = invalid
        .iter()
        .filter(|i| i.tablet.keyspace == ks && i.tablet.shard == shard)
        .map(|i| format!("{}: {}", i.key, i.reason))
        .collect();
    (!keys.is_empty()).then(|| format!("refused: {}", keys.join("; ")))
}

/// One shard's records as re-read from etcd: its topology and its invalid tablet records.
fn read_shard(topo: &Topo, ks: &str, shard: &str) -> Result<crate::topo::TopoRead> {
    let filter = ClusterFilter::parse(&[format!("{ks}/{shard}")]).map_err(|e| anyhow!(e))?;
    topo.read_topology(&filter).context("re-reading the shard from etcd")
}

/// The shard re-read from etcd and re-probed, under the lock; refused (an error naming the
/// keys) when it holds invalid tablet records.
fn load_view(
    ctx: &Context,
    topo: &Topo,
    store: &Store,
    ks: &str,
    shard: &str,
    errant: &HashSet<String>,
) -> Result<UnderLock<(crate::model::Topology, ShardView)>> {
    let read = read_shard(topo, ks, shard)?;
    if let Some(why) = invalid_records_refusal(&read.invalid_tablets, ks, shard) {
        return Ok(Err(why));
    }
    let t = read.topology;
    let keyspace = t
        .keyspaces
        .iter()
        .find(|k| k.name == ks)
        .cloned()
        .ok_or_else(|| anyhow!("keyspace {ks} is gone from the topology"))?;
    let shard_rec = t
        .shards
        .iter()
        .find(|s| s.keyspace == ks && s.name == shard)
        .cloned()
        .ok_or_else(|| anyhow!("shard {ks}/{shard} is gone from the topology"))?;
    let policy = Policy::parse(&keyspace.durability_policy).map_err(|e| anyhow!("{e}"))?;
    let previous = store.load_instances().unwrap_or_default();
    let tablets: Vec<&Tablet> = t.tablets.iter().collect();
    let instances = crate::pipeline::probe(ctx, &tablets, &previous, 32, now_ms())?;
    let view = ShardView {
        keyspace,
        shard: shard_rec,
        tablets: t.tablets.clone(),
        instances: instances.into_iter().map(|i| (i.alias.clone(), i)).collect(),
        policy,
        errant: errant.clone(),
    };
    Ok(Ok((t, view)))
}

/// What the shard looks like under the lock, or why it is refused (`Err`, naming the records).
type UnderLock<T> = std::result::Result<T, String>;

/// The shard re-read and re-probed under the lock, its problems, and the clock of that analysis.
struct Fresh {
    view: ShardView,
    problems: Vec<Problem>,
    now: i64,
}

/// Under the lock: the shard re-read and re-probed, and the analysis re-run on it, so only a
/// problem that is still there is acted on. Refuses the shard when it holds invalid tablet
/// records, or records that share one server (its own ones are visible here even when they
/// appeared after the check): either way a repair could act on the wrong server.
fn redetect(
    ctx: &Context,
    opts: &RecoverOpts,
    topo: &Topo,
    store: &mut Store,
    p: &Problem,
    errant: &HashSet<String>,
) -> Result<UnderLock<Fresh>> {
    let (t, view) = match load_view(ctx, topo, store, &p.keyspace, &p.shard, errant)? {
        Ok(x) => x,
        Err(why) => return Ok(Err(why)),
    };
    let instances: Vec<_> = view.instances.values().cloned().collect();
    // The fresh probes raise the high-water mark before anyone is elected.
    let raised = store
        .high_water_marks()
        .map(|prev| analysis::relay::raise_high_water(&t, &instances, &prev))
        .and_then(|r| store.save_high_water(&r, now_ms()));
    if let Err(e) = raised {
        ctx.out.warn(&format!("could not update the high-water mark: {e}"));
    }
    let cfg = crate::pipeline::analysis_config(&opts.analysis);
    // The clock after the re-probe, as the check reads it after its probes.
    let now = now_ms();
    let fresh = analysis::detect(&t, &instances, &cfg, now);
    if let Some(why) = analysis::duplicates::refusal(&fresh, &p.keyspace, &p.shard) {
        return Ok(Err(why));
    }
    Ok(Ok(Fresh { view, problems: fresh, now }))
}

#[allow(clippy::too_many_arguments)]
fn recover_one(
    ctx: &Context,
    opts: &RecoverOpts,
    topo: &Topo,
    lock: &ShardLock,
    store: &mut Store,
    p: &Problem,
    errant: &HashSet<String>,
    detection_id: Option<i64>,
) -> (Report, bool) {
    let kind = recovery_kind(p.code);
    let base = skipped(p, String::new());
    let Fresh { view, problems: fresh, now } = match redetect(ctx, opts, topo, store, p, errant) {
        Ok(Ok(x)) => x,
        Ok(Err(why)) => {
            let outcome = Outcome::Skipped(format!("under the lock: {why}"));
            return (Report { outcome, ..base }, true);
        }
        Err(e) => return (Report { outcome: Outcome::Failed(format!("{e:#}")), ..base }, true),
    };
    let same = fresh.iter().any(|f| f.alias == p.alias && recovery_kind(f.code) == kind);
    if !same {
        return (
            Report {
                outcome: Outcome::Skipped(
                    "no longer detected under the lock (already fixed)".into(),
                ),
                ..base
            },
            false,
        );
    }
    // A replica fix waits while the shard needs a primary recovery (VTOrc's recheckPrimaryHealth).
    if !analysis::is_shard_wide(p.code) {
        if let Some(sw) = fresh.iter().find(|f| analysis::is_shard_wide(f.code) && f.actionable) {
            return (
                Report {
                    outcome: Outcome::Skipped(format!(
                        "{} on {} must be recovered first",
                        sw.code, sw.alias
                    )),
                    ..base
                },
                true,
            );
        }
    }
    let id = store
        .start_recovery(NewRecovery {
            keyspace: p.keyspace.clone(),
            shard: p.shard.clone(),
            alias: p.alias.clone(),
            code: p.code.to_string(),
            detection_id,
            started_ms: now,
            dry_run: false,
        })
        .map_err(|e| ctx.out.warn(&format!("could not record the recovery: {e}")))
        .ok();
    let rec_store = match ctx.store() {
        Ok(s) => s,
        Err(e) => return (Report { outcome: Outcome::Failed(format!("{e:#}")), ..base }, true),
    };
    let creds = ctx.mysql_credentials();
    let repl = ctx.repl_credentials();
    let (Ok(creds), Ok(repl)) = (creds, repl) else {
        return (
            Report { outcome: Outcome::Failed("cannot read MySQL credentials".into()), ..base },
            true,
        );
    };
    let mut env = Env {
        ctx,
        opts,
        topo,
        lock,
        creds,
        repl,
        view,
        rec: Recorder {
            store: rec_store,
            id,
            steps: Vec::new(),
            out: ctx.out,
            label: format!("{}/{} {} {}", p.keyspace, p.shard, p.alias, p.code),
        },
    };
    env.rec.step("detected", &p.description);
    let result: Result<(Option<String>, String)> = match kind {
        RecoveryKind::EmergencyReparent { wait_all_tablets } => {
            ers::emergency_reparent(&mut env, p, wait_all_tablets)
                .map(|pr| (Some(pr.successor.alias.to_string()), pr.message))
        }
        RecoveryKind::ElectNewPrimary => ers::elect_first_primary(&mut env, p)
            .map(|pr| (Some(pr.successor.alias.to_string()), pr.message)),
        RecoveryKind::FixPrimary => fix::fix_primary(&mut env, p).map(|m| (None, m)),
        RecoveryKind::FixReplica => fix::fix_replica(&mut env, p).map(|m| (None, m)),
        RecoveryKind::ResetPrimaryReplication => {
            fix::reset_primary_replication(&mut env, p).map(|m| (None, m))
        }
        RecoveryKind::RestartDirectReplicas { all } => {
            fix::restart_direct_replicas(&mut env, p, all).map(|m| (None, m))
        }
        RecoveryKind::ReconcileStaleTopoPrimary => {
            fix::reconcile_stale_topo_primary(&mut env, p).map(|m| (None, m))
        }
        RecoveryKind::DrainErrant => fix::drain_errant(&mut env, p).map(|m| (None, m)),
        RecoveryKind::SyncShardRecord => fix::sync_shard_record(&mut env, p).map(|m| (None, m)),
        RecoveryKind::None => Err(anyhow!("{} has no recovery", p.code)),
    };
    let shard_wide =
        matches!(kind, RecoveryKind::EmergencyReparent { .. } | RecoveryKind::ElectNewPrimary);
    let outcome = match &result {
        Ok((succ, msg)) => Outcome::Recovered { successor: succ.clone(), message: msg.clone() },
        Err(e) if e.downcast_ref::<Wait>().is_some() => {
            env.rec.step("waiting", &format!("{e:#}"));
            Outcome::Skipped(format!("waiting: {e:#}"))
        }
        Err(e) => {
            env.rec.step("error", &format!("{e:#}"));
            Outcome::Failed(format!("{e:#}"))
        }
    };
    if is_failover(kind) {
        // The block goes first: the hooks may take long, and it must not wait on them.
        if let Outcome::Recovered { .. } = &outcome {
            place_block(&mut env, p, id);
        }
        post_failover_hooks(&mut env, p, &outcome);
    }
    if let Some(id) = id {
        let (ok, succ, errs) = match &outcome {
            Outcome::Recovered { successor, .. } => (true, successor.clone(), String::new()),
            Outcome::Failed(e) | Outcome::Unavailable(e) => (false, None, e.clone()),
            Outcome::Skipped(_) => (false, None, String::new()),
        };
        if let Err(e) = env.rec.store.finish_recovery(id, now_ms(), ok, succ.as_deref(), &errs) {
            ctx.out.warn(&format!("could not record the end of recovery {id}: {e}"));
        }
    }
    (Report { outcome, recovery_id: id, ..base }, shard_wide)
}

/// Blocks further failovers in the shard for `--recovery-block-duration` after a successful
/// one: in etcd, where every vtorc-rs host reads it, then a copy in the state file (history and
/// status). Placed whether or not the lock is still ours, and whether or not the state file
/// recorded the recovery: a block can only stop a failover, never start one.
fn place_block(env: &mut Env<'_>, p: &Problem, id: Option<i64>) {
    let now = now_ms();
    let block = FailoverBlock {
        keyspace: p.keyspace.clone(),
        shard: p.shard.clone(),
        until_ms: now + env.opts.block_duration.as_millis() as i64,
        recovery_id: id,
        host: crate::topo::lock::hostname(),
        created_ms: now,
        acked_by: None,
        acked_ms: None,
    };
    let until = crate::render::fmt::utc(block.until_ms);
    match env.topo.place_failover_block(&block) {
        Ok(()) => env.rec.step("failover block", &format!("failovers blocked until {until}")),
        Err(e) => {
            let msg = format!(
                "FAILOVER BLOCK NOT PLACED in etcd for {}/{}: {e}; another vtorc-rs host may fail this shard over again before {until}",
                p.keyspace, p.shard
            );
            env.ctx.out.warn(&msg);
            env.rec.step("failover block", &msg);
        }
    }
    if let Err(e) = env.rec.store.block_failovers(&p.keyspace, &p.shard, block.until_ms, id, now) {
        env.ctx.out.warn(&format!("could not copy the anti-flapping block to the state file: {e}"));
    }
}

/// Hook placeholders for a failover of `p`.
pub fn hook_vars(
    p: &Problem,
    failed: Option<&Tablet>,
    successor: Option<&Tablet>,
) -> hooks::HookVars {
    hooks::HookVars {
        failure_type: p.code.to_string(),
        failed_host: failed.map(|t| t.mysql_hostname.clone()).unwrap_or_default(),
        failed_port: failed.map(|t| t.mysql_port.to_string()).unwrap_or_default(),
        failed_alias: failed.map(|t| t.alias.to_string()).unwrap_or_else(|| p.alias.clone()),
        successor_host: successor.map(|t| t.mysql_hostname.clone()).unwrap_or_default(),
        successor_port: successor.map(|t| t.mysql_port.to_string()).unwrap_or_default(),
        successor_alias: successor.map(|t| t.alias.to_string()).unwrap_or_default(),
        keyspace: p.keyspace.clone(),
        shard: p.shard.clone(),
    }
}

/// Runs the pre-failover hook; a non-zero exit aborts before anything changed.
fn pre_failover_hook(env: &mut Env<'_>, vars: &hooks::HookVars) -> Result<()> {
    let Some(cmd) = env.opts.hooks.pre_failover.clone() else { return Ok(()) };
    let r = hooks::run(&cmd, vars, env.opts.hooks.timeout);
    env.rec.step("pre-failover hook", &format!("{}: {}", r.status, r.output));
    if !r.ok {
        return Err(anyhow!(
            "pre-failover hook {cmd:?} failed ({}): failover aborted before any change",
            r.status
        ));
    }
    Ok(())
}

fn post_failover_hooks(env: &mut Env<'_>, p: &Problem, outcome: &Outcome) {
    let old = env.view.topo_primary().cloned().or_else(|| env.view.tablet(&p.alias).cloned());
    let (cmd, succ) = match outcome {
        Outcome::Recovered { successor, .. } => {
            (env.opts.hooks.post_failover.clone(), successor.clone())
        }
        _ => (env.opts.hooks.post_unsuccessful_failover.clone(), None),
    };
    let Some(cmd) = cmd else { return };
    let succ_t = succ.and_then(|a| env.view.tablet(&a).cloned());
    let vars = hook_vars(p, old.as_ref(), succ_t.as_ref());
    let r = hooks::run(&cmd, &vars, env.opts.hooks.timeout);
    env.rec.step("hooks done", &format!("{cmd}: {}: {}", r.status, r.output));
}
