//! Side effects on one MySQL/MariaDB server, for recoveries: read-only, replication threads,
//! change of source, semi-sync, waiting for a GTID position. Does network I/O through
//! [`Session`]; the statement text of every [`Action`] is also available without a connection
//! ([`statement_text`]) so `--dry-run` plans print exactly what would run, password masked.

use super::flavor::{self, FlavorSql, SslWords};
use super::quote::{check_host, check_identifier, quote, value_literal};
use super::{conn_opts, open, query_error, value_text, Addr, MysqlError};
use crate::model::{Flavor, InstanceState};
use crate::secret::{Credentials, Secret};
use crate::tls::{MysqlTls, SslMode, TlsFiles};
use mysql::prelude::Queryable;
use std::time::Duration;

/// Where and how a replica should replicate from (GTID auto-positioning always).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSpec {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Secret,
    /// `MASTER_HEARTBEAT_PERIOD` / `SOURCE_HEARTBEAT_PERIOD`; None leaves the server default
    /// (half the net timeout).
    pub heartbeat_secs: Option<f64>,
    /// Seconds between reconnect attempts.
    pub connect_retry: u32,
    /// TLS of the link (paths on the replica's host); None leaves the replica's settings as they
    /// are (CHANGE MASTER keeps options it does not name). See [`link_tls`].
    pub tls: Option<MysqlTls>,
}

/// The TLS a repointed replica's link gets: the `--repl-ssl*` flags when given (`repl.tls`),
/// else what the replica used before (its probed `Master_SSL_*`), so a failover never turns an
/// encrypted link into a plaintext one. None: the link was plaintext and stays so.
pub fn link_tls(repl: &Credentials, st: Option<&InstanceState>) -> Option<MysqlTls> {
    if repl.tls.is_some() {
        return repl.tls.clone();
    }
    let ssl = &st?.replication.as_ref()?.ssl;
    if !ssl.enabled {
        return None;
    }
    let path = |p: &str| (!p.is_empty()).then(|| std::path::PathBuf::from(p));
    let mode = if ssl.verify_server_cert {
        SslMode::VerifyIdentity
    } else if !ssl.ca.is_empty() {
        SslMode::VerifyCa
    } else {
        SslMode::Required
    };
    Some(MysqlTls {
        mode,
        files: TlsFiles { ca: path(&ssl.ca), cert: path(&ssl.cert), key: path(&ssl.key) },
    })
}

/// `, MASTER_SSL=1, MASTER_SSL_CA='...', ...` for `tls` (empty for None). A file not given is
/// not named, so the replica keeps the one it has.
fn ssl_clause(w: &SslWords, tls: Option<&MysqlTls>) -> Result<String, String> {
    let Some(tls) = tls else { return Ok(String::new()) };
    if tls.mode == SslMode::Disabled {
        return Ok(format!(", {}=0", w.enabled));
    }
    let mut out = format!(", {}=1", w.enabled);
    for (word, file) in [(w.ca, &tls.files.ca), (w.cert, &tls.files.cert), (w.key, &tls.files.key)]
    {
        if let Some(f) = file {
            let text = f.to_str().ok_or_else(|| format!("TLS file path {f:?} is not UTF-8"))?;
            out.push_str(&format!(", {word}={}", quote(text)));
        }
    }
    let verify = u8::from(tls.mode == SslMode::VerifyIdentity);
    out.push_str(&format!(", {}={verify}", w.verify_server_cert));
    Ok(out)
}

