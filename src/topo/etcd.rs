//! A small blocking etcd v3 client over the JSON gateway (`/v3/kv/*`, `/v3/lease/*`). Does I/O.
//!
//! Facts about the gateway this relies on (etcd-mariadb-recipe.md §2): keys and values are
//! standard base64, int64 values come back as JSON strings, zero-valued fields are omitted, HTTP
//! 4xx carries a JSON error body, and a keepalive on a dead lease answers 200 without a TTL.
//! Endpoints are tried in turn, but only when one cannot be connected to: after a request was
//! sent its outcome is unknown, and retrying a write elsewhere could apply it twice.

use super::connect::{auth_hint, token_expired, EtcdOptions};
use crate::secret::{Credentials, Secret};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde_json::{json, Value};
use std::fmt;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Keys per page of a prefix range: keeps each response small while one logical range still
/// returns everything.
pub const PAGE: i64 = 500;

/// Errors at the etcd boundary. Every message names the endpoint(s) and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopoError {
    /// No endpoint could be connected to.
    Unreachable {
        endpoints: String,
        key: String,
        reason: String,
    },
    /// etcd (or the gateway) answered with an error.
    Etcd {
        endpoint: String,
        key: String,
        status: u16,
        message: String,
    },
    /// A compare-and-swap lost: someone else changed the key first.
    BadVersion {
        key: String,
    },
    /// Create-if-absent found the key already there.
    NodeExists {
        key: String,
    },
    NotFound {
        key: String,
    },
    /// The value (or the gateway's JSON) could not be decoded.
    Decode {
        key: String,
        reason: String,
    },
    /// A lock is held by someone else.
    LockHeld {
        key: String,
        holder: String,
    },
    /// Our lock's lease is gone (expired or revoked).
    LockLost {
        key: String,
    },
    /// A bad argument (invalid name, unknown cell...): the request was never sent.
    Invalid {
        key: String,
        reason: String,
    },
}

impl fmt::Display for TopoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TopoError::Unreachable { endpoints, key, reason } => {
                write!(f, "etcd unreachable at {endpoints} (reading/writing {key}): {reason}")
            }
            TopoError::Etcd { endpoint, key, status, message } => {
                write!(
                    f,
                    "etcd at {endpoint} refused the request for {key}: HTTP {status}: {message}"
                )
            }
            TopoError::BadVersion { key } => {
                write!(f, "{key} was changed by someone else (compare-and-swap failed)")
            }
            TopoError::NodeExists { key } => write!(f, "{key} already exists"),
            TopoError::NotFound { key } => write!(f, "{key} not found"),
            TopoError::Decode { key, reason } => write!(f, "cannot decode {key}: {reason}"),
            TopoError::LockHeld { key, holder } => write!(f, "lock {key} is held: {holder}"),
            TopoError::LockLost { key } => write!(f, "lost topology lock {key} (lease expired)"),
            TopoError::Invalid { key, reason } => write!(f, "{key}: {reason}"),
        }
    }
}
impl std::error::Error for TopoError {}

/// One key-value pair as etcd returns it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kv {
    pub key: String,
    pub value: Vec<u8>,
    pub create_revision: i64,
    pub mod_revision: i64,
    pub version: i64,
    pub lease: i64,
}

/// Request counters, for `-v` and for tests that check how the topology is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EtcdStats {
    /// HTTP requests sent.
    pub requests: u64,
    /// Logical prefix ranges (`range_prefix`), however many pages each took.
    pub prefix_ranges: u64,
    /// Pages fetched by prefix ranges.
    pub range_pages: u64,
}

/// A compare of a transaction.
#[derive(Debug, Clone)]
pub enum Compare {
    /// The key does not exist (create_revision == 0).
    Absent,
    ModRevision(i64),
}

/// An operation of a transaction.
#[derive(Debug, Clone)]
pub enum Op {
    Put { key: String, value: Vec<u8>, lease: i64 },
    Delete { key: String },
}

/// The outcome of a transaction.
#[derive(Debug, Clone)]
pub struct TxnResult {
    pub succeeded: bool,
    /// The revision in the response header (the txn's revision when it wrote).
    pub revision: i64,
}

