//! `vtorc-rs watch`: the loop in one process. Every --instance-poll-time: probe, analyse and
//! (unless --no-recover) recover; the topology is re-read when older than
//! --topo-information-refresh-duration. Optionally rewrites an HTML status page and a
//! Prometheus textfile after every cycle. Logs one timestamped line per event to stderr and
//! stays quiet while nothing changes. A failed cycle is logged and retried at the next tick;
//! while etcd is unreachable, cycles keep probing with the stored topology but do not recover.

use super::recover::RecoveryFlags;
use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use crate::pipeline;
use crate::recovery::Outcome;
use crate::render::{fmt, html, metrics};
use crate::topo::TopoError;
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

mod instant;
mod state;
use state::StateKeeper;

/// Watch every shard continuously: probe, analyse and recover in a loop (a systemd service).
///
/// Stops cleanly on SIGTERM (exit 0) and SIGINT (exit 130): the current step finishes and held
/// shard locks are released. Failed cycles (etcd down, a host unreachable) are logged and
/// retried at the next tick; the loop never dies of them.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub flags: RecoveryFlags,

    /// Only watch: detect and record, never change anything.
    #[arg(long)]
    pub no_recover: bool,

    /// Do not hold an idle connection to every primary. With it (the default), a primary whose
    /// connection breaks (mysqld died) has its shard checked at once instead of at the next tick;
    /// a hung primary is still found by the poll cycle.
    #[arg(long, env = "VTORC_NO_INSTANT_DETECTION")]
    pub no_instant_detection: bool,

    #[command(flatten)]
    pub outputs: crate::commands::outputs::OutputFiles,

    /// Forget cleared detections, finished recoveries, audit lines and lifted blocks older than
    /// this (checked once an hour), so a long-running watch keeps its state file small.
    #[arg(long, env = "VTORC_AUDIT_PURGE_DURATION", default_value = "7d", value_parser = crate::cli::parse_duration, value_name = "DURATION")]
    pub audit_purge_duration: Duration,

    /// Stop after this many cycles (0 = run until signalled). For tests and one-off runs.
    #[arg(long, default_value_t = 0, hide = true)]
    pub cycles: u64,
}

/// "Any age will do": how old the stored topology may be while etcd cannot be read.
const STORED_TOPOLOGY_MAX_AGE: Duration = Duration::from_secs(100 * 365 * 86_400);

/// How often a long-running watch forgets old history.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// The signal that asked us to stop (0 = none).
static STOP: AtomicI32 = AtomicI32::new(0);

extern "C" fn on_signal(sig: libc::c_int) {
    STOP.store(sig, Ordering::SeqCst);
}

fn install_handlers() {
    // SAFETY: the handler only stores into an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
    }
}

fn stopping() -> bool {
    STOP.load(Ordering::SeqCst) != 0
}

/// One event line: timestamped on stderr (journald, cron mail), or with --json one JSON object
/// per line on stdout (`{"time", "time_ms", "message"}`), which is then the command's result.
fn log(ctx: &Context, msg: &str) {
    let now = now_ms();
    if ctx.opts.json {
        let line = serde_json::json!({ "time": fmt::utc(now), "time_ms": now, "message": msg });
        let _ = ctx.out.result(&line.to_string());
    } else {
        ctx.out.status(&format!("{} {msg}", fmt::utc(now)));
    }
}

