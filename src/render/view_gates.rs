//! The parts of the status view that are judged after it is built, by callers that know more
//! than the state file: how old the data may be (`status` knows the poll time) and the gates as
//! etcd holds them (every host's truth; the state file only has this host's copy). Pure.

use super::{Gates, Health, StatusView};
use crate::analysis::{recovery_kind, RecoveryKind};
use crate::model::{ProblemCode, Topology};
use crate::store::Block;
use crate::topo::FailoverBlock;
use serde::Serialize;

/// Where the shown gates come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GatesSource {
    Etcd,
    StateFile,
}

/// The global switch and the failover blocks as read from etcd (or, failing that, the state
/// file's copy), to show in place of the state file's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedGates {
    pub source: GatesSource,
    /// Why etcd could not be read, when `source` is the state file.
    pub error: Option<String>,
    pub disabled: bool,
    pub changed_ms: Option<i64>,
    /// Every block record (in force or not).
    pub blocks: Vec<FailoverBlock>,
}

/// A state-file block in the shape of the etcd record (its host is unknown there).
pub fn block_of(b: &Block) -> FailoverBlock {
    FailoverBlock {
        keyspace: b.keyspace.clone(),
        shard: b.shard.clone(),
        until_ms: b.until_ms,
        recovery_id: b.recovery_id,
        host: String::new(),
        created_ms: b.created_ms,
        acked_by: None,
        acked_ms: None,
    }
}

impl SharedGates {
    /// The gates of `keyspace/shard`: these shared ones plus Vitess's emergency-reparent flags
    /// on the keyspace and shard records of `topo`.
    pub fn for_shard(&self, topo: &Topology, keyspace: &str, shard: &str, now_ms: i64) -> Gates {
        Gates {
            global_disabled: self.disabled,
            keyspace_ers_disabled: topo
                .keyspaces
                .iter()
                .any(|k| k.name == keyspace && k.disable_emergency_reparent),
            shard_ers_disabled: topo
                .shards
                .iter()
                .any(|s| s.keyspace == keyspace && s.name == shard && s.disable_emergency_reparent),
            block: self
                .blocks
                .iter()
                .filter(|b| b.keyspace == keyspace && b.shard == shard && b.in_force(now_ms))
                .max_by_key(|b| b.until_ms)
                .cloned(),
        }
    }
}

/// What stops `recover` from acting on a problem of `code` in `keyspace/shard`, in the order
/// `recover` checks its gates: the global switch stops every recovery, the emergency-reparent
/// flags and the anti-flapping block only failovers. Returns why, with the command that lifts
/// it, or None when nothing stops it. Never guesses: the same gates `recover` reads.
pub fn blocked_by(g: &Gates, code: &str, keyspace: &str, shard: &str) -> Option<String> {
    if g.global_disabled {
        return Some("recoveries disabled globally (lift: vtorc-rs recoveries enable)".into());
    }
    let failover = code
        .parse::<ProblemCode>()
        .is_ok_and(|c| matches!(recovery_kind(c), RecoveryKind::EmergencyReparent { .. }));
    if !failover {
        return None;
    }
    if g.keyspace_ers_disabled {
        return Some(format!(
            "failovers disabled for keyspace {keyspace} (lift: vtorc-rs recoveries enable --keyspace {keyspace})"
        ));
    }
    if g.shard_ers_disabled {
        return Some(format!(
            "failovers disabled for shard {keyspace}/{shard} (lift: vtorc-rs recoveries enable --keyspace {keyspace} --shard {shard})"
        ));
    }
    g.block.as_ref().map(|b| {
        let after = b.recovery_id.map(|id| format!(" after recovery #{id}")).unwrap_or_default();
        format!(
            "anti-flapping block until {}{after} (lift: vtorc-rs ack {keyspace}/{shard})",
            super::super::fmt::utc(b.until_ms)
        )
    })
}

/// What `recover` would really do: the planned action, or BLOCKED and why when a gate stops it.
pub fn would_do(action: &str, actionable: bool, blocked: Option<&str>) -> String {
    match blocked {
        Some(why) if actionable => format!("BLOCKED, not {action}: {why}"),
        _ => action.to_string(),
    }
}

impl StatusView {
    /// Marks the view stale when its newest probe is older than `stale_after_ms` (or nothing was
    /// probed while tablets exist): the overall health is then `Stale`, and so is every shard
    /// whose old data said healthy (problems and unreachable tablets stay: they were seen).
    pub fn judge_staleness(&mut self, stale_after_ms: i64) {
        self.stale_after_ms = stale_after_ms;
        // Nothing probed yet is flagged stale but keeps its NOT PROBED words (more precise).
        let old = self.data_age_ms.is_some_and(|age| age > stale_after_ms);
        self.stale = old || (self.data_age_ms.is_none() && self.counts.tablets > 0);
        let fresh = |h: Health| if h == Health::Stale { Health::Healthy } else { h };
        let mark = |h: Health, stale: bool| {
            if stale && h == Health::Healthy {
                Health::Stale
            } else {
                h
            }
        };
        let stale = old;
        for k in &mut self.keyspaces {
            for s in &mut k.shards {
                s.health = mark(fresh(s.health), stale);
            }
            k.health = mark(fresh(k.health), stale);
        }
        let others = Health::of_priorities(self.other_problems.iter().map(|p| p.priority));
        let overall = Health::worst(self.keyspaces.iter().map(|k| k.health).chain(others));
        self.health = if stale { Health::Stale } else { fresh(overall) };
    }

