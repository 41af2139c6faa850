//! Benchmarks (`#[ignore]`d; run by `./commands/bench`, which builds in release first). Each
//! `bench_*` test runs its scenario `BENCH_RUNS` times (default 5) against real etcd and MariaDB
//! servers it starts itself, prints one `BENCH {json}` line per figure and appends the same JSON
//! to the file named by `BENCH_RESULTS`. `report_table` then turns that file into the markdown
//! table saved as bench/latest.md. These tests assert that the scenario happened (a failover
//! completed, a command exited as expected), never that it was fast: the table says pass/miss.

use crate::support::cmd::vtorc;
use crate::support::etcd::Etcd;
use crate::support::mariadb::{
    Cluster, Node, APP_PASS, APP_USER, REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER,
};
use crate::support::shard::{ShardOpts, TestShard};
use mysql::prelude::Queryable;
use prost::Message as _;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write as _};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const G: &str = "/vitess/global";

use crate::support::vt;

// ---------------------------------------------------------------------------------------------
// Results

/// How many times each scenario runs (`BENCH_RUNS`, default 5).
pub(crate) fn runs() -> usize {
    std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1)
}

fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    let n = s.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

fn max(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::NAN, f64::max)
}

/// One line of the table.
pub(crate) struct Row {
    scenario: &'static str,
    figure: String,
    unit: &'static str,
    samples: Vec<f64>,
    /// Limit on the median (the figure's target), if any.
    median_le: Option<f64>,
    /// Limit on the max, if any.
    max_le: Option<f64>,
    /// (floor samples, factor): shown beside the figure; with a factor the median must also be
    /// ≤ factor × the floor's median.
    floor: Option<(Vec<f64>, Option<f64>)>,
}

impl Row {
    pub(crate) fn new(
        scenario: &'static str,
        figure: &str,
        unit: &'static str,
        samples: Vec<f64>,
    ) -> Row {
        Row {
            scenario,
            figure: figure.into(),
            unit,
            samples,
            median_le: None,
            max_le: None,
            floor: None,
        }
    }
    pub(crate) fn median_le(mut self, v: f64) -> Row {
        self.median_le = Some(v);
        self
    }
    pub(crate) fn max_le(mut self, v: f64) -> Row {
        self.max_le = Some(v);
        self
    }
    fn floor(mut self, samples: Vec<f64>, factor: f64) -> Row {
        self.floor = Some((samples, Some(factor)));
        self
    }
    /// A floor shown for comparison, without a target.
    pub(crate) fn floor_info(mut self, samples: Vec<f64>) -> Row {
        self.floor = Some((samples, None));
        self
    }

    /// A target: whole numbers without decimals.
    fn limit(&self, v: f64) -> String {
        if v.fract() == 0.0 {
            format!("{v:.0} {}", self.unit)
        } else {
            self.value(v)
        }
    }

    fn value(&self, v: f64) -> String {
        if v.is_nan() {
            "-".into()
        } else if self.unit == "ms" && v >= 10.0 {
            format!("{v:.0} ms")
        } else {
            format!("{v:.1} {}", self.unit)
        }
    }

