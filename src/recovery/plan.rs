//! `recover --dry-run`: the plan for every actionable problem, built from this run's probes with
//! the same pieces the executor uses (gates, election, action lists), and changing nothing: the
//! gates that would block it, who holds the shard lock, the candidate ranking with the reason
//! each won or was excluded, the exact SQL (passwords masked), the topology writes and the hooks.

use super::env::ShardView;
use super::fix::{needs_align, promote_actions, repoint_actions};
use super::{gate, hook_vars, hooks, RecoverOpts};
use crate::analysis::{
    elect, elect_new_primary, recovery_kind, ElectionInput, Policy, RecoveryKind,
};
use crate::context::{now_ms, Context};
use crate::model::{Flavor, Problem, Tablet, TabletType};
use crate::mysql::actions::{statement_text, Action};
use crate::pipeline::CheckResult;
use crate::store::Store;
use anyhow::Result;
use std::collections::HashSet;
use std::fmt::Write as _;

fn view_from_check(
    check: &CheckResult,
    ks: &str,
    shard: &str,
    errant: &HashSet<String>,
) -> Option<ShardView> {
    let t = &check.topology.topology;
    let keyspace = t.keyspaces.iter().find(|k| k.name == ks)?.clone();
    let shard_rec = t.shards.iter().find(|s| s.keyspace == ks && s.name == shard)?.clone();
    let policy = Policy::parse(&keyspace.durability_policy).ok()?;
    let tablets: Vec<Tablet> =
        t.tablets.iter().filter(|x| x.keyspace == ks && x.shard == shard).cloned().collect();
    let names: HashSet<String> = tablets.iter().map(|x| x.alias.to_string()).collect();
    let instances = check
        .instances
        .iter()
        .filter(|i| names.contains(&i.alias))
        .map(|i| (i.alias.clone(), i.clone()))
        .collect();
    Some(ShardView {
        keyspace,
        shard: shard_rec,
        tablets,
        instances,
        policy,
        errant: errant.clone(),
    })
}

fn flavor_of(v: &ShardView, t: &Tablet) -> Flavor {
    v.instance(&t.alias).map(|i| i.flavor).unwrap_or_default()
}

fn sql_lines(out: &mut String, n: &mut usize, v: &ShardView, t: &Tablet, actions: &[Action]) {
    for a in actions {
        match statement_text(flavor_of(v, t), a) {
            Ok(stmts) => {
                for s in stmts {
                    *n += 1;
                    let _ = writeln!(out, "    {n:>2}. [{} {}] {s}", t.alias, t.mysql_addr());
                }
            }
            Err(e) => {
                let _ = writeln!(out, "    !! [{}] cannot build {a:?}: {e}", t.alias);
            }
        }
    }
}

/// One dry-run block per actionable problem of `check`, in the order `recover` takes them:
/// the problem, then its text (gates, lock, candidates, the statements in the order they run).
pub fn dry_run(
    ctx: &Context,
    opts: &RecoverOpts,
    check: &CheckResult,
    store: &Store,
) -> Result<Vec<(Problem, String)>> {
    let repl = ctx.repl_credentials()?;
    let errant = super::errant_aliases(check);
    let topo = ctx.topo()?;
    let actionable: Vec<&Problem> = check.problems.iter().filter(|p| super::to_handle(p)).collect();
    let mut plans = Vec::new();
    for p in actionable {
        let text = plan_one(opts, check, store, &topo, &repl, &errant, p)?;
        plans.push((p.clone(), text));
    }
    Ok(plans)
}

