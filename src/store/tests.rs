//! Store tests against real SQLite files in temporary directories.

use super::*;
use crate::model::{
    Cell, ClusterFilter, InstanceState, Keyspace, Problem, ProblemCode, Shard, Tablet, TabletAlias,
    Topology, VtTime,
};

fn tmp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vtorc.db");
    (dir, path)
}

fn tablet(cell: &str, uid: u32, ks: &str, shard: &str, ty: i32) -> Tablet {
    Tablet {
        alias: TabletAlias::new(cell, uid),
        hostname: format!("host{uid}"),
        keyspace: ks.into(),
        shard: shard.into(),
        type_value: ty,
        mysql_hostname: format!("db{uid}.example"),
        mysql_port: 3306,
        primary_term_start: (ty == 1).then_some(VtTime { seconds: 1_700_000_000, nanos: 5 }),
    }
}

fn topo(tablets: Vec<Tablet>) -> Topology {
    Topology {
        cells: vec![Cell {
            name: "zone1".into(),
            server_address: "e:2379".into(),
            root: "/z1".into(),
        }],
        keyspaces: vec![Keyspace {
            name: "ks".into(),
            keyspace_type: 0,
            durability_policy: "semi_sync".into(),
            disable_emergency_reparent: false,
        }],
        shards: vec![Shard {
            keyspace: "ks".into(),
            name: "-80".into(),
            primary_alias: Some(TabletAlias::new("zone1", 101)),
            primary_term_start: Some(VtTime { seconds: 1_700_000_000, nanos: 5 }),
            disable_emergency_reparent: true,
        }],
        tablets,
    }
}

fn problem(ks: &str, shard: &str, alias: &str, code: ProblemCode) -> Problem {
    Problem {
        keyspace: ks.into(),
        shard: shard.into(),
        alias: alias.into(),
        code,
        priority: 1,
        description: "d".into(),
        action: "a".into(),
        actionable: true,
    }
}

#[test]
fn open_creates_migrates_and_reopens() {
    let (_d, path) = tmp();
    let s = Store::open(&path).unwrap();
    let mode: String = s.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let v: i64 = s.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, Store::schema_version());
    drop(s);
    let mut s = Store::open(&path).unwrap();
    s.meta_set("k", "v").unwrap();
    drop(s);
    assert_eq!(Store::open(&path).unwrap().meta_get("k").unwrap().as_deref(), Some("v"));
}

