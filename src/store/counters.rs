//! Counts of recoveries the history no longer holds. The purge (`prune`) forgets old recoveries;
//! before it does, it adds them to these counts (kept in `meta` as JSON, so no schema change), so
//! the recovery counters built from "history + purged" never go down for the life of the state
//! file, as Prometheus expects of a counter. Does SQLite I/O.

use super::{Store, StoreError};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

const KEY: &str = "purged_recovery_counts";
const SKIPPED_KEY: &str = "skipped_recovery_counts";

/// How many times a recovery of one code in one shard was skipped for one reason.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SkippedCount {
    pub keyspace: String,
    pub shard: String,
    pub code: String,
    pub reason: String,
    pub count: u64,
}

/// How many purged recoveries of one code in one shard ended one way.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PurgedCount {
    pub keyspace: String,
    pub shard: String,
    pub code: String,
    /// `ok`, `failed` or `dry_run` (only ended recoveries are purged).
    pub result: String,
    pub count: u64,
}

fn read_key<T: serde::de::DeserializeOwned>(c: &Connection, key: &str) -> rusqlite::Result<Vec<T>> {
    let json: Option<String> =
        c.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    // A value that does not parse is treated as none: counters restart, they never fail a purge.
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default())
}

fn read(c: &Connection) -> rusqlite::Result<Vec<PurgedCount>> {
    read_key(c, KEY)
}

fn write_key<T: Serialize>(c: &Connection, key: &str, v: &T) -> rusqlite::Result<()> {
    let json = serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    c.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, json.as_str()],
    )
    .map(drop)
}

/// Adds the recoveries `prune` is about to delete (ended before `before_ms`) to the counts.
/// Runs inside the prune's transaction, so the counts and the deletion commit together.
pub(super) fn fold_before_prune(c: &Connection, before_ms: i64) -> rusqlite::Result<()> {
    let mut counts = read(c)?;
    let mut st = c.prepare(
        "SELECT keyspace, shard, code,
                CASE WHEN dry_run THEN 'dry_run' WHEN success THEN 'ok' ELSE 'failed' END,
                COUNT(*)
         FROM recoveries WHERE ended_ms IS NOT NULL AND ended_ms < ?1
         GROUP BY 1, 2, 3, 4",
    )?;
    let rows = st.query_map([before_ms], |r| {
        Ok(PurgedCount {
            keyspace: r.get(0)?,
            shard: r.get(1)?,
            code: r.get(2)?,
            result: r.get(3)?,
            count: r.get::<_, i64>(4)?.max(0) as u64,
        })
    })?;
    let mut added = false;
    for row in rows {
        let row = row?;
        added = true;
        match counts.iter_mut().find(|p| {
            (&p.keyspace, &p.shard, &p.code, &p.result)
                == (&row.keyspace, &row.shard, &row.code, &row.result)
        }) {
            Some(p) => p.count += row.count,
            None => counts.push(row),
        }
    }
    if added {
        counts.sort();
        write_key(c, KEY, &counts)?;
    }
    Ok(())
}

impl Store {
    /// Adds one skip per `(keyspace, shard, code, reason)` to the skipped-recovery counts (kept
    /// in `meta`, never purged).
    pub fn count_skipped(
        &mut self,
        skips: &[(String, String, String, String)],
    ) -> Result<(), StoreError> {
        if skips.is_empty() {
            return Ok(());
        }
        self.write("count skipped recoveries", |c| {
            let mut counts: Vec<SkippedCount> = read_key(c, SKIPPED_KEY)?;
            for (keyspace, shard, code, reason) in skips {
                match counts.iter_mut().find(|s| {
                    (&s.keyspace, &s.shard, &s.code, &s.reason) == (keyspace, shard, code, reason)
                }) {
                    Some(s) => s.count += 1,
                    None => counts.push(SkippedCount {
                        keyspace: keyspace.clone(),
                        shard: shard.clone(),
                        code: code.clone(),
                        reason: reason.clone(),
                        count: 1,
                    }),
                }
            }
            counts.sort();
            write_key(c, SKIPPED_KEY, &counts)
        })
    }

    /// Every skip counted so far.
    pub fn skipped_recovery_counts(&self) -> Result<Vec<SkippedCount>, StoreError> {
        read_key(&self.conn, SKIPPED_KEY).map_err(self.read_err("read skipped recovery counts"))
    }

    /// Recoveries purged from the history so far, by shard, code and result.
    pub fn purged_recovery_counts(&self) -> Result<Vec<PurgedCount>, StoreError> {
        read(&self.conn).map_err(self.read_err("read purged recovery counts"))
    }
}
