//! What each tablet has *received*, as opposed to applied, and which relay logs hold
//! transactions that nothing else has. Pure.
//!
//! While the primary is dead, a replica's relay log may be the only copy of acknowledged
//! writes (semi-sync acknowledges on receipt). MariaDB throws a relay log away when an IO thread
//! restarts while the SQL thread is stopped, or when the SQL thread starts while the IO thread is
//! stopped (recipe §4), so a replica whose SQL thread cannot apply (an apply error) must neither be
//! waited on (it never drains) nor outvoted by tablets behind it: the failover refuses, naming it.

use super::durability::Policy;
use super::gtid::GtidSet;
use crate::model::{Flavor, InstanceState, Tablet, TabletType, ThreadState, Topology};
use std::collections::HashMap;

/// The position a candidate is compared on once its relay log is applied. MariaDB:
/// `gtid_binlog_state` joined with `gtid_slave_pos`, so servers without log_slave_updates are
/// still measured by what they applied.
pub fn position_of(st: &InstanceState) -> String {
    if st.flavor != Flavor::MariaDb || st.gtid_slave_pos.is_empty() {
        return st.executed_gtid.clone();
    }
    let joined = GtidSet::parse(st.flavor, &st.executed_gtid)
        .and_then(|a| GtidSet::parse(st.flavor, &st.gtid_slave_pos).and_then(|b| a.union(&b)));
    match joined {
        Ok(s) => s.to_string(),
        Err(_) => st.executed_gtid.clone(),
    }
}

/// Applied plus received (the IO thread's position): everything this server holds, in its data
/// or in its relay log. None when a position cannot be read.
pub fn received_of(st: &InstanceState) -> Option<GtidSet> {
    let applied = GtidSet::parse(st.flavor, &position_of(st)).ok()?;
    let Some(r) = st.replication.as_ref().filter(|r| !r.retrieved_gtid.trim().is_empty()) else {
        return Some(applied);
    };
    let got = GtidSet::parse(st.flavor, &r.retrieved_gtid).ok()?;
    applied.union(&got).ok()
}

/// True when a replica has applied everything its IO thread received (nothing to wait for).
pub fn relay_applied(st: &InstanceState) -> bool {
    let Some(r) = st.replication.as_ref() else { return true };
    if r.retrieved_gtid.trim().is_empty() {
        return true;
    }
    let applied = if st.flavor == Flavor::MariaDb { &st.gtid_slave_pos } else { &st.executed_gtid };
    match (GtidSet::parse(st.flavor, applied), GtidSet::parse(st.flavor, &r.retrieved_gtid)) {
        (Ok(a), Ok(b)) if st.flavor == Flavor::MariaDb => a.at_least(&b),
        (Ok(a), Ok(b)) => a.contains(&b),
        // Unreadable positions: treat as not applied, which is always the safe side.
        _ => false,
    }
}

/// The SQL thread is not applying (stopped by an operator or by an error).
pub fn sql_stopped(st: &InstanceState) -> bool {
    st.replication.as_ref().is_some_and(|r| r.sql_thread != ThreadState::Running)
}

/// `a` holds at least what `b` holds (position semantics on MariaDB, containment on MySQL).
pub fn holds(a: &GtidSet, b: &GtidSet) -> bool {
    match a {
        GtidSet::MariaDb(_) => a.at_least(b),
        GtidSet::MySql(_) => a.contains(b),
    }
}

/// A relay log that holds transactions no other tablet has, on a replica that cannot apply it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StuckRelayLog {
    pub alias: String,
    pub received: String,
    pub applied: String,
    /// `Last_SQL_Errno: Last_SQL_Error`, or "stopped" when the thread was stopped without error.
    pub error: String,
}

impl std::fmt::Display for StuckRelayLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} received {} but its SQL thread is not applying it (applied {}; {}), and no other tablet has those transactions",
            self.alias,
            self.received,
            if self.applied.is_empty() { "-" } else { &self.applied },
            self.error
        )
    }
}

