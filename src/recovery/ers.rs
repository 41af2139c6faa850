//! Failover with Vitess EmergencyReparentShard semantics (vtorc-behaviour.md §3), talking to
//! MySQL directly, and the first election of a shard that never had a primary.
//!
//! Order matters for not losing acknowledged writes:
//! 1. stop only the IO thread on every reachable replica: the SQL thread keeps applying the
//!    relay log (MariaDB throws relay logs away if the SQL thread restarts while the IO thread is
//!    stopped, recipe §4);
//! 2. wait until each has applied everything it received;
//! 3. read the executed positions and choose (pure `analysis::elect`): never a tablet that lacks
//!    transactions another has, unless it can first catch up from the one that has them;
//! 4. check the shard lock is still ours, promote, repoint the others in parallel, and only
//!    then write the topology (TabletExternallyReparented + shard sync, §10).

use super::env::{addr, par_each, Env};
use super::fix::{needs_align, promote_actions, repoint_actions, run_all};
use crate::analysis::relay::{
    missing_high_water, position_of, relay_applied, sql_stopped, stuck_relay_logs, HighWaterMark,
};
use crate::analysis::{elect, elect_new_primary, Candidate, Election, ElectionInput, GtidSet};
use crate::model::{Flavor, InstanceState, Problem, Tablet, TabletType};
use crate::mysql::actions::Session;
use crate::mysql::probe::{probe, ProbeTarget};
use anyhow::{anyhow, bail, Context as _, Result};
use std::collections::HashMap;

/// The result of a successful failover or election.
pub struct Promotion {
    pub successor: Tablet,
    pub message: String,
}

/// Probes the given tablets in parallel (fresh positions and replication status).
pub fn probe_tablets(env: &Env<'_>, tablets: &[Tablet]) -> HashMap<String, InstanceState> {
    let now = crate::context::now_ms();
    let (creds, timeout) = (&env.creds, env.ctx.opts.mysql_timeout);
    std::thread::scope(|s| {
        let hs: Vec<_> = tablets
            .iter()
            .map(|t| {
                let target = ProbeTarget {
                    alias: t.alias.to_string(),
                    host: t.mysql_hostname.clone(),
                    port: addr(t).port,
                };
                s.spawn(move || probe(&target, creds, timeout, now))
            })
            .collect();
        hs.into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .map(|st| (st.alias.clone(), st))
            .collect()
    })
}

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

/// Restarts IO threads stopped by an aborted failover, so a refused failover leaves replication
/// as it found it (vitess#21039), but only where that cannot cost a relay log: the old primary
/// must be answering (semi-sync blocked, demoted), and the replica's SQL thread running. While the
/// primary is dead, a restarted IO thread reconnects to nothing, and on a replica whose SQL thread
/// is stopped MariaDB discards the relay log, which may be the only copy of acknowledged writes
/// (the next run must find them there). Those IO threads stay stopped, and the record says so.
fn restart_io(
    sessions: &mut [(Tablet, Session)],
    env: &mut Env<'_>,
    primary_alive: bool,
    states: Option<&HashMap<String, InstanceState>>,
) {
    let keep: Vec<String> = sessions
        .iter()
        .map(|(t, _)| t.alias.to_string())
        .filter(|a| !primary_alive || states.is_none_or(|m| m.get(a).is_none_or(sql_stopped)))
        .collect();
    if !keep.is_empty() {
        env.rec.step(
            "IO threads left stopped",
            &format!(
                "{}: {}; restarting them could discard relay logs",
                keep.join(", "),
                if primary_alive {
                    "their SQL thread is not running"
                } else {
                    "the primary is unreachable"
                }
            ),
        );
    }
    if keep.len() == sessions.len() {
        return;
    }
    let results = par_each(sessions, |t, s| {
        if keep.contains(&t.alias.to_string()) {
            return Ok(());
        }
        s.start_io_thread()
    });
    let failed: Vec<String> =
        results.into_iter().filter_map(|(a, r)| r.err().map(|e| format!("{a}: {e}"))).collect();
    if !failed.is_empty() {
        env.rec.step("error", &format!("could not restart IO threads: {}", failed.join("; ")));
    }
}

