//! The MySQL, replication and etcd passwords never leave the process: distinctive passwords are
//! set on the servers (etcd with authentication on) and handed to vtorc-rs through
//! VTORC_MYSQL_PASSWORD / VTORC_REPL_PASSWORD / VTORC_TOPO_ETCD_PASSWORD and through password
//! files; then every output vtorc-rs produces during discover, check, a dry-run,
//! a real failover by `watch` (so CHANGE MASTER with the replication password runs), status,
//! hooks and failed logins is searched for them. MariaDB's own copy of the replication password
//! (mysql.slave_master_info / master.info) is the server's storage, not ours, and is not searched.

use crate::drill::shard_primary;
use crate::support::cmd::{vtorc, Run};
use crate::support::etcd::{ETCD_PASS, ETCD_USER};
use crate::support::mariadb::{REPL_USER, VTORC_USER};
use crate::support::shard::{ShardOpts, TestShard};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MYSQL_PW: &str = "Pw-mysql-7c1f";
const REPL_PW: &str = "Pw-repl-93ab";
const WRONG_PW: &str = "Pw-wrong-55aa";
const WRONG_ETCD_PW: &str = "Pw-wrong-etcd-6b2d";

enum Creds {
    /// VTORC_MYSQL_PASSWORD / VTORC_REPL_PASSWORD.
    Env,
    /// --mysql-password-file / --repl-password-file.
    Files,
    /// VTORC_MYSQL_PASSWORD set to a wrong password.
    Wrong,
    /// VTORC_TOPO_ETCD_PASSWORD set to a wrong password.
    WrongEtcd,
}

fn cmd(s: &TestShard, creds: &Creds) -> Command {
    let mut c = vtorc();
    c.arg("--topo-global-server-address")
        .arg(s.etcd().endpoint())
        .arg("--state-file")
        .arg(s.state_file())
        .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
        .args(["--topo-etcd-user", ETCD_USER]);
    match creds {
        Creds::Env => {
            c.env("VTORC_MYSQL_PASSWORD", MYSQL_PW).env("VTORC_REPL_PASSWORD", REPL_PW);
            c.env("VTORC_TOPO_ETCD_PASSWORD", ETCD_PASS);
        }
        Creds::Files => {
            c.arg("--mysql-password-file")
                .arg(s.dir().join("secret-mysql.pass"))
                .arg("--repl-password-file")
                .arg(s.dir().join("secret-repl.pass"))
                .arg("--topo-etcd-password-file")
                .arg(s.dir().join("etcd.pass"));
        }
        Creds::Wrong => {
            c.env("VTORC_MYSQL_PASSWORD", WRONG_PW).env("VTORC_REPL_PASSWORD", REPL_PW);
            c.env("VTORC_TOPO_ETCD_PASSWORD", ETCD_PASS);
        }
        Creds::WrongEtcd => {
            c.env("VTORC_MYSQL_PASSWORD", MYSQL_PW).env("VTORC_REPL_PASSWORD", REPL_PW);
            c.env("VTORC_TOPO_ETCD_PASSWORD", WRONG_ETCD_PW);
        }
    }
    c
}

fn run(s: &TestShard, creds: &Creds, args: &[&str], seen: &mut Vec<(String, Vec<u8>)>) -> Run {
    let r = Run::from(cmd(s, creds).args(args).output().expect("spawn vtorc-rs"));
    assert!(!r.stderr.contains("panicked"), "{args:?}: {r:?}");
    seen.push((format!("{args:?} stdout"), r.stdout.clone().into_bytes()));
    seen.push((format!("{args:?} stderr"), r.stderr.clone().into_bytes()));
    r
}