#[test]
fn newer_schema_is_refused_without_change() {
    let (d, path) = tmp();
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 9999;").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerSchema { found: 9999, known, .. } if known == Store::schema_version()),
        "{err:?}"
    );
    assert!(err.to_string().contains(&path.display().to_string()), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Not switched to WAL: no companion files appeared.
    let names: Vec<_> =
        std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn garbage_and_short_files_are_refused_without_change() {
    let (d, path) = tmp();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    assert!(err.to_string().contains("vtorc.db"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);

    let short = d.path().join("short.db");
    std::fs::write(&short, b"SQLite format 3\0abc").unwrap();
    assert!(matches!(Store::open(&short), Err(StoreError::NotADatabase { .. })));
    assert_eq!(std::fs::read(&short).unwrap(), b"SQLite format 3\0abc");

    // A correct magic with a broken rest is SQLite's call; it must still not be "fixed".
    let broken = d.path().join("broken.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xffu8, 4080));
    std::fs::write(&broken, &bytes).unwrap();
    assert!(Store::open(&broken).is_err());
    assert_eq!(std::fs::read(&broken).unwrap(), bytes);

    // An empty file is an empty database, as SQLite itself treats it.
    let empty = d.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    Store::open(&empty).unwrap();
}

#[test]
fn another_programs_database_is_refused_without_change() {
    let (d, path) = tmp();
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE meta (x); INSERT INTO meta VALUES (1);").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Foreign { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
}

#[test]
fn missing_directory_is_named() {
    let (d, _) = tmp();
    let path = d.path().join("nope").join("vtorc.db");
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("nope"), "{err}");
    assert!(!path.exists());
}

#[test]
fn topology_round_trip_and_diff() {
    let mut s = Store::open_in_memory().unwrap();
    assert!(s.load_topology().unwrap().is_none());
    let t = topo(vec![
        tablet("zone1", 102, "ks", "-80", 2),
        tablet("zone1", 101, "ks", "-80", 1),
        tablet("zone2", 5, "ks", "-80", 42), // a tablet type this build does not know
    ]);
    let diff = s.save_topology(&t, 1000).unwrap();
    assert_eq!(diff.added, ["zone1-0000000101", "zone1-0000000102", "zone2-0000000005"]);
    assert!(diff.changed.is_empty() && diff.removed.is_empty());

    let (back, at) = s.load_topology().unwrap().unwrap();
    assert_eq!(at, 1000);
    assert_eq!(back.cells, t.cells);
    assert_eq!(back.keyspaces, t.keyspaces);
    assert_eq!(back.shards, t.shards);
    let mut want = t.tablets.clone();
    want.sort_by(|a, b| a.alias.cmp(&b.alias));
    assert_eq!(back.tablets, want);
    let name: String =
        s.conn.query_row("SELECT type_name FROM tablets WHERE uid = 5", [], |r| r.get(0)).unwrap();
    assert_eq!(name, "UNKNOWN(42)");

    // Unchanged save: empty diff, new refresh time.
    assert!(s.save_topology(&t, 2000).unwrap().is_empty());
    assert_eq!(s.load_topology().unwrap().unwrap().1, 2000);

    // 102 becomes primary, zone2-5 goes away, 103 arrives.
    let mut promoted = tablet("zone1", 102, "ks", "-80", 1);
    promoted.primary_term_start = Some(VtTime { seconds: 1_800_000_000, nanos: 0 });
    let t2 = topo(vec![
        tablet("zone1", 101, "ks", "-80", 1),
        promoted,
        tablet("zone1", 103, "ks", "-80", 2),
    ]);
    let diff = s.save_topology(&t2, 3000).unwrap();
    assert_eq!(diff.added, ["zone1-0000000103"]);
    assert_eq!(diff.changed, ["zone1-0000000102"]);
    assert_eq!(diff.removed, ["zone2-0000000005"]);
    let (back, _) = s.load_topology().unwrap().unwrap();
    assert_eq!(back.tablets.len(), 3);
    assert_eq!(back.tablets[1].type_value, 1);
}

#[test]
fn ten_thousand_tablets() {
    let (_d, path) = tmp();
    let mut s = Store::open(&path).unwrap();
    let tablets: Vec<Tablet> =
        (0..10_000).map(|i| tablet(&format!("zone{}", i % 3), i, "ks", "-80", 2)).collect();
    let t = topo(tablets);
    let started = std::time::Instant::now();
    let diff = s.save_topology(&t, 1).unwrap();
    let saved = started.elapsed();
    let (back, _) = s.load_topology().unwrap().unwrap();
    let loaded = started.elapsed() - saved;
    assert_eq!(diff.added.len(), 10_000);
    assert_eq!(back.tablets.len(), 10_000);
    let again = std::time::Instant::now();
    assert!(s.save_topology(&t, 2).unwrap().is_empty());
    // Printed, not asserted: timing depends on the machine (see the store report).
    eprintln!(
        "10k tablets: first save {saved:?}, load {loaded:?}, unchanged save {:?}",
        again.elapsed()
    );
}

fn state(alias: &str, reachable: bool, checked: i64) -> InstanceState {
    InstanceState {
        alias: alias.into(),
        host: "db".into(),
        port: 3306,
        reachable,
        checked_at_ms: checked,
        server_id: if reachable { 7 } else { 0 },
        error: (!reachable).then(|| "connection refused".into()),
        ..Default::default()
    }
}

#[test]
fn instances_carry_last_seen_forward() {
    let mut s = Store::open_in_memory().unwrap();
    s.save_instances(&[
        state("zone1-0000000101", true, 100),
        state("zone1-0000000102", false, 100),
    ])
    .unwrap();
    let got = s.load_instances().unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].last_seen_ms, 100);
    assert_eq!(got[0].server_id, 7);
    assert_eq!(got[1].last_seen_ms, 0, "never reached");

    s.save_instances(&[state("zone1-0000000101", false, 200)]).unwrap();
    let got = s.load_instances().unwrap();
    assert!(!got[0].reachable);
    assert_eq!(got[0].checked_at_ms, 200);
    assert_eq!(got[0].last_seen_ms, 100, "carried forward from the reachable probe");
    assert_eq!(got[0].error.as_deref(), Some("connection refused"));

    s.save_instances(&[state("zone1-0000000101", true, 300)]).unwrap();
    assert_eq!(s.load_instances().unwrap()[0].last_seen_ms, 300);

    // Removing a tablet from the topology drops its snapshot.
    s.save_topology(&topo(vec![tablet("zone1", 101, "ks", "-80", 1)]), 1).unwrap();
    let got = s.load_instances().unwrap();
    assert_eq!(got.iter().map(|i| i.alias.as_str()).collect::<Vec<_>>(), ["zone1-0000000101"]);
}

