//! Operator requests over the same plan type and executor: a planned switchover with Vitess's
//! PlannedReparentShard semantics, and an emergency reparent started by hand (the failover
//! `recover` runs, optionally towards a named tablet).
//!
//! A planned switchover never loses a write and never leaves two writable servers: the candidate
//! first catches up while the primary still takes writes; then the primary is demoted
//! (source-side semi-sync off, read-only, and on MariaDB the sessions of users whom read_only
//! does not stop are killed), its final position is read and the candidate must reach exactly
//! it. If it does not in time the demotion is undone. Only then is the candidate promoted, the
//! topology written, the candidate made writable and every other tablet repointed to it.

use super::actions::{errant_against, needs_align, promote_actions, repoint_actions};
use super::failover::{hook_vars, ranking_text};
use super::{refuse, HookKind, PlanOpts, Planned, RecoveryPlan, Snapshot, Step};
use crate::analysis::durability::PromotionRule;
use crate::analysis::elect::CandidateVerdict;
use crate::analysis::relay::position_of;
use crate::analysis::{recovery_kind, Election, GtidSet};
use crate::model::InstanceState;
use crate::model::{Flavor, Problem, Tablet, TabletAlias, TabletType, ThreadState};
use crate::mysql::actions::Action;
use std::collections::HashMap;
use std::time::Duration;

/// What the operator asked for (`planned-reparent`).
#[derive(Debug, Clone, Default)]
pub struct PlannedRequest {
    pub new_primary: Option<TabletAlias>,
    pub avoid_primary: Option<TabletAlias>,
    pub tolerable_lag: Duration,
    pub allow_cross_cell: bool,
}

/// The failure type hooks see for a planned switchover.
pub const PLANNED_REPARENT: &str = "PlannedReparentShard";

/// Why `t` may not become the primary, or None.
fn ineligible(
    snap: &Snapshot,
    primary: &Tablet,
    t: &Tablet,
    req: &PlannedRequest,
) -> Option<String> {
    if t.alias == primary.alias {
        return Some("is the current primary".into());
    }
    if t.tablet_type() != TabletType::Replica {
        return Some(format!("is a {} tablet; only a REPLICA may be promoted", t.tablet_type()));
    }
    if snap.policy.promotion_rule(t) == PromotionRule::MustNot {
        return Some("may not be promoted under the durability policy".into());
    }
    if !req.allow_cross_cell && t.alias.cell != primary.alias.cell {
        return Some(format!(
            "is in cell {}, the primary in {} (--allow-cross-cell-promotion)",
            t.alias.cell, primary.alias.cell
        ));
    }
    let st = snap.instance(&t.alias)?;
    let pst = snap.instance(&primary.alias)?;
    match errant_against(st, pst) {
        Err(e) => return Some(e),
        Ok(e) if !e.is_empty() => {
            return Some(format!("has errant GTIDs {e} that {} lacks", primary.alias))
        }
        Ok(_) => {}
    }
    let Some(r) = st.replication.as_ref() else { return Some("does not replicate".into()) };
    if r.io_thread != ThreadState::Running || r.sql_thread != ThreadState::Running {
        return Some("is not replicating (IO or SQL thread stopped)".into());
    }
    if r.source_host != primary.mysql_hostname || i32::from(r.source_port) != primary.mysql_port {
        return Some(format!(
            "replicates from {}:{}, not from the primary",
            r.source_host, r.source_port
        ));
    }
    match r.lag_seconds {
        // 0 means no limit, as in Vitess.
        _ if req.tolerable_lag.is_zero() => {}
        None => return Some("its lag is unknown".into()),
        Some(l) if l > req.tolerable_lag.as_secs() => {
            return Some(format!(
                "lags {l}s, more than --tolerable-replication-lag {}s",
                req.tolerable_lag.as_secs()
            ))
        }
        Some(_) => {}
    }
    // It must be able to get the acks the policy needs once it is the primary.
    let need = snap.policy.semi_sync_ackers(t);
    if need > 0 {
        let ackers = snap
            .tablets
            .iter()
            .filter(|o| o.alias != t.alias && snap.policy.is_replica_semi_sync(Some(t), *o))
            .count() as u32;
        if ackers < need {
            return Some(format!(
                "would have {ackers} semi-sync acker(s), the policy needs {need}"
            ));
        }
    }
    None
}

