//! vtorc-rs's own gates in etcd, shared by every vtorc-rs host that watches the topology: the
//! per-shard anti-flapping block placed after a failover and the global `recoveries
//! disable|enable` switch. Does I/O (etcd). Vitess has no field for either (its own per-keyspace
//! and per-shard `vtorc_state.disable_emergency_reparent` lives in the Keyspace and Shard
//! records and is handled in `records`), so they are small JSON values under `<G>/vtorc-rs/`
//! (see `keys::vtorc_rs_prefix`), a prefix no Vitess tool lists or reads.
//!
//! Writes are read-modify-write loops with a compare on the key's mod_revision (create: the key
//! must be absent), retried when another host wrote first, like every other etcd write here.

use super::etcd::Kv;
use super::{invalid, keys, Topo, TopoError, CAS_RETRIES};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// `<G>/vtorc-rs/blocks/<keyspace>/<shard>`: no failover in the shard before `until_ms` unless
/// acknowledged. The record stays after it is lifted or expires, so the last one is visible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailoverBlock {
    pub keyspace: String,
    pub shard: String,
    pub until_ms: i64,
    /// The recovery (in the placing host's state file) whose failover placed the block.
    #[serde(default)]
    pub recovery_id: Option<i64>,
    /// The vtorc-rs host that placed it.
    #[serde(default)]
    pub host: String,
    pub created_ms: i64,
    #[serde(default)]
    pub acked_by: Option<String>,
    #[serde(default)]
    pub acked_ms: Option<i64>,
}

impl FailoverBlock {
    /// True while it stops failovers: not acknowledged and not expired at `now_ms`.
    pub fn in_force(&self, now_ms: i64) -> bool {
        self.acked_ms.is_none() && self.until_ms > now_ms
    }
}

/// `<G>/vtorc-rs/recoveries_disabled`. Absent means enabled (nobody ever disabled them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveriesSwitch {
    pub disabled: bool,
    /// When it was last flipped, and from which host.
    pub changed_ms: i64,
    #[serde(default)]
    pub host: String,
}

fn decode<T: DeserializeOwned>(kv: &Kv) -> Result<T, TopoError> {
    serde_json::from_slice(&kv.value).map_err(|e| TopoError::Decode {
        key: kv.key.clone(),
        reason: format!("not vtorc-rs JSON: {e}"),
    })
}

fn encode<T: Serialize>(key: &str, v: &T) -> Result<Vec<u8>, TopoError> {
    serde_json::to_vec(v).map_err(|e| TopoError::Decode { key: key.into(), reason: e.to_string() })
}