#[test]
fn detections_lifecycle() {
    let mut s = Store::open_in_memory().unwrap();
    let a = problem("ks", "-80", "zone1-0000000101", ProblemCode::DeadPrimary);
    let b = problem("ks", "-80", "zone1-0000000102", ProblemCode::ReplicationStopped);
    let c = problem("other", "0", "zone1-0000000201", ProblemCode::ReplicaIsWritable);

    let s1 = s.record_detections(&[a.clone(), b.clone(), c.clone()], 10).unwrap();
    assert_eq!(s1.new.len(), 3);
    assert!(s1.ongoing.is_empty() && s1.cleared.is_empty());
    assert_eq!(s1.ids, s1.new);

    let s2 = s.record_detections(&[a.clone(), c.clone()], 20).unwrap();
    assert_eq!(s2.ongoing, [s1.ids[0], s1.ids[2]]);
    assert_eq!(s2.cleared, [s1.ids[1]]);
    assert!(s2.new.is_empty());
    let open = s.open_detections().unwrap();
    assert_eq!(open.len(), 2);
    assert_eq!((open[0].first_seen_ms, open[0].last_seen_ms), (10, 20));
    assert_eq!(open[0].code, "DeadPrimary");

    // A problem that returns after clearing is a new detection.
    let s3 = s
        .record_detections_in(
            std::slice::from_ref(&b),
            &ClusterFilter::parse(&["ks".into()]).unwrap(),
            30,
        )
        .unwrap();
    assert_eq!(s3.new.len(), 1);
    assert_ne!(s3.new[0], s1.ids[1]);
    assert_eq!(s3.cleared, [s1.ids[0]], "only ks is in scope; `other` stays open");
    let open: Vec<_> = s.open_detections().unwrap().into_iter().map(|d| d.keyspace).collect();
    assert_eq!(open, ["other", "ks"]);

    let recent = s.recent_detections(2).unwrap();
    assert_eq!(recent.len(), 2);
    assert_eq!(recent[0].last_seen_ms, 30);
    assert_eq!(s.recent_detections(100).unwrap().len(), 4);
}

