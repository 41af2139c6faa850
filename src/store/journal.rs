//! The history kept in the state file: detections (first seen, last seen, cleared), recoveries
//! with their timestamped steps, and the audit log. Does SQLite I/O.

use super::{Store, StoreError};
use crate::model::{ClusterFilter, Problem};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A recovery that has not ended after this long is treated as abandoned (its process was
/// killed, OOMed or the host rebooted, so nothing will ever write its end). Without an age limit
/// one crashed `recover` would block its shard forever. Ten minutes is far longer than any
/// recovery runs; the etcd shard lock, not this row, is what keeps two recoveries apart.
pub const ABANDONED_AFTER_MS: i64 = 10 * 60 * 1000;

/// One detection: a problem identity (keyspace, shard, alias, code) from first to last sight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DetectionRow {
    pub id: i64,
    pub keyspace: String,
    pub shard: String,
    pub alias: String,
    pub code: String,
    pub priority: u8,
    pub description: String,
    pub action: String,
    pub actionable: bool,
    pub first_seen_ms: i64,
    pub last_seen_ms: i64,
    /// When the problem was last not seen; None while it is open (and then not serialized).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleared_ms: Option<i64>,
}

/// What one `record_detections` did. `ids[i]` is the detection id of `problems[i]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DetectionSummary {
    pub ids: Vec<i64>,
    pub new: Vec<i64>,
    pub ongoing: Vec<i64>,
    pub cleared: Vec<i64>,
}

/// The start of a recovery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecovery {
    pub keyspace: String,
    pub shard: String,
    /// The analysed tablet (the failed primary for a failover).
    pub alias: String,
    /// The problem code being recovered (`DeadPrimary`, ...).
    pub code: String,
    pub detection_id: Option<i64>,
    pub started_ms: i64,
    /// A `--dry-run` plan: recorded for the history, never counted as active.
    pub dry_run: bool,
}

/// One timestamped step of a recovery ("detected", "decided", "promoted", "error", ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryStep {
    /// When it ended (or happened).
    pub at_ms: i64,
    pub step: String,
    pub message: String,
    /// A plan step's index in its plan (1-based), when it started and how it ended (`ok`,
    /// `failed`); None for the notes around it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_step: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}

impl RecoveryStep {
    /// A step that is not a plan step (a note, a log line of the recovery).
    #[cfg(test)]
    pub fn note(at_ms: i64, step: &str, message: &str) -> RecoveryStep {
        RecoveryStep {
            at_ms,
            step: step.into(),
            message: message.into(),
            plan_step: None,
            started_ms: None,
            result: None,
        }
    }
}

/// A recovery as stored, with its steps in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryRecord {
    pub id: i64,
    pub keyspace: String,
    pub shard: String,
    pub alias: String,
    pub code: String,
    pub detection_id: Option<i64>,
    pub dry_run: bool,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    pub success: Option<bool>,
    pub successor: Option<String>,
    /// Newline-separated error messages; empty when none.
    pub errors: String,
    pub steps: Vec<RecoveryStep>,
}

#[cfg(test)]
/// One audit line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at_ms: i64,
    pub kind: String,
    pub keyspace: String,
    pub shard: String,
    pub alias: String,
    pub message: String,
}

const DETECTION_COLS: &str = "id, keyspace, shard, alias, code, priority, description, action,
     actionable, first_seen_ms, last_seen_ms, cleared_ms";

fn detection(r: &Row) -> rusqlite::Result<DetectionRow> {
    Ok(DetectionRow {
        id: r.get(0)?,
        keyspace: r.get(1)?,
        shard: r.get(2)?,
        alias: r.get(3)?,
        code: r.get(4)?,
        priority: r.get(5)?,
        description: r.get(6)?,
        action: r.get(7)?,
        actionable: r.get(8)?,
        first_seen_ms: r.get(9)?,
        last_seen_ms: r.get(10)?,
        cleared_ms: r.get(11)?,
    })
}

const RECOVERY_COLS: &str = "id, keyspace, shard, alias, code, detection_id, dry_run, started_ms,
     ended_ms, success, successor, errors";

fn recovery(r: &Row) -> rusqlite::Result<RecoveryRecord> {
    Ok(RecoveryRecord {
        id: r.get(0)?,
        keyspace: r.get(1)?,
        shard: r.get(2)?,
        alias: r.get(3)?,
        code: r.get(4)?,
        detection_id: r.get(5)?,
        dry_run: r.get(6)?,
        started_ms: r.get(7)?,
        ended_ms: r.get(8)?,
        success: r.get(9)?,
        successor: r.get(10)?,
        errors: r.get(11)?,
        steps: Vec::new(),
    })
}