#[derive(Debug)]
pub struct Etcd {
    endpoints: Vec<String>,
    agent: ureq::Agent,
    /// etcd user and password; None when etcd has no authentication.
    auth: Option<Credentials>,
    /// The token from `/v3/auth/authenticate`, until etcd says it expired.
    token: Mutex<Option<Secret>>,
    /// The endpoint that answered last; tried first next time.
    current: AtomicUsize,
    requests: AtomicU64,
    prefix_ranges: AtomicU64,
    range_pages: AtomicU64,
}

/// `host:port` becomes `http://host:port`, or `https://host:port` when TLS is configured (an
/// `http://` endpoint too: with a CA or client certificate every endpoint is reached over TLS,
/// as Vitess does). `https://` is kept.
fn normalize(ep: &str, tls: bool) -> String {
    let ep = ep.trim().trim_end_matches('/');
    let scheme = if tls { "https" } else { "http" };
    match ep.split_once("://") {
        Some(("http", rest)) => format!("{scheme}://{rest}"),
        Some(_) => ep.to_string(),
        None => format!("{scheme}://{ep}"),
    }
}

/// Why a connection closed while the request was being sent or before any answer. On HTTPS,
/// with TLS 1.3, that is how a server refuses the client certificate (it checks it after the
/// client's handshake is done); on HTTP it is what an HTTPS-only etcd does to plaintext.
fn closed_after_handshake(ep: &str, e: &ureq::Error) -> Option<String> {
    use std::io::ErrorKind as K;
    let closed = match e {
        ureq::Error::Io(io) => {
            matches!(io.kind(), K::BrokenPipe | K::ConnectionReset | K::UnexpectedEof)
        }
        other => other.to_string().contains("Peer disconnected"),
    };
    if !closed {
        return None;
    }
    Some(if ep.starts_with("https://") {
        format!(
            "TLS: {e}: etcd closed the connection after the handshake, which is how it refuses a \
             missing or untrusted client certificate (--topo-etcd-tls-cert/--topo-etcd-tls-key)"
        )
    } else {
        format!(
            "{e}: etcd closed the connection without an answer; if it serves HTTPS only, give \
             --topo-etcd-tls-ca (and --topo-etcd-tls-cert/-key) or write https://host:port"
        )
    })
}

/// `e` is a TLS failure: the handshake failed, so no request reached etcd.
fn tls_failure(e: &ureq::Error) -> Option<String> {
    let text = e.to_string();
    let is_tls = matches!(e, ureq::Error::Rustls(_) | ureq::Error::Tls(_))
        || text.contains("rustls")
        // A TLS alert from the server can arrive as a plain I/O error ("received fatal alert:
        // BadCertificate" on TLS 1.3, depending on when the client reads).
        || text.contains("fatal alert")
        || text.contains("invalid peer certificate");
    is_tls.then(|| match crate::tls::reason(&text) {
        Some(r) => format!("TLS: {r} ({text})"),
        None => format!("TLS: {text}"),
    })
}

/// Splits a comma-separated endpoint list (as in CellInfo.server_address).
pub fn split_endpoints(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|e| !e.is_empty()).map(str::to_string).collect()
}

/// The end of the range covering every key starting with `prefix` (last byte + 1).
fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0] // every key
}

fn b64(b: &[u8]) -> String {
    B64.encode(b)
}

/// An int64 of the gateway's JSON: a string (etcd's grpc-gateway) or a number; absent = 0.
fn int(v: &Value) -> i64 {
    match v {
        Value::String(s) => s.parse().unwrap_or(0),
        Value::Number(n) => n.as_i64().unwrap_or(0),
        _ => 0,
    }
}

fn parse_kv(v: &Value, key_for_errors: &str) -> Result<Kv, TopoError> {
    let dec = |field: &str| -> Result<Vec<u8>, TopoError> {
        match v.get(field).and_then(Value::as_str) {
            None => Ok(Vec::new()),
            Some(s) => B64.decode(s).map_err(|e| TopoError::Decode {
                key: key_for_errors.to_string(),
                reason: format!("bad base64 in etcd {field}: {e}"),
            }),
        }
    };
    let key = String::from_utf8_lossy(&dec("key")?).into_owned();
    Ok(Kv {
        value: dec("value")?,
        create_revision: int(&v["create_revision"]),
        mod_revision: int(&v["mod_revision"]),
        version: int(&v["version"]),
        lease: int(&v["lease"]),
        key,
    })
}

fn parse_kvs(v: &Value, key: &str) -> Result<Vec<Kv>, TopoError> {
    match v.get("kvs").and_then(Value::as_array) {
        None => Ok(Vec::new()),
        Some(a) => a.iter().map(|kv| parse_kv(kv, key)).collect(),
    }
}

