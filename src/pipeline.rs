//! The shared I/O pipeline behind check, recover, status --refresh and watch: make sure the
//! stored topology is fresh enough, probe every tablet in parallel, run the pure analysis and
//! record what it found. Each command calls these steps instead of repeating them, so one run
//! never reads the same thing twice.

use crate::analysis::{self, AnalysisConfig};
use crate::cli::AnalysisOpts;
use crate::context::Context;
use crate::model::{ClusterFilter, InstanceState, Problem, Tablet, Topology};
use crate::mysql::probe::{self, ProbeTarget};
use crate::store::{DetectionSummary, Store, TopoDiff};
use anyhow::{Context as _, Result};
use std::collections::HashMap;

/// The topology the run works from, and where it came from.
pub struct TopologyRead {
    pub topology: Topology,
    /// Tablets added/changed/removed by this run's refresh.
    pub diff: Option<TopoDiff>,
    /// Records that could not be decoded (key, message).
    pub errors: Vec<(String, String)>,
}

/// Returns the stored topology when it is younger than `max_age_ms`, else reads etcd and saves it.
/// `force` always reads etcd. When a whole cell cannot be read, the state file is left as it was
/// (its tablets would otherwise look removed) and the run goes on with what was read.
pub fn topology(
    ctx: &Context,
    store: &mut Store,
    max_age_ms: i64,
    force: bool,
    now_ms: i64,
) -> Result<TopologyRead> {
    if !force {
        if let Some((topology, refreshed_ms)) = store.load_topology()? {
            if now_ms - refreshed_ms <= max_age_ms {
                return Ok(TopologyRead {
                    topology: filtered(topology, ctx),
                    diff: None,
                    errors: Vec::new(),
                });
            }
        }
    }
    let topo = ctx.topo()?;
    let read = topo.read_topology(&ctx.filter).context("reading the topology from etcd")?;
    for (key, msg) in &read.errors {
        ctx.warn_standing(&format!("skipped {key}: {msg}"));
    }
    let cell_failed = read.errors.iter().any(|(k, _)| k.ends_with("/tablets/"));
    let diff = if cell_failed {
        ctx.warn_standing("state file topology not updated: a cell could not be read");
        None
    } else {
        Some(
            store
                .save_topology_scoped(&read.topology, &ctx.filter, now_ms)
                .context("saving the topology")?,
        )
    };
    Ok(TopologyRead { topology: read.topology, diff, errors: read.errors })
}

/// Drops what `--clusters-to-watch` excludes (the stored copy may come from a wider discover).
fn filtered(t: Topology, ctx: &Context) -> Topology {
    within(t, &ctx.filter)
}

fn within(mut t: Topology, f: &ClusterFilter) -> Topology {
    if f.is_all() {
        return t;
    }
    t.keyspaces.retain(|k| f.matches_keyspace(&k.name));
    t.shards.retain(|s| f.matches(&s.keyspace, &s.name));
    t.tablets.retain(|x| f.matches(&x.keyspace, &x.shard));
    t
}

/// Probe targets for tablets (a port outside u16 can't be probed; it is reported by analysis as
/// unreachable via an error state rather than dropped silently).
fn target(t: &Tablet) -> ProbeTarget {
    ProbeTarget {
        alias: t.alias.to_string(),
        host: t.mysql_hostname.clone(),
        port: u16::try_from(t.mysql_port).unwrap_or(0),
    }
}

/// Probes `tablets` in parallel (bounded pool, one timeout per dead host) and carries
/// `last_seen_ms` forward from `previous` for the ones not reached.
pub fn probe(
    ctx: &Context,
    tablets: &[&Tablet],
    previous: &[InstanceState],
    workers: usize,
    now_ms: i64,
) -> Result<Vec<InstanceState>> {
    let creds = ctx.mysql_credentials()?;
    let targets: Vec<ProbeTarget> = tablets.iter().map(|t| target(t)).collect();
    let bar = crate::render::progress::bar(targets.len() as u64, "probing", ctx.out.quiet);
    let mut states = probe::probe_all_with_progress(
        &targets,
        &creds,
        ctx.opts.mysql_timeout,
        workers,
        now_ms,
        &|| bar.inc(1),
    );
    bar.finish_and_clear();
    let seen: HashMap<&str, i64> =
        previous.iter().map(|p| (p.alias.as_str(), p.last_seen_ms)).collect();
    for st in &mut states {
        if !st.reachable {
            st.last_seen_ms = seen.get(st.alias.as_str()).copied().unwrap_or(0);
        }
    }
    Ok(states)
}

