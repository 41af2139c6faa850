//! Reads the replication state of MySQL/MariaDB servers into `model::InstanceState`. Read-only.
//!
//! One probe is one connection and three statements (four on a MySQL replica):
//! `SHOW GLOBAL VARIABLES WHERE ...` (flavor-independent, so the flavor is detected from its
//! `version`), the flavor's replication status statement, `SHOW GLOBAL STATUS LIKE
//! 'Rpl_semi_sync%'` (and MySQL's heartbeat from performance_schema). The answers are collected
//! into a [`RawProbe`] and turned into the model by the pure [`parse`], which the recorded
//! fixtures in `tests/fixtures/mysql/` also feed.

use super::flavor::{self, FlavorSql};
use super::{conn_opts, open, query_error, row_map, Addr, MysqlError, RowMap};
use crate::model::{Flavor, InstanceState, LinkSsl, ReplicationStatus, SemiSync, ThreadState};
use crate::secret::Credentials;
use mysql::prelude::Queryable;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Default number of probes in flight in [`probe_all`].
pub const DEFAULT_WORKERS: usize = 32;

/// One server to probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeTarget {
    /// Tablet alias (`zone1-0000000101`), copied into the result.
    pub alias: String,
    pub host: String,
    pub port: u16,
}

/// What the server answered, before interpretation. Also the fixture format (JSON).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawProbe {
    /// `SHOW GLOBAL VARIABLES` rows: name -> value.
    pub variables: BTreeMap<String, String>,
    /// Rows of the replication status statement (empty when not a replica).
    #[serde(default)]
    pub replica_status: Vec<RowMap>,
    /// `SHOW GLOBAL STATUS LIKE 'Rpl_semi_sync%'` rows: name -> value.
    #[serde(default)]
    pub status: BTreeMap<String, String>,
    /// MySQL: `HEARTBEAT_INTERVAL` of the default channel.
    #[serde(default)]
    pub heartbeat_interval: Option<String>,
}

/// Probes one server. Never fails: an unreachable server gives `reachable = false` and an error
/// naming `host:port`; a statement that fails after connecting, or a missing or unreadable value,
/// gives `partial = true` with the reason in `error`. `now_ms` is the wall clock at the start (the
/// caller's one clock read); `checked_at_ms` is `now_ms` plus the measured duration. `last_seen_ms`
/// is `checked_at_ms` when reached and 0 otherwise: the caller carries the previous value forward.
pub fn probe(
    target: &ProbeTarget,
    creds: &Credentials,
    timeout: Duration,
    now_ms: i64,
) -> InstanceState {
    let started = Instant::now();
    let mut st = InstanceState {
        alias: target.alias.clone(),
        host: target.host.clone(),
        port: target.port,
        ..InstanceState::default()
    };
    let (raw, err) = read_raw(target, creds, timeout);
    st.access_denied = err.as_ref().is_some_and(|e| {
        matches!(e, MysqlError::Denied { .. })
            || e.code().is_some_and(|c| super::DENIED.contains(&c))
    });
    // Say as whom: the fix is a password or a grant for this user on this host.
    let err = err.map(|e| {
        if st.access_denied {
            format!("as user '{}': {e}", creds.user)
        } else {
            e.to_string()
        }
    });
    match raw {
        None => {
            st.reachable = false;
            st.error = err;
        }
        Some(raw) => {
            st.reachable = true;
            let mut notes = parse(&raw, &mut st);
            if let Some(e) = err {
                notes.insert(0, e);
            }
            if !notes.is_empty() {
                st.partial = true;
                st.error = Some(notes.join("; "));
            }
        }
    }
    st.probe_ms = started.elapsed().as_millis() as u64;
    st.checked_at_ms = now_ms + st.probe_ms as i64;
    if st.reachable {
        st.last_seen_ms = st.checked_at_ms;
    }
    st
}