/// True when the request surely never reached etcd, so another endpoint may be tried.
fn is_connect_error(e: &ureq::Error) -> bool {
    use std::io::ErrorKind as K;
    match e {
        ureq::Error::ConnectionFailed | ureq::Error::HostNotFound => true,
        ureq::Error::Timeout(t) => {
            matches!(t, ureq::Timeout::Connect | ureq::Timeout::Resolve)
        }
        ureq::Error::Io(io) => matches!(
            io.kind(),
            K::ConnectionRefused
                | K::AddrNotAvailable
                | K::NotConnected
                | K::HostUnreachable
                | K::NetworkUnreachable
        ),
        _ => false,
    }
}

impl Etcd {
    /// A plain-HTTP client of `endpoints` (`host:port` or URLs) whose every call ends within
    /// `timeout`.
    #[cfg(test)]
    pub fn new(endpoints: &[String], timeout: Duration) -> Etcd {
        Etcd::with_options(endpoints, &EtcdOptions { timeout, tls: None, auth: None })
    }

    /// A client of `endpoints` with the TLS and authentication of `opts`.
    pub fn with_options(endpoints: &[String], opts: &EtcdOptions) -> Etcd {
        let mut cfg = ureq::Agent::config_builder()
            .timeout_global(Some(opts.timeout))
            .http_status_as_error(false);
        if let Some(tls) = &opts.tls {
            cfg = cfg.tls_config(tls.config.clone());
        }
        let agent: ureq::Agent = cfg.build().into();
        let tls = opts.tls.is_some();
        Etcd {
            endpoints: endpoints.iter().map(|e| normalize(e, tls)).collect(),
            agent,
            auth: opts.auth.clone(),
            token: Mutex::new(None),
            current: AtomicUsize::new(0),
            requests: AtomicU64::new(0),
            prefix_ranges: AtomicU64::new(0),
            range_pages: AtomicU64::new(0),
        }
    }

    /// The endpoints, comma-separated, as messages print them.
    pub fn endpoints(&self) -> String {
        self.endpoints.join(",")
    }

    /// True when `addr` (a comma-separated list) names the same endpoints as this client.
    pub fn same_endpoints(&self, addr: &str) -> bool {
        let tls = self.endpoints.first().is_some_and(|e| e.starts_with("https://"));
        let mut a: Vec<String> = split_endpoints(addr).iter().map(|e| normalize(e, tls)).collect();
        let mut b = self.endpoints.clone();
        a.sort();
        b.sort();
        a == b
    }

    pub fn stats(&self) -> EtcdStats {
        EtcdStats {
            requests: self.requests.load(Ordering::Relaxed),
            prefix_ranges: self.prefix_ranges.load(Ordering::Relaxed),
            range_pages: self.range_pages.load(Ordering::Relaxed),
        }
    }

    /// POSTs `body` to `path` with the auth token (authenticating first when there is none, and
    /// once more when etcd says it expired: a refused token means nothing was applied, so the
    /// resend is safe). `key` is only for messages. Returns the endpoint that answered and the
    /// JSON body of a 2xx answer.
    fn call(&self, path: &str, body: &Value, key: &str) -> Result<(String, Value), TopoError> {
        let first = self.token(key).and_then(|t| self.send(path, body, key, t.as_ref()));
        let result = match first {
            Err(TopoError::Etcd { message, .. })
                if self.auth.is_some() && token_expired(&message) =>
            {
                self.set_token(None);
                self.token(key).and_then(|t| self.send(path, body, key, t.as_ref()))
            }
            r => r,
        };
        result.map_err(|e| self.with_hint(e))
    }

    /// etcd's refusal with what to do about it.
    fn with_hint(&self, e: TopoError) -> TopoError {
        match e {
            TopoError::Etcd { endpoint, key, status, message } => {
                let message = match auth_hint(&message, self.auth.is_some()) {
                    Some(h) => format!("{message}; {h}"),
                    None => message,
                };
                TopoError::Etcd { endpoint, key, status, message }
            }
            e => e,
        }
    }

    fn set_token(&self, t: Option<Secret>) {
        // A poisoned lock only means a thread panicked while swapping a token; the slot is valid.
        *self.token.lock().unwrap_or_else(|e| e.into_inner()) = t;
    }

