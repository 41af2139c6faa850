//! Vitess topology records (Tablet, Shard, Keyspace, CellInfo, ShardReplication) as wire
//! [`Record`]s: decoding into the model's structs and writing model changes back into the
//! original record, so fields vtorc-rs does not know survive byte-for-byte. No I/O.
//!
//! Field numbers: vtorc-behaviour.md §8.3.

use super::wire::{Record, WireError};
use super::TopoError;
use crate::model::{Cell, Keyspace, Shard, Tablet, TabletAlias, VtTime};

/// `topodata.Tablet` field numbers.
pub mod tablet_f {
    pub const ALIAS: u32 = 1;
    pub const HOSTNAME: u32 = 2;
    pub const KEYSPACE: u32 = 5;
    pub const SHARD: u32 = 6;
    pub const KEY_RANGE: u32 = 7;
    pub const TYPE: u32 = 8;
    pub const MYSQL_HOSTNAME: u32 = 12;
    pub const MYSQL_PORT: u32 = 13;
    pub const PRIMARY_TERM_START_TIME: u32 = 14;
}

/// `topodata.Shard` field numbers.
pub mod shard_f {
    pub const PRIMARY_ALIAS: u32 = 1;
    pub const KEY_RANGE: u32 = 2;
    pub const IS_PRIMARY_SERVING: u32 = 7;
    pub const PRIMARY_TERM_START_TIME: u32 = 8;
    pub const VTORC_STATE: u32 = 9;
}

/// `topodata.Keyspace` field numbers.
pub mod keyspace_f {
    pub const KEYSPACE_TYPE: u32 = 5;
    pub const DURABILITY_POLICY: u32 = 8;
    pub const VTORC_STATE: u32 = 11;
}

/// `vtorcdata.Keyspace` / `vtorcdata.Shard`: `disable_emergency_reparent = 1`.
const DISABLE_ERS: u32 = 1;

fn decode_err(key: &str, e: WireError) -> TopoError {
    TopoError::Decode { key: key.to_string(), reason: e.to_string() }
}

/// Reads an embedded `TabletAlias`.
fn alias_from(r: &Record) -> Result<TabletAlias, WireError> {
    let uid = r.varint(2)?;
    let uid = u32::try_from(uid).map_err(|_| WireError(format!("tablet uid {uid} too large")))?;
    Ok(TabletAlias { cell: r.string(1)?, uid })
}

fn write_alias(r: &mut Record, a: &TabletAlias) {
    r.set_string(1, &a.cell);
    r.set_varint(2, u64::from(a.uid));
}

fn time_from(r: &Record) -> Result<VtTime, WireError> {
    Ok(VtTime { seconds: r.int64(1)?, nanos: r.int32(2)? })
}

fn write_time(r: &mut Record, t: &VtTime) {
    r.set_int64(1, t.seconds);
    r.set_int32(2, t.nanos);
}

/// Edits embedded message `n` in place (starting from an empty one when absent), keeping its
/// own unknown fields; rewrites the outer field only when the bytes change.
fn edit_sub(rec: &mut Record, n: u32, edit: impl FnOnce(&mut Record)) -> Result<(), WireError> {
    let mut sub = rec.message(n)?.unwrap_or_default();
    edit(&mut sub);
    rec.set_message(n, &sub);
    Ok(())
}

fn set_optional_time(rec: &mut Record, n: u32, t: &Option<VtTime>) -> Result<(), WireError> {
    match t {
        None => {
            rec.clear(n);
            Ok(())
        }
        Some(t) => edit_sub(rec, n, |s| write_time(s, t)),
    }
}

/// Sets `vtorc_state.disable_emergency_reparent`, creating vtorc_state only when needed.
fn set_disable_ers(rec: &mut Record, n: u32, v: bool) -> Result<(), WireError> {
    if !v && rec.get(n).is_none() {
        return Ok(());
    }
    edit_sub(rec, n, |s| s.set_bool(DISABLE_ERS, v))
}

fn disable_ers(rec: &Record, n: u32) -> Result<bool, WireError> {
    match rec.message(n)? {
        None => Ok(false),
        Some(s) => s.bool(DISABLE_ERS),
    }
}

