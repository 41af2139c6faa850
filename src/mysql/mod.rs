//! MySQL/MariaDB: connection options with timeouts, `probe()` (read-only, fills
//! `model::InstanceState`) and `actions` (side effects for recoveries). Flavors are data
//! (`flavor`), SQL literals come from one quoting function (`quote`). Does network I/O.
//!
//! This module depends only on `crate::model`, `crate::secret` and `crate::tls`: the integration tests compile
//! it into their own crate (`#[path]`) to test it against real servers, so keep it that way.

#![allow(dead_code)] // Parts of the API are for recovery/commands, which are being built.

pub mod actions;
pub mod flavor;
pub mod probe;
#[cfg(test)]
mod probe_fixtures;
pub mod quote;
pub mod sentinel;

use crate::secret::Credentials;
use crate::tls::{MysqlTls, SslMode};
use std::fmt;
use std::time::Duration;

/// Where a MySQL server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addr {
    pub host: String,
    pub port: u16,
}

impl fmt::Display for Addr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// A failure talking to one server. Every message names the server (`host:port`) and, for a
/// statement, the statement with any password masked; server texts are scrubbed of the password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MysqlError {
    /// No session: refused, unreachable, handshake failed.
    Connect { addr: String, message: String },
    /// The server answered and refused vtorc-rs's login or a statement for want of a privilege:
    /// its state is unknown, which is not the same as dead.
    Denied { addr: String, message: String },
    /// The server did not answer within the timeout (a hung or overloaded server).
    Timeout { addr: String, statement: Option<String>, message: String },
    /// The server answered the statement with an error.
    Query { addr: String, statement: String, code: u16, message: String },
    /// The connection broke or the answer could not be read.
    Io { addr: String, statement: String, message: String },
    /// vtorc-rs refused to build the statement (invalid host, variable name, ...).
    Invalid { addr: String, message: String },
}

impl MysqlError {
    /// The server's error number, for a `Query` error.
    pub fn code(&self) -> Option<u16> {
        match self {
            MysqlError::Query { code, .. } => Some(*code),
            _ => None,
        }
    }
}

impl fmt::Display for MysqlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MysqlError::Connect { addr, message } => {
                write!(f, "cannot connect to MySQL at {addr}: {message}")
            }
            MysqlError::Denied { addr, message } => {
                write!(f, "MySQL at {addr} refused vtorc-rs: {message}")
            }
            MysqlError::Timeout { addr, statement: None, message } => {
                write!(f, "MySQL at {addr} did not answer in time while connecting: {message}")
            }
            MysqlError::Timeout { addr, statement: Some(s), message } => {
                write!(f, "MySQL at {addr} did not answer `{s}` in time: {message}")
            }
            MysqlError::Query { addr, statement, code, message } => {
                write!(f, "MySQL at {addr}: `{statement}` failed: ERROR {code}: {message}")
            }
            MysqlError::Io { addr, statement, message } => {
                write!(f, "MySQL at {addr}: `{statement}`: connection failed: {message}")
            }
            MysqlError::Invalid { addr, message } => write!(f, "MySQL at {addr}: {message}"),
        }
    }
}

impl std::error::Error for MysqlError {}

/// Replaces every occurrence of the password (raw and as escaped inside a literal) with `***`.
/// Server errors can echo statement text ("... near 'secret', MASTER_USE_GTID"), so every
/// message passes through here. A very short password garbles messages a little; leaking it
/// would be worse.
pub(crate) fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_string();
    for s in secrets.iter().filter(|s| !s.is_empty()) {
        out = out.replace(s, "***");
        let q = quote::quote(s);
        let inner = &q[1..q.len() - 1];
        if inner != *s {
            out = out.replace(inner, "***");
        }
    }
    out
}

/// True for the errors a read/connect timeout produces (the crate reports EAGAIN as a codec error).
fn is_timeout(e: &mysql::Error) -> bool {
    let io_timeout = |k: std::io::ErrorKind| {
        matches!(k, std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock)
    };
    match e {
        mysql::Error::IoError(io) => io_timeout(io.kind()),
        mysql::Error::DriverError(
            mysql::DriverError::ConnectTimeout | mysql::DriverError::Timeout,
        ) => true,
        mysql::Error::DriverError(mysql::DriverError::CouldNotConnect(Some((_, _, kind)))) => {
            io_timeout(*kind)
        }
        other => text_is_timeout(&other.to_string()),
    }
}

/// The crate wraps some I/O errors in text only (codec errors). EAGAIN (11) is what a read
/// timeout gives, ETIMEDOUT (110) a connect timeout. The number is compared whole: "os error
/// 111" (connection refused) is not a timeout, though its text starts with "os error 11".
fn text_is_timeout(t: &str) -> bool {
    t.contains("timed out")
        || t.match_indices("os error ").any(|(i, m)| {
            let digits: String =
                t[i + m.len()..].chars().take_while(char::is_ascii_digit).collect();
            matches!(digits.as_str(), "11" | "110")
        })
}