/// One thing a recovery does to one server. Plans hold these; [`statement_text`] prints them.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `read_only` (and `super_read_only` on MySQL) on or off.
    SetReadOnly(bool),
    StopIoThread,
    StartIoThread,
    StopReplication,
    StartReplication,
    /// STOP, then forget the source entirely (`RESET SLAVE ALL` / `RESET REPLICA ALL`).
    ResetReplicationAll,
    /// The change-source statement only: replication must be stopped first (MariaDB refuses with
    /// error 1198 otherwise) and started afterwards.
    ChangeSource(SourceSpec),
    /// MariaDB: `SET GLOBAL gtid_slave_pos=@@gtid_current_pos` (the binlog position in the
    /// domains this server wrote last, the replicated one elsewhere), for a former primary about to
    /// replicate again (its slave position is stale, recipe §4). Replication must be stopped.
    /// Nothing on MySQL.
    AlignSlavePosToBinlog,
    /// Semi-sync enable flags. The replica side only takes effect when the IO thread reconnects:
    /// the caller restarts it (`StopIoThread` + `StartIoThread`) on a running replica.
    SetSemiSync {
        primary: bool,
        replica: bool,
    },
    /// Semi-sync never falls back to asynchronous replication: the ack timeout as Vitess ships it
    /// (1e18 ms) and waiting even with no replica connected. Set on a primary (and on a tablet
    /// about to become one) under a policy that needs acks, so a commit is acknowledged to its
    /// client only once a replica has it.
    SemiSyncNeverFallBack,
    /// Wait until the server has applied `gtid` (MariaDB: `gtid_slave_pos`, so it must be a
    /// replica; MySQL: `gtid_executed`).
    WaitForPosition {
        gtid: String,
        timeout: Duration,
    },
    FlushBinaryLogs,
    /// `SET GLOBAL name=value` (value: number, ON/OFF, else quoted).
    SetGlobal {
        name: String,
        value: String,
    },
}

/// Vitess's `rpl_semi_sync_source_timeout` (config/mycnf): "never fall back to async".
pub const SEMI_SYNC_NEVER_MS: u64 = 1_000_000_000_000_000_000;

/// One statement: what runs, and what may be shown. `Debug` prints only the shown text.
#[derive(Clone, PartialEq, Eq)]
pub struct Statement {
    sql: String,
    pub shown: String,
}

impl std::fmt::Debug for Statement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Statement").field(&self.shown).finish()
    }
}

/// The statements of `action` on `flavor` with passwords shown as `***`, or why it can't be
/// built (invalid host or variable name).
pub fn statement_text(flavor: Flavor, action: &Action) -> Result<Vec<String>, String> {
    Ok(statements(flavor, action)?.into_iter().map(|s| s.shown).collect())
}

/// Builds the statements of `action`.
pub fn statements(flavor: Flavor, action: &Action) -> Result<Vec<Statement>, String> {
    let fl = FlavorSql::of(flavor);
    let plain = |s: &str| Statement { sql: s.to_string(), shown: s.to_string() };
    let out = match action {
        Action::SetReadOnly(true) => fl.read_only_on.iter().map(|s| plain(s)).collect(),
        Action::SetReadOnly(false) => fl.read_only_off.iter().map(|s| plain(s)).collect(),
        Action::StopIoThread => vec![plain(fl.stop_io_thread)],
        Action::StartIoThread => vec![plain(fl.start_io_thread)],
        Action::StopReplication => vec![plain(fl.stop_replica)],
        Action::StartReplication => vec![plain(fl.start_replica)],
        Action::ResetReplicationAll => vec![plain(fl.stop_replica), plain(fl.reset_replica_all)],
        Action::ChangeSource(spec) => vec![change_source(fl, spec)?],
        Action::AlignSlavePosToBinlog => fl.align_replica_pos.iter().map(|s| plain(s)).collect(),
        Action::SetSemiSync { primary, replica } => {
            let on = |b: bool| if b { "ON" } else { "OFF" };
            // One statement per variable: a server without the semi-sync plugin lacks them, and
            // turning off a variable that does not exist is tolerated by `Session::run`.
            let (p, r) = fl.semi_sync_vars;
            vec![
                plain(&format!("SET GLOBAL {p}={}", on(*primary))),
                plain(&format!("SET GLOBAL {r}={}", on(*replica))),
            ]
        }
        Action::SemiSyncNeverFallBack => {
            let (t, w) = fl.semi_no_fallback_vars;
            vec![
                plain(&format!("SET GLOBAL {t}={SEMI_SYNC_NEVER_MS}")),
                plain(&format!("SET GLOBAL {w}=ON")),
            ]
        }
        Action::WaitForPosition { gtid, timeout } => {
            let sql = fl
                .wait_for_gtid
                .replace("{timeout}", &format!("{:.3}", timeout.as_secs_f64()))
                .replace("{gtid}", &quote(gtid));
            vec![plain(&sql)]
        }
        Action::FlushBinaryLogs => vec![plain(fl.flush_binary_logs)],
        Action::SetGlobal { name, value } => {
            check_identifier(name)?;
            vec![plain(&format!("SET GLOBAL {name}={}", value_literal(value)))]
        }
    };
    Ok(out)
}