    /// The current token, authenticating when there is none. None without authentication.
    fn token(&self, key: &str) -> Result<Option<Secret>, TopoError> {
        let Some(auth) = &self.auth else { return Ok(None) };
        if let Some(t) = self.token.lock().unwrap_or_else(|e| e.into_inner()).clone() {
            return Ok(Some(t));
        }
        let body = json!({ "name": auth.user, "password": auth.password.expose() });
        let (_, v) = self.send("/v3/auth/authenticate", &body, key, None)?;
        let token = v.get("token").and_then(Value::as_str).unwrap_or_default();
        if token.is_empty() {
            return Err(TopoError::Decode {
                key: key.into(),
                reason: "etcd answered /v3/auth/authenticate without a token".into(),
            });
        }
        let t = Secret::new(token);
        self.set_token(Some(t.clone()));
        Ok(Some(t))
    }

    /// One POST, trying each endpoint in turn on connection errors (and TLS handshake errors:
    /// the request was never sent).
    fn send(
        &self,
        path: &str,
        body: &Value,
        key: &str,
        token: Option<&Secret>,
    ) -> Result<(String, Value), TopoError> {
        if self.endpoints.is_empty() {
            return Err(TopoError::Unreachable {
                endpoints: "(none)".into(),
                key: key.into(),
                reason: "no etcd endpoint configured".into(),
            });
        }
        let n = self.endpoints.len();
        let first = self.current.load(Ordering::Relaxed) % n;
        let mut reasons = Vec::new();
        for i in 0..n {
            let idx = (first + i) % n;
            let ep = &self.endpoints[idx];
            self.requests.fetch_add(1, Ordering::Relaxed);
            let mut req = self.agent.post(format!("{ep}{path}"));
            if let Some(t) = token {
                req = req.header("Authorization", t.expose());
            }
            let mut resp = match req.send_json(body) {
                Ok(r) => r,
                Err(e) if is_connect_error(&e) => {
                    reasons.push(format!("{ep}: {e}"));
                    continue;
                }
                Err(e) if tls_failure(&e).is_some() => {
                    reasons.push(format!("{ep}: {}", tls_failure(&e).unwrap_or_default()));
                    continue;
                }
                Err(e) => {
                    return Err(TopoError::Unreachable {
                        endpoints: ep.clone(),
                        key: key.into(),
                        reason: closed_after_handshake(ep, &e).unwrap_or_else(|| e.to_string()),
                    })
                }
            };
            self.current.store(idx, Ordering::Relaxed);
            let status = resp.status().as_u16();
            let text =
                resp.body_mut().with_config().limit(256 << 20).read_to_string().map_err(|e| {
                    TopoError::Unreachable {
                        endpoints: ep.clone(),
                        key: key.into(),
                        reason: format!("reading the answer: {e}"),
                    }
                })?;
            if status == 400 && text.contains("HTTPS server") {
                return Err(TopoError::Etcd {
                    endpoint: ep.clone(),
                    key: key.into(),
                    status,
                    message: text.trim().to_string(),
                });
            }
            // Streaming endpoints (keepalive) frame each message as one line.
            let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("{}");
            let v: Value =
                serde_json::from_str(if path.ends_with("keepalive") { first_line } else { &text })
                    .map_err(|e| TopoError::Decode {
                        key: key.into(),
                        reason: format!("etcd at {ep} sent invalid JSON (HTTP {status}): {e}"),
                    })?;
            if !(200..300).contains(&status) {
                let message = v
                    .get("message")
                    .or_else(|| v.get("error"))
                    .and_then(Value::as_str)
                    .unwrap_or(text.trim())
                    .to_string();
                return Err(TopoError::Etcd {
                    endpoint: ep.clone(),
                    key: key.into(),
                    status,
                    message,
                });
            }
            if let Some(e) = v.get("error") {
                // A stream framing an error: {"error": {...}}.
                return Err(TopoError::Etcd {
                    endpoint: ep.clone(),
                    key: key.into(),
                    status,
                    message: e.to_string(),
                });
            }
            return Ok((ep.clone(), v));
        }
        Err(TopoError::Unreachable {
            endpoints: self.endpoints(),
            key: key.into(),
            reason: reasons.join("; "),
        })
    }

    /// One key, or None.
    pub fn get(&self, key: &str) -> Result<Option<Kv>, TopoError> {
        let (_, v) = self.call("/v3/kv/range", &json!({ "key": b64(key.as_bytes()) }), key)?;
        Ok(parse_kvs(&v, key)?.into_iter().next())
    }