/// Probes every target with at most `workers` connections at once (`std::thread::scope`).
/// Results come back in input order. A hung server holds one worker for one `timeout`.
pub fn probe_all(
    targets: &[ProbeTarget],
    creds: &Credentials,
    timeout: Duration,
    workers: usize,
    now_ms: i64,
) -> Vec<InstanceState> {
    probe_all_with_progress(targets, creds, timeout, workers, now_ms, &|| {})
}

/// [`probe_all`], calling `on_done` after each probe finishes (drives a progress bar).
pub fn probe_all_with_progress(
    targets: &[ProbeTarget],
    creds: &Credentials,
    timeout: Duration,
    workers: usize,
    now_ms: i64,
    on_done: &(dyn Fn() + Sync),
) -> Vec<InstanceState> {
    let workers = workers.clamp(1, targets.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<InstanceState>> = vec![None; targets.len()];
    let results = std::sync::Mutex::new(&mut slots);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(t) = targets.get(i) else { break };
                let st = probe(t, creds, timeout, now_ms);
                on_done();
                // A poisoned lock only means another worker panicked; the slots are still valid.
                let mut r = results.lock().unwrap_or_else(|e| e.into_inner());
                r[i] = Some(st);
            });
        }
    });
    slots
        .into_iter()
        .zip(targets)
        .map(|(st, t)| {
            st.unwrap_or_else(|| InstanceState {
                alias: t.alias.clone(),
                host: t.host.clone(),
                port: t.port,
                error: Some(format!("probe of {}:{} did not finish", t.host, t.port)),
                ..InstanceState::default()
            })
        })
        .collect()
}

/// Connects and runs the probe statements without interpreting them (the fixtures are recorded
/// with this). `(None, Some(e))`: no connection. `(Some(raw), Some(e))`: connected, but a
/// statement failed (raw holds what was read before it).
pub fn read_raw(
    target: &ProbeTarget,
    creds: &Credentials,
    timeout: Duration,
) -> (Option<RawProbe>, Option<MysqlError>) {
    let addr = Addr { host: target.host.clone(), port: target.port };
    let a = addr.to_string();
    let secrets = [creds.password.expose()];
    let mut conn = match open(&addr, creds, conn_opts(&addr, creds, timeout)) {
        Ok(c) => c,
        Err(e) => return (None, Some(e)),
    };
    let mut raw = RawProbe::default();
    let vars_sql = flavor::probe_variables_statement();
    match query_rows(&mut conn, &vars_sql) {
        Ok(rows) => raw.variables = name_values(&rows),
        Err(e) => return (Some(raw), Some(query_error(&a, "SHOW GLOBAL VARIABLES", &e, &secrets))),
    }
    let fl = FlavorSql::of(detected_flavor(&raw));
    match query_rows(&mut conn, fl.replica_status) {
        Ok(rows) => raw.replica_status = rows,
        Err(e) => return (Some(raw), Some(query_error(&a, fl.replica_status, &e, &secrets))),
    }
    match query_rows(&mut conn, flavor::SEMI_SYNC_STATUS_STATEMENT) {
        Ok(rows) => raw.status = name_values(&rows),
        Err(e) => {
            return (
                Some(raw),
                Some(query_error(&a, flavor::SEMI_SYNC_STATUS_STATEMENT, &e, &secrets)),
            )
        }
    }
    if let (Some(q), false) = (fl.heartbeat_query, raw.replica_status.is_empty()) {
        match query_rows(&mut conn, q) {
            Ok(rows) => {
                raw.heartbeat_interval =
                    rows.first().and_then(|r| r.values().next().cloned().flatten());
            }
            Err(e) => return (Some(raw), Some(query_error(&a, q, &e, &secrets))),
        }
    }
    (Some(raw), None)
}

fn query_rows(conn: &mut mysql::Conn, sql: &str) -> Result<Vec<RowMap>, mysql::Error> {
    let rows: Vec<mysql::Row> = conn.query(sql)?;
    Ok(rows.iter().map(row_map).collect())
}