fn change_source(fl: &FlavorSql, spec: &SourceSpec) -> Result<Statement, String> {
    check_host(&spec.host)?;
    if spec.port == 0 {
        return Err(format!("invalid source port 0 for host {}", spec.host));
    }
    let w = &fl.change_source;
    let heartbeat = match spec.heartbeat_secs {
        None => String::new(),
        Some(h) if h.is_finite() && (0.0..=4_294_967.0).contains(&h) => {
            format!(", {}={h:.3}", w.heartbeat)
        }
        Some(h) => {
            return Err(format!("invalid heartbeat period {h}: must be 0 to 4294967 seconds"))
        }
    };
    let ssl = ssl_clause(&w.ssl, spec.tls.as_ref())?;
    let build = |password: &str| {
        format!(
            "{} {}={}, {}={}, {}={}, {}={}, {}={}{heartbeat}{ssl}, {}",
            w.statement,
            w.host,
            quote(&spec.host),
            w.port,
            spec.port,
            w.user,
            quote(&spec.user),
            w.password,
            password,
            w.connect_retry,
            spec.connect_retry,
            w.gtid
        )
    };
    Ok(Statement { sql: build(&quote(spec.password.expose())), shown: build("'***'") })
}

/// Which client sessions [`Session::kill_sessions`] kills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sessions {
    SemiSyncWaiters,
    AllClients,
    /// Clients whose writes `read_only` does not stop on MariaDB: users with SUPER or READ ONLY
    /// ADMIN (by user name, whatever host they came from).
    Admins,
}

/// One connection to one server, for a sequence of actions. Every error names `host:port` and the
/// statement (password masked) and is scrubbed of the passwords it knows.
pub struct Session {
    conn: mysql::Conn,
    addr: Addr,
    creds: Credentials,
    timeout: Duration,
    flavor: Flavor,
    /// Passwords to scrub from server messages (own login + any replication password used).
    secrets: Vec<String>,
}

impl Session {
    /// Connects (TCP, `timeout` for connect/read/write) and reads the flavor from `@@version`.
    pub fn connect(
        addr: &Addr,
        creds: &Credentials,
        timeout: Duration,
    ) -> Result<Session, MysqlError> {
        let shown = addr.to_string();
        let secrets = vec![creds.password.expose().to_string()];
        let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        // Backslash escapes in our literals must mean what quote() meant.
        let init = "SET SESSION sql_mode=REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '')";
        let opts = conn_opts(addr, creds, timeout).init(vec![init]);
        let mut conn = open(addr, creds, opts)?;
        let q = "SELECT @@version, @@version_comment";
        let row: Option<(String, String)> =
            conn.query_first(q).map_err(|e| query_error(&shown, q, &e, &refs))?;
        let (version, comment) = row.unwrap_or_default();
        let flavor = flavor::detect(&version, &comment).ok_or_else(|| MysqlError::Invalid {
            addr: shown.clone(),
            message: format!("cannot tell the server flavor from version {version:?}"),
        })?;
        flavor::check_supported(flavor, &version)
            .map_err(|message| MysqlError::Invalid { addr: shown.clone(), message })?;
        Ok(Session { conn, addr: addr.clone(), creds: creds.clone(), timeout, flavor, secrets })
    }

    pub fn flavor(&self) -> Flavor {
        self.flavor
    }
    pub fn addr(&self) -> &Addr {
        &self.addr
    }

