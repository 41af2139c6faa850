//! Failover plans with Vitess EmergencyReparentShard semantics (vtorc-behaviour.md §3) and the
//! first election of a shard that never had a primary.
//!
//! Order matters for not losing acknowledged writes:
//! 1. a live old primary (semi-sync blocked) is demoted first: never two writable primaries;
//! 2. stop only the IO thread on every reachable replica: the SQL thread keeps applying the relay
//!    log (MariaDB throws relay logs away if the SQL thread restarts while the IO thread is
//!    stopped, recipe §4), and wait until each has applied everything it received;
//! 3. from the re-probed positions, choose (`analysis::elect`): never a tablet that lacks
//!    transactions another has, unless it can first catch up from the one that has them;
//! 4. with the lock re-checked, promote (still read-only), write the topology, then make it
//!    writable while the others are repointed.
//!
//! Any doubt refuses before the first change: a tablet whose state could not be read, a relay
//! log only a broken replica holds, a high-water mark no reachable tablet reaches.

use super::actions::{needs_align, promote_actions, repoint_actions};
use super::{
    refuse, HookKind, HookVars, PlanOpts, Planned, Promotion, RecoveryPlan, Snapshot, Step,
};
use crate::analysis::relay::{
    missing_high_water, position_of, relay_applied, sql_stopped, stuck_relay_logs, HighWaterMark,
};
use crate::analysis::{
    elect, elect_new_primary, recovery_kind, Candidate, Election, ElectionInput, GtidSet,
};
use crate::model::{Flavor, InstanceState, Problem, Tablet};
use crate::mysql::actions::Action;
use std::collections::{HashMap, HashSet};

/// Candidates for `elect`: every tablet of the shard with its fresh state.
pub fn candidates(
    tablets: &[Tablet],
    states: &HashMap<String, InstanceState>,
    old_primary: Option<&Tablet>,
    old_demoted: bool,
    errant: &std::collections::HashSet<String>,
) -> Vec<Candidate> {
    tablets
        .iter()
        .map(|t| {
            let st = states.get(&t.alias.to_string());
            let is_old = old_primary.is_some_and(|o| o.alias == t.alias);
            Candidate {
                alias: t.alias.clone(),
                tablet_type: t.tablet_type(),
                // A dead primary takes no part even if it answers again mid-failover; a demoted
                // one (semi-sync blocked) holds commits the replicas may lack, so its position
                // counts (elect never re-promotes it).
                reachable: (!is_old || old_demoted) && st.is_some_and(|s| s.reachable),
                position: st.map(position_of).unwrap_or_default(),
                flavor: st.map(|s| s.flavor).unwrap_or_default(),
                is_old_primary: is_old,
                errant: errant.contains(&t.alias.to_string()),
            }
        })
        .collect()
}

/// Errant GTIDs among failover candidates, when no primary is there to compare with (ERS
/// step 11): a transaction a tablet wrote under its own server identity (MySQL `server_uuid`,
/// MariaDB `server_id`) that no other reachable tablet has. A replica only writes locally by
/// mistake; transactions of a former primary reached the others. With fewer than two tablets
/// nothing can be compared and nothing is called errant. Keyed by alias, the GTIDs as text.
pub fn errant_among<'a>(
    states: impl IntoIterator<Item = &'a InstanceState>,
) -> std::collections::BTreeMap<String, String> {
    let parsed: Vec<(&InstanceState, GtidSet)> = states
        .into_iter()
        .filter(|s| s.reachable)
        .filter_map(|s| GtidSet::parse(s.flavor, &s.executed_gtid).ok().map(|g| (s, g)))
        .collect();
    let mut out = std::collections::BTreeMap::new();
    if parsed.len() < 2 {
        return out;
    }
    for (i, (st, set)) in parsed.iter().enumerate() {
        let own = own_transactions(st, set);
        if own.is_empty() {
            continue;
        }
        let mut others = set.empty_like();
        for (j, (_, o)) in parsed.iter().enumerate() {
            if j != i {
                match others.union(o) {
                    Ok(u) => others = u,
                    Err(_) => return std::collections::BTreeMap::new(),
                }
            }
        }
        if let Ok(e) = own.subtract(&others) {
            if !e.is_empty() {
                out.insert(st.alias.clone(), e.to_string());
            }
        }
    }
    out
}

