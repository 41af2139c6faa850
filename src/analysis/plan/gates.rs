//! The gates a recovery passes before its first step, as etcd held them when the snapshot was
//! taken (read by the caller; an unreadable one is an `Err` here, and a closed gate).

use super::Refusal;
use crate::analysis::RecoveryKind;
use crate::model::Problem;
use crate::topo::{FailoverBlock, RecoveriesSwitch};

/// The gates of one shard: each read on its own so that a failed read names its key.
#[derive(Debug, Clone)]
pub struct Gates {
    /// `<G>/vtorc-rs/recoveries_disabled` (`recoveries disable|enable`).
    pub switch: Result<Option<RecoveriesSwitch>, String>,
    /// `<G>/vtorc-rs/blocks/<ks>/<shard>` (the anti-flapping block).
    pub block: Result<Option<FailoverBlock>, String>,
    /// Vitess's `vtorc_state.disable_emergency_reparent` on the keyspace and shard records.
    pub ers: Result<(bool, bool), String>,
}

impl Gates {
    /// Every gate open.
    #[cfg(test)]
    pub fn open() -> Gates {
        Gates { switch: Ok(None), block: Ok(None), ers: Ok((false, false)) }
    }
}

/// Which gate stopped a recovery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateKind {
    /// The shard's records lie (two records for one server, an unusable record).
    RefusedShard,
    RecoveriesDisabled,
    EmergencyReparentDisabled,
    AntiFlapping,
}

impl GateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GateKind::RefusedShard => "refused_shard",
            GateKind::RecoveriesDisabled => "recoveries_disabled",
            GateKind::EmergencyReparentDisabled => "emergency_reparent_disabled",
            GateKind::AntiFlapping => "anti_flapping",
        }
    }
}

fn closed(what: &str, e: &str) -> Refusal {
    Refusal::GateUnreadable(format!(
        "gate closed: cannot read {what} from etcd: {e}; refused before any change"
    ))
}

fn blocked(gate: GateKind, why: String) -> Refusal {
    Refusal::Blocked { gate, why }
}

/// The gates, in the order an operator would look for them. `refused` (the shard's records
/// cannot be trusted) comes first because every other verdict rests on them.
pub fn gate(
    g: &Gates,
    p: &Problem,
    kind: RecoveryKind,
    refused: Option<&str>,
    now: i64,
) -> Result<(), Refusal> {
    if let Some(why) = refused {
        return Err(blocked(GateKind::RefusedShard, why.to_string()));
    }
    match &g.switch {
        Err(e) => return Err(closed("the recoveries switch", e)),
        Ok(Some(sw)) if sw.disabled => {
            return Err(blocked(
                GateKind::RecoveriesDisabled,
                format!(
                "recoveries are disabled globally since {} (from {}; vtorc-rs recoveries enable)",
                crate::render::fmt::utc(sw.changed_ms),
                sw.host
            ),
            ))
        }
        Ok(_) => {}
    }
    if !matches!(kind, RecoveryKind::EmergencyReparent { .. }) {
        return Ok(());
    }
    match &g.ers {
        Err(e) => return Err(closed("Vitess's emergency-reparent flags", e)),
        Ok((true, _)) => {
            return Err(blocked(
                GateKind::EmergencyReparentDisabled,
                format!(
                    "emergency reparent is disabled for keyspace {} in the topology (vtorc-rs recoveries enable --keyspace {})",
                    p.keyspace, p.keyspace
                ),
            ))
        }
        Ok((_, true)) => {
            return Err(blocked(
                GateKind::EmergencyReparentDisabled,
                format!(
                    "emergency reparent is disabled for shard {}/{} in the topology (vtorc-rs recoveries enable --keyspace {} --shard {})",
                    p.keyspace, p.shard, p.keyspace, p.shard
                ),
            ))
        }
        Ok(_) => {}
    }
    match &g.block {
        Err(e) => Err(closed("the anti-flapping block", e)),
        Ok(Some(b)) if b.in_force(now) => Err(blocked(
            GateKind::AntiFlapping,
            format!(
                "anti-flapping: a failover already happened in {}/{} (by {}); further failovers are blocked until {} (vtorc-rs ack {}/{})",
                p.keyspace,
                p.shard,
                if b.host.is_empty() { "vtorc-rs" } else { &b.host },
                crate::render::fmt::utc(b.until_ms),
                p.keyspace,
                p.shard
            ),
        )),
        Ok(_) => Ok(()),
    }
}