/// Replicas among `states` whose SQL thread is stopped with received transactions that are not
/// applied, and that no *other* tablet able to apply holds (in its data or in a relay log it is
/// applying). Promoting anyone while such a tablet exists would lose those transactions.
/// Unreadable positions count as stuck: the safe side.
pub fn stuck_relay_logs(states: &[&InstanceState]) -> Vec<StuckRelayLog> {
    let mut out = Vec::new();
    for st in states.iter().filter(|s| s.reachable && sql_stopped(s) && !relay_applied(s)) {
        let Some(r) = st.replication.as_ref() else { continue };
        let received = received_of(st);
        let covered = received.as_ref().is_some_and(|need| {
            states.iter().filter(|o| o.reachable && o.alias != st.alias).any(|o| {
                // Another stuck relay log does not count: it cannot be applied either.
                let usable = !sql_stopped(o) || relay_applied(o);
                let have = if usable {
                    received_of(o)
                } else {
                    GtidSet::parse(o.flavor, &position_of(o)).ok()
                };
                have.is_some_and(|h| holds(&h, need))
            })
        });
        if covered {
            continue;
        }
        let error = if r.last_sql_errno != 0 {
            format!("error {}: {}", r.last_sql_errno, one_line(&r.last_sql_error, 120))
        } else {
            "stopped".to_string()
        };
        out.push(StuckRelayLog {
            alias: st.alias.clone(),
            received: r.retrieved_gtid.clone(),
            applied: if st.flavor == Flavor::MariaDb {
                st.gtid_slave_pos.clone()
            } else {
                st.executed_gtid.clone()
            },
            error,
        });
    }
    out
}

/// The highest position any replica of a shard was seen to have received from its primary,
/// under a policy that needs semi-sync acks: every write acknowledged to a client is in it (the
/// ack comes from a replica that received it). No tablet behind it may be promoted, even when
/// every relay log that held it is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HighWaterMark {
    pub keyspace: String,
    pub shard: String,
    pub flavor: Flavor,
    pub position: String,
    /// The tablet whose received position last raised the mark.
    pub tablet: String,
    /// The primary whose term the mark belongs to. A new primary (a failover that checked the
    /// mark, or an operator's new PRIMARY record) starts a new mark: what the old term's
    /// replicas received was guarded when the term ended, and a rebuilt shard must not inherit
    /// positions it will never reach.
    pub primary: String,
}

/// The marks that `instances` raise (only those that changed), given the previous ones. Only
/// replicas replicating from the shard's primary (the PRIMARY record with the newest term) count,
/// and only what their IO thread received (`Retrieved_Gtid_Set` / `Gtid_IO_Pos`), so a replica's
/// own local writes never raise it.
pub fn raise_high_water(
    topo: &Topology,
    instances: &[InstanceState],
    prev: &[HighWaterMark],
) -> Vec<HighWaterMark> {
    let by_alias: HashMap<String, &InstanceState> =
        instances.iter().filter(|i| i.reachable).map(|i| (canonical(&i.alias), i)).collect();
    let mut out = Vec::new();
    for sh in &topo.shards {
        let Some(ks) = topo.keyspaces.iter().find(|k| k.name == sh.keyspace) else { continue };
        let Ok(policy) = Policy::parse(&ks.durability_policy) else { continue };
        let members: Vec<&Tablet> = topo
            .tablets
            .iter()
            .filter(|t| t.keyspace == sh.keyspace && t.shard == sh.name)
            .collect();
        let Some(primary) =
            members.iter().filter(|t| t.tablet_type() == TabletType::Primary).max_by(|a, b| {
                a.primary_term_start
                    .unwrap_or_default()
                    .cmp(&b.primary_term_start.unwrap_or_default())
            })
        else {
            continue;
        };
        if policy.semi_sync_ackers(*primary) == 0 {
            continue;
        }
        let primary_alias = primary.alias.to_string();
        let mut mark = prev
            .iter()
            .find(|m| m.keyspace == sh.keyspace && m.shard == sh.name && m.primary == primary_alias)
            .cloned();
        let mut changed = false;
        for t in members.iter().filter(|t| t.alias != primary.alias) {
            let Some(st) = by_alias.get(&t.alias.to_string()) else { continue };
            let Some(r) = st.replication.as_ref() else { continue };
            let from_primary = r.source_host == primary.mysql_hostname
                && i32::from(r.source_port) == primary.mysql_port;
            if !from_primary || r.retrieved_gtid.trim().is_empty() {
                continue;
            }
            let Ok(got) = GtidSet::parse(st.flavor, &r.retrieved_gtid) else { continue };
            let next = match &mark {
                None => Some(got),
                Some(m) if m.flavor != st.flavor => None,
                Some(m) => match GtidSet::parse(m.flavor, &m.position) {
                    Ok(have) if holds(&have, &got) => None,
                    Ok(have) => have.union(&got).ok(),
                    Err(_) => Some(got),
                },
            };
            if let Some(n) = next {
                mark = Some(HighWaterMark {
                    keyspace: sh.keyspace.clone(),
                    shard: sh.name.clone(),
                    flavor: st.flavor,
                    position: n.to_string(),
                    tablet: t.alias.to_string(),
                    primary: primary_alias.clone(),
                });
                changed = true;
            }
        }
        if let (true, Some(m)) = (changed, mark) {
            out.push(m);
        }
    }
    out
}