    /// Runs every statement of `action`; returns the first column of the last row read (the wait
    /// functions' result), if any.
    pub fn run(&mut self, action: &Action) -> Result<Option<String>, MysqlError> {
        if let Action::ChangeSource(spec) = action {
            self.secrets.push(spec.password.expose().to_string());
        }
        let stmts = statements(self.flavor, action)
            .map_err(|message| MysqlError::Invalid { addr: self.addr.to_string(), message })?;
        let mut last = None;
        for s in &stmts {
            match self.query_one(s) {
                Ok(v) => last = v,
                // Error 1193, unknown system variable: the semi-sync plugin is not loaded, which
                // is as off as it gets (the usual MySQL setup under durability `none`).
                Err(e)
                    if matches!(action, Action::SetSemiSync { .. })
                        && s.sql.ends_with("=OFF")
                        && e.code() == Some(1193) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(last)
    }

    fn query_one(&mut self, s: &Statement) -> Result<Option<String>, MysqlError> {
        let rows: Vec<mysql::Row> = self.conn.query(&s.sql).map_err(|e| self.error(s, &e))?;
        Ok(rows.last().and_then(|r| r.as_ref(0)).and_then(value_text))
    }

    fn error(&self, s: &Statement, e: &mysql::Error) -> MysqlError {
        let refs: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        let mut err = query_error(&self.addr.to_string(), &s.shown, e, &refs);
        if s.sql != s.shown {
            // The statement carried a password, and servers echo literals *truncated*
            // ("String 'Secr3t-Secr...' is too long for MASTER_PASSWORD"), which the exact-match
            // scrub cannot catch: mask everything the server quoted.
            if let MysqlError::Query { message, .. } | MysqlError::Io { message, .. } = &mut err {
                *message = mask_quoted(message);
            }
        }
        err
    }

    /// Kills client sessions, never this one, replication or system threads, nor sessions of
    /// vtorc-rs's own user: with `Sessions::SemiSyncWaiters` only those whose commit waits for a
    /// semi-sync ack (their client has not been told OK, and killing them ensures it never is),
    /// with `Sessions::AllClients` every other client. Returns how many were killed (a session
    /// that ended meanwhile is not an error).
    pub fn kill_sessions(&mut self, which: Sessions) -> Result<usize, MysqlError> {
        let filter = match which {
            Sessions::SemiSyncWaiters => "STATE LIKE 'Waiting for semi-sync ACK%'".to_string(),
            Sessions::AllClients | Sessions::Admins => format!(
                "USER NOT IN ('system user', 'event_scheduler', {}) AND COMMAND NOT IN \
                 ('Binlog Dump', 'Binlog Dump GTID', 'Daemon', 'Killed')",
                quote(&self.creds.user)
            ),
        };
        // SUPER (and ALL PRIVILEGES) show as Super_priv; READ ONLY ADMIN granted on its own only
        // in USER_PRIVILEGES, whose GRANTEE reads 'user'@'host'.
        let filter = match which {
            Sessions::Admins => format!(
                "USER IN (SELECT User FROM mysql.user WHERE Super_priv = 'Y' UNION \
                 SELECT SUBSTRING_INDEX(SUBSTRING(GRANTEE, 2), '''@''', 1) FROM \
                 information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = 'READ_ONLY ADMIN') AND {filter}"
            ),
            _ => filter,
        };
        let list = Statement {
            sql: format!(
                "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND {filter}"
            ),
            shown: "SELECT ID FROM information_schema.PROCESSLIST WHERE ...".into(),
        };
        let rows: Vec<mysql::Row> =
            self.conn.query(&list.sql).map_err(|e| self.error(&list, &e))?;
        let ids: Vec<u64> = rows.iter().filter_map(|r| r.get::<u64, _>(0)).collect();
        let mut killed = 0;
        for id in ids {
            let kill = Statement {
                sql: format!("KILL CONNECTION {id}"),
                shown: format!("KILL CONNECTION {id}"),
            };
            match self.query_one(&kill) {
                Ok(_) => killed += 1,
                // 1094: unknown thread id, it ended on its own.
                Err(e) if e.code() == Some(1094) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(killed)
    }

    /// Everything this server wrote, as a replica waits for it ([`flavor::VariableNames`]).
    pub fn wait_position(&mut self) -> Result<String, MysqlError> {
        let q = Statement {
            sql: format!("SELECT @@GLOBAL.{}", FlavorSql::of(self.flavor).var.wait_position),
            shown: String::new(),
        };
        Ok(self.query_one(&q)?.unwrap_or_default())
    }

    /// `read_only` on or off (`super_read_only` too on MySQL).
    pub fn set_read_only(&mut self, on: bool) -> Result<(), MysqlError> {
        self.run(&Action::SetReadOnly(on)).map(drop)
    }
    /// Stops receiving from the source while the SQL thread keeps applying the relay log. On a
    /// candidate whose primary is dead never stop both threads: MariaDB throws the relay log away
    /// when the SQL thread restarts with the IO thread stopped (recipe §4).
    pub fn stop_io_thread(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::StopIoThread).map(drop)
    }
    pub fn start_io_thread(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::StartIoThread).map(drop)
    }
    pub fn stop_replication(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::StopReplication).map(drop)
    }
    pub fn start_replication(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::StartReplication).map(drop)
    }
    /// STOP + RESET SLAVE ALL / RESET REPLICA ALL: the server has no source afterwards.
    pub fn reset_replication_all(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::ResetReplicationAll).map(drop)
    }
    /// CHANGE MASTER TO / CHANGE REPLICATION SOURCE TO with GTID auto-positioning. Replication
    /// must be stopped first and started afterwards (see [`Action::ChangeSource`]); a former
    /// primary on MariaDB also needs [`Session::align_slave_pos_to_binlog`] first.
    pub fn change_source(
        &mut self,
        host: &str,
        port: u16,
        repl: &Credentials,
        heartbeat_secs: Option<f64>,
        connect_retry: u32,
    ) -> Result<(), MysqlError> {
        let spec = SourceSpec {
            host: host.to_string(),
            port,
            user: repl.user.clone(),
            password: repl.password.clone(),
            heartbeat_secs,
            connect_retry,
            tls: repl.tls.clone(),
        };
        self.run(&Action::ChangeSource(spec)).map(drop)
    }
    /// See [`Action::AlignSlavePosToBinlog`]. No-op on MySQL.
    pub fn align_slave_pos_to_binlog(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::AlignSlavePosToBinlog).map(drop)
    }
    /// Sets both semi-sync enable flags. The replica flag only takes effect after the IO thread
    /// reconnects: on a running replica call `stop_io_thread()` then `start_io_thread()`.
    /// Apply replicas first and the primary last when enabling, the primary first when disabling.
    pub fn set_semi_sync(&mut self, primary: bool, replica: bool) -> Result<(), MysqlError> {
        self.run(&Action::SetSemiSync { primary, replica }).map(drop)
    }
    /// Waits up to `timeout` for `gtid` to be applied; Ok(false) when the time ran out. On
    /// MariaDB this waits on `gtid_slave_pos`: on a primary it never succeeds for its own writes.
    /// Uses a second connection with a longer read timeout when the wait exceeds the session's.
    pub fn wait_for_position(&mut self, gtid: &str, timeout: Duration) -> Result<bool, MysqlError> {
        let action = Action::WaitForPosition { gtid: gtid.to_string(), timeout };
        let result = if timeout + Duration::from_secs(1) > self.timeout {
            let mut long = Session::connect(&self.addr, &self.creds, timeout + self.timeout)?;
            long.secrets = self.secrets.clone();
            long.run(&action)?
        } else {
            self.run(&action)?
        };
        Ok(result.as_deref().map(str::trim) == Some("0"))
    }
    pub fn flush_binary_logs(&mut self) -> Result<(), MysqlError> {
        self.run(&Action::FlushBinaryLogs).map(drop)
    }
    /// `SET GLOBAL name=value`, e.g. `set_global("slave_net_timeout", "4")`.
    pub fn set_global(&mut self, name: &str, value: &str) -> Result<(), MysqlError> {
        self.run(&Action::SetGlobal { name: name.to_string(), value: value.to_string() }).map(drop)
    }
}