pub fn run(args: &WatchArgs, ctx: &Context) -> Result<ExitCode> {
    install_handlers();
    let opts = args.flags.opts();
    let poll = args.flags.analysis.instance_poll_time.max(Duration::from_millis(100));
    // A warning read again at every poll or topology refresh is said again only after three of
    // the slower of them passed without it.
    let refresh = args.flags.analysis.topo_information_refresh_duration;
    ctx.say_standing_warnings_once(poll.max(refresh) * 3);
    let (mut keeper, mut store) = StateKeeper::open(ctx)?;
    let mut detector =
        if args.no_instant_detection { None } else { Some(instant::Detector::start(ctx)?) };
    log(
        ctx,
        &format!(
            "watch started: poll every {}, topology every {}, recoveries {}, instant detection {}",
            fmt::duration(poll.as_millis() as i64),
            fmt::duration(args.flags.analysis.topo_information_refresh_duration.as_millis() as i64),
            if args.no_recover { "off (--no-recover)" } else { "on" },
            if args.no_instant_detection { "off" } else { "on" }
        ),
    );
    let mut seen = Seen::default();
    let mut last_error = String::new();
    let mut outputs_error = String::new();
    let mut cycles = 0u64;
    let mut last_prune = Instant::now();
    loop {
        let started = Instant::now();
        let started_ms = now_ms();
        keeper.check(ctx, &mut store);
        let mut result = cycle(ctx, &mut store, args, &opts, &mut seen, None);
        // A state file that fails mid-cycle (corrupt, full, gone) must not cost this cycle's
        // failover: state moves to memory and the cycle runs again at once.
        let store_failed = match &result {
            Err(e) if is_store_error(e) && keeper.fallback.is_none() => Some(format!("{e:#}")),
            _ => None,
        };
        if let Some(why) = store_failed {
            if keeper.degrade(ctx, &mut store, why).is_ok() {
                result = cycle(ctx, &mut store, args, &opts, &mut seen, None);
            }
        }
        let ok = match result {
            Ok(out) => {
                if let Some(d) = detector.as_mut() {
                    d.watch(out.primaries);
                    for (ks, sh) in &out.recovered {
                        d.settled(ks, sh);
                    }
                    await_replaced(ctx, d, out.replaced);
                }
                if !last_error.is_empty() {
                    log(ctx, "cycle ok again");
                    last_error.clear();
                }
                true
            }
            Err(e) => {
                let text = format!("{e:#}");
                if text != last_error {
                    log(
                        ctx,
                        &format!(
                            "cycle failed (retrying every {}): {text}",
                            fmt::duration(poll.as_millis() as i64)
                        ),
                    );
                    last_error = text;
                }
                false
            }
        };
        let info = metrics::CycleInfo {
            started_ms,
            duration_ms: started.elapsed().as_millis() as i64,
            ok,
            state_file_ok: keeper.fallback.is_none(),
            instant_detection: detector.is_some(),
        };
        // Said once while it lasts (a cron mail or journald must not fill up with it), and
        // again once it works.
        match write_outputs(ctx, &store, args, &info, keeper.alert()) {
            Err(e) => {
                let text = format!("{e:#}");
                if text != outputs_error {
                    log(ctx, &format!("writing status files: {text}"));
                    outputs_error = text;
                }
            }
            Ok(()) if !outputs_error.is_empty() => {
                log(ctx, "status files written again");
                outputs_error.clear();
            }
            Ok(()) => {}
        }
        if last_prune.elapsed() >= PRUNE_EVERY || cycles == 0 {
            let before = now_ms() - args.audit_purge_duration.as_millis() as i64;
            match store.prune(before) {
                Ok(0) => {}
                Ok(n) => log(ctx, &format!("forgot {n} records older than {}", fmt::utc(before))),
                Err(e) => log(ctx, &format!("pruning the state file: {e}")),
            }
            last_prune = Instant::now();
        }
        cycles += 1;
        if args.cycles > 0 && cycles >= args.cycles {
            return Ok(ExitCode::Ok);
        }
        wait_for_tick(ctx, &mut store, args, &opts, &mut seen, detector.as_mut(), started + poll);
        if stopping() {
            let sig = STOP.load(Ordering::SeqCst);
            log(
                ctx,
                &format!(
                    "watch stopping on {}",
                    if sig == libc::SIGINT { "SIGINT" } else { "SIGTERM" }
                ),
            );
            return Ok(if sig == libc::SIGINT { ExitCode::Interrupted } else { ExitCode::Ok });
        }
    }
}

/// What a cycle tells the loop: the shards where a recovery succeeded, and the primaries to
/// keep a sentinel connection to.
#[derive(Default)]
pub(crate) struct CycleOut {
    pub recovered: BTreeSet<(String, String)>,
    /// The primaries a successful failover replaced (to fence them the moment they answer).
    pub replaced: Vec<crate::mysql::sentinel::Target>,
    pub primaries: Vec<crate::mysql::sentinel::Target>,
}