/// PlannedReparentShard: the plan of a switchover from the shard's primary to the named (or the
/// best) REPLICA, or why not. Every tablet must answer.
pub fn planned_reparent(
    p: &Problem,
    snap: &Snapshot,
    opts: &PlanOpts,
    req: &PlannedRequest,
) -> Planned {
    let Some(primary) = snap.topo_primary().cloned() else {
        return refuse("the shard has no PRIMARY tablet: use emergency-reparent");
    };
    if let Some(avoid) = &req.avoid_primary {
        if *avoid != primary.alias {
            return Err(super::Refusal::Wait(format!(
                "{avoid} is not the primary ({} is): nothing to do",
                primary.alias
            )));
        }
    }
    let unreachable: Vec<String> = snap
        .tablets
        .iter()
        .filter(|t| {
            !snap.instance(&t.alias).is_some_and(|s| s.reachable && !s.partial && !s.access_denied)
        })
        .map(|t| {
            format!(
                "{} ({})",
                t.alias,
                snap.instance(&t.alias)
                    .and_then(|s| s.error.clone())
                    .unwrap_or_else(|| "not probed".into())
            )
        })
        .collect();
    if !unreachable.is_empty() {
        return refuse(format!(
            "every tablet must answer a planned reparent; these do not: {}",
            unreachable.join("; ")
        ));
    }
    let pst = snap.instance(&primary.alias).cloned().unwrap_or_default();
    if pst.read_only {
        return refuse(format!(
            "the primary {} is read-only: repair it first (recover) or use emergency-reparent",
            primary.alias
        ));
    }
    let ranking = rank(snap, &primary, req);
    let winner = match &req.new_primary {
        Some(named) => {
            let Some(t) = snap.tablets.iter().find(|t| &t.alias == named) else {
                return refuse(format!("{named} is not a tablet of {}/{}", p.keyspace, p.shard));
            };
            if let Some(why) = ineligible(snap, &primary, t, req) {
                return refuse(format!("{named} {why}: not promoting it"));
            }
            t.clone()
        }
        None => match ranking.iter().find(|v| v.eligible) {
            Some(v) => snap
                .tablets
                .iter()
                .find(|t| t.alias == v.alias)
                .cloned()
                .expect("ranked tablets exist"),
            None => {
                let lines: Vec<String> = ranking
                    .iter()
                    .map(|v| format!("{} {}: {}", v.alias, v.tablet_type, v.reason))
                    .collect();
                return refuse(format!("no tablet may become the primary:\n{}", lines.join("\n")));
            }
        },
    };
    let election = Election {
        winner: Some(winner.alias.clone()),
        ranking,
        most_advanced: None,
        needs_catch_up_from: None,
        missing_on_winner: String::new(),
        error: None,
    };
    let semi = snap.policy.semi_sync_ackers(&primary) > 0;
    let timeout = opts.wait_replicas_timeout;
    let (pt, wt) = (snap.target(&primary), snap.target(&winner));
    let mut vars = hook_vars(p, Some(&primary), None);
    vars.failure_type = PLANNED_REPARENT.into();
    let mut steps = vec![Step::Note {
        what: "decided".into(),
        text: format!(
            "planned reparent of {}/{} from {} to {}\n{}",
            p.keyspace,
            p.shard,
            primary.alias,
            winner.alias,
            ranking_text(&election)
        ),
    }];
    if let Some(command) = &opts.hooks.pre_failover {
        steps.push(Step::Hook {
            kind: HookKind::Pre,
            command: command.clone(),
            vars: vars.clone(),
        });
    }
    steps.push(Step::CatchUpLive { primary: pt.clone(), candidate: wt.clone(), timeout });
    steps.push(Step::Demote {
        primary: pt.clone(),
        actions: vec![
            Action::SetSemiSync { primary: false, replica: false },
            Action::SetReadOnly(true),
        ],
        // read_only does not stop users with READ ONLY ADMIN (SUPER) on MariaDB.
        kill_admin_sessions: pst.flavor == Flavor::MariaDb,
        undo: {
            let mut u = Vec::new();
            if semi {
                u.push(Action::SemiSyncNeverFallBack);
            }
            u.push(Action::SetSemiSync { primary: semi, replica: false });
            u.push(Action::SetReadOnly(false));
            u
        },
    });
    steps.push(Step::WaitDemoted { primary: pt.clone(), candidate: wt.clone(), timeout });
    steps.push(Step::CheckLock { before: "promoting".into() });
    let ackers = snap.policy.semi_sync_ackers(&winner);
    steps.push(Step::Sql { target: wt.clone(), actions: promote_actions(ackers > 0) });
    let mut repoint = Vec::new();
    for t in snap.tablets.iter().filter(|t| t.alias != winner.alias) {
        let st = snap.instance(&t.alias);
        let semi = snap.policy.is_replica_semi_sync(Some(&winner), t);
        // The errant-GTID guard: a tablet with transactions the primary lacks is left alone.
        let errant = st
            .zip(Some(&pst))
            .map(|(s, ps)| errant_against(s, ps))
            .filter(|_| t.alias != primary.alias);
        match errant {
            Some(Ok(e)) if !e.is_empty() => steps.push(Step::LeaveAlone {
                target: snap.target(t),
                reason: format!("{} has errant GTIDs {e}: not repointed, left read-only with replication stopped", t.alias),
                actions: vec![Action::SetReadOnly(true), Action::StopReplication],
            }),
            _ => repoint.push((snap.target(t), repoint_actions(&winner, &snap.repl, st, semi, needs_align(st)))),
        }
    }
    steps.push(Step::WriteTopology { primary: winner.clone(), demoted: Some(primary.clone()) });
    steps.push(Step::WritableAndRepoint { primary: wt, repoint });
    let mut plan = RecoveryPlan::new(p, recovery_kind(p.code), steps);
    plan.label = PLANNED_REPARENT.into();
    plan.summary = format!("{} is the primary; {} replicates from it", winner.alias, primary.alias);
    plan.election = Some(election);
    let mut ok_vars = hook_vars(p, Some(&primary), Some(&winner));
    ok_vars.failure_type = PLANNED_REPARENT.into();
    if let Some(command) = &opts.hooks.post_failover {
        plan.on_success.push(Step::Hook {
            kind: HookKind::Post,
            command: command.clone(),
            vars: ok_vars,
        });
    }
    if let Some(command) = &opts.hooks.post_unsuccessful_failover {
        plan.on_failure.push(Step::Hook {
            kind: HookKind::PostUnsuccessful,
            command: command.clone(),
            vars,
        });
    }
    Ok(plan)
}

