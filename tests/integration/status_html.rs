//! `status` (tables, JSON, the static HTML page) over a state file built by the real commands
//! (`topo`, `check`, `recover`) against a private etcd and MariaDB, with `<script>` planted where
//! the topology accepts it; the page is rendered in headless Chromium (screenshots at desktop and
//! phone width, DOM dump). Also `recoveries disable|enable --keyspace/--shard`, which write
//! Vitess's emergency-reparent flag in etcd, keeping fields vtorc-rs does not know.

use crate::support::cmd::{self, Run};
use crate::support::etcd::Etcd;
use crate::support::mariadb::{Cluster, REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const XSS_HOST: &str = "<script>alert(1)</script>";
const XSS_MYSQL: &str = "<script>alert(2)</script>";

struct Env {
    etcd: Etcd,
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, pass) in [("mysql.pass", VTORC_PASS), ("repl.pass", REPL_PASS)] {
            std::fs::write(dir.path().join(name), format!("{pass}\n")).expect("password file");
        }
        Env { etcd: Etcd::start(), dir }
    }
    fn state(&self) -> PathBuf {
        self.dir.path().join("vtorc.db")
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// `vtorc-rs` with the global flags (etcd, state file, users, password files) and `args`.
    fn run(&self, args: &[&str]) -> Run {
        let out = cmd::vtorc()
            .arg("--topo-global-server-address")
            .arg(self.etcd.endpoint())
            .arg("--state-file")
            .arg(self.state())
            .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
            .arg("--mysql-password-file")
            .arg(self.path("mysql.pass"))
            .arg("--repl-password-file")
            .arg(self.path("repl.pass"))
            .args(args)
            .output()
            .expect("spawn vtorc-rs");
        Run::from(out)
    }
    fn add_tablet(&self, alias: &str, ttype: &str, host: &str, port: u16, hostname: &str) {
        let port = port.to_string();
        self.run(&[
            "topo",
            "add-tablet",
            alias,
            "--keyspace",
            "commerce",
            "--shard",
            "0",
            "--type",
            ttype,
            "--mysql-host",
            host,
            "--mysql-port",
            &port,
            "--hostname",
            hostname,
        ])
        .expect_code(0);
    }
}

/// Runs Chromium headless with a fresh profile, killing it after 90 s.
fn chromium(args: &[String]) -> (String, String) {
    let bin = crate::support::require_bin("chromium");
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn chromium");
    // Read both pipes on threads so a chatty Chromium cannot block on a full pipe.
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t_out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut so, &mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut se, &mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if let Some(status) = child.try_wait().expect("wait chromium") {
            let (out, err) = (t_out.join().unwrap(), t_err.join().unwrap());
            assert!(status.success(), "chromium failed ({status}):\n{err}");
            return (out, err);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

fn screenshot(page: &Path, out: &Path, w: u32, h: u32) {
    chromium(&[
        format!("--screenshot={}", out.display()),
        format!("--window-size={w},{h}"),
        format!("file://{}", page.display()),
    ]);
    let png = std::fs::read(out).expect("screenshot written");
    assert_eq!(png_size(&png), (w, h), "screenshot size");
    assert!(png.len() > 20_000, "screenshot is {} bytes: blank page?", png.len());
}

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("bad JSON ({e}):\n{}", r.stdout))
}

fn tablet<'a>(v: &'a Value, alias: &str) -> &'a Value {
    v["keyspaces"][0]["shards"][0]["tablets"]
        .as_array()
        .expect("tablets")
        .iter()
        .find(|t| t["alias"] == alias)
        .unwrap_or_else(|| panic!("{alias} not in {v:#}"))
}

