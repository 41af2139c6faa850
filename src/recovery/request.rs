//! Operator requests (`planned-reparent`, `emergency-reparent`): planned by the same planner
//! (`analysis::plan`) as every recovery, run by the same executor under the shard lock, recorded
//! like a recovery. `--dry-run` plans from a fresh read and re-probe and changes nothing.

use super::env::{Deps, Recorder};
use super::exec::Exec;
use super::{execute, snapshot, Outcome, RecoverOpts, Skip};
use crate::analysis::plan::{self as planner, EmergencyRequest, Planned, PlannedRequest, Refusal};
use crate::model::{Problem, ProblemCode};
use crate::render::plan::DryRun;
use crate::store::NewRecovery;
use crate::topo::TopoError;
use std::collections::HashSet;

/// What the operator asked for.
#[derive(Debug, Clone)]
pub enum Request {
    Planned(PlannedRequest),
    Emergency(EmergencyRequest),
}

/// What a request did: its outcome, the record, and the plan as run (or as it would run).
pub struct RequestOutcome {
    pub outcome: Outcome,
    pub recovery_id: Option<i64>,
    pub elapsed_ms: i64,
    /// With `dry_run`: the plan, rendered by the caller.
    pub dry_run: Option<DryRun>,
}

impl Request {
    /// What the record and the hooks call it.
    pub fn label(&self) -> &'static str {
        match self {
            Request::Planned(_) => planner::PLANNED_REPARENT,
            Request::Emergency(_) => planner::EMERGENCY_REPARENT,
        }
    }
}

fn outcome(o: Outcome) -> RequestOutcome {
    RequestOutcome { outcome: o, recovery_id: None, elapsed_ms: 0, dry_run: None }
}

/// The problem a request's plan is made for: the shard and its current primary. Its code is
/// only the planner's key (a failover's steps); the record and the hooks use the plan's label.
fn subject(ks: &str, shard: &str, snap: &planner::Snapshot, req: &Request) -> Problem {
    let alias = snap
        .topo_primary()
        .map(|t| t.alias.to_string())
        .or_else(|| snap.shard.primary_alias.as_ref().map(|a| a.to_string()))
        .unwrap_or_default();
    let description = match req {
        Request::Planned(_) => "planned reparent requested by an operator",
        Request::Emergency(_) => "emergency reparent requested by an operator",
    };
    Problem {
        keyspace: ks.into(),
        shard: shard.into(),
        alias,
        code: ProblemCode::DeadPrimary,
        priority: 0,
        description: description.into(),
        action: String::new(),
        actionable: true,
    }
}

fn plan_for(p: &Problem, snap: &planner::Snapshot, opts: &RecoverOpts, req: &Request) -> Planned {
    match req {
        Request::Planned(r) => planner::planned_reparent(p, snap, &opts.plan, r),
        Request::Emergency(r) => planner::emergency_reparent(p, snap, &opts.plan, r),
    }
}

