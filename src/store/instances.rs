//! The latest probe result per tablet: the whole `InstanceState` as JSON plus the columns that
//! queries need. Does SQLite I/O. `last_seen_ms` is owned here: a reachable probe sets it to its
//! own time, an unreachable one carries the stored value forward (VTOrc's `last_seen`).

use super::{Store, StoreError};
use crate::model::InstanceState;
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Stores the probes in one transaction, replacing each tablet's previous snapshot.
    pub fn save_instances(&mut self, states: &[InstanceState]) -> Result<(), StoreError> {
        // Serialise first so a (theoretical) JSON failure is not reported as a SQLite error.
        let mut rows = Vec::with_capacity(states.len());
        for s in states {
            rows.push((
                s,
                serde_json::to_string(s)
                    .map_err(|e| self.corrupt(format!("encoding probe of {}: {e}", s.alias)))?,
            ));
        }
        self.write("save instances", |c| {
            let mut prev =
                c.prepare_cached("SELECT last_seen_ms FROM instances WHERE alias = ?1")?;
            let mut put = c.prepare_cached(
                "INSERT OR REPLACE INTO instances
                 (alias, host, port, reachable, checked_at_ms, last_seen_ms, state_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (s, json) in rows {
                let last_seen = if s.reachable {
                    s.checked_at_ms
                } else {
                    let stored: i64 =
                        prev.query_row([&s.alias], |r| r.get(0)).optional()?.unwrap_or(0);
                    stored.max(s.last_seen_ms)
                };
                put.execute(params![
                    s.alias,
                    s.host,
                    s.port,
                    s.reachable,
                    s.checked_at_ms,
                    last_seen,
                    json
                ])?;
            }
            Ok(())
        })
    }

    /// Every stored snapshot, sorted by alias, with `last_seen_ms` from the stored column.
    pub fn load_instances(&self) -> Result<Vec<InstanceState>, StoreError> {
        let rows: Vec<(String, i64, String)> = self
            .conn
            .prepare_cached("SELECT alias, last_seen_ms, state_json FROM instances ORDER BY alias")
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(self.read_err("load instances"))?;
        let mut out = Vec::with_capacity(rows.len());
        for (alias, last_seen_ms, json) in rows {
            let mut state = decode(&json)
                .map_err(|e| self.corrupt(format!("probe snapshot of {alias}: {e}")))?;
            state.last_seen_ms = last_seen_ms;
            out.push(state);
        }
        Ok(out)
    }
}

/// Decodes a stored snapshot, filling fields it lacks with their defaults: a snapshot written
/// before a field was added to `InstanceState` must still load after an upgrade.
fn decode(json: &str) -> Result<InstanceState, serde_json::Error> {
    let stored: serde_json::Value = serde_json::from_str(json)?;
    let serde_json::Value::Object(stored_map) = stored else {
        return serde_json::from_value(stored); // not an object: let serde say what is wrong
    };
    let mut base = serde_json::to_value(InstanceState::default())?;
    if let Some(base_map) = base.as_object_mut() {
        base_map.extend(stored_map);
    }
    serde_json::from_value(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_fills_missing_fields() {
        let s = decode(r#"{"alias":"zone1-0000000101","reachable":true}"#).unwrap();
        assert_eq!(s.alias, "zone1-0000000101");
        assert!(s.reachable);
        assert_eq!(s.port, 0);
        assert!(decode("[1,2]").is_err());
        assert!(decode(r#"{"alias":7}"#).is_err());
    }
}
