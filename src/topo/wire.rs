//! A minimal protobuf wire-format reader/writer that keeps unknown fields byte-for-byte. No I/O.
//!
//! A [`Record`] is the ordered list of the fields of one message as they were on the wire, each
//! kept with its original bytes (tag included). Reading picks known fields out of it; writing
//! replaces only the fields whose value really changes (in place, at the first occurrence), drops
//! later duplicates of those, and appends fields that were absent. Everything else, including
//! fields of newer Vitess versions and their exact encoding, is re-emitted untouched. This is
//! why vtorc-rs does not round-trip through prost structs: prost would drop what it does not know.

use std::fmt;

/// Wire types of the protobuf encoding.
pub const VARINT: u8 = 0;
pub const FIXED64: u8 = 1;
pub const LEN: u8 = 2;
pub const START_GROUP: u8 = 3;
pub const END_GROUP: u8 = 4;
pub const FIXED32: u8 = 5;

/// Malformed wire bytes. Records wrap it with the etcd key they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for WireError {}

fn err(msg: impl Into<String>) -> WireError {
    WireError(msg.into())
}

/// One field as it was (or will be) on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub number: u32,
    pub wire_type: u8,
    /// The whole encoded field: tag, then payload (length prefix included for LEN fields).
    raw: Vec<u8>,
    /// Where the payload starts in `raw` (after the tag and, for LEN, the length prefix).
    payload_at: usize,
}

impl Field {
    /// The payload bytes: varint bytes, fixed bytes, or the contents of a LEN field.
    pub fn payload(&self) -> &[u8] {
        &self.raw[self.payload_at..]
    }

    /// The value of a VARINT field.
    pub fn as_varint(&self) -> Option<u64> {
        if self.wire_type != VARINT {
            return None;
        }
        read_varint(self.payload(), &mut 0).ok()
    }

    /// The contents of a LEN field (string, bytes, embedded message, packed repeated).
    pub fn as_bytes(&self) -> Option<&[u8]> {
        (self.wire_type == LEN).then(|| self.payload())
    }

    fn new_varint(number: u32, v: u64) -> Field {
        let mut raw = Vec::with_capacity(11);
        put_varint(&mut raw, (u64::from(number) << 3) | u64::from(VARINT));
        let payload_at = raw.len();
        put_varint(&mut raw, v);
        Field { number, wire_type: VARINT, raw, payload_at }
    }

    fn new_len(number: u32, data: &[u8]) -> Field {
        let mut raw = Vec::with_capacity(data.len() + 6);
        put_varint(&mut raw, (u64::from(number) << 3) | u64::from(LEN));
        put_varint(&mut raw, data.len() as u64);
        let payload_at = raw.len();
        raw.extend_from_slice(data);
        Field { number, wire_type: LEN, raw, payload_at }
    }
}

/// The fields of one message, in wire order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    fields: Vec<Field>,
}

impl Record {
    pub fn new() -> Record {
        Record::default()
    }

    /// Splits `buf` into fields. Truncated or malformed input is an error, never a panic.
    pub fn decode(buf: &[u8]) -> Result<Record, WireError> {
        let mut fields = Vec::new();
        let mut pos = 0;
        while pos < buf.len() {
            let start = pos;
            let tag = read_varint(buf, &mut pos)?;
            let (number, wire_type) = split_tag(tag, start)?;
            let payload_at;
            match wire_type {
                VARINT => {
                    payload_at = pos - start;
                    read_varint(buf, &mut pos)?;
                }
                FIXED64 => {
                    payload_at = pos - start;
                    pos = advance(buf, pos, 8, number)?;
                }
                FIXED32 => {
                    payload_at = pos - start;
                    pos = advance(buf, pos, 4, number)?;
                }
                LEN => {
                    let len = read_varint(buf, &mut pos)?;
                    payload_at = pos - start;
                    let len = usize::try_from(len)
                        .map_err(|_| err(format!("field {number}: length {len} too large")))?;
                    pos = advance(buf, pos, len, number)?;
                }
                START_GROUP => {
                    // Deprecated groups: skip to the matching END_GROUP and keep it all raw.
                    payload_at = pos - start;
                    pos = skip_group(buf, pos, number)?;
                }
                _ => {
                    return Err(err(format!(
                        "unexpected wire type {wire_type} for field {number} at byte {start}"
                    )))
                }
            }
            fields.push(Field { number, wire_type, raw: buf[start..pos].to_vec(), payload_at });
        }
        Ok(Record { fields })
    }