/// Decodes a Tablet record. `key` is for messages only.
pub fn decode_tablet(key: &str, bytes: &[u8]) -> Result<(Tablet, Record), TopoError> {
    let rec = Record::decode(bytes).map_err(|e| decode_err(key, e))?;
    let t = tablet_from(&rec).map_err(|e| decode_err(key, e))?;
    Ok((t, rec))
}

fn tablet_from(r: &Record) -> Result<Tablet, WireError> {
    use tablet_f::*;
    let alias = match r.message(ALIAS)? {
        Some(a) => alias_from(&a)?,
        None => return Err(WireError("tablet record has no alias".into())),
    };
    Ok(Tablet {
        alias,
        hostname: r.string(HOSTNAME)?,
        keyspace: r.string(KEYSPACE)?,
        shard: r.string(SHARD)?,
        type_value: r.int32(TYPE)?,
        mysql_hostname: r.string(MYSQL_HOSTNAME)?,
        mysql_port: r.int32(MYSQL_PORT)?,
        primary_term_start: r
            .message(PRIMARY_TERM_START_TIME)?
            .map(|t| time_from(&t))
            .transpose()?,
    })
}

/// Writes `t` into `rec`, touching only the fields whose value differs.
pub fn apply_tablet(rec: &mut Record, t: &Tablet) -> Result<(), WireError> {
    use tablet_f::*;
    edit_sub(rec, ALIAS, |a| write_alias(a, &t.alias))?;
    rec.set_string(HOSTNAME, &t.hostname);
    rec.set_string(KEYSPACE, &t.keyspace);
    rec.set_string(SHARD, &t.shard);
    rec.set_int32(TYPE, t.type_value);
    rec.set_string(MYSQL_HOSTNAME, &t.mysql_hostname);
    rec.set_int32(MYSQL_PORT, t.mysql_port);
    set_optional_time(rec, PRIMARY_TERM_START_TIME, &t.primary_term_start)
}

/// A new Tablet record (key_range from the shard name, as vtctld's InitTablet sets it).
pub fn new_tablet(t: &Tablet) -> Result<Record, WireError> {
    let mut rec = Record::new();
    apply_tablet(&mut rec, t)?;
    if let Some(kr) = key_range_record(&t.shard) {
        rec.set_message(tablet_f::KEY_RANGE, &kr);
    }
    Ok(rec)
}

pub fn decode_shard(
    key: &str,
    ks: &str,
    name: &str,
    bytes: &[u8],
) -> Result<(Shard, Record), TopoError> {
    let rec = Record::decode(bytes).map_err(|e| decode_err(key, e))?;
    let s = shard_from(&rec, ks, name).map_err(|e| decode_err(key, e))?;
    Ok((s, rec))
}

fn shard_from(r: &Record, ks: &str, name: &str) -> Result<Shard, WireError> {
    use shard_f::*;
    Ok(Shard {
        keyspace: ks.to_string(),
        name: name.to_string(),
        primary_alias: r.message(PRIMARY_ALIAS)?.map(|a| alias_from(&a)).transpose()?,
        primary_term_start: r
            .message(PRIMARY_TERM_START_TIME)?
            .map(|t| time_from(&t))
            .transpose()?,
        disable_emergency_reparent: disable_ers(r, VTORC_STATE)?,
    })
}

pub fn apply_shard(rec: &mut Record, s: &Shard) -> Result<(), WireError> {
    use shard_f::*;
    match &s.primary_alias {
        None => rec.clear(PRIMARY_ALIAS),
        Some(a) => edit_sub(rec, PRIMARY_ALIAS, |r| write_alias(r, a))?,
    }
    set_optional_time(rec, PRIMARY_TERM_START_TIME, &s.primary_term_start)?;
    set_disable_ers(rec, VTORC_STATE, s.disable_emergency_reparent)
}