    /// Shows `g` (etcd's truth, or the state file's copy when etcd could not be read) as the
    /// global switch and every shard's block.
    pub fn apply_shared_gates(&mut self, g: &SharedGates) {
        let now = self.generated_ms;
        self.gates_source = g.source;
        self.gates_error = g.error.clone();
        self.recoveries_disabled_globally = g.disabled;
        self.global_switch_changed_ms = g.changed_ms;
        for k in &mut self.keyspaces {
            for s in &mut k.shards {
                s.gates.global_disabled = g.disabled;
                s.gates.block = g
                    .blocks
                    .iter()
                    .filter(|b| b.keyspace == s.keyspace && b.shard == s.name && b.in_force(now))
                    .max_by_key(|b| b.until_ms)
                    .cloned();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClusterFilter;
    use crate::render::sample::{Sample, NOW};

    /// The sample with only healthy, probed tablets of `commerce` left.
    fn healthy() -> StatusView {
        let mut sample = Sample::new();
        sample.detections.clear();
        sample.filter = ClusterFilter::parse(&["commerce".into()]).expect("filter");
        sample.instances.truncate(3);
        sample.topo.tablets.truncate(3);
        sample.view()
    }

    #[test]
    fn old_data_is_stale_not_healthy_and_fresh_again_when_judged_again() {
        let mut v = healthy();
        assert_eq!(v.health, Health::Healthy);
        let age = v.data_age_ms.expect("probed");
        v.judge_staleness(age - 1);
        assert!(v.stale);
        assert_eq!(v.stale_after_ms, age - 1);
        assert_eq!(v.health, Health::Stale);
        assert!(v.shards().all(|s| s.health == Health::Stale), "healthy shards say STALE");
        v.judge_staleness(age);
        assert!(!v.stale, "exactly the threshold is not older than it");
        assert_eq!(v.health, Health::Healthy);
        assert!(v.shards().all(|s| s.health == Health::Healthy));
    }

    #[test]
    fn stale_problems_keep_their_shard_words() {
        let mut v = Sample::new().view();
        v.judge_staleness(0);
        assert_eq!(v.health, Health::Stale, "the overall word says the data is old");
        assert!(v.shards().any(|s| s.health.has_problems()), "what was seen stays");
        let j = serde_json::to_value(&v).expect("json");
        assert_eq!(j["health"], "stale");
        assert_eq!(j["stale_after_ms"], 0);
        assert!(j["data_age_ms"].as_i64().is_some());
    }

    #[test]
    fn shared_gates_replace_the_state_file_copy() {
        let mut v = healthy();
        let block = |shard: &str, until_ms: i64, acked: bool| FailoverBlock {
            keyspace: "commerce".into(),
            shard: shard.into(),
            until_ms,
            recovery_id: Some(9),
            host: "host-b".into(),
            created_ms: NOW - 1_000,
            acked_by: acked.then(|| "alice".into()),
            acked_ms: acked.then_some(NOW - 10),
        };
        let g = SharedGates {
            source: GatesSource::Etcd,
            error: None,
            disabled: true,
            changed_ms: Some(NOW - 5),
            blocks: vec![block("0", NOW + 60_000, false), block("0", NOW + 90_000, true)],
        };
        v.apply_shared_gates(&g);
        assert!(v.recoveries_disabled_globally);
        assert_eq!(v.global_switch_changed_ms, Some(NOW - 5));
        let s = v.shards().find(|s| s.name == "0").expect("commerce/0");
        assert!(s.gates.global_disabled);
        let b = s.gates.block.as_ref().expect("the unacked block is in force");
        assert_eq!((b.until_ms, b.host.as_str()), (NOW + 60_000, "host-b"));

        let g = SharedGates {
            source: GatesSource::StateFile,
            error: Some("etcd unreachable".into()),
            disabled: false,
            changed_ms: None,
            blocks: vec![block("0", NOW - 1, false)],
        };
        v.apply_shared_gates(&g);
        assert_eq!(v.gates_source, GatesSource::StateFile);
        assert_eq!(v.gates_error.as_deref(), Some("etcd unreachable"));
        assert!(v.shards().all(|s| s.gates.block.is_none() && !s.gates.global_disabled));
    }
}