fn read_into(seen: &mut Vec<(String, Vec<u8>)>, path: &Path) {
    if let Ok(b) = std::fs::read(path) {
        seen.push((path.display().to_string(), b));
    }
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn passwords_appear_in_no_output_file_argv_or_hook() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).etcd_auth());
    for t in s.tablets() {
        s.node(&t.alias).exec(&format!(
            "SET SESSION sql_log_bin=0; ALTER USER 'vtorc'@'%' IDENTIFIED BY '{MYSQL_PW}'; \
             ALTER USER 'repl'@'%' IDENTIFIED BY '{REPL_PW}'"
        ));
    }
    let dir: PathBuf = s.dir().to_path_buf();
    for (name, pw) in [("secret-mysql.pass", MYSQL_PW), ("secret-repl.pass", REPL_PW)] {
        std::fs::write(dir.join(name), format!("{pw}\n")).unwrap();
        std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let script = dir.join("hook.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nd=$(dirname \"$0\")\nprintf '%s\\n' \"$0\" \"$@\" >> \"$d/hook-argv\"\n\
         env >> \"$d/hook-env\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let hook = format!(
        "{} {{failureType}} {{failedHost}} {{failedPort}} {{successorHost}} {{keyspace}} {{shard}}",
        script.display()
    );
    let mut seen: Vec<(String, Vec<u8>)> = Vec::new();

    // Healthy shard, both ways of passing passwords.
    for creds in [Creds::Env, Creds::Files] {
        run(&s, &creds, &["discover"], &mut seen);
        let r = run(&s, &creds, &["check", "--topo-information-refresh-duration", "0s"], &mut seen);
        assert_eq!(r.code, 0, "healthy with the distinctive passwords: {r:?}");
        run(&s, &creds, &["--json", "check"], &mut seen);
    }

    // The primary dies: a dry-run prints the plan (CHANGE MASTER with the password masked).
    let old = s.alias(0).to_string();
    s.node(&old).kill9();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = run(
            &s,
            &Creds::Files,
            &[
                "recover",
                "--dry-run",
                "--topo-information-refresh-duration",
                "0s",
                "--pre-failover-hook",
                &hook,
            ],
            &mut seen,
        );
        if r.stdout.contains("CHANGE MASTER") {
            break;
        }
        assert!(Instant::now() < deadline, "no CHANGE MASTER in the dry-run plan: {r:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
    run(&s, &Creds::Env, &["--json", "recover", "--dry-run"], &mut seen);

    // `watch` does the real failover, with hooks, metrics and HTML; its argv is read while it runs.
    let metrics = dir.join("vtorc.prom");
    let html = dir.join("watch.html");
    let watch = cmd(&s, &Creds::Env)
        .args([
            "watch",
            "--instance-poll-time",
            "500ms",
            "--topo-information-refresh-duration",
            "1s",
        ])
        .arg("--metrics-file")
        .arg(&metrics)
        .arg("--html-status")
        .arg(&html)
        .args(["--pre-failover-hook", &hook, "--post-failover-hook", &hook])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn watch");
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", watch.id())).expect("cmdline");
    seen.push(("watch /proc/pid/cmdline".into(), cmdline));
    let deadline = Instant::now() + Duration::from_secs(30);
    while shard_primary(&s) == old {
        assert!(Instant::now() < deadline, "watch did not fail over");
        std::thread::sleep(Duration::from_millis(200));
    }
    let new = shard_primary(&s);
    // CHANGE MASTER used the replication password for real: the other replica replicates.
    let other = s.tablets().iter().find(|t| t.alias != old && t.alias != new).unwrap();
    s.node(&other.alias).wait_until("IO thread running", Duration::from_secs(15), |n| {
        n.slave_status("Slave_IO_Running").as_deref() == Some("Yes")
    });
    std::thread::sleep(Duration::from_millis(1200)); // one more cycle: files rewritten
    read_into(&mut seen, &s.state_file().with_extension("db-wal"));
    // SAFETY: SIGTERM to the watch process this test spawned.
    unsafe {
        libc::kill(watch.id() as i32, libc::SIGTERM);
    }
    let out = watch.wait_with_output().expect("watch output");
    assert_eq!(out.status.code(), Some(0), "watch stops cleanly on SIGTERM");
    seen.push(("watch stdout".into(), out.stdout));
    seen.push(("watch stderr".into(), out.stderr));
    assert!(metrics.exists() && html.exists(), "watch wrote its files");
    crate::support::promtool::check_file(&metrics);

    // After the fact: status in every format, the recovery records, failed logins.
    let page = dir.join("status.html");
    run(&s, &Creds::Env, &["status"], &mut seen);
    run(&s, &Creds::Env, &["--json", "status"], &mut seen);
    run(&s, &Creds::Files, &["status", "--html", page.to_str().unwrap()], &mut seen);
    run(&s, &Creds::Env, &["--json", "recoveries", "list"], &mut seen);
    run(&s, &Creds::Env, &["recoveries", "list"], &mut seen);
    let r =
        run(&s, &Creds::Wrong, &["check", "--topo-information-refresh-duration", "0s"], &mut seen);
    assert!(r.stdout.contains("Access denied") || r.stderr.contains("Access denied"), "{r:?}");
    run(&s, &Creds::Wrong, &["recover", "--topo-information-refresh-duration", "0s"], &mut seen);
    run(&s, &Creds::Wrong, &["-v", "recover", "--dry-run"], &mut seen);
    let r = run(&s, &Creds::WrongEtcd, &["discover"], &mut seen);
    assert_eq!(r.code, 3, "a wrong etcd password cannot run: {r:?}");
    assert!(r.stderr.contains("authentication failed"), "{r:?}");
    run(&s, &Creds::WrongEtcd, &["-v", "check"], &mut seen);

    for f in [&metrics, &html, &page, &dir.join("hook-argv"), &dir.join("hook-env")] {
        read_into(&mut seen, f);
    }
    read_into(&mut seen, &s.state_file());
    read_into(&mut seen, &s.state_file().with_extension("db-wal"));
    assert!(seen.iter().any(|(n, _)| n.ends_with("hook-argv")), "the hooks ran");
    assert!(seen.iter().any(|(n, _)| n.ends_with("vtorc.db")), "the state file was read");

    // The search itself finds a password where one is (the password file).
    assert!(contains(&std::fs::read(dir.join("secret-mysql.pass")).unwrap(), MYSQL_PW));
    assert!(contains(&std::fs::read(dir.join("etcd.pass")).unwrap(), ETCD_PASS));
    let mut leaks = Vec::new();
    for (name, bytes) in &seen {
        for pw in [MYSQL_PW, REPL_PW, WRONG_PW, ETCD_PASS, WRONG_ETCD_PW] {
            if contains(bytes, pw) {
                leaks.push(format!("{pw} in {name}"));
            }
        }
    }
    assert!(leaks.is_empty(), "passwords leaked: {leaks:#?}");
    eprintln!("searched {} outputs and files: no password", seen.len());
}