/// What `mark` holds that `st` does not have, even in its relay log (`None`: nothing missing).
/// Positions that cannot be compared count as missing everything: the safe side.
pub fn missing_high_water(mark: &HighWaterMark, st: &InstanceState) -> Option<String> {
    let Ok(need) = GtidSet::parse(mark.flavor, &mark.position) else {
        return Some(mark.position.clone());
    };
    match received_of(st) {
        Some(have) if st.flavor == mark.flavor && holds(&have, &need) => None,
        Some(have) if st.flavor == mark.flavor => Some(
            need.subtract(&have).map(|m| m.to_string()).unwrap_or_else(|_| mark.position.clone()),
        ),
        _ => Some(mark.position.clone()),
    }
}

fn canonical(alias: &str) -> String {
    alias
        .parse::<crate::model::TabletAlias>()
        .map(|a| a.to_string())
        .unwrap_or_else(|_| alias.to_string())
}

fn one_line(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    format!("{}...", s.chars().take(max).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReplicationStatus;

    fn replica(alias: &str, applied: &str, received: &str, sql: ThreadState) -> InstanceState {
        InstanceState {
            alias: alias.into(),
            reachable: true,
            flavor: Flavor::MariaDb,
            executed_gtid: applied.into(),
            gtid_slave_pos: applied.into(),
            replication: Some(ReplicationStatus {
                source_host: "h".into(),
                source_port: 1,
                io_thread: ThreadState::Connecting,
                sql_thread: sql,
                last_sql_errno: if sql == ThreadState::Stopped { 1062 } else { 0 },
                last_sql_error: "Duplicate entry '50'".into(),
                retrieved_gtid: received.into(),
                ..ReplicationStatus::default()
            }),
            ..InstanceState::default()
        }
    }

    fn topo_with_primary(primary_uid: u32) -> Topology {
        use crate::model::{Keyspace, Shard, TabletAlias, VtTime};
        let tablet = |uid: u32, ty: TabletType, port: i32| Tablet {
            alias: TabletAlias::new("zone1", uid),
            hostname: "h".into(),
            keyspace: "ks".into(),
            shard: "0".into(),
            type_value: ty as i32,
            mysql_hostname: "h".into(),
            mysql_port: port,
            primary_term_start: (ty == TabletType::Primary)
                .then_some(VtTime { seconds: 5, nanos: 0 }),
        };
        Topology {
            cells: vec![],
            keyspaces: vec![Keyspace {
                name: "ks".into(),
                keyspace_type: 0,
                durability_policy: "semi_sync".into(),
                disable_emergency_reparent: false,
            }],
            shards: vec![Shard {
                keyspace: "ks".into(),
                name: "0".into(),
                primary_alias: Some(TabletAlias::new("zone1", primary_uid)),
                primary_term_start: None,
                disable_emergency_reparent: false,
            }],
            tablets: vec![
                tablet(primary_uid, TabletType::Primary, 1),
                tablet(102, TabletType::Replica, 2),
            ],
        }
    }

    #[test]
    fn high_water_rises_within_a_term_and_restarts_with_a_new_primary() {
        let mut r = replica("zone1-0000000102", "0-1-10", "0-1-40", ThreadState::Running);
        if let Some(rep) = r.replication.as_mut() {
            rep.source_port = 1;
        }
        let t = topo_with_primary(100);
        let first = raise_high_water(&t, std::slice::from_ref(&r), &[]);
        assert_eq!(first.len(), 1, "{first:?}");
        assert_eq!(first[0].position, "0-1-40");
        assert_eq!(first[0].primary, "zone1-0000000100");
        // Behind the mark: nothing changes.
        let mut behind = r.clone();
        if let Some(rep) = behind.replication.as_mut() {
            rep.retrieved_gtid = "0-1-30".into();
        }
        assert!(raise_high_water(&t, std::slice::from_ref(&behind), &first).is_empty());
        // A new primary (a failover that checked the mark): the old term's mark is not carried.
        let t2 = topo_with_primary(101);
        let mut under_new = behind.clone();
        if let Some(rep) = under_new.replication.as_mut() {
            rep.source_port = 1;
        }
        let second = raise_high_water(&t2, std::slice::from_ref(&under_new), &first);
        assert_eq!(second.len(), 1, "{second:?}");
        assert_eq!(second[0].position, "0-1-30", "a fresh mark for the new term");
        assert_eq!(second[0].primary, "zone1-0000000101");
    }

    #[test]
    fn table() {
        use ThreadState::{Running, Stopped};
        let cases: &[(&str, Vec<InstanceState>, Vec<&str>)] = &[
            (
                "A stuck ahead, B behind: A is named",
                vec![
                    replica("a", "0-1-49", "0-1-300", Stopped),
                    replica("b", "0-1-10", "0-1-10", Running),
                ],
                vec!["a"],
            ),
            (
                "A stuck, B has it all applied: nothing stuck",
                vec![
                    replica("a", "0-1-49", "0-1-300", Stopped),
                    replica("b", "0-1-300", "0-1-300", Running),
                ],
                vec![],
            ),
            (
                "A stuck, B still applying the same relay log: covered",
                vec![
                    replica("a", "0-1-49", "0-1-300", Stopped),
                    replica("b", "0-1-100", "0-1-300", Running),
                ],
                vec![],
            ),
            (
                "both stuck: neither relay log can be applied",
                vec![
                    replica("a", "0-1-49", "0-1-300", Stopped),
                    replica("b", "0-1-60", "0-1-300", Stopped),
                ],
                vec!["a", "b"],
            ),
            (
                "SQL stopped but everything applied: not stuck",
                vec![
                    replica("a", "0-1-300", "0-1-300", Stopped),
                    replica("b", "0-1-10", "0-1-10", Running),
                ],
                vec![],
            ),
            (
                "running SQL thread is never stuck (it drains)",
                vec![
                    replica("a", "0-1-49", "0-1-300", Running),
                    replica("b", "0-1-10", "0-1-10", Running),
                ],
                vec![],
            ),
            (
                "unreadable received position: stuck (safe side)",
                vec![
                    replica("a", "0-1-49", "garbage", Stopped),
                    replica("b", "0-1-300", "0-1-300", Running),
                ],
                vec!["a"],
            ),
        ];
        for (name, states, want) in cases {
            let refs: Vec<&InstanceState> = states.iter().collect();
            let got: Vec<String> = stuck_relay_logs(&refs).into_iter().map(|s| s.alias).collect();
            assert_eq!(&got, want, "{name}");
        }
        let refs: Vec<&InstanceState> = cases[0].1.iter().collect();
        let text = stuck_relay_logs(&refs)[0].to_string();
        assert!(
            text.contains("0-1-300") && text.contains("1062") && text.contains("0-1-49"),
            "{text}"
        );
    }
}
