//! Bad input from the outside world: garbage and truncated protobuf in every topology record
//! kind, unknown tablet types and durability policies written by a newer Vitess, hostile
//! strings in host, keyspace and shard names, and corrupt or read-only state files. Every case
//! must end in a clear error naming the key or file, never a panic, and never a wrong action.

use crate::drill::shard_primary;
use crate::support::shard::{ShardOpts, TestShard};
use serde_json::Value;
use std::time::Duration;

const G: &str = "/vitess/global";

/// Top-level protobuf fields of `buf` as (field number, raw bytes including the tag); None when
/// `buf` is not a whole message. Test-side and independent of src/topo/wire.rs on purpose.
fn try_fields(buf: &[u8]) -> Option<Vec<(u32, Vec<u8>)>> {
    fn varint(b: &[u8], p: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *b.get(*p)?;
            *p += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut out = Vec::new();
    let mut p = 0;
    while p < buf.len() {
        let start = p;
        let tag = varint(buf, &mut p)?;
        match tag & 7 {
            0 => {
                varint(buf, &mut p)?;
            }
            1 => p += 8,
            2 => p += varint(buf, &mut p)? as usize,
            5 => p += 4,
            _ => return None,
        }
        out.push(((tag >> 3) as u32, buf.get(start..p)?.to_vec()));
    }
    Some(out)
}

fn fields(buf: &[u8]) -> Vec<(u32, Vec<u8>)> {
    try_fields(buf).expect("a record the binary wrote parses")
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// `buf` with field `n` replaced by `new` (already encoded with its tag), in place.
pub(crate) fn replace_field(buf: &[u8], n: u32, new: Vec<u8>) -> Vec<u8> {
    let mut done = false;
    let mut out = Vec::new();
    for (f, raw) in fields(buf) {
        if f == n {
            if !done {
                out.extend_from_slice(&new);
                done = true;
            }
        } else {
            out.extend_from_slice(&raw);
        }
    }
    if !done {
        out.extend_from_slice(&new);
    }
    out
}

pub(crate) fn varint_field(n: u32, v: u64) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, u64::from(n) << 3);
    put_varint(&mut out, v);
    out
}

pub(crate) fn string_field(n: u32, s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, (u64::from(n) << 3) | 2);
    put_varint(&mut out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
    out
}

pub(crate) fn tablet_key(s: &TestShard, alias: &str) -> String {
    let t = s.tablet(alias);
    format!("/vitess/{}/tablets/{}/Tablet", t.cell, t.full_alias())
}

/// Byte strings no valid record is: a length past the end, a 11-byte varint, a deprecated
/// group wire type, wire type 7, all-ones.
fn garbage_kinds() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("length past the end", vec![0x0a, 0x7f, 0x01]),
        (
            "overlong varint",
            vec![0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
        ),
        ("group wire type", vec![0x0b, 0x0c]),
        ("wire type 7", vec![0x0f, 0x00]),
        ("all ones", vec![0xff; 16]),
        ("text", b"{\"json\": \"not protobuf\"}".to_vec()),
    ]
}

