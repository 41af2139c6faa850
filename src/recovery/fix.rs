//! Repairs that keep the current primary: fix a primary (read_only, semi-sync), fix a replica
//! (read_only, repoint, semi-sync, heartbeat), clear a primary's own replication, nudge direct
//! replicas of an unreachable primary, demote a stale PRIMARY record, drain an errant tablet.
//! Also the action lists shared with the failover (`promote_actions`, `repoint_actions`), so a
//! dry-run prints exactly what the executor runs.

use super::env::{addr, Env};
use crate::analysis::{errant_gtids, GtidSet, ReferenceServer};
use crate::model::{Flavor, InstanceState, Problem, ProblemCode, Tablet, TabletType};
use crate::mysql::actions::{Action, Session, Sessions, SourceSpec};
use crate::secret::Credentials;
use anyhow::{anyhow, bail, Context as _, Result};

/// Statements that make a tablet a primary with no source, still read-only (VTOrc's
/// PromoteReplica up to the topology write; `read_only=OFF` comes after it).
pub fn promote_actions(semi_sync: bool) -> Vec<Action> {
    let mut v = vec![Action::ResetReplicationAll];
    if semi_sync {
        // A new primary that could fall back to async would acknowledge writes only it has.
        v.push(Action::SemiSyncNeverFallBack);
    }
    v.push(Action::SetSemiSync { primary: semi_sync, replica: semi_sync });
    v
}

/// What `fix_primary` runs (shared with the dry-run): semi-sync as the policy wants (never
/// falling back to async when acks are needed), then writable.
pub fn fix_primary_actions(semi_sync: bool) -> Vec<Action> {
    let mut v = Vec::new();
    if semi_sync {
        v.push(Action::SemiSyncNeverFallBack);
    }
    v.push(Action::SetSemiSync { primary: semi_sync, replica: semi_sync });
    v.push(Action::SetReadOnly(false));
    v
}

/// Statements that make a server replicate from `primary` (VTOrc's SetReplicationSource).
/// `align`: MariaDB former primary, whose stale `gtid_slave_pos` must first follow its binlog.
/// `st` is the replica's last probe: its heartbeat and its link's TLS carry over.
pub fn repoint_actions(
    primary: &Tablet,
    repl: &Credentials,
    st: Option<&InstanceState>,
    semi_sync: bool,
    align: bool,
) -> Vec<Action> {
    // Semi-sync first: if it fails, nothing else has changed (and it takes effect on the
    // restart below).
    let mut v = vec![
        Action::SetReadOnly(true),
        Action::SetSemiSync { primary: false, replica: semi_sync },
        Action::StopReplication,
    ];
    if align {
        v.push(Action::AlignSlavePosToBinlog);
    }
    v.push(Action::ChangeSource(SourceSpec {
        host: primary.mysql_hostname.clone(),
        port: addr(primary).port,
        user: repl.user.clone(),
        password: repl.password.clone(),
        heartbeat_secs: heartbeat_for(st),
        // Reconnect fast: a long retry delays noticing the next failure (vitess#15664).
        connect_retry: 1,
        // An encrypted link stays encrypted (or takes the --repl-ssl* flags).
        tls: crate::mysql::actions::link_tls(repl, st),
    }));
    v.push(Action::StartReplication);
    v
}

/// Heartbeat that keeps VTOrc's ReplicaMisconfigured rule true: half of replica_net_timeout.
pub fn heartbeat_for(st: Option<&InstanceState>) -> Option<f64> {
    st.map(|s| s.replica_net_timeout).filter(|t| *t > 0).map(|t| f64::from(t) / 2.0)
}

/// MariaDB: a server whose own writes are newer than its replicated position (a former primary)
/// must start from its binlog position, or it would replay or conflict (recipe §4). Only called
/// after the errant check passed.
pub fn needs_align(st: Option<&InstanceState>) -> bool {
    st.is_some_and(|s| {
        s.flavor == Flavor::MariaDb
            && !s.gtid_current_pos.is_empty()
            && s.gtid_current_pos != s.gtid_slave_pos
    })
}

/// Runs a list of actions on a session, naming the first that fails.
pub fn run_all(sess: &mut Session, actions: &[Action]) -> Result<()> {
    for a in actions {
        sess.run(a).with_context(|| format!("on {}", sess.addr()))?;
    }
    Ok(())
}