/// Every tablet with its verdict, the best first: eligible before not, then the most advanced
/// position, then the alias.
fn rank(snap: &Snapshot, primary: &Tablet, req: &PlannedRequest) -> Vec<CandidateVerdict> {
    let mut rows: Vec<(CandidateVerdict, u128)> = snap
        .tablets
        .iter()
        .map(|t| {
            let why = ineligible(snap, primary, t, req);
            let pos = snap.instance(&t.alias).map(position_of).unwrap_or_default();
            let progress = snap
                .instance(&t.alias)
                .and_then(|s| GtidSet::parse(s.flavor, &pos).ok())
                .map(|g| g.progress())
                .unwrap_or(0);
            let v = CandidateVerdict {
                alias: t.alias.clone(),
                tablet_type: t.tablet_type(),
                position: pos,
                rule: snap.policy.promotion_rule(t),
                eligible: why.is_none(),
                reason: why.unwrap_or_else(|| "eligible".into()),
            };
            (v, progress)
        })
        .collect();
    rows.sort_by(|a, b| {
        b.0.eligible.cmp(&a.0.eligible).then(b.1.cmp(&a.1)).then(a.0.alias.cmp(&b.0.alias))
    });
    rows.into_iter().map(|(v, _)| v).collect()
}

/// The failure type hooks see for an emergency reparent started by hand.
pub const EMERGENCY_REPARENT: &str = "EmergencyReparentShard";