/// `SHOW VARIABLES` / `SHOW STATUS` rows (two columns) as name -> value.
fn name_values(rows: &[RowMap]) -> BTreeMap<String, String> {
    rows.iter()
        .filter_map(|r| {
            let name = r.get("Variable_name")?.clone()?;
            let value = r.get("Value").cloned().flatten().unwrap_or_default();
            Some((name, value))
        })
        .collect()
}

fn detected_flavor(raw: &RawProbe) -> Flavor {
    let v = |n: &str| raw.variables.get(n).map(String::as_str).unwrap_or("");
    flavor::detect(v("version"), v("version_comment")).unwrap_or_default()
}

/// Fills `st` from `raw` (pure). Returns one note per value that was expected but missing or
/// unreadable; the probe marks such a result partial. Never panics on odd input.
pub fn parse(raw: &RawProbe, st: &mut InstanceState) -> Vec<String> {
    let mut notes = Vec::new();
    let version = raw.variables.get("version").cloned().unwrap_or_default();
    let comment = raw.variables.get("version_comment").cloned().unwrap_or_default();
    match flavor::detect(&version, &comment) {
        Some(f) => st.flavor = f,
        None => notes.push(format!("cannot tell the server flavor from version {version:?}")),
    }
    st.version = version;
    let fl = FlavorSql::of(st.flavor);

    let mut vars = Reader { map: &raw.variables, what: "variable", notes: &mut notes };
    st.server_id = vars.num("server_id").unwrap_or(0);
    // Identity of the server (see `InstanceState::server_identity`); both flavors have them.
    st.server_hostname = vars.text("hostname").unwrap_or_default();
    st.server_port = vars.num("port").unwrap_or(0);
    st.read_only = vars.flag("read_only").unwrap_or(false);
    st.log_bin = vars.flag("log_bin").unwrap_or(false);
    st.binlog_format = vars.text("binlog_format").unwrap_or_default();
    st.log_replica_updates = vars.flag(fl.var.log_replica_updates).unwrap_or(false);
    st.executed_gtid = vars.text(fl.var.executed_gtid).map(|g| one_line(&g)).unwrap_or_default();
    st.replica_net_timeout = vars.num(fl.var.net_timeout).unwrap_or(0);
    if let Some(name) = fl.var.super_read_only {
        st.super_read_only = vars.flag(name).unwrap_or(false);
    }
    // Flavor-specific extras: absent on the other family, so not required.
    st.server_uuid = vars.optional("server_uuid").unwrap_or_default();
    st.gtid_domain_id = vars.optional("gtid_domain_id").and_then(|v| v.parse().ok()).unwrap_or(0);
    st.gtid_binlog_pos = vars.optional("gtid_binlog_pos").unwrap_or_default();
    st.gtid_slave_pos = vars.optional("gtid_slave_pos").unwrap_or_default();
    st.gtid_current_pos = vars.optional("gtid_current_pos").unwrap_or_default();
    st.gtid_strict_mode =
        vars.optional("gtid_strict_mode").is_some_and(|v| parse_flag(&v) == Some(true));

    // Semi-sync: a MySQL server without the plugin has none of these; that reads as "off".
    let mut semi = SemiSync {
        primary_enabled: vars.first_flag(fl.var.semi_primary_enabled),
        replica_enabled: vars.first_flag(fl.var.semi_replica_enabled),
        primary_timeout_ms: vars.first_num(fl.var.semi_primary_timeout),
        wait_for_replica_count: vars.first_num(fl.var.semi_wait_for_replica_count),
        wait_no_replica: vars
            .first(fl.var.semi_wait_no_replica)
            .map(|_| vars.first_flag(fl.var.semi_wait_no_replica)),
        ..SemiSync::default()
    };
    if fl.flavor == Flavor::MariaDb {
        // MariaDB waits for one ack, always.
        semi.wait_for_replica_count = 1;
    }
    let mut status = Reader { map: &raw.status, what: "status", notes: &mut notes };
    semi.primary_status = status.first_flag(fl.status.semi_primary_status);
    semi.replica_status = status.first_flag(fl.status.semi_replica_status);
    semi.primary_clients = status.first_num(fl.status.semi_primary_clients);
    semi.wait_sessions = status.first_num(fl.status.semi_wait_sessions);
    semi.yes_tx = status.first_num(fl.status.semi_yes_tx);
    semi.no_tx = status.first_num(fl.status.semi_no_tx);
    st.semi_sync = semi;

    st.replication =
        default_channel(&raw.replica_status, fl).map(|row| replication(row, fl, raw, &mut notes));
    notes
}