/// Errant GTIDs of `st` against the primary `p` ("" when none or when they can't be compared).
pub fn errant_against(st: &InstanceState, p: &InstanceState) -> Result<String> {
    if st.flavor != p.flavor {
        bail!("{} and {} run different server flavors", st.alias, p.alias);
    }
    let r = GtidSet::parse(st.flavor, &st.executed_gtid)
        .map_err(|e| anyhow!("cannot read the GTID set of {}: {e}", st.alias))?;
    let ps = GtidSet::parse(p.flavor, &p.executed_gtid)
        .map_err(|e| anyhow!("cannot read the GTID set of {}: {e}", p.alias))?;
    let reference = ReferenceServer { uuid: &p.server_uuid, server_id: p.server_id };
    let e = errant_gtids(&r, &ps, reference).map_err(|e| anyhow!("comparing GTID sets: {e}"))?;
    Ok(if e.is_empty() { String::new() } else { e.to_string() })
}

fn tablet<'a>(env: &'a Env<'_>, p: &Problem) -> Result<&'a Tablet> {
    env.view
        .tablet(&p.alias)
        .ok_or_else(|| anyhow!("tablet {} is no longer in the topology", p.alias))
}

/// PrimaryIsReadOnly, PrimarySemiSyncMustBeSet/MustNotBeSet: VTOrc's UndoDemotePrimary.
pub fn fix_primary(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    let ackers = env.view.policy.semi_sync_ackers(&t);
    // Never make a server writable without holding the shard lock.
    env.lock.check()?;
    let mut sess = env.connect(&t)?;
    run_all(&mut sess, &fix_primary_actions(ackers > 0))?;
    let msg = format!(
        "{} is writable, primary-side semi-sync {}",
        t.alias,
        if ackers > 0 { "ON, never falling back to async" } else { "OFF" }
    );
    env.rec.step("primary fixed", &msg);
    Ok(msg)
}

/// NotConnectedToPrimary, ConnectedToWrongPrimary, ReplicationStopped, ReplicaIsWritable, the
/// replica semi-sync codes, ReplicaMisconfigured: read-only first (a writable replica is the
/// bigger danger), then repoint to the shard primary with the policy's semi-sync and a heartbeat
/// of half the net timeout. A replica with errant GTIDs is left read-only and stopped.
pub fn fix_replica(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    // A writable non-primary is the bigger danger whatever else is wrong: fence it first, even
    // when it cannot be repointed below.
    if env.view.instance(&t.alias).is_some_and(|s| s.reachable && !s.read_only) {
        fence(env, &t)?;
    }
    let primary = env
        .view
        .topo_primary()
        .cloned()
        .ok_or_else(|| anyhow!("shard has no PRIMARY tablet in the topology"))?;
    if primary.alias == t.alias {
        bail!("{} is the shard primary; not repointing it", t.alias);
    }
    let pst =
        env.view.instance(&primary.alias).filter(|s| s.reachable).cloned().ok_or_else(|| {
            anyhow!("primary {} is unreachable: not repointing {} to it", primary.alias, t.alias)
        })?;
    let st = env.view.instance(&t.alias).cloned();
    let mut sess = env.connect(&t)?;
    sess.set_read_only(true).context("setting read_only=ON")?;
    // Without a fresh probe its GTIDs cannot be checked for errant transactions: never repoint
    // blind (it stays read-only; the next run probes it again).
    let Some(st) = st.filter(|s| s.reachable) else {
        bail!("{} was not fully probed under the lock: made read-only, not repointed", t.alias);
    };
    let errant = errant_against(&st, &pst)?;
    if !errant.is_empty() {
        sess.stop_replication().context("stopping replication")?;
        let msg = format!(
            "{} has errant GTIDs {errant} that primary {} lacks: left read-only with replication stopped; rewind or rebuild it",
            t.alias, primary.alias
        );
        env.rec.step("refused", &msg);
        bail!(msg);
    }
    let st = Some(st);
    let semi = env.view.policy.is_replica_semi_sync(Some(&primary), &t);
    let actions = fix_replica_actions(p.code, &primary, &t, st.as_ref(), &env.repl, semi);
    run_all(&mut sess, &actions)?;
    let msg = format!(
        "{} is read-only and replicates from {} ({}), replica semi-sync {}",
        t.alias,
        primary.alias,
        primary.mysql_addr(),
        if semi { "ON" } else { "OFF" }
    );
    env.rec.step("replica repointed", &msg);
    Ok(msg)
}

