//! Benchmarks of `watch`'s instant detection (`#[ignore]`d; run by `./commands/bench`):
//! kill -9 of the primary at a uniformly random moment of the default 5 s poll interval, and the
//! idle cost (RSS, threads, CPU) of `watch` holding a sentinel connection to 1,000 primaries,
//! beside the same watch with `--no-instant-detection`.

use crate::bench::{failover_drill, runs, Row, Vt};
use crate::support::etcd::Etcd;
use crate::support::mariadb::Cluster;
use crate::support::vt;
use prost::Message as _;
use std::process::Stdio;
use std::time::{Duration, Instant};

const G: &str = "/vitess/global";

/// A pseudo-random fraction in [0, 1) from the clock (no RNG crate needed for a kill moment).
fn fraction() -> f64 {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    // A multiplicative hash spreads the low-entropy nanoseconds over the range.
    f64::from(n.wrapping_mul(2_654_435_761) % 1_000_000) / 1_000_000.0
}

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_6_failover_default_poll_instant_detection() {
    let n = runs().max(10);
    let mut drills = Vec::new();
    for run in 0..n {
        // The default 5 s poll; the kill lands anywhere in it.
        let at = (5000.0 * fraction()) as u64;
        eprintln!("run {}: kill {at} ms after a cycle", run + 1);
        drills.push(failover_drill(run, &[], move |_| at));
    }
    let col = |f: fn(&crate::bench::Drill) -> f64| drills.iter().map(f).collect::<Vec<f64>>();
    const S: &str = "6. failover under watch at the default 5 s poll with instant detection (kill -9 at a random moment)";
    Row::new(S, "kill → problem detected (watch log)", "ms", col(|d| d.detected)).emit();
    Row::new(S, "kill → new primary writable (client INSERT)", "ms", col(|d| d.writable))
        .median_le(250.0)
        .max_le(500.0)
        .emit();
    Row::new(S, "kill → other replica replicating from it", "ms", col(|d| d.replicating)).emit();
}

/// etcd records for `n` shards of keyspace `ks`, each with one PRIMARY tablet whose MySQL is one
/// of `ports` (round robin): a fleet of `n` primaries on a handful of real servers.
fn fill(etcd: &Etcd, n: usize, ports: &[u16]) {
    let mut items: Vec<(String, Vec<u8>)> = vec![
        (
            format!("{G}/cells/zone1/CellInfo"),
            vt::CellInfo { server_address: etcd.endpoint(), root: "/vitess/zone1".into() }
                .encode_to_vec(),
        ),
        (
            format!("{G}/keyspaces/ks/Keyspace"),
            vt::Keyspace { durability_policy: "none".into(), ..Default::default() }.encode_to_vec(),
        ),
    ];
    let term = vt::Time { seconds: 1_700_000_000, nanoseconds: 0 };
    for i in 0..n {
        let uid = 1000 + i as u32;
        let shard = format!("s{i:04}");
        items.push((
            format!("{G}/keyspaces/ks/shards/{shard}/Shard"),
            vt::Shard {
                primary_alias: Some(vt::TabletAlias { cell: "zone1".into(), uid }),
                primary_term_start_time: Some(term.clone()),
                ..Default::default()
            }
            .encode_to_vec(),
        ));
        items.push((
            format!("/vitess/zone1/tablets/zone1-{uid:010}/Tablet"),
            vt::Tablet {
                alias: Some(vt::TabletAlias { cell: "zone1".into(), uid }),
                hostname: format!("vttablet-{uid}"),
                keyspace: "ks".into(),
                shard,
                r#type: 1,
                mysql_hostname: "127.0.0.1".into(),
                mysql_port: i32::from(ports[i % ports.len()]),
                primary_term_start_time: Some(term.clone()),
                ..Default::default()
            }
            .encode_to_vec(),
        ));
    }
    std::thread::scope(|s| {
        for part in items.chunks(items.len().div_ceil(4)) {
            s.spawn(move || etcd.put_many(part));
        }
    });
}

/// (RSS MB, threads, CPU seconds used) of `pid` from /proc.
fn usage(pid: u32) -> (f64, f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(f64::NAN);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    (field("VmRSS:") / 1024.0, field("Threads:"), (ticks(11) + ticks(12)) / hz)
}

/// Connections of vtorc's user that sit idle on the servers (the sentinel's).
fn idle_sessions(c: &Cluster) -> usize {
    c.nodes()
        .iter()
        .map(|n| {
            n.sql_one("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'vtorc' AND COMMAND = 'Sleep'")
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0)
        })
        .sum()
}

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_7_watch_idle_cost_at_1000_primaries() {
    const PRIMARIES: usize = 1000;
    const SETTLE: Duration = Duration::from_secs(20);
    let cluster = Cluster::builder().nodes(3).no_replication().start();
    for n in cluster.nodes() {
        n.exec("SET GLOBAL max_connections = 3000");
    }
    let etcd = Etcd::start();
    let ports: Vec<u16> = cluster.nodes().iter().map(|n| n.port()).collect();
    fill(&etcd, PRIMARIES, &ports);
    let mut rows: Vec<(&str, f64, f64, f64)> = Vec::new();
    for (mode, extra) in
        [("instant detection on", None), ("--no-instant-detection", Some("--no-instant-detection"))]
    {
        let vtx = Vt::new(etcd.endpoint());
        let mut args = vec!["watch", "--no-recover", "--instance-poll-time", "5s"];
        args.extend(extra);
        let mut child = vtx
            .cmd(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn watch");
        // Settled: every sentinel connection open (or, without it, a few cycles done).
        let t0 = Instant::now();
        while extra.is_none() && idle_sessions(&cluster) < PRIMARIES {
            assert!(
                t0.elapsed() < Duration::from_secs(120),
                "sentinel connections: {}",
                idle_sessions(&cluster)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        std::thread::sleep(Duration::from_secs(6));
        let (_, _, cpu0) = usage(child.id());
        std::thread::sleep(SETTLE);
        let (rss, threads, cpu1) = usage(child.id());
        let cpu_pct = 100.0 * (cpu1 - cpu0) / SETTLE.as_secs_f64();
        eprintln!("{mode}: RSS {rss:.1} MB, {threads} threads, CPU {cpu_pct:.1}% over {SETTLE:?} (poll cycles of {PRIMARIES} probes included)");
        rows.push((mode, rss, threads, cpu_pct));
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let _ = child.wait();
    }
    const S: &str =
        "7. watch at 1,000 primaries (3 mariadbd, --no-recover, 5 s poll), 20 s after settling";
    for (mode, rss, threads, cpu) in rows {
        Row::new(S, &format!("RSS, {mode}"), "MB", vec![rss]).emit();
        Row::new(S, &format!("threads, {mode}"), "threads", vec![threads]).emit();
        Row::new(S, &format!("CPU (probe cycles included), {mode}"), "%", vec![cpu]).emit();
    }
}