/// SQLite's LIMIT takes an i64; usize::MAX means "all".
fn sql_limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

impl Store {
    /// Records this cycle's problems everywhere: see `record_detections_in`.
    #[cfg(test)]
    pub fn record_detections(
        &mut self,
        problems: &[Problem],
        now_ms: i64,
    ) -> Result<DetectionSummary, StoreError> {
        self.record_detections_in(problems, &ClusterFilter::default(), now_ms)
    }

    /// Records the problems found by a check of the clusters in `scope`: a new identity opens a
    /// detection (first_seen = now), a known one is refreshed (last_seen = now, text updated),
    /// and open detections inside `scope` that are not in `problems` are cleared. Detections
    /// outside the scope are left alone: a `check` of one keyspace says nothing about others.
    pub fn record_detections_in(
        &mut self,
        problems: &[Problem],
        scope: &ClusterFilter,
        now_ms: i64,
    ) -> Result<DetectionSummary, StoreError> {
        self.write("record detections", |c| {
            let mut sum = DetectionSummary::default();
            let mut find = c.prepare_cached(
                "SELECT id FROM detections WHERE keyspace = ?1 AND shard = ?2 AND alias = ?3
                 AND code = ?4 AND cleared_ms IS NULL",
            )?;
            let mut touch = c.prepare_cached(
                "UPDATE detections SET last_seen_ms = ?2, priority = ?3, description = ?4,
                 action = ?5, actionable = ?6 WHERE id = ?1",
            )?;
            let mut insert = c.prepare_cached(
                "INSERT INTO detections (keyspace, shard, alias, code, priority, description,
                 action, actionable, first_seen_ms, last_seen_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            )?;
            let mut seen = HashSet::new();
            for p in problems {
                let code = p.code.as_str();
                let found: Option<i64> = find
                    .query_row(params![p.keyspace, p.shard, p.alias, code], |r| r.get(0))
                    .optional()?;
                let id = match found {
                    Some(id) => {
                        touch.execute(params![
                            id,
                            now_ms,
                            p.priority,
                            p.description,
                            p.action,
                            p.actionable
                        ])?;
                        // The same identity twice in one list is one detection, counted once.
                        if !seen.contains(&id) {
                            sum.ongoing.push(id);
                        }
                        id
                    }
                    None => {
                        insert.execute(params![
                            p.keyspace,
                            p.shard,
                            p.alias,
                            code,
                            p.priority,
                            p.description,
                            p.action,
                            p.actionable,
                            now_ms
                        ])?;
                        let id = c.last_insert_rowid();
                        sum.new.push(id);
                        id
                    }
                };
                seen.insert(id);
                sum.ids.push(id);
            }
            let open: Vec<(i64, String, String)> = c
                .prepare_cached(
                    "SELECT id, keyspace, shard FROM detections WHERE cleared_ms IS NULL ORDER BY id",
                )?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let mut clear =
                c.prepare_cached("UPDATE detections SET cleared_ms = ?2 WHERE id = ?1")?;
            for (id, ks, shard) in open {
                if !seen.contains(&id) && scope.matches(&ks, &shard) {
                    clear.execute(params![id, now_ms])?;
                    sum.cleared.push(id);
                }
            }
            Ok(sum)
        })
    }

    /// Open detections, oldest first.
    pub fn open_detections(&self) -> Result<Vec<DetectionRow>, StoreError> {
        let sql = format!(
            "SELECT {DETECTION_COLS} FROM detections WHERE cleared_ms IS NULL
             ORDER BY first_seen_ms, id"
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut st| st.query_map([], detection)?.collect())
            .map_err(self.read_err("read open detections"))
    }

    /// The `limit` most recently seen detections, open or cleared, newest first.
    pub fn recent_detections(&self, limit: usize) -> Result<Vec<DetectionRow>, StoreError> {
        let sql = format!(
            "SELECT {DETECTION_COLS} FROM detections ORDER BY last_seen_ms DESC, id DESC LIMIT ?1"
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut st| st.query_map([sql_limit(limit)], detection)?.collect())
            .map_err(self.read_err("read recent detections"))
    }