    /// The wire bytes: every field's bytes, in order.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.fields.iter().map(|f| f.raw.len()).sum());
        for f in &self.fields {
            out.extend_from_slice(&f.raw);
        }
        out
    }

    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The last occurrence of field `n` (proto3: the last one wins for singular fields).
    pub fn get(&self, n: u32) -> Option<&Field> {
        self.fields.iter().rev().find(|f| f.number == n)
    }

    /// Every occurrence of field `n` (repeated fields), in order.
    pub fn get_all(&self, n: u32) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(move |f| f.number == n)
    }

    /// A VARINT field; 0 when absent (proto3 default). A wrong wire type is an error.
    pub fn varint(&self, n: u32) -> Result<u64, WireError> {
        match self.get(n) {
            None => Ok(0),
            Some(f) => f.as_varint().ok_or_else(|| {
                err(format!("field {n}: wire type {} where a varint was expected", f.wire_type))
            }),
        }
    }

    /// An int32 field (negative values are sign-extended varints on the wire).
    pub fn int32(&self, n: u32) -> Result<i32, WireError> {
        Ok(self.varint(n)? as i64 as i32)
    }

    pub fn int64(&self, n: u32) -> Result<i64, WireError> {
        Ok(self.varint(n)? as i64)
    }

    pub fn bool(&self, n: u32) -> Result<bool, WireError> {
        Ok(self.varint(n)? != 0)
    }

    /// A LEN field's bytes; None when absent.
    pub fn bytes(&self, n: u32) -> Result<Option<&[u8]>, WireError> {
        match self.get(n) {
            None => Ok(None),
            Some(f) => f.as_bytes().map(Some).ok_or_else(|| {
                err(format!("field {n}: wire type {} where bytes were expected", f.wire_type))
            }),
        }
    }

    /// A string field; empty when absent. Invalid UTF-8 is an error (proto3 strings are UTF-8).
    pub fn string(&self, n: u32) -> Result<String, WireError> {
        match self.bytes(n)? {
            None => Ok(String::new()),
            Some(b) => String::from_utf8(b.to_vec())
                .map_err(|_| err(format!("field {n}: string is not valid UTF-8"))),
        }
    }

    /// An embedded message; None when absent.
    pub fn message(&self, n: u32) -> Result<Option<Record>, WireError> {
        match self.bytes(n)? {
            None => Ok(None),
            Some(b) => Record::decode(b).map(Some).map_err(|e| err(format!("in field {n}: {e}"))),
        }
    }

    /// Every occurrence of a repeated embedded message.
    pub fn messages(&self, n: u32) -> Result<Vec<Record>, WireError> {
        self.get_all(n)
            .map(|f| {
                let b = f.as_bytes().ok_or_else(|| {
                    err(format!(
                        "field {n}: wire type {} where a message was expected",
                        f.wire_type
                    ))
                })?;
                Record::decode(b).map_err(|e| err(format!("in field {n}: {e}")))
            })
            .collect()
    }

    /// Puts `field` where field `field.number` first was and drops its other occurrences, or
    /// appends it when the field was absent.
    fn replace(&mut self, field: Field) {
        let n = field.number;
        match self.fields.iter().position(|f| f.number == n) {
            Some(i) => {
                self.fields[i] = field;
                let mut seen = 0;
                self.fields.retain(|f| {
                    if f.number != n {
                        return true;
                    }
                    seen += 1;
                    seen == 1
                });
            }
            None => self.fields.push(field),
        }
    }

    /// Removes every occurrence of field `n`.
    pub fn clear(&mut self, n: u32) {
        self.fields.retain(|f| f.number != n);
    }

    /// Sets a VARINT field. Zero clears it (proto3 does not emit defaults). An unchanged value
    /// leaves the original bytes alone.
    pub fn set_varint(&mut self, n: u32, v: u64) {
        if self.get(n).and_then(Field::as_varint) == Some(v) && self.get_all(n).count() == 1 {
            return;
        }
        if v == 0 {
            if self.get(n).is_some() {
                self.clear(n);
            }
            return;
        }
        self.replace(Field::new_varint(n, v));
    }

    pub fn set_int32(&mut self, n: u32, v: i32) {
        self.set_varint(n, v as i64 as u64);
    }

    pub fn set_int64(&mut self, n: u32, v: i64) {
        self.set_varint(n, v as u64);
    }

    pub fn set_bool(&mut self, n: u32, v: bool) {
        self.set_varint(n, u64::from(v));
    }

    /// Sets a string/bytes field. Empty clears it; an unchanged value keeps the original bytes.
    pub fn set_bytes(&mut self, n: u32, v: &[u8]) {
        if self.get(n).and_then(Field::as_bytes) == Some(v) && self.get_all(n).count() == 1 {
            return;
        }
        if v.is_empty() {
            if self.get(n).is_some() {
                self.clear(n);
            }
            return;
        }
        self.replace(Field::new_len(n, v));
    }

    pub fn set_string(&mut self, n: u32, v: &str) {
        self.set_bytes(n, v.as_bytes());
    }

    /// Sets an embedded message. Unlike scalars an empty message is still written (a present
    /// but empty message differs from an absent one); use `clear` to remove it.
    pub fn set_message(&mut self, n: u32, m: &Record) {
        let bytes = m.encode();
        if self.get(n).and_then(Field::as_bytes) == Some(&bytes[..]) && self.get_all(n).count() == 1
        {
            return;
        }
        self.replace(Field::new_len(n, &bytes));
    }

    /// Appends one occurrence of a repeated embedded message.
    pub fn push_message(&mut self, n: u32, m: &Record) {
        self.fields.push(Field::new_len(n, &m.encode()));
    }

    /// Keeps only the fields for which `keep` returns true (used to drop repeated entries).
    pub fn retain(&mut self, keep: impl FnMut(&Field) -> bool) {
        self.fields.retain(keep);
    }
}

