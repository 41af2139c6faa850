//! Instant detection: one idle, authenticated connection to every watched server, and one thread
//! that waits on all their sockets at once (`poll(2)`). An idle MySQL connection never receives
//! anything, so any readable event on it (end of file when mysqld dies and the kernel closes its
//! sockets, an error packet when the session is killed or the server shuts down) means it broke.
//! The thread then reports the server and reconnects it with backoff. It decides nothing: the
//! caller probes the shard and runs the usual analysis, so a dropped connection alone never fails
//! anything over.
//!
//! Cost: one thread and one file descriptor per watched server (plus a few connect workers while
//! connections are (re)opened); nothing is sent on an idle connection.

use super::{conn_opts, Addr};
use crate::secret::Credentials;
use std::collections::HashMap;
use std::os::unix::io::AsRawFd;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
use std::time::{Duration, Instant};

/// A server to watch, with the shard it belongs to (passed back in events).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub alias: String,
    pub keyspace: String,
    pub shard: String,
    pub addr: Addr,
}

/// A watched connection broke.
#[derive(Debug, Clone)]
pub struct Broken {
    pub target: Target,
    /// What the socket said (end of file, hang-up, a server message).
    pub reason: String,
    /// When the thread saw it.
    pub at: Instant,
}

/// The handle: set the targets, read the events. Dropping it stops the thread.
pub struct Sentinel {
    targets: Sender<Vec<Target>>,
    pub events: Receiver<Broken>,
    handle: Option<std::thread::JoinHandle<()>>,
    /// Servers that answered again (see [`Sentinel::await_answer`]).
    pub answers: Receiver<Target>,
    answers_tx: Sender<Target>,
    creds: Credentials,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// How long [`Sentinel::await_answer`] keeps trying, and how long one attempt may wait for a
/// server that accepts the TCP connection but does not answer (hung).
const AWAIT_FOR: Duration = Duration::from_secs(600);
const AWAIT_ATTEMPT: Duration = Duration::from_secs(30);

/// First reconnect delay after a break or a failed connect; doubles up to `MAX_BACKOFF`.
const MIN_BACKOFF: Duration = Duration::from_millis(200);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How long one `poll` waits before looking at new targets and due reconnects.
const POLL_MS: i32 = 100;
/// Connections opened at once (a dead host costs one connect timeout per worker).
const CONNECT_WORKERS: usize = 8;

struct Slot {
    target: Target,
    conn: Option<mysql::Conn>,
    next_attempt: Instant,
    backoff: Duration,
}

impl Sentinel {
    /// Starts the thread. `timeout` bounds each connect.
    pub fn start(creds: Credentials, timeout: Duration) -> Sentinel {
        let (targets_tx, targets_rx) = channel::<Vec<Target>>();
        let (events_tx, events_rx) = channel::<Broken>();
        let c = creds.clone();
        let handle = std::thread::Builder::new()
            .name("sentinel".into())
            .spawn(move || run(&c, timeout, &targets_rx, &events_tx))
            .ok();
        let (answers_tx, answers) = channel::<Target>();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        Sentinel {
            targets: targets_tx,
            events: events_rx,
            handle,
            answers,
            answers_tx,
            creds,
            stop,
        }
    }

    /// Reports `target` on `answers` the moment it accepts a login again, trying for up to 10
    /// minutes. For a primary that was failed over while hung (SIGSTOP, a frozen VM): an attempt
    /// waits up to 30 s on a server that accepted the TCP connection, so the login completes as
    /// soon as it resumes, and the caller can fence it at once instead of at the next poll. One
    /// thread per target, only after a failover.
    pub fn await_answer(&self, target: Target) {
        let (tx, creds, stop) = (self.answers_tx.clone(), self.creds.clone(), self.stop.clone());
        let _ = std::thread::Builder::new().name("await-answer".into()).spawn(move || {
            let until = Instant::now() + AWAIT_FOR;
            while Instant::now() < until && !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let started = Instant::now();
                let opts = conn_opts(&target.addr, &creds, AWAIT_ATTEMPT);
                if super::open(&target.addr, &creds, opts).is_ok() {
                    let _ = tx.send(target);
                    return;
                }
                // Refused at once (mysqld down): try again soon, without spinning.
                if started.elapsed() < MIN_BACKOFF {
                    std::thread::sleep(MIN_BACKOFF);
                }
            }
        });
    }

    /// Replaces the set of watched servers (same alias and address: the connection is kept).
    pub fn watch(&self, targets: Vec<Target>) {
        let _ = self.targets.send(targets);
    }

