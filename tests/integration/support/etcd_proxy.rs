//! A loopback HTTP proxy in front of a test etcd's JSON gateway that can "lose" etcd at an exact
//! point of a failover: after `n` more writes of Tablet or Shard records (`/v3/kv/txn` requests
//! whose puts target a key ending in `/Tablet` or `/Shard`) have gone through, every further
//! request is dropped (the connection closed without an answer) until [`EtcdProxy::restore`].
//!
//! It can also make a part of the keyspace unreadable: every request naming a key under a
//! prefix given to [`EtcdProxy::drop_keys_under`] is dropped the same way, the rest go through.
//!
//! Each client connection carries one request: the proxy forwards it with `Connection: close`
//! and copies the answer back until the upstream closes. The client (ureq) reconnects as needed.

use base64::Engine as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Default)]
struct State {
    /// Topology-record writes still allowed before the cut; None: no limit.
    allowed: Option<usize>,
    /// Topology-record writes forwarded so far.
    forwarded: usize,
    /// Requests dropped while cut.
    dropped: usize,
    /// Requests naming a key under this prefix are dropped.
    dropped_prefix: Option<Vec<u8>>,
}

pub struct EtcdProxy {
    port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EtcdProxy {
    /// Proxies to `upstream` (`http://127.0.0.1:PORT`).
    pub fn start(upstream: &str) -> EtcdProxy {
        let target = upstream.trim_start_matches("http://").to_string();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().expect("proxy addr").port();
        listener.set_nonblocking(true).expect("nonblocking");
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (state, stop) = (state.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((c, _)) => {
                            let (state, target) = (state.clone(), target.clone());
                            std::thread::spawn(move || {
                                let _ = serve(c, &target, &state);
                            });
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(2)),
                    }
                }
            })
        };
        EtcdProxy { port, state, stop, thread: Some(thread) }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Lets `n` more Tablet/Shard writes through, then drops everything.
    pub fn cut_after_topo_writes(&self, n: usize) {
        let mut s = self.state.lock().expect("proxy state");
        s.allowed = Some(n);
    }

    /// Drops every request whose key (range start, txn compare or put) starts with `prefix`.
    pub fn drop_keys_under(&self, prefix: &str) {
        self.state.lock().expect("proxy state").dropped_prefix = Some(prefix.as_bytes().to_vec());
    }

    /// No limit any more: etcd is back.
    pub fn restore(&self) {
        self.state.lock().expect("proxy state").allowed = None;
    }

    /// Topology-record writes forwarded, requests dropped.
    pub fn counts(&self) -> (usize, usize) {
        let s = self.state.lock().expect("proxy state");
        (s.forwarded, s.dropped)
    }
}

impl Drop for EtcdProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Every key a request body names: a range's `key`, a txn's compares and puts.
fn keys_of(body: &[u8]) -> Vec<Vec<u8>> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else { return Vec::new() };
    let dec = |k: &serde_json::Value| {
        k.as_str().and_then(|k| base64::engine::general_purpose::STANDARD.decode(k).ok())
    };
    let mut keys: Vec<Vec<u8>> = dec(&v["key"]).into_iter().collect();
    for c in v["compare"].as_array().into_iter().flatten() {
        keys.extend(dec(&c["key"]));
    }
    for op in v["success"].as_array().into_iter().flatten() {
        keys.extend(dec(&op["request_put"]["key"]));
    }
    keys
}

/// True when a txn body writes a Tablet or Shard record.
fn writes_topology_record(body: &[u8]) -> bool {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else { return false };
    v["success"].as_array().into_iter().flatten().any(|op| {
        op["request_put"]["key"]
            .as_str()
            .and_then(|k| base64::engine::general_purpose::STANDARD.decode(k).ok())
            .is_some_and(|k| k.ends_with(b"/Tablet") || k.ends_with(b"/Shard"))
    })
}

fn serve(client: TcpStream, target: &str, state: &Mutex<State>) -> std::io::Result<()> {
    client.set_nonblocking(false)?;
    client.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(client.try_clone()?);
    let mut head = Vec::new();
    let mut length = 0usize;
    let mut path = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        if path.is_empty() {
            path = line.split_whitespace().nth(1).unwrap_or("").to_string();
        }
        if line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if lower.starts_with("connection:") {
            continue;
        }
        head.extend_from_slice(line.as_bytes());
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    let topo_write = path == "/v3/kv/txn" && writes_topology_record(&body);
    {
        let mut s = state.lock().expect("proxy state");
        if let Some(p) = &s.dropped_prefix {
            if keys_of(&body).iter().any(|k| k.starts_with(p)) {
                s.dropped += 1;
                return Ok(());
            }
        }
        match s.allowed {
            Some(0) => {
                s.dropped += 1;
                return Ok(()); // etcd is "gone": close without an answer
            }
            Some(n) if topo_write => {
                s.allowed = Some(n - 1);
                s.forwarded += 1;
            }
            _ if topo_write => s.forwarded += 1,
            _ => {}
        }
    }
    let mut up = TcpStream::connect(target)?;
    up.write_all(&head)?;
    up.write_all(b"Connection: close\r\n\r\n")?;
    up.write_all(&body)?;
    let mut answer = Vec::new();
    up.read_to_end(&mut answer)?;
    let mut client = client;
    client.write_all(&answer)?;
    client.flush()
}