/// The default channel's row (empty channel name), else the first row.
fn default_channel<'a>(rows: &'a [RowMap], fl: &FlavorSql) -> Option<&'a RowMap> {
    rows.iter()
        .find(|r| matches!(r.get(fl.col.channel), Some(Some(n)) if n.is_empty()))
        .or_else(|| rows.first())
}

fn replication(
    row: &RowMap,
    fl: &FlavorSql,
    raw: &RawProbe,
    notes: &mut Vec<String>,
) -> ReplicationStatus {
    let c = &fl.col;
    let mut r = Row { map: row, notes };
    let heartbeat = match c.heartbeat {
        Some(col) => r.float(col),
        None => match raw.heartbeat_interval.as_deref().map(str::trim) {
            Some(v) => v.parse::<f64>().ok().or_else(|| {
                r.notes.push(format!("unreadable HEARTBEAT_INTERVAL {v:?}"));
                None
            }),
            None => {
                r.notes.push("missing HEARTBEAT_INTERVAL".to_string());
                None
            }
        },
    };
    ReplicationStatus {
        source_host: r.text(c.source_host).unwrap_or_default(),
        source_port: r.num(c.source_port).unwrap_or(0),
        io_thread: r.thread(c.io_running),
        sql_thread: r.thread(c.sql_running),
        lag_seconds: r.lag(c.lag),
        sql_delay: r.num(c.sql_delay).unwrap_or(0),
        last_io_errno: r.num(c.last_io_errno).unwrap_or(0),
        last_io_error: r.text(c.last_io_error).unwrap_or_default(),
        last_sql_errno: r.num(c.last_sql_errno).unwrap_or(0),
        last_sql_error: r.text(c.last_sql_error).unwrap_or_default(),
        retrieved_gtid: r.text(c.retrieved_gtid).map(|g| one_line(&g)).unwrap_or_default(),
        auto_position: r.auto_position(c.auto_position),
        heartbeat_period: heartbeat.unwrap_or(0.0),
        source_user: r.text(c.source_user).unwrap_or_default(),
        ssl: link_ssl(row, &c.ssl),
    }
}

/// The link's TLS settings. Optional columns: a fixture recorded without them reads as no TLS.
fn link_ssl(row: &RowMap, c: &flavor::SslColumns) -> LinkSsl {
    let get = |col: &str| row.get(col).cloned().flatten().unwrap_or_default().trim().to_string();
    LinkSsl {
        // `Ignored` (MySQL: TLS asked for but the replica cannot do it) is not a TLS link.
        enabled: get(c.allowed).eq_ignore_ascii_case("yes"),
        ca: get(c.ca),
        cert: get(c.cert),
        key: get(c.key),
        verify_server_cert: parse_flag(&get(c.verify_server_cert)) == Some(true),
    }
}

/// MySQL prints long GTID sets over several lines.
fn one_line(g: &str) -> String {
    g.split('\n').map(str::trim).collect::<Vec<_>>().join("")
}

/// `ON`/`1`/`YES`/`TRUE` and their opposites.
fn parse_flag(v: &str) -> Option<bool> {
    match v.trim().to_ascii_uppercase().as_str() {
        "ON" | "1" | "YES" | "TRUE" => Some(true),
        "OFF" | "0" | "NO" | "FALSE" | "" => Some(false),
        _ => None,
    }
}