/// What the operator asked for (`emergency-reparent`).
#[derive(Debug, Clone, Default)]
pub struct EmergencyRequest {
    pub new_primary: Option<TabletAlias>,
    /// Tablets left out: not stopped, not waited for, not promoted, not repointed.
    pub ignore: Vec<TabletAlias>,
}

/// The failover `recover` runs, started by hand: the anti-flapping block holds (the
/// recoveries switches are VTOrc's and do not), a primary that answers and is writable is
/// refused (that is a planned reparent), and a named tablet wins after catching up from the most
/// advanced one, or the command refuses rather than lose writes.
pub fn emergency_reparent(
    p: &Problem,
    snap: &Snapshot,
    opts: &PlanOpts,
    req: &EmergencyRequest,
) -> Planned {
    match &snap.gates.block {
        Err(e) => {
            return Err(super::Refusal::GateUnreadable(format!(
                "gate closed: cannot read the anti-flapping block from etcd: {e}; refused before any change"
            )))
        }
        Ok(Some(b)) if b.in_force(snap.now_ms) => {
            return Err(super::Refusal::Blocked {
                gate: super::GateKind::AntiFlapping,
                why: format!(
                    "anti-flapping: a failover already happened in {}/{}; further failovers are blocked until {} (vtorc-rs ack {}/{})",
                    p.keyspace, p.shard, crate::render::fmt::utc(b.until_ms), p.keyspace, p.shard
                ),
            })
        }
        Ok(_) => {}
    }
    if let Some(n) =
        req.new_primary.as_ref().filter(|n| !snap.tablets.iter().any(|t| &t.alias == *n))
    {
        return refuse(format!("{n} is not a tablet of {}/{}", p.keyspace, p.shard));
    }
    let mut s = snap.clone();
    s.tablets.retain(|t| !req.ignore.contains(&t.alias));
    if let Some(o) = s.topo_primary() {
        if s.instance(&o.alias).is_some_and(|i| i.reachable && !i.read_only) {
            return refuse(format!(
                "the primary {} answers and is writable: use planned-reparent",
                o.alias
            ));
        }
    }
    super::failover::preparation(p, &s, opts, false, Some(req))
}

/// The election with `named` as the winner: it must be eligible, and when it lacks
/// transactions of the most advanced tablet it first catches up from it.
pub(super) fn force(
    mut e: Election,
    named: &TabletAlias,
    states: &HashMap<String, InstanceState>,
) -> Result<Election, super::Refusal> {
    if e.error.is_some() {
        return Ok(e);
    }
    let Some(v) = e.ranking.iter().find(|v| &v.alias == named) else {
        return refuse(format!("{named} did not answer: not promoting it"));
    };
    if !v.eligible {
        return refuse(format!("{named} may not be promoted: {}\n{}", v.reason, ranking_text(&e)));
    }
    e.winner = Some(named.clone());
    e.needs_catch_up_from = None;
    e.missing_on_winner = String::new();
    if let Some(most) = e.most_advanced.clone().filter(|m| m != named) {
        let pos = |a: &TabletAlias| {
            states.get(&a.to_string()).and_then(|s| GtidSet::parse(s.flavor, &position_of(s)).ok())
        };
        let (Some(have), Some(need)) = (pos(named), pos(&most)) else {
            return refuse(format!("cannot compare the positions of {named} and {most}"));
        };
        let missing = need
            .subtract(&have)
            .map_err(|e| super::Refusal::Refused(format!("comparing positions: {e}")))?;
        if !missing.is_empty() {
            e.needs_catch_up_from = Some(most);
            e.missing_on_winner = missing.to_string();
        }
    }
    Ok(e)
}