#[test]
fn status_tables_json_and_html_page_in_chromium() {
    let env = Env::new();
    // Before any discover there is nothing to show: refused, saying what to run.
    let r = env.run(&["status"]).expect_code(3);
    assert!(r.stderr.contains("vtorc-rs discover"), "{}", r.stderr);

    let cluster = Cluster::start(2);
    let (p, r1) = (cluster.node(0), cluster.node(1));
    env.run(&["topo", "add-cell", "zone1"]).expect_code(0);
    env.run(&["topo", "create-keyspace", "commerce", "--durability-policy", "none"]).expect_code(0);
    env.add_tablet("zone1-101", "primary", p.host(), p.port(), "db1");
    // The topology accepts any host name: hostile ones go where etcd lets them.
    env.add_tablet("zone1-102", "replica", r1.host(), r1.port(), XSS_HOST);
    env.add_tablet("zone1-103", "replica", XSS_MYSQL, 3306, "db3");

    // Break replication on zone1-102 so that `recover` has something to repair (and record).
    r1.exec("STOP SLAVE");
    env.run(&["check", "--refresh-topology"]).expect_code(1);
    let rec = env.run(&["recover"]);
    assert!(rec.code == 0 || rec.code == 1, "recover could not run: {rec:?}");
    // status shows the state file only: one more check records the repaired replica.
    env.run(&["check"]);

    let text = env.run(&["status"]).expect_code(1);
    let out = &text.stdout;
    // An unreachable replica leaves the shard writable: a warning, not critical.
    assert!(out.starts_with("WARNING: 1 keyspaces, 1 shards, 3 tablets"), "{out}");
    let shard_row = out.lines().find(|l| l.starts_with("commerce/0 ")).expect("shard row");
    assert!(shard_row.contains("none") && shard_row.contains("zone1-0000000101"), "{out}");
    // Not a terminal: laid out for 100 columns.
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    assert!(out.contains("Data: topology read"), "{out}");
    assert!(out.contains("zone1-0000000101 *"), "{out}");
    assert!(out.contains("UNREACHABLE"), "zone1-103's host does not resolve:\n{out}");
    assert!(out.contains(&format!("{XSS_MYSQL}:3306")), "plain text in a terminal:\n{out}");
    assert!(out.contains("Recent recoveries"), "recover recorded its repair:\n{out}");

    let j = json(&env.run(&["--json", "status"]).expect_code(1));
    assert_eq!(j["health"], "warning");
    assert_eq!(j["keyspaces"][0]["shards"][0]["primary"], "zone1-0000000101");
    assert_eq!(j["keyspaces"][0]["shards"][0]["durability_policy"], "none");
    let t101 = tablet(&j, "zone1-0000000101");
    assert_eq!(t101["state"], "no_source");
    assert_eq!(t101["read_only"], false);
    assert!(t101["gtid_position"].as_str().is_some_and(|g| g.starts_with("0-")), "{t101:#}");
    let t102 = tablet(&j, "zone1-0000000102");
    assert_eq!(t102["hostname"], XSS_HOST);
    assert_eq!(t102["state"], "replicating", "recover restarted replication: {t102:#}");
    assert_eq!(t102["replicating_from_alias"], "zone1-0000000101");
    assert_eq!(t102["io_thread"], "running");
    let t103 = tablet(&j, "zone1-0000000103");
    assert_eq!(t103["state"], "unreachable");
    let rec = &j["recoveries"][0];
    assert_eq!(rec["alias"], "zone1-0000000102", "{j:#}");
    assert!(!rec["steps"].as_array().expect("steps").is_empty(), "{rec:#}");

    // The page: written atomically, escaped, exit code still by health.
    let page = env.path("www").join("status.html");
    std::fs::create_dir(env.path("www")).unwrap();
    let r = env.run(&["status", "--html", page.to_str().unwrap()]).expect_code(1);
    assert!(r.stderr.contains(&format!("wrote {}", page.display())), "{}", r.stderr);
    let html = std::fs::read_to_string(&page).expect("page written");
    let leftovers: Vec<_> = std::fs::read_dir(env.path("www")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    assert!(!html.contains("<script"), "a raw <script> from the data reached the page");
    assert!(html.contains("host &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;:3306"));
    assert!(html.contains("Recovery history"));
    assert!(html.contains("<ol class=\"timeline\">"));
    assert!(html.contains(">WARNING</span>"));
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    assert!(html.contains(&format!("on <b>{}</b>", host.trim())), "host name shown");

    // In a browser the hostile names are text, never elements.
    let (dom, _) = chromium(&["--dump-dom".into(), format!("file://{}", page.display())]);
    assert!(dom.contains("<h1>vtorc-rs status"), "DOM dump:\n{dom}");
    assert!(!dom.contains("<script"), "a script element exists in the DOM:\n{dom}");
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text:\n{dom}");
    assert!(dom.contains("&lt;script&gt;alert(2)&lt;/script&gt;:3306"));

    // VTORC_TEST_SCREENSHOT_DIR keeps the page and the screenshots for a human to look at.
    let shots = std::env::var_os("VTORC_TEST_SCREENSHOT_DIR").map(PathBuf::from);
    let shot_dir = shots.unwrap_or_else(|| env.path("shots"));
    std::fs::create_dir_all(&shot_dir).unwrap();
    std::fs::copy(&page, shot_dir.join("status.html")).unwrap();
    screenshot(&page, &shot_dir.join("desktop.png"), 1280, 900);
    screenshot(&page, &shot_dir.join("phone.png"), 390, 844);
}

/// Where the page screenshots go: VTORC_TEST_SCREENSHOT_DIR, else cargo's target/tmp (kept
/// after the run, so a human can look at them).
fn shot_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("VTORC_TEST_SCREENSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    let dir = base.join(name);
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir
}

/// Issue 16: `status --html --html-refresh` in headless Chromium at desktop and phone width in
/// three states (healthy, dead primary, after the failover), with the replication tree, the
/// problems first and the dead primary drawn dead; the screenshots' paths are printed.
#[test]
fn status_page_healthy_dead_primary_and_after_failover_in_chromium() {
    use crate::support::shard::{ShardOpts, TestShard, POLL_DEADLINE};
    let s = TestShard::start(ShardOpts::default().cell(2, "zone2"));
    s.assert_healthy();
    let dir = shot_dir("status-page");
    let shoot = |state: &str, want: &[&str]| {
        let page = dir.join(format!("{state}.html"));
        let r = s.run(&["status", "--html", page.to_str().unwrap(), "--html-refresh", "7"]);
        assert!(r.code == 0 || r.code == 1, "status --html: {r:?}");
        let html = std::fs::read_to_string(&page).expect("page written");
        assert!(html.contains("<meta http-equiv=\"refresh\" content=\"7\">"), "{html}");
        for w in want {
            assert!(html.contains(w), "{state}: {w:?} missing from the page");
        }
        let (dom, _) = chromium(&["--dump-dom".into(), format!("file://{}", page.display())]);
        assert!(dom.contains("<svg class=\"tree\""), "{state}: no replication tree in the DOM");
        for (name, w, h) in [("desktop", 1280, 900), ("phone", 390, 844)] {
            let png = dir.join(format!("{state}-{name}.png"));
            screenshot(&page, &png, w, h);
            println!("screenshot: {}", png.display());
        }
    };
    shoot("healthy", &[">HEALTHY</span>", "PRIMARY · primary", "cell zone2"]);
    s.node("zone1-101").kill9();
    s.wait_for_codes("DeadPrimary", POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == "zone1-101" && k.starts_with("DeadPrimary"))
    });
    shoot(
        "dead-primary",
        &[">CRITICAL</span>", "DEAD PRIMARY", "(primary record, DEAD)", "id=\"problems\""],
    );
    let r = s.run(&["recover"]);
    assert!(r.stdout.contains("RECOVERED"), "{r:?}");
    s.run(&["check"]);
    shoot("after-failover", &["Recovery history", "<ol class=\"timeline\">", "promoted"]);
}

