//! Snapshots for the planner: one shard re-read from etcd and re-probed under the lock (the
//! executor's), or built from a check's probes (the dry-run's), with the gates as etcd holds
//! them now and the high-water mark from the state file.

use super::env::{addr, Deps};
use super::RecoverOpts;
use crate::analysis::plan::{self as planner, Gates, Refusal, Snapshot};
use crate::analysis::{self, AnalysisConfig, Policy};
use crate::model::{ClusterFilter, InstanceState, Problem, Tablet, Topology};
use crate::mysql::probe::{probe_all, ProbeTarget};
use crate::store::Store;
use crate::topo::Topo;
use anyhow::{anyhow, Context as _, Result};
use std::collections::{HashMap, HashSet};

/// Every gate of `ks/shard` as etcd holds it now; a failed read is kept as its error text.
pub fn read_gates(topo: &Topo, ks: &str, shard: &str) -> Gates {
    let ers = topo.get_keyspace(ks).and_then(|k| {
        topo.get_shard(ks, shard)
            .map(|s| (k.disable_emergency_reparent, s.disable_emergency_reparent))
    });
    Gates {
        switch: topo.recoveries_switch().map_err(|e| e.to_string()),
        block: topo.failover_block(ks, shard).map_err(|e| e.to_string()),
        ers: ers.map_err(|e| e.to_string()),
    }
}

/// Why no recovery may run in `ks/shard` while it holds tablet records that cannot be used as
/// written: they are left out of the analysis, so it may miss a live server (a PRIMARY record
/// with a bad port would make the shard look like its primary was deleted, and a failover
/// would leave two servers writable).
fn invalid_records_refusal(
    invalid: &[crate::topo::InvalidTablet],
    ks: &str,
    shard: &str,
) -> Option<String> {
    let keys: Vec<String> = invalid
        .iter()
        .filter(|i| i.tablet.keyspace == ks && i.tablet.shard == shard)
        .map(|i| format!("{}: {}", i.key, i.reason))
        .collect();
    (!keys.is_empty()).then(|| format!("refused: {}", keys.join("; ")))
}

/// One shard's records as re-read from etcd.
fn read_shard(topo: &Topo, ks: &str, shard: &str) -> Result<crate::topo::TopoRead> {
    let filter = ClusterFilter::parse(&[format!("{ks}/{shard}")]).map_err(|e| anyhow!(e))?;
    topo.read_topology(&filter).context("re-reading the shard from etcd")
}

/// The plain parts of a snapshot.
struct Parts<'a> {
    topology: &'a Topology,
    instances: HashMap<String, InstanceState>,
    errant: HashSet<String>,
    gates: Gates,
    refused: Option<String>,
    now_ms: i64,
}

fn build(
    deps: &Deps<'_>,
    store: &Store,
    ks: &str,
    shard: &str,
    parts: Parts<'_>,
) -> Result<Snapshot> {
    let t = parts.topology;
    let keyspace = t
        .keyspaces
        .iter()
        .find(|k| k.name == ks)
        .cloned()
        .ok_or_else(|| anyhow!("keyspace {ks} is gone from the topology"))?;
    let shard_rec = t
        .shards
        .iter()
        .find(|s| s.keyspace == ks && s.name == shard)
        .cloned()
        .ok_or_else(|| anyhow!("shard {ks}/{shard} is gone from the topology"))?;
    let policy = Policy::parse(&keyspace.durability_policy).map_err(|e| anyhow!("{e}"))?;
    let tablets: Vec<Tablet> =
        t.tablets.iter().filter(|x| x.keyspace == ks && x.shard == shard).cloned().collect();
    let instances = parts
        .instances
        .into_iter()
        .filter(|(a, _)| tablets.iter().any(|t| &t.alias.to_string() == a))
        .collect();
    let io_restarts = tablets
        .iter()
        .filter_map(|t| {
            let at = store.last_action(&format!("restart-io:{}", t.alias)).ok().flatten()?;
            Some((t.alias.to_string(), at))
        })
        .collect();
    Ok(Snapshot {
        shard: shard_rec,
        tablets,
        instances,
        policy,
        errant: parts.errant,
        gates: parts.gates,
        refused: parts.refused,
        high_water: store.high_water(ks, shard).map_err(|e| e.to_string()),
        io_restarts,
        repl: deps.repl.clone(),
        now_ms: parts.now_ms,
    })
}

/// What the shard looks like under the lock.
pub enum Fresh {
    Ready {
        snap: Box<Snapshot>,
        problems: Vec<Problem>,
        now: i64,
    },
    /// Its records cannot be trusted (invalid records, two records for one server).
    Refused(String),
}

