//! The shard lock, compatible with vtctld's and VTOrc's (vtorc-behaviour.md §9). Does I/O.
//!
//! Non-blocking like VTOrc's TryLock: if any key exists under `<shard dir>/locks/` the attempt
//! fails at once and says who holds it. Otherwise a lease is granted, the lock key
//! `locks/<leaseID>` is created only if absent with the same JSON body Go writes, and then any
//! older key (a racing locker that got in first) makes us back off. The lease is kept alive from
//! a background thread while the lock is held; releasing revokes it, and a crashed holder's key
//! vanishes when its lease expires.

use super::etcd::{Etcd, Kv};
use super::{keys, Topo, TopoError};
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::Duration;

/// Default lease TTL, as Vitess's `--topo-etcd-lease-ttl`.
pub const DEFAULT_TTL: Duration = Duration::from_secs(30);

/// Who holds a lock, from the lock key's JSON.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LockHolder {
    pub key: String,
    pub action: String,
    pub hostname: String,
    pub username: String,
    pub time: String,
}

impl fmt::Display for LockHolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "held by {}@{} since {} for {:?} (key {})",
            self.username, self.hostname, self.time, self.action, self.key
        )
    }
}

fn holder_of(kv: &Kv) -> LockHolder {
    let v: serde_json::Value = serde_json::from_slice(&kv.value).unwrap_or_default();
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("?").to_string();
    LockHolder {
        key: kv.key.clone(),
        action: s("Action"),
        hostname: s("HostName"),
        username: s("UserName"),
        time: s("Time"),
    }
}

/// A held shard lock. Released by `release()` or, failing that, on Drop.
pub struct ShardLock {
    etcd: Arc<Etcd>,
    key: String,
    lease: i64,
    lost: Arc<AtomicBool>,
    stop: Option<mpsc::Sender<()>>,
    keeper: Option<JoinHandle<()>>,
}

impl ShardLock {
    /// The lock key (`.../locks/<leaseID>`).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Verifies the lock is still ours (one synchronous keepalive, like Vitess's
    /// CheckShardLocked). LockLost when the lease is gone.
    pub fn check(&self) -> Result<(), TopoError> {
        if self.lost.load(Ordering::SeqCst) {
            return Err(TopoError::LockLost { key: self.key.clone() });
        }
        match self.etcd.lease_keepalive(self.lease, &self.key)? {
            Some(_) => Ok(()),
            None => {
                self.lost.store(true, Ordering::SeqCst);
                Err(TopoError::LockLost { key: self.key.clone() })
            }
        }
    }

    /// Releases the lock: stops the keepalive and revokes the lease (which deletes the key).
    pub fn release(mut self) -> Result<(), TopoError> {
        self.stop_keeper();
        let r = self.etcd.lease_revoke(self.lease, &self.key);
        self.lease = 0;
        r
    }

    fn stop_keeper(&mut self) {
        // Dropping the sender wakes the keeper at once.
        self.stop.take();
        if let Some(h) = self.keeper.take() {
            let _ = h.join();
        }
    }
}

impl Drop for ShardLock {
    fn drop(&mut self) {
        self.stop_keeper();
        if self.lease != 0 {
            let _ = self.etcd.lease_revoke(self.lease, &self.key);
        }
    }
}

/// Go's `time.Now().Format(time.RFC3339)` in UTC, from Unix milliseconds.
pub fn rfc3339_utc(now_ms: i64) -> String {
    crate::render::fmt::utc(now_ms)
}

/// The lock body exactly as Go's `json.MarshalIndent(lock, "", "  ")` writes it (including
/// its HTML escaping of `<`, `>` and `&`).
pub fn lock_body(action: &str, hostname: &str, username: &str, time: &str) -> String {
    let v = serde_json::json!({
        "Action": action,
        "HostName": hostname,
        "UserName": username,
        "Time": time,
        "Options": {},
        "Status": "Running",
    });
    // serde_json keeps insertion order only with preserve_order; build the text by hand to be
    // sure of Go's field order.
    let s = |k: &str| serde_json::to_string(&v[k]).unwrap_or_else(|_| "\"\"".into());
    let text = format!(
        "{{\n  \"Action\": {},\n  \"HostName\": {},\n  \"UserName\": {},\n  \"Time\": {},\n  \"Options\": {{}},\n  \"Status\": \"Running\"\n}}",
        s("Action"),
        s("HostName"),
        s("UserName"),
        s("Time")
    );
    text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// This host's name (gethostname, else /proc), for lock bodies and the HTML page.
pub fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it or
    // truncates, and we stop at the first NUL or the end.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    let name = if rc == 0 {
        String::from_utf8_lossy(&buf[..end]).trim().to_string()
    } else {
        String::new()
    };
    if !name.is_empty() {
        return name;
    }
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// The user running vtorc-rs, for the lock body.
pub fn username() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| format!("uid{}", unsafe { libc::getuid() }))
}