/// Appends a varint field (unknown to vtorc-rs) to a protobuf message.
fn with_unknown_field(mut bytes: Vec<u8>) -> Vec<u8> {
    bytes.extend_from_slice(&[0xf8, 0x06, 0x2a]); // field 111, varint 42
    bytes
}

#[derive(Clone, PartialEq, prost::Message)]
struct VtorcState {
    #[prost(bool, tag = "1")]
    disable_emergency_reparent: bool,
}
#[derive(Clone, PartialEq, prost::Message)]
struct KeyspaceMsg {
    #[prost(string, tag = "8")]
    durability_policy: String,
    #[prost(message, optional, tag = "11")]
    vtorc_state: Option<VtorcState>,
}
#[derive(Clone, PartialEq, prost::Message)]
struct ShardMsg {
    #[prost(message, optional, tag = "9")]
    vtorc_state: Option<VtorcState>,
}

#[test]
fn recoveries_disable_enable_per_keyspace_and_shard_write_vitess_flags() {
    use prost::Message;
    let env = Env::new();
    env.run(&["topo", "add-cell", "zone1"]).expect_code(0);
    env.run(&["topo", "create-keyspace", "commerce", "--durability-policy", "semi_sync"])
        .expect_code(0);
    env.add_tablet("zone1-101", "primary", "127.0.0.1", 1, "db1");
    let ks_key = "/vitess/global/keyspaces/commerce/Keyspace";
    let shard_key = "/vitess/global/keyspaces/commerce/shards/0/Shard";
    // Another tool's field in each record must survive our writes.
    for key in [ks_key, shard_key] {
        env.etcd.put_raw(key, &with_unknown_field(env.etcd.get_raw(key).expect(key)));
    }
    let ks_disabled = || {
        let b = env.etcd.get_raw(ks_key).unwrap();
        assert!(b.windows(3).any(|w| w == [0xf8, 0x06, 0x2a]), "unknown field kept: {b:?}");
        let k = KeyspaceMsg::decode(b.as_slice()).unwrap();
        assert_eq!(k.durability_policy, "semi_sync");
        k.vtorc_state.is_some_and(|s| s.disable_emergency_reparent)
    };
    let shard_disabled = || {
        let b = env.etcd.get_raw(shard_key).unwrap();
        assert!(b.windows(3).any(|w| w == [0xf8, 0x06, 0x2a]), "unknown field kept: {b:?}");
        ShardMsg::decode(b.as_slice())
            .unwrap()
            .vtorc_state
            .is_some_and(|s| s.disable_emergency_reparent)
    };
    assert!(!ks_disabled());

    let r = env.run(&["recoveries", "disable", "--keyspace", "commerce"]).expect_code(0);
    assert!(
        r.stdout.contains(
            "Failovers (emergency reparents) disabled for keyspace commerce (was enabled; audit line in "
        ),
        "{}",
        r.stdout
    );
    assert!(ks_disabled());
    assert!(!shard_disabled());
    let r = env.run(&["recoveries", "disable", "--keyspace", "commerce"]).expect_code(0);
    assert!(r.stdout.contains("already disabled for keyspace commerce"), "{}", r.stdout);

    // status shows it after the next discover.
    env.run(&["discover"]).expect_code(0);
    let j = json(&env.run(&["--json", "status"]));
    assert_eq!(j["keyspaces"][0]["emergency_reparent_disabled"], true);
    assert_eq!(j["keyspaces"][0]["shards"][0]["gates"]["keyspace_ers_disabled"], true);
    let r = env.run(&["status"]);
    assert!(r.stdout.contains("failovers disabled for keyspace commerce"), "{}", r.stdout);

    let r = env
        .run(&["--json", "recoveries", "disable", "--keyspace", "commerce", "--shard", "0"])
        .expect_code(0);
    assert_eq!(
        json(&r),
        serde_json::json!({"keyspace": "commerce", "shard": "0",
            "disable_emergency_reparent": true, "changed": true})
    );
    assert!(shard_disabled());

    env.run(&["recoveries", "enable", "--keyspace", "commerce"]).expect_code(0);
    env.run(&["recoveries", "enable", "--keyspace", "commerce", "--shard", "0"]).expect_code(0);
    assert!(!ks_disabled());
    assert!(!shard_disabled());
    // The global switch in the state file was never touched.
    let j = json(&env.run(&["--json", "recoveries", "list"]).expect_code(0));
    assert_eq!(j["recoveries_disabled_globally"], false);

    let r = env.run(&["recoveries", "disable", "--keyspace", "nope"]).expect_code(1);
    assert!(r.stderr.contains("keyspace nope not found"), "{}", r.stderr);
    let r = env.run(&["recoveries", "disable", "--keyspace", "commerce", "--shard", "80-"]);
    let r = r.expect_code(1);
    assert!(r.stderr.contains("shard commerce/80- not found"), "{}", r.stderr);
}