    /// Every key under `prefix` (with values unless `keys_only`), sorted by key. Fetched in
    /// pages of [`PAGE`] keys, all at the revision of the first page, so the result is one
    /// consistent snapshot however many pages it takes.
    pub fn range_prefix(&self, prefix: &str, keys_only: bool) -> Result<Vec<Kv>, TopoError> {
        self.prefix_ranges.fetch_add(1, Ordering::Relaxed);
        let end = prefix_end(prefix.as_bytes());
        let mut start = prefix.as_bytes().to_vec();
        let mut revision = 0i64;
        let mut out = Vec::new();
        loop {
            let mut body = json!({
                "key": b64(&start),
                "range_end": b64(&end),
                "limit": PAGE,
                "keys_only": keys_only,
            });
            if revision > 0 {
                body["revision"] = json!(revision.to_string());
            }
            self.range_pages.fetch_add(1, Ordering::Relaxed);
            let (_, v) = self.call("/v3/kv/range", &body, prefix)?;
            if revision == 0 {
                revision = int(&v["header"]["revision"]);
            }
            let page = parse_kvs(&v, prefix)?;
            let more = v.get("more").and_then(Value::as_bool).unwrap_or(false);
            let last = page.last().map(|kv| kv.key.clone());
            out.extend(page);
            match (more, last) {
                (true, Some(last)) => {
                    // Next page starts right after the last key.
                    start = last.into_bytes();
                    start.push(0);
                }
                _ => return Ok(out),
            }
        }
    }

    /// A transaction: `compares` (all on their key) then `success` or `failure` ops.
    pub fn txn(
        &self,
        compares: &[(String, Compare)],
        success: &[Op],
        failure: &[Op],
    ) -> Result<TxnResult, TopoError> {
        let key = compares
            .first()
            .map(|(k, _)| k.clone())
            .or_else(|| success.first().map(op_key))
            .unwrap_or_default();
        let cmp: Vec<Value> = compares
            .iter()
            .map(|(k, c)| match c {
                Compare::Absent => json!({"key": b64(k.as_bytes()), "target": "CREATE",
                    "result": "EQUAL", "create_revision": "0"}),
                Compare::ModRevision(r) => json!({"key": b64(k.as_bytes()), "target": "MOD",
                    "result": "EQUAL", "mod_revision": r.to_string()}),
            })
            .collect();
        let body = json!({
            "compare": cmp,
            "success": success.iter().map(op_json).collect::<Vec<_>>(),
            "failure": failure.iter().map(op_json).collect::<Vec<_>>(),
        });
        let (_, v) = self.call("/v3/kv/txn", &body, &key)?;
        Ok(TxnResult {
            succeeded: v.get("succeeded").and_then(Value::as_bool).unwrap_or(false),
            revision: int(&v["header"]["revision"]),
        })
    }

    /// Creates `key` only if absent; NodeExists otherwise. Returns the revision.
    pub fn create(&self, key: &str, value: &[u8], lease: i64) -> Result<i64, TopoError> {
        let r = self.txn(
            &[(key.to_string(), Compare::Absent)],
            &[Op::Put { key: key.into(), value: value.to_vec(), lease }],
            &[],
        )?;
        if r.succeeded {
            Ok(r.revision)
        } else {
            Err(TopoError::NodeExists { key: key.into() })
        }
    }

    /// Writes `key` only if its mod_revision is still `mod_revision`; BadVersion otherwise.
    pub fn update(&self, key: &str, value: &[u8], mod_revision: i64) -> Result<i64, TopoError> {
        let r = self.txn(
            &[(key.to_string(), Compare::ModRevision(mod_revision))],
            &[Op::Put { key: key.into(), value: value.to_vec(), lease: 0 }],
            &[],
        )?;
        if r.succeeded {
            Ok(r.revision)
        } else {
            Err(TopoError::BadVersion { key: key.into() })
        }
    }

    /// Deletes `key` only if its mod_revision is still `mod_revision`; BadVersion otherwise.
    pub fn delete_if(&self, key: &str, mod_revision: i64) -> Result<(), TopoError> {
        let r = self.txn(
            &[(key.to_string(), Compare::ModRevision(mod_revision))],
            &[Op::Delete { key: key.into() }],
            &[],
        )?;
        if r.succeeded {
            Ok(())
        } else {
            Err(TopoError::BadVersion { key: key.into() })
        }
    }