/// The dry-run block of one problem.
fn plan_one(
    opts: &RecoverOpts,
    check: &CheckResult,
    store: &Store,
    topo: &crate::topo::Topo,
    repl: &crate::secret::Credentials,
    errant: &std::collections::HashSet<String>,
    p: &Problem,
) -> Result<String> {
    let mut out = String::new();
    let kind = recovery_kind(p.code);
    let _ = writeln!(out, "{}/{} {} {} -> {}", p.keyspace, p.shard, p.alias, p.code, kind.as_str());
    let _ = writeln!(out, "  problem: {}", p.description);
    let Some(v) = view_from_check(check, &p.keyspace, &p.shard, errant) else {
        let _ = writeln!(
            out,
            "  cannot plan: shard or keyspace record missing, or unknown durability policy\n"
        );
        return Ok(out);
    };
    let flags = (v.keyspace.disable_emergency_reparent, v.shard.disable_emergency_reparent);
    // The executor re-reads the shard under the lock and refuses when it holds invalid
    // tablet records (they are not in the check); read it here too so the plan says so.
    let refused = crate::analysis::duplicates::refusal(&check.problems, &p.keyspace, &p.shard)
        .or_else(|| match super::read_shard(topo, &p.keyspace, &p.shard) {
            Ok(read) => {
                super::invalid_records_refusal(&read.invalid_tablets, &p.keyspace, &p.shard)
            }
            Err(e) => Some(format!("cannot re-read the shard: {e:#}")),
        });
    // The gates as etcd holds them, as the executor reads them; unreadable ones are closed.
    let gates = super::SharedGates::read_with_ers(topo, &p.keyspace, &p.shard, Ok(flags));
    match gate(&gates, p, kind, refused.as_deref(), now_ms()) {
        Ok(Some(why)) => {
            let _ = writeln!(out, "  BLOCKED: {why}\n");
            return Ok(out);
        }
        Err(e) => {
            let _ = writeln!(out, "  REFUSED: {e:#}\n");
            return Ok(out);
        }
        Ok(None) => {
            let _ = writeln!(out, "  gates: open (recoveries enabled, no failover block)");
        }
    }
    match topo.shard_lock_holder(&p.keyspace, &p.shard) {
        Ok(Some(h)) => {
            let _ = writeln!(out, "  shard lock: {h}: recover would skip this shard now");
        }
        Ok(None) => {
            let _ = writeln!(out, "  shard lock: free; recover takes it, re-probes the shard and re-checks the problem first");
        }
        Err(e) => {
            let _ = writeln!(out, "  shard lock: cannot read ({e})");
        }
    }
    let mark = store.high_water(&p.keyspace, &p.shard).ok().flatten();
    plan_kind(&mut out, opts, &v, p, kind, repl, mark.as_ref());
    let _ = writeln!(out);
    Ok(out)
}

