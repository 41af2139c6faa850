//! `vtorc-rs watch` against real etcd + MariaDB: the status files it rewrites every cycle, its
//! change-only log (detect, recover, clear, then silence), failover of a kill -9'd primary,
//! `--no-recover`, SIGTERM/SIGINT (also in the middle of a recovery, lock released), and an etcd
//! outage it rides out (still probing with the stored topology, recovering once etcd is back).

use crate::support::cmd::{vtorc, Run};
use crate::support::etcd::Etcd;
use crate::support::mariadb::{Cluster, REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER};
use crate::support::shard::{ShardOpts, TestShard};
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// A running `vtorc-rs watch`; its stderr is collected line by line. SIGKILLed in Drop.
pub struct Watch {
    child: Option<Child>,
    lines: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

/// The global flags TestShard::run adds, for a process we spawn instead of `output()`.
fn global_args(endpoint: &str, dir: &Path, state: &Path) -> Vec<String> {
    let mut v: Vec<String> = vec!["--topo-global-server-address".into(), endpoint.into()];
    v.extend(["--state-file".into(), state.display().to_string()]);
    v.extend(["--mysql-user".into(), VTORC_USER.into(), "--repl-user".into(), REPL_USER.into()]);
    v.extend(["--mysql-password-file".into(), dir.join("mysql.pass").display().to_string()]);
    v.extend(["--repl-password-file".into(), dir.join("repl.pass").display().to_string()]);
    v
}

impl Watch {
    pub fn spawn(global: &[String], extra: &[&str]) -> Watch {
        let mut child = vtorc()
            .args(global)
            .arg("watch")
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn vtorc-rs watch");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let err = child.stderr.take().expect("stderr pipe");
        let sink = Arc::clone(&lines);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push(line);
            }
        });
        let w = Watch { child: Some(child), lines, reader: Some(reader) };
        w.wait_for_line("watch started", Duration::from_secs(10));
        w
    }

    pub fn for_shard(s: &TestShard, extra: &[&str]) -> Watch {
        Watch::spawn(&global_args(&s.etcd().endpoint(), s.dir(), &s.state_file()), extra)
    }

    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    pub fn log(&self) -> String {
        self.lines().join("\n")
    }

    /// Waits until a stderr line contains every one of `needles`; returns that line.
    pub fn wait_for(&self, needles: &[&str], timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(l) =
                self.lines().into_iter().find(|l| needles.iter().all(|n| l.contains(n)))
            {
                return l;
            }
            assert!(
                Instant::now() < deadline,
                "no stderr line with {needles:?} after {timeout:?}; stderr so far:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_for_line(&self, needle: &str, timeout: Duration) -> String {
        self.wait_for(&[needle], timeout)
    }

    pub fn pid(&self) -> i32 {
        self.child.as_ref().expect("running").id() as i32
    }

    pub fn signal(&self, sig: libc::c_int) {
        // SAFETY: plain kill(2) on our own child's pid.
        let rc = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(rc, 0, "kill({}, {sig})", self.pid());
    }

    /// Waits for the process to exit (panics after `timeout`); returns its exit code and how
    /// long it took. The stderr reader is joined so `lines()` is complete afterwards.
    pub fn wait_exit(&mut self, timeout: Duration) -> (i32, Duration) {
        let t0 = Instant::now();
        let child = self.child.as_mut().expect("running");
        loop {
            if let Some(st) = child.try_wait().expect("try_wait") {
                self.child = None;
                if let Some(r) = self.reader.take() {
                    let _ = r.join();
                }
                return (st.code().unwrap_or(-1), t0.elapsed());
            }
            assert!(
                t0.elapsed() < timeout,
                "watch still running {timeout:?} after being asked to stop; stderr:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        // Shown with --nocapture, and with a failing test's output.
        eprintln!("--- vtorc-rs watch stderr ---\n{}", self.log());
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Keys under the shard's lock prefix (a held or leaked shard lock shows up here).
fn lock_keys(etcd: &Etcd, ks: &str, shard: &str) -> Vec<String> {
    etcd.keys(&format!("/vitess/global/keyspaces/{ks}/shards/{shard}/locks/"))
}

fn wait_until(what: &str, timeout: Duration, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !cond() {
        assert!(Instant::now() < deadline, "timed out after {timeout:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Checks Prometheus text exposition format line by line; returns (metric name, labels, value)
/// of every sample.
fn parse_prometheus(text: &str) -> Vec<(String, String, f64)> {
    let mut typed = std::collections::BTreeSet::new();
    let mut helped = std::collections::BTreeSet::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let mut it = rest.split(' ');
            let name = it.next().unwrap_or("").to_string();
            let kind = it.next().unwrap_or("");
            assert!(
                ["gauge", "counter", "untyped", "histogram", "summary"].contains(&kind),
                "bad TYPE line {line:?}"
            );
            typed.insert(name);
            continue;
        }
        if let Some(rest) = line.strip_prefix("# HELP ") {
            helped.insert(rest.split(' ').next().unwrap_or("").to_string());
            continue;
        }
        assert!(!line.starts_with('#'), "comment that is neither HELP nor TYPE: {line:?}");
        let name_end =
            line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':')).unwrap_or(0);
        let name = &line[..name_end];
        assert!(
            !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit()),
            "bad metric name in {line:?}"
        );
        let mut rest = &line[name_end..];
        let mut labels = String::new();
        if rest.starts_with('{') {
            // Labels: k="v" pairs, values may hold \" \\ \n escapes.
            let mut i = 1;
            let b = rest.as_bytes();
            let mut in_value = false;
            while i < b.len() {
                match (b[i], in_value) {
                    (b'\\', true) => i += 1,
                    (b'"', _) => in_value = !in_value,
                    (b'}', false) => break,
                    _ => {}
                }
                i += 1;
            }
            assert!(i < b.len(), "unterminated labels in {line:?}");
            labels = rest[1..i].to_string();
            for pair in split_labels(&labels) {
                let (k, v) =
                    pair.split_once('=').unwrap_or_else(|| panic!("bad label in {line:?}"));
                assert!(
                    !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                    "bad label name {k:?} in {line:?}"
                );
                assert!(v.starts_with('"') && v.ends_with('"') && v.len() >= 2, "{line:?}");
            }
            rest = &rest[i + 1..];
        }
        let value =
            rest.strip_prefix(' ').unwrap_or_else(|| panic!("no space before value: {line:?}"));
        let value = value.split(' ').next().unwrap_or("");
        let v: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            "NaN" => f64::NAN,
            x => x.parse().unwrap_or_else(|_| panic!("bad value {x:?} in {line:?}")),
        };
        assert!(typed.contains(name), "sample before its # TYPE line: {line:?}");
        assert!(helped.contains(name), "sample without # HELP: {line:?}");
        samples.push((name.to_string(), labels, v));
    }
    samples
}

/// Splits `a="x",b="y,z"` on the commas outside quotes.
fn split_labels(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut escaped) = (false, false);
    for c in s.chars() {
        if escaped {
            cur.push(c);
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => {
                escaped = true;
                cur.push(c);
            }
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn mtime(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// The type `topo get-tablets` shows for `alias` (full form).
fn tablet_type(s: &TestShard, full_alias: &str) -> String {
    let r = s.run(&["topo", "get-tablets"]).expect_code(0);
    r.stdout
        .lines()
        .find(|l| l.starts_with(&format!("{full_alias} ")))
        .and_then(|l| l.split_whitespace().nth(3))
        .unwrap_or_else(|| panic!("{full_alias} not in topo get-tablets:\n{}", r.stdout))
        .to_string()
}

#[test]
fn watch_rewrites_files_repairs_a_stopped_replica_then_stays_quiet_and_stops_on_sigterm() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    let html = s.dir().join("status.html");
    let prom = s.dir().join("vtorc.prom");
    let mut w = Watch::for_shard(
        &s,
        &[
            "--instance-poll-time",
            "1s",
            "--html-status",
            html.to_str().unwrap(),
            "--metrics-file",
            prom.to_str().unwrap(),
        ],
    );

    // Both files appear, and are rewritten every cycle.
    wait_until("status files", Duration::from_secs(10), || html.exists() && prom.exists());
    let (h0, m0) = (mtime(&html).unwrap(), mtime(&prom).unwrap());
    let metrics0 = std::fs::read_to_string(&prom).unwrap();
    wait_until("a rewrite of both files", Duration::from_secs(5), || {
        mtime(&html).is_some_and(|t| t > h0) && mtime(&prom).is_some_and(|t| t > m0)
    });
    wait_until("new metrics content", Duration::from_secs(5), || {
        std::fs::read_to_string(&prom).is_ok_and(|t| t != metrics0)
    });
    let metrics = std::fs::read_to_string(&prom).unwrap();
    crate::support::promtool::check(&metrics);
    let samples = parse_prometheus(&metrics);
    let names: std::collections::BTreeSet<&str> = samples.iter().map(|s| s.0.as_str()).collect();
    for want in [
        "vtorc_open_problems",
        "vtorc_tablets",
        "vtorc_last_cycle_timestamp_seconds",
        "vtorc_last_cycle_success",
    ] {
        assert!(names.contains(want), "{want} missing from the metrics file:\n{metrics}");
    }
    assert!(
        samples.iter().any(|(n, _, v)| n == "vtorc_last_cycle_success" && *v == 1.0),
        "{metrics}"
    );
    assert!(
        samples.iter().all(|(n, _, v)| n != "vtorc_open_problems" || *v == 0.0),
        "a healthy shard has open problems:\n{metrics}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("ks/0") || page.contains("ks / 0"), "shard ks/0 not on the page");
    assert!(page.contains("zone1-0000000102"), "replica not on the page");
    // No temporary files left next to them (atomic writes rename into place).
    let leftovers: Vec<_> = std::fs::read_dir(s.dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("status.html.") || n.contains("vtorc.prom."))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // Healthy: after "watch started" and the first topology read, nothing.
    let log = w.log();
    assert_eq!(w.lines().len(), 2, "chatter on a healthy shard:\n{log}");
    assert!(log.contains("topology changed: 2 added"), "{log}");

    // Stop replication on the replica: one detected line, one recovered line, one cleared line.
    let replica = s.node("zone1-102");
    replica.exec("STOP SLAVE");
    let detected = w.wait_for(
        &["detected ReplicationStopped", "ks/0", "zone1-0000000102"],
        Duration::from_secs(10),
    );
    assert!(detected.starts_with("20") && detected.contains('T'), "no timestamp: {detected}");
    w.wait_for(&["recovered ReplicationStopped", "zone1-0000000102"], Duration::from_secs(10));
    w.wait_for(&["cleared ReplicationStopped", "zone1-0000000102"], Duration::from_secs(10));
    assert_eq!(replica.slave_status("Slave_IO_Running").as_deref(), Some("Yes"));
    assert_eq!(replica.slave_status("Slave_SQL_Running").as_deref(), Some("Yes"));
    wait_until("vtorc_open_problems back to 0", Duration::from_secs(5), || {
        let t = std::fs::read_to_string(&prom).unwrap_or_default();
        !t.is_empty()
            && parse_prometheus(&t).iter().all(|(n, _, v)| n != "vtorc_open_problems" || *v == 0.0)
    });
    let recoveries = parse_prometheus(&std::fs::read_to_string(&prom).unwrap());
    assert!(
        recoveries.iter().any(|(n, l, v)| n == "vtorc_recoveries_total"
            && l.contains("ReplicationStopped")
            && *v >= 1.0),
        "no vtorc_recoveries_total for ReplicationStopped:\n{}",
        std::fs::read_to_string(&prom).unwrap()
    );
    assert_eq!(
        w.lines().iter().filter(|l| l.contains("detected ReplicationStopped")).count(),
        1,
        "{}",
        w.log()
    );

    // Quiet while nothing changes: several idle cycles, no new lines.
    let before = w.lines().len();
    std::thread::sleep(Duration::from_millis(3500));
    let after = w.lines();
    assert_eq!(
        after.len(),
        before,
        "watch logged while nothing changed:\n{}",
        after[before..].join("\n")
    );

    // SIGTERM while idle: exit 0 within about a second, no shard lock left.
    w.signal(libc::SIGTERM);
    let (code, took) = w.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0, "exit code after SIGTERM; stderr:\n{}", w.log());
    assert!(took < Duration::from_millis(1500), "took {took:?} to stop");
    assert!(w.log().contains("watch stopping on SIGTERM"), "{}", w.log());
    assert_eq!(lock_keys(s.etcd(), "ks", "0"), Vec::<String>::new());
}

#[test]
fn watch_fails_over_a_killed_primary_and_reports_it_in_metrics_then_sigint_is_130() {
    let s = TestShard::start(ShardOpts::default());
    let prom = s.dir().join("vtorc.prom");
    let mut w = Watch::for_shard(
        &s,
        &["--instance-poll-time", "1s", "--metrics-file", prom.to_str().unwrap()],
    );
    wait_until("metrics file", Duration::from_secs(10), || prom.exists());
    let before = std::fs::read_to_string(&prom).unwrap();
    assert!(
        !before.contains("vtorc_last_failover_detection_to_recovery_seconds "),
        "a failover time before any failover:\n{before}"
    );
    s.cluster().write("before the crash");

    s.node("zone1-101").kill9();
    w.wait_for(&["detected DeadPrimary", "zone1-0000000101"], Duration::from_secs(15));
    let line = w.wait_for(&["recovered DeadPrimary", "zone1-0000000101"], Duration::from_secs(40));

    // The topology shows a new primary, one of the replicas (never the rdonly).
    let new_primary = ["zone1-0000000102", "zone1-0000000103"]
        .into_iter()
        .find(|a| tablet_type(&s, a) == "primary")
        .unwrap_or_else(|| panic!("no replica promoted; log line: {line}\n{}", w.log()));
    assert_ne!(tablet_type(&s, "zone1-0000000104"), "primary");
    assert!(line.contains(new_primary), "recovered line does not name {new_primary}: {line}");
    let node = s.node(new_primary);
    wait_until("new primary writable", Duration::from_secs(5), || !node.read_only());

    // The metrics carry the detection-to-recovery time of that failover.
    wait_until("failover time in metrics", Duration::from_secs(10), || {
        std::fs::read_to_string(&prom).is_ok_and(|t| {
            t.contains("vtorc_last_failover_detection_to_recovery_seconds ")
                && t.contains("vtorc_open_problems{code=\"DeadPrimary\"} 0")
        })
    });
    let samples = parse_prometheus(&std::fs::read_to_string(&prom).unwrap());
    let secs = samples
        .iter()
        .find(|(n, _, _)| n == "vtorc_last_failover_detection_to_recovery_seconds")
        .map(|s| s.2)
        .expect("sample");
    assert!((0.0..60.0).contains(&secs), "detection to recovery took {secs} s?");
    assert!(
        samples.iter().any(|(n, l, v)| n == "vtorc_recoveries_total"
            && l.contains("code=\"DeadPrimary\"")
            && l.contains("result=\"ok\"")
            && *v == 1.0),
        "no successful DeadPrimary recovery counted: {samples:?}"
    );

    w.signal(libc::SIGINT);
    let (code, _) = w.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 130, "exit code after SIGINT; stderr:\n{}", w.log());
    assert!(w.log().contains("watch stopping on SIGINT"), "{}", w.log());
    assert_eq!(lock_keys(s.etcd(), "ks", "0"), Vec::<String>::new());
}

#[test]
fn watch_no_recover_detects_but_changes_nothing() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    let replica = s.node("zone1-102");
    replica.exec("STOP SLAVE");
    let rev = s.etcd().revision();
    let mut w = Watch::for_shard(&s, &["--instance-poll-time", "1s", "--no-recover"]);
    assert!(w.lines()[0].contains("recoveries off"), "{}", w.log());
    w.wait_for(&["detected ReplicationStopped", "zone1-0000000102"], Duration::from_secs(10));
    // Several more cycles: still stopped, no recovery attempted, no topology write.
    std::thread::sleep(Duration::from_millis(3500));
    assert_eq!(replica.slave_status("Slave_IO_Running").as_deref(), Some("No"));
    assert_eq!(replica.slave_status("Slave_SQL_Running").as_deref(), Some("No"));
    let log = w.log();
    assert!(!log.contains("recovered") && !log.contains("skipped"), "{log}");
    assert_eq!(log.matches("detected ReplicationStopped").count(), 1, "{log}");
    assert_eq!(s.etcd().revision(), rev, "--no-recover wrote to etcd");
    let r = s.run(&["recoveries", "list", "--json"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("recoveries --json");
    let n = v["recoveries"].as_array().map(Vec::len);
    assert_eq!(n, Some(0), "--no-recover recorded recoveries:\n{}", r.stdout);
    w.signal(libc::SIGTERM);
    assert_eq!(w.wait_exit(Duration::from_secs(5)).0, 0, "{}", w.log());
}

#[test]
fn watch_sigterm_during_a_failover_finishes_or_abandons_it_and_releases_the_lock() {
    let s = TestShard::start(ShardOpts::default().replicas(2).rdonly(false));
    let locks = format!("/vitess/global/keyspaces/{}/shards/{}/locks/", s.keyspace(), s.shard());
    s.node("zone1-101").kill9();
    // Make sure the failover is wanted before watch starts, so the hook window is predictable.
    s.wait_for_code("zone1-101", "DeadPrimary");
    let mut w =
        Watch::for_shard(&s, &["--instance-poll-time", "1s", "--pre-failover-hook", "sleep 2"]);
    // The lock is held while the 2 s hook runs: signal then.
    wait_until("the shard lock to be taken", Duration::from_secs(15), || {
        !s.etcd().keys(&locks).is_empty()
    });
    std::thread::sleep(Duration::from_millis(300));
    w.signal(libc::SIGTERM);
    let (code, took) = w.wait_exit(Duration::from_secs(60));
    let log = w.log();
    assert_eq!(code, 0, "exit code after SIGTERM mid-recovery; stderr:\n{log}");
    assert!(log.contains("watch stopping on SIGTERM"), "{log}");
    assert_eq!(s.etcd().keys(&locks), Vec::<String>::new(), "lock left behind:\n{log}");
    // Finished: a replica is primary and writable. Abandoned: nothing promoted, the shard still
    // points at the dead primary, and a later `recover` can do the failover.
    let promoted = ["zone1-0000000102", "zone1-0000000103"]
        .into_iter()
        .find(|a| tablet_type(&s, a) == "primary");
    match promoted {
        Some(p) => {
            assert!(log.contains("recovered DeadPrimary"), "{log}");
            assert!(!s.node(p).read_only(), "promoted {p} is read-only");
        }
        None => {
            assert!(!log.contains("recovered DeadPrimary"), "{log}");
            s.run(&["recover", "--recovery-block-duration", "0s"]).expect_code(0);
        }
    }
    eprintln!("stopped {took:?} after SIGTERM; promoted: {promoted:?}");
    // Either way nothing is left running in the state file.
    let r = s.run(&["recoveries", "list", "--json"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("recoveries --json");
    let recs = v["recoveries"].as_array().expect("recoveries array");
    assert!(!recs.is_empty(), "no recovery recorded:\n{}", r.stdout);
    for rec in recs {
        assert!(!rec["ended_ms"].is_null(), "a recovery left running:\n{rec:#}");
    }
}

#[test]
fn watch_rides_out_an_etcd_outage() {
    // Built by hand (not TestShard) because the test must stop and restart etcd.
    let mut etcd = Etcd::start();
    let cluster = Cluster::builder().nodes(2).start();
    let dir = tempfile::Builder::new().prefix("vtorc-watch-").tempdir().expect("tempdir");
    for (name, pass) in [("mysql.pass", VTORC_PASS), ("repl.pass", REPL_PASS)] {
        let p = dir.path().join(name);
        std::fs::write(&p, format!("{pass}\n")).expect("password file");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let state: PathBuf = dir.path().join("vtorc.db");
    let global = global_args(&etcd.endpoint(), dir.path(), &state);
    let run = |args: &[&str]| -> Run {
        Run::from(vtorc().args(&global).args(args).output().expect("spawn vtorc-rs"))
    };
    run(&["topo", "add-cell", "zone1"]).expect_code(0);
    run(&["topo", "create-keyspace", "ks", "--durability-policy", "none"]).expect_code(0);
    for (i, ty) in [(0usize, "primary"), (1, "replica")] {
        let port = cluster.node(i).port().to_string();
        let alias = format!("zone1-{}", 101 + i);
        run(&[
            "topo",
            "add-tablet",
            &alias,
            "--keyspace",
            "ks",
            "--shard",
            "0",
            "--type",
            ty,
            "--mysql-host",
            "127.0.0.1",
            "--mysql-port",
            &port,
        ])
        .expect_code(0);
    }
    let prom = dir.path().join("vtorc.prom");
    let mut w = Watch::spawn(
        &global,
        &[
            "--instance-poll-time",
            "1s",
            "--topo-information-refresh-duration",
            "1s",
            "--topo-timeout",
            "1s",
            "--metrics-file",
            prom.to_str().unwrap(),
        ],
    );
    wait_until("metrics file", Duration::from_secs(10), || prom.exists());
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(w.lines().len(), 2, "started + first topology read only:\n{}", w.log());

    etcd.stop();
    let failed = w.wait_for_line("cycle failed", Duration::from_secs(10));
    assert!(failed.contains("etcd unreachable"), "{failed}");
    assert!(failed.contains("stored topology"), "{failed}");
    wait_until("vtorc_last_cycle_success 0", Duration::from_secs(10), || {
        std::fs::read_to_string(&prom).is_ok_and(|t| t.contains("vtorc_last_cycle_success 0"))
    });
    // While etcd is down, MySQL is still watched with the stored topology, but nothing is
    // recovered (that needs the shard lock in etcd).
    let replica = cluster.node(1);
    replica.exec("STOP SLAVE");
    w.wait_for(&["detected ReplicationStopped", "zone1-0000000102"], Duration::from_secs(10));
    wait_until("the problem in the metrics", Duration::from_secs(10), || {
        std::fs::read_to_string(&prom)
            .is_ok_and(|t| t.contains("vtorc_open_problems{code=\"ReplicationStopped\"} 1"))
    });
    // Several failing cycles: logged once, nothing recovered, and the process is still alive.
    std::thread::sleep(Duration::from_secs(3));
    let log = w.log();
    assert_eq!(log.matches("cycle failed").count(), 1, "failure logged more than once:\n{log}");
    assert!(!log.contains("recovered"), "recovered without etcd?\n{log}");
    assert_eq!(replica.slave_status("Slave_SQL_Running").as_deref(), Some("No"));
    assert!(w.child.as_mut().unwrap().try_wait().unwrap().is_none(), "watch died:\n{log}");

    etcd.restart();
    w.wait_for_line("cycle ok again", Duration::from_secs(15));
    w.wait_for(&["recovered ReplicationStopped", "zone1-0000000102"], Duration::from_secs(10));
    assert_eq!(replica.slave_status("Slave_SQL_Running").as_deref(), Some("Yes"));
    wait_until("vtorc_last_cycle_success 1", Duration::from_secs(10), || {
        std::fs::read_to_string(&prom).is_ok_and(|t| t.contains("vtorc_last_cycle_success 1"))
    });
    w.signal(libc::SIGTERM);
    assert_eq!(w.wait_exit(Duration::from_secs(5)).0, 0, "{}", w.log());
}