    /// Records the start of a recovery and returns its id.
    pub fn start_recovery(&mut self, r: NewRecovery) -> Result<i64, StoreError> {
        self.write("start recovery", |c| {
            c.execute(
                "INSERT INTO recoveries (keyspace, shard, alias, code, detection_id, dry_run,
                 started_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    r.keyspace,
                    r.shard,
                    r.alias,
                    r.code,
                    r.detection_id,
                    r.dry_run,
                    r.started_ms
                ],
            )?;
            Ok(c.last_insert_rowid())
        })
    }

    /// Appends a step to recovery `id`.
    pub fn add_recovery_step(
        &mut self,
        id: i64,
        at_ms: i64,
        step: &str,
        message: &str,
    ) -> Result<(), StoreError> {
        self.require_recovery(id)?;
        self.write("add recovery step", |c| {
            c.execute(
                "INSERT INTO recovery_steps (recovery_id, at_ms, step, message)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, at_ms, step, message],
            )
            .map(drop)
        })
    }

    /// Appends a plan step of recovery `id` as it ran.
    pub fn add_plan_step(&mut self, id: i64, s: &RecoveryStep) -> Result<(), StoreError> {
        self.require_recovery(id)?;
        self.write("add recovery step", |c| {
            c.execute(
                "INSERT INTO recovery_steps (recovery_id, at_ms, step, message, plan_step, started_ms, result)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, s.at_ms, s.step, s.message, s.plan_step, s.started_ms, s.result],
            )
            .map(drop)
        })
    }

    /// Records the end of recovery `id`. `errors` is newline-separated, empty when none.
    pub fn finish_recovery(
        &mut self,
        id: i64,
        end_ms: i64,
        success: bool,
        successor: Option<&str>,
        errors: &str,
    ) -> Result<(), StoreError> {
        let n = self.write("finish recovery", |c| {
            c.execute(
                "UPDATE recoveries SET ended_ms = ?2, success = ?3, successor = ?4, errors = ?5
                 WHERE id = ?1",
                params![id, end_ms, success, successor, errors],
            )
        })?;
        if n == 0 {
            return Err(StoreError::UnknownRecovery { path: self.path.clone(), id });
        }
        Ok(())
    }

    fn require_recovery(&self, id: i64) -> Result<(), StoreError> {
        let found: Option<i64> = self
            .conn
            .query_row("SELECT id FROM recoveries WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(self.read_err("read recovery"))?;
        match found {
            Some(_) => Ok(()),
            None => Err(StoreError::UnknownRecovery { path: self.path.clone(), id }),
        }
    }

    /// The `limit` most recent recoveries (dry runs included), newest first, with steps.
    pub fn list_recoveries(&self, limit: usize) -> Result<Vec<RecoveryRecord>, StoreError> {
        let sql = format!("SELECT {RECOVERY_COLS} FROM recoveries ORDER BY id DESC LIMIT ?1");
        let mut recs: Vec<RecoveryRecord> = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut st| st.query_map([sql_limit(limit)], recovery)?.collect())
            .map_err(self.read_err("list recoveries"))?;
        let Some(min_id) = recs.iter().map(|r| r.id).min() else { return Ok(recs) };
        let mut steps = read_steps(&self.conn, min_id, i64::MAX)
            .map_err(self.read_err("list recovery steps"))?;
        for r in &mut recs {
            r.steps = steps.remove(&r.id).unwrap_or_default();
        }
        Ok(recs)
    }

    /// One recovery with its steps.
    #[cfg(test)]
    pub fn get_recovery(&self, id: i64) -> Result<Option<RecoveryRecord>, StoreError> {
        let sql = format!("SELECT {RECOVERY_COLS} FROM recoveries WHERE id = ?1");
        let rec = self
            .conn
            .query_row(&sql, [id], recovery)
            .optional()
            .map_err(self.read_err("read recovery"))?;
        self.with_steps(rec)
    }

    /// The newest real (not dry-run) recovery of the shard that started but has not ended,
    /// ignoring ones started more than `ABANDONED_AFTER_MS` before `now_ms` (see there).
    #[cfg(test)]
    pub fn active_recovery(
        &self,
        keyspace: &str,
        shard: &str,
        now_ms: i64,
    ) -> Result<Option<RecoveryRecord>, StoreError> {
        let sql = format!(
            "SELECT {RECOVERY_COLS} FROM recoveries WHERE keyspace = ?1 AND shard = ?2
             AND ended_ms IS NULL AND dry_run = 0 AND started_ms > ?3 ORDER BY id DESC LIMIT 1"
        );
        let rec = self
            .conn
            .query_row(&sql, params![keyspace, shard, now_ms - ABANDONED_AFTER_MS], recovery)
            .optional()
            .map_err(self.read_err("read active recovery"))?;
        self.with_steps(rec)
    }

    #[cfg(test)]
    fn with_steps(
        &self,
        rec: Option<RecoveryRecord>,
    ) -> Result<Option<RecoveryRecord>, StoreError> {
        let Some(mut rec) = rec else { return Ok(None) };
        let mut steps =
            read_steps(&self.conn, rec.id, rec.id).map_err(self.read_err("read recovery steps"))?;
        rec.steps = steps.remove(&rec.id).unwrap_or_default();
        Ok(Some(rec))
    }

    /// Appends an audit line. Empty strings stand for "not about a keyspace/shard/tablet".
    pub fn audit(
        &mut self,
        at_ms: i64,
        kind: &str,
        keyspace: &str,
        shard: &str,
        alias: &str,
        message: &str,
    ) -> Result<(), StoreError> {
        self.write("write audit", |c| insert_audit(c, at_ms, kind, keyspace, shard, alias, message))
    }

    /// The `limit` newest audit lines, newest first.
    #[cfg(test)]
    pub fn recent_audit(&self, limit: usize) -> Result<Vec<AuditRow>, StoreError> {
        self.conn
            .prepare_cached(
                "SELECT id, at_ms, kind, keyspace, shard, alias, message FROM audit
                 ORDER BY at_ms DESC, id DESC LIMIT ?1",
            )
            .and_then(|mut st| {
                st.query_map([sql_limit(limit)], |r| {
                    Ok(AuditRow {
                        id: r.get(0)?,
                        at_ms: r.get(1)?,
                        kind: r.get(2)?,
                        keyspace: r.get(3)?,
                        shard: r.get(4)?,
                        alias: r.get(5)?,
                        message: r.get(6)?,
                    })
                })?
                .collect()
            })
            .map_err(self.read_err("read audit"))
    }

    /// Deletes history older than `before_ms`: cleared detections, ended recoveries (with their
    /// steps), audit lines, and acked or expired failover blocks. Returns the rows deleted.
    pub fn prune(&mut self, before_ms: i64) -> Result<usize, StoreError> {
        self.write("prune history", |c| {
            let mut n = 0;
            // Counted first, so the recovery counters survive the purge.
            super::counters::fold_before_prune(c, before_ms)?;
            n += c.execute(
                "DELETE FROM recoveries WHERE ended_ms IS NOT NULL AND ended_ms < ?1",
                [before_ms],
            )?;
            n += c.execute(
                "DELETE FROM detections WHERE cleared_ms IS NOT NULL AND cleared_ms < ?1",
                [before_ms],
            )?;
            n += c.execute("DELETE FROM audit WHERE at_ms < ?1", [before_ms])?;
            n += c.execute(
                "DELETE FROM failover_blocks WHERE until_ms < ?1 OR acked_ms < ?1",
                [before_ms],
            )?;
            Ok(n)
        })
    }
}

