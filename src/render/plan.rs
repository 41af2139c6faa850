//! A recovery plan as text (`recover --dry-run`) and JSON (`--dry-run --json`), and the step
//! names the executor records. One SQL statement per line as `[ALIAS HOST:PORT] STATEMENT`,
//! passwords shown as `***`. Pure: the plan value in, strings out.

use crate::analysis::plan::{hooks, RecoveryPlan, Refusal, Step, Target};
use crate::model::{Problem, TabletType};
use crate::mysql::actions::{statement_text, Action};
use serde_json::{json, Value};

/// Everything one dry-run block shows.
pub struct DryRun {
    pub problem: Problem,
    /// An operator request's heading (`PlannedReparentShard ...`) in place of the problem's.
    pub title: Option<String>,
    /// Who holds the shard lock (`Ok(None)`: free), as read now.
    pub lock: Result<Option<String>, String>,
    /// The preparation and, for a failover, the promotion planned after it; or why not.
    pub plans: Result<Vec<RecoveryPlan>, Refusal>,
}

/// The short name of a step (the recovery record's step column and the JSON `step` field).
pub fn step_name(s: &Step) -> &'static str {
    match s {
        Step::Note { .. } => "note",
        Step::Sql { .. } => "sql",
        Step::Fence { .. } => "fence",
        Step::StopIoThreads { .. } => "stop io threads",
        Step::WaitRelayLogs { .. } => "wait for relay logs",
        Step::Reprobe { .. } => "re-probe",
        Step::CatchUp { .. } => "catch up",
        Step::CatchUpLive { .. } => "caught up",
        Step::Demote { .. } => "primary demoted",
        Step::WaitDemoted { .. } => "candidate at the demoted position",
        Step::HoldsHighWater { .. } => "high-water check",
        Step::CheckLock { .. } => "lock check",
        Step::LeaveAlone { .. } => "left alone",
        Step::WriteTopology { .. } => "topology written",
        Step::WriteTabletType { .. } => "tablet record written",
        Step::SyncShard { .. } => "shard record written",
        Step::WritableAndRepoint { .. } => "promoted and repointed",
        Step::RestartIoThread { .. } => "io thread restarted",
        Step::BestEffort(inner) => step_name(inner),
        Step::Hook { .. } => "hook",
        Step::Block { .. } => "failover block",
        Step::GiveUp { .. } => "gave up",
    }
}

fn sql(t: &Target, actions: &[Action]) -> Vec<String> {
    let mut out = Vec::new();
    for a in actions {
        match statement_text(t.flavor, a) {
            Ok(stmts) => out.extend(
                stmts.into_iter().map(|s| format!("[{} {}] {s}", t.alias(), t.tablet.mysql_addr())),
            ),
            Err(e) => out.push(format!("!! [{}] cannot build {a:?}: {e}", t.alias())),
        }
    }
    out
}