/// Server errors that mean "not allowed", never "not there": access denied for user (1045),
/// to a database (1044), no such grant (1141), a missing privilege for a statement (1227, 1142),
/// a plugin login refused (1698), a locked account (4151).
pub const DENIED: &[u16] = &[1044, 1045, 1141, 1142, 1227, 1698, 4151];

/// The crate's error as one line for people: server errors as `ERROR n (state): message`, I/O
/// errors by their OS text, never Rust's debug output (`MySqlError { ... }`).
pub(crate) fn plain(e: &mysql::Error) -> String {
    match e {
        mysql::Error::MySqlError(se) => format!("ERROR {} ({}): {}", se.code, se.state, se.message),
        mysql::Error::IoError(io) => io.to_string(),
        mysql::Error::CodecError(c) => c.to_string(),
        other => other.to_string(),
    }
}

/// Maps a crate error from connecting.
pub(crate) fn connect_error(addr: &str, e: &mysql::Error, secrets: &[&str]) -> MysqlError {
    // The crate's Debug-like "DriverError { Could not connect to address `h:p': ... }" repeats
    // the address the caller already names: keep only the OS's reason.
    let text = match e {
        mysql::Error::DriverError(mysql::DriverError::CouldNotConnect(Some((_, desc, _)))) => {
            desc.clone()
        }
        other => plain(other),
    };
    let mut message = scrub(&text, secrets);
    if let Some(reason) = crate::tls::reason(&message) {
        message = format!("TLS: {reason}: {message}");
    }
    if let mysql::Error::MySqlError(se) = e {
        if DENIED.contains(&se.code) {
            return MysqlError::Denied { addr: addr.to_string(), message };
        }
    }
    if is_timeout(e) {
        MysqlError::Timeout { addr: addr.to_string(), statement: None, message }
    } else {
        MysqlError::Connect { addr: addr.to_string(), message }
    }
}

/// Maps a crate error from running `statement` (already masked).
pub(crate) fn query_error(
    addr: &str,
    statement: &str,
    e: &mysql::Error,
    secrets: &[&str],
) -> MysqlError {
    let addr = addr.to_string();
    let statement = statement.to_string();
    match e {
        mysql::Error::MySqlError(se) => MysqlError::Query {
            addr,
            statement,
            code: se.code,
            message: scrub(&se.message, secrets),
        },
        e if is_timeout(e) => MysqlError::Timeout {
            addr,
            statement: Some(statement),
            message: scrub(&plain(e), secrets),
        },
        e => MysqlError::Io { addr, statement, message: scrub(&plain(e), secrets) },
    }
}

/// The crate's TLS options for `tls`, or None for plaintext. The mysql crate always trusts the
/// public web roots too; `--mysql-ssl-ca` adds the operator's CA.
fn ssl_opts(tls: &MysqlTls) -> Option<mysql::SslOpts> {
    let (accept_any, skip_name) = match tls.mode {
        SslMode::Disabled => return None,
        // Encrypted but unverified, as the mysql client's PREFERRED and REQUIRED.
        SslMode::Preferred | SslMode::Required => (true, true),
        SslMode::VerifyCa => (false, true),
        SslMode::VerifyIdentity => (false, false),
    };
    let mut o = mysql::SslOpts::default()
        .with_danger_accept_invalid_certs(accept_any)
        .with_danger_skip_domain_validation(skip_name);
    if let Some(ca) = &tls.files.ca {
        o = o.with_root_cert_path(Some(ca.clone()));
    }
    if let (Some(cert), Some(key)) = (&tls.files.cert, &tls.files.key) {
        o = o.with_client_identity(Some(mysql::ClientIdentity::new(cert.clone(), key.clone())));
    }
    Some(o)
}

/// Opens a session to `addr` with `opts` and the TLS of `creds`: in `preferred` mode a server
/// that offers no TLS is connected to again in plaintext (one more connect, only then). Every
/// error names the server and, for a TLS failure, the reason.
pub(crate) fn open(
    addr: &Addr,
    creds: &Credentials,
    opts: mysql::OptsBuilder,
) -> Result<mysql::Conn, MysqlError> {
    let shown = addr.to_string();
    let secrets = [creds.password.expose()];
    let tls = creds.tls.clone().unwrap_or_default();
    let first = mysql::Conn::new(opts.clone().ssl_opts(ssl_opts(&tls)));
    match first {
        Ok(c) => Ok(c),
        Err(mysql::Error::DriverError(mysql::DriverError::TlsNotSupported))
            if tls.mode == SslMode::Preferred =>
        {
            mysql::Conn::new(opts).map_err(|e| connect_error(&shown, &e, &secrets))
        }
        Err(mysql::Error::DriverError(mysql::DriverError::TlsNotSupported)) => {
            Err(MysqlError::Connect {
                addr: shown,
                message: format!(
                    "TLS: the server does not offer TLS, and --mysql-ssl-mode is {}",
                    tls.mode.as_str()
                ),
            })
        }
        Err(e) if tls.mode == SslMode::Disabled && is_access_denied(&e) => {
            Err(plaintext_refused(opts, &shown)
                .unwrap_or_else(|| connect_error(&shown, &e, &secrets)))
        }
        Err(e) => Err(connect_error(&shown, &e, &secrets)),
    }
}