pub(super) fn insert_audit(
    c: &Connection,
    at_ms: i64,
    kind: &str,
    keyspace: &str,
    shard: &str,
    alias: &str,
    message: &str,
) -> rusqlite::Result<()> {
    c.prepare_cached(
        "INSERT INTO audit (at_ms, kind, keyspace, shard, alias, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![at_ms, kind, keyspace, shard, alias, message])
    .map(drop)
}

/// Steps of the recoveries with ids in `min_id..=max_id`, grouped by recovery, in order.
fn read_steps(
    c: &Connection,
    min_id: i64,
    max_id: i64,
) -> rusqlite::Result<HashMap<i64, Vec<RecoveryStep>>> {
    // A file opened read-only may predate migration 4 (no plan columns yet).
    let planned = c.prepare("SELECT plan_step FROM recovery_steps LIMIT 0").is_ok();
    let cols = if planned { "plan_step, started_ms, result" } else { "NULL, NULL, NULL" };
    let mut st = c.prepare_cached(&format!(
        "SELECT recovery_id, at_ms, step, message, {cols} FROM recovery_steps
         WHERE recovery_id BETWEEN ?1 AND ?2 ORDER BY id"
    ))?;
    let mut out: HashMap<i64, Vec<RecoveryStep>> = HashMap::new();
    let rows = st.query_map([min_id, max_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            RecoveryStep {
                at_ms: r.get(1)?,
                step: r.get(2)?,
                message: r.get(3)?,
                plan_step: r.get(4)?,
                started_ms: r.get(5)?,
                result: r.get(6)?,
            },
        ))
    })?;
    for row in rows {
        let (id, step) = row?;
        out.entry(id).or_default().push(step);
    }
    Ok(out)
}
