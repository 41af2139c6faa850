use super::*;
use crate::render::sample::{Sample, NOW, XSS};

fn shard<'a>(v: &'a StatusView, ks: &str, name: &str) -> &'a ShardView {
    v.shards().find(|s| s.keyspace == ks && s.name == name).expect("shard in view")
}

#[test]
fn groups_tablets_by_keyspace_and_shard_with_probe_fields() {
    let v = Sample::new().view();
    let names: Vec<_> = v.keyspaces.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["commerce", "evil"]);
    let s = shard(&v, "commerce", "0");
    assert_eq!(s.durability_policy, "semi_sync");
    assert_eq!(s.primary.as_deref(), Some("zone1-0000000101"));
    assert_eq!(s.shard_record_primary, None, "record agrees with the tablets");
    assert_eq!(s.primary_term_start_ms, Some(1_600_000_000_000));
    let aliases: Vec<_> = s.tablets.iter().map(|t| t.alias.as_str()).collect();
    assert_eq!(
        aliases,
        ["zone1-0000000101", "zone1-0000000102", "zone1-0000000103", "zone1-0000000104"]
    );

    let p = &s.tablets[0];
    assert!(p.is_primary);
    assert_eq!(p.state, TabletState::NoSource);
    assert_eq!(p.gtid_position.as_deref(), Some("0-1-42"));
    assert_eq!(p.semi_sync.as_deref(), Some("primary on (1 acking)"));
    assert_eq!(p.read_only, Some(false));

    // An unpadded alias in the probe still matches; the source resolves to the primary's alias
    // although MySQL reported the host in another case.
    let r = &s.tablets[1];
    assert_eq!(r.state, TabletState::Replicating);
    assert_eq!(r.replicating_from.as_deref(), Some("DB1:3306"));
    assert_eq!(r.replicating_from_alias.as_deref(), Some("zone1-0000000101"));
    assert_eq!(
        (r.io_thread, r.sql_thread),
        (Some(ThreadState::Running), Some(ThreadState::Running))
    );
    assert_eq!(r.lag_seconds, Some(2));
    assert_eq!(r.semi_sync.as_deref(), Some("replica on"));

    let stopped = &s.tablets[2];
    assert_eq!(stopped.state, TabletState::NotReplicating);
    assert_eq!(stopped.last_io_error.as_deref(), Some(XSS));
    let down = &s.tablets[3];
    assert_eq!(down.state, TabletState::Unreachable);
    assert_eq!(down.reachable, Some(false));
    assert_eq!(down.read_only, None, "an unreachable tablet reports nothing else");
    assert_eq!(down.last_seen_ms, None);

    let evil = shard(&v, "evil", "0");
    assert!(!evil.has_record, "only a tablet names evil/0");
    assert_eq!(evil.tablets[0].state, TabletState::NotProbed);
    assert_eq!(evil.tablets[0].mysql_addr, format!("{XSS}:3307"));
}

#[test]
fn problems_recoveries_gates_and_health() {
    let v = Sample::new().view();
    let s = shard(&v, "commerce", "0");
    assert_eq!(s.health, Health::Warning);
    assert_eq!(s.problems.len(), 1);
    assert_eq!(s.problems[0].code, "ReplicationStopped");
    assert_eq!(s.recoveries.len(), 1);
    assert_eq!(s.recoveries[0].result, RecoveryResult::Ok);
    assert_eq!(s.gates.block.as_ref().map(|b| b.recovery_id), Some(Some(3)));
    assert!(!s.gates.keyspace_ers_disabled);

    let evil = v.keyspaces.iter().find(|k| k.name == "evil").unwrap();
    assert_eq!(evil.problems[0].code, "NoDurabilityPolicy");
    assert!(evil.emergency_reparent_disabled);
    assert!(evil.shards[0].gates.keyspace_ers_disabled);
    assert_eq!(evil.health, Health::Warning);
    assert_eq!(evil.shards[0].health, Health::Warning, "keyspace problems mark its shards");

    // A detection for a shard the topology no longer has is still shown.
    assert_eq!(v.other_problems.len(), 1);
    assert_eq!(v.other_problems[0].keyspace, "gone");
    assert_eq!(v.all_problems().count(), 3);
    assert_eq!(v.counts.open_problems, 3);
    assert_eq!(v.health, Health::Warning);

    let rec = &v.recoveries[0];
    assert!(rec.failover);
    assert_eq!(rec.duration_ms, Some(2_500));
    assert_eq!(rec.steps[1].offset_ms, 1_200);
    assert_eq!(rec.errors, [format!("replica {XSS} not repointed")]);
}

