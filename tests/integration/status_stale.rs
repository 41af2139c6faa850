//! `status` shows the age of its data and says STALE (exit 3), not HEALTHY, once the newest
//! probe is older than 3 x `--instance-poll-time` (real etcd + MariaDB).

use crate::support::shard::{ShardOpts, TestShard};
use serde_json::Value;
use std::time::{Duration, Instant};

const POLL: [&str; 2] = ["--instance-poll-time", "1s"];

fn status(s: &TestShard, json: bool) -> crate::support::cmd::Run {
    let mut args = if json { vec!["--json", "status"] } else { vec!["status"] };
    args.extend_from_slice(&POLL);
    s.run(&args)
}

#[test]
fn status_says_stale_when_the_data_is_older_than_three_polls() {
    let s = TestShard::start(ShardOpts::default());
    s.assert_healthy();
    s.run(&["check", "--instance-poll-time", "1s"]).expect_code(0);
    let r = status(&s, false);
    assert!(r.stdout.starts_with("HEALTHY"), "fresh data: {r:#?}");
    assert_eq!(r.code, 0, "{r:#?}");

    // Nothing probes any more: wait until status says so (the data passes 3 s of age).
    let deadline = Instant::now() + Duration::from_secs(20);
    let r = loop {
        let r = status(&s, false);
        if !r.stdout.starts_with("HEALTHY") {
            break r;
        }
        assert!(Instant::now() < deadline, "never stale: {r:#?}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(r.stdout.starts_with("STALE"), "{r:#?}");
    assert_eq!(r.code, 3, "stale data is not a verdict: {r:#?}");
    assert!(r.stdout.contains("probed") && r.stdout.contains("ago"), "shows the age: {r:#?}");
    let j = status(&s, true);
    assert_eq!(j.code, 3, "{j:#?}");
    let v: Value = serde_json::from_str(&j.stdout).expect("status JSON");
    assert_eq!(v["health"], "stale", "{v:#}");
    assert!(v["data_age_ms"].as_i64().is_some_and(|a| a > 3000), "{v:#}");
    assert_eq!(v["stale_after_ms"], 3000, "{v:#}");
    let html = s.dir().join("status.html");
    let h = s.run(&["status", "--instance-poll-time", "1s", "--html", html.to_str().unwrap()]);
    assert_eq!(h.code, 3, "{h:#?}");
    let page = std::fs::read_to_string(&html).expect("html written");
    assert!(page.contains("STALE"), "the page says STALE");

    // A fresh check makes it current again.
    s.run(&["check", "--instance-poll-time", "1s"]).expect_code(0);
    let r = status(&s, true).expect_code(0);
    let v: Value = serde_json::from_str(&r.stdout).expect("status JSON");
    assert_eq!(v["health"], "healthy", "{v:#}");
    assert!(v["data_age_ms"].as_i64().is_some_and(|a| a < 3000), "{v:#}");
}