/// The analysis settings from the command line.
pub fn analysis_config(opts: &AnalysisOpts) -> AnalysisConfig {
    AnalysisConfig {
        // A probe from this run is always valid; one from an earlier run counts for two polls.
        instance_poll_ms: (opts.instance_poll_time.as_millis() as i64).max(1000) * 2,
        reasonable_replication_lag_s: opts.reasonable_replication_lag.as_secs(),
        errant_gtid_recovery: opts.change_tablets_with_errant_gtid_to_drained,
    }
}

/// Everything one check cycle learned.
pub struct CheckResult {
    pub topology: TopologyRead,
    pub instances: Vec<InstanceState>,
    pub problems: Vec<Problem>,
    pub detections: DetectionSummary,
}

/// One full check: fresh-enough topology, probes of every watched tablet, analysis, and the
/// probes and detections written to the state file in one transaction.
pub fn check(
    ctx: &Context,
    store: &mut Store,
    opts: &AnalysisOpts,
    force_topo: bool,
) -> Result<CheckResult> {
    check_scoped(ctx, store, opts, force_topo, None)
}

/// [`check`] limited to the shards `scope` matches (on top of `--clusters-to-watch`): only
/// their tablets are probed and only their detections are opened or cleared, so a scoped
/// check (`watch`'s instant detection) never hides the rest of the fleet.
pub fn check_scoped(
    ctx: &Context,
    store: &mut Store,
    opts: &AnalysisOpts,
    force_topo: bool,
    scope: Option<&ClusterFilter>,
) -> Result<CheckResult> {
    let now = crate::context::now_ms();
    let max_age = opts.topo_information_refresh_duration.as_millis() as i64;
    let mut topology = topology(ctx, store, max_age, force_topo, now)?;
    if !ctx.filter.is_all() && topology.topology.shards.is_empty() && scope.is_none() {
        ctx.warn_standing(&format!(
            "--clusters-to-watch {} matches no shard in the topology",
            ctx.opts.clusters_to_watch.join(",")
        ));
    }
    if let Some(f) = scope {
        topology.topology = within(topology.topology, f);
    }
    let previous = store.load_instances()?;
    let tablets: Vec<&Tablet> = topology.topology.tablets.iter().collect();
    let instances = probe(ctx, &tablets, &previous, opts.probe_workers, now)?;
    let analysed_at = crate::context::now_ms();
    let problems =
        analysis::detect(&topology.topology, &instances, &analysis_config(opts), analysed_at);
    let detections = store.cycle(|s| -> Result<DetectionSummary> {
        s.save_instances(&instances)?;
        let raised = analysis::relay::raise_high_water(
            &topology.topology,
            &instances,
            &s.high_water_marks()?,
        );
        s.save_high_water(&raised, analysed_at)?;
        Ok(s.record_detections_in(&problems, scope.unwrap_or(&ctx.filter), analysed_at)?)
    })?;
    Ok(CheckResult { topology, instances, problems, detections })
}