impl Topo {
    /// Who holds the lock of `ks/shard`, if anyone (the oldest lock key). Takes no lock.
    pub fn shard_lock_holder(
        &self,
        ks: &str,
        shard: &str,
    ) -> Result<Option<LockHolder>, TopoError> {
        let prefix = keys::shard_locks_prefix(&self.global_root, ks, shard);
        let kvs = self.global().range_prefix(&prefix, false)?;
        Ok(kvs.iter().min_by_key(|kv| kv.create_revision).map(holder_of))
    }

    /// Tries to take the shard lock without waiting. `action` is what the holder is doing
    /// (VTOrc writes `VTOrc Recovery for <code> on <alias>`); `now_ms` stamps the body.
    /// LockHeld names the current holder; NotFound when the shard does not exist.
    pub fn try_lock_shard(
        &self,
        ks: &str,
        shard: &str,
        action: &str,
        ttl: Duration,
        now_ms: i64,
    ) -> Result<ShardLock, TopoError> {
        super::invalid("keyspace", ks)?;
        super::invalid("shard", shard)?;
        let etcd = self.global().clone();
        let shard_key = keys::shard(&self.global_root, ks, shard);
        if etcd.get(&shard_key)?.is_none() {
            return Err(TopoError::NotFound { key: shard_key });
        }
        let prefix = keys::shard_locks_prefix(&self.global_root, ks, shard);
        let held = etcd.range_prefix(&prefix, false)?;
        if let Some(kv) = held.iter().min_by_key(|kv| kv.create_revision) {
            return Err(TopoError::LockHeld { key: prefix, holder: holder_of(kv).to_string() });
        }

        let lease = etcd.lease_grant(ttl, &prefix)?;
        let key = format!("{prefix}{lease}");
        let body = lock_body(action, &hostname(), &username(), &rfc3339_utc(now_ms));
        let created = match etcd.create(&key, body.as_bytes(), lease) {
            Ok(rev) => rev,
            Err(e) => {
                let _ = etcd.lease_revoke(lease, &key);
                return Err(e);
            }
        };
        // A racing locker may have created its key between our check and our create: the
        // older key (lower create revision) wins, as in Vitess's FIFO.
        let older = match etcd.range_prefix(&prefix, false) {
            Ok(kvs) => kvs
                .into_iter()
                .filter(|kv| kv.key != key && kv.create_revision < created)
                .min_by_key(|kv| kv.create_revision),
            Err(e) => {
                let _ = etcd.lease_revoke(lease, &key);
                return Err(e);
            }
        };
        if let Some(kv) = older {
            let _ = etcd.lease_revoke(lease, &key);
            return Err(TopoError::LockHeld { key: prefix, holder: holder_of(&kv).to_string() });
        }

        let lost = Arc::new(AtomicBool::new(false));
        let (stop, stopped) = mpsc::channel::<()>();
        let keeper = {
            let (etcd, key, lost) = (etcd.clone(), key.clone(), lost.clone());
            // Refresh well before expiry: a third of the TTL, as etcd's clientv3 does.
            let every = (ttl / 3).max(Duration::from_millis(500));
            std::thread::spawn(move || loop {
                match stopped.recv_timeout(every) {
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    _ => return,
                }
                if let Ok(None) = etcd.lease_keepalive(lease, &key) {
                    lost.store(true, Ordering::SeqCst);
                    return;
                }
            })
        };
        Ok(ShardLock { etcd, key, lease, lost, stop: Some(stop), keeper: Some(keeper) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_is_go_marshal_indent() {
        let b = lock_body(
            "PlannedReparentShard(z-1, AvoidPrimary = <nil>)",
            "h",
            "u",
            "2026-03-27T11:00:00Z",
        );
        assert_eq!(
            b,
            "{\n  \"Action\": \"PlannedReparentShard(z-1, AvoidPrimary = \\u003cnil\\u003e)\",\n  \"HostName\": \"h\",\n  \"UserName\": \"u\",\n  \"Time\": \"2026-03-27T11:00:00Z\",\n  \"Options\": {},\n  \"Status\": \"Running\"\n}"
        );
        let v: serde_json::Value = serde_json::from_str(&b).unwrap();
        assert_eq!(v["Action"], "PlannedReparentShard(z-1, AvoidPrimary = <nil>)");
    }

    #[test]
    fn rfc3339() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(1_774_609_200_999), "2026-03-27T11:00:00Z");
        assert_eq!(rfc3339_utc(951_782_400_000), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn holder_from_json() {
        let kv = Kv {
            key: "/g/keyspaces/ks/shards/0/locks/7".into(),
            value: lock_body("X", "h", "u", "t").into_bytes(),
            ..Default::default()
        };
        let h = holder_of(&kv);
        assert_eq!((h.action.as_str(), h.hostname.as_str(), h.username.as_str()), ("X", "h", "u"));
        assert!(h.to_string().contains("u@h"));
    }
}