#[test]
fn counts_ages_and_staleness() {
    let sample = Sample::new();
    let v = sample.view();
    assert_eq!(v.counts.tablets, 5);
    assert_eq!(v.counts.shards, 2);
    let by = &v.counts.tablets_by_state;
    assert_eq!(by.len(), TabletState::ALL.len(), "every state present");
    assert_eq!(by.values().sum::<usize>(), 5);
    assert_eq!(by[&TabletState::NotProbed], 1);
    assert_eq!(by[&TabletState::Unreachable], 1);
    assert_eq!(v.topology_age_ms, 12_000);
    assert_eq!(v.newest_probe_ms, Some(NOW - 4_000));
    assert_eq!(v.oldest_probe_ms, Some(NOW - 6_000));
    assert!(!v.stale);
    let later = build(&sample.inputs(NOW + STALE_AFTER_MS));
    assert!(later.stale);
    assert!(later.shards().any(|s| s.gates.block.is_some()), "the block lasts 10 min");
    let hour = build(&sample.inputs(NOW + 3_600_000));
    assert!(hour.shards().all(|s| s.gates.block.is_none()), "expired by then");
}

#[test]
fn health_without_problems() {
    let mut sample = Sample::new();
    sample.detections.clear();
    sample.filter = ClusterFilter::parse(&["commerce".into()]).unwrap();
    let v = sample.view();
    assert_eq!(v.keyspaces.len(), 1, "the filter hides evil");
    assert_eq!(v.health, Health::Unreachable, "zone1-104 is down");
    sample.instances.truncate(3);
    assert_eq!(sample.view().health, Health::NotProbed);
    sample.topo.tablets.truncate(3);
    let v = sample.view();
    assert_eq!(v.health, Health::Healthy);
    assert!(v.recoveries.iter().all(|r| r.keyspace == "commerce"));
}

#[test]
fn recovery_results() {
    let mut r = Sample::new().recoveries.remove(0);
    assert_eq!(RecoveryResult::of(&r, NOW), RecoveryResult::Ok);
    r.success = None;
    r.ended_ms = None;
    assert_eq!(RecoveryResult::of(&r, NOW), RecoveryResult::Running);
    assert_eq!(RecoveryResult::of(&r, NOW + ABANDONED_AFTER_MS), RecoveryResult::Abandoned);
    r.dry_run = true;
    assert_eq!(RecoveryResult::of(&r, NOW), RecoveryResult::DryRun);
}

#[test]
fn shard_record_primary_shown_when_it_disagrees() {
    let mut sample = Sample::new();
    sample.topo.shards[0].primary_alias = Some(TabletAlias::new("zone1", 102));
    let v = sample.view();
    let s = shard(&v, "commerce", "0");
    assert_eq!(s.primary.as_deref(), Some("zone1-0000000101"));
    assert_eq!(s.shard_record_primary.as_deref(), Some("zone1-0000000102"));
}

#[test]
fn serializes_to_json() {
    let v = Sample::new().view();
    let j = serde_json::to_value(&v).unwrap();
    assert_eq!(j["health"], "warning");
    assert_eq!(j["counts"]["tablets_by_state"]["not_probed"], 1);
    assert_eq!(j["keyspaces"][0]["shards"][0]["tablets"][1]["state"], "replicating");
    assert_eq!(j["recoveries"][0]["result"], "ok");
}