/// Runs `f` with the recovery inputs resolved from the command line: the topology client, the
/// credentials (read once), the timeouts, the state-file opener and the clock.
pub fn with_deps<R>(
    ctx: &Context,
    probe_workers: usize,
    hook_timeout: std::time::Duration,
    repeats: Option<&crate::recovery::Repeats>,
    f: impl FnOnce(&crate::recovery::Deps<'_>) -> R,
) -> Result<R> {
    let topo = ctx.topo()?;
    let open_store = || ctx.store();
    let clock = crate::context::now_ms;
    let deps = crate::recovery::Deps {
        topo: &topo,
        creds: ctx.mysql_credentials()?,
        repl: ctx.repl_credentials()?,
        mysql_timeout: ctx.opts.mysql_timeout,
        probe_workers,
        hook_timeout,
        open_store: &open_store,
        clock: &clock,
        out: ctx.out,
        repeats,
    };
    Ok(f(&deps))
}

/// Runs the recoveries of a check and, when any changed something, checks again so the state
/// file (topology, probes, detections) matches what the recoveries did.
pub fn recover(
    ctx: &Context,
    store: &mut Store,
    analysis: &AnalysisOpts,
    opts: &crate::recovery::RecoverOpts,
    check: &CheckResult,
    repeats: Option<&crate::recovery::Repeats>,
) -> Vec<crate::recovery::Report> {
    let found = crate::recovery::Detected {
        problems: &check.problems,
        detection_ids: &check.detections.ids,
        instances: &check.instances,
    };
    let run = with_deps(ctx, analysis.probe_workers, opts.plan.hooks.timeout, repeats, |deps| {
        crate::recovery::recover_all(deps, opts, &found)
    });
    let reports = match run {
        Ok(r) => r,
        // Nothing could start (etcd address, credentials): every problem says why.
        Err(e) => {
            let unavailable = e.downcast_ref::<crate::topo::TopoError>().is_some();
            check
                .problems
                .iter()
                .filter(|p| crate::recovery::to_handle(p))
                .map(|p| crate::recovery::Report {
                    problem: p.clone(),
                    kind: analysis::recovery_kind(p.code),
                    outcome: if unavailable {
                        crate::recovery::Outcome::Unavailable(format!("{e:#}"))
                    } else {
                        crate::recovery::Outcome::Failed(format!("{e:#}"))
                    },
                    recovery_id: None,
                    elapsed_ms: 0,
                })
                .collect()
        }
    };
    count_skips(ctx, store, &reports);
    if reports.iter().any(|r| matches!(r.outcome, crate::recovery::Outcome::Recovered { .. })) {
        // VTOrc's post-recovery refresh: re-read and re-probe, so detections that the
        // recoveries fixed are cleared now rather than at the next run.
        if let Err(e) = self::check(ctx, store, analysis, true) {
            ctx.out.warn(&format!("re-checking after recovery: {e:#}"));
        }
    }
    reports
}

/// Counts the skipped recoveries of a run in the state file, for the metrics (VTOrc's
/// SkippedRecoveries), across runs; a failure to count is a warning.
fn count_skips(ctx: &Context, store: &mut Store, reports: &[crate::recovery::Report]) {
    let skips: Vec<_> = reports
        .iter()
        .filter_map(|r| match &r.outcome {
            crate::recovery::Outcome::Skipped(why) => Some((
                r.problem.keyspace.clone(),
                r.problem.shard.clone(),
                r.problem.code.to_string(),
                why.metric_reason().to_string(),
            )),
            _ => None,
        })
        .collect();
    if let Err(e) = store.count_skipped(&skips) {
        ctx.out.warn(&format!("counting skipped recoveries: {e:#}"));
    }
}

/// The status view of what the state file holds (shared by `status` and `watch`'s HTML page and
/// metrics file). None when nothing was ever discovered.
pub fn status_view(
    ctx: &Context,
    store: &Store,
    recoveries_limit: usize,
    now_ms: i64,
) -> Result<Option<crate::render::view::StatusView>> {
    let Some((topology, refreshed_ms)) = store.load_topology()? else { return Ok(None) };
    let instances = store.load_instances()?;
    let detections = store.open_detections()?;
    // With --clusters-to-watch, filter before the limit so `--recoveries 5` shows five.
    let fetch = if ctx.filter.is_all() { recoveries_limit } else { usize::MAX };
    let recoveries: Vec<_> = store
        .list_recoveries(fetch)?
        .into_iter()
        .filter(|r| ctx.filter.matches(&r.keyspace, &r.shard))
        .take(recoveries_limit)
        .collect();
    let blocks = store.list_blocks(now_ms)?;
    let gate = store.global_gate()?;
    Ok(Some(crate::render::view::build(&crate::render::view::StatusInputs {
        topology: &topology,
        topology_refreshed_ms: refreshed_ms,
        instances: &instances,
        detections: &detections,
        recoveries: &recoveries,
        blocks: &blocks,
        gate,
        filter: &ctx.filter,
        now_ms,
    })))
}