#[test]
fn recoveries_with_steps() {
    let mut s = Store::open_in_memory().unwrap();
    let det = s
        .record_detections(&[problem("ks", "-80", "zone1-0000000101", ProblemCode::DeadPrimary)], 5)
        .unwrap();
    let new = |started_ms, dry_run| NewRecovery {
        keyspace: "ks".into(),
        shard: "-80".into(),
        alias: "zone1-0000000101".into(),
        code: "DeadPrimary".into(),
        detection_id: Some(det.ids[0]),
        started_ms,
        dry_run,
    };
    let id = s.start_recovery(new(1_000, false)).unwrap();
    s.add_recovery_step(id, 1_001, "detected", "primary unreachable").unwrap();
    s.add_recovery_step(id, 1_002, "promoted", "zone1-0000000102").unwrap();
    let active = s.active_recovery("ks", "-80", 2_000).unwrap().unwrap();
    assert_eq!(active.id, id);
    assert_eq!(active.steps.len(), 2);
    assert!(s.active_recovery("ks", "80-", 2_000).unwrap().is_none());
    assert!(
        s.active_recovery("ks", "-80", 1_000 + ABANDONED_AFTER_MS + 1).unwrap().is_none(),
        "an old unfinished recovery is abandoned"
    );

    s.finish_recovery(id, 1_500, true, Some("zone1-0000000102"), "").unwrap();
    assert!(s.active_recovery("ks", "-80", 2_000).unwrap().is_none());
    let dry = s.start_recovery(new(3_000, true)).unwrap();
    assert!(s.active_recovery("ks", "-80", 3_001).unwrap().is_none(), "dry runs never block");

    let list = s.list_recoveries(10).unwrap();
    assert_eq!(list.iter().map(|r| r.id).collect::<Vec<_>>(), [dry, id]);
    let done = &list[1];
    assert_eq!(done.success, Some(true));
    assert_eq!(done.ended_ms, Some(1_500));
    assert_eq!(done.successor.as_deref(), Some("zone1-0000000102"));
    assert_eq!(done.detection_id, Some(det.ids[0]));
    assert_eq!(
        done.steps.iter().map(|s| s.step.as_str()).collect::<Vec<_>>(),
        ["detected", "promoted"]
    );
    assert_eq!(list[0].success, None);
    assert!(list[0].steps.is_empty());
    assert_eq!(s.list_recoveries(1).unwrap().len(), 1);
    assert_eq!(s.get_recovery(id).unwrap().unwrap().steps.len(), 2);

    assert!(matches!(
        s.add_recovery_step(999, 1, "x", "y"),
        Err(StoreError::UnknownRecovery { id: 999, .. })
    ));
    assert!(matches!(
        s.finish_recovery(999, 1, false, None, ""),
        Err(StoreError::UnknownRecovery { .. })
    ));

    // Pruning removes ended history before the cut, steps included.
    assert!(s.prune(2_000).unwrap() >= 1);
    assert!(s.get_recovery(id).unwrap().is_none());
    assert!(s.get_recovery(dry).unwrap().is_some());
    let steps: i64 =
        s.conn.query_row("SELECT count(*) FROM recovery_steps", [], |r| r.get(0)).unwrap();
    assert_eq!(steps, 0);
    // Issue 16: what the purge forgets is still counted, so counters never go down.
    let purged = s.purged_recovery_counts().unwrap();
    assert_eq!(
        purged,
        [PurgedCount {
            keyspace: "ks".into(),
            shard: "-80".into(),
            code: "DeadPrimary".into(),
            result: "ok".into(),
            count: 1,
        }]
    );
    let again = s.start_recovery(new(4_000, false)).unwrap();
    s.finish_recovery(again, 4_100, true, None, "").unwrap();
    s.prune(5_000).unwrap();
    assert_eq!(s.purged_recovery_counts().unwrap()[0].count, 2, "added, not replaced");
}

#[test]
fn gates_blocks_and_ack() {
    let mut s = Store::open_in_memory().unwrap();
    assert!(!s.global_recoveries_disabled().unwrap());
    assert!(!s.set_global_recoveries_disabled(true, 10).unwrap());
    assert!(s.global_recoveries_disabled().unwrap());
    assert!(s.set_global_recoveries_disabled(true, 11).unwrap(), "already disabled");
    assert_eq!(s.global_gate().unwrap().changed_ms, Some(10), "a no-op keeps the time");
    s.set_global_recoveries_disabled(false, 20).unwrap();
    assert!(!s.global_recoveries_disabled().unwrap());

    assert!(s.active_block("ks", "-80", 100).unwrap().is_none());
    s.block_failovers("ks", "-80", 1_000, None, 100).unwrap();
    let rec = s
        .start_recovery(NewRecovery {
            keyspace: "ks".into(),
            shard: "-80".into(),
            alias: "zone1-0000000101".into(),
            code: "DeadPrimary".into(),
            detection_id: None,
            started_ms: 90,
            dry_run: false,
        })
        .unwrap();
    let b = s.block_failovers("ks", "-80", 5_000, Some(rec), 100).unwrap();
    let active = s.active_block("ks", "-80", 2_000).unwrap().unwrap();
    assert_eq!(
        (active.id, active.until_ms, active.recovery_id, active.created_ms),
        (b, 5_000, Some(rec), 100)
    );
    assert!(
        s.block_failovers("ks", "-80", 5_000, Some(rec + 100), 100).is_err(),
        "unknown recovery"
    );
    assert!(s.active_block("ks", "-80", 5_000).unwrap().is_none(), "expired at until_ms");
    assert!(s.active_block("ks", "80-", 2_000).unwrap().is_none());
    assert_eq!(s.list_blocks(500).unwrap().len(), 2);
    assert_eq!(s.list_blocks(2_000).unwrap().len(), 1);

    assert!(s.ack("ks", "-80", 2_000, "alice").unwrap());
    assert!(s.active_block("ks", "-80", 2_001).unwrap().is_none());
    assert!(!s.ack("ks", "-80", 2_002, "alice").unwrap(), "nothing left to lift");
    assert!(s.list_blocks(2_001).unwrap().is_empty());

    let audit = s.recent_audit(10).unwrap();
    let kinds: Vec<_> = audit.iter().map(|a| a.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "ack",
            "failover-blocked",
            "failover-blocked",
            "recoveries-enabled",
            "recoveries-disabled"
        ]
    );
    assert!(audit[0].message.contains("alice"));
}