/// Typed reads from a name -> value map, noting what is missing or unreadable.
struct Reader<'a> {
    map: &'a BTreeMap<String, String>,
    what: &'static str,
    notes: &'a mut Vec<String>,
}

impl Reader<'_> {
    fn text(&mut self, name: &str) -> Option<String> {
        let v = self.map.get(name).cloned();
        if v.is_none() {
            self.notes.push(format!("missing {} {name}", self.what));
        }
        v
    }
    fn optional(&self, name: &str) -> Option<String> {
        self.map.get(name).cloned()
    }
    fn flag(&mut self, name: &str) -> Option<bool> {
        let v = self.text(name)?;
        let f = parse_flag(&v);
        if f.is_none() {
            self.notes.push(format!("unreadable {} {name}={v:?}", self.what));
        }
        f
    }
    fn num<T: std::str::FromStr>(&mut self, name: &str) -> Option<T> {
        let v = self.text(name)?;
        let n = v.trim().parse().ok();
        if n.is_none() {
            self.notes.push(format!("unreadable {} {name}={v:?}", self.what));
        }
        n
    }
    /// The first of `names` that exists; absent altogether means off (no plugin).
    fn first(&self, names: &[&str]) -> Option<(String, String)> {
        names.iter().find_map(|n| self.map.get(*n).map(|v| (n.to_string(), v.clone())))
    }
    fn first_flag(&mut self, names: &[&str]) -> bool {
        match self.first(names) {
            None => false,
            Some((n, v)) => parse_flag(&v).unwrap_or_else(|| {
                self.notes.push(format!("unreadable {} {n}={v:?}", self.what));
                false
            }),
        }
    }
    fn first_num(&mut self, names: &[&str]) -> u64 {
        match self.first(names) {
            None => 0,
            Some((n, v)) => v.trim().parse().unwrap_or_else(|_| {
                self.notes.push(format!("unreadable {} {n}={v:?}", self.what));
                0
            }),
        }
    }
}

/// Typed reads from one status row (values may be NULL).
struct Row<'a> {
    map: &'a RowMap,
    notes: &'a mut Vec<String>,
}