/// Problems as the log tracks them: (keyspace, shard, alias, code) -> description.
type OpenProblems = BTreeMap<(String, String, String, String), String>;

/// What the log has already said, so each event is said once.
#[derive(Default)]
struct Seen {
    /// Open problems (a "detected" line when one appears, "cleared" when it goes).
    open: OpenProblems,
    /// Skip lines still in force.
    said: BTreeSet<String>,
    /// Recoveries whose last attempt failed: a repeat of the same failure is said once.
    repeats: crate::recovery::Repeats,
}

/// One probe/analyse/recover cycle, of every watched shard or (`scope`) of some; logs what
/// changed within its scope.
fn cycle(
    ctx: &Context,
    store: &mut crate::store::Store,
    args: &WatchArgs,
    opts: &crate::recovery::RecoverOpts,
    seen: &mut Seen,
    scope: Option<&crate::model::ClusterFilter>,
) -> Result<CycleOut> {
    let first = pipeline::check_scoped(ctx, store, &args.flags.analysis, false, scope);
    let (check, etcd_down) = match first {
        Ok(c) => (c, None),
        // etcd down: keep probing and analysing with the stored topology, so the log, the status
        // page and the metrics still follow MySQL. Recoveries wait: they need the shard lock and
        // topology writes, both in etcd. The cycle still counts as failed (logged once).
        Err(e) if e.downcast_ref::<TopoError>().is_some() && store.load_topology()?.is_some() => {
            let mut stored = args.flags.analysis.clone();
            stored.topo_information_refresh_duration = STORED_TOPOLOGY_MAX_AGE;
            let c = pipeline::check_scoped(ctx, store, &stored, false, scope)?;
            (c, Some(e.context("probed with the stored topology; recoveries wait for etcd")))
        }
        Err(e) => return Err(e),
    };
    if let Some(diff) = check.topology.diff.as_ref().filter(|d| !d.is_empty()) {
        log(
            ctx,
            &format!(
                "topology changed: {} added, {} changed, {} removed",
                diff.added.len(),
                diff.changed.len(),
                diff.removed.len()
            ),
        );
    }
    let now: BTreeMap<_, _> = check
        .problems
        .iter()
        .map(|p| {
            (
                (p.keyspace.clone(), p.shard.clone(), p.alias.clone(), p.code.to_string()),
                p.description.clone(),
            )
        })
        .collect();
    for (k, desc) in &now {
        if !seen.open.contains_key(k) {
            log(ctx, &format!("detected {} on {}/{} {}: {desc}", k.3, k.0, k.1, k.2));
        }
    }
    let in_scope =
        |k: &(String, String, String, String)| scope.is_none_or(|f| f.matches(&k.0, &k.1));
    for k in seen.open.keys().filter(|k| in_scope(k)) {
        if !now.contains_key(k) {
            log(ctx, &format!("cleared {} on {}/{} {}", k.3, k.0, k.1, k.2));
        }
    }
    seen.open.retain(|k, _| !in_scope(k));
    seen.open.extend(now);
    let mut out =
        CycleOut { primaries: instant::primaries(&check.topology.topology), ..CycleOut::default() };
    if let Some(e) = etcd_down {
        return Err(e);
    }
    if args.no_recover || stopping() {
        return Ok(out);
    }
    let reports =
        pipeline::recover(ctx, store, &args.flags.analysis, opts, &check, Some(&seen.repeats));
    let mut still = BTreeSet::new();
    for r in reports {
        let what = format!(
            "{} on {}/{} {}",
            r.problem.code, r.problem.keyspace, r.problem.shard, r.problem.alias
        );
        match r.outcome {
            // Steps were logged as they happened; one summary line per recovery.
            Outcome::Recovered { message, .. } => {
                out.recovered.insert((r.problem.keyspace.clone(), r.problem.shard.clone()));
                if matches!(r.kind, crate::analysis::RecoveryKind::EmergencyReparent { .. }) {
                    out.replaced
                        .extend(instant::target_of(&check.topology.topology, &r.problem.alias));
                }
                log(ctx, &format!("recovered {what} in {} ms: {message}", r.elapsed_ms))
            }
            // A skip, or the same failure, repeats every tick while it lasts: say it once.
            Outcome::Failed(e) => {
                say_once(ctx, seen, &mut still, format!("recovery of {what} failed: {e}"))
            }
            Outcome::Unavailable(e) => {
                say_once(ctx, seen, &mut still, format!("recovery of {what} could not run: {e}"))
            }
            Outcome::Skipped(why) => {
                say_once(ctx, seen, &mut still, format!("skipped {what}: {why}"))
            }
        }
    }
    // A scoped cycle saw only its shards: the other lines still hold.
    if scope.is_some() {
        seen.said.extend(still);
    } else {
        seen.said = still;
    }
    Ok(out)
}