/// Runs `check` (fresh topology); asserts no panic and that the shard's own tablets were still
/// probed. Returns (exit code, stdout+stderr, JSON).
pub(crate) fn check_survives(s: &TestShard, what: &str) -> (i32, String, Value) {
    let r = s.check(&["--json"]);
    let all = format!("{what}: exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr);
    assert!(!all.contains("panicked"), "{all}");
    assert!(matches!(r.code, 0 | 1 | 3), "{all}");
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or(Value::Null);
    (r.code, all, v)
}

/// Garbage and truncated bytes in an extra record of every kind (a foreign cell, keyspace,
/// shard, tablet) and in the shard's own ShardReplication: each error names its key, and the
/// real shard's tablets are still probed and analysed.
#[test]
fn garbage_and_truncated_records_name_the_key_and_the_rest_is_still_handled() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    s.assert_healthy();
    let n = s.tablets().len() as u64;
    let good_tablet = s.etcd().get_raw(&tablet_key(&s, s.alias(1))).expect("tablet record");
    let good_shard = s.etcd().get_raw(&format!("{G}/keyspaces/ks/shards/0/Shard")).expect("shard");
    let good_ks = s.etcd().get_raw(&format!("{G}/keyspaces/ks/Keyspace")).expect("keyspace");
    let good_cell = s.etcd().get_raw(&format!("{G}/cells/zone1/CellInfo")).expect("cellinfo");
    let sr_key = "/vitess/zone1/keyspaces/ks/shards/0/ShardReplication".to_string();
    let good_sr = s.etcd().get_raw(&sr_key);

    // (key, valid bytes of that kind to truncate)
    let targets: Vec<(String, Vec<u8>)> = vec![
        (format!("{G}/cells/zone9/CellInfo"), good_cell),
        (format!("{G}/keyspaces/other/Keyspace"), good_ks),
        (format!("{G}/keyspaces/ks/shards/80-/Shard"), good_shard),
        ("/vitess/zone1/tablets/zone1-0000000199/Tablet".into(), good_tablet),
    ];
    let mut tried = 0;
    for (key, valid) in &targets {
        let mut inputs = garbage_kinds();
        for cut in [1usize, 2, valid.len() / 2, valid.len().saturating_sub(1)] {
            if cut > 0 && cut < valid.len() {
                let t = &valid[..cut];
                // A cut that happens to land on a field boundary is still a valid record.
                if try_fields(t).is_none() {
                    inputs.push(("truncated", t.to_vec()));
                }
            }
        }
        for (kind, bytes) in inputs {
            s.etcd().put_raw(key, &bytes);
            let (_code, all, v) = check_survives(&s, &format!("{key} = {kind}"));
            tried += 1;
            assert!(all.contains(key.as_str()), "the error names the key {key} ({kind}):\n{all}");
            assert_eq!(v["tablets"].as_u64(), Some(n), "the shard's tablets still counted\n{all}");
            assert_eq!(v["reachable"].as_u64(), Some(n), "and still probed\n{all}");
        }
        let r = s.run(&["discover"]);
        assert!(r.stderr.contains(key.as_str()) || r.stdout.contains(key.as_str()), "{r:?}");
        // Remove the bad record before the next kind, so each error is its own.
        s.etcd().put_raw(key, b"");
    }
    // Last, the real shard's ShardReplication (tablets are listed from the tablets/ prefix, so
    // they must all still be found).
    if let Some(sr) = good_sr {
        for (kind, bytes) in garbage_kinds() {
            s.etcd().put_raw(&sr_key, &bytes);
            let (_code, all, v) = check_survives(&s, &format!("ShardReplication = {kind}"));
            tried += 1;
            assert_eq!(v["tablets"].as_u64(), Some(n), "ShardReplication garbage ({kind}):\n{all}");
            let d = s.run(&["discover"]);
            assert!(
                !d.stderr.contains("panicked"),
                "discover with a garbage ShardReplication: {d:?}"
            );
        }
        s.etcd().put_raw(&sr_key, &sr);
    }
    eprintln!("bad records tried: {tried}");
    assert!(tried >= 25, "{tried}");
}

/// A tablet of type 42 (a type this build does not know, from a newer Vitess): analysed, never
/// promoted; a failover picks a known replica.
#[test]
fn unknown_tablet_type_is_never_promoted() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let key = tablet_key(&s, "zone1-102");
    let raw = s.etcd().get_raw(&key).unwrap();
    s.etcd().put_raw(&key, &replace_field(&raw, 8, varint_field(8, 42)));
    let (code, all, v) = check_survives(&s, "type 42");
    assert!(matches!(code, 0 | 1), "{all}");
    assert_eq!(v["tablets"].as_u64(), Some(3), "{all}");
    // Without the type, 102 would win the tie (lower uid); it must not be chosen.
    s.node("zone1-101").kill9();
    let mut new = String::new();
    for _ in 0..50 {
        let r = s.run(&["--json", "recover", "--topo-information-refresh-duration", "0s"]);
        assert!(!r.stderr.contains("panicked"), "{r:?}");
        let p = shard_primary(&s);
        if p != "zone1-101" {
            new = p;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(new, "zone1-103", "the known replica is promoted, never the type-42 tablet");
    assert!(s.node("zone1-102").read_only(), "the type-42 tablet stays read-only");
}

/// A durability policy this build does not know: `check` reports it, `recover` touches nothing.
#[test]
fn unknown_durability_policy_is_reported_and_never_acted_on() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let key = format!("{G}/keyspaces/ks/Keyspace");
    let raw = s.etcd().get_raw(&key).unwrap();
    s.etcd()
        .put_raw(&key, &replace_field(&raw, 8, string_field(8, "majority_of_42_from_the_future")));
    let (code, all, _v) = check_survives(&s, "unknown policy");
    assert_eq!(code, 1, "an unknown policy is a problem:\n{all}");
    assert!(all.contains("majority_of_42_from_the_future"), "check names the policy:\n{all}");

    s.node("zone1-101").kill9();
    std::thread::sleep(Duration::from_millis(500));
    let before: Vec<_> = ["zone1-102", "zone1-103"]
        .iter()
        .map(|a| (s.node(a).read_only(), s.node(a).gtid_binlog_pos()))
        .collect();
    for _ in 0..3 {
        let r = s.run(&["--json", "recover", "--topo-information-refresh-duration", "0s"]);
        assert!(!r.stderr.contains("panicked"), "{r:?}");
        assert!(!r.stdout.contains("\"recovered\""), "recovered under an unknown policy: {r:?}");
    }
    let after: Vec<_> = ["zone1-102", "zone1-103"]
        .iter()
        .map(|a| (s.node(a).read_only(), s.node(a).gtid_binlog_pos()))
        .collect();
    assert_eq!(before, after, "MySQL changed under an unknown durability policy");
    assert_eq!(shard_primary(&s), "zone1-101", "the topology was not touched");
}