/// Replaces everything from the first to the last `'` with `'***'`.
fn mask_quoted(message: &str) -> String {
    match (message.find('\''), message.rfind('\'')) {
        (Some(a), Some(b)) if a < b => format!("{}'***'{}", &message[..a], &message[b + 1..]),
        (Some(a), _) => format!("{}'***", &message[..a]),
        _ => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_quoted_echoes() {
        assert_eq!(
            mask_quoted("String 'Secr3t-Secr...' is too long for MASTER_PASSWORD (should be no longer than 96)"),
            "String '***' is too long for MASTER_PASSWORD (should be no longer than 96)"
        );
        assert_eq!(mask_quoted("near 'pw'', MASTER_USE_GTID=x' at line 1"), "near '***' at line 1");
        assert_eq!(mask_quoted("dangling 'pw"), "dangling '***");
        assert_eq!(mask_quoted("no quotes"), "no quotes");
    }

    fn spec() -> SourceSpec {
        SourceSpec {
            host: "10.0.0.7".into(),
            port: 3306,
            user: "repl".into(),
            password: Secret::new("s3cr'et"),
            heartbeat_secs: Some(2.0),
            connect_retry: 1,
            tls: None,
        }
    }

    fn verified(ca: &str) -> MysqlTls {
        MysqlTls {
            mode: SslMode::VerifyIdentity,
            files: TlsFiles { ca: Some(ca.into()), ..TlsFiles::default() },
        }
    }

    #[test]
    fn change_source_with_tls() {
        let mut sp = spec();
        sp.tls = Some(verified("/etc/mysql/ca.pem"));
        assert_eq!(
            text(Flavor::MariaDb, Action::ChangeSource(sp.clone()))[0],
            "CHANGE MASTER TO MASTER_HOST='10.0.0.7', MASTER_PORT=3306, MASTER_USER='repl', \
             MASTER_PASSWORD='***', MASTER_CONNECT_RETRY=1, MASTER_HEARTBEAT_PERIOD=2.000, \
             MASTER_SSL=1, MASTER_SSL_CA='/etc/mysql/ca.pem', MASTER_SSL_VERIFY_SERVER_CERT=1, \
             MASTER_USE_GTID=slave_pos"
        );
        sp.heartbeat_secs = None;
        sp.tls = Some(MysqlTls { mode: SslMode::Required, files: TlsFiles::default() });
        assert_eq!(
            text(Flavor::MySql84, Action::ChangeSource(sp.clone()))[0],
            "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.0.7', SOURCE_PORT=3306, \
             SOURCE_USER='repl', SOURCE_PASSWORD='***', SOURCE_CONNECT_RETRY=1, SOURCE_SSL=1, \
             SOURCE_SSL_VERIFY_SERVER_CERT=0, GET_SOURCE_PUBLIC_KEY=1, SOURCE_AUTO_POSITION=1"
        );
        sp.tls = Some(MysqlTls { mode: SslMode::Disabled, files: TlsFiles::default() });
        assert!(text(Flavor::MariaDb, Action::ChangeSource(sp.clone()))[0]
            .contains("MASTER_SSL=0, MASTER_USE_GTID"));
        sp.tls = Some(verified("/x'; DROP"));
        assert!(text(Flavor::MariaDb, Action::ChangeSource(sp))[0]
            .contains("MASTER_SSL_CA='/x''; DROP'"));
    }

    #[test]
    fn repointed_link_keeps_its_tls() {
        use crate::model::{LinkSsl, ReplicationStatus};
        let repl = Credentials::default();
        let mut st = InstanceState::default();
        assert_eq!(link_tls(&repl, Some(&st)), None, "not a replica: nothing to keep");
        st.replication = Some(ReplicationStatus::default());
        assert_eq!(link_tls(&repl, Some(&st)), None, "a plaintext link stays plaintext");
        let ssl = LinkSsl {
            enabled: true,
            ca: "/ca.pem".into(),
            cert: "/c.pem".into(),
            key: "/k.pem".into(),
            verify_server_cert: false,
        };
        st.replication = Some(ReplicationStatus { ssl, ..ReplicationStatus::default() });
        let kept = link_tls(&repl, Some(&st)).expect("TLS kept");
        assert_eq!(kept.mode, SslMode::VerifyCa);
        assert_eq!(kept.files.key.as_deref(), Some(std::path::Path::new("/k.pem")));
        // Flags win over what the replica had.
        let flagged = Credentials { tls: Some(verified("/other.pem")), ..Credentials::default() };
        assert_eq!(link_tls(&flagged, Some(&st)), Some(verified("/other.pem")));
        assert_eq!(link_tls(&flagged, None), Some(verified("/other.pem")));
    }

    fn text(f: Flavor, a: Action) -> Vec<String> {
        statement_text(f, &a).unwrap()
    }

    #[test]
    fn change_source_mariadb() {
        let s = statements(Flavor::MariaDb, &Action::ChangeSource(spec())).unwrap();
        assert_eq!(
            s[0].shown,
            "CHANGE MASTER TO MASTER_HOST='10.0.0.7', MASTER_PORT=3306, MASTER_USER='repl', \
             MASTER_PASSWORD='***', MASTER_CONNECT_RETRY=1, MASTER_HEARTBEAT_PERIOD=2.000, MASTER_USE_GTID=slave_pos"
        );
        assert!(s[0].sql.contains("MASTER_PASSWORD='s3cr''et'"));
        assert!(!s[0].shown.contains("s3cr"));
        assert!(!format!("{s:?}").contains("s3cr"), "Debug must not print the password");
    }

    #[test]
    fn change_source_mysql() {
        let mut sp = spec();
        sp.heartbeat_secs = None;
        assert_eq!(
            text(Flavor::MySql80, Action::ChangeSource(sp.clone())),
            ["CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.0.7', SOURCE_PORT=3306, SOURCE_USER='repl', \
              SOURCE_PASSWORD='***', SOURCE_CONNECT_RETRY=1, GET_SOURCE_PUBLIC_KEY=1, SOURCE_AUTO_POSITION=1"]
        );
        assert_eq!(
            text(Flavor::MySql84, Action::ChangeSource(sp.clone())),
            text(Flavor::MySql80, Action::ChangeSource(sp))
        );
    }

    #[test]
    fn change_source_refuses_bad_input() {
        let mut sp = spec();
        sp.host = "h', MASTER_PASSWORD='x".into();
        assert!(statement_text(Flavor::MariaDb, &Action::ChangeSource(sp))
            .unwrap_err()
            .starts_with("invalid host"));
        let mut sp = spec();
        sp.heartbeat_secs = Some(f64::NAN);
        assert!(statement_text(Flavor::MariaDb, &Action::ChangeSource(sp)).is_err());
        let mut sp = spec();
        sp.port = 0;
        assert!(statement_text(Flavor::MariaDb, &Action::ChangeSource(sp)).is_err());
    }

    #[test]
    fn simple_actions() {
        assert_eq!(text(Flavor::MariaDb, Action::SetReadOnly(true)), ["SET GLOBAL read_only=ON"]);
        assert_eq!(
            text(Flavor::MySql80, Action::SetReadOnly(true)),
            ["SET GLOBAL read_only=ON", "SET GLOBAL super_read_only=ON"]
        );
        assert_eq!(text(Flavor::MariaDb, Action::StopIoThread), ["STOP SLAVE IO_THREAD"]);
        assert_eq!(text(Flavor::MySql84, Action::StartIoThread), ["START REPLICA IO_THREAD"]);
        assert_eq!(
            text(Flavor::MariaDb, Action::ResetReplicationAll),
            ["STOP SLAVE", "RESET SLAVE ALL"]
        );
        assert_eq!(
            text(Flavor::MySql80, Action::ResetReplicationAll),
            ["STOP REPLICA", "RESET REPLICA ALL"]
        );
        assert_eq!(text(Flavor::MySql80, Action::StopReplication), ["STOP REPLICA"]);
        assert_eq!(text(Flavor::MariaDb, Action::StartReplication), ["START SLAVE"]);
        assert_eq!(text(Flavor::MariaDb, Action::FlushBinaryLogs), ["FLUSH BINARY LOGS"]);
        assert_eq!(
            text(Flavor::MariaDb, Action::AlignSlavePosToBinlog),
            ["SET GLOBAL gtid_slave_pos=@@GLOBAL.gtid_current_pos"]
        );
        assert!(text(Flavor::MySql84, Action::AlignSlavePosToBinlog).is_empty());
    }

    #[test]
    fn semi_sync_and_wait() {
        assert_eq!(
            text(Flavor::MariaDb, Action::SetSemiSync { primary: true, replica: false }),
            [
                "SET GLOBAL rpl_semi_sync_master_enabled=ON",
                "SET GLOBAL rpl_semi_sync_slave_enabled=OFF"
            ]
        );
        assert_eq!(
            text(Flavor::MySql84, Action::SetSemiSync { primary: false, replica: true }),
            [
                "SET GLOBAL rpl_semi_sync_source_enabled=OFF",
                "SET GLOBAL rpl_semi_sync_replica_enabled=ON"
            ]
        );
        let w =
            Action::WaitForPosition { gtid: "0-1-7".into(), timeout: Duration::from_millis(2500) };
        assert_eq!(text(Flavor::MariaDb, w.clone()), ["SELECT MASTER_GTID_WAIT('0-1-7', 2.500)"]);
        assert_eq!(text(Flavor::MySql80, w), ["SELECT WAIT_FOR_EXECUTED_GTID_SET('0-1-7', 2.500)"]);
    }

    #[test]
    fn set_global() {
        let a = |n: &str, v: &str| Action::SetGlobal { name: n.into(), value: v.into() };
        assert_eq!(
            text(Flavor::MariaDb, a("slave_net_timeout", "4")),
            ["SET GLOBAL slave_net_timeout=4"]
        );
        assert_eq!(
            text(Flavor::MariaDb, a("rpl_semi_sync_master_wait_point", "AFTER_SYNC")),
            ["SET GLOBAL rpl_semi_sync_master_wait_point='AFTER_SYNC'"]
        );
        assert!(statement_text(Flavor::MariaDb, &a("x=1; DROP", "1")).is_err());
    }
}