    /// False when the thread could not be started or has stopped.
    pub fn running(&self) -> bool {
        self.handle.as_ref().is_some_and(|h| !h.is_finished())
    }
}

impl Drop for Sentinel {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        // Closing the targets channel ends the loop at its next turn (at most POLL_MS).
        let (tx, _) = channel();
        self.targets = tx;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn run(
    creds: &Credentials,
    timeout: Duration,
    targets: &Receiver<Vec<Target>>,
    events: &Sender<Broken>,
) {
    let mut slots: HashMap<String, Slot> = HashMap::new();
    loop {
        match targets.try_recv() {
            Ok(list) => update(&mut slots, list),
            Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) => {}
        }
        connect_due(&mut slots, creds, timeout);
        for b in wait_for_breaks(&mut slots) {
            if events.send(b).is_err() {
                return;
            }
        }
    }
}

fn update(slots: &mut HashMap<String, Slot>, list: Vec<Target>) {
    let keep: HashMap<String, Target> = list.into_iter().map(|t| (t.alias.clone(), t)).collect();
    slots.retain(|alias, s| keep.get(alias).is_some_and(|t| t.addr == s.target.addr));
    for (alias, t) in keep {
        slots.entry(alias).or_insert_with(|| Slot {
            target: t,
            conn: None,
            next_attempt: Instant::now(),
            backoff: MIN_BACKOFF,
        });
    }
}

/// Opens the connections that are due, a few at a time. An idle session must outlive the
/// server's `wait_timeout`, so it asks for the longest one.
fn connect_due(slots: &mut HashMap<String, Slot>, creds: &Credentials, timeout: Duration) {
    let now = Instant::now();
    let mut due: Vec<&mut Slot> =
        slots.values_mut().filter(|s| s.conn.is_none() && s.next_attempt <= now).collect();
    for chunk in due.chunks_mut(CONNECT_WORKERS) {
        std::thread::scope(|sc| {
            for slot in chunk.iter_mut() {
                sc.spawn(move || {
                    let opts = conn_opts(&slot.target.addr, creds, timeout)
                        .init(vec!["SET SESSION wait_timeout=31536000"]);
                    // The same TLS settings as every other session of vtorc-rs.
                    match super::open(&slot.target.addr, creds, opts) {
                        Ok(c) => {
                            slot.conn = Some(c);
                            slot.backoff = MIN_BACKOFF;
                        }
                        Err(_) => {
                            slot.next_attempt = Instant::now() + slot.backoff;
                            slot.backoff = (slot.backoff * 2).min(MAX_BACKOFF);
                        }
                    }
                });
            }
        });
    }
}

/// One `poll` over every open connection; the ones with any event are closed and returned.
fn wait_for_breaks(slots: &mut HashMap<String, Slot>) -> Vec<Broken> {
    let mut open: Vec<(&String, i32)> =
        slots.iter().filter_map(|(a, s)| s.conn.as_ref().map(|c| (a, c.as_raw_fd()))).collect();
    if open.is_empty() {
        std::thread::sleep(Duration::from_millis(POLL_MS as u64));
        return Vec::new();
    }
    let mut fds: Vec<libc::pollfd> = open
        .iter()
        .map(|(_, fd)| libc::pollfd {
            fd: *fd,
            events: libc::POLLIN | libc::POLLRDHUP | libc::POLLPRI,
            revents: 0,
        })
        .collect();
    // SAFETY: `fds` is a valid, exclusively borrowed array of `fds.len()` pollfd structs that
    // outlives the call; the descriptors belong to connections held in `slots`.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, POLL_MS) };
    if n <= 0 {
        return Vec::new();
    }
    let at = Instant::now();
    let broken: Vec<(String, String)> = open
        .drain(..)
        .zip(&fds)
        .filter(|(_, p)| p.revents != 0)
        .map(|((a, _), p)| (a.clone(), describe(p.revents)))
        .collect();
    let mut out = Vec::new();
    for (alias, reason) in broken {
        if let Some(s) = slots.get_mut(&alias) {
            s.conn = None; // dropping it closes our end
            s.next_attempt = at + s.backoff;
            s.backoff = (s.backoff * 2).min(MAX_BACKOFF);
            out.push(Broken { target: s.target.clone(), reason, at });
        }
    }
    out
}

fn describe(revents: i16) -> String {
    let mut w = Vec::new();
    if revents & (libc::POLLHUP | libc::POLLRDHUP) != 0 {
        w.push("connection closed by the server");
    }
    if revents & libc::POLLERR != 0 {
        w.push("socket error");
    }
    if w.is_empty() {
        w.push(
            "the server sent data on an idle connection (session killed or server shutting down)",
        );
    }
    w.join(", ")
}