/// Makes a writable server that is not the shard's primary read-only without hanging: a former
/// primary that resumes after a failover (SIGSTOP, a paused VM) has commits waiting for semi-sync
/// acks that will never come, and `SET GLOBAL read_only=ON` waits behind them. Their clients have
/// not been told OK, so killing those sessions first loses nothing acknowledged; if read_only
/// still does not take, every client session (never vtorc-rs's own, never replication threads) is
/// killed and it is tried again. Recorded as a "fenced" step.
pub fn fence(env: &mut Env<'_>, t: &Tablet) -> Result<()> {
    let what = || format!("fencing writable non-primary {}", t.alias);
    let mut sess = env.connect(t).with_context(what)?;
    let waiters = sess.kill_sessions(Sessions::SemiSyncWaiters).with_context(what)?;
    let mut killed_all = None;
    if let Err(first) = sess.set_read_only(true) {
        // The session timed out (or broke) waiting: a fresh one kills every client and retries.
        let mut again = env.connect(t).with_context(what)?;
        killed_all = Some(again.kill_sessions(Sessions::AllClients).with_context(what)?);
        again
            .set_read_only(true)
            .with_context(|| format!("{}: read_only=ON failed twice (first: {first})", what()))?;
    }
    env.rec.step(
        "fenced",
        &format!(
            "{} was writable without being the shard primary: killed {waiters} session(s) waiting for a semi-sync ack{}, read_only=ON",
            t.alias,
            killed_all
                .map(|n| format!(", then {n} client session(s) when read_only still waited"))
                .unwrap_or_default()
        ),
    );
    Ok(())
}

/// What `fix_replica` runs on `t` (shared with the dry-run). Already pointed at the primary with
/// a sound heartbeat (semi-sync or stopped threads are the problem): restart replication without
/// CHANGE MASTER, which would throw away the relay log of a lagging replica (vttablet's
/// SetReplicationSource likewise skips an unchanged source). Otherwise a full repoint.
pub fn fix_replica_actions(
    code: ProblemCode,
    primary: &Tablet,
    t: &Tablet,
    st: Option<&InstanceState>,
    repl: &Credentials,
    semi: bool,
) -> Vec<Action> {
    let same_source = code != ProblemCode::ReplicaMisconfigured
        && t.alias != primary.alias
        && st.and_then(|s| s.replication.as_ref()).is_some_and(|r| {
            r.source_host == primary.mysql_hostname
                && i32::from(r.source_port) == primary.mysql_port
        });
    if same_source {
        vec![
            Action::SetReadOnly(true),
            Action::SetSemiSync { primary: false, replica: semi },
            Action::StopReplication,
            Action::StartReplication,
        ]
    } else {
        repoint_actions(primary, repl, st, semi, needs_align(st))
    }
}

/// PrimaryHasPrimary: the topology's primary replicates from someone; make it stop and forget.
pub fn reset_primary_replication(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    let mut sess = env.connect(&t)?;
    run_all(&mut sess, &[Action::ResetReplicationAll])?;
    let msg = format!("{} no longer replicates (RESET replication ALL)", t.alias);
    env.rec.step("replication reset", &msg);
    Ok(msg)
}