fn plan_kind(
    out: &mut String,
    opts: &RecoverOpts,
    v: &ShardView,
    p: &Problem,
    kind: RecoveryKind,
    repl: &crate::secret::Credentials,
    mark: Option<&crate::analysis::relay::HighWaterMark>,
) {
    let mut n = 0;
    let tablet = v.tablet(&p.alias).cloned();
    match kind {
        RecoveryKind::EmergencyReparent { .. } | RecoveryKind::ElectNewPrimary => {
            let old = super::ers::replaced_primary(v, p);
            let first = matches!(kind, RecoveryKind::ElectNewPrimary);
            let states = v.instances.clone();
            // As the executor does: with the primary gone, candidates are compared with each
            // other for errant GTIDs.
            let mut errant = v.errant.clone();
            if !first {
                let old_alias = old.as_ref().map(|o| o.alias.to_string());
                errant.extend(
                    super::ers::errant_among(
                        states.values().filter(|st| Some(&st.alias) != old_alias.as_ref()),
                    )
                    .into_keys(),
                );
            }
            let cands = super::ers::candidates(
                &v.tablets,
                &states,
                if first { None } else { old.as_ref() },
                // A reachable old primary is demoted first and its position counts.
                !first && old.as_ref().is_some_and(|o| v.reachable(&o.alias)),
                &errant,
            );
            let input = ElectionInput {
                policy: v.policy,
                candidates: &cands,
                prevent_cross_cell: opts.prevent_cross_cell && !first,
                old_primary_cell: old.as_ref().map(|t| t.alias.cell.clone()),
            };
            let e = if first { elect_new_primary(&input) } else { elect(&input) };
            let _ = writeln!(out, "  candidates (positions as probed now; recover re-reads them after the relay logs are applied):");
            for line in super::ers::ranking_text(&e).lines() {
                let _ = writeln!(out, "    {line}");
            }
            let refusal = (!first).then(|| {
                super::ers::stuck_relay_refusal(v, old.as_ref())
                    .or_else(|| super::ers::high_water_refusal(v, old.as_ref(), mark))
            });
            if let Some(why) = refusal.flatten() {
                let _ = writeln!(out, "  REFUSED: {why}");
                return;
            }
            if let Some(err) = &e.error {
                let _ = writeln!(out, "  REFUSED: {err}");
                return;
            }
            let Some(w) =
                e.winner.as_ref().and_then(|a| v.tablets.iter().find(|t| &t.alias == a)).cloned()
            else {
                return;
            };
            let others: Vec<Tablet> = v
                .tablets
                .iter()
                .filter(|t| {
                    t.alias != w.alias
                        && Some(&t.alias) != old.as_ref().map(|o| &o.alias)
                        && v.reachable(&t.alias)
                })
                .cloned()
                .collect();
            if !first {
                if let Some(cmd) = &opts.hooks.pre_failover {
                    let _ = writeln!(
                        out,
                        "  pre-failover hook: {:?} (non-zero exit aborts)",
                        hooks::argv(cmd, &hook_vars(p, old.as_ref(), None))
                    );
                }
                let _ = writeln!(out, "  steps:");
                if let Some(o) = old.as_ref().filter(|o| v.reachable(&o.alias)) {
                    // Semi-sync blocked: the live old primary is demoted before anything else.
                    sql_lines(
                        out,
                        &mut n,
                        v,
                        o,
                        &[
                            Action::SetSemiSync { primary: false, replica: false },
                            Action::SetReadOnly(true),
                        ],
                    );
                }
                for t in std::iter::once(&w).chain(&others) {
                    if v.instance(&t.alias).is_some_and(|i| i.replication.is_some()) {
                        sql_lines(out, &mut n, v, t, &[Action::StopIoThread]);
                        let pos = v
                            .instance(&t.alias)
                            .and_then(|i| i.replication.as_ref())
                            .map(|r| r.retrieved_gtid.clone())
                            .unwrap_or_default();
                        if !pos.is_empty() {
                            sql_lines(
                                out,
                                &mut n,
                                v,
                                t,
                                &[Action::WaitForPosition {
                                    gtid: pos,
                                    timeout: opts.wait_replicas_timeout,
                                }],
                            );
                        }
                    }
                }
                if let Some(src) = &e.needs_catch_up_from {
                    n += 1;
                    let _ = writeln!(
                        out,
                        "    {n:>2}. {} first catches up from {src} (missing {})",
                        w.alias, e.missing_on_winner
                    );
                }
            } else {
                let _ = writeln!(out, "  steps:");
            }
            let ackers = v.policy.semi_sync_ackers(&w);
            sql_lines(out, &mut n, v, &w, &promote_actions(ackers > 0));
            n += 1;
            let _ = writeln!(
                out,
                "    {n:>2}. topology: tablet {} type PRIMARY, primary_term_start_time=now",
                w.alias
            );
            if let Some(o) = old.as_ref().filter(|o| o.alias != w.alias) {
                n += 1;
                let _ = writeln!(
                    out,
                    "    {n:>2}. topology: tablet {} type REPLICA, primary_term_start_time cleared",
                    o.alias
                );
            }
            n += 1;
            let _ = writeln!(
                out,
                "    {n:>2}. topology: shard {}/{} primary_alias={}, primary_term_start_time=now",
                v.keyspace.name, v.shard.name, w.alias
            );
            // Writable only once the topology names it; the replicas move at the same time.
            sql_lines(out, &mut n, v, &w, &[Action::SetReadOnly(false)]);
            for t in &others {
                let st = v.instance(&t.alias);
                let semi = v.policy.is_replica_semi_sync(Some(&w), t);
                if v.errant.contains(&t.alias.to_string()) {
                    n += 1;
                    let _ = writeln!(
                        out,
                        "    {n:>2}. {} has errant GTIDs: left read-only with replication stopped, not repointed",
                        t.alias
                    );
                    continue;
                }
                sql_lines(out, &mut n, v, t, &repoint_actions(&w, repl, st, semi, needs_align(st)));
            }
            if !first {
                let _ = writeln!(
                    out,
                    "  then: failovers in {}/{} blocked for {}s (vtorc-rs ack lifts it)",
                    v.keyspace.name,
                    v.shard.name,
                    opts.block_duration.as_secs()
                );
                if let Some(cmd) = &opts.hooks.post_failover {
                    let _ = writeln!(
                        out,
                        "  post-failover hook: {:?}",
                        hooks::argv(cmd, &hook_vars(p, old.as_ref(), Some(&w)))
                    );
                }
                if let Some(cmd) = &opts.hooks.post_unsuccessful_failover {
                    let _ = writeln!(
                        out,
                        "  post-unsuccessful-failover hook (on failure): {:?}",
                        hooks::argv(cmd, &hook_vars(p, old.as_ref(), None))
                    );
                }
            }
        }
        RecoveryKind::FixPrimary => {
            if let Some(t) = tablet {
                let ackers = v.policy.semi_sync_ackers(&t);
                let _ = writeln!(out, "  steps:");
                sql_lines(out, &mut n, v, &t, &super::fix::fix_primary_actions(ackers > 0));
            }
        }
        RecoveryKind::FixReplica => {
            if let Some(t) = tablet
                .as_ref()
                .filter(|t| v.instance(&t.alias).is_some_and(|s| s.reachable && !s.read_only))
            {
                n += 1;
                let _ = writeln!(
                    out,
                    "    {n:>2}. [{} {}] fence: KILL CONNECTION of every session waiting for a semi-sync ack, SET GLOBAL read_only=ON (if that still waits: KILL every client session, then again)",
                    t.alias,
                    t.mysql_addr()
                );
            }
            let (Some(t), Some(primary)) = (tablet, v.topo_primary().cloned()) else {
                let _ = writeln!(out, "  cannot plan: no PRIMARY tablet in the topology");
                return;
            };
            let st = v.instance(&t.alias);
            let semi = v.policy.is_replica_semi_sync(Some(&primary), &t);
            let _ = writeln!(
                out,
                "  steps (after checking {} has no errant GTIDs against {}):",
                t.alias, primary.alias
            );
            sql_lines(
                out,
                &mut n,
                v,
                &t,
                &super::fix::fix_replica_actions(p.code, &primary, &t, st, repl, semi),
            );
        }
        RecoveryKind::ResetPrimaryReplication => {
            if let Some(t) = tablet {
                let _ = writeln!(out, "  steps:");
                sql_lines(out, &mut n, v, &t, &[Action::ResetReplicationAll]);
            }
        }
        RecoveryKind::RestartDirectReplicas { all } => {
            let _ = writeln!(out, "  steps: STOP/START the IO thread of {} direct replica(s) of {} (at most once a minute each)", if all { "every" } else { "one" }, p.alias);
        }
        RecoveryKind::ReconcileStaleTopoPrimary => {
            if let Some(t) = tablet {
                let _ = writeln!(out, "  steps:");
                sql_lines(out, &mut n, v, &t, &[Action::SetReadOnly(true)]);
                let _ = writeln!(
                    out,
                    "    {:>2}. topology: tablet {} type {}, primary_term_start_time cleared",
                    n + 1,
                    t.alias,
                    TabletType::Replica
                );
            }
        }
        RecoveryKind::DrainErrant => {
            let _ = writeln!(out, "  steps:\n     1. topology: tablet {} type DRAINED", p.alias);
        }
        RecoveryKind::SyncShardRecord => {
            let term = tablet
                .as_ref()
                .and_then(|t| t.primary_term_start)
                .map(|t| crate::render::fmt::utc(t.to_ms()))
                .unwrap_or_else(|| "-".into());
            let _ = writeln!(
                out,
                "  steps:\n     1. topology: shard {}/{} primary_alias={}, primary_term_start_time={term} (only if newer than the shard's)",
                p.keyspace, p.shard, p.alias
            );
        }
        RecoveryKind::None => {}
    }
}