/// Names that mean something to a shell, to SQL and to HTML (no `/` or whitespace, which
/// keyspace and shard names may not contain).
const HOSTILE_KS: &str = "x';DROP--$(touch${IFS}pwned-ks)`touch${IFS}pwned-bt`";
const HOSTILE_SHARD: &str = "<img_src=x_onerror=alert(1)>&amp;\"";

/// A failover in a keyspace and shard with hostile names: the hooks get each value as one
/// argument (no shell ever runs them), nothing is executed, and the HTML page escapes them.
#[test]
fn hostile_keyspace_and_shard_names_reach_hooks_as_single_args_and_html_escaped() {
    let s = TestShard::start(
        ShardOpts::default().keyspace(HOSTILE_KS).shard(HOSTILE_SHARD).rdonly(false),
    );
    s.assert_healthy();
    let dir = s.dir().to_path_buf();
    let script = dir.join("dump.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nfor a in \"$@\"; do printf 'ARG:%s\\n' \"$a\"; done >> \"$(dirname \"$0\")/argv\"\n\
         env >> \"$(dirname \"$0\")/env\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let hook =
        format!("{} {{keyspace}} {{shard}} {{failedAlias}} {{successorAlias}}", script.display());

    s.node(s.alias(0)).kill9();
    let mut recovered = false;
    for _ in 0..50 {
        let r = s.run(&[
            "--json",
            "recover",
            "--topo-information-refresh-duration",
            "0s",
            "--pre-failover-hook",
            &hook,
            "--post-failover-hook",
            &hook,
        ]);
        assert!(!r.stderr.contains("panicked"), "{r:?}");
        if r.stdout.contains("\"recovered\"") {
            recovered = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(recovered, "the failover ran");
    let argv = std::fs::read_to_string(dir.join("argv")).expect("the hooks ran");
    let lines: Vec<&str> = argv.lines().collect();
    assert_eq!(lines.len(), 8, "two hooks, four args each, none split:\n{argv}");
    for hook_args in lines.chunks(4) {
        assert_eq!(hook_args[0], format!("ARG:{HOSTILE_KS}"), "{argv}");
        assert_eq!(hook_args[1], format!("ARG:{HOSTILE_SHARD}"), "{argv}");
    }
    let env = std::fs::read_to_string(dir.join("env")).unwrap();
    assert!(env.contains(&format!("VTORC_KEYSPACE={HOSTILE_KS}")), "{env}");
    for f in ["pwned-ks", "pwned-bt"] {
        for d in [dir.clone(), std::env::current_dir().unwrap(), std::path::PathBuf::from("/")] {
            assert!(!d.join(f).exists(), "a shell ran a name: {} exists", d.join(f).display());
        }
    }

    let html = dir.join("status.html");
    let r = s.run(&["status", "--html", html.to_str().unwrap()]);
    assert!(!r.stderr.contains("panicked"), "{r:?}");
    let page = std::fs::read_to_string(&html)
        .unwrap_or_else(|e| panic!("status --html wrote no page ({e}): {r:?}"));
    assert!(!page.contains("<img_src"), "unescaped shard name in the HTML");
    assert!(page.contains("&lt;img_src=x_onerror=alert(1)&gt;"), "escaped shard name shown");
    assert!(!page.contains("x';DROP--$(touch${IFS}pwned-ks)`"), "quote not escaped in HTML");
}

/// A host name with SQL, shell and HTML in it, planted in a tablet record by another tool: it is
/// reported (named), never connected to as SQL, the HTML escapes it, and a failover around it
/// works and drops nothing.
#[test]
fn hostile_mysql_host_is_reported_escaped_and_harmless() {
    let s = TestShard::start(ShardOpts::default().rdonly(false));
    let host = "127.0.0.1';DROP TABLE app.t;-- $(touch /tmp/pwned-host) <script>alert(1)</script>";
    let key = tablet_key(&s, "zone1-103");
    let raw = s.etcd().get_raw(&key).unwrap();
    s.etcd().put_raw(&key, &replace_field(&raw, 12, string_field(12, host)));
    let (code, all, v) = check_survives(&s, "hostile host");
    assert_eq!(code, 1, "an unreachable tablet is a problem:\n{all}");
    assert!(v.to_string().contains("DROP TABLE app.t"), "the host is named:\n{all}");

    let html = s.dir().join("status.html");
    let r = s.run(&["status", "--html", html.to_str().unwrap()]);
    assert!(!r.stderr.contains("panicked"), "{r:?}");
    let page = std::fs::read_to_string(&html).expect("html written");
    assert!(!page.contains("<script>alert(1)"), "unescaped host in the HTML");
    assert!(page.contains("&lt;script&gt;alert(1)"), "escaped host shown");

    // A failover with the hostile tablet around: it is excluded, the others repointed.
    s.node("zone1-101").kill9();
    let mut plan = String::new();
    for _ in 0..50 {
        let r = s.run(&["recover", "--dry-run", "--topo-information-refresh-duration", "0s"]);
        if r.stdout.contains("CHANGE MASTER") || r.stdout.contains("zone1-0000000102") {
            plan = r.stdout;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(!plan.contains("MASTER_HOST='127.0.0.1';DROP"), "hostile host in SQL:\n{plan}");
    for _ in 0..50 {
        let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
        assert!(!r.stderr.contains("panicked"), "{r:?}");
        if shard_primary(&s) != "zone1-101" {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(shard_primary(&s), "zone1-102");
    for a in ["zone1-102", "zone1-103"] {
        assert_eq!(
            s.node(a).sql_one("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='app' AND table_name='t'").as_deref(),
            Some("1"),
            "app.t still exists on {a}"
        );
    }
    assert!(!std::path::Path::new("/tmp/pwned-host").exists());
}

/// Gap left by store_cmds.rs (garbage, newer schema, read-only, unwritable dir): a state file
/// that was real and got cut short (a full disk, a bad copy). Commands name the file and exit 3,
/// and `recover` changes nothing in MySQL.
#[test]
fn truncated_state_file_is_named_and_recover_changes_nothing() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false));
    s.assert_healthy();
    let state = s.state_file();
    // Fold the WAL in so the main file holds everything, then cut it in half.
    let _ = std::fs::remove_file(state.with_extension("db-wal"));
    let _ = std::fs::remove_file(state.with_extension("db-shm"));
    let bytes = std::fs::read(&state).expect("state file");
    assert!(bytes.len() > 8192, "a real state file has several pages");
    std::fs::write(&state, &bytes[..bytes.len() / 2]).unwrap();
    s.node(s.alias(0)).kill9();
    let before = (s.node(s.alias(1)).read_only(), s.node(s.alias(1)).gtid_binlog_pos());
    for args in [
        vec!["check", "--topo-information-refresh-duration", "0s"],
        vec!["recover", "--topo-information-refresh-duration", "0s"],
        vec!["status"],
    ] {
        let r = s.run(&args);
        let all = format!("{args:?}: exit {}\n{}\n{}", r.code, r.stdout, r.stderr);
        assert!(!all.contains("panicked"), "{all}");
        if r.code != 0 {
            assert!(r.stderr.contains(state.to_str().unwrap()), "names the file:\n{all}");
        }
        if args[0] == "recover" {
            assert_ne!(r.code, 0, "recover cannot record what it does:\n{all}");
        }
    }
    let after = (s.node(s.alias(1)).read_only(), s.node(s.alias(1)).gtid_binlog_pos());
    assert_eq!(before, after, "recover changed MySQL without a usable state file");
}