/// UnreachablePrimary(WithBrokenReplicas): restart the IO thread of one (or every) direct replica
/// so a really dead primary shows up as IO errors quickly. At most once a minute per tablet.
pub fn restart_direct_replicas(env: &mut Env<'_>, p: &Problem, all: bool) -> Result<String> {
    let primary = tablet(env, p)?.clone();
    let now = crate::context::now_ms();
    let mut done = Vec::new();
    let replicas: Vec<Tablet> = env
        .view
        .tablets
        .iter()
        .filter(|t| {
            // Never one whose relay log could be thrown away by the restart (SQL thread stopped
            // or still applying): with the primary unreachable it may be the only copy.
            let safe = env.view.instance(&t.alias).is_some_and(|s| {
                !crate::analysis::relay::sql_stopped(s) && crate::analysis::relay::relay_applied(s)
            });
            safe && t.alias != primary.alias
                && env.view.instance(&t.alias).and_then(|s| s.replication.as_ref()).is_some_and(
                    |r| {
                        r.source_host == primary.mysql_hostname
                            && i32::from(r.source_port) == primary.mysql_port
                    },
                )
        })
        .cloned()
        .collect();
    for t in replicas {
        let key = format!("restart-io:{}", t.alias);
        let last = env.rec.store.last_action(&key).unwrap_or(None);
        if last.is_some_and(|l| now - l < 60_000) {
            continue;
        }
        let mut sess = env.connect(&t)?;
        run_all(&mut sess, &[Action::StopIoThread, Action::StartIoThread])?;
        let _ = env.rec.store.set_last_action(&key, now);
        done.push(t.alias.to_string());
        if !all {
            break;
        }
    }
    if done.is_empty() {
        return Err(super::Wait(format!(
            "no direct replica of {} to restart now (each was restarted within the last minute, or a restart could discard its relay log); the replicas still replicate from it",
            primary.alias
        ))
        .into());
    }
    let msg = format!("restarted the IO thread of {}", done.join(", "));
    env.rec.step("replicas restarted", &msg);
    Ok(msg)
}

/// StaleTopoPrimary: an older PRIMARY record. Its server is made read-only (best effort), its
/// record becomes REPLICA with no term; later cycles repoint it (NotConnectedToPrimary...).
pub fn reconcile_stale_topo_primary(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    let mut notes = Vec::new();
    let writable = env.view.instance(&t.alias).is_some_and(|s| s.reachable && !s.read_only);
    if writable {
        // Writable and answering: fenced so the read-only switch cannot hang behind a commit.
        match fence(env, &t) {
            Ok(()) => notes.push(format!("{} fenced and read-only", t.alias)),
            Err(e) => notes.push(format!("could not fence {}: {e:#}", t.alias)),
        }
    } else {
        match env.connect(&t).and_then(|mut s| s.set_read_only(true)) {
            Ok(()) => notes.push(format!("{} set read-only", t.alias)),
            Err(e) => notes.push(format!("could not set {} read-only: {e}", t.alias)),
        }
    }
    env.lock.check()?;
    env.topo.update_tablet(&t.alias, |x| {
        x.type_value = TabletType::Replica as i32;
        x.primary_term_start = None;
    })?;
    notes.push(format!("tablet record {} is REPLICA", t.alias));
    let msg = notes.join("; ");
    env.rec.step("topology written", &msg);
    Ok(msg)
}

/// StaleShardPrimary: Vitess's shard sync (`UpdateShardFields`). The Shard record follows the
/// primary tablet's term, never backwards, in one compare-and-swap write under the lock.
pub fn sync_shard_record(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    let term = t.primary_term_start.ok_or_else(|| {
        anyhow!("{} has no primary term: not rewriting the Shard record", t.alias)
    })?;
    env.lock.check()?;
    let (ks, sh) = (env.view.keyspace.name.clone(), env.view.shard.name.clone());
    let mut moved = false;
    env.topo
        .update_shard(&ks, &sh, |s| {
            moved = s.primary_term_start.is_none_or(|x| x < term);
            if moved {
                s.primary_alias = Some(t.alias.clone());
                s.primary_term_start = Some(term);
            }
        })
        .with_context(|| format!("writing shard record {ks}/{sh}"))?;
    if !moved {
        bail!("the Shard record of {ks}/{sh} has a newer term than {}: left as it is", t.alias);
    }
    let msg = format!(
        "shard {ks}/{sh} primary_alias={} (term {})",
        t.alias,
        crate::render::fmt::utc(term.to_ms())
    );
    env.rec.step("topology written", &msg);
    Ok(msg)
}

/// ErrantGTIDDetected with --change-tablets-with-errant-gtid-to-drained: type DRAINED, which
/// takes it out of analysis and promotion until an operator deals with it.
pub fn drain_errant(env: &mut Env<'_>, p: &Problem) -> Result<String> {
    let t = tablet(env, p)?.clone();
    env.lock.check()?;
    env.topo.update_tablet(&t.alias, |x| x.type_value = TabletType::Drained as i32)?;
    let msg = format!("tablet record {} is DRAINED", t.alias);
    env.rec.step("topology written", &msg);
    Ok(msg)
}
