//! Plans of the repairs that keep the current primary: fix a primary (read_only, semi-sync), fix
//! a replica (fence, repoint, semi-sync, heartbeat), clear a primary's own replication, nudge the
//! direct replicas of an unreachable primary, demote a stale PRIMARY record, drain an errant
//! tablet, sync the Shard record.

use super::actions::{errant_against, fix_primary_actions, fix_replica_actions};
use super::{refuse, Planned, RecoveryPlan, Refusal, Snapshot, Step};
use crate::analysis::recovery_kind;
use crate::analysis::relay::{relay_applied, sql_stopped};
use crate::model::{Problem, Tablet, TabletType};
use crate::mysql::actions::Action;

fn tablet<'a>(snap: &'a Snapshot, p: &Problem) -> Result<&'a Tablet, Refusal> {
    snap.tablet(&p.alias)
        .ok_or_else(|| Refusal::Refused(format!("tablet {} is no longer in the topology", p.alias)))
}

fn plan(p: &Problem, steps: Vec<Step>, summary: String) -> Planned {
    let mut plan = RecoveryPlan::new(p, recovery_kind(p.code), steps);
    plan.summary = summary;
    Ok(plan)
}

/// PrimaryIsReadOnly, PrimarySemiSyncMustBeSet/MustNotBeSet, PrimarySemiSyncCanFallBack:
/// VTOrc's UndoDemotePrimary. Never made writable without holding the shard lock.
pub(super) fn fix_primary(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let semi = snap.policy.semi_sync_ackers(t) > 0;
    let steps = vec![
        Step::CheckLock { before: "making a server writable".into() },
        Step::Sql { target: snap.target(t), actions: fix_primary_actions(semi) },
    ];
    let summary = format!(
        "{} is writable, primary-side semi-sync {}",
        t.alias,
        if semi { "ON, never falling back to async" } else { "OFF" }
    );
    plan(p, steps, summary)
}

/// NotConnectedToPrimary, ConnectedToWrongPrimary, ReplicationStopped, ReplicaIsWritable, the
/// replica semi-sync codes, ReplicaMisconfigured. A writable non-primary is fenced first, since
/// it is the bigger danger whatever else is wrong; then read-only, and repointed to the shard
/// primary with the policy's semi-sync. A replica not fully probed, or with errant GTIDs, is
/// left read-only (and stopped) and the recovery fails saying why.
pub(super) fn fix_replica(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let st = snap.instance(&t.alias);
    let mut steps = Vec::new();
    if st.is_some_and(|s| s.reachable && !s.read_only) {
        steps.push(Step::Fence { target: snap.target(t) });
    }
    let give_up = |mut steps: Vec<Step>, reason: String| {
        steps.push(Step::GiveUp { reason });
        plan(p, steps, String::new())
    };
    let Some(primary) = snap.topo_primary() else {
        return give_up(steps, "shard has no PRIMARY tablet in the topology".into());
    };
    if primary.alias == t.alias {
        return give_up(steps, format!("{} is the shard primary; not repointing it", t.alias));
    }
    let Some(pst) = snap.instance(&primary.alias).filter(|s| s.reachable && !s.partial) else {
        return give_up(
            steps,
            format!("primary {} is unreachable: not repointing {} to it", primary.alias, t.alias),
        );
    };
    // Without a full probe its GTIDs cannot be checked for errant transactions: never repoint
    // blind (it is made read-only; the next run probes it again).
    let Some(st) = st.filter(|s| s.reachable && !s.partial) else {
        let mut steps = steps;
        if st.is_some_and(|s| s.reachable) && !steps.iter().any(|s| matches!(s, Step::Fence { .. }))
        {
            steps.push(Step::Sql {
                target: snap.target(t),
                actions: vec![Action::SetReadOnly(true)],
            });
        }
        return give_up(
            steps,
            format!("{} was not fully probed under the lock: not repointed", t.alias),
        );
    };
    match errant_against(st, pst) {
        Err(e) => {
            return give_up(steps, format!("{}: {e}: not repointed", t.alias));
        }
        Ok(errant) if !errant.is_empty() => {
            let reason = format!(
                "{} has errant GTIDs {errant} that primary {} lacks: left read-only with replication stopped; rewind or rebuild it",
                t.alias, primary.alias
            );
            steps.push(Step::LeaveAlone {
                target: snap.target(t),
                reason: reason.clone(),
                actions: vec![Action::SetReadOnly(true), Action::StopReplication],
            });
            return give_up(steps, reason);
        }
        Ok(_) => {}
    }
    let semi = snap.policy.is_replica_semi_sync(Some(primary), t);
    steps.push(Step::Sql {
        target: snap.target(t),
        actions: fix_replica_actions(p.code, primary, t, Some(st), &snap.repl, semi),
    });
    let summary = format!(
        "{} is read-only and replicates from {} ({}), replica semi-sync {}",
        t.alias,
        primary.alias,
        primary.mysql_addr(),
        if semi { "ON" } else { "OFF" }
    );
    plan(p, steps, summary)
}

