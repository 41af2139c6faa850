//! The SQLite state file shared by every vtorc-rs command on a host (a cron `recover` and a
//! running `watch` may hold it at the same time). Does SQLite I/O; reads no clock: every time
//! is unix milliseconds passed in by the caller.
//!
//! `Store::open` refuses, without changing a byte, a file that is not SQLite or that a newer
//! vtorc-rs wrote; only then does it switch to WAL (which writes the header) and migrate.
//! Each write method is one transaction; wrap several in `Store::cycle` to make a whole
//! discover/probe/detect cycle one transaction.

mod counters;
mod error;
mod gates;
mod high_water;
mod instances;
mod journal;
mod migrations;
mod topology;

pub use counters::{PurgedCount, SkippedCount};
pub use error::StoreError;
pub use gates::{Block, GlobalGate};
pub use journal::RecoveryStep;
pub use journal::{
    DetectionRow, DetectionSummary, NewRecovery, RecoveryRecord, ABANDONED_AFTER_MS,
};
pub use topology::TopoDiff;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a statement waits for another process's lock before failing. A `watch` cycle
/// writes for milliseconds, so 5 s only runs out when something is badly stuck.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Switches a file to WAL. The switch needs an exclusive lock and SQLite answers "database is
/// locked" at once, without its busy handler, when several processes open a new state file
/// together (a cron `recover` starting beside `watch`): retry until the busy timeout.
fn switch_to_wal(conn: &Connection) -> rusqlite::Result<()> {
    let started = std::time::Instant::now();
    loop {
        let mode: rusqlite::Result<String> =
            conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0));
        match mode {
            Ok(_) => return Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(e),
        }
    }
}

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open, migrated state file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating when absent) and migrates the state file at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        check_header(path)?;
        check_directory_writable(path)?;
        // No SQLITE_OPEN_URI: a `--state-file` value is a plain path, never a `file:` URI.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::sqlite(path, "open", e))?;
        // SQLite silently falls back to read-only when the OS refuses write access.
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
                detail: "the operating system refused write access".into(),
            });
        }
        Store::init(conn, path.to_path_buf())
    }

    /// Opens an existing state file for reading only (`status`, `recoveries list`): never
    /// creates it, never migrates it, never switches its journal mode, so a user who may only
    /// read the file can use it and its bytes stay as they are. A file in WAL mode whose `-wal`
    /// is absent (no writer has it open) is read without one: SQLite then needs no `-shm`.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        check_header(path)?;
        if !path.exists() {
            return Err(StoreError::Missing { path: path.to_path_buf() });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let version = |conn: &Connection| -> rusqlite::Result<i64> {
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_query_value(None, "user_version", |r| r.get(0))
        };
        let opened =
            Connection::open_with_flags(path, flags).and_then(|c| version(&c).map(|v| (c, v)));
        let (conn, found) = match opened {
            Ok(v) => v,
            // A WAL file with no writer attached (no `-wal` beside it) read by a user who may
            // not create `-shm` in the directory: SQLite refuses a plain read-only open. With
            // no `-wal` every committed page is in the file itself, so it is read as immutable
            // (no locks, no companions). A writer starting meanwhile only appends to its new
            // `-wal`; the file changes at a checkpoint, far beyond one short read.
            Err(e) if !wal_path(path).exists() => {
                let uri = immutable_uri(path);
                Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
                    .and_then(|c| version(&c).map(|v| (c, v)))
                    .map_err(|_| StoreError::sqlite(path, "open for reading", e))?
            }
            Err(e) => return Err(StoreError::sqlite(path, "open for reading", e)),
        };
        let path = path.to_path_buf();
        let known = migrations::known_version();
        if found > known {
            return Err(StoreError::NewerSchema { path, found, known });
        }
        if found < known {
            return Err(StoreError::OlderSchema { path, found, known });
        }
        Ok(Store { conn, path })
    }

    /// A private in-memory store (tests; `recoveries list` on a host with no state file).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn =
            Connection::open_in_memory().map_err(|e| StoreError::sqlite(&path, "open", e))?;
        Store::init(conn, path)
    }

    /// Checks the schema version (reads only), then sets pragmas and migrates.
    fn init(mut conn: Connection, path: PathBuf) -> Result<Store, StoreError> {
        let err = |op| {
            let path = path.clone();
            move |e| StoreError::sqlite(&path, op, e)
        };
        conn.busy_timeout(BUSY_TIMEOUT).map_err(err("set busy timeout"))?;
        // Version and schema read in one read transaction: another vtorc-rs creating the file
        // at the same moment must not look like "version 0 with tables" (a foreign database).
        let (found, objects) = {
            let tx = conn.transaction().map_err(err("begin reading the schema"))?;
            let found: i64 = tx
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(err("read schema version"))?;
            let objects: i64 = tx
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .map_err(err("read schema"))?;
            tx.commit().map_err(err("end reading the schema"))?;
            (found, objects)
        };
        let known = migrations::known_version();
        if found > known {
            return Err(StoreError::NewerSchema { path, found, known });
        }
        if found == 0 && objects > 0 {
            // Version 0 with tables in it is some other program's database (a mistyped
            // --state-file): migrating would scribble our tables into it.
            return Err(StoreError::Foreign { path });
        }
        // WAL lets readers (status, a second cron job) run while `watch` writes; NORMAL is
        // durable across process crashes, which is the failure that matters for this file.
        switch_to_wal(&conn).map_err(err("switch to WAL"))?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err("set synchronous"))?;
        conn.pragma_update(None, "foreign_keys", true).map_err(err("enable foreign keys"))?;
        migrations::migrate(&mut conn).map_err(err("migrate schema"))?;
        Ok(Store { conn, path })
    }

    /// The schema version this binary writes (`PRAGMA user_version` of a migrated file).
    #[cfg(test)]
    pub fn schema_version() -> i64 {
        migrations::known_version()
    }

    /// Runs `f` inside one `BEGIN IMMEDIATE` transaction: every write method called on the
    /// store inside `f` joins it (as a savepoint). Commits when `f` returns Ok, rolls back on
    /// Err. Keep network calls out of `f`: the write lock blocks other vtorc-rs processes.
    pub fn cycle<T, E>(&mut self, f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| StoreError::sqlite(&self.path, "begin transaction", e))?;
        match f(self) {
            Ok(v) => {
                if let Err(e) = self.conn.execute_batch("COMMIT") {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(StoreError::sqlite(&self.path, "commit", e).into());
                }
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// One write transaction: its own `BEGIN IMMEDIATE` (so a read-then-write never hits a
    /// snapshot conflict the busy handler cannot wait out), or a savepoint inside `cycle`.
    fn write<T>(
        &mut self,
        op: &'static str,
        f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = &self.path;
        let wrap = |e| StoreError::sqlite(path, op, e);
        if self.conn.is_autocommit() {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(wrap)?;
            let v = f(&tx).map_err(wrap)?;
            tx.commit().map_err(wrap)?;
            Ok(v)
        } else {
            let sp = self.conn.savepoint().map_err(wrap)?;
            let v = f(&sp).map_err(wrap)?;
            sp.commit().map_err(wrap)?;
            Ok(v)
        }
    }

    /// Wraps a read error with the file name.
    fn read_err(&self, op: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |e| StoreError::sqlite(&self.path, op, e)
    }

    fn corrupt(&self, detail: String) -> StoreError {
        StoreError::Corrupt { path: self.path.clone(), detail }
    }

    /// A small string value (last cycle time, versions...); None when never set.
    pub fn meta_get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(self.read_err("read meta"))
    }

    pub fn meta_set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write("write meta", |c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(drop)
        })
    }

    /// When the action named `key` last ran (rate limits such as replica restarts).
    pub fn last_action(&self, key: &str) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row("SELECT at_ms FROM last_actions WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(self.read_err("read last action"))
    }

    pub fn set_last_action(&mut self, key: &str, at_ms: i64) -> Result<(), StoreError> {
        self.write("write last action", |c| {
            c.execute(
                "INSERT INTO last_actions (key, at_ms) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET at_ms = excluded.at_ms",
                rusqlite::params![key, at_ms],
            )
            .map(drop)
        })
    }
}