/// The lines of one step, statements one per line.
pub fn step_lines(s: &Step) -> Vec<String> {
    match s {
        Step::Note { what, text } => {
            let mut v = vec![format!("{what}:")];
            v.extend(text.lines().map(|l| format!("  {l}")));
            if v.len() == 2 {
                return vec![format!("{what}: {}", text.trim())];
            }
            v
        }
        Step::Sql { target, actions } => sql(target, actions),
        Step::Fence { target } => vec![format!(
            "[{} {}] fence: KILL CONNECTION of every session waiting for a semi-sync ack, SET GLOBAL read_only=ON (if that still waits: KILL every client session, then again)",
            target.alias(),
            target.tablet.mysql_addr()
        )],
        Step::StopIoThreads { targets, .. } => {
            targets.iter().flat_map(|t| sql(t, &[Action::StopIoThread])).collect()
        }
        Step::WaitRelayLogs { waits, timeout } => waits
            .iter()
            .flat_map(|(t, pos)| {
                sql(t, &[Action::WaitForPosition { gtid: pos.clone(), timeout: *timeout }])
            })
            .collect(),
        Step::Reprobe { targets } => vec![format!(
            "re-probe {} (the promotion is planned again from what they answer)",
            targets.iter().map(Target::alias).collect::<Vec<_>>().join(", ")
        )],
        Step::CatchUp { winner, source, actions, wait_for, missing, timeout, .. } => {
            let mut v = vec![format!(
                "{} first catches up from {} (missing {missing})",
                winner.alias(),
                source.alias()
            )];
            v.extend(sql(winner, actions));
            v.extend(sql(winner, &[Action::WaitForPosition { gtid: wait_for.clone(), timeout: *timeout }]));
            v
        }
        Step::CatchUpLive { primary, candidate, timeout } => vec![format!(
            "{} catches up to {}'s position read now, while it still takes writes (MASTER_GTID_WAIT, up to {}s; nothing changes if it cannot)",
            candidate.alias(),
            primary.alias(),
            timeout.as_secs()
        )],
        Step::Demote { primary, actions, kill_admin_sessions, undo } => {
            let mut v = sql(primary, actions);
            if *kill_admin_sessions {
                v.push(format!(
                    "[{} {}] sessions: KILL CONNECTION of every client session of a user with SUPER or READ ONLY ADMIN (read_only does not stop them; never vtorc-rs's own, never replication)",
                    primary.alias(),
                    primary.tablet.mysql_addr()
                ));
            }
            let undo: Vec<String> = undo
                .iter()
                .flat_map(|a| statement_text(primary.flavor, a).unwrap_or_default())
                .collect();
            v.push(format!("undo if the switchover fails before the promotion: {}", undo.join("; ")));
            v
        }
        Step::WaitDemoted { primary, candidate, timeout } => vec![format!(
            "{} must reach exactly {}'s position once demoted (MASTER_GTID_WAIT, up to {}s), and {} must not move meanwhile",
            candidate.alias(),
            primary.alias(),
            timeout.as_secs(),
            primary.alias()
        )],
        Step::HoldsHighWater { target, mark } => vec![format!(
            "{} must hold the high-water mark {} (re-probed)",
            target.alias(),
            mark.position
        )],
        Step::CheckLock { before } => vec![format!("check the shard lock is still ours before {before}")],
        Step::LeaveAlone { target, reason, actions } => {
            let mut v = vec![format!("{}: {reason}", target.alias())];
            v.extend(sql(target, actions));
            v
        }
        Step::WriteTopology { primary, demoted } => {
            let mut v = vec![format!(
                "topology: tablet {} type PRIMARY, primary_term_start_time=now",
                primary.alias
            )];
            if let Some(o) = demoted {
                v.push(format!(
                    "topology: tablet {} type REPLICA, primary_term_start_time cleared",
                    o.alias
                ));
            }
            v.push(format!(
                "topology: shard {}/{} primary_alias={}, primary_term_start_time=now",
                primary.keyspace, primary.shard, primary.alias
            ));
            v
        }
        Step::WriteTabletType { alias, tablet_type, clear_term } => vec![format!(
            "topology: tablet {alias} type {}{}",
            type_name(*tablet_type),
            if *clear_term { ", primary_term_start_time cleared" } else { "" }
        )],
        Step::SyncShard { primary } => vec![format!(
            "topology: shard {}/{} primary_alias={}, primary_term_start_time={} (only if newer than the shard's)",
            primary.keyspace,
            primary.shard,
            primary.alias,
            primary
                .primary_term_start
                .map(|t| crate::render::fmt::utc(t.to_ms()))
                .unwrap_or_else(|| "-".into())
        )],
        Step::WritableAndRepoint { primary, repoint } => {
            let mut v = sql(primary, &[Action::SetReadOnly(false)]);
            if !repoint.is_empty() {
                v.push(format!("at the same time, repoint to {}:", primary.alias()));
            }
            for (t, actions) in repoint {
                v.extend(sql(t, actions));
            }
            v
        }
        Step::RestartIoThread { target } => {
            sql(target, &[Action::StopIoThread, Action::StartIoThread])
        }
        Step::BestEffort(inner) => {
            let mut v = step_lines(inner);
            if let Some(first) = v.first_mut() {
                first.push_str(" (best effort)");
            }
            v
        }
        Step::Hook { kind, command, vars } => {
            let abort = if matches!(kind, crate::analysis::plan::HookKind::Pre) {
                " (non-zero exit aborts)"
            } else {
                ""
            };
            vec![format!("{} hook: {:?}{abort}", kind.as_str(), hooks::argv(command, vars))]
        }
        Step::Block { duration } => vec![format!(
            "failovers in this shard blocked for {}s (vtorc-rs ack lifts it)",
            duration.as_secs()
        )],
        Step::GiveUp { reason } => vec![format!("stop: {reason}")],
    }
}

fn type_name(t: TabletType) -> String {
    t.to_string()
}

/// The numbered lines of a list of steps.
fn numbered(out: &mut Vec<String>, n: &mut usize, steps: &[Step]) {
    for s in steps {
        for (i, l) in step_lines(s).into_iter().enumerate() {
            if i == 0
                || !matches!(
                    s,
                    Step::Note { .. }
                        | Step::LeaveAlone { .. }
                        | Step::CatchUp { .. }
                        | Step::WritableAndRepoint { .. }
                )
                || l.starts_with('[')
            {
                *n += 1;
                out.push(format!("  {n:>2}. {l}"));
            } else {
                out.push(format!("      {l}"));
            }
        }
    }
}

/// The text block of one problem.
pub fn text(d: &DryRun) -> String {
    lines(d).join("\n") + "\n\n"
}

