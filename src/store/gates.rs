//! This host's copy of what may stop a recovery: the global switch (`recoveries
//! disable/enable`) and per-shard anti-flapping blocks placed after a failover and lifted by time
//! or by `ack`. The authority is etcd (`topo::gates`), which every vtorc-rs host reads; this copy
//! is the history, and what `status` shows when etcd cannot be read. Does SQLite I/O. Each
//! change also writes an audit line in the same transaction, so the history says who changed a
//! gate and when.

use super::journal::insert_audit;
use super::{Store, StoreError};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

/// The global recoveries switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GlobalGate {
    pub disabled: bool,
    /// When it was last flipped; None when it never was (recoveries enabled).
    pub changed_ms: Option<i64>,
}

/// An anti-flapping block: no failover in the shard before `until_ms` unless acked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    pub id: i64,
    pub keyspace: String,
    pub shard: String,
    pub until_ms: i64,
    /// The recovery whose failover placed the block.
    pub recovery_id: Option<i64>,
    pub created_ms: i64,
}

const BLOCK_COLS: &str = "id, keyspace, shard, until_ms, recovery_id, created_ms";

fn block(r: &Row) -> rusqlite::Result<Block> {
    Ok(Block {
        id: r.get(0)?,
        keyspace: r.get(1)?,
        shard: r.get(2)?,
        until_ms: r.get(3)?,
        recovery_id: r.get(4)?,
        created_ms: r.get(5)?,
    })
}

impl Store {
    /// Flips the global switch; returns the previous value. Only a change is audited.
    pub fn set_global_recoveries_disabled(
        &mut self,
        disabled: bool,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        self.write("set global recoveries switch", |c| {
            let prev: bool = c
                .query_row("SELECT disabled FROM global_recovery_gate WHERE id = 1", [], |r| {
                    r.get(0)
                })
                .optional()?
                .unwrap_or(false);
            if prev != disabled {
                c.execute(
                    "INSERT INTO global_recovery_gate (id, disabled, changed_ms) VALUES (1, ?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET disabled = excluded.disabled,
                     changed_ms = excluded.changed_ms",
                    params![disabled, now_ms],
                )?;
                let (kind, msg) = if disabled {
                    ("recoveries-disabled", "recoveries disabled globally")
                } else {
                    ("recoveries-enabled", "recoveries enabled globally")
                };
                insert_audit(c, now_ms, kind, "", "", "", msg)?;
            }
            Ok(prev)
        })
    }

    /// True when this copy says `recoveries disable` is in force (gates are decided on etcd's).
    #[cfg(test)]
    pub fn global_recoveries_disabled(&self) -> Result<bool, StoreError> {
        Ok(self.global_gate()?.disabled)
    }

    /// The global switch with the time it was last flipped.
    pub fn global_gate(&self) -> Result<GlobalGate, StoreError> {
        let row: Option<(bool, i64)> = self
            .conn
            .query_row(
                "SELECT disabled, changed_ms FROM global_recovery_gate WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(self.read_err("read global recoveries switch"))?;
        Ok(match row {
            Some((disabled, changed)) => GlobalGate { disabled, changed_ms: Some(changed) },
            None => GlobalGate { disabled: false, changed_ms: None },
        })
    }

    /// Blocks failovers in the shard until `until_ms` (after recovery `recovery_id`).
    /// Returns the block's id.
    pub fn block_failovers(
        &mut self,
        keyspace: &str,
        shard: &str,
        until_ms: i64,
        recovery_id: Option<i64>,
        now_ms: i64,
    ) -> Result<i64, StoreError> {
        self.write("block failovers", |c| {
            c.execute(
                "INSERT INTO failover_blocks (keyspace, shard, until_ms, recovery_id, created_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![keyspace, shard, until_ms, recovery_id, now_ms],
            )?;
            let id = c.last_insert_rowid();
            let after = recovery_id.map(|r| format!(" after recovery #{r}")).unwrap_or_default();
            let msg = format!("failovers blocked for {} s{after}", (until_ms - now_ms) / 1000);
            insert_audit(c, now_ms, "failover-blocked", keyspace, shard, "", &msg)?;
            Ok(id)
        })
    }

    /// The block in force on the shard at `now_ms` in this copy (the one lasting longest).
    #[cfg(test)]
    pub fn active_block(
        &self,
        keyspace: &str,
        shard: &str,
        now_ms: i64,
    ) -> Result<Option<Block>, StoreError> {
        let sql = format!(
            "SELECT {BLOCK_COLS} FROM failover_blocks WHERE keyspace = ?1 AND shard = ?2
             AND acked_ms IS NULL AND until_ms > ?3 ORDER BY until_ms DESC, id DESC LIMIT 1"
        );
        self.conn
            .query_row(&sql, params![keyspace, shard, now_ms], block)
            .optional()
            .map_err(self.read_err("read failover block"))
    }

    /// Lifts every block in force on the shard (a human says "I looked, failovers may resume").
    /// Returns whether there was one.
    pub fn ack(
        &mut self,
        keyspace: &str,
        shard: &str,
        now_ms: i64,
        who: &str,
    ) -> Result<bool, StoreError> {
        self.write("ack failover block", |c| {
            let n = c.execute(
                "UPDATE failover_blocks SET acked_ms = ?3, acked_by = ?4
                 WHERE keyspace = ?1 AND shard = ?2 AND acked_ms IS NULL AND until_ms > ?3",
                params![keyspace, shard, now_ms, who],
            )?;
            if n > 0 {
                let msg = format!("failover block lifted by {who}");
                insert_audit(c, now_ms, "ack", keyspace, shard, "", &msg)?;
            }
            Ok(n > 0)
        })
    }

    /// Every block in force at `now_ms`, by keyspace and shard.
    pub fn list_blocks(&self, now_ms: i64) -> Result<Vec<Block>, StoreError> {
        let sql = format!(
            "SELECT {BLOCK_COLS} FROM failover_blocks WHERE acked_ms IS NULL AND until_ms > ?1
             ORDER BY keyspace, shard, until_ms DESC"
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut st| st.query_map([now_ms], block)?.collect())
            .map_err(self.read_err("list failover blocks"))
    }
}