impl Topo {
    /// Read-modify-write of one JSON value: `edit` gets the current value (None when absent) and
    /// returns what to write, or None to leave it. Compare-and-swap on mod_revision (absence for
    /// a create), retried on conflict. Returns the value found by the attempt that won.
    fn update_json<T: Serialize + DeserializeOwned + Clone>(
        &self,
        key: &str,
        edit: &mut dyn FnMut(Option<&T>) -> Option<T>,
    ) -> Result<Option<T>, TopoError> {
        for _ in 0..CAS_RETRIES {
            let found = self.global.get(key)?;
            let current: Option<T> = found.as_ref().map(decode).transpose()?;
            let Some(next) = edit(current.as_ref()) else { return Ok(current) };
            let bytes = encode(key, &next)?;
            let res = match &found {
                Some(kv) => self.global.update(key, &bytes, kv.mod_revision).map(drop),
                None => self.global.create(key, &bytes, 0).map(drop),
            };
            match res {
                Ok(()) => return Ok(current),
                Err(TopoError::BadVersion { .. } | TopoError::NodeExists { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(TopoError::BadVersion { key: key.into() })
    }

    /// The global switch, or None when it was never set.
    pub fn recoveries_switch(&self) -> Result<Option<RecoveriesSwitch>, TopoError> {
        let key = keys::recoveries_disabled(&self.global_root);
        self.global.get(&key)?.as_ref().map(decode).transpose()
    }

    /// Sets the global switch; returns whether recoveries were disabled before. Nothing is
    /// written when it already has that value.
    pub fn set_recoveries_disabled(
        &self,
        disabled: bool,
        host: &str,
        now_ms: i64,
    ) -> Result<bool, TopoError> {
        let key = keys::recoveries_disabled(&self.global_root);
        let prev = self.update_json::<RecoveriesSwitch>(&key, &mut |cur| {
            (cur.map(|c| c.disabled).unwrap_or(false) != disabled).then(|| RecoveriesSwitch {
                disabled,
                changed_ms: now_ms,
                host: host.into(),
            })
        })?;
        Ok(prev.is_some_and(|p| p.disabled))
    }

    /// The shard's block record (in force or not), or None.
    pub fn failover_block(
        &self,
        ks: &str,
        shard: &str,
    ) -> Result<Option<FailoverBlock>, TopoError> {
        invalid("keyspace", ks)?;
        invalid("shard", shard)?;
        let key = keys::failover_block(&self.global_root, ks, shard);
        self.global.get(&key)?.as_ref().map(decode).transpose()
    }

    /// Every shard's block record, in force or not (one prefix range). A record that does not
    /// decode is an error naming its key: a block nobody can read must not look absent.
    pub fn list_failover_blocks(&self) -> Result<Vec<FailoverBlock>, TopoError> {
        let prefix = keys::failover_blocks_prefix(&self.global_root);
        self.global.range_prefix(&prefix, false)?.iter().map(decode).collect()
    }

    /// Places (or replaces) the shard's block after a failover.
    pub fn place_failover_block(&self, block: &FailoverBlock) -> Result<(), TopoError> {
        invalid("keyspace", &block.keyspace)?;
        invalid("shard", &block.shard)?;
        let key = keys::failover_block(&self.global_root, &block.keyspace, &block.shard);
        // A longer block already in force (placed by another host) is kept as it is.
        self.update_json::<FailoverBlock>(&key, &mut |cur| match cur {
            Some(c) if c.in_force(block.created_ms) && c.until_ms >= block.until_ms => None,
            _ => Some(block.clone()),
        })
        .map(drop)
    }

    /// Lifts the shard's block if one is in force at `now_ms`, recording who did; returns the
    /// block as it was before, when one was lifted.
    pub fn ack_failover_block(
        &self,
        ks: &str,
        shard: &str,
        who: &str,
        now_ms: i64,
    ) -> Result<Option<FailoverBlock>, TopoError> {
        invalid("keyspace", ks)?;
        invalid("shard", shard)?;
        let key = keys::failover_block(&self.global_root, ks, shard);
        let prev = self.update_json::<FailoverBlock>(&key, &mut |cur| {
            let c = cur.filter(|c| c.in_force(now_ms))?;
            Some(FailoverBlock { acked_by: Some(who.into()), acked_ms: Some(now_ms), ..c.clone() })
        })?;
        Ok(prev.filter(|p| p.in_force(now_ms)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_json_shape_and_force() {
        let b = FailoverBlock {
            keyspace: "ks".into(),
            shard: "-80".into(),
            until_ms: 2000,
            recovery_id: Some(7),
            host: "h1".into(),
            created_ms: 1000,
            acked_by: None,
            acked_ms: None,
        };
        let v: serde_json::Value = serde_json::to_value(&b).expect("json");
        assert_eq!(
            v,
            serde_json::json!({"keyspace": "ks", "shard": "-80", "until_ms": 2000,
                "recovery_id": 7, "host": "h1", "created_ms": 1000,
                "acked_by": null, "acked_ms": null})
        );
        assert!(b.in_force(1999));
        assert!(!b.in_force(2000), "expired");
        let acked = FailoverBlock { acked_ms: Some(1500), ..b.clone() };
        assert!(!acked.in_force(1600), "acknowledged");
        // Fields added by a later version are ignored, missing optional ones default.
        let kv = Kv {
            key: "/k".into(),
            value: br#"{"keyspace":"ks","shard":"0","until_ms":5,"created_ms":1,"x":1}"#.to_vec(),
            ..Kv::default()
        };
        let d: FailoverBlock = decode(&kv).expect("decode");
        assert_eq!((d.recovery_id, d.host.as_str(), d.acked_by), (None, "", None));
        let bad = Kv { key: "/k".into(), value: b"garbage".to_vec(), ..Kv::default() };
        let e = decode::<FailoverBlock>(&bad).unwrap_err();
        assert!(e.to_string().contains("/k"), "{e}");
    }
}