/// A writer creates the file (when missing) and its `-wal`/`-shm` beside it: say so, naming the
/// directory, rather than SQLite's "unable to open database file".
fn check_directory_writable(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::ffi::OsStrExt;
    let dir = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(d) => d,
        None => Path::new("."),
    };
    let may_write = |p: &Path| match std::ffi::CString::new(p.as_os_str().as_bytes()) {
        // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
        Ok(c) => (unsafe { libc::access(c.as_ptr(), libc::W_OK) }) == 0,
        Err(_) => true,
    };
    // A read-only file is reported as such by the open that follows.
    if path.exists() && !may_write(path) {
        return Ok(());
    }
    if may_write(dir) {
        Ok(())
    } else {
        Err(StoreError::DirectoryNotWritable { path: path.to_path_buf(), dir: dir.to_path_buf() })
    }
}

/// The `-wal` companion of a state file.
fn wal_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// `file:PATH?immutable=1`, the path percent-encoded so `?`, `#` and `%` in it stay a path.
fn immutable_uri(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Refuses an existing non-empty file that does not start with SQLite's magic, before SQLite
/// gets a chance to touch it. An empty file is a valid empty database (SQLite's own rule).
fn check_header(path: &Path) -> Result<(), StoreError> {
    let io = |op| move |source| StoreError::Io { path: path.to_path_buf(), op, source };
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // SQLite's "unable to open database file" does not say that the directory is missing.
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            if let Some(dir) = parent {
                if !dir.is_dir() {
                    let (path, dir) = (path.to_path_buf(), dir.to_path_buf());
                    return Err(StoreError::NoDirectory { path, dir });
                }
            }
            return Ok(());
        }
        Err(e) => return Err(io("open")(e)),
    };
    if file.metadata().map_err(io("stat"))?.is_dir() {
        return Err(StoreError::NotADatabase { path: path.to_path_buf() });
    }
    let mut head = Vec::with_capacity(100);
    file.by_ref().take(100).read_to_end(&mut head).map_err(io("read header"))?;
    if head.is_empty() {
        return Ok(());
    }
    // 100 bytes is SQLite's fixed header; anything shorter is not a database either.
    if head.len() < 100 || !head.starts_with(SQLITE_MAGIC) {
        return Err(StoreError::NotADatabase { path: path.to_path_buf() });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