/// PrimaryHasPrimary: the topology's primary replicates from someone; make it stop and forget.
pub(super) fn reset_primary_replication(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let steps =
        vec![Step::Sql { target: snap.target(t), actions: vec![Action::ResetReplicationAll] }];
    plan(p, steps, format!("{} no longer replicates (RESET replication ALL)", t.alias))
}

/// How often one replica's IO thread may be restarted for an unreachable primary.
pub const IO_RESTART_INTERVAL_MS: i64 = 60_000;

/// UnreachablePrimary(WithBrokenReplicas): restart the IO thread of one (or every) direct
/// replica so a really dead primary shows up as IO errors quickly; at most once a minute per
/// tablet, and never on one whose relay log the restart could throw away (SQL thread stopped,
/// or still applying): with the primary unreachable it may be the only copy.
pub(super) fn restart_direct_replicas(p: &Problem, snap: &Snapshot, all: bool) -> Planned {
    let primary = tablet(snap, p)?;
    let mut chosen: Vec<&Tablet> = snap
        .tablets
        .iter()
        .filter(|t| {
            let safe = snap
                .instance(&t.alias)
                .is_some_and(|s| !s.partial && !sql_stopped(s) && relay_applied(s));
            let direct =
                snap.instance(&t.alias).and_then(|s| s.replication.as_ref()).is_some_and(|r| {
                    r.source_host == primary.mysql_hostname
                        && i32::from(r.source_port) == primary.mysql_port
                });
            let recent = snap
                .io_restarts
                .get(&t.alias.to_string())
                .is_some_and(|l| snap.now_ms - l < IO_RESTART_INTERVAL_MS);
            safe && direct && !recent && t.alias != primary.alias
        })
        .collect();
    if !all {
        chosen.truncate(1);
    }
    if chosen.is_empty() {
        return Err(Refusal::Wait(format!(
            "no direct replica of {} to restart now (each was restarted within the last minute, or a restart could discard its relay log); the replicas still replicate from it",
            primary.alias
        )));
    }
    let summary = format!(
        "restarted the IO thread of {}",
        chosen.iter().map(|t| t.alias.to_string()).collect::<Vec<_>>().join(", ")
    );
    let steps = chosen.iter().map(|t| Step::RestartIoThread { target: snap.target(t) }).collect();
    plan(p, steps, summary)
}

/// StaleTopoPrimary: an older PRIMARY record. Its server is made read-only (fenced when
/// writable; best effort: the record is what misleads), its record becomes REPLICA with no
/// term; later cycles repoint it.
pub(super) fn reconcile_stale_topo_primary(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let writable = snap.instance(&t.alias).is_some_and(|s| s.reachable && !s.read_only);
    let first = if writable {
        Step::Fence { target: snap.target(t) }
    } else {
        Step::Sql { target: snap.target(t), actions: vec![Action::SetReadOnly(true)] }
    };
    let steps = vec![
        Step::BestEffort(Box::new(first)),
        Step::CheckLock { before: "writing the tablet record".into() },
        Step::WriteTabletType {
            alias: t.alias.clone(),
            tablet_type: TabletType::Replica,
            clear_term: true,
        },
    ];
    plan(p, steps, format!("tablet record {} is REPLICA", t.alias))
}

/// StaleShardPrimary: Vitess's shard sync (`UpdateShardFields`): the Shard record follows the
/// primary tablet's term, never backwards.
pub(super) fn sync_shard_record(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let Some(term) = t.primary_term_start else {
        return refuse(format!("{} has no primary term: not rewriting the Shard record", t.alias));
    };
    let steps = vec![
        Step::CheckLock { before: "writing the shard record".into() },
        Step::SyncShard { primary: t.clone() },
    ];
    let summary = format!(
        "shard {}/{} primary_alias={} (term {})",
        p.keyspace,
        p.shard,
        t.alias,
        crate::render::fmt::utc(term.to_ms())
    );
    plan(p, steps, summary)
}

/// ErrantGTIDDetected with --change-tablets-with-errant-gtid-to-drained: type DRAINED, which
/// takes it out of analysis and promotion until an operator deals with it.
pub(super) fn drain_errant(p: &Problem, snap: &Snapshot) -> Planned {
    let t = tablet(snap, p)?;
    let steps = vec![
        Step::CheckLock { before: "writing the tablet record".into() },
        Step::WriteTabletType {
            alias: t.alias.clone(),
            tablet_type: TabletType::Drained,
            clear_term: false,
        },
    ];
    plan(p, steps, format!("tablet record {} is DRAINED", t.alias))
}