/// The lines of one dry-run block (also the JSON's `plan`).
pub fn lines(d: &DryRun) -> Vec<String> {
    let p = &d.problem;
    let kind = crate::analysis::recovery_kind(p.code);
    let mut out = match &d.title {
        Some(t) => vec![t.clone()],
        None => vec![
            format!("{}/{} {} {} -> {}", p.keyspace, p.shard, p.alias, p.code, kind.as_str()),
            format!("  problem: {}", p.description),
        ],
    };
    let plans = match &d.plans {
        Err(Refusal::Blocked { why, .. }) => {
            out.push(format!("  BLOCKED: {why}"));
            return out;
        }
        Err(Refusal::GateUnreadable(why)) => {
            out.push(format!("  REFUSED: {why}"));
            return out;
        }
        Err(r) => {
            out.push("  gates: open (recoveries enabled, no failover block)".into());
            lock_line(&mut out, &d.lock);
            let word = if matches!(r, Refusal::Wait(_)) { "WAIT" } else { "REFUSED" };
            let mut it = r.to_string().lines().map(str::to_string).collect::<Vec<_>>().into_iter();
            out.push(format!("  {word}: {}", it.next().unwrap_or_default()));
            out.extend(it.map(|l| format!("    {l}")));
            return out;
        }
        Ok(plans) => plans,
    };
    out.push("  gates: open (recoveries enabled, no failover block)".into());
    lock_line(&mut out, &d.lock);
    let mut n = 0;
    let last = plans.len().saturating_sub(1);
    for (i, plan) in plans.iter().enumerate() {
        if i == 0 {
            out.push("  steps:".into());
        } else {
            out.push("  then, planned again from the re-probed positions (shown: as they will be once the relay logs are applied):".into());
        }
        numbered(&mut out, &mut n, &plan.steps);
        if i == last {
            if !plan.on_success.is_empty() {
                out.push("  after success:".into());
                numbered(&mut out, &mut n, &plan.on_success);
            }
            if !plan.on_failure.is_empty() {
                out.push("  on failure:".into());
                numbered(&mut out, &mut n, &plan.on_failure);
            }
        }
    }
    out
}

fn lock_line(out: &mut Vec<String>, lock: &Result<Option<String>, String>) {
    out.push(match lock {
        Ok(Some(h)) => format!("  shard lock: {h}: recover would skip this shard now"),
        Ok(None) => "  shard lock: free; it is taken first, then the shard is re-read, re-probed and planned again".into(),
        Err(e) => format!("  shard lock: cannot read ({e})"),
    });
}

fn step_json(s: &Step) -> Value {
    let tablet = match s {
        Step::Sql { target, .. }
        | Step::Fence { target }
        | Step::LeaveAlone { target, .. }
        | Step::HoldsHighWater { target, .. }
        | Step::RestartIoThread { target } => Some(target.alias()),
        Step::WritableAndRepoint { primary, .. } => Some(primary.alias()),
        Step::CatchUp { winner, .. } => Some(winner.alias()),
        Step::CatchUpLive { candidate, .. } | Step::WaitDemoted { candidate, .. } => {
            Some(candidate.alias())
        }
        Step::Demote { primary, .. } => Some(primary.alias()),
        _ => None,
    };
    json!({ "step": step_name(s), "tablet": tablet, "lines": step_lines(s) })
}

/// One dry-run block as JSON: the problem, the verdict, the steps, and the same lines as the
/// text.
pub fn json(d: &DryRun) -> Value {
    let p = &d.problem;
    let (verdict, reason, gate) = match &d.plans {
        Ok(_) => ("planned", None, None),
        Err(Refusal::Blocked { gate, why }) => ("blocked", Some(why.clone()), Some(gate.as_str())),
        Err(Refusal::GateUnreadable(w)) => ("refused", Some(w.clone()), None),
        Err(Refusal::Refused(w)) => ("refused", Some(w.clone()), None),
        Err(Refusal::Wait(w)) => ("wait", Some(w.clone()), None),
    };
    let plans = d.plans.as_ref().map(Vec::as_slice).unwrap_or_default();
    let steps: Vec<Value> = plans.iter().flat_map(|pl| pl.steps.iter().map(step_json)).collect();
    let last = plans.last();
    let ranking = last.and_then(|pl| pl.election.as_ref()).map(|e| {
        e.ranking
            .iter()
            .map(|v| {
                json!({"alias": v.alias.to_string(), "type": v.tablet_type.to_string(), "position": v.position,
                       "eligible": v.eligible, "reason": v.reason})
            })
            .collect::<Vec<_>>()
    });
    json!({
        "keyspace": p.keyspace, "shard": p.shard, "alias": p.alias, "code": p.code,
        "recovery": crate::analysis::recovery_kind(p.code).as_str(),
        "verdict": verdict, "reason": reason, "gate": gate,
        "winner": last.and_then(|pl| pl.election.as_ref()).and_then(|e| e.winner.as_ref()).map(|a| a.to_string()),
        "candidates": ranking,
        "steps": steps,
        "on_success": last.map(|pl| pl.on_success.iter().map(step_json).collect::<Vec<_>>()).unwrap_or_default(),
        "on_failure": last.map(|pl| pl.on_failure.iter().map(step_json).collect::<Vec<_>>()).unwrap_or_default(),
        "plan": lines(d).into_iter().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>(),
    })
}
