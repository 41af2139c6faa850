//! A private etcd for one test: free loopback ports, its own 0700 temp dir, killed (SIGKILL) and
//! removed in Drop even when the test panics. Raw helpers talk to its JSON gateway directly so
//! tests can plant records (garbage bytes, unknown fields, foreign locks) the way another tool
//! would.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde_json::{json, Value};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Etcd {
    child: Option<Child>,
    dir: tempfile::TempDir,
    pub client_port: u16,
    pub peer_port: u16,
    agent: ureq::Agent,
    /// CA, server certificate and key: clients only over HTTPS with a client certificate.
    tls: Option<(PathBuf, PathBuf, PathBuf)>,
    /// Authentication enabled: the raw helpers authenticate as root.
    auth: bool,
}

/// The etcd user vtorc-rs logs in as when authentication is on (role: readwrite on /vitess/).
pub const ETCD_USER: &str = "vtorc";
pub const ETCD_PASS: &str = "etcd-Pa55-not-in-argv";
const ROOT_PASS: &str = "root-Pa55";

/// How [`Etcd::start_with`] starts etcd.
#[derive(Default)]
pub struct EtcdMode<'a> {
    /// Listen on HTTPS only, with `--client-cert-auth` and the test CA.
    pub tls: Option<&'a super::certs::Certs>,
    /// Enable authentication: users root and [`ETCD_USER`].
    pub auth: bool,
}

fn b64(b: &[u8]) -> String {
    B64.encode(b)
}

fn prefix_end(p: &[u8]) -> Vec<u8> {
    let mut e = p.to_vec();
    while let Some(last) = e.pop() {
        if last < 0xff {
            e.push(last + 1);
            return e;
        }
    }
    vec![0]
}

impl Etcd {
    /// Starts etcd and waits (up to ~10 s) until /health says true.
    pub fn start() -> Etcd {
        Etcd::start_with(EtcdMode::default())
    }