/// The primary a failover replaces: the analysed tablet (the executor and the analysis must
/// agree on it even when two PRIMARY records tie); none for PrimaryTabletDeleted, which names a
/// replica because the primary's record is gone.
pub fn replaced_primary(view: &super::env::ShardView, p: &Problem) -> Option<Tablet> {
    if p.code == crate::model::ProblemCode::PrimaryTabletDeleted {
        return None;
    }
    view.tablet(&p.alias).cloned().or_else(|| view.topo_primary().cloned())
}

/// The probed states of every tablet that answered under the lock (the old primary only if it
/// answers: a semi-sync-blocked one, about to be demoted).
fn answering<'a>(view: &'a super::env::ShardView, old: Option<&Tablet>) -> Vec<&'a InstanceState> {
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
pub fn stuck_relay_refusal(view: &super::env::ShardView, old: Option<&Tablet>) -> Option<String> {
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
    view: &super::env::ShardView,
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

/// DeadPrimary, DeadPrimaryAndSomeReplicas, PrimarySemiSyncBlocked (`wait_all = false`) and
/// PrimaryTabletDeleted (`wait_all = true`: every remaining tablet must answer).
pub fn emergency_reparent(env: &mut Env<'_>, p: &Problem, wait_all: bool) -> Result<Promotion> {
    let view = env.view.clone();
    let old = replaced_primary(&view, p);
    let old_alias =
        old.as_ref().map(|t| t.alias.clone()).or_else(|| view.shard.primary_alias.clone());
    let others: Vec<Tablet> =
        view.tablets.iter().filter(|t| Some(&t.alias) != old_alias.as_ref()).cloned().collect();
    let (reachable, unreachable): (Vec<Tablet>, Vec<Tablet>) =
        others.into_iter().partition(|t| view.reachable(&t.alias));
    let names = |v: &[Tablet]| v.iter().map(|t| t.alias.to_string()).collect::<Vec<_>>().join(", ");
    if wait_all && !unreachable.is_empty() {
        bail!("{} needs every tablet to answer; unreachable: {}", p.code, names(&unreachable));
    }
    if reachable.is_empty() {
        bail!("no reachable tablet to promote");
    }
    // Before any change (waiting cannot help: a stuck relay log never drains).
    if let Some(why) = stuck_relay_refusal(&view, old.as_ref()) {
        bail!(why);
    }
    // The high-water mark comes from the state file; if it cannot be read the live relay logs
    // still guard the election, and the record says so (a broken state file must not stop a
    // failover).
    let mark = match env.rec.store.high_water(&view.keyspace.name, &view.shard.name) {
        Ok(m) => m,
        Err(e) => {
            env.rec.step(
                "warning",
                &format!("high-water mark unreadable ({e}): electing on live positions only"),
            );
            None
        }
    };
    if let Some(why) = high_water_refusal(&view, old.as_ref(), mark.as_ref()) {
        bail!(why);
    }
    if let Some(m) = &mark {
        env.rec.step("high-water mark", &format!("{} (last raised by {})", m.position, m.tablet));
    }
    env.rec.step(
        "decided",
        &format!(
            "{} on {}: emergency reparent among {} ({}){}",
            p.code,
            old_alias.as_ref().map(|a| a.to_string()).unwrap_or_else(|| "-".into()),
            reachable.len(),
            names(&reachable),
            if unreachable.is_empty() {
                String::new()
            } else {
                format!("; unreachable: {}", names(&unreachable))
            }
        ),
    );
    let failed_vars = super::hook_vars(p, old.as_ref(), None);
    super::pre_failover_hook(env, &failed_vars)?;

    let (mut sessions, failed) = env.connect_all(&reachable);
    if !failed.is_empty() {
        let list: Vec<String> = failed.iter().map(|(t, e)| format!("{}: {e}", t.alias)).collect();
        if wait_all {
            bail!("cannot reach every tablet: {}", list.join("; "));
        }
        env.rec.step("warning", &format!("left out (unreachable now): {}", list.join("; ")));
    }

    // A reachable old primary (semi-sync blocked) is demoted first: never two writable primaries.
    // Semi-sync off before read_only, as Vitess's DemotePrimary does: commits waiting for acks
    // hold the commit lock that read_only needs. Those commits then complete on it, so its
    // position joins the comparison below.
    let mut old_demoted = false;
    if let Some(o) = old.as_ref().filter(|o| view.reachable(&o.alias)) {
        let mut s = env.connect(o).with_context(|| format!("demoting old primary {}", o.alias))?;
        run_all(
            &mut s,
            &[
                crate::mysql::actions::Action::SetSemiSync { primary: false, replica: false },
                crate::mysql::actions::Action::SetReadOnly(true),
            ],
        )
        .with_context(|| format!("demoting old primary {}", o.alias))?;
        old_demoted = true;
        env.rec.step("old primary demoted", &format!("{} is read-only", o.alias));
    }

    // 1. stop IO threads only.
    let stopped = par_each(&mut sessions, |_, s| s.stop_io_thread());
    let errs: Vec<String> =
        stopped.iter().filter_map(|(a, r)| r.as_ref().err().map(|e| format!("{a}: {e}"))).collect();
    if !errs.is_empty() {
        restart_io(&mut sessions, env, old_demoted, Some(&view.instances));
        bail!("could not stop the IO thread: {}", errs.join("; "));
    }
    // 2. wait for the relay logs.
    let tablets: Vec<Tablet> = sessions.iter().map(|(t, _)| t.clone()).collect();
    let received = probe_tablets(env, &tablets);
    // A tablet whose state cannot be read now cannot be compared: it might hold the most
    // advanced position, so the failover stops rather than repoint it blindly.
    let unread: Vec<String> = tablets
        .iter()
        .filter(|t| !received.get(&t.alias.to_string()).is_some_and(|s| s.reachable))
        .map(|t| t.alias.to_string())
        .collect();
    if !unread.is_empty() {
        restart_io(&mut sessions, env, old_demoted, Some(&received));
        bail!(
            "cannot read the replication state of {} after stopping its IO thread",
            unread.join(", ")
        );
    }
    let timeout = env.opts.wait_replicas_timeout;
    // Only replicas still applying need a wait (each wait past the session timeout costs a
    // connection); the usual case after a kill -9 is that everything is applied already.
    let pending: std::collections::HashSet<String> = received
        .values()
        .filter(|st| !relay_applied(st) && !sql_stopped(st))
        .map(|st| st.alias.clone())
        .collect();
    let waits = par_each(&mut sessions, |t, s| {
        let pos = received
            .get(&t.alias.to_string())
            .and_then(|st| st.replication.as_ref())
            .map(|r| r.retrieved_gtid.clone())
            .unwrap_or_default();
        if pos.trim().is_empty() || !pending.contains(&t.alias.to_string()) {
            return Ok((true, pos));
        }
        s.wait_for_position(&pos, timeout).map(|ok| (ok, pos))
    });
    let mut late = Vec::new();
    for (a, r) in &waits {
        match r {
            Ok((true, _)) => {}
            Ok((false, pos)) => late.push(format!(
                "{a} did not apply its relay log up to {pos} within {}s",
                timeout.as_secs()
            )),
            Err(e) => late.push(format!("{a}: {e}")),
        }
    }
    if !late.is_empty() {
        restart_io(&mut sessions, env, old_demoted, Some(&received));
        bail!("{}", late.join("; "));
    }
    env.rec.step(
        "relay logs applied",
        &format!("{} replicas applied everything they received", sessions.len()),
    );

    // 3. choose. The check cannot measure errant GTIDs while the primary is dead, so the
    // candidates are compared with each other here (ERS step 11).
    // Positions changed only where a wait happened.
    let mut probe_list = tablets.clone();
    if old_demoted {
        probe_list.extend(old.iter().cloned());
    }
    let states =
        if pending.is_empty() && !old_demoted { received } else { probe_tablets(env, &probe_list) };
    let mut errant = view.errant.clone();
    // The demoted old primary's own writes are the shard's history, not errant: they are what
    // the winner must catch up to. Only the replicas are compared with each other.
    let old_key = old.as_ref().map(|o| o.alias.to_string());
    let found = errant_among(states.values().filter(|st| Some(&st.alias) != old_key.as_ref()));
    if !found.is_empty() {
        let list: Vec<String> = found.iter().map(|(a, g)| format!("{a}: {g}")).collect();
        env.rec.step(
            "errant GTIDs",
            &format!("written locally and on no other tablet: {}", list.join("; ")),
        );
        errant.extend(found.into_keys());
    }
    let cands = candidates(&view.tablets, &states, old.as_ref(), old_demoted, &errant);
    let old_cell = old.as_ref().map(|t| t.alias.cell.clone());
    let election = elect(&ElectionInput {
        policy: view.policy,
        candidates: &cands,
        prevent_cross_cell: env.opts.prevent_cross_cell,
        old_primary_cell: old_cell,
    });
    env.rec.step("candidates", &ranking_text(&election));
    if let Some(err) = &election.error {
        restart_io(&mut sessions, env, old_demoted, Some(&states));
        bail!("{err}");
    }
    let winner_alias = election.winner.clone().ok_or_else(|| anyhow!("no candidate chosen"))?;
    let winner_idx = sessions
        .iter()
        .position(|(t, _)| t.alias == winner_alias)
        .ok_or_else(|| anyhow!("winner {winner_alias} has no session"))?;

    // ERS's intermediate source: the winner first replicates from the most advanced tablet.
    if let Some(src_alias) = &election.needs_catch_up_from {
        let src = view
            .tablets
            .iter()
            .find(|t| &t.alias == src_alias)
            .cloned()
            .ok_or_else(|| anyhow!("{src_alias} not in shard"))?;
        let src_pos = states
            .get(&src_alias.to_string())
            .map(|s| {
                if s.flavor == Flavor::MariaDb {
                    s.gtid_binlog_pos.clone()
                } else {
                    s.executed_gtid.clone()
                }
            })
            .unwrap_or_default();
        let st = states.get(&winner_alias.to_string());
        let actions = repoint_actions(&src, &env.repl, st, false, false);
        let (_, sess) = &mut sessions[winner_idx];
        run_all(sess, &actions)
            .with_context(|| format!("pointing {winner_alias} at {src_alias} to catch up"))?;
        if !sess.wait_for_position(&src_pos, timeout)? {
            bail!(
                "{winner_alias} did not catch up to {src_pos} from {src_alias} within {}s",
                timeout.as_secs()
            );
        }
        // The wait follows the source's binlog; the election compared whole positions (a
        // source without log_slave_updates binlogs less than it applied). Check for real.
        let winner_t = sessions[winner_idx].0.clone();
        let now_pos = probe_tablets(env, std::slice::from_ref(&winner_t));
        let have = now_pos.get(&winner_alias.to_string()).map(position_of).unwrap_or_default();
        let need = states.get(&src_alias.to_string()).map(position_of).unwrap_or_default();
        let flavor = states.get(&src_alias.to_string()).map(|s| s.flavor).unwrap_or_default();
        let caught_up = matches!(
            (GtidSet::parse(flavor, &have), GtidSet::parse(flavor, &need)),
            (Ok(h), Ok(n)) if h.at_least(&n)
        );
        if !caught_up {
            bail!("{winner_alias} is at {have} after catching up, short of {need} on {src_alias}: not promoting it");
        }
        env.rec.step(
            "caught up",
            &format!(
                "{winner_alias} caught up from {src_alias} to {src_pos} ({})",
                election.missing_on_winner
            ),
        );
    }

    // The winner, caught up, must hold the high-water mark too (the pre-check saw only probes).
    if let Some(m) =
        mark.as_ref().filter(|_| view.policy.semi_sync_ackers(&sessions[winner_idx].0) > 0)
    {
        let winner_t = sessions[winner_idx].0.clone();
        let now_pos = probe_tablets(env, std::slice::from_ref(&winner_t));
        let missing = now_pos
            .get(&winner_alias.to_string())
            .map_or_else(|| Some(m.position.clone()), |st| missing_high_water(m, st));
        if let Some(missing) = missing {
            bail!("{winner_alias} lacks {missing} of the high-water mark {} (last raised by {}): not promoting it", m.position, m.tablet);
        }
    }

    // 4. lock still ours? Then promote and repoint at once.
    finish_promotion(env, sessions, winner_idx, &states, old.as_ref(), &errant, "promoted")
}

/// ClusterHasNoPrimary: elect the most advanced REPLICA-typed tablet and build replication.
pub fn elect_first_primary(env: &mut Env<'_>, p: &Problem) -> Result<Promotion> {
    let view = env.view.clone();
    let reachable: Vec<Tablet> =
        view.tablets.iter().filter(|t| view.reachable(&t.alias)).cloned().collect();
    let states = probe_tablets(env, &reachable);
    let cands = candidates(&view.tablets, &states, None, false, &view.errant);
    let election = elect_new_primary(&ElectionInput {
        policy: view.policy,
        candidates: &cands,
        prevent_cross_cell: false,
        old_primary_cell: None,
    });
    env.rec.step(
        "decided",
        &format!("{}: electing a first primary\n{}", p.code, ranking_text(&election)),
    );
    if let Some(err) = &election.error {
        bail!("{err}");
    }
    if let Some(src) = &election.needs_catch_up_from {
        // Repointing the more advanced tablet to a less advanced primary would drop its extra
        // transactions (and break its replication): an operator has to decide.
        bail!(
            "{src} holds transactions ({}) that the best REPLICA lacks: not electing; make {src} a REPLICA or promote by hand",
            election.missing_on_winner
        );
    }
    let winner_alias = election.winner.clone().ok_or_else(|| anyhow!("no candidate chosen"))?;
    let (sessions, failed) = env.connect_all(&reachable);
    if !failed.is_empty() {
        let list: Vec<String> = failed.iter().map(|(t, e)| format!("{}: {e}", t.alias)).collect();
        env.rec.step("warning", &format!("left out: {}", list.join("; ")));
    }
    let idx = sessions
        .iter()
        .position(|(t, _)| t.alias == winner_alias)
        .ok_or_else(|| anyhow!("winner {winner_alias} has no session"))?;
    let errant = view.errant.clone();
    finish_promotion(env, sessions, idx, &states, None, &errant, "elected")
}

/// The end of a failover or first election: with the lock re-checked, promote the winner,
/// leave errant tablets read-only and stopped, repoint the others in parallel while the
/// topology is written (as ERS repoints while the new primary's vttablet publishes its record:
/// neither waits for the other), and record each step.
fn finish_promotion(
    env: &mut Env<'_>,
    sessions: Vec<(Tablet, Session)>,
    winner_idx: usize,
    states: &HashMap<String, InstanceState>,
    old: Option<&Tablet>,
    errant: &std::collections::HashSet<String>,
    verb: &str,
) -> Result<Promotion> {
    env.lock.check().context("lost the shard lock before promoting: nothing was promoted")?;
    let mut sessions = sessions;
    let winner = sessions[winner_idx].0.clone();
    let winner_alias = winner.alias.clone();
    let ackers = env.view.policy.semi_sync_ackers(&winner);
    // Vitess's PromoteReplica order: replication reset and semi-sync set while still read-only,
    // then the topology, and only then writable and the replicas repointed. If the topology
    // cannot be written, nothing is writable and no replica has moved: the next run retries
    // from the same state instead of finding a shard stuck between two primaries.
    let mut winner_sess = sessions.remove(winner_idx);
    run_all(&mut winner_sess.1, &promote_actions(ackers > 0))
        .with_context(|| format!("promoting {winner_alias}"))?;

    let repl = env.repl.clone();
    let policy = env.view.policy;
    type Sessions = Vec<(Tablet, Session)>;
    let (mut rest, errant_sessions): (Sessions, Sessions) =
        sessions.into_iter().partition(|(t, _)| !errant.contains(&t.alias.to_string()));
    // A tablet with errant GTIDs is not repointed (Vitess's SetReplicationSource refuses it
    // too): replicating would break on them or hide them. It stays read-only and stopped.
    for (t, mut s) in errant_sessions {
        let r = run_all(
            &mut s,
            &[
                crate::mysql::actions::Action::SetReadOnly(true),
                crate::mysql::actions::Action::StopReplication,
            ],
        );
        env.rec.step(
            "left alone",
            &format!(
                "{} has errant GTIDs: not repointed, left read-only with replication stopped{}; rewind or rebuild it",
                t.alias,
                r.err().map(|e| format!(" (failed: {e:#})")).unwrap_or_default()
            ),
        );
    }
    if let Err(e) = write_topology(env, &winner, old) {
        restart_io(&mut rest, env, false, None);
        return Err(e.context(format!(
            "{winner_alias} had its replication reset but was left read-only; no replica was repointed"
        )));
    }
    let (repointed, writable) = std::thread::scope(|sc| {
        let rest = &mut rest;
        let (winner, repl) = (&winner, &repl);
        let repointing = sc.spawn(move || {
            par_each(rest, |t, s| {
                let st = states.get(&t.alias.to_string());
                let semi = policy.is_replica_semi_sync(Some(winner), t);
                run_all(s, &repoint_actions(winner, repl, st, semi, needs_align(st)))
            })
        });
        let writable = winner_sess.1.set_read_only(false);
        (repointing.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), writable)
    });
    writable.with_context(|| format!("making {winner_alias} writable"))?;
    env.rec.step(
        "promoted",
        &format!("{winner_alias} ({}) is the primary and writable", winner.mysql_addr()),
    );
    let (ok, bad): (Vec<_>, Vec<_>) = repointed.into_iter().partition(|(_, r)| r.is_ok());
    let bad: Vec<String> = bad
        .into_iter()
        .map(|(a, r)| format!("{a}: {:#}", r.err().unwrap_or_else(|| anyhow!("?"))))
        .collect();
    env.rec.step(
        "replicas repointed",
        &format!(
            "{} replicate from {winner_alias}{}",
            if ok.is_empty() {
                "none".to_string()
            } else {
                ok.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>().join(", ")
            },
            if bad.is_empty() { String::new() } else { format!("; failed: {}", bad.join("; ")) }
        ),
    );
    let mut message = format!("{verb} {winner_alias}");
    if !bad.is_empty() {
        message.push_str(&format!("; {} replicas not repointed (the next run retries)", bad.len()));
    }
    Ok(Promotion { successor: winner, message })
}