impl Row<'_> {
    /// Present column; NULL reads as "".
    fn text(&mut self, col: &str) -> Option<String> {
        match self.map.get(col) {
            Some(v) => Some(v.clone().unwrap_or_default()),
            None => {
                self.notes.push(format!("missing column {col}"));
                None
            }
        }
    }
    fn num<T: std::str::FromStr>(&mut self, col: &str) -> Option<T> {
        let v = self.text(col)?;
        let n = v.trim().parse().ok();
        if n.is_none() {
            self.notes.push(format!("unreadable {col}={v:?}"));
        }
        n
    }
    fn float(&mut self, col: &str) -> Option<f64> {
        self.num::<f64>(col).filter(|f| f.is_finite())
    }
    /// `Yes` / `Connecting` / `No`; anything else reads as stopped (and is noted).
    fn thread(&mut self, col: &str) -> ThreadState {
        let Some(v) = self.text(col) else { return ThreadState::Stopped };
        match v.trim().to_ascii_lowercase().as_str() {
            "yes" => ThreadState::Running,
            "connecting" | "preparing" => ThreadState::Connecting,
            "no" | "" => ThreadState::Stopped,
            _ => {
                self.notes.push(format!("unreadable {col}={v:?}"));
                ThreadState::Stopped
            }
        }
    }
    /// NULL -> None (unknown); negative -> 0 (VTOrc does the same).
    fn lag(&mut self, col: &str) -> Option<u64> {
        match self.map.get(col) {
            None => {
                self.notes.push(format!("missing column {col}"));
                None
            }
            Some(None) => None,
            Some(Some(v)) => match v.trim().parse::<i64>() {
                Ok(n) => Some(n.max(0) as u64),
                Err(_) => {
                    self.notes.push(format!("unreadable {col}={v:?}"));
                    None
                }
            },
        }
    }
    /// MySQL `Auto_Position` 0/1; MariaDB `Using_Gtid` No / Slave_Pos / Current_Pos.
    fn auto_position(&mut self, col: &str) -> bool {
        let Some(v) = self.text(col) else { return false };
        match v.trim().to_ascii_lowercase().as_str() {
            "1" | "slave_pos" | "current_pos" => true,
            "0" | "no" | "" => false,
            _ => {
                self.notes.push(format!("unreadable {col}={v:?}"));
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn maria_raw() -> RawProbe {
        let mut raw = RawProbe::default();
        for (k, v) in [
            ("version", "10.11.19-MariaDB-0+deb12u1"),
            ("version_comment", "Debian 12"),
            ("server_id", "2"),
            ("read_only", "ON"),
            ("log_bin", "ON"),
            ("binlog_format", "ROW"),
            ("log_slave_updates", "ON"),
            ("gtid_binlog_state", "0-1-3"),
            ("slave_net_timeout", "4"),
        ] {
            raw.variables.insert(k.into(), v.into());
        }
        raw
    }

    #[test]
    fn garbage_is_partial_not_a_panic() {
        let mut raw = maria_raw();
        raw.variables.insert("server_id".into(), "two".into());
        raw.variables.remove("read_only");
        let mut row = RowMap::new();
        row.insert("Slave_IO_Running".into(), Some("Maybe".into()));
        row.insert("Seconds_Behind_Master".into(), Some("-3".into()));
        raw.replica_status.push(row);
        let mut st = InstanceState::default();
        let notes = parse(&raw, &mut st);
        assert!(notes.iter().any(|n| n.contains("server_id")), "{notes:?}");
        assert!(notes.iter().any(|n| n == "missing variable read_only"), "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("Slave_IO_Running")), "{notes:?}");
        assert!(notes.iter().any(|n| n == "missing column Master_Host"), "{notes:?}");
        let r = st.replication.unwrap();
        assert_eq!(r.io_thread, ThreadState::Stopped);
        assert_eq!(r.lag_seconds, Some(0));
        assert_eq!(st.server_id, 0);
    }

    #[test]
    fn empty_input() {
        let mut st = InstanceState::default();
        let notes = parse(&RawProbe::default(), &mut st);
        assert!(notes[0].starts_with("cannot tell the server flavor"));
        assert!(st.replication.is_none());
    }

    #[test]
    fn picks_default_channel() {
        let mut raw = maria_raw();
        for (name, host) in [("other", "10.0.0.9"), ("", "10.0.0.1")] {
            let mut row = RowMap::new();
            row.insert("Connection_name".into(), Some(name.into()));
            row.insert("Master_Host".into(), Some(host.into()));
            raw.replica_status.push(row);
        }
        let mut st = InstanceState::default();
        parse(&raw, &mut st);
        assert_eq!(st.replication.unwrap().source_host, "10.0.0.1");
    }

    #[test]
    fn flags() {
        assert_eq!(parse_flag("ON"), Some(true));
        assert_eq!(parse_flag("off"), Some(false));
        assert_eq!(parse_flag("1"), Some(true));
        assert_eq!(parse_flag("2"), None);
        assert_eq!(one_line("a:1-3,\nb:1-9"), "a:1-3,b:1-9");
    }

    #[test]
    fn unreachable_names_host_and_port() {
        // Port 1 on loopback is closed: refused at once.
        let t = ProbeTarget { alias: "z1-1".into(), host: "127.0.0.1".into(), port: 1 };
        let creds = Credentials {
            user: "u".into(),
            password: crate::secret::Secret::new("pw-xyz"),
            tls: None,
        };
        let st = probe(&t, &creds, Duration::from_millis(500), 1000);
        assert!(!st.reachable);
        let e = st.error.unwrap();
        assert!(e.contains("127.0.0.1:1"), "{e}");
        assert!(!e.contains("pw-xyz"));
        assert!(st.checked_at_ms >= 1000);
        assert_eq!(st.last_seen_ms, 0);
        assert_eq!(st.alias, "z1-1");
    }
}