/// The part of `set` that `st` wrote itself.
fn own_transactions(st: &InstanceState, set: &GtidSet) -> GtidSet {
    match set {
        GtidSet::MySql(m) => {
            let mut m = m.clone();
            let foreign: Vec<String> = m
                .uuids()
                .into_iter()
                .filter(|u| !u.eq_ignore_ascii_case(&st.server_uuid))
                .map(String::from)
                .collect();
            for u in foreign {
                m.remove_uuid(&u);
            }
            GtidSet::MySql(m)
        }
        GtidSet::MariaDb(m) => {
            let mut m = m.clone();
            let foreign: Vec<u32> = m
                .entries()
                .map(|(_, sid, _)| sid)
                .filter(|sid| u64::from(*sid) != st.server_id)
                .collect();
            for sid in foreign {
                m.remove_server(sid);
            }
            GtidSet::MariaDb(m)
        }
    }
}

/// The ranking as lines for the record and the dry-run.
pub fn ranking_text(e: &Election) -> String {
    e.ranking
        .iter()
        .enumerate()
        .map(|(i, v)| {
            format!(
                "{}. {} {} [{}] {}: {}",
                i + 1,
                v.alias,
                v.tablet_type,
                if v.position.is_empty() { "-" } else { &v.position },
                if v.eligible { "eligible" } else { "excluded" },
                v.reason
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The primary a failover replaces: the analysed tablet (the executor and the analysis must
/// agree on it even when two PRIMARY records tie); none for PrimaryTabletDeleted, which names a
/// replica because the primary's record is gone.
pub fn replaced_primary(view: &Snapshot, p: &Problem) -> Option<Tablet> {
    if p.code == crate::model::ProblemCode::PrimaryTabletDeleted {
        return None;
    }
    view.tablet(&p.alias).cloned().or_else(|| view.topo_primary().cloned())
}

/// The probed states of every tablet that answered under the lock (the old primary only if it
/// answers: a semi-sync-blocked one, about to be demoted).
fn answering<'a>(view: &'a Snapshot, old: Option<&Tablet>) -> Vec<&'a InstanceState> {
    let old_alias = old.map(|o| &o.alias);
    view.tablets
        .iter()
        .filter(|t| Some(&t.alias) != old_alias || view.reachable(&t.alias))
        .filter_map(|t| view.instance(&t.alias))
        .filter(|s| s.reachable)
        .collect()
}

/// Why a failover must not start: a relay log that only one tablet holds and that tablet cannot
/// apply (its SQL thread stopped on an error) would be lost by promoting anyone else, and
/// stopping or restarting its threads could discard it. Shared by the executor and the dry-run.
pub fn stuck_relay_refusal(view: &Snapshot, old: Option<&Tablet>) -> Option<String> {
    let stuck = stuck_relay_logs(&answering(view, old));
    if stuck.is_empty() {
        return None;
    }
    let list: Vec<String> = stuck.iter().map(|s| s.to_string()).collect();
    Some(format!(
        "not failing over: {}; promoting any other tablet would lose those transactions. Repair its SQL thread (START SLAVE SQL_THREAD, leaving the IO thread as it is) and recover again",
        list.join("; ")
    ))
}

/// Why a failover must not start under a semi-sync policy: no reachable tablet holds (applied or
/// in its relay log) the shard's high-water mark, the most any replica was seen to receive, so
/// promoting any of them would lose writes that were acknowledged to clients.
pub fn high_water_refusal(
    view: &Snapshot,
    old: Option<&Tablet>,
    mark: Option<&HighWaterMark>,
) -> Option<String> {
    let mark = mark?;
    if view.policy.semi_sync_ackers(old.or(view.tablets.first())?) == 0 {
        return None;
    }
    let reachable = answering(view, old);
    let mut best: Option<(String, String)> = None;
    for st in &reachable {
        match missing_high_water(mark, st) {
            None => return None,
            Some(m) => {
                if best.as_ref().is_none_or(|(_, b)| m.len() < b.len()) {
                    best = Some((st.alias.clone(), m));
                }
            }
        }
    }
    let (closest, missing) = best.unwrap_or_else(|| ("-".into(), mark.position.clone()));
    Some(format!(
        "not failing over: replicas of this shard were seen to receive {} (last raised by {}), but no reachable tablet has {missing} (closest: {closest}); promoting any would lose acknowledged writes. Bring {} back, or rebuild the shard by hand",
        mark.position, mark.tablet, mark.tablet
    ))
}

/// Whether an IO thread stopped by a failover that did not finish may be started again: only
/// while the old primary answers (it was demoted) and only where the SQL thread runs. While the
/// primary is dead a restarted IO thread reconnects to nothing, and on a replica whose SQL thread
/// is stopped MariaDB discards the relay log, which may be the only copy of acknowledged writes.
pub fn io_restart_safe(primary_alive: bool, st: Option<&InstanceState>) -> bool {
    primary_alive && st.is_some_and(|s| !sql_stopped(s))
}

/// Hook placeholders for a failover of `p` from `failed` to `successor`.
pub fn hook_vars(p: &Problem, failed: Option<&Tablet>, successor: Option<&Tablet>) -> HookVars {
    HookVars {
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

fn hook(opts: &PlanOpts, kind: HookKind, vars: HookVars) -> Option<Step> {
    let cmd = match kind {
        HookKind::Pre => &opts.hooks.pre_failover,
        HookKind::Post => &opts.hooks.post_failover,
        HookKind::PostUnsuccessful => &opts.hooks.post_unsuccessful_failover,
    };
    cmd.clone().map(|command| Step::Hook { kind, command, vars })
}

fn names(v: &[&Tablet]) -> String {
    v.iter().map(|t| t.alias.to_string()).collect::<Vec<_>>().join(", ")
}

/// Tablets whose state is unknown although their server may be up: a probe that was only partly
/// read (variables or replication status failed) or that MySQL refused. Their replication would
/// read as "all applied" and their GTID set as empty, so they could hold acknowledged writes the
/// winner lacks: the failover stops rather than compare blind.
fn unknown_state<'a>(
    snap: &Snapshot,
    tablets: impl IntoIterator<Item = &'a Tablet>,
) -> Vec<String> {
    tablets
        .into_iter()
        .filter_map(|t| {
            let st = snap.instance(&t.alias)?;
            (st.partial || st.access_denied).then(|| {
                format!(
                    "{} ({}): {}",
                    t.alias,
                    t.mysql_addr(),
                    st.error.as_deref().unwrap_or("its state could not be read")
                )
            })
        })
        .collect()
}

/// The high-water mark's refusal, or what the plan notes about it. A broken state file must not
/// stop a failover: the live relay logs still guard it, and the plan says so.
fn high_water_notes(snap: &Snapshot, old: Option<&Tablet>) -> Result<Vec<Step>, super::Refusal> {
    match &snap.high_water {
        Ok(mark) => {
            if let Some(why) = high_water_refusal(snap, old, mark.as_ref()) {
                return refuse(why);
            }
            Ok(mark
                .iter()
                .map(|m| Step::Note {
                    what: "high-water mark".into(),
                    text: format!("{} (last raised by {})", m.position, m.tablet),
                })
                .collect())
        }
        Err(e) => Ok(vec![Step::Note {
            what: "warning".into(),
            text: format!("high-water mark unreadable ({e}): electing on live positions only"),
        }]),
    }
}

pub(super) fn labelled(mut v: HookVars, label: &str) -> HookVars {
    v.failure_type = label.to_string();
    v
}

/// The preparation of a failover (DeadPrimary, DeadPrimaryAndSomeReplicas,
/// PrimarySemiSyncBlocked; PrimaryTabletDeleted with `wait_all`: every tablet must answer).
/// Its promotion is planned here too, on the snapshot as it will be once the relay logs are
/// applied, so an election that cannot succeed refuses before any change.
pub(super) fn preparation(
    p: &Problem,
    snap: &Snapshot,
    opts: &PlanOpts,
    wait_all: bool,
    manual: Option<&super::planned::EmergencyRequest>,
) -> Planned {
    let kind = recovery_kind(p.code);
    let label = if manual.is_some() {
        super::planned::EMERGENCY_REPARENT.to_string()
    } else {
        p.code.to_string()
    };
    let old = replaced_primary(snap, p);
    let old_alias =
        old.as_ref().map(|t| t.alias.clone()).or_else(|| snap.shard.primary_alias.clone());
    let others: Vec<&Tablet> =
        snap.tablets.iter().filter(|t| Some(&t.alias) != old_alias.as_ref()).collect();
    let unknown = unknown_state(snap, others.iter().copied());
    if !unknown.is_empty() {
        return refuse(format!(
            "not failing over: the state of {} is unknown; it may hold transactions the winner would lack. Fix access or the probe error and recover again",
            unknown.join("; ")
        ));
    }
    let (reachable, unreachable): (Vec<&Tablet>, Vec<&Tablet>) =
        others.into_iter().partition(|t| snap.reachable(&t.alias));
    if wait_all && !unreachable.is_empty() {
        return refuse(format!(
            "{} needs every tablet to answer; unreachable: {}",
            p.code,
            names(&unreachable)
        ));
    }
    if reachable.is_empty() {
        return refuse("no reachable tablet to promote");
    }
    if let Some(why) = stuck_relay_refusal(snap, old.as_ref()) {
        return refuse(why);
    }
    let mut steps = high_water_notes(snap, old.as_ref())?;
    let old_live = old.as_ref().filter(|o| snap.reachable(&o.alias));
    let next = Promotion {
        old: old.clone(),
        old_demoted: old_live.is_some(),
        tablets: reachable.iter().map(|t| t.alias.clone()).collect(),
        forced: manual.and_then(|m| m.new_primary.clone()),
        label: label.clone(),
    };
    let provisional =
        promotion(p, &snap.relay_logs_applied(old_live.map(|o| &o.alias)), opts, &next)?;
    steps.push(Step::Note {
        what: "decided".into(),
        text: format!(
            "{} on {}: emergency reparent among {} ({}){}",
            label,
            old_alias.as_ref().map(|a| a.to_string()).unwrap_or_else(|| "-".into()),
            reachable.len(),
            names(&reachable),
            if unreachable.is_empty() {
                String::new()
            } else {
                format!("; unreachable: {}", names(&unreachable))
            }
        ),
    });
    steps.extend(hook(opts, HookKind::Pre, labelled(hook_vars(p, old.as_ref(), None), &label)));
    if let Some(o) = old_live {
        // Semi-sync off before read_only, as Vitess's DemotePrimary does: commits waiting for
        // acks hold the commit lock that read_only needs. They then complete on it, so its
        // position joins the election.
        steps.push(Step::Sql {
            target: snap.target(o),
            actions: vec![
                Action::SetSemiSync { primary: false, replica: false },
                Action::SetReadOnly(true),
            ],
        });
    }
    stop_and_wait(&mut steps, snap, opts, &reachable, old_live);
    let mut reprobe: Vec<_> = reachable.iter().map(|t| snap.target(t)).collect();
    reprobe.extend(old_live.map(|o| snap.target(o)));
    steps.push(Step::Reprobe { targets: reprobe });
    let mut plan = RecoveryPlan::new(p, kind, steps);
    plan.label = label.clone();
    plan.election = provisional.election;
    plan.on_failure.extend(hook(
        opts,
        HookKind::PostUnsuccessful,
        labelled(hook_vars(p, old.as_ref(), None), &label),
    ));
    plan.summary = "prepared the failover".into();
    plan.then_promote = Some(next);
    Ok(plan)
}

/// Stop the IO threads of every replicating tablet, then wait for the relay logs that still need
/// applying. Only replicas still applying need a wait; after a kill -9 usually none do. A live
/// old primary's waiting commits complete once it is demoted and may still reach the replicas,
/// so then every replica waits for what it received when its IO thread stopped.
fn stop_and_wait(
    steps: &mut Vec<Step>,
    snap: &Snapshot,
    opts: &PlanOpts,
    reachable: &[&Tablet],
    old_live: Option<&Tablet>,
) {
    let replicating: Vec<&Tablet> = reachable
        .iter()
        .copied()
        .filter(|t| snap.instance(&t.alias).is_some_and(|i| i.replication.is_some()))
        .collect();
    if !replicating.is_empty() {
        steps.push(Step::StopIoThreads {
            targets: replicating.iter().map(|t| snap.target(t)).collect(),
            primary_alive: old_live.is_some(),
        });
    }
    let waits: Vec<_> = replicating
        .iter()
        .filter_map(|t| {
            let st = snap.instance(&t.alias)?;
            let pos = st.replication.as_ref()?.retrieved_gtid.trim().to_string();
            let pending = !pos.is_empty() && !relay_applied(st) && !sql_stopped(st);
            (pending || (old_live.is_some() && !sql_stopped(st))).then(|| (snap.target(t), pos))
        })
        .collect();
    if !waits.is_empty() {
        steps.push(Step::WaitRelayLogs { waits, timeout: opts.wait_replicas_timeout });
    }
}

/// The promotion of a failover, from the snapshot re-probed after the relay logs were applied:
/// errant GTIDs among the candidates (no primary is left to compare with, ERS step 11), the
/// election, the catch-up from the most advanced tablet, the high-water check, then promote,
/// write the topology and repoint.
pub fn promotion(p: &Problem, snap: &Snapshot, opts: &PlanOpts, prep: &Promotion) -> Planned {
    let kind = recovery_kind(p.code);
    let old = prep.old.as_ref();
    let worked: Vec<&Tablet> =
        snap.tablets.iter().filter(|t| prep.tablets.contains(&t.alias)).collect();
    let unread: Vec<String> = worked
        .iter()
        .filter(|t| !snap.instance(&t.alias).is_some_and(|s| s.reachable && !s.partial))
        .map(|t| t.alias.to_string())
        .collect();
    if !unread.is_empty() {
        return refuse(format!(
            "cannot read the replication state of {} after stopping its IO thread",
            unread.join(", ")
        ));
    }
    // Every relay log must be applied before positions are compared: a replica that still
    // holds unapplied transactions would look behind and could lose them.
    let unapplied: Vec<String> = worked
        .iter()
        .filter_map(|t| snap.instance(&t.alias))
        .filter(|s| !relay_applied(s))
        .map(|s| {
            let r = s.replication.as_ref().map(|r| r.retrieved_gtid.as_str()).unwrap_or("");
            format!("{} (received {r}, applied {})", s.alias, position_of(s))
        })
        .collect();
    if !unapplied.is_empty() {
        return refuse(format!(
            "not promoting: {} has not applied its relay log",
            unapplied.join("; ")
        ));
    }
    let mut states: HashMap<String, InstanceState> = worked
        .iter()
        .filter_map(|t| snap.instance(&t.alias).map(|s| (t.alias.to_string(), s.clone())))
        .collect();
    if let Some(o) = old.filter(|_| prep.old_demoted) {
        if let Some(s) = snap.instance(&o.alias) {
            states.insert(o.alias.to_string(), s.clone());
        }
    }
    let mut steps = Vec::new();
    // The demoted old primary's own writes are the shard's history, not errant.
    let old_key = old.map(|o| o.alias.to_string());
    let found = errant_among(states.values().filter(|st| Some(&st.alias) != old_key.as_ref()));
    let mut errant = snap.errant.clone();
    if !found.is_empty() {
        let list: Vec<String> = found.iter().map(|(a, g)| format!("{a}: {g}")).collect();
        steps.push(Step::Note {
            what: "errant GTIDs".into(),
            text: format!("written locally and on no other tablet: {}", list.join("; ")),
        });
        errant.extend(found.into_keys());
    }
    let cands = candidates(&snap.tablets, &states, old, prep.old_demoted, &errant);
    let election = elect(&ElectionInput {
        policy: snap.policy,
        candidates: &cands,
        prevent_cross_cell: opts.prevent_cross_cell,
        old_primary_cell: old.map(|t| t.alias.cell.clone()),
    });
    let election = match &prep.forced {
        Some(named) => super::planned::force(election, named, &states)?,
        None => election,
    };
    let winner = winner_of(snap, &election)?;
    steps.push(Step::Note { what: "candidates".into(), text: ranking_text(&election) });
    steps.extend(catch_up(snap, &states, &election, &winner, opts)?);
    if let Ok(Some(m)) = &snap.high_water {
        if snap.policy.semi_sync_ackers(&winner) > 0 {
            steps.push(Step::HoldsHighWater { target: snap.target(&winner), mark: m.clone() });
        }
    }
    let others: Vec<&Tablet> = worked.iter().copied().filter(|t| t.alias != winner.alias).collect();
    finish(&mut steps, snap, &winner, old, &others, &errant, &states);
    let mut plan = RecoveryPlan::new(p, kind, steps);
    plan.summary = format!("promoted {}", winner.alias);
    plan.label = prep.label.clone();
    plan.election = Some(election);
    plan.on_success.push(Step::Block { duration: opts.block_duration });
    let label = &prep.label;
    plan.on_success.extend(hook(
        opts,
        HookKind::Post,
        labelled(hook_vars(p, old, Some(&winner)), label),
    ));
    plan.on_failure.extend(hook(
        opts,
        HookKind::PostUnsuccessful,
        labelled(hook_vars(p, old, None), label),
    ));
    Ok(plan)
}

/// ERS's intermediate source: when the winner lacks transactions of the most advanced tablet,
/// it first replicates from that tablet (then it is checked to hold its whole position).
fn catch_up(
    snap: &Snapshot,
    states: &HashMap<String, InstanceState>,
    election: &Election,
    winner: &Tablet,
    opts: &PlanOpts,
) -> Result<Option<Step>, super::Refusal> {
    if let Some(src_alias) = &election.needs_catch_up_from {
        let src =
            snap.tablets.iter().find(|t| &t.alias == src_alias).ok_or_else(|| {
                super::Refusal::Refused(format!("{src_alias} is not in the shard"))
            })?;
        let src_st = states.get(&src_alias.to_string());
        let wait_for = src_st
            .map(|s| {
                if s.flavor == Flavor::MariaDb {
                    s.gtid_binlog_pos.clone()
                } else {
                    s.executed_gtid.clone()
                }
            })
            .unwrap_or_default();
        let st = states.get(&winner.alias.to_string());
        return Ok(Some(Step::CatchUp {
            winner: snap.target(winner),
            source: snap.target(src),
            actions: repoint_actions(src, &snap.repl, st, false, false),
            wait_for,
            need: src_st.map(position_of).unwrap_or_default(),
            missing: election.missing_on_winner.clone(),
            timeout: opts.wait_replicas_timeout,
        }));
    }
    Ok(None)
}

/// The winner's record, or the election's error (with the ranking, which says why each tablet
/// was excluded).
fn winner_of(snap: &Snapshot, e: &Election) -> Result<Tablet, super::Refusal> {
    if let Some(err) = &e.error {
        return refuse(format!("{err}\n{}", ranking_text(e)));
    }
    e.winner
        .as_ref()
        .and_then(|a| snap.tablets.iter().find(|t| &t.alias == a))
        .cloned()
        .ok_or_else(|| super::Refusal::Refused(format!("no candidate chosen\n{}", ranking_text(e))))
}

/// The end of a failover or first election, in Vitess's PromoteReplica order: replication
/// reset and semi-sync set while still read-only, then the topology, and only then writable
/// with the replicas repointed at once. If the topology cannot be written nothing is writable
/// and no replica has moved, so the next run starts from the same state. Tablets with errant
/// GTIDs are not repointed (replicating would break on them or hide them).
fn finish(
    steps: &mut Vec<Step>,
    snap: &Snapshot,
    winner: &Tablet,
    old: Option<&Tablet>,
    others: &[&Tablet],
    errant: &HashSet<String>,
    states: &HashMap<String, InstanceState>,
) {
    let ackers = snap.policy.semi_sync_ackers(winner);
    steps.push(Step::CheckLock { before: "promoting".into() });
    steps.push(Step::Sql { target: snap.target(winner), actions: promote_actions(ackers > 0) });
    let (bad, good): (Vec<&Tablet>, Vec<&Tablet>) =
        others.iter().copied().partition(|t| errant.contains(&t.alias.to_string()));
    for t in bad {
        steps.push(Step::LeaveAlone {
            target: snap.target(t),
            reason: format!(
                "{} has errant GTIDs: not repointed, left read-only with replication stopped; rewind or rebuild it",
                t.alias
            ),
            actions: vec![Action::SetReadOnly(true), Action::StopReplication],
        });
    }
    steps.push(Step::WriteTopology {
        primary: winner.clone(),
        demoted: old.filter(|o| o.alias != winner.alias).cloned(),
    });
    let repoint = good
        .into_iter()
        .map(|t| {
            let st = states.get(&t.alias.to_string()).or_else(|| snap.instance(&t.alias));
            let semi = snap.policy.is_replica_semi_sync(Some(winner), t);
            (snap.target(t), repoint_actions(winner, &snap.repl, st, semi, needs_align(st)))
        })
        .collect();
    steps.push(Step::WritableAndRepoint { primary: snap.target(winner), repoint });
}

/// ClusterHasNoPrimary: elect the most advanced REPLICA-typed tablet and build replication.
pub(super) fn first_election(p: &Problem, snap: &Snapshot) -> Planned {
    let reachable: Vec<&Tablet> =
        snap.tablets.iter().filter(|t| snap.reachable(&t.alias)).collect();
    let unknown = unknown_state(snap, snap.tablets.iter());
    if !unknown.is_empty() {
        return refuse(format!(
            "not electing: the state of {} is unknown; it may hold transactions the winner would lack",
            unknown.join("; ")
        ));
    }
    let states: HashMap<String, InstanceState> = reachable
        .iter()
        .filter_map(|t| snap.instance(&t.alias).map(|s| (t.alias.to_string(), s.clone())))
        .collect();
    let cands = candidates(&snap.tablets, &states, None, false, &snap.errant);
    let election = elect_new_primary(&ElectionInput {
        policy: snap.policy,
        candidates: &cands,
        prevent_cross_cell: false,
        old_primary_cell: None,
    });
    let winner = winner_of(snap, &election)?;
    if let Some(src) = &election.needs_catch_up_from {
        // Repointing the more advanced tablet to a less advanced primary would drop its extra
        // transactions (and break its replication): an operator has to decide.
        return refuse(format!(
            "{src} holds transactions ({}) that the best REPLICA lacks: not electing; make {src} a REPLICA or promote by hand\n{}",
            election.missing_on_winner,
            ranking_text(&election)
        ));
    }
    let mut steps = vec![Step::Note {
        what: "decided".into(),
        text: format!("{}: electing a first primary\n{}", p.code, ranking_text(&election)),
    }];
    let others: Vec<&Tablet> =
        reachable.iter().copied().filter(|t| t.alias != winner.alias).collect();
    finish(&mut steps, snap, &winner, None, &others, &snap.errant, &states);
    let mut plan = RecoveryPlan::new(p, recovery_kind(p.code), steps);
    plan.summary = format!("elected {}", winner.alias);
    plan.election = Some(election);
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Flavor;

    fn maria(alias: &str, server_id: u64, state: &str) -> InstanceState {
        InstanceState {
            alias: alias.into(),
            reachable: true,
            flavor: Flavor::MariaDb,
            server_id,
            executed_gtid: state.into(),
            ..InstanceState::default()
        }
    }

    fn mysql(alias: &str, uuid: &str, set: &str) -> InstanceState {
        InstanceState {
            alias: alias.into(),
            reachable: true,
            flavor: Flavor::MySql80,
            server_uuid: uuid.into(),
            executed_gtid: set.into(),
            ..InstanceState::default()
        }
    }

    #[test]
    fn own_local_write_missing_elsewhere_is_errant() {
        // 102 wrote 0-2-11 itself; the dead primary's 0-1-10 on 103 only is just "ahead".
        let s = [
            maria("zone1-102", 2, "0-1-9,0-2-11"),
            maria("zone1-103", 3, "0-1-10"),
            maria("zone1-104", 4, "0-1-8"),
        ];
        let e = errant_among(&s);
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e["zone1-102"], "0-2-11");
    }

    #[test]
    fn former_primary_transactions_everyone_has_are_not_errant() {
        // 102 was primary once (0-2-5 replicated everywhere), then 101 took over.
        let s = [maria("a", 2, "0-1-9,0-2-5"), maria("b", 3, "0-1-9,0-2-5")];
        assert!(errant_among(&s).is_empty());
        // A single tablet cannot be compared with anything.
        assert!(errant_among(&[maria("a", 2, "0-2-7")]).is_empty());
        // Unreachable tablets do not count.
        let mut b = maria("b", 3, "0-1-9");
        b.reachable = false;
        assert!(errant_among(&[maria("a", 2, "0-2-7"), b]).is_empty());
    }

    #[test]
    fn mysql_own_uuid_only() {
        let p = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        let a = "4e11fa47-71ca-11e1-9e33-c80aa9429562";
        let b = "5e11fa47-71ca-11e1-9e33-c80aa9429562";
        let s = [mysql("a", a, &format!("{p}:1-10,{a}:1-2")), mysql("b", b, &format!("{p}:1-12"))];
        let e = errant_among(&s);
        assert_eq!(e.keys().collect::<Vec<_>>(), vec!["a"]);
        assert!(e["a"].contains(a), "{e:?}");
    }
}