/// A new Shard record as vtctld's CreateShard writes it: key_range from the name, serving.
pub fn new_shard(name: &str) -> Record {
    let mut rec = Record::new();
    if let Some(kr) = key_range_record(name) {
        rec.set_message(shard_f::KEY_RANGE, &kr);
    }
    rec.set_bool(shard_f::IS_PRIMARY_SERVING, true);
    rec
}

pub fn decode_keyspace(
    key: &str,
    name: &str,
    bytes: &[u8],
) -> Result<(Keyspace, Record), TopoError> {
    let rec = Record::decode(bytes).map_err(|e| decode_err(key, e))?;
    let k = keyspace_from(&rec, name).map_err(|e| decode_err(key, e))?;
    Ok((k, rec))
}

fn keyspace_from(r: &Record, name: &str) -> Result<Keyspace, WireError> {
    use keyspace_f::*;
    Ok(Keyspace {
        name: name.to_string(),
        keyspace_type: r.int32(KEYSPACE_TYPE)?,
        durability_policy: r.string(DURABILITY_POLICY)?,
        disable_emergency_reparent: disable_ers(r, VTORC_STATE)?,
    })
}

pub fn apply_keyspace(rec: &mut Record, k: &Keyspace) -> Result<(), WireError> {
    use keyspace_f::*;
    rec.set_int32(KEYSPACE_TYPE, k.keyspace_type);
    rec.set_string(DURABILITY_POLICY, &k.durability_policy);
    set_disable_ers(rec, VTORC_STATE, k.disable_emergency_reparent)
}

pub fn decode_cell_info(key: &str, name: &str, bytes: &[u8]) -> Result<Cell, TopoError> {
    let rec = Record::decode(bytes).map_err(|e| decode_err(key, e))?;
    let cell = (|| -> Result<Cell, WireError> {
        Ok(Cell { name: name.to_string(), server_address: rec.string(1)?, root: rec.string(2)? })
    })()
    .map_err(|e| decode_err(key, e))?;
    Ok(cell)
}

pub fn encode_cell_info(cell: &Cell) -> Vec<u8> {
    let mut rec = Record::new();
    rec.set_string(1, &cell.server_address);
    rec.set_string(2, &cell.root);
    rec.encode()
}

/// The tablet aliases of a ShardReplication record (`nodes = 1 { tablet_alias = 1 }`).
pub fn replication_nodes(key: &str, rec: &Record) -> Result<Vec<TabletAlias>, TopoError> {
    let mut out = Vec::new();
    for node in rec.messages(1).map_err(|e| decode_err(key, e))? {
        if let Some(a) = node.message(1).map_err(|e| decode_err(key, e))? {
            out.push(alias_from(&a).map_err(|e| decode_err(key, e))?);
        }
    }
    Ok(out)
}

/// Appends a node for `alias` unless one is there. Returns whether it changed anything.
pub fn add_replication_node(
    key: &str,
    rec: &mut Record,
    alias: &TabletAlias,
) -> Result<bool, TopoError> {
    if replication_nodes(key, rec)?.contains(alias) {
        return Ok(false);
    }
    let mut a = Record::new();
    write_alias(&mut a, alias);
    let mut node = Record::new();
    node.set_message(1, &a);
    rec.push_message(1, &node);
    Ok(true)
}

/// Drops the node(s) of `alias`, keeping every other field as it was.
pub fn remove_replication_node(rec: &mut Record, alias: &TabletAlias) -> bool {
    let before = rec.fields().len();
    rec.retain(|f| {
        if f.number != 1 {
            return true;
        }
        let this = f
            .as_bytes()
            .and_then(|b| Record::decode(b).ok())
            .and_then(|n| n.message(1).ok().flatten())
            .and_then(|a| alias_from(&a).ok());
        this.as_ref() != Some(alias)
    });
    rec.fields().len() != before
}