    /// Grants a lease of `ttl` (etcd rounds tiny TTLs up). Returns its ID.
    pub fn lease_grant(&self, ttl: Duration, key: &str) -> Result<i64, TopoError> {
        let secs = ttl.as_secs().max(1);
        let (_, v) = self.call("/v3/lease/grant", &json!({ "TTL": secs.to_string() }), key)?;
        let id = int(&v["ID"]);
        if id == 0 {
            return Err(TopoError::Decode {
                key: key.into(),
                reason: format!("lease grant answered {v}"),
            });
        }
        Ok(id)
    }

    /// Refreshes a lease once. Returns its remaining TTL in seconds, or None when it is gone
    /// (the gateway answers 200 without a TTL for an expired or revoked lease).
    pub fn lease_keepalive(&self, id: i64, key: &str) -> Result<Option<i64>, TopoError> {
        let (_, v) = self.call("/v3/lease/keepalive", &json!({ "ID": id.to_string() }), key)?;
        let ttl = int(&v["result"]["TTL"]);
        Ok((ttl > 0).then_some(ttl))
    }

    /// Revokes a lease; its keys vanish at once. A lease already gone is not an error.
    pub fn lease_revoke(&self, id: i64, key: &str) -> Result<(), TopoError> {
        match self.call("/v3/lease/revoke", &json!({ "ID": id.to_string() }), key) {
            Ok(_) => Ok(()),
            Err(TopoError::Etcd { status: 404, .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

fn op_key(op: &Op) -> String {
    match op {
        Op::Put { key, .. } | Op::Delete { key } => key.clone(),
    }
}

fn op_json(op: &Op) -> Value {
    match op {
        Op::Put { key, value, lease } => {
            let mut p = json!({ "key": b64(key.as_bytes()), "value": b64(value) });
            if *lease != 0 {
                p["lease"] = json!(lease.to_string());
            }
            json!({ "request_put": p })
        }
        Op::Delete { key } => json!({ "request_delete_range": { "key": b64(key.as_bytes()) } }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_end_increments_last_byte() {
        assert_eq!(prefix_end(b"/a/"), b"/a0".to_vec());
        assert_eq!(prefix_end(b"a\xff"), b"b".to_vec());
        assert_eq!(prefix_end(b"\xff"), vec![0]);
    }

    #[test]
    fn endpoints_normalize_and_compare() {
        let e = Etcd::new(&["127.0.0.1:2379".into(), "http://h:1/".into()], Duration::from_secs(1));
        assert_eq!(e.endpoints(), "http://127.0.0.1:2379,http://h:1");
        assert!(e.same_endpoints("http://h:1, 127.0.0.1:2379"));
        assert!(!e.same_endpoints("127.0.0.1:2379"));
    }

    #[test]
    fn tls_makes_every_endpoint_https() {
        assert_eq!(normalize("h:1", true), "https://h:1");
        assert_eq!(normalize("http://h:1/", true), "https://h:1");
        assert_eq!(normalize("https://h:1", false), "https://h:1");
        assert_eq!(normalize("h:1", false), "http://h:1");
    }

    #[test]
    fn gateway_ints_are_strings_or_numbers() {
        assert_eq!(int(&json!("42")), 42);
        assert_eq!(int(&json!(7)), 7);
        assert_eq!(int(&Value::Null), 0);
        let kv = parse_kv(&json!({"key": b64(b"/k"), "mod_revision": "9"}), "/k").unwrap();
        assert_eq!((kv.key.as_str(), kv.mod_revision, kv.value.len()), ("/k", 9, 0));
        assert!(parse_kv(&json!({"key": "!!"}), "/k").is_err());
    }

    #[test]
    fn unreachable_names_every_endpoint() {
        // Port 1 on loopback: nothing listens, connection refused at once.
        let e = Etcd::new(&["127.0.0.1:1".into(), "127.0.0.1:2".into()], Duration::from_secs(2));
        let err = e.get("/vitess/global/x").unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, TopoError::Unreachable { .. }), "{msg}");
        assert!(msg.contains("127.0.0.1:1") && msg.contains("127.0.0.1:2"), "{msg}");
        assert!(msg.contains("/vitess/global/x"), "{msg}");
        assert_eq!(e.stats().requests, 2);
    }
}