fn split_tag(tag: u64, at: usize) -> Result<(u32, u8), WireError> {
    let number = tag >> 3;
    if number == 0 || number > 0x1fff_ffff {
        return Err(err(format!("invalid field number {number} at byte {at}")));
    }
    Ok((number as u32, (tag & 7) as u8))
}

fn advance(buf: &[u8], pos: usize, len: usize, number: u32) -> Result<usize, WireError> {
    match pos.checked_add(len) {
        Some(end) if end <= buf.len() => Ok(end),
        _ => Err(err(format!(
            "truncated: field {number} needs {len} bytes at byte {pos}, only {} left",
            buf.len().saturating_sub(pos)
        ))),
    }
}

fn skip_group(buf: &[u8], mut pos: usize, group: u32) -> Result<usize, WireError> {
    loop {
        if pos >= buf.len() {
            return Err(err(format!("truncated: group {group} has no end")));
        }
        let start = pos;
        let (number, wire_type) = split_tag(read_varint(buf, &mut pos)?, start)?;
        match wire_type {
            VARINT => {
                read_varint(buf, &mut pos)?;
            }
            FIXED64 => pos = advance(buf, pos, 8, number)?,
            FIXED32 => pos = advance(buf, pos, 4, number)?,
            LEN => {
                let len = read_varint(buf, &mut pos)?;
                let len = usize::try_from(len)
                    .map_err(|_| err(format!("field {number}: length {len} too large")))?;
                pos = advance(buf, pos, len, number)?;
            }
            START_GROUP => pos = skip_group(buf, pos, number)?,
            END_GROUP if number == group => return Ok(pos),
            _ => {
                return Err(err(format!(
                    "unexpected wire type {wire_type} for field {number} at byte {start}"
                )))
            }
        }
    }
}

