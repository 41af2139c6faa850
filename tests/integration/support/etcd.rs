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
        let dir = tempfile::Builder::new().prefix("vtorc-etcd-").tempdir().expect("tempdir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .expect("chmod 700");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(5)))
            .http_status_as_error(false)
            .build()
            .into();
        let mut e = Etcd {
            child: None,
            dir,
            client_port: super::free_port(),
            peer_port: super::free_port(),
            agent,
        };
        e.spawn();
        e
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("etcd.log")
    }

    fn spawn(&mut self) {
        let bin = super::require_bin("etcd");
        let (c, p) = (self.client_port, self.peer_port);
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("etcd log");
        let child = Command::new(bin)
            .args(["--name", "n0", "--data-dir"])
            .arg(self.dir.path().join("data"))
            .arg(format!("--listen-client-urls=http://127.0.0.1:{c}"))
            .arg(format!("--advertise-client-urls=http://127.0.0.1:{c}"))
            .arg(format!("--listen-peer-urls=http://127.0.0.1:{p}"))
            .arg(format!("--initial-advertise-peer-urls=http://127.0.0.1:{p}"))
            .arg(format!("--initial-cluster=n0=http://127.0.0.1:{p}"))
            .args(["--initial-cluster-state", "new", "--logger", "zap", "--log-level", "warn"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log fd"))
            .stderr(log)
            .spawn()
            .expect("spawn etcd");
        self.child = Some(child);
        self.wait_healthy();
    }

    fn wait_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let url = format!("http://{}/health", self.endpoint());
        loop {
            if let Ok(mut r) = self.agent.get(&url).call() {
                if r.body_mut().read_to_string().unwrap_or_default().contains("true") {
                    return;
                }
            }
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                panic!(
                    "etcd exited ({status}) before it was healthy; log tail:\n{}",
                    self.log_tail()
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "etcd not healthy after 10 s on {}; log tail:\n{}",
                    self.endpoint(),
                    self.log_tail()
                );
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

    fn post(&self, path: &str, body: &Value) -> Value {
        let url = format!("http://{}{path}", self.endpoint());
        let mut r =
            self.agent.post(&url).send_json(body).unwrap_or_else(|e| panic!("POST {url}: {e}"));
        let status = r.status().as_u16();
        let v: Value = r.body_mut().with_config().limit(64 << 20).read_json().expect("etcd JSON");
        assert!(status < 300, "POST {path} {body}: HTTP {status}: {v}");
        v
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
