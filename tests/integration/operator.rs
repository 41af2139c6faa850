//! As a Vitess operator would use vtorc-rs (issue "As a Vitess operator would use it"): Vitess
//! shard names, writes by vtorc-rs seen by the very next command, `add-tablet --type primary`
//! never taking a shard over silently, credentials never reported as a dead shard.

use crate::support::shard::{codes_of, ShardOpts, TestShard};

/// Item 3: `set-durability` then `recover` at once (default refresh 15 s) acts on the new policy.
#[test]
fn a_write_by_vtorc_is_seen_by_the_very_next_command() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).semi_sync(false));
    // A check with the default refresh stores the topology as fresh.
    s.run(&["check"]).expect_code(0);
    s.run(&["set-durability", s.keyspace(), "semi_sync"]).expect_code(0);
    let r = s.run(&["recover"]);
    assert!(
        r.stdout.contains("RECOVERED") && r.stdout.contains("SemiSync"),
        "recover acted on the new policy at once:\n{}\n{}",
        r.stdout,
        r.stderr
    );
    // A tablet record added by vtorc-rs is probed by the next check.
    let port = s.node("zone1-102").port().to_string();
    s.run(&[
        "topo",
        "add-tablet",
        "zone1-0000000150",
        "--keyspace",
        s.keyspace(),
        "--shard",
        s.shard(),
        "--type",
        "spare",
        "--mysql-host",
        "127.0.0.1",
        "--mysql-port",
        &port,
    ])
    .expect_code(0);
    let r = s.run(&["--json", "check"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("check --json");
    assert_eq!(v["tablets"].as_u64(), Some(4), "the new record is in the next check: {v:#}");
    s.run(&["topo", "remove-tablet", "zone1-0000000150"]).expect_code(0);
    let r = s.run(&["--json", "check"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("check --json");
    assert_eq!(v["tablets"].as_u64(), Some(3), "the removed record is gone at once: {v:#}");
}

/// Item 1: Vitess shard names (`-80`, `80-`) work with `--shard -80` as well as `--shard=-80`
/// and as `KEYSPACE/SHARD`, through discover, check and recover.
#[test]
fn vitess_shard_names_work_in_every_command() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).shard("-80"));
    s.run(&["discover"]).expect_code(0);
    s.assert_healthy();
    for args in [
        vec!["recoveries", "disable", "--keyspace", "ks", "--shard", "-80"],
        vec!["recoveries", "enable", "--keyspace", "ks", "--shard", "-80"],
        vec!["topo", "get-shard", "ks/-80"],
        vec!["--clusters-to-watch", "ks/-80", "check"],
    ] {
        let r = s.run(&args);
        assert_eq!(r.code, 0, "{args:?}:\n{}\n{}", r.stdout, r.stderr);
    }
    // A fault on the -80 shard is found and repaired.
    s.node("zone1-102").exec("STOP SLAVE");
    let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
    assert!(r.stdout.contains("RECOVERED ks/-80"), "{}\n{}", r.stdout, r.stderr);
    assert!(codes_of(&s.check_json()).is_empty());
    // And `--shard 80-` on add-tablet.
    let port = s.node("zone1-102").port().to_string();
    let r = s.run(&[
        "topo",
        "add-tablet",
        "zone1-0000000160",
        "--keyspace",
        "ks",
        "--shard",
        "80-",
        "--type",
        "spare",
        "--mysql-host",
        "127.0.0.1",
        "--mysql-port",
        &port,
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
}

/// Item 5: a wrong password or a missing privilege is reported as such (UNKNOWN / exit 3 under
/// `--nagios`, a problem naming the user and the host), never as a dead shard, and no error text
/// shows Rust debug output.
#[test]
fn credentials_are_not_a_dead_shard() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let bad = s.dir().join("bad.pass");
    std::fs::write(&bad, "not-the-password\n").expect("write");
    std::fs::set_permissions(&bad, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .expect("chmod");
    let with_bad = |args: &[&str]| {
        crate::support::cmd::Run::from(
            crate::faults::shard_cmd(&s, Some(&bad), None).args(args).output().expect("spawn"),
        )
    };
    let r = with_bad(&["check", "--nagios", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 3, "UNKNOWN:\n{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.starts_with("VTORC UNKNOWN"), "{}", r.stdout);
    let r = with_bad(&["--json", "check", "--topo-information-refresh-duration", "0s"]);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(!all.contains("DeadPrimary"), "not a dead shard:\n{all}");
    assert!(all.contains("vtorc") && all.contains("127.0.0.1"), "names the user and host:\n{all}");
    assert!(
        !all.contains("MySqlError {") && !all.contains("CodecError {"),
        "no debug text:\n{all}"
    );
    // A missing privilege on one replica: its replication status cannot be read.
    s.node("zone1-102")
        .exec("SET SESSION sql_log_bin=0; REVOKE SLAVE MONITOR ON *.* FROM 'vtorc'@'%'");
    let r = s.run(&["check", "--nagios", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 3, "UNKNOWN for a missing privilege:\n{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("zone1-0000000102") || r.stdout.contains("zone1-102"),
        "{}",
        r.stdout
    );
    let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
    assert!(
        !r.stdout.contains("RECOVERED"),
        "nothing is repaired blind:\n{}\n{}",
        r.stdout,
        r.stderr
    );
}

/// Item 4: `topo add-tablet --type primary` refuses when the shard has a primary (naming it)
/// unless `--allow-primary-override`; `topo set-shard-primary` sets or clears the Shard record's
/// primary deliberately.
#[test]
fn add_tablet_primary_never_takes_a_shard_over_silently() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let port = s.node("zone1-102").port().to_string();
    let add = |extra: &[&str]| {
        let mut args = vec![
            "topo",
            "add-tablet",
            "zone1-0000000170",
            "--keyspace",
            "ks",
            "--shard",
            "0",
            "--type",
            "primary",
            "--mysql-host",
            "127.0.0.1",
            "--mysql-port",
            &port,
        ];
        args.extend_from_slice(extra);
        s.run(&args)
    };
    let r = add(&[]);
    assert_eq!(r.code, 3, "refused:\n{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("zone1-0000000101") && r.stderr.contains("--allow-primary-override"),
        "{}",
        r.stderr
    );
    assert_eq!(crate::recover_common::shard_primary(&s), "zone1-101", "nothing changed");
    assert!(s.run(&["topo", "get-tablet", "zone1-0000000170"]).code != 0, "no record was written");

    // Deliberate repairs of the Shard record.
    s.run(&["topo", "set-shard-primary", "ks/0", "--clear"]).expect_code(0);
    let v = crate::recover_common::shard_json(&s);
    assert!(v["primary_alias"].is_null(), "cleared: {v:#}");
    s.run(&["topo", "set-shard-primary", "ks/0", "zone1-0000000101"]).expect_code(0);
    assert_eq!(crate::recover_common::shard_primary(&s), "zone1-101");
    let r = s.run(&["topo", "set-shard-primary", "ks/0", "zone1-0000000999"]);
    assert_ne!(r.code, 0, "an alias with no tablet record in the shard is refused:\n{}", r.stderr);
    // With the override the new record takes the shard.
    add(&["--allow-primary-override"]).expect_code(0);
    assert_eq!(crate::recover_common::shard_primary(&s), "zone1-170");
}

/// Item 2: a scoped run limits what it analyses, not what the shared state file holds; a filter
/// that matches nothing is a warning and UNKNOWN under `--nagios`.
#[test]
fn a_scoped_run_never_hides_the_rest() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    // A second keyspace whose one tablet has no server: anything unscoped reports it.
    s.run(&["topo", "create-keyspace", "other", "--durability-policy", "none"]).expect_code(0);
    s.run(&[
        "topo",
        "add-tablet",
        "zone1-0000000500",
        "--keyspace",
        "other",
        "--shard",
        "0",
        "--type",
        "primary",
        "--mysql-host",
        "127.0.0.1",
        "--mysql-port",
        "1",
    ])
    .expect_code(0);
    s.run(&["check"]);
    let scoped =
        s.run(&["--clusters-to-watch", "ks", "check", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(scoped.code, 0, "the ks shard is healthy:\n{}\n{}", scoped.stdout, scoped.stderr);
    // The unscoped view of the same state file still holds the other keyspace.
    let r = s.run(&["--json", "status"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("status --json");
    let keyspaces: Vec<&str> = v["keyspaces"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k["name"].as_str())
        .collect();
    assert!(
        keyspaces.contains(&"other"),
        "the scoped check hid keyspace other: {keyspaces:?}\n{v:#}"
    );
    // An unscoped recover still sees the other keyspace's (detection-only) problem.
    let r = s.run(&["--json", "recover"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("recover --json");
    assert_eq!(v["detected"].as_u64(), Some(1), "{v:#}\n{}", r.stderr);
    // A filter that matches nothing.
    let r = s.run(&[
        "--clusters-to-watch",
        "nosuch",
        "check",
        "--nagios",
        "--topo-information-refresh-duration",
        "0s",
    ]);
    assert_eq!(r.code, 3, "UNKNOWN:\n{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.starts_with("VTORC UNKNOWN") && r.stderr.contains("nosuch"),
        "{}\n{}",
        r.stdout,
        r.stderr
    );
}

/// Item 10: not found is exit 1 with one clear line, as vtctldclient does.
#[test]
fn not_found_is_exit_1_naming_the_record() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let r = s.run(&["ack", "nosuch/0"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("nosuch/0") && r.stderr.contains("not found"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    let r = s.run(&["topo", "get-tablet", "zone1-999"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("zone1-0000000999"), "{}", r.stderr);
    // A zero interval is an error, not a silent minimum.
    let r = s.run(&["watch", "--instance-poll-time", "0s"]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--instance-poll-time") && r.stderr.contains("zero"), "{}", r.stderr);
    // Durations as Vitess spells them.
    let r = s.run(&["recover", "--recovery-block-duration", "1h30m", "--dry-run"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
}

/// Item 10: a hook command with unbalanced quotes is a usage error naming the flag, before
/// anything runs.
#[test]
fn a_hook_that_cannot_be_split_is_a_usage_error() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let r = s.run(&["recover", "--pre-failover-hook", "sh -c 'exit 0", "--dry-run"]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--pre-failover-hook"), "{}", r.stderr);
}

/// Item 6: the README's cron line runs as written: with the env file as the example writes it,
/// the variables reach vtorc-rs (etcd address, users, passwords, state file).
#[test]
fn the_readme_cron_line_runs_as_written() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let line = readme
        .lines()
        .find_map(|l| l.trim().strip_prefix("`* * * * * "))
        .and_then(|l| l.strip_suffix('`'))
        .expect("README has a cron line");
    // The example env file, pointed at this shard.
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/systemd/vtorc-rs.env.example"
    ))
    .expect("env example");
    assert!(example.contains("VTORC_STATE_FILE="), "the env example sets the state file");
    let state = s.dir().join("cron-state.db");
    let log = s.dir().join("cron.log");
    let env = format!(
        "VTORC_TOPO_GLOBAL_SERVER_ADDRESS={}\nVTORC_MYSQL_USER=vtorc\nVTORC_MYSQL_PASSWORD={}\nVTORC_REPL_USER=repl\nVTORC_REPL_PASSWORD={}\nVTORC_STATE_FILE={}\n",
        s.etcd().endpoint(),
        crate::support::mariadb::VTORC_PASS,
        crate::support::mariadb::REPL_PASS,
        state.display()
    );
    let env_file = s.dir().join("vtorc-rs.env");
    std::fs::write(&env_file, env).expect("env file");
    let cmd = line
        .replace("/etc/vtorc-rs/vtorc-rs.env", &env_file.display().to_string())
        .replace("/var/log/vtorc-rs.log", &log.display().to_string());
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_vtorc-rs")).parent().expect("bin dir");
    let out = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&cmd)
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .output()
        .expect("run the cron line");
    let logged = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(out.status.code(), Some(0), "{cmd}\n{logged}");
    assert!(state.exists(), "the state file of the env file was used:\n{logged}");
}

/// Item 10: `watch` logs each event once: a status page it cannot write is said once, not every
/// cycle (and said again only after it was written meanwhile).
#[test]
fn watch_says_a_failing_status_file_once() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let r = s.run(&[
        "watch",
        "--cycles",
        "4",
        "--instance-poll-time",
        "100ms",
        "--html-status",
        "/nonexistent-dir/status.html",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let n = r.stderr.lines().filter(|l| l.contains("writing status files")).count();
    assert_eq!(n, 1, "said once over 4 cycles:\n{}", r.stderr);
}

/// Item 10: warnings that hold every cycle are said once while they hold: a
/// --clusters-to-watch that matches no shard, and an undecodable record in etcd read at every
/// topology refresh.
#[test]
fn watch_says_a_standing_warning_once() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    s.etcd().put_raw("/vitess/zone1/tablets/zone1-0000000199/Tablet", b"\xff\xff\xff");
    let watch = |extra: &[&str]| {
        let mut args = vec![
            "watch",
            "--no-recover",
            "--cycles",
            "4",
            "--instance-poll-time",
            "100ms",
            "--topo-information-refresh-duration",
            "0s",
        ];
        args.extend_from_slice(extra);
        let r = s.run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stderr
    };
    let log = watch(&[]);
    let n = log.lines().filter(|l| l.contains("zone1-0000000199")).count();
    assert_eq!(n, 1, "the bad record is said once over 4 refreshes:\n{log}");
    let log = watch(&["--clusters-to-watch", "nosuch"]);
    let n = log.lines().filter(|l| l.contains("matches no shard")).count();
    assert_eq!(n, 1, "said once over 4 cycles:\n{log}");
}

/// Item 7 (part): Vitess's underscore spellings of shared flags are accepted, as Vitess does.
#[test]
fn vitess_underscore_flag_spellings_are_accepted() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let r = s.run(&[
        "--clusters_to_watch",
        "ks",
        "check",
        "--topo_information_refresh_duration",
        "0s",
        "--instance_poll_time=2s",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
}

/// Item 8 (part): `recover --dry-run --json` prints valid JSON: one object per problem with the
/// plan's lines, the same as the text.
#[test]
fn dry_run_json_is_json() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    let r = s.run(&["--json", "recover", "--dry-run"]).expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON when healthy");
    assert_eq!(v["plans"].as_array().map(Vec::len), Some(0), "{v:#}");
    s.node("zone1-102").exec("STOP SLAVE");
    let r = s.run(&["--json", "recover", "--dry-run", "--topo-information-refresh-duration", "0s"]);
    let v: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    let p = &v["plans"][0];
    assert_eq!(p["code"], "ReplicationStopped", "{v:#}");
    let lines: Vec<&str> =
        p["plan"].as_array().into_iter().flatten().filter_map(|l| l.as_str()).collect();
    assert!(lines.iter().any(|l| l.contains("START SLAVE")), "{lines:?}");
    let text = s.run(&["recover", "--dry-run", "--topo-information-refresh-duration", "0s"]);
    // Piped, the text is wrapped for 100 columns (issue 16); the words are the same.
    assert!(text.stdout.lines().all(|l| l.chars().count() <= 100), "{}", text.stdout);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for l in &lines {
        let (t, l) = (flat(&text.stdout), flat(l));
        assert!(t.contains(&l), "the JSON plan is the text plan: {l:?}\n{}", text.stdout);
    }
}

/// Item 10: a recovery that fails the same way at every cycle (here a pre-failover hook that
/// always fails) has its steps said once, not at every cycle; the record still has every attempt.
#[test]
fn watch_says_a_repeating_failed_recovery_once() {
    let s = TestShard::start(ShardOpts::default().rdonly(false).replicas(1));
    s.assert_healthy();
    s.node("zone1-101").kill9();
    s.wait_for_code("zone1-101", "DeadPrimary");
    let r = s.run(&[
        "watch",
        "--cycles",
        "4",
        "--instance-poll-time",
        "100ms",
        "--pre-failover-hook",
        "/bin/false",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let attempts = crate::recover_common::recoveries(&s)
        .iter()
        .filter(|x| x["code"] == "DeadPrimary" && x["success"] == false)
        .count();
    assert!(attempts >= 3, "the failover was tried at every cycle ({attempts}):\n{}", r.stderr);
    let said = r.stderr.lines().filter(|l| l.contains(": decided: ")).count();
    assert_eq!(
        said, 1,
        "the repeated attempt's steps are said once over {attempts} attempts:\n{}",
        r.stderr
    );
}
