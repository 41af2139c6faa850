//! `StoreError`: the typed error at the SQLite boundary. Every message names the state file, so
//! an operator reading a cron mail knows which file to look at. No I/O here.

use std::fmt;
use std::path::PathBuf;

/// How an operator points vtorc-rs at another state file, named in every message that can
/// be fixed that way.
const OVERRIDE: &str = "--state-file / VTORC_STATE_FILE";

/// What went wrong with the state file.
#[derive(Debug)]
pub enum StoreError {
    /// The file exists but is not SQLite. It was not touched.
    NotADatabase { path: PathBuf },
    /// The file is a SQLite database of some other program (schema version 0, yet it has
    /// tables). It was not touched.
    Foreign { path: PathBuf },
    /// The file was written by a newer vtorc-rs (its schema version is higher than this binary
    /// knows). It was not touched.
    NewerSchema { path: PathBuf, found: i64, known: i64 },
    /// The file, or the directory that must hold its `-wal`/`-shm` companions, is not writable.
    ReadOnly { path: PathBuf, detail: String },
    /// SQLite could not open or create the file or its `-wal`/`-journal` companions (missing
    /// or unwritable directory, permissions).
    CannotOpen { path: PathBuf, op: &'static str, detail: String },
    /// The directory that must hold the file does not exist. Nothing was created.
    NoDirectory { path: PathBuf, dir: PathBuf },
    /// A writer may not create the file or its companions in its directory. Nothing changed.
    DirectoryNotWritable { path: PathBuf, dir: PathBuf },
    /// A reader (`status`, `recoveries list`) found no file. Nothing was created.
    Missing { path: PathBuf },
    /// A reader found a file an older vtorc-rs wrote; readers never migrate.
    OlderSchema { path: PathBuf, found: i64, known: i64 },
    /// Reading the file header or checking the directory failed.
    Io { path: PathBuf, op: &'static str, source: std::io::Error },
    /// A SQLite call failed; `op` says what vtorc-rs was doing.
    Sqlite { path: PathBuf, op: &'static str, source: rusqlite::Error },
    /// A stored value does not decode (hand-edited file, or a bug).
    Corrupt { path: PathBuf, detail: String },
    /// `add_recovery_step`/`finish_recovery` named a recovery id that is not in the file.
    UnknownRecovery { path: PathBuf, id: i64 },
}

impl StoreError {
    /// Wraps a rusqlite error, turning the codes an operator can act on into their own variants.
    pub(crate) fn sqlite(path: &std::path::Path, op: &'static str, e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        let path = path.to_path_buf();
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path, detail: e.to_string() },
            Some(ErrorCode::CannotOpen) => {
                StoreError::CannotOpen { path, op, detail: e.to_string() }
            }
            _ => StoreError::Sqlite { path, op, source: e },
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotADatabase { path } => write!(
                f,
                "state file {} is not a SQLite database; left it untouched (move it away or pass another --state-file)",
                path.display()
            ),
            StoreError::Foreign { path } => write!(
                f,
                "state file {} is a SQLite database of some other program; left it untouched (pass another --state-file)",
                path.display()
            ),
            StoreError::NewerSchema { path, found, known } => write!(
                f,
                "state file {} has schema version {found}, newer than this vtorc-rs knows ({known}); left it untouched (upgrade vtorc-rs or pass another --state-file)",
                path.display()
            ),
            StoreError::ReadOnly { path, detail } => write!(
                f,
                "state file {} is read-only: {detail} (vtorc-rs needs to write the file and create {0}-wal and {0}-shm next to it; or point {OVERRIDE} elsewhere)",
                path.display()
            ),
            StoreError::CannotOpen { path, op, detail } => write!(
                f,
                "state file {}: {op}: {detail} (does its directory exist, and may vtorc-rs write there? or point {OVERRIDE} elsewhere)",
                path.display()
            ),
            StoreError::NoDirectory { path, dir } => write!(
                f,
                "state file {}: directory {} does not exist; create it (the systemd units' StateDirectory= does) or point {OVERRIDE} elsewhere",
                path.display(),
                dir.display()
            ),
            StoreError::DirectoryNotWritable { path, dir } => write!(
                f,
                "state file {}: directory {} is not writable by this user (vtorc-rs writes the file and its -wal/-shm there); run as the user that owns it (the units' vtorc-rs, or root) or point {OVERRIDE} elsewhere",
                path.display(),
                dir.display()
            ),
            StoreError::Missing { path } => write!(
                f,
                "state file {} does not exist: nothing has been recorded there yet (run `vtorc-rs discover`, or point {OVERRIDE} at the file the other commands use)",
                path.display()
            ),
            StoreError::OlderSchema { path, found, known } => write!(
                f,
                "state file {} has schema version {found}, older than this vtorc-rs ({known}); any command that writes it (discover, check, watch) upgrades it",
                path.display()
            ),
            StoreError::Io { path, op, source } => {
                write!(f, "state file {}: {op}: {source}", path.display())
            }
            StoreError::Sqlite { path, op, source } => {
                write!(f, "state file {}: {op}: {source}", path.display())
            }
            StoreError::Corrupt { path, detail } => {
                write!(f, "state file {} holds an unreadable value: {detail}", path.display())
            }
            StoreError::UnknownRecovery { path, id } => {
                write!(f, "state file {} has no recovery #{id}", path.display())
            }
        }
    }
}

// The source error's text is already part of Display; returning it from `source()` too would
// print it twice in `{:#}` chains.
impl std::error::Error for StoreError {}