/// Under the lock: the shard re-read from etcd and re-probed, the high-water mark raised from
/// the fresh probes, the analysis re-run, and the snapshot the plan is made from.
pub fn under_lock(
    deps: &Deps<'_>,
    cfg: &AnalysisConfig,
    store: &mut Store,
    (ks, shard): (&str, &str),
    errant: &HashSet<String>,
    previous: &[InstanceState],
    gates: Gates,
) -> Result<Fresh> {
    let read = read_shard(deps.topo, ks, shard)?;
    if let Some(why) = invalid_records_refusal(&read.invalid_tablets, ks, shard) {
        return Ok(Fresh::Refused(why));
    }
    let t = read.topology;
    let now = (deps.clock)();
    let instances = probe(deps, &t.tablets, previous, now);
    if let Err(e) = store
        .high_water_marks()
        .map(|prev| analysis::relay::raise_high_water(&t, &instances, &prev))
        .and_then(|r| store.save_high_water(&r, now))
    {
        deps.out.warn(&format!("could not update the high-water mark: {e}"));
    }
    // The clock after the re-probe, as the check reads it after its probes.
    let now = (deps.clock)();
    let problems = analysis::detect(&t, &instances, cfg, now);
    if let Some(why) = analysis::duplicates::refusal(&problems, ks, shard) {
        return Ok(Fresh::Refused(why));
    }
    let parts = Parts {
        topology: &t,
        instances: instances.into_iter().map(|i| (i.alias.clone(), i)).collect(),
        errant: errant.clone(),
        gates,
        refused: None,
        now_ms: now,
    };
    let snap = build(deps, store, ks, shard, parts)?;
    Ok(Fresh::Ready { snap: Box::new(snap), problems, now })
}

/// Probes `tablets` with `--probe-workers` connections at once, carrying `last_seen_ms` forward
/// for the ones not reached.
fn probe(
    deps: &Deps<'_>,
    tablets: &[Tablet],
    previous: &[InstanceState],
    now: i64,
) -> Vec<InstanceState> {
    let targets: Vec<ProbeTarget> = tablets
        .iter()
        .map(|t| ProbeTarget {
            alias: t.alias.to_string(),
            host: t.mysql_hostname.clone(),
            port: addr(t).port,
        })
        .collect();
    let mut states = probe_all(&targets, &deps.creds, deps.mysql_timeout, deps.probe_workers, now);
    let seen: HashMap<&str, i64> =
        previous.iter().map(|p| (p.alias.as_str(), p.last_seen_ms)).collect();
    for st in &mut states {
        if !st.reachable {
            st.last_seen_ms = seen.get(st.alias.as_str()).copied().unwrap_or(0);
        }
    }
    states
}

/// What the dry-run works from: the check's topology, probes and problems, and the state file.
pub struct FromCheck<'a> {
    pub topology: &'a Topology,
    pub instances: &'a [InstanceState],
    pub problems: &'a [Problem],
    pub store: &'a Store,
}

pub use crate::render::plan::DryRun;

/// The plan of every problem `recover` would take up, made by the planner from the check's
/// probes, with the gates and the shard's records as etcd holds them now.
pub fn dry_run(deps: &Deps<'_>, opts: &RecoverOpts, from: FromCheck<'_>) -> Vec<DryRun> {
    let errant = super::errant_aliases(from.problems);
    let mut todo: Vec<Problem> =
        from.problems.iter().filter(|p| super::to_handle(p)).cloned().collect();
    analysis::sort_for_execution(&mut todo);
    // As the executor does: after a shard-wide recovery the shard's other problems wait for the
    // next run, which sees the shard as that recovery left it.
    let mut shard_wide: HashMap<(String, String), Problem> = HashMap::new();
    todo.into_iter()
        .map(|p| {
            let key = (p.keyspace.clone(), p.shard.clone());
            if let Some(first) = shard_wide.get(&key) {
                let why = format!(
                    "after {} on {} (above) recover stops in this shard; this one is planned again in the next run",
                    first.code, first.alias
                );
                return DryRun { problem: p, title: None, lock: Ok(None), plans: Err(Refusal::Wait(why)) };
            }
            if matches!(
                analysis::recovery_kind(p.code),
                analysis::RecoveryKind::EmergencyReparent { .. } | analysis::RecoveryKind::ElectNewPrimary
            ) {
                shard_wide.insert(key, p.clone());
            }
            let (ks, shard) = (p.keyspace.as_str(), p.shard.as_str());
            // The executor re-reads the shard under the lock and refuses it when it holds
            // invalid tablet records (they are not in the check): read it here too.
            let refused =
                analysis::duplicates::refusal(from.problems, ks, shard).or_else(
                    || match read_shard(deps.topo, ks, shard) {
                        Ok(read) => invalid_records_refusal(&read.invalid_tablets, ks, shard),
                        Err(e) => Some(format!("cannot re-read the shard: {e:#}")),
                    },
                );
            let lock = deps
                .topo
                .shard_lock_holder(ks, shard)
                .map(|h| h.map(|h| h.to_string()))
                .map_err(|e| e.to_string());
            let parts = Parts {
                topology: from.topology,
                instances: from.instances.iter().map(|i| (i.alias.clone(), i.clone())).collect(),
                errant: errant.clone(),
                gates: read_gates(deps.topo, ks, shard),
                refused,
                now_ms: (deps.clock)(),
            };
            let plans = match build(deps, from.store, ks, shard, parts) {
                Ok(snap) => planner::plan_whole(&p, &snap, &opts.plan),
                Err(e) => Err(Refusal::Refused(format!("cannot plan: {e:#}"))),
            };
            DryRun { problem: p, title: None, lock, plans }
        })
        .collect()
}
