//! The state file's schema as an append-only list of migrations, tracked by `PRAGMA user_version`
//! (the scheme of cargo's `src/util/sqlite.rs`). Migration N (1-based) runs when user_version < N,
//! each in its own `BEGIN IMMEDIATE` transaction so two processes opening a fresh file at once
//! cannot both run it. Does SQLite I/O on the connection it is given.
//!
//! Rules: never edit or remove an entry once released; only append. A new entry must keep older
//! binaries working on the tables they know (add columns with defaults, add tables), because an
//! older vtorc-rs refuses a file whose user_version is newer than `MIGRATIONS.len()`.

use rusqlite::{Connection, TransactionBehavior};

/// Times are unix milliseconds (INTEGER); aliases are Vitess's zero-padded `cell-0000000101`.
pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );

    CREATE TABLE cells (
        name           TEXT PRIMARY KEY,
        server_address TEXT NOT NULL,
        root           TEXT NOT NULL
    );
    CREATE TABLE keyspaces (
        name                       TEXT PRIMARY KEY,
        keyspace_type              INTEGER NOT NULL,
        durability_policy          TEXT NOT NULL,
        disable_emergency_reparent INTEGER NOT NULL
    );
    CREATE TABLE shards (
        keyspace                   TEXT NOT NULL,
        name                       TEXT NOT NULL,
        primary_alias              TEXT,
        primary_term_s             INTEGER,
        primary_term_ns            INTEGER,
        disable_emergency_reparent INTEGER NOT NULL,
        PRIMARY KEY (keyspace, name)
    );
    CREATE TABLE tablets (
        alias           TEXT PRIMARY KEY,
        cell            TEXT NOT NULL,
        uid             INTEGER NOT NULL,
        hostname        TEXT NOT NULL,
        keyspace        TEXT NOT NULL,
        shard           TEXT NOT NULL,
        type_value      INTEGER NOT NULL,
        type_name       TEXT NOT NULL,
        mysql_hostname  TEXT NOT NULL,
        mysql_port      INTEGER NOT NULL,
        primary_term_s  INTEGER,
        primary_term_ns INTEGER
    );
    CREATE INDEX tablets_by_shard ON tablets (keyspace, shard);

    CREATE TABLE instances (
        alias         TEXT PRIMARY KEY,
        host          TEXT NOT NULL,
        port          INTEGER NOT NULL,
        reachable     INTEGER NOT NULL,
        checked_at_ms INTEGER NOT NULL,
        last_seen_ms  INTEGER NOT NULL,
        state_json    TEXT NOT NULL
    );
    CREATE INDEX instances_by_addr ON instances (host, port);

    CREATE TABLE detections (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        keyspace      TEXT NOT NULL,
        shard         TEXT NOT NULL,
        alias         TEXT NOT NULL,
        code          TEXT NOT NULL,
        priority      INTEGER NOT NULL,
        description   TEXT NOT NULL,
        action        TEXT NOT NULL,
        actionable    INTEGER NOT NULL,
        first_seen_ms INTEGER NOT NULL,
        last_seen_ms  INTEGER NOT NULL,
        cleared_ms    INTEGER
    );
    -- At most one open detection per identity; cleared ones stay as history.
    CREATE UNIQUE INDEX detections_open
        ON detections (keyspace, shard, alias, code) WHERE cleared_ms IS NULL;
    CREATE INDEX detections_by_last_seen ON detections (last_seen_ms);

    CREATE TABLE recoveries (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        keyspace     TEXT NOT NULL,
        shard        TEXT NOT NULL,
        alias        TEXT NOT NULL,
        code         TEXT NOT NULL,
        detection_id INTEGER REFERENCES detections (id) ON DELETE SET NULL,
        dry_run      INTEGER NOT NULL,
        started_ms   INTEGER NOT NULL,
        ended_ms     INTEGER,
        success      INTEGER,
        successor    TEXT,
        errors       TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX recoveries_by_shard ON recoveries (keyspace, shard, ended_ms);
    CREATE TABLE recovery_steps (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        recovery_id INTEGER NOT NULL REFERENCES recoveries (id) ON DELETE CASCADE,
        at_ms       INTEGER NOT NULL,
        step        TEXT NOT NULL,
        message     TEXT NOT NULL
    );
    CREATE INDEX recovery_steps_by_recovery ON recovery_steps (recovery_id);

    -- One row (id = 1) once anyone has toggled the global switch.
    CREATE TABLE global_recovery_gate (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        disabled   INTEGER NOT NULL,
        changed_ms INTEGER NOT NULL
    );
    -- Anti-flapping: after a failover the shard is blocked until until_ms or an ack.
    CREATE TABLE failover_blocks (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        keyspace    TEXT NOT NULL,
        shard       TEXT NOT NULL,
        until_ms    INTEGER NOT NULL,
        recovery_id INTEGER REFERENCES recoveries (id) ON DELETE SET NULL,
        created_ms  INTEGER NOT NULL,
        acked_ms    INTEGER,
        acked_by    TEXT
    );
    CREATE INDEX failover_blocks_by_shard ON failover_blocks (keyspace, shard);

    -- Rate limits (e.g. replica restarts): last time an action with this key ran.
    CREATE TABLE last_actions (
        key   TEXT PRIMARY KEY,
        at_ms INTEGER NOT NULL
    );

    CREATE TABLE audit (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        at_ms    INTEGER NOT NULL,
        kind     TEXT NOT NULL,
        keyspace TEXT NOT NULL,
        shard    TEXT NOT NULL,
        alias    TEXT NOT NULL,
        message  TEXT NOT NULL
    );
    CREATE INDEX audit_by_time ON audit (at_ms);
    "#,
    // 2: per-shard high-water mark of what replicas received (semi-sync policies).
    r#"
    CREATE TABLE high_water (
        keyspace   TEXT NOT NULL,
        shard      TEXT NOT NULL,
        flavor     TEXT NOT NULL,
        position   TEXT NOT NULL,
        tablet     TEXT NOT NULL,
        updated_ms INTEGER NOT NULL,
        PRIMARY KEY (keyspace, shard)
    );
    "#,
    // 3: the primary whose term a high-water mark belongs to (a new primary starts a new one).
    r#"
    ALTER TABLE high_water ADD COLUMN primary_alias TEXT NOT NULL DEFAULT '';
    "#,
    // 4: a recovery's plan steps as the executor ran them: their index in the plan, when each
    // started (at_ms is when it ended) and its result (ok / failed). NULL for notes.
    r#"
    ALTER TABLE recovery_steps ADD COLUMN plan_step INTEGER;
    ALTER TABLE recovery_steps ADD COLUMN started_ms INTEGER;
    ALTER TABLE recovery_steps ADD COLUMN result TEXT;
    "#,
];

/// The schema version this binary writes.
pub fn known_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Runs the migrations the file has not seen yet. The version is re-read inside each
/// transaction: another process may have migrated between our check and our lock.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i64 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current < version {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", version)?;
        }
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrate_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, known_version());
        let schema = |c: &Connection| -> Vec<String> {
            let mut st = c.prepare("SELECT sql FROM sqlite_master ORDER BY name").unwrap();
            st.query_map([], |r| r.get::<_, Option<String>>(0))
                .unwrap()
                .map(|r| r.unwrap().unwrap_or_default())
                .collect()
        };
        let before = schema(&conn);
        assert!(before.len() > 10, "schema created: {before:?}");
        migrate(&mut conn).unwrap();
        assert_eq!(schema(&conn), before);
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, known_version());
    }
}