/// Runs (or, with `dry_run`, plans) a request on `ks/shard`.
pub fn run_request(
    deps: &Deps<'_>,
    opts: &RecoverOpts,
    ks: &str,
    shard: &str,
    req: &Request,
    dry_run: bool,
) -> RequestOutcome {
    let started = (deps.clock)();
    let mut store = match (deps.open_store)() {
        Ok(s) => s,
        Err(e) => return outcome(Outcome::Failed(format!("{e:#}"))),
    };
    let lock = if dry_run {
        None
    } else {
        match deps.topo.try_lock_shard(
            ks,
            shard,
            &format!("vtorc-rs {}", req.label()),
            opts.lock_ttl,
            started,
        ) {
            Ok(l) => Some(l),
            Err(TopoError::LockHeld { holder, .. }) => {
                return outcome(Outcome::Skipped(Skip::LockHeld { holder: holder.to_string() }))
            }
            Err(e) => {
                return outcome(Outcome::Unavailable(format!(
                    "taking the shard lock: {e}; nothing was changed"
                )))
            }
        }
    };
    let gates = snapshot::read_gates(deps.topo, ks, shard);
    let previous = store.load_instances().unwrap_or_default();
    let fresh = snapshot::under_lock(
        deps,
        &opts.analysis,
        &mut store,
        (ks, shard),
        &HashSet::new(),
        &previous,
        gates,
    );
    let result = match fresh {
        Err(e) => outcome(Outcome::Unavailable(format!("{e:#}"))),
        Ok(snapshot::Fresh::Refused(why)) => outcome(Outcome::Failed(why)),
        Ok(snapshot::Fresh::Ready { snap, .. }) => {
            let p = subject(ks, shard, &snap, req);
            let planned = plan_for(&p, &snap, opts, req);
            match (&lock, planned) {
                (None, plans) => {
                    let plans = plans.and_then(|first| {
                        let Some(next) = first.then_promote.clone() else { return Ok(vec![first]) };
                        let demoted =
                            next.old.as_ref().filter(|_| next.old_demoted).map(|o| &o.alias);
                        let second = planner::promotion(
                            &p,
                            &snap.relay_logs_applied(demoted),
                            &opts.plan,
                            &next,
                        )?;
                        Ok(vec![first, second])
                    });
                    let lock = deps
                        .topo
                        .shard_lock_holder(ks, shard)
                        .map(|h| h.map(|h| h.to_string()))
                        .map_err(|e| e.to_string());
                    let title = Some(format!(
                        "{ks}/{shard} {} (primary now: {})",
                        req.label(),
                        if p.alias.is_empty() { "none" } else { &p.alias }
                    ));
                    RequestOutcome {
                        dry_run: Some(DryRun { problem: p, title, lock, plans }),
                        ..outcome(Outcome::Skipped(Skip::Wait("dry run".into())))
                    }
                }
                (Some(_), Err(Refusal::Wait(w))) => outcome(Outcome::Skipped(Skip::Wait(w))),
                (Some(_), Err(Refusal::Blocked { gate, why })) => {
                    outcome(Outcome::Skipped(Skip::Gate { gate, why, under_lock: true }))
                }
                (Some(_), Err(Refusal::GateUnreadable(w))) => outcome(Outcome::Unavailable(w)),
                (Some(_), Err(Refusal::Refused(w))) => outcome(Outcome::Failed(w)),
                (Some(l), Ok(plan)) => {
                    let id = store
                        .start_recovery(NewRecovery {
                            keyspace: ks.into(),
                            shard: shard.into(),
                            alias: p.alias.clone(),
                            code: plan.label.clone(),
                            detection_id: None,
                            started_ms: started,
                            dry_run: false,
                        })
                        .map_err(|e| deps.out.warn(&format!("could not record the request: {e}")))
                        .ok();
                    let rec = Recorder {
                        store,
                        id,
                        out: deps.out,
                        label: format!("{ks}/{shard} {}", plan.label),
                        clock: deps.clock,
                        held: None,
                    };
                    let mut ex = Exec::new(deps, l, rec, ks, shard);
                    ex.rec.step("requested", &p.description);
                    let r = execute(deps, &opts.plan, &mut ex, &p, &snap, plan);
                    let outcome = match r {
                        Ok((successor, message)) => Outcome::Recovered { successor, message },
                        Err(e) => {
                            ex.rec.step("error", &format!("{e:#}"));
                            Outcome::Failed(format!("{e:#}"))
                        }
                    };
                    if let Some(id) = id {
                        let (ok, succ, errs) = match &outcome {
                            Outcome::Recovered { successor, .. } => {
                                (true, successor.clone(), String::new())
                            }
                            Outcome::Failed(e) => (false, None, e.clone()),
                            _ => (false, None, String::new()),
                        };
                        if let Err(e) = ex.rec.store.finish_recovery(
                            id,
                            (deps.clock)(),
                            ok,
                            succ.as_deref(),
                            &errs,
                        ) {
                            deps.out
                                .warn(&format!("could not record the end of request {id}: {e}"));
                        }
                    }
                    RequestOutcome {
                        outcome,
                        recovery_id: id,
                        elapsed_ms: (deps.clock)() - started,
                        dry_run: None,
                    }
                }
            }
        }
    };
    if let Some(l) = lock {
        if let Err(e) = l.release() {
            deps.out.warn(&format!(
                "releasing the shard lock of {ks}/{shard}: {e} (it expires with its lease)"
            ));
        }
    }
    result
}