    /// Prints the row as `BENCH {json}` and appends it to `BENCH_RESULTS`.
    pub(crate) fn emit(self) {
        let (med, mx) = (median(&self.samples), max(&self.samples));
        let mut target = Vec::new();
        let mut pass = true;
        let mut any = false;
        if let Some(t) = self.median_le {
            any = true;
            pass &= med <= t;
            target.push(if self.max_le.is_some() {
                format!("median ≤ {}", self.limit(t))
            } else {
                format!("≤ {}", self.limit(t))
            });
        }
        if let Some(t) = self.max_le {
            any = true;
            pass &= mx <= t;
            target.push(if self.median_le.is_some() {
                format!("max ≤ {}", self.limit(t))
            } else {
                format!("peak ≤ {}", self.limit(t))
            });
        }
        let mut floor_text = String::new();
        if let Some((f, factor)) = &self.floor {
            let fm = median(f);
            if let Some(factor) = factor {
                any = true;
                pass &= med <= factor * fm;
                target.push(format!("≤ {factor}× floor"));
            }
            floor_text = format!("{} (×{:.1})", self.value(fm), med / fm);
        }
        let v = json!({
            "scenario": self.scenario,
            "figure": self.figure,
            "unit": self.unit,
            "samples": self.samples,
            "median": self.value(med),
            "max": self.value(mx),
            "runs": self.samples.len(),
            "target": target.join(", "),
            "floor": floor_text,
            "result": if !any { "-" } else if pass { "pass" } else { "**miss**" },
        });
        println!("BENCH {v}");
        if let Ok(path) = std::env::var("BENCH_RESULTS") {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .unwrap_or_else(|e| panic!("open BENCH_RESULTS {path}: {e}"));
            writeln!(f, "{v}").expect("append to BENCH_RESULTS");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Running the binary

/// Global flags and password files for a `vtorc-rs` pointed at one etcd and one state file.
pub(crate) struct Vt {
    endpoint: String,
    state: PathBuf,
    dir: tempfile::TempDir,
}

impl Vt {
    pub(crate) fn new(endpoint: String) -> Vt {
        let dir = tempfile::Builder::new().prefix("vtorc-bench-").tempdir().expect("tempdir");
        for (name, pass) in [("mysql.pass", VTORC_PASS), ("repl.pass", REPL_PASS)] {
            let p = dir.path().join(name);
            std::fs::write(&p, format!("{pass}\n")).expect("write password file");
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        Vt { endpoint, state: dir.path().join("vtorc.db"), dir }
    }
    /// A shard fixture's etcd, state file and password files.
    fn of_shard(s: &TestShard) -> (String, PathBuf, PathBuf, PathBuf) {
        (s.etcd().endpoint(), s.state_file(), s.dir().join("mysql.pass"), s.dir().join("repl.pass"))
    }
    pub(crate) fn cmd(&self, args: &[&str]) -> Command {
        global_cmd(
            &self.endpoint,
            &self.state,
            &self.dir.path().join("mysql.pass"),
            &self.dir.path().join("repl.pass"),
            args,
        )
    }
    fn remove_state(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.state.display()));
        }
    }
}

fn global_cmd(ep: &str, state: &Path, mpass: &Path, rpass: &Path, args: &[&str]) -> Command {
    let mut c = vtorc();
    c.arg("--topo-global-server-address")
        .arg(ep)
        .arg("--state-file")
        .arg(state)
        .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
        .arg("--mysql-password-file")
        .arg(mpass)
        .arg("--repl-password-file")
        .arg(rpass)
        .args(args);
    c
}

/// One finished run: wall time from spawn to reaped exit, peak RSS (wait4's ru_maxrss) and output.
struct Timed {
    wall: Duration,
    max_rss_mb: f64,
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `c` to completion with stdout/stderr going to files (no pipe to drain while timing).
// The child is reaped by wait4 (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn timed(mut c: Command) -> Timed {
    let out = tempfile::tempfile().expect("temp file");
    let err = tempfile::tempfile().expect("temp file");
    c.stdin(Stdio::null())
        .stdout(out.try_clone().expect("dup"))
        .stderr(err.try_clone().expect("dup"));
    let t0 = Instant::now();
    let child = c.spawn().expect("spawn vtorc-rs");
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; wait4 fills it for the child we just spawned.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    let wall = t0.elapsed();
    assert_eq!(r, pid, "wait4 failed: {}", std::io::Error::last_os_error());
    let es = std::process::ExitStatus::from_raw(status);
    let read = |mut f: std::fs::File| {
        use std::io::{Read, Seek};
        let mut s = String::new();
        f.seek(std::io::SeekFrom::Start(0)).expect("seek");
        f.read_to_string(&mut s).expect("read output");
        s
    };
    Timed {
        wall,
        max_rss_mb: ru.ru_maxrss as f64 / 1024.0,
        code: es.code().unwrap_or(-1),
        stdout: read(out),
        stderr: read(err),
    }
}

impl Timed {
    fn expect(self, codes: &[i32], what: &str) -> Timed {
        assert!(
            codes.contains(&self.code),
            "{what}: exit {} (want {codes:?})\nstdout:\n{}\nstderr:\n{}",
            self.code,
            self.stdout.chars().take(4000).collect::<String>(),
            self.stderr.chars().take(4000).collect::<String>()
        );
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Scenario 1 + 2: failover under watch, and recovery execution beside the bare-SQL floor

/// Stderr lines of a running `watch`, each with the moment it arrived.
type Lines = Arc<Mutex<Vec<(Instant, String)>>>;

pub(crate) struct Watch {
    child: Child,
    lines: Lines,
}

impl Watch {
    /// `watch --metrics-file METRICS <extra>`.
    pub(crate) fn start(s: &TestShard, metrics: &Path, extra: &[&str]) -> Watch {
        let (ep, state, mp, rp) = Vt::of_shard(s);
        let m = metrics.to_string_lossy();
        let mut args = vec!["watch", "--metrics-file", &m];
        args.extend_from_slice(extra);
        let mut c = global_cmd(&ep, &state, &mp, &rp, &args);
        let mut child = c
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn vtorc-rs watch");
        let lines: Lines = Arc::default();
        let err = child.stderr.take().expect("stderr pipe");
        let l = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                l.lock().unwrap().push((Instant::now(), line));
            }
        });
        Watch { child, lines }
    }
    fn first(&self, pred: impl Fn(&str) -> bool) -> Option<Instant> {
        self.lines.lock().unwrap().iter().find(|(_, l)| pred(l)).map(|(t, _)| *t)
    }
    fn log(&self) -> String {
        self.lines.lock().unwrap().iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("\n")
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        // SIGTERM: watch stops at the end of its step and releases any shard lock.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn conn(node: &Node, user: &str, pass: &str, timeout: Duration) -> Option<mysql::Conn> {
    let opts = mysql::OptsBuilder::new()
        .ip_or_hostname(Some("127.0.0.1"))
        .tcp_port(node.port())
        .user(Some(user))
        .pass(Some(pass))
        .prefer_socket(false)
        .tcp_connect_timeout(Some(timeout))
        .read_timeout(Some(timeout))
        .write_timeout(Some(timeout));
    mysql::Conn::new(opts).ok()
}

/// An application retrying `INSERT` on every candidate until one accepts it; returns the moment
/// and the candidate index of the first success (only after `armed` is set: before the kill
/// every candidate is a read-only replica and must refuse).
fn writer(
    nodes: Vec<(usize, u16)>,
    stop: Arc<AtomicBool>,
    armed: Arc<AtomicBool>,
) -> std::thread::JoinHandle<Option<(Instant, usize)>> {
    std::thread::spawn(move || {
        let mut conns: Vec<Option<mysql::Conn>> = nodes.iter().map(|_| None).collect();
        while !stop.load(Ordering::SeqCst) {
            for (i, (idx, port)) in nodes.iter().enumerate() {
                if conns[i].is_none() {
                    let opts = mysql::OptsBuilder::new()
                        .ip_or_hostname(Some("127.0.0.1"))
                        .tcp_port(*port)
                        .user(Some(APP_USER))
                        .pass(Some(APP_PASS))
                        .prefer_socket(false)
                        .tcp_connect_timeout(Some(Duration::from_millis(200)))
                        .read_timeout(Some(Duration::from_millis(500)))
                        .write_timeout(Some(Duration::from_millis(500)));
                    conns[i] = mysql::Conn::new(opts).ok();
                }
                let Some(c) = conns[i].as_mut() else { continue };
                match c.query_drop("INSERT INTO app.t (v) VALUES ('bench')") {
                    Ok(()) => {
                        let at = Instant::now();
                        assert!(
                            armed.load(Ordering::SeqCst),
                            "replica {idx} accepted a write before the primary was killed"
                        );
                        return Some((at, *idx));
                    }
                    // 1290: read-only. Anything else: reconnect next round.
                    Err(mysql::Error::MySqlError(e)) if e.code == 1290 => {}
                    Err(_) => conns[i] = None,
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        None
    })
}

/// `(Master_Port, Slave_IO_Running)` of a node, through a kept connection.
fn source_of(c: &mut mysql::Conn) -> Option<(u16, String)> {
    let row: mysql::Row = c.query_first("SHOW SLAVE STATUS").ok()??;
    let get = |name: &str| -> Option<String> {
        let i = row.columns_ref().iter().position(|c| c.name_str() == name)?;
        match row.as_ref(i)? {
            mysql::Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
            mysql::Value::Int(n) => Some(n.to_string()),
            mysql::Value::UInt(n) => Some(n.to_string()),
            _ => None,
        }
    };
    Some((get("Master_Port")?.parse().ok()?, get("Slave_IO_Running")?))
}

fn shard_primary_uid(etcd: &Etcd, ks: &str, shard: &str) -> Option<u32> {
    let raw = etcd.get_raw(&format!("{G}/keyspaces/{ks}/shards/{shard}/Shard"))?;
    vt::Shard::decode(&raw[..]).ok()?.primary_alias.map(|a| a.uid)
}

/// Figures of one failover drill, all measured from the kill.
pub(crate) struct Drill {
    pub(crate) detected: f64,
    pub(crate) writable: f64,
    pub(crate) replicating: f64,
    pub(crate) topology: f64,
    /// From the recovery record: decided → promoted, decided → topology written, start → end.
    pub(crate) exec_writable: f64,
    pub(crate) exec_done: f64,
    pub(crate) exec_total: f64,
}

/// A watch at `watch_args`, the primary killed `kill_after_ms(run)` after its first cycle.
pub(crate) fn failover_drill(
    run: usize,
    watch_args: &[&str],
    kill_after_ms: impl Fn(usize) -> u64,
) -> Drill {
    let s = TestShard::start(ShardOpts::default().replicas(2).rdonly(false));
    let metrics = s.dir().join("metrics.prom");
    let watch = Watch::start(&s, &metrics, watch_args);
    // Running once the first cycle has written its metrics file.
    let deadline = Instant::now() + Duration::from_secs(20);
    while !metrics.exists() {
        assert!(Instant::now() < deadline, "watch wrote no metrics file:\n{}", watch.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(kill_after_ms(run)));
    assert!(
        watch.first(|l| l.contains("detected")).is_none(),
        "problems before the kill:\n{}",
        watch.log()
    );

    let cands: Vec<(usize, u16)> = (1..=2).map(|i| (i, s.cluster().node(i).port())).collect();
    let (stop, armed) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
    let w = writer(cands.clone(), stop.clone(), armed.clone());
    let mut probes: Vec<mysql::Conn> = (1..=2)
        .map(|i| {
            conn(s.cluster().node(i), "root", "", Duration::from_secs(2)).expect("root connection")
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));

    armed.store(true, Ordering::SeqCst);
    let t0 = Instant::now();
    s.cluster().node(0).kill9();

    let since = |t: Instant| ms(t.saturating_duration_since(t0));
    let (mut replicating, mut topology) = (None, None);
    let deadline = t0 + Duration::from_secs(20);
    while replicating.is_none() || topology.is_none() || !w.is_finished() {
        assert!(Instant::now() < deadline, "no failover within 20 s; watch log:\n{}", watch.log());
        if replicating.is_none() {
            let src: Vec<Option<(u16, String)>> = probes.iter_mut().map(source_of).collect();
            // Some candidate is the source of every other one, and their IO threads run.
            let ok = cands.iter().enumerate().any(|(wi, (_, wport))| {
                src.iter().enumerate().all(|(oi, st)| {
                    oi == wi || st.as_ref().is_some_and(|(p, io)| p == wport && io == "Yes")
                })
            });
            if ok {
                replicating = Some(Instant::now());
            }
        }
        if topology.is_none() && shard_primary_uid(s.etcd(), "ks", "0").is_some_and(|u| u != 101) {
            topology = Some(Instant::now());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    stop.store(true, Ordering::SeqCst);
    let (writable_at, winner) = w.join().expect("writer thread").expect("a write succeeded");
    let detected = watch
        .first(|l| l.contains("detected DeadPrimary"))
        .unwrap_or_else(|| panic!("watch never logged DeadPrimary:\n{}", watch.log()));
    drop(watch);

    // The recovery record's own step timestamps.
    let r = s.run(&["--json", "recoveries", "list"]).expect_code(0);
    let v: Value = serde_json::from_str(&r.stdout).expect("recoveries list JSON");
    let rec = v["recoveries"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["code"] == "DeadPrimary"))
        .unwrap_or_else(|| panic!("no DeadPrimary recovery recorded:\n{}", r.stdout));
    assert_eq!(rec["success"], true, "{rec:#}");
    assert_eq!(
        rec["successor"].as_str().map(crate::support::shard::short_alias),
        Some(s.alias(winner).to_string()),
        "the client wrote to another server than the recorded successor"
    );
    let step = |name: &str| -> f64 {
        rec["steps"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["step"] == name))
            .and_then(|x| x["at_ms"].as_f64())
            .unwrap_or_else(|| panic!("no step {name:?} in {rec:#}"))
    };
    let decided = step("decided");
    let offsets: Vec<String> = rec["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| {
            format!(
                "{} {:+}",
                x["step"].as_str().unwrap_or("?"),
                x["at_ms"].as_f64().unwrap_or(0.0) - decided
            )
        })
        .collect();
    eprintln!("steps (ms from decided): {}", offsets.join(", "));
    let ended = rec["ended_ms"].as_f64().expect("ended_ms");
    let started = rec["started_ms"].as_f64().expect("started_ms");
    let d = Drill {
        detected: since(detected),
        writable: since(writable_at),
        replicating: since(replicating.expect("replicating")),
        topology: since(topology.expect("topology")),
        exec_writable: step("promoted") - decided,
        // Done = the last of: topology written, primary writable, replicas repointed (the
        // topology is written before the primary becomes writable).
        exec_done: ["topology written", "promoted", "replicas repointed"]
            .iter()
            .map(|n| step(n))
            .fold(f64::MIN, f64::max)
            - decided,
        exec_total: ended - started,
    };
    eprintln!(
        "run {}: detected {:.0} ms, writable {:.0} ms (on {}), replicating {:.0} ms, topology {:.0} ms; \
         execution: decided→promoted {:.0} ms, decided→topology {:.0} ms, recovery {:.0} ms",
        run + 1,
        d.detected,
        d.writable,
        s.alias(winner),
        d.replicating,
        d.topology,
        d.exec_writable,
        d.exec_done,
        d.exec_total
    );
    d
}

/// The failover's SQL and topology writes run bare by a minimal client on a fresh shard whose
/// primary was just killed: (decision → writable, decision → done) in ms.
fn floor_drill() -> (f64, f64) {
    let s = TestShard::start(ShardOpts::default().replicas(2).rdonly(false));
    s.cluster().node(0).kill9();
    // Let the replicas notice, as they have by the time a real decision is made.
    for i in 1..=2 {
        s.cluster().node(i).wait_until("IO thread not running", Duration::from_secs(10), |n| {
            n.slave_status("Slave_IO_Running").as_deref() != Some("Yes")
        });
    }
    let (win, other) = (s.cluster().node(1), s.cluster().node(2));
    let t0 = Instant::now();
    // 1. every replica: stop the IO thread and apply what it received (in parallel).
    let mut conns: Vec<mysql::Conn> = std::thread::scope(|sc| {
        let hs: Vec<_> = [win, other]
            .into_iter()
            .map(|n| {
                sc.spawn(move || {
                    let mut c =
                        conn(n, VTORC_USER, VTORC_PASS, Duration::from_secs(5)).expect("connect");
                    c.query_drop("STOP SLAVE IO_THREAD").expect("stop io");
                    let row: mysql::Row =
                        c.query_first("SHOW SLAVE STATUS").expect("status").expect("row");
                    let pos: String = row.get("Gtid_IO_Pos").unwrap_or_default();
                    let r: Option<i64> = c
                        .query_first(format!("SELECT MASTER_GTID_WAIT('{pos}', 30)"))
                        .expect("wait");
                    assert_eq!(r, Some(0), "relay log not applied");
                    c
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().expect("floor thread")).collect()
    });
    // 2. promote the winner.
    conns[0].query_drop("STOP SLAVE; RESET SLAVE ALL; SET GLOBAL read_only=OFF").expect("promote");
    let writable = ms(t0.elapsed());
    // 3. repoint the other.
    conns[1]
        .query_drop(format!(
            "STOP SLAVE; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={}, \
             MASTER_USER='{REPL_USER}', MASTER_PASSWORD='{REPL_PASS}', MASTER_USE_GTID=slave_pos, \
             MASTER_CONNECT_RETRY=1; START SLAVE",
            win.port()
        ))
        .expect("repoint");
    // 4. topology: new primary's record, old primary's record, shard record (read + CAS write).
    let gw = Gateway::new(&s.etcd().endpoint());
    let now = vt::Time { seconds: now_s(), nanoseconds: 0 };
    gw.update(
        &format!("/vitess/zone1/tablets/{}/Tablet", s.tablet("zone1-102").full_alias()),
        |b| {
            let mut t = vt::Tablet::decode(b).expect("tablet");
            t.r#type = 1;
            t.primary_term_start_time = Some(now.clone());
            t.encode_to_vec()
        },
    );
    gw.update(
        &format!("/vitess/zone1/tablets/{}/Tablet", s.tablet("zone1-101").full_alias()),
        |b| {
            let mut t = vt::Tablet::decode(b).expect("tablet");
            t.r#type = 2;
            t.primary_term_start_time = None;
            t.encode_to_vec()
        },
    );
    gw.update(&format!("{G}/keyspaces/ks/shards/0/Shard"), |b| {
        let mut sh = vt::Shard::decode(b).expect("shard");
        sh.primary_alias = Some(vt::TabletAlias { cell: "zone1".into(), uid: 102 });
        sh.primary_term_start_time = Some(now.clone());
        sh.encode_to_vec()
    });
    let done = ms(t0.elapsed());
    assert_eq!(shard_primary_uid(s.etcd(), "ks", "0"), Some(102));
    other.wait_until("replicating from the new primary", Duration::from_secs(10), |n| {
        n.slave_status("Slave_IO_Running").as_deref() == Some("Yes")
    });
    eprintln!("floor: decision→writable {writable:.1} ms, decision→done {done:.1} ms");
    (writable, done)
}

/// The minimal etcd client of the floor: range + compare-and-swap txn through the JSON gateway.
struct Gateway {
    base: String,
    agent: ureq::Agent,
}

impl Gateway {
    fn new(endpoint: &str) -> Gateway {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(5)))
            .build()
            .into();
        Gateway { base: format!("http://{endpoint}"), agent }
    }
    fn post(&self, path: &str, body: &Value) -> Value {
        self.agent
            .post(&format!("{}{path}", self.base))
            .send_json(body)
            .expect("etcd request")
            .body_mut()
            .read_json()
            .expect("etcd JSON")
    }
    fn update(&self, key: &str, f: impl FnOnce(&[u8]) -> Vec<u8>) {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD;
        let k = b64.encode(key);
        let got = self.post("/v3/kv/range", &json!({ "key": k }));
        let kv = &got["kvs"][0];
        let value = b64.decode(kv["value"].as_str().expect("value")).expect("base64");
        let rev = kv["mod_revision"].as_str().expect("mod_revision").to_string();
        let new = f(&value);
        let r = self.post(
            "/v3/kv/txn",
            &json!({
                "compare": [{"key": k, "target": "MOD", "result": "EQUAL", "mod_revision": rev}],
                "success": [{"request_put": {"key": k, "value": b64.encode(new)}}],
            }),
        );
        assert_eq!(r["succeeded"], true, "CAS write of {key} failed: {r}");
    }
}

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_1_failover_under_watch() {
    let n = runs();
    let mut drills = Vec::new();
    let mut floors = Vec::new();
    for run in 0..n {
        // The 1 s poll alone (instant detection off), the kill spread over the poll interval so
        // the table shows the phase's whole range.
        let args = ["--instance-poll-time", "1s", "--no-instant-detection"];
        drills.push(failover_drill(run, &args, |r| 1500 + (1000 * r / n) as u64));
        floors.push(floor_drill());
    }
    let col = |f: fn(&Drill) -> f64| drills.iter().map(f).collect::<Vec<f64>>();
    const S1: &str = "1. failover under watch --instance-poll-time 1s --no-instant-detection (primary + 2 replicas, kill -9)";
    Row::new(S1, "kill → problem detected (watch log)", "ms", col(|d| d.detected)).emit();
    Row::new(S1, "kill → new primary writable (client INSERT)", "ms", col(|d| d.writable))
        .median_le(1000.0)
        .max_le(1500.0)
        .emit();
    Row::new(S1, "kill → other replica replicating from it", "ms", col(|d| d.replicating)).emit();
    Row::new(S1, "kill → topology written (etcd shard record)", "ms", col(|d| d.topology)).emit();
    const S2: &str = "2. recovery execution (record steps) beside bare SQL";
    let fw: Vec<f64> = floors.iter().map(|f| f.0).collect();
    let fd: Vec<f64> = floors.iter().map(|f| f.1).collect();
    Row::new(S2, "decision → writable (`promoted`)", "ms", col(|d| d.exec_writable))
        .floor_info(fw)
        .emit();
    Row::new(
        S2,
        "decision → done (writable, repointed, topology written)",
        "ms",
        col(|d| d.exec_done),
    )
    .median_le(150.0)
    .floor(fd, 2.0)
    .emit();
    Row::new(
        S2,
        "whole recovery (lock, re-read, re-probe, act, record)",
        "ms",
        col(|d| d.exec_total),
    )
    .emit();
}

// ---------------------------------------------------------------------------------------------
// Scenario 3 + 5: discover 10,000 tablets; status on them; --version

const CELLS: [&str; 3] = ["zone1", "zone2", "zone3"];
const KEYSPACES: usize = 10;
const SHARDS_PER_KEYSPACE: usize = 100;
const TABLETS_PER_SHARD: usize = 10;

/// 3 cells, 10 keyspaces × 100 shards, 10 tablets per shard spread over the cells (1 primary,
/// 6 replicas, 3 rdonly), written as Vitess writes them, 100 puts per etcd transaction.
fn fill_etcd(etcd: &Etcd) -> usize {
    let mut items: Vec<(String, Vec<u8>)> = Vec::new();
    for c in CELLS {
        items.push((
            format!("{G}/cells/{c}/CellInfo"),
            vt::CellInfo { server_address: etcd.endpoint(), root: format!("/vitess/{c}") }
                .encode_to_vec(),
        ));
    }
    let mut tablets = 0;
    for k in 0..KEYSPACES {
        let ks = format!("ks{k}");
        items.push((
            format!("{G}/keyspaces/{ks}/Keyspace"),
            vt::Keyspace { durability_policy: "semi_sync".into(), ..Default::default() }
                .encode_to_vec(),
        ));
        for sh in 0..SHARDS_PER_KEYSPACE {
            // 100 key ranges over the first byte (2.56 values wide): names like Vitess's.
            let lo = (sh * 256 / SHARDS_PER_KEYSPACE) as u8;
            let hi = ((sh + 1) * 256 / SHARDS_PER_KEYSPACE) as u16;
            let start = if sh == 0 { vec![] } else { vec![lo] };
            let end = if hi >= 256 { vec![] } else { vec![hi as u8] };
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
            let name = format!("{}-{}", hex(&start), hex(&end));
            let range = vt::KeyRange { start, end };
            let base = 100_000 + (k * SHARDS_PER_KEYSPACE + sh) as u32 * 100;
            let term = vt::Time { seconds: 1_700_000_000, nanoseconds: 0 };
            items.push((
                format!("{G}/keyspaces/{ks}/shards/{name}/Shard"),
                vt::Shard {
                    primary_alias: Some(vt::TabletAlias { cell: CELLS[0].into(), uid: base }),
                    key_range: Some(range.clone()),
                    is_primary_serving: true,
                    primary_term_start_time: Some(term.clone()),
                    ..Default::default()
                }
                .encode_to_vec(),
            ));
            for t in 0..TABLETS_PER_SHARD {
                let cell = CELLS[t % CELLS.len()];
                let uid = base + t as u32;
                let ty = match t {
                    0 => 1,
                    1..=6 => 2,
                    _ => 3,
                };
                let rec = vt::Tablet {
                    alias: Some(vt::TabletAlias { cell: cell.into(), uid }),
                    hostname: format!("vttablet-{uid}.example"),
                    port_map: [("vt".to_string(), 15000), ("grpc".to_string(), 16000)].into(),
                    keyspace: ks.clone(),
                    shard: name.clone(),
                    key_range: Some(range.clone()),
                    r#type: ty,
                    mysql_hostname: format!("db-{uid}.example"),
                    mysql_port: 3306,
                    primary_term_start_time: (t == 0).then(|| term.clone()),
                };
                items.push((
                    format!("/vitess/{cell}/tablets/{cell}-{uid:010}/Tablet"),
                    rec.encode_to_vec(),
                ));
                tablets += 1;
            }
        }
    }
    // A few writers at once: etcd commits each transaction with an fsync.
    std::thread::scope(|s| {
        for part in items.chunks(items.len().div_ceil(4)) {
            s.spawn(move || etcd.put_many(part));
        }
    });
    tablets
}

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_3_discover_and_one_shot_overhead() {
    let n = runs();
    let etcd = Etcd::start();
    let t = Instant::now();
    let tablets = fill_etcd(&etcd);
    eprintln!("etcd filled with {tablets} tablets in {:.1} s", t.elapsed().as_secs_f64());
    let vt = Vt::new(etcd.endpoint());
    let (mut wall, mut rss, mut wall2, mut rss2) = (vec![], vec![], vec![], vec![]);
    for _ in 0..n {
        vt.remove_state();
        let r = timed(vt.cmd(&["--json", "discover"])).expect(&[0], "discover");
        let v: Value = serde_json::from_str(&r.stdout).expect("discover JSON");
        assert_eq!(v["tablets"].as_u64(), Some(tablets as u64), "{}", r.stderr);
        assert_eq!(v["added"].as_array().map(Vec::len), Some(tablets));
        assert_eq!(v["shards"].as_array().map(Vec::len), Some(KEYSPACES * SHARDS_PER_KEYSPACE));
        wall.push(ms(r.wall));
        rss.push(r.max_rss_mb);
        let r = timed(vt.cmd(&["--json", "discover"])).expect(&[0], "discover again");
        let v: Value = serde_json::from_str(&r.stdout).expect("discover JSON");
        assert_eq!(v["added"].as_array().map(Vec::len), Some(0));
        wall2.push(ms(r.wall));
        rss2.push(r.max_rss_mb);
    }
    const S3: &str = "3. discover: 10,000 tablets, 3 cells, 1,000 shards";
    Row::new(S3, "wall time, empty state file", "ms", wall).median_le(1000.0).emit();
    Row::new(S3, "peak RSS, empty state file", "MB", rss).max_le(64.0).emit();
    Row::new(S3, "wall time, nothing changed", "ms", wall2).median_le(1000.0).emit();
    Row::new(S3, "peak RSS, nothing changed", "MB", rss2).max_le(64.0).emit();

    // 5. one-shot overhead on the state file discover just wrote.
    if let Ok(keep) = std::env::var("BENCH_KEEP_STATE") {
        // For profiling by hand: a copy of the 10,000-tablet state file.
        std::fs::copy(&vt.state, &keep).expect("copy the state file");
    }
    let (mut st, mut stj, mut ver) = (vec![], vec![], vec![]);
    for _ in 0..n {
        let r = timed(vt.cmd(&["status"])).expect(&[0, 1], "status");
        assert!(r.stdout.contains("ks9"), "status shows every keyspace");
        st.push(ms(r.wall));
        let r = timed(vt.cmd(&["--json", "status"])).expect(&[0, 1], "status --json");
        assert!(r.stdout.len() > 100_000, "status --json holds the 10,000 tablets");
        stj.push(ms(r.wall));
        let mut c = vtorc();
        c.arg("--version");
        let r = timed(c).expect(&[0], "--version");
        assert!(r.stdout.starts_with("vtorc-rs "), "{}", r.stdout);
        ver.push(ms(r.wall));
    }
    const S5: &str = "5. one-shot overhead";
    Row::new(S5, "`status`, state file with 10,000 tablets", "ms", st).median_le(100.0).emit();
    Row::new(S5, "`status --json`, same state file", "ms", stj).median_le(100.0).emit();
    Row::new(S5, "`--version`", "ms", ver).median_le(5.0).emit();
}

// ---------------------------------------------------------------------------------------------
// Scenario 4: check over 10 shards × 3 real MariaDB

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_4_check_at_scale() {
    let n = runs();
    const SHARDS: [&str; 10] =
        ["-1a", "1a-33", "33-4d", "4d-66", "66-80", "80-99", "99-b3", "b3-cc", "cc-e6", "e6-"];
    let etcd_thread = std::thread::spawn(Etcd::start);
    // Start the 30 servers five shards at a time (2 cores: all at once only queues).
    let t = Instant::now();
    let mut clusters: Vec<Cluster> = Vec::new();
    for _ in 0..2 {
        let batch: Vec<Cluster> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..5).map(|_| s.spawn(|| Cluster::start(3))).collect();
            hs.into_iter().map(|h| h.join().expect("cluster start")).collect()
        });
        clusters.extend(batch);
    }
    let etcd = etcd_thread.join().expect("etcd");
    eprintln!("30 mariadbd started in {:.1} s", t.elapsed().as_secs_f64());
    let vt = Vt::new(etcd.endpoint());
    let ok = |args: &[&str]| {
        timed(vt.cmd(args)).expect(&[0], &args.join(" "));
    };
    ok(&["topo", "add-cell", "zone1"]);
    ok(&["topo", "create-keyspace", "ks", "--durability-policy", "none"]);
    for (i, c) in clusters.iter().enumerate() {
        for (j, ty) in ["primary", "replica", "rdonly"].iter().enumerate() {
            let alias = format!("zone1-{}", 1000 + i * 10 + j);
            let port = c.node(j).port().to_string();
            // `--shard=-1a`: a shard name starting with '-' is not a flag.
            let shard = format!("--shard={}", SHARDS[i]);
            ok(&[
                "topo",
                "add-tablet",
                &alias,
                "--keyspace",
                "ks",
                &shard,
                "--type",
                ty,
                "--mysql-host",
                "127.0.0.1",
                "--mysql-port",
                &port,
            ]);
        }
    }
    ok(&["discover"]);
    let check = |extra: &[&str]| {
        let mut args = vec!["--json", "check", "--topo-information-refresh-duration", "1h"];
        args.extend_from_slice(extra);
        timed(vt.cmd(&args))
    };
    // One untimed check first (the first ever has no previous probes to compare with).
    check(&[]).expect(&[0], "check");
    let mut healthy = Vec::new();
    for _ in 0..n {
        let r = check(&[]).expect(&[0], "check");
        let v: Value = serde_json::from_str(&r.stdout).expect("check JSON");
        assert_eq!(v["reachable"].as_u64(), Some(30), "{}", r.stdout);
        healthy.push(ms(r.wall));
    }
    let hung = clusters[3].node(1);
    hung.sigstop();
    let mut stopped = Vec::new();
    for _ in 0..n {
        let r = check(&["--mysql-timeout", "1s"]).expect(&[0, 1], "check, one host hung");
        let v: Value = serde_json::from_str(&r.stdout).expect("check JSON");
        assert_eq!(v["reachable"].as_u64(), Some(29), "{}", r.stdout);
        stopped.push(ms(r.wall));
    }
    hung.sigcont();

    // Where a check's time goes: one in-process probe of one server beside a bare connect+query.
    let node = clusters[0].node(1);
    let target = crate::mysql::probe::ProbeTarget {
        alias: "zone1-0000001001".into(),
        host: "127.0.0.1".into(),
        port: node.port(),
    };
    let creds = crate::secret::Credentials {
        user: VTORC_USER.into(),
        password: crate::secret::Secret::new(VTORC_PASS),
        tls: None,
    };
    let (mut probe_ms, mut bare_ms) = (Vec::new(), Vec::new());
    for _ in 0..n.max(20) {
        let t = Instant::now();
        let st = crate::mysql::probe::probe(&target, &creds, Duration::from_secs(1), 0);
        probe_ms.push(ms(t.elapsed()));
        assert!(st.reachable && !st.partial, "{st:?}");
        let t = Instant::now();
        let mut c = conn(node, VTORC_USER, VTORC_PASS, Duration::from_secs(1)).expect("connect");
        let one: Option<i64> = c.query_first("SELECT 1").expect("SELECT 1");
        bare_ms.push(ms(t.elapsed()));
        assert_eq!(one, Some(1));
    }
    const S4: &str = "4. check: 10 shards × 3 MariaDB (30 servers)";
    Row::new(S4, "one `check`, all healthy", "ms", healthy).median_le(250.0).emit();
    Row::new(S4, "one `check`, one host SIGSTOPped (--mysql-timeout 1s)", "ms", stopped)
        .median_le(1250.0)
        .emit();
    Row::new(S4, "one probe in-process (connect + 3 statements)", "ms", probe_ms)
        .floor_info(bare_ms)
        .emit();
}

// ---------------------------------------------------------------------------------------------
// The table

fn first_line_with(path: &str, key: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_else(|| "?".into())
}

fn output_of(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().next().unwrap_or("").trim().to_string())
        .unwrap_or_else(|| "?".into())
}

/// Reads `BENCH_RESULTS` and writes the markdown table to `BENCH_TABLE` (and stdout).
#[test]
#[ignore = "benchmark report: ./commands/bench"]
fn report_table() {
    let results = std::env::var("BENCH_RESULTS").expect("BENCH_RESULTS names the results file");
    let mut rows: Vec<Value> = std::fs::read_to_string(&results)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("result line"))
        .collect();
    assert!(!rows.is_empty(), "no results in {results}");
    // Scenario order (their labels start with the number), figures in the order measured.
    rows.sort_by(|a, b| a["scenario"].as_str().cmp(&b["scenario"].as_str()));
    let mem_kb: f64 = first_line_with("/proc/meminfo", "MemTotal")
        .trim_end_matches("kB")
        .trim()
        .parse()
        .unwrap_or(0.0);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mut commit = output_of("git", &["rev-parse", "--short", "HEAD"]);
    if !output_of("git", &["status", "--porcelain", "--untracked-files=no"]).is_empty() {
        commit.push_str(" (with uncommitted changes in the working tree)");
    }
    let mut md = String::new();
    md.push_str("# vtorc-rs benchmarks\n\n");
    md.push_str(&format!(
        "- command: `./commands/bench` (BENCH_RUNS={}, release build)\n\
         - date: {}\n- commit: {commit}\n\
         - machine: {cores} cores ({}), {:.1} GiB memory, {}\n\
         - servers: {}; etcd {}\n\n",
        runs(),
        output_of("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        first_line_with("/proc/cpuinfo", "model name"),
        mem_kb / 1024.0 / 1024.0,
        output_of("uname", &["-sr"]),
        output_of("mariadbd", &["--version"]),
        output_of("etcd", &["--version"]).trim_start_matches("etcd Version: "),
    ));
    md.push_str("| scenario | figure | median | max | runs | target | floor | result |\n");
    md.push_str("|---|---|---:|---:|---:|---|---:|---|\n");
    let mut last = String::new();
    for r in &rows {
        let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
        let scen = s("scenario");
        let shown = if scen == last { String::new() } else { scen.clone() };
        last = scen;
        md.push_str(&format!(
            "| {shown} | {} | {} | {} | {} | {} | {} | {} |\n",
            s("figure"),
            s("median"),
            s("max"),
            r["runs"],
            s("target"),
            s("floor"),
            s("result")
        ));
    }
    let missed = rows.iter().filter(|r| r["result"].as_str() == Some("**miss**")).count();
    md.push_str(&format!(
        "\n{} figures with a target, {missed} missed. Times are wall-clock from the bench's side \
         (process spawn to exit for one-shot commands).\n",
        rows.iter().filter(|r| r["result"].as_str() != Some("-")).count()
    ));
    print!("{md}");
    if let Ok(path) = std::env::var("BENCH_TABLE") {
        std::fs::write(&path, &md).unwrap_or_else(|e| panic!("write {path}: {e}"));
    }
}