/// Reads a base-128 varint at `*pos`, advancing it. At most 10 bytes.
pub fn read_varint(buf: &[u8], pos: &mut usize) -> Result<u64, WireError> {
    let mut v: u64 = 0;
    for i in 0..10 {
        let Some(&b) = buf.get(*pos) else {
            return Err(err(format!("truncated varint at byte {}", *pos)));
        };
        *pos += 1;
        if i == 9 && b > 1 {
            return Err(err(format!("varint overflows 64 bits at byte {}", *pos - 1)));
        }
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(err(format!("varint longer than 10 bytes at byte {}", *pos)))
}

pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut r = Record::new();
        r.set_string(2, "host");
        r.set_int32(13, 3306);
        let mut sub = Record::new();
        sub.set_string(1, "zone1");
        sub.set_varint(2, 101);
        r.set_message(1, &sub);
        let mut b = r.encode();
        // Unknown fields of every wire type: 99 varint, 100 fixed64, 101 fixed32, 102 bytes,
        // 103 group { 1: varint }.
        put_varint(&mut b, 99 << 3);
        put_varint(&mut b, 7);
        put_varint(&mut b, (100 << 3) | 1);
        b.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        put_varint(&mut b, (101 << 3) | 5);
        b.extend_from_slice(&[9, 9, 9, 9]);
        put_varint(&mut b, (102 << 3) | 2);
        put_varint(&mut b, 3);
        b.extend_from_slice(b"xyz");
        put_varint(&mut b, (103 << 3) | 3);
        put_varint(&mut b, 1 << 3);
        put_varint(&mut b, 5);
        put_varint(&mut b, (103 << 3) | 4);
        b
    }

    #[test]
    fn round_trip_is_byte_exact() {
        let b = sample();
        let r = Record::decode(&b).unwrap();
        assert_eq!(r.encode(), b);
        assert_eq!(r.string(2).unwrap(), "host");
        assert_eq!(r.int32(13).unwrap(), 3306);
        let alias = r.message(1).unwrap().unwrap();
        assert_eq!(alias.string(1).unwrap(), "zone1");
        assert_eq!(alias.varint(2).unwrap(), 101);
        assert_eq!(r.varint(99).unwrap(), 7);
        assert_eq!(r.bytes(102).unwrap().unwrap(), b"xyz");
        assert_eq!(r.fields().len(), 8);
    }

    #[test]
    fn unchanged_set_keeps_bytes_and_changed_set_keeps_unknowns() {
        let b = sample();
        let mut r = Record::decode(&b).unwrap();
        r.set_string(2, "host");
        r.set_int32(13, 3306);
        assert_eq!(r.encode(), b, "setting equal values must not rewrite anything");

        r.set_int32(13, 3307);
        let out = r.encode();
        let r2 = Record::decode(&out).unwrap();
        assert_eq!(r2.int32(13).unwrap(), 3307);
        // Same field order, unknown fields still byte-identical.
        let before: Vec<u32> =
            Record::decode(&b).unwrap().fields().iter().map(|f| f.number).collect();
        let after: Vec<u32> = r2.fields().iter().map(|f| f.number).collect();
        assert_eq!(before, after);
        for n in [99, 100, 101, 102, 103] {
            assert_eq!(
                Record::decode(&b).unwrap().get(n).unwrap().raw,
                r2.get(n).unwrap().raw,
                "field {n}"
            );
        }
        // New fields are appended; zero clears.
        r.set_string(12, "mysql");
        assert_eq!(r.fields().last().unwrap().number, 12);
        r.set_int32(13, 0);
        assert!(r.get(13).is_none());
    }

    #[test]
    fn negative_ints_are_sign_extended() {
        let mut r = Record::new();
        r.set_int32(1, -5);
        r.set_int64(2, -1);
        let b = r.encode();
        assert_eq!(b.len(), 2 * (1 + 10));
        let r = Record::decode(&b).unwrap();
        assert_eq!(r.int32(1).unwrap(), -5);
        assert_eq!(r.int64(2).unwrap(), -1);
    }

    #[test]
    fn duplicate_fields_collapse_on_change() {
        let mut b = Vec::new();
        for v in [1u64, 2] {
            put_varint(&mut b, 8 << 3);
            put_varint(&mut b, v);
        }
        let mut r = Record::decode(&b).unwrap();
        assert_eq!(r.varint(8).unwrap(), 2, "last one wins");
        r.set_varint(8, 3);
        assert_eq!(r.get_all(8).count(), 1);
        assert_eq!(r.varint(8).unwrap(), 3);
    }

    #[test]
    fn truncated_and_garbage_input_is_an_error() {
        let b = sample();
        for cut in 1..b.len() {
            // Some prefixes end exactly on a field boundary and are valid; none may panic.
            let _ = Record::decode(&b[..cut]);
        }
        assert!(Record::decode(&b[..b.len() - 1]).is_err(), "cut inside the group");
        assert!(Record::decode(&[0x12, 0x05, b'a']).is_err(), "LEN longer than input");
        assert!(Record::decode(&[0x80]).is_err(), "truncated varint tag");
        assert!(Record::decode(&[0x0f]).is_err(), "wire type 7");
        assert!(Record::decode(&[0x00, 0x01]).is_err(), "field number 0");
        assert!(Record::decode(&[0xff; 11]).is_err(), "varint too long");
        let r = Record::decode(&[0x12, 0x02, 0xff, 0xfe]).unwrap();
        assert!(r.string(2).is_err(), "invalid UTF-8");
        assert!(r.varint(2).is_err(), "wrong wire type");
        let r = Record::decode(&[0x0a, 0x01, 0x80]).unwrap();
        assert!(r.message(1).is_err(), "broken embedded message");
    }

    proptest::proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            if let Ok(r) = Record::decode(&bytes) {
                proptest::prop_assert_eq!(r.encode(), bytes);
            }
        }
    }

    // ---- properties over structured and arbitrary input ------------------------------------

    use proptest::prelude::*;

    /// One encoded field of any wire type, numbered 1..200 (so known and unknown numbers mix),
    /// groups included; LEN payloads are arbitrary bytes, often themselves a valid message.
    fn field() -> impl Strategy<Value = Vec<u8>> {
        let n = 1u64..200;
        prop_oneof![
            (n.clone(), any::<u64>()).prop_map(|(n, v)| {
                let mut b = Vec::new();
                put_varint(&mut b, n << 3);
                put_varint(&mut b, v);
                b
            }),
            (n.clone(), any::<[u8; 8]>()).prop_map(|(n, v)| {
                let mut b = Vec::new();
                put_varint(&mut b, (n << 3) | 1);
                b.extend_from_slice(&v);
                b
            }),
            (n.clone(), any::<[u8; 4]>()).prop_map(|(n, v)| {
                let mut b = Vec::new();
                put_varint(&mut b, (n << 3) | 5);
                b.extend_from_slice(&v);
                b
            }),
            (n.clone(), proptest::collection::vec(any::<u8>(), 0..40)).prop_map(|(n, v)| {
                let mut b = Vec::new();
                put_varint(&mut b, (n << 3) | 2);
                put_varint(&mut b, v.len() as u64);
                b.extend_from_slice(&v);
                b
            }),
            (n, 1u64..20, any::<u64>()).prop_map(|(n, inner, v)| {
                let mut b = Vec::new();
                put_varint(&mut b, (n << 3) | 3);
                put_varint(&mut b, inner << 3);
                put_varint(&mut b, v);
                put_varint(&mut b, (n << 3) | 4);
                b
            }),
        ]
    }

    fn message() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(field(), 0..12).prop_map(|fs| fs.concat())
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Any well-formed message decodes and re-encodes byte for byte.
        #[test]
        fn well_formed_round_trips(b in message()) {
            let r = Record::decode(&b).unwrap();
            prop_assert_eq!(r.encode(), b);
        }

        /// Longer arbitrary input, and every accessor on whatever decodes: errors, never panics.
        #[test]
        fn arbitrary_bytes_and_accessors_never_panic(
            bytes in proptest::collection::vec(any::<u8>(), 0..512),
            n in 0u32..200,
        ) {
            if let Ok(r) = Record::decode(&bytes) {
                prop_assert_eq!(r.encode(), bytes.clone());
                let _ = r.varint(n);
                let _ = r.int32(n);
                let _ = r.int64(n);
                let _ = r.bool(n);
                let _ = r.bytes(n);
                let _ = r.string(n);
                if let Ok(Some(m)) = r.message(n) {
                    let _ = m.string(1);
                    let _ = m.messages(1);
                }
                let _ = r.messages(n);
                for f in r.fields() {
                    let _ = f.as_varint();
                    let _ = f.as_bytes();
                }
            }
            // Every Vitess record kind over the same bytes: an error naming the key, or a value.
            use crate::topo::records as rec;
            let key = "/vitess/zone1/tablets/zone1-0000000101/Tablet";
            if let Err(e) = rec::decode_tablet(key, &bytes) {
                prop_assert!(e.to_string().contains(key), "{}", e);
            }
            if let Err(e) = rec::decode_shard("/g/keyspaces/ks/shards/0/Shard", "ks", "0", &bytes) {
                prop_assert!(e.to_string().contains("/g/keyspaces/ks/shards/0/Shard"), "{}", e);
            }
            if let Err(e) = rec::decode_keyspace("/g/keyspaces/ks/Keyspace", "ks", &bytes) {
                prop_assert!(e.to_string().contains("/g/keyspaces/ks/Keyspace"), "{}", e);
            }
            if let Err(e) = rec::decode_cell_info("/g/cells/z/CellInfo", "z", &bytes) {
                prop_assert!(e.to_string().contains("/g/cells/z/CellInfo"), "{}", e);
            }
            if let Ok(r) = Record::decode(&bytes) {
                let _ = rec::replication_nodes("/z/keyspaces/ks/shards/0/ShardReplication", &r);
            }
        }

        /// Changing known fields keeps every other field (unknown ones included) byte-identical
        /// and in order; the changed values read back.
        #[test]
        fn set_keeps_unknown_fields(b in message(), host in "[a-z0-9.]{0,20}", port in any::<i32>()) {
            let before = Record::decode(&b).unwrap();
            let mut r = before.clone();
            r.set_string(12, &host);
            r.set_int32(13, port);
            let after = Record::decode(&r.encode()).unwrap();
            let others = |x: &Record| -> Vec<Vec<u8>> {
                x.fields().iter().filter(|f| f.number != 12 && f.number != 13).map(|f| f.raw.clone()).collect()
            };
            prop_assert_eq!(others(&before), others(&after));
            prop_assert_eq!(after.string(12).unwrap(), host);
            prop_assert_eq!(after.int32(13).unwrap(), port);
        }
    }
}
