//! The statement lists of each recovery, shared by every plan: promotion, fixing a primary,
//! repointing a replica. A dry-run prints them and the executor runs them, so they cannot part.

use crate::analysis::{errant_gtids, GtidSet, ReferenceServer};
use crate::model::{Flavor, InstanceState, ProblemCode, Tablet};
use crate::mysql::actions::{Action, SourceSpec};
use crate::secret::Credentials;

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

/// What `fix_primary` runs : semi-sync as the policy wants (never
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
        port: u16::try_from(primary.mysql_port).unwrap_or(0),
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

/// Errant GTIDs of `st` against the primary `p` ("" when none or when they can't be compared).
pub fn errant_against(st: &InstanceState, p: &InstanceState) -> Result<String, String> {
    if st.flavor != p.flavor {
        return Err(format!("{} and {} run different server flavors", st.alias, p.alias));
    }
    let r = GtidSet::parse(st.flavor, &st.executed_gtid)
        .map_err(|e| format!("cannot read the GTID set of {}: {e}", st.alias))?;
    let ps = GtidSet::parse(p.flavor, &p.executed_gtid)
        .map_err(|e| format!("cannot read the GTID set of {}: {e}", p.alias))?;
    let reference = ReferenceServer { uuid: &p.server_uuid, server_id: p.server_id };
    let e = errant_gtids(&r, &ps, reference).map_err(|e| format!("comparing GTID sets: {e}"))?;
    Ok(if e.is_empty() { String::new() } else { e.to_string() })
}

/// What `fix_replica` runs on `t` . Already pointed at the primary with
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
