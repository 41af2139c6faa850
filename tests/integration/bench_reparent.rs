//! Benchmark of `planned-reparent` (`#[ignore]`d; run by `./commands/bench`): the write pause a
//! client sees (its last acknowledged write on the old primary → its first on the new one) on a
//! 3-tablet semi_sync shard under continuous writes, the whole command's time, and the bare SQL
//! floor of the same steps (demote, wait for the position, promote, writable) with no etcd, no
//! lock and no process start.

use crate::bench::{runs, Row};
use crate::reparent::{writer, Acks};
use crate::support::mariadb::Node;
use crate::support::shard::{ShardOpts, TestShard};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn wait_acks(acked: &Acks, n: usize) {
    let t0 = Instant::now();
    while acked.lock().unwrap().len() < n {
        assert!(t0.elapsed() < Duration::from_secs(20), "the writer stalled");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The bare SQL of a switchover from `a` to `b` (both MariaDB, b replicating from a), timed from
/// `read_only=ON` on `a` to `read_only=OFF` on `b`; then `a` replicates from `b`.
fn bare_switch(a: &Node, b: &Node) -> f64 {
    let t0 = Instant::now();
    a.exec("SET GLOBAL rpl_semi_sync_master_enabled=OFF; SET GLOBAL read_only=ON");
    let pos = a.gtid_binlog_pos();
    b.exec(&format!("SELECT MASTER_GTID_WAIT('{pos}', 10)"));
    b.exec("STOP SLAVE; RESET SLAVE ALL; SET GLOBAL rpl_semi_sync_slave_enabled=OFF; SET GLOBAL rpl_semi_sync_master_enabled=ON; SET GLOBAL read_only=OFF");
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    a.exec(&format!(
        "STOP SLAVE; SET GLOBAL gtid_slave_pos=@@GLOBAL.gtid_current_pos; SET GLOBAL rpl_semi_sync_slave_enabled=ON; \
         CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={}, MASTER_USER='repl', MASTER_PASSWORD='{}', MASTER_USE_GTID=slave_pos; START SLAVE",
        b.port(),
        crate::support::mariadb::REPL_PASS
    ));
    ms
}

#[test]
#[ignore = "benchmark: ./commands/bench"]
fn bench_8_planned_reparent_write_pause() {
    let n = runs();
    let s = TestShard::start(ShardOpts::default().durability("semi_sync").rdonly(false));
    s.assert_healthy();
    s.node("zone1-101").exec("CREATE TABLE app.prs (id BIGINT PRIMARY KEY)");
    let (mut pauses, mut whole) = (Vec::new(), Vec::new());
    let aliases = ["zone1-101", "zone1-102"];
    for run in 0..n {
        let (from, to) = (aliases[run % 2], aliases[(run + 1) % 2]);
        let ports: Vec<u16> = [from, to].iter().map(|a| s.node(a).port()).collect();
        let (old_port, new_port) = (ports[0], ports[1]);
        // The writer numbers from 1 again.
        s.node(from).exec("DELETE FROM app.prs");
        let (stop, acked) = (Arc::new(AtomicBool::new(false)), Acks::default());
        let w = {
            let (st, a) = (stop.clone(), acked.clone());
            std::thread::spawn(move || writer(ports, st, a))
        };
        wait_acks(&acked, 100);
        let t0 = Instant::now();
        let r = s.run(&["planned-reparent", "ks/0", "--new-primary", to]);
        let took = t0.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        let have = acked.lock().unwrap().len();
        wait_acks(&acked, have + 50);
        stop.store(true, Ordering::Relaxed);
        w.join().unwrap();
        let acks = acked.lock().unwrap();
        let last_old = acks.iter().filter(|(_, p, _)| *p == old_port).map(|(_, _, t)| *t).max();
        let first_new = acks.iter().filter(|(_, p, _)| *p == new_port).map(|(_, _, t)| *t).min();
        let (Some(a), Some(b)) = (last_old, first_new) else { panic!("acks on both primaries") };
        let pause = b.duration_since(a).as_secs_f64() * 1000.0;
        eprintln!(
            "run {}: {from} → {to}: write pause {pause:.0} ms, command {took:.0} ms",
            run + 1
        );
        pauses.push(pause);
        whole.push(took);
        s.assert_healthy();
    }
    // The floor on a fresh shard: the same SQL typed by hand.
    let f = TestShard::start(ShardOpts::default().durability("semi_sync").rdonly(false));
    f.assert_healthy();
    let floor: Vec<f64> = (0..n)
        .map(|i| {
            let (a, b) =
                if i % 2 == 0 { ("zone1-101", "zone1-102") } else { ("zone1-102", "zone1-101") };
            bare_switch(f.node(a), f.node(b))
        })
        .collect();
    const S: &str = "8. planned-reparent of a 3-tablet semi_sync shard under continuous writes";
    Row::new(S, "write pause seen by the client (last ack on old → first on new)", "ms", pauses)
        .median_le(200.0)
        .max_le(500.0)
        .floor_info(floor)
        .emit();
    Row::new(S, "whole planned-reparent command (start → exit)", "ms", whole).emit();
}
