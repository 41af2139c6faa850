//! The SQLite state file. (Being built.)

use std::path::Path;

pub struct Store {
    pub conn: rusqlite::Connection,
}

impl Store {
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        Ok(Store { conn: rusqlite::Connection::open(path)? })
    }
}