/// The topology as TabletExternallyReparented plus the shard-sync loop would leave it: new
/// primary record PRIMARY with a new term, the old one REPLICA without term, the shard record
/// naming the new primary (terms only move forward). All CAS writes, lock re-checked first.
pub fn write_topology(env: &mut Env<'_>, winner: &Tablet, old: Option<&Tablet>) -> Result<()> {
    env.lock.check().context("lost the shard lock after promoting: MySQL was changed but the topology was not written; the next run will see StaleTopoPrimary/PrimaryIsReadOnly and finish")?;
    let now = crate::context::now_ms();
    let term = crate::topo::vttime_from_ms(now);
    env.topo
        .update_tablet(&winner.alias, |t| {
            t.type_value = TabletType::Primary as i32;
            t.primary_term_start = Some(term);
        })
        .with_context(|| format!("writing tablet record {}", winner.alias))?;
    if let Some(o) = old.filter(|o| o.alias != winner.alias) {
        env.topo
            .update_tablet(&o.alias, |t| {
                t.type_value = TabletType::Replica as i32;
                t.primary_term_start = None;
            })
            .with_context(|| format!("writing tablet record {}", o.alias))?;
    }
    let (ks, sh) = (env.view.keyspace.name.clone(), env.view.shard.name.clone());
    env.topo
        .update_shard(&ks, &sh, |s| {
            if s.primary_term_start.is_none_or(|t| t < term) {
                s.primary_alias = Some(winner.alias.clone());
                s.primary_term_start = Some(term);
            }
        })
        .with_context(|| format!("writing shard record {ks}/{sh}"))?;
    env.rec.step(
        "topology written",
        &format!(
            "tablet {} PRIMARY (term {}){}; shard {ks}/{sh} primary_alias={}",
            winner.alias,
            crate::render::fmt::utc(now),
            old.filter(|o| o.alias != winner.alias)
                .map(|o| format!("; tablet {} REPLICA", o.alias))
                .unwrap_or_default(),
            winner.alias
        ),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