/// `topodata.KeyRange` for a shard name like `-80`, `80-`, `40-80`; None for `0` and names
/// that are not key ranges (unsharded).
pub fn key_range_record(shard: &str) -> Option<Record> {
    let (start, end) = shard.split_once('-')?;
    let hex = |s: &str| -> Option<Vec<u8>> {
        if s.len() % 2 != 0 {
            return None;
        }
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
    };
    let (start, end) = (hex(start)?, hex(end)?);
    let mut r = Record::new();
    r.set_bytes(1, &start);
    r.set_bytes(2, &end);
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TabletType;

    fn tablet() -> Tablet {
        Tablet {
            alias: TabletAlias::new("zone1", 101),
            hostname: "h1".into(),
            keyspace: "ks".into(),
            shard: "-80".into(),
            type_value: TabletType::Primary as i32,
            mysql_hostname: "127.0.0.1".into(),
            mysql_port: 3306,
            primary_term_start: Some(VtTime { seconds: 1_700_000_000, nanos: 5 }),
        }
    }

    #[test]
    fn tablet_round_trip_and_noop_apply() {
        let t = tablet();
        let b = new_tablet(&t).unwrap().encode();
        let (back, mut rec) = decode_tablet("/k", &b).unwrap();
        assert_eq!(back, t);
        apply_tablet(&mut rec, &t).unwrap();
        assert_eq!(rec.encode(), b, "applying the same values changes nothing");
        let kr = rec.message(tablet_f::KEY_RANGE).unwrap().unwrap();
        assert_eq!(kr.bytes(2).unwrap().unwrap(), &[0x80]);
    }

    #[test]
    fn nested_unknowns_survive_disable_ers() {
        // Keyspace { durability_policy: "none", vtorc_state { 1: false, 7: "x" }, 99: 1 }
        let mut vs = Record::decode(&[0x3a, 0x01, b'x']).unwrap();
        vs.set_bool(1, false);
        let mut rec = Record::new();
        rec.set_string(keyspace_f::DURABILITY_POLICY, "none");
        rec.set_message(keyspace_f::VTORC_STATE, &vs);
        let mut b = rec.encode();
        b.extend_from_slice(&[0x98, 0x06, 0x01]); // field 99 varint 1
        let (mut k, mut rec) = decode_keyspace("/k", "ks", &b).unwrap();
        k.disable_emergency_reparent = true;
        apply_keyspace(&mut rec, &k).unwrap();
        let (k2, rec2) = decode_keyspace("/k", "ks", &rec.encode()).unwrap();
        assert!(k2.disable_emergency_reparent);
        assert_eq!(rec2.varint(99).unwrap(), 1);
        let vs2 = rec2.message(keyspace_f::VTORC_STATE).unwrap().unwrap();
        assert_eq!(vs2.string(7).unwrap(), "x");
    }

    #[test]
    fn shard_primary_and_term() {
        let rec = new_shard("0");
        let b = rec.encode();
        let (mut s, mut rec) = decode_shard("/k", "ks", "0", &b).unwrap();
        assert_eq!(s.primary_alias, None);
        s.primary_alias = Some(TabletAlias::new("zone1", 7));
        s.primary_term_start = Some(VtTime { seconds: 10, nanos: 0 });
        apply_shard(&mut rec, &s).unwrap();
        let (s2, _) = decode_shard("/k", "ks", "0", &rec.encode()).unwrap();
        assert_eq!(s2, s);
        assert!(rec.bool(shard_f::IS_PRIMARY_SERVING).unwrap());
    }

    #[test]
    fn replication_nodes_add_remove() {
        let mut rec = Record::new();
        let a = TabletAlias::new("z", 1);
        let b = TabletAlias::new("z", 2);
        assert!(add_replication_node("/k", &mut rec, &a).unwrap());
        assert!(add_replication_node("/k", &mut rec, &b).unwrap());
        assert!(!add_replication_node("/k", &mut rec, &a).unwrap());
        assert!(remove_replication_node(&mut rec, &a));
        assert_eq!(replication_nodes("/k", &rec).unwrap(), vec![b]);
    }

    #[test]
    fn garbage_names_the_key() {
        let e = decode_tablet("/vitess/zone1/tablets/zone1-0000000001/Tablet", &[0xff, 0xff])
            .unwrap_err();
        assert!(e.to_string().contains("zone1-0000000001/Tablet"), "{e}");
        assert!(key_range_record("0").is_none());
        assert!(key_range_record("-8").is_none());
    }
}