    /// [`Etcd::start`] with HTTPS and/or authentication.
    pub fn start_with(mode: EtcdMode<'_>) -> Etcd {
        let dir = tempfile::Builder::new().prefix("vtorc-etcd-").tempdir().expect("tempdir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .expect("chmod 700");
        let mut cfg = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(5)))
            .http_status_as_error(false);
        if let Some(c) = mode.tls {
            cfg = cfg.tls_config(c.ureq_tls());
        }
        let agent: ureq::Agent = cfg.build().into();
        let mut e = Etcd {
            child: None,
            dir,
            client_port: super::free_port(),
            peer_port: super::free_port(),
            agent,
            tls: mode.tls.map(|c| (c.ca(), c.server_cert(), c.server_key())),
            auth: false,
        };
        // The ports are free-then-bound: another test's server can take one in between. Then
        // etcd exits with "address already in use" and we start over on new ports.
        for attempt in 0..3 {
            e.launch();
            match e.wait_healthy() {
                Ok(()) => {
                    if mode.auth {
                        e.enable_auth();
                    }
                    return e;
                }
                Err(why) => {
                    let log = e.log_tail();
                    e.stop();
                    if attempt < 2 && log.contains("address already in use") {
                        let _ = std::fs::remove_dir_all(e.dir.path().join("data"));
                        e.client_port = super::free_port();
                        e.peer_port = super::free_port();
                        continue;
                    }
                    panic!("{why}; log tail:\n{log}");
                }
            }
        }
        unreachable!("the last attempt panics or returns")
    }

    /// This etcd's member name: unique, so a health check can tell it from another test's.
    fn member_name(&self) -> String {
        self.dir.path().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("etcd.log")
    }

    /// Starts etcd on the current ports and waits until it is healthy (panics otherwise).
    fn spawn(&mut self) {
        self.launch();
        if let Err(why) = self.wait_healthy() {
            panic!("{why}; log tail:\n{}", self.log_tail());
        }
    }

    fn launch(&mut self) {
        let bin = super::require_bin("etcd");
        let (c, p) = (self.client_port, self.peer_port);
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("etcd log");
        let s = self.scheme();
        let mut cmd = Command::new(bin);
        if let Some((ca, cert, key)) = &self.tls {
            cmd.arg("--cert-file").arg(cert).arg("--key-file").arg(key);
            cmd.arg("--trusted-ca-file").arg(ca).arg("--client-cert-auth");
        }
        let child = cmd
            .arg("--name")
            .arg(self.member_name())
            .arg("--data-dir")
            .arg(self.dir.path().join("data"))
            .arg(format!("--listen-client-urls={s}://127.0.0.1:{c}"))
            .arg(format!("--advertise-client-urls={s}://127.0.0.1:{c}"))
            .arg(format!("--listen-peer-urls=http://127.0.0.1:{p}"))
            .arg(format!("--initial-advertise-peer-urls=http://127.0.0.1:{p}"))
            .arg(format!("--initial-cluster={}=http://127.0.0.1:{p}", self.member_name()))
            .args(["--initial-cluster-state", "new", "--logger", "zap", "--log-level", "warn"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log fd"))
            .stderr(log)
            .spawn()
            .expect("spawn etcd");
        self.child = Some(child);
    }

    /// Healthy, and really ours: the member list names this etcd (another test's etcd could
    /// answer on a port we lost the race for).
    fn wait_healthy(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let url = format!("{}://{}/health", self.scheme(), self.endpoint());
        let members = format!("{}://{}/v3/cluster/member/list", self.scheme(), self.endpoint());
        let name = self.member_name();
        loop {
            if let Ok(mut r) = self.agent.get(&url).call() {
                if r.body_mut().read_to_string().unwrap_or_default().contains("true") {
                    let ours = self
                        .agent
                        .post(&members)
                        .send_json(json!({}))
                        .ok()
                        .and_then(|mut r| r.body_mut().read_json::<Value>().ok())
                        .is_some_and(|v| v.to_string().contains(&name));
                    if ours {
                        return Ok(());
                    }
                }
            }
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                self.child = None;
                return Err(format!("etcd exited ({status}) before it was healthy"));
            }
            if Instant::now() > deadline {
                return Err(format!("etcd not healthy after 10 s on {}", self.endpoint()));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// `127.0.0.1:PORT`, as `--topo-global-server-address` takes it.
    pub fn endpoint(&self) -> String {
        format!("127.0.0.1:{}", self.client_port)
    }

    /// Kills etcd (SIGKILL), keeping its data dir and ports.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts etcd again on the same data dir and ports.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    fn scheme(&self) -> &'static str {
        if self.tls.is_some() {
            "https"
        } else {
            "http"
        }
    }

    /// `https://127.0.0.1:PORT` or `http://...`.
    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme(), self.endpoint())
    }

    /// POST without checking the status; with authentication on, as root.
    fn post_status(&self, path: &str, body: &Value) -> (u16, Value) {
        let url = format!("{}{path}", self.url());
        let mut req = self.agent.post(&url);
        if self.auth {
            let (_, v) = self.post_plain(
                "/v3/auth/authenticate",
                &json!({"name": "root", "password": ROOT_PASS}),
            );
            let token = v["token"].as_str().expect("root token").to_string();
            req = req.header("Authorization", &token);
        }
        let mut r = req.send_json(body).unwrap_or_else(|e| panic!("POST {url}: {e}"));
        let status = r.status().as_u16();
        let v: Value = r.body_mut().with_config().limit(64 << 20).read_json().expect("etcd JSON");
        (status, v)
    }

    fn post_plain(&self, path: &str, body: &Value) -> (u16, Value) {
        let url = format!("{}{path}", self.url());
        let mut r =
            self.agent.post(&url).send_json(body).unwrap_or_else(|e| panic!("POST {url}: {e}"));
        let status = r.status().as_u16();
        (status, r.body_mut().read_json().expect("etcd JSON"))
    }

    fn post(&self, path: &str, body: &Value) -> Value {
        let (status, v) = self.post_status(path, body);
        assert!(status < 300, "POST {path} {body}: HTTP {status}: {v}");
        v
    }

    /// Users root (role root) and [`ETCD_USER`] (role vtorc: readwrite on `/vitess/`), then
    /// `auth enable`. From then on every request needs a token.
    fn enable_auth(&mut self) {
        let prefix = b"/vitess/";
        for (path, body) in [
            ("/v3/auth/role/add", json!({"name": "root"})),
            ("/v3/auth/user/add", json!({"name": "root", "password": ROOT_PASS})),
            ("/v3/auth/user/grant", json!({"user": "root", "role": "root"})),
            ("/v3/auth/role/add", json!({"name": "vtorc"})),
            (
                "/v3/auth/role/grant",
                json!({"name": "vtorc", "perm": {"permType": "READWRITE", "key": b64(prefix),
                    "range_end": b64(&prefix_end(prefix))}}),
            ),
            ("/v3/auth/user/add", json!({"name": ETCD_USER, "password": ETCD_PASS})),
            ("/v3/auth/user/grant", json!({"user": ETCD_USER, "role": "vtorc"})),
            ("/v3/auth/enable", json!({})),
        ] {
            let (status, v) = self.post_plain(path, &body);
            assert!(status < 300, "POST {path}: HTTP {status}: {v}");
        }
        self.auth = true;
    }

    pub fn put_raw(&self, key: &str, value: &[u8]) {
        self.post("/v3/kv/put", &json!({"key": b64(key.as_bytes()), "value": b64(value)}));
    }

    /// Many puts, in transactions of 100 operations (etcd allows 128 per txn).
    pub fn put_many(&self, items: &[(String, Vec<u8>)]) {
        for chunk in items.chunks(100) {
            let ops: Vec<Value> = chunk
                .iter()
                .map(|(k, v)| json!({"request_put": {"key": b64(k.as_bytes()), "value": b64(v)}}))
                .collect();
            self.post("/v3/kv/txn", &json!({"success": ops}));
        }
    }

    pub fn put_with_lease(&self, key: &str, value: &[u8], lease: i64) {
        self.post(
            "/v3/kv/put",
            &json!({"key": b64(key.as_bytes()), "value": b64(value), "lease": lease.to_string()}),
        );
    }

    /// Grants a lease of `ttl_secs`; returns its ID.
    pub fn lease_grant(&self, ttl_secs: i64) -> i64 {
        let v = self.post("/v3/lease/grant", &json!({"TTL": ttl_secs.to_string()}));
        v["ID"].as_str().and_then(|s| s.parse().ok()).expect("lease ID")
    }

    pub fn lease_revoke(&self, id: i64) {
        self.post("/v3/lease/revoke", &json!({"ID": id.to_string()}));
    }

    pub fn get_raw(&self, key: &str) -> Option<Vec<u8>> {
        let v = self.post("/v3/kv/range", &json!({"key": b64(key.as_bytes())}));
        let kv = v["kvs"].as_array()?.first()?.clone();
        Some(B64.decode(kv["value"].as_str().unwrap_or("")).expect("base64 value"))
    }

    /// Every key under `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let v = self.post(
            "/v3/kv/range",
            &json!({"key": b64(prefix.as_bytes()), "range_end": b64(&prefix_end(prefix.as_bytes())), "keys_only": true}),
        );
        v["kvs"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|kv| {
                        String::from_utf8(B64.decode(kv["key"].as_str().unwrap_or("")).unwrap())
                            .unwrap()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The etcd revision now (changes on every write).
    pub fn revision(&self) -> i64 {
        let v = self.post("/v3/kv/range", &json!({"key": b64(b"/"), "count_only": true}));
        v["header"]["revision"].as_str().and_then(|s| s.parse().ok()).expect("revision")
    }
}

impl Drop for Etcd {
    fn drop(&mut self) {
        self.stop();
        // TempDir removes the directory.
    }
}
