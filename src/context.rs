//! Resolved global options plus the clients built from them. The clock and the environment are
//! read here (and in `commands/`), never below: `analysis/` gets time as a value.

use crate::cli::GlobalOpts;
use crate::model::ClusterFilter;
use crate::render::out::Out;
use crate::secret::{Credentials, Secret};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

pub struct Context {
    pub opts: GlobalOpts,
    pub out: Out,
    pub filter: ClusterFilter,
    /// Where `store()` opens while the state file cannot be used (`watch` only): a private file
    /// in memory, so failovers go on.
    store_override: std::sync::Mutex<Option<PathBuf>>,
}

impl Context {
    pub fn new(opts: GlobalOpts) -> Result<Context> {
        let filter = ClusterFilter::parse(&opts.clusters_to_watch).map_err(crate::exit::usage)?;
        let out = Out { quiet: opts.quiet, verbose: opts.verbose };
        Ok(Context { opts, out, filter, store_override: std::sync::Mutex::new(None) })
    }

    /// etcd endpoints from `--topo-global-server-address`.
    pub fn endpoints(&self) -> Vec<String> {
        self.opts
            .topo_global_server_address
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The global topology client.
    pub fn topo(&self) -> Result<crate::topo::Topo> {
        let eps = self.endpoints();
        if eps.is_empty() {
            return Err(crate::exit::usage("--topo-global-server-address is empty"));
        }
        Ok(crate::topo::Topo::new(&eps, &self.opts.topo_global_root, self.opts.topo_timeout))
    }

    /// Opens (and migrates) the state file, or the in-memory stand-in while one is set.
    pub fn store(&self) -> Result<crate::store::Store> {
        let path = self.state_path();
        crate::store::Store::open(&path)
            .with_context(|| format!("opening state file {}", path.display()))
    }

    /// After vtorc-rs wrote topology records: the state file's copy is marked stale, so the very
    /// next `check`/`recover` reads etcd again instead of acting on what it had. Only an existing
    /// state file is touched (a topo command must not create one); failures only warn, since the
    /// next refresh fixes it anyway.
    pub fn topology_written(&self) {
        let path = self.state_path();
        if !path.exists() {
            return;
        }
        if let Err(e) = self.store().and_then(|mut s| Ok(s.mark_topology_stale()?)) {
            self.out.warn(&format!(
                "could not mark the stored topology stale in {}: {e:#}",
                path.display()
            ));
        }
    }

    /// The file `store()` opens now.
    pub fn state_path(&self) -> PathBuf {
        self.store_override
            .lock()
            .ok()
            .and_then(|o| o.clone())
            .unwrap_or_else(|| self.opts.state_file.clone())
    }

    /// Makes `store()` open `path` instead of the state file (None: the state file again).
    pub fn set_store_override(&self, path: Option<PathBuf>) {
        if let Ok(mut o) = self.store_override.lock() {
            *o = path;
        }
    }

    /// Credentials vtorc-rs uses for its own MySQL connections.
    pub fn mysql_credentials(&self) -> Result<Credentials> {
        let password = read_password(
            "VTORC_MYSQL_PASSWORD",
            self.opts.mysql_password_file.as_deref(),
            "--mysql-password-file",
        )?;
        Ok(Credentials { user: self.opts.mysql_user.clone(), password })
    }

    /// Credentials replicas use to connect to their primary (CHANGE MASTER ... MASTER_USER).
    pub fn repl_credentials(&self) -> Result<Credentials> {
        let password = read_password(
            "VTORC_REPL_PASSWORD",
            self.opts.repl_password_file.as_deref(),
            "--repl-password-file",
        )?;
        Ok(Credentials { user: self.opts.repl_user.clone(), password })
    }
}

/// A password from its file (first line) when given, else from the environment, else empty.
/// Passwords are never accepted as flag values: argv is visible to every user on the host.
fn read_password(env: &str, file: Option<&Path>, flag: &str) -> Result<Secret> {
    if let Some(path) = file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading {flag} {}", path.display()))?;
        let line = text.lines().next().unwrap_or_default();
        return Ok(Secret::new(line.trim_end_matches('\r')));
    }
    Ok(Secret::new(std::env::var(env).unwrap_or_default()))
}

/// Unix milliseconds now. The one clock read that commands pass down.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
