//! Topology records as JSON in vtctldclient's shape (protojson with the proto field names, enum
//! names, `vttime.Time` as `{"seconds", "nanoseconds"}`, bytes as base64, unset messages as
//! null), so `jq` filters written for `vtctldclient GetTablet`/`GetShard` work on vtorc-rs's
//! output. Only the fields vtorc-rs decodes are shown (no `port_map` or `tags`). Pure.

use crate::model::{Keyspace, Shard, Tablet, TabletAlias, TabletType, VtTime};
use base64::Engine as _;
use serde_json::{json, Value};

/// `topodata.TabletAlias`.
pub fn alias(a: &TabletAlias) -> Value {
    json!({ "cell": a.cell, "uid": a.uid })
}

/// `vttime.Time`, or null.
pub fn time(t: Option<&VtTime>) -> Value {
    t.map_or(Value::Null, |t| json!({ "seconds": t.seconds, "nanoseconds": t.nanos }))
}

/// `topodata.KeyRange` of a shard name (`-80` → start "", end "gA=="); null for an
/// unsharded name (`0`, `-`) or one that is not a hex range.
pub fn key_range(shard: &str) -> Value {
    let Some((start, end)) = shard.split_once('-') else { return Value::Null };
    let bytes = |h: &str| -> Option<Vec<u8>> {
        if h.len() % 2 != 0 {
            return None;
        }
        (0..h.len()).step_by(2).map(|i| u8::from_str_radix(h.get(i..i + 2)?, 16).ok()).collect()
    };
    match (bytes(start), bytes(end)) {
        (Some(s), Some(e)) if !(s.is_empty() && e.is_empty()) => {
            let b64 = |v: Vec<u8>| base64::engine::general_purpose::STANDARD.encode(v);
            json!({ "start": b64(s), "end": b64(e) })
        }
        _ => Value::Null,
    }
}

/// `topodata.Tablet` as `vtctldclient GetTablet` prints it. A type this build does not know is
/// its number, as protojson prints an unknown enum value.
pub fn tablet(t: &Tablet) -> Value {
    let ty = match t.tablet_type() {
        TabletType::Unknown => json!(t.type_value),
        known => json!(known.as_str()),
    };
    json!({
        "alias": alias(&t.alias),
        "hostname": t.hostname,
        "keyspace": t.keyspace,
        "shard": t.shard,
        "key_range": key_range(&t.shard),
        "type": ty,
        "mysql_hostname": t.mysql_hostname,
        "mysql_port": t.mysql_port,
        "primary_term_start_time": time(t.primary_term_start.as_ref()),
    })
}

/// `topodata.Shard` (with its keyspace and name, as vtctldclient GetShard wraps it), plus
/// Vitess's `vtorc_state.disable_emergency_reparent` under the same name.
pub fn shard(s: &Shard) -> Value {
    json!({
        "keyspace": s.keyspace,
        "name": s.name,
        "primary_alias": s.primary_alias.as_ref().map_or(Value::Null, alias),
        "primary_term_start_time": time(s.primary_term_start.as_ref()),
        "key_range": key_range(&s.name),
        "disable_emergency_reparent": s.disable_emergency_reparent,
    })
}

/// `topodata.Keyspace` with its name; `keyspace_type` by its enum name (a number this build
/// does not know stays a number).
pub fn keyspace(k: &Keyspace) -> Value {
    let ty = match k.keyspace_type {
        0 => json!("NORMAL"),
        1 => json!("SNAPSHOT"),
        n => json!(n),
    };
    json!({
        "name": k.name,
        "keyspace_type": ty,
        "durability_policy": k.durability_policy,
        "disable_emergency_reparent": k.disable_emergency_reparent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ranges_as_protojson_bytes() {
        assert_eq!(key_range("-80"), json!({"start": "", "end": "gA=="}));
        assert_eq!(key_range("80-"), json!({"start": "gA==", "end": ""}));
        assert_eq!(key_range("40-80"), json!({"start": "QA==", "end": "gA=="}));
        for unsharded in ["0", "-", "", "x-y", "8-"] {
            assert_eq!(key_range(unsharded), Value::Null, "{unsharded}");
        }
    }

    #[test]
    fn tablet_uses_proto_names_and_enum_names() {
        let t = Tablet {
            alias: TabletAlias { cell: "zone1".into(), uid: 101 },
            hostname: "h".into(),
            keyspace: "ks".into(),
            shard: "0".into(),
            type_value: 1,
            mysql_hostname: "db".into(),
            mysql_port: 3306,
            primary_term_start: Some(VtTime { seconds: 5, nanos: 6 }),
        };
        let v = tablet(&t);
        assert_eq!(v["type"], "PRIMARY");
        assert_eq!(v["primary_term_start_time"], json!({"seconds": 5, "nanoseconds": 6}));
        assert_eq!(v["key_range"], Value::Null);
        let unknown = tablet(&Tablet { type_value: 42, primary_term_start: None, ..t });
        assert_eq!(unknown["type"], 42);
        assert_eq!(unknown["primary_term_start_time"], Value::Null);
    }
}