fn is_access_denied(e: &mysql::Error) -> bool {
    matches!(e, mysql::Error::MySqlError(se) if se.code == 1045)
}

/// MariaDB answers a plaintext login under `require_secure_transport=ON` (or for a user with
/// `REQUIRE SSL`) with plain "Access denied", like a wrong password. When the same login gets in
/// over TLS, that was the reason: say so, or the tablet would look like a credentials problem.
fn plaintext_refused(opts: mysql::OptsBuilder, shown: &str) -> Option<MysqlError> {
    let any = mysql::SslOpts::default()
        .with_danger_accept_invalid_certs(true)
        .with_danger_skip_domain_validation(true);
    mysql::Conn::new(opts.ssl_opts(Some(any))).ok().map(|_| MysqlError::Connect {
        addr: shown.to_string(),
        message: "TLS: the server requires secure transport: it refused the plaintext login \
                  (require_secure_transport=ON or REQUIRE SSL) and accepts it over TLS; \
                  --mysql-ssl-mode is disabled"
            .to_string(),
    })
}

/// Connection options: TCP only (never a local socket, even for `localhost`), `timeout` for the
/// TCP connect and for every read and write, so a hung server costs one timeout. TLS is added by
/// [`open`].
pub(crate) fn conn_opts(addr: &Addr, creds: &Credentials, timeout: Duration) -> mysql::OptsBuilder {
    mysql::OptsBuilder::new()
        .ip_or_hostname(Some(addr.host.clone()))
        .tcp_port(addr.port)
        .user(Some(creds.user.clone()))
        .pass(Some(creds.password.expose().to_string()))
        .prefer_socket(false)
        .tcp_connect_timeout(Some(timeout))
        .read_timeout(Some(timeout))
        .write_timeout(Some(timeout))
        // Known up front, so the driver skips its `SELECT @@max_allowed_packet` round trip.
        .max_allowed_packet(Some(64 * 1024 * 1024))
        .stmt_cache_size(Some(0))
}

/// One result row as column name -> value (NULL = None), the shape the parsers take.
pub type RowMap = std::collections::BTreeMap<String, Option<String>>;

/// Text of one value as the text protocol sends it.
pub(crate) fn value_text(v: &mysql::Value) -> Option<String> {
    match v {
        mysql::Value::NULL => None,
        mysql::Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        mysql::Value::Int(i) => Some(i.to_string()),
        mysql::Value::UInt(u) => Some(u.to_string()),
        mysql::Value::Float(x) => Some(x.to_string()),
        mysql::Value::Double(x) => Some(x.to_string()),
        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
    }
}

pub(crate) fn row_map(row: &mysql::Row) -> RowMap {
    row.columns_ref()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name_str().into_owned(), row.as_ref(i).and_then(value_text)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_is_not_a_timeout() {
        let refused = "DriverError { Could not connect to address `127.0.0.1:1': Connection refused (os error 111) }";
        assert!(!text_is_timeout(refused));
        assert!(text_is_timeout(
            "CodecError { IO error: Resource temporarily unavailable (os error 11) }"
        ));
        assert!(text_is_timeout("Connection timed out (os error 110)"));
        assert!(!text_is_timeout("No route to host (os error 113)"));
        let e = mysql::Error::DriverError(mysql::DriverError::CouldNotConnect(Some((
            "127.0.0.1:1".into(),
            "Connection refused (os error 111)".into(),
            std::io::ErrorKind::ConnectionRefused,
        ))));
        assert!(!is_timeout(&e));
        assert!(matches!(connect_error("127.0.0.1:1", &e, &[]), MysqlError::Connect { .. }));
        let e = mysql::Error::DriverError(mysql::DriverError::CouldNotConnect(Some((
            "10.0.0.1:3306".into(),
            "connection timed out".into(),
            std::io::ErrorKind::TimedOut,
        ))));
        assert!(matches!(connect_error("10.0.0.1:3306", &e, &[]), MysqlError::Timeout { .. }));
    }
}