/// Logs `line` unless the previous cycle said it too; `still` collects this cycle's lines.
fn say_once(ctx: &Context, seen: &Seen, still: &mut BTreeSet<String>, line: String) {
    if !seen.said.contains(&line) {
        log(ctx, &line);
    }
    still.insert(line);
}

fn write_outputs(
    ctx: &Context,
    store: &crate::store::Store,
    args: &WatchArgs,
    info: &metrics::CycleInfo,
    alert: Option<String>,
) -> Result<()> {
    let page = html::PageOptions {
        host: crate::topo::lock::hostname(),
        refresh_seconds: Some(
            args.flags.analysis.instance_poll_time.as_secs().clamp(1, 3600) as u32
        ),
        alert,
        mode: Some(format!(
            "watch: poll every {}, instant detection {}",
            fmt::duration(args.flags.analysis.instance_poll_time.as_millis() as i64),
            if info.instant_detection { "on" } else { "off" }
        )),
    };
    crate::commands::outputs::write(ctx, store, &args.outputs, &page, Some(info))
}

/// Waits until `until` in small steps, so a signal is answered within 50 ms, running the
/// instant checks the detector asks for meanwhile (a broken connection to a primary, a replaced
/// primary answering again): each is a cycle scoped to its shard.
fn wait_for_tick(
    ctx: &Context,
    store: &mut crate::store::Store,
    args: &WatchArgs,
    opts: &crate::recovery::RecoverOpts,
    seen: &mut Seen,
    mut detector: Option<&mut instant::Detector>,
    until: Instant,
) {
    while Instant::now() < until && !stopping() {
        let step = Duration::from_millis(50).min(until.saturating_duration_since(Instant::now()));
        let Some(d) = detector.as_deref_mut() else {
            std::thread::sleep(step);
            continue;
        };
        for due in d.next(step) {
            log(ctx, &due.why);
            let scope =
                crate::model::ClusterFilter::parse(&[format!("{}/{}", due.keyspace, due.shard)]);
            let Ok(scope) = scope else { continue };
            match cycle(ctx, store, args, opts, seen, Some(&scope)) {
                Ok(out) if !out.recovered.is_empty() => {
                    d.settled(&due.keyspace, &due.shard);
                    await_replaced(ctx, d, out.replaced);
                }
                Ok(_) => {}
                Err(e) => log(
                    ctx,
                    &format!("instant check of {}/{} failed: {e:#}", due.keyspace, due.shard),
                ),
            }
        }
    }
}

/// After failovers: check each replaced primary's shard the moment it answers again (fence).
fn await_replaced(
    ctx: &Context,
    d: &mut instant::Detector,
    replaced: Vec<crate::mysql::sentinel::Target>,
) {
    for t in replaced {
        log(
            ctx,
            &format!(
                "waiting for the replaced primary {} ({}) to answer again, to check {}/{} at once",
                t.alias, t.addr, t.keyspace, t.shard
            ),
        );
        d.await_old_primary(t);
    }
}

/// True when `e` came from the state file (SQLite), not from etcd or MySQL.
fn is_store_error(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<crate::store::StoreError>().is_some())
}