#[test]
fn meta_last_action_and_audit() {
    let mut s = Store::open_in_memory().unwrap();
    assert_eq!(s.meta_get("last_cycle_ms").unwrap(), None);
    s.meta_set("last_cycle_ms", "5").unwrap();
    s.meta_set("last_cycle_ms", "6").unwrap();
    assert_eq!(s.meta_get("last_cycle_ms").unwrap().as_deref(), Some("6"));
    assert_eq!(s.last_action("restart:zone1-1").unwrap(), None);
    s.set_last_action("restart:zone1-1", 77).unwrap();
    assert_eq!(s.last_action("restart:zone1-1").unwrap(), Some(77));
    s.audit(1, "forget", "ks", "0", "zone1-0000000001", "gone").unwrap();
    let rows = s.recent_audit(5).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].kind.as_str(), rows[0].message.as_str()), ("forget", "gone"));
}

#[test]
fn cycle_commits_or_rolls_back_as_one() {
    let mut s = Store::open_in_memory().unwrap();
    let r: Result<(), StoreError> = s.cycle(|s| {
        s.meta_set("a", "1")?;
        s.set_last_action("x", 1)?;
        Ok(())
    });
    r.unwrap();
    assert_eq!(s.meta_get("a").unwrap().as_deref(), Some("1"));
    let r: Result<(), anyhow::Error> = s.cycle(|s| {
        s.meta_set("a", "2")?;
        s.meta_set("b", "2")?;
        anyhow::bail!("probe failed")
    });
    assert!(r.is_err());
    assert_eq!(s.meta_get("a").unwrap().as_deref(), Some("1"));
    assert_eq!(s.meta_get("b").unwrap(), None);
    assert!(s.conn.is_autocommit(), "no transaction left open");
}

#[test]
fn two_processes_share_the_file() {
    let (_d, path) = tmp();
    let mut writer = Store::open(&path).unwrap();
    let mut other = Store::open(&path).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let p2 = path.clone();
    let holder = std::thread::spawn(move || {
        let mut s = Store::open(&p2).unwrap();
        let r: Result<(), StoreError> = s.cycle(|s| {
            s.meta_set("held", "yes")?;
            tx.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(400));
            Ok(())
        });
        r.unwrap();
    });
    rx.recv().unwrap();
    // A reader is not blocked by the writer (WAL) and sees the last committed state.
    assert_eq!(other.meta_get("held").unwrap(), None);
    // A writer waits for the lock (busy timeout) instead of failing with SQLITE_BUSY.
    let started = std::time::Instant::now();
    writer.meta_set("second", "ok").unwrap();
    assert!(started.elapsed() >= std::time::Duration::from_millis(200), "{:?}", started.elapsed());
    holder.join().unwrap();
    assert_eq!(other.meta_get("held").unwrap().as_deref(), Some("yes"));
    other.set_last_action("k", 1).unwrap();
    assert_eq!(writer.meta_get("second").unwrap().as_deref(), Some("ok"));
}

#[test]
fn many_processes_opening_a_new_file_at_once_all_succeed() {
    // A cron `recover`, a `watch` and a `status` starting together on a file that does not
    // exist yet: the WAL switch and the migration race, and none of them may fail.
    for round in 0..20 {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join(format!("race-{round}.db"));
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || {
                    Store::open(&path).map(|_| ()).map_err(|e| e.to_string())
                })
            })
            .collect();
        for h in handles {
            let r = h.join().unwrap();
            assert!(r.is_ok(), "round {round}: {r:?}");
        }
    }
}
