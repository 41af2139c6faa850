//! Safety under the faults production brings (issue "Safety under real faults"): each test runs a
//! writer that counts acknowledged ids, injects one fault, lets `vtorc-rs` act, and asserts that
//! no acknowledged id is lost and that no two servers accept writes.

use crate::drill::{ids_on, writer};
use crate::recover_common::*;
use crate::support::shard::{ShardOpts, TestShard};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A semi-sync shard (primary zone1-101, replicas zone1-102 and zone1-103, no rdonly) with the
/// fall-back to asynchronous replication pushed out of reach, and `app.drill` created.
fn semi_sync_shard() -> TestShard {
    let s = TestShard::start(ShardOpts::default().durability("semi_sync").rdonly(false));
    for t in s.tablets() {
        s.node(&t.alias).exec(
            "SET GLOBAL rpl_semi_sync_master_timeout=1000000000; \
             SET GLOBAL rpl_semi_sync_master_wait_no_slave=ON",
        );
    }
    s.cluster().primary().exec("CREATE TABLE app.drill (id BIGINT PRIMARY KEY)");
    s.cluster().sync();
    s
}

struct Writer {
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Vec<u64>>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Writer {
    fn start(port: u16) -> Writer {
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(Mutex::new(Vec::new()));
        let handle = {
            let (stop, acked) = (stop.clone(), acked.clone());
            std::thread::spawn(move || writer(port, stop, acked))
        };
        Writer { stop, acked, handle: Some(handle) }
    }
    fn count(&self) -> usize {
        self.acked.lock().map(|a| a.len()).unwrap_or(0)
    }
    fn wait_for(&self, n: usize, timeout: Duration) {
        let t0 = Instant::now();
        while self.count() < n {
            assert!(t0.elapsed() < timeout, "writer acked only {} of {n}", self.count());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    /// Stops the writer (it also stops by itself at its first error) and returns the acked ids.
    fn finish(mut self) -> Vec<u64> {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            h.join().expect("writer thread");
        }
        self.acked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

fn lost(acked: &[u64], s: &TestShard, alias: &str) -> Vec<u64> {
    let have = ids_on(s.node(alias));
    acked.iter().copied().filter(|i| !have.contains(i)).collect()
}

/// Scenario 1: replica A's SQL thread stops on an apply error while its IO thread keeps receiving
/// and acknowledging; replica B's IO thread is stopped; the primary is killed. The acknowledged
/// writes exist only in A's relay log. No recover run may throw that relay log away or promote
/// anyone behind it; once the operator repairs A's SQL thread, the failover keeps every write.
#[test]
fn broken_sql_thread_relay_log_is_never_thrown_away() {
    let s = semi_sync_shard();
    let (a, b) = ("zone1-102", "zone1-103");
    // A holds id 50 already (not binlogged): applying the primary's id 50 fails on a duplicate key.
    s.node(a).exec("SET SESSION sql_log_bin=0; INSERT INTO app.drill (id) VALUES (50)");
    s.node(b).exec("STOP SLAVE IO_THREAD");
    let w = Writer::start(s.node("zone1-101").port());
    w.wait_for(300, Duration::from_secs(30));
    s.node(a).wait_until("SQL thread stopped on the duplicate", Duration::from_secs(10), |n| {
        n.slave_status("Slave_SQL_Running").as_deref() == Some("No")
    });
    s.node("zone1-101").kill9();
    let acked = w.finish();
    let received = s.node(a).slave_status("Gtid_IO_Pos").unwrap_or_default();
    assert!(
        !lost(&acked, &s, "zone1-103").is_empty(),
        "B must be behind for the test to mean anything"
    );

    for run in 0..3 {
        let r = recover(&s, &["--wait-replicas-timeout", "2s"]);
        assert_ne!(r.code, 0, "run {run}: recover must refuse:\n{}\n{}", r.stdout, r.stderr);
        let out = format!("{}{}", r.stdout, r.stderr);
        assert!(
            out.contains("zone1-0000000102") && out.contains("1062"),
            "run {run}: names {a} and its SQL error:\n{out}"
        );
        assert!(
            writable(&s).is_empty(),
            "run {run}: nobody may be promoted: {:?}\n{out}",
            writable(&s)
        );
        assert_eq!(
            s.node(a).slave_status("Gtid_IO_Pos").unwrap_or_default(),
            received,
            "run {run}: {a}'s relay log (received position) must survive\n{out}"
        );
    }
    // The operator repairs A: its relay log applies, and the failover keeps every write.
    s.node(a).exec("SET SESSION sql_log_bin=0; DELETE FROM app.drill WHERE id = 50");
    s.node(a).exec("START SLAVE SQL_THREAD");
    s.node(a).wait_until("relay log applied", Duration::from_secs(10), |n| {
        n.gtid_slave_pos() == received
    });
    let r = recover(&s, &[]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(shard_primary(&s), a, "{}", r.stdout);
    assert_eq!(writable(&s), vec![a.to_string()]);
    assert_eq!(
        lost(&acked, &s, a),
        Vec::<u64>::new(),
        "acknowledged ids lost ({} acked)",
        acked.len()
    );
}
