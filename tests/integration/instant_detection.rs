//! `watch`'s instant detection against real servers: a primary killed just after a poll tick is
//! failed over long before the next tick (the broken idle connection wakes its shard's check),
//! and a connection killed from the server side while the primary is healthy causes re-checks
//! and no failover.

use crate::recover_common::*;
use crate::support::shard::{ShardOpts, TestShard};
use crate::watch_loop::Watch;
use std::time::{Duration, Instant, SystemTime};

fn mtime(p: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Waits until watch rewrites `page` (it does after every cycle): a tick just happened.
fn wait_for_tick(page: &std::path::Path, w: &Watch) {
    let before = mtime(page);
    let t0 = Instant::now();
    while mtime(page) == before {
        assert!(t0.elapsed() < Duration::from_secs(15), "no cycle within 15 s:\n{}", w.log());
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn start(s: &TestShard, extra: &[&str]) -> (Watch, std::path::PathBuf) {
    let page = s.dir().join("status.html");
    let page_s = page.display().to_string();
    let mut args = vec!["--html-status", page_s.as_str()];
    args.extend_from_slice(extra);
    let w = Watch::for_shard(s, &args);
    wait_for_tick(&page, &w);
    (w, page)
}

#[test]
fn killed_primary_is_failed_over_before_the_next_tick() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    // The default poll (5 s); the kill lands just after a tick.
    let (w, page) = start(&s, &[]);
    assert!(w.log().contains("instant detection on"), "{}", w.log());
    wait_for_tick(&page, &w);
    let killed_ms = now_ms();
    s.node("zone1-101").kill9();
    w.wait_for_line("recovered DeadPrimary", Duration::from_secs(4));
    let elapsed = now_ms() - killed_ms;
    assert!(elapsed < 4000, "failed over {elapsed} ms after the kill, before the next 5 s tick");
    assert!(
        w.log().contains("instant detection: the connection to primary zone1-0000000101"),
        "{}",
        w.log()
    );
    let rec = recoveries(&s)
        .into_iter()
        .find(|r| r["code"] == "DeadPrimary" && r["success"] == true)
        .expect("a successful DeadPrimary recovery");
    let detected = rec["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|x| x["step"] == "detected")
        .and_then(|x| x["at_ms"].as_i64())
        .expect("detected step");
    assert!(detected - killed_ms < 1000, "detected {} ms after the kill", detected - killed_ms);
    let p = shard_primary(&s);
    assert_eq!(writable(&s), vec![p], "one writable new primary");
}

#[test]
fn a_killed_sentinel_connection_re_checks_and_fails_nothing_over() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let (w, _page) = start(&s, &["--instance-poll-time", "2s"]);
    // The sentinel's session is the one idle session of vtorc's user on the primary.
    let p = s.node("zone1-101");
    let t0 = Instant::now();
    let id = loop {
        let rows = p.sql("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'vtorc' AND COMMAND = 'Sleep' AND TIME >= 1");
        if let Some(id) = rows.first().and_then(|r| r[0].clone()) {
            break id;
        }
        assert!(t0.elapsed() < Duration::from_secs(10), "no idle sentinel session on the primary");
        std::thread::sleep(Duration::from_millis(100));
    };
    p.exec(&format!("KILL CONNECTION {id}"));
    w.wait_for_line(
        "instant detection: the connection to primary zone1-0000000101",
        Duration::from_secs(5),
    );
    // The last quick re-check comes 2.5 s after the break.
    w.wait_for_line("2500 ms after the break", Duration::from_secs(10));
    assert!(!w.log().contains("recovered DeadPrimary"), "{}", w.log());
    assert_eq!(writable(&s), vec!["zone1-101".to_string()], "the primary is untouched");
    assert_eq!(shard_primary(&s), "zone1-101");
    // And the sentinel is back: a new idle session appears.
    let t1 = Instant::now();
    loop {
        let rows = p.sql("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'vtorc' AND COMMAND = 'Sleep'");
        if rows.iter().any(|r| r[0].as_deref() != Some(id.as_str())) {
            break;
        }
        assert!(t1.elapsed() < Duration::from_secs(10), "the sentinel did not reconnect");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A hung primary (SIGSTOP) failed over under `watch` at its default 5 s poll: when it resumes
/// it is fenced as soon as it answers again, not up to a poll later.
#[test]
fn a_resumed_hung_primary_is_fenced_as_soon_as_it_answers() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let (w, _page) = start(&s, &[]);
    let old = s.node("zone1-101");
    old.sigstop();
    w.wait_for_line("recovered DeadPrimary", Duration::from_secs(30));
    // Resume it just after a tick, so a poll-only fence would take most of 5 s.
    let page = s.dir().join("status.html");
    wait_for_tick(&page, &w);
    old.sigcont();
    let t0 = Instant::now();
    while old.sql_one("SELECT @@global.read_only").as_deref() != Some("1") {
        assert!(
            t0.elapsed() < Duration::from_millis(1500),
            "the resumed old primary is still writable {:?} after SIGCONT:\n{}",
            t0.elapsed(),
            w.log()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    w.wait_for_line("fenced", Duration::from_secs(5));
    assert!(w.log().contains("answers again"), "the trigger is logged:\n{}", w.log());
}
