//! Resolved global options plus the clients built from them. The clock and the environment are
//! read here (and in `commands/`), never below: `analysis/` gets time as a value.

use crate::cli::GlobalOpts;
use crate::model::ClusterFilter;
use crate::render::out::Out;
use crate::secret::{Credentials, Secret};
use crate::tls::{MysqlTls, SslMode, TlsFiles};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

pub struct Context {
    pub opts: GlobalOpts,
    pub out: Out,
    pub filter: ClusterFilter,
    /// Where `store()` opens while the state file cannot be used (`watch` only): a private file
    /// in memory, so failovers go on.
    store_override: std::sync::Mutex<Option<PathBuf>>,
    /// `watch` only: standing warnings already said, with when each was last seen.
    standing: std::sync::Mutex<Option<Standing>>,
}

/// Warnings that hold cycle after cycle (a bad record read at every refresh, a filter that
/// matches nothing) are said once while they hold: again only after `window` without them.
struct Standing {
    window: std::time::Duration,
    seen: std::collections::BTreeMap<String, std::time::Instant>,
}

impl Context {
    pub fn new(opts: GlobalOpts) -> Result<Context> {
        let filter = ClusterFilter::parse(&opts.clusters_to_watch).map_err(crate::exit::usage)?;
        let out = Out { quiet: opts.quiet, verbose: opts.verbose };
        Ok(Context {
            opts,
            out,
            filter,
            store_override: std::sync::Mutex::new(None),
            standing: std::sync::Mutex::new(None),
        })
    }

    /// Where stdout goes, decided once: a terminal's real width, or 100 columns for a pipe or
    /// file; colour by `--color` (auto: a terminal, NO_COLOR unset or empty, TERM not dumb).
    pub fn term(&self) -> crate::render::term::Term {
        use crate::cli::ColorWhen;
        use crate::render::term::Term;
        use std::io::IsTerminal as _;
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let color = match self.opts.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && !no_color,
        };
        if !tty {
            return Term { color, ..Term::PIPE };
        }
        let width = terminal_size::terminal_size_of(std::io::stdout())
            .map(|(w, _)| w.0)
            .filter(|w| *w >= 20)
            .unwrap_or(crate::render::term::PIPE_WIDTH);
        Term { width, tty, color }
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
        Ok(crate::topo::Topo::new(&eps, &self.opts.topo_global_root, self.etcd_options()?))
    }

    /// Timeout, TLS (certificates read now, so a bad file fails before any request) and
    /// authentication of the etcd clients.
    pub fn etcd_options(&self) -> Result<crate::topo::EtcdOptions> {
        let o = &self.opts;
        let files = TlsFiles {
            ca: o.topo_etcd_tls_ca.clone(),
            cert: o.topo_etcd_tls_cert.clone(),
            key: o.topo_etcd_tls_key.clone(),
        };
        let tls = if files.is_empty() {
            None
        } else {
            Some(crate::topo::connect::load_tls(&files).context("etcd TLS")?)
        };
        let auth = match &o.topo_etcd_user {
            None => None,
            Some(user) => {
                let password = read_password(
                    "VTORC_TOPO_ETCD_PASSWORD",
                    o.topo_etcd_password_file.as_deref(),
                    "--topo-etcd-password-file",
                )?;
                Some(Credentials { user: user.clone(), password, tls: None })
            }
        };
        Ok(crate::topo::EtcdOptions { timeout: o.topo_timeout, tls, auth })
    }

    /// Opens (and migrates) the state file, or the in-memory stand-in while one is set. Every
    /// store error names the file.
    pub fn store(&self) -> Result<crate::store::Store> {
        Ok(crate::store::Store::open(&self.state_path())?)
    }

    /// Opens the state file for reading only (see `Store::open_read_only`).
    pub fn store_read_only(&self) -> Result<crate::store::Store> {
        Ok(crate::store::Store::open_read_only(&self.state_path())?)
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

    /// From now on, a standing warning is said once and again only after `window` in which it
    /// was not seen (`watch`: a one-shot command says each of its warnings once anyway).
    pub fn say_standing_warnings_once(&self, window: std::time::Duration) {
        if let Ok(mut s) = self.standing.lock() {
            *s = Some(Standing { window, seen: Default::default() });
        }
    }

    /// A warning that may hold at every cycle (see `say_standing_warnings_once`).
    pub fn warn_standing(&self, text: &str) {
        let now = std::time::Instant::now();
        let say = match self.standing.lock().as_deref_mut() {
            Ok(Some(s)) => {
                let window = s.window;
                let last = s.seen.insert(text.to_string(), now);
                s.seen.retain(|_, at| now.duration_since(*at) <= window);
                last.is_none_or(|at| now.duration_since(at) > window)
            }
            _ => true,
        };
        if say {
            self.out.warn(text);
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
        let tls = MysqlTls {
            mode: self.opts.mysql_ssl_mode,
            files: TlsFiles {
                ca: self.opts.mysql_ssl_ca.clone(),
                cert: self.opts.mysql_ssl_cert.clone(),
                key: self.opts.mysql_ssl_key.clone(),
            },
        };
        Ok(Credentials { user: self.opts.mysql_user.clone(), password, tls: Some(tls) })
    }

    /// Credentials replicas use to connect to their primary (CHANGE MASTER ... MASTER_USER).
    pub fn repl_credentials(&self) -> Result<Credentials> {
        let password = read_password(
            "VTORC_REPL_PASSWORD",
            self.opts.repl_password_file.as_deref(),
            "--repl-password-file",
        )?;
        Ok(Credentials { user: self.opts.repl_user.clone(), password, tls: self.repl_tls() })
    }

    /// TLS of the replication links vtorc-rs writes, when any `--repl-ssl*` flag asks for it;
    /// None keeps each replica's own settings.
    fn repl_tls(&self) -> Option<MysqlTls> {
        let o = &self.opts;
        let files = TlsFiles {
            ca: o.repl_ssl_ca.clone(),
            cert: o.repl_ssl_cert.clone(),
            key: o.repl_ssl_key.clone(),
        };
        let mode = if o.repl_ssl_verify_server_cert {
            SslMode::VerifyIdentity
        } else if o.repl_ssl || !files.is_empty() {
            SslMode::Required
        } else {
            return None;
        };
        Some(MysqlTls { mode, files })
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
