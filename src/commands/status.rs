//! `vtorc-rs status`: what the state file knows about every watched shard, as tables, JSON or a
//! static HTML page, with the gates (recoveries switch, failover blocks) as etcd holds them.
//! Reads the state file and those etcd keys; `--refresh` first runs a check (etcd + MySQL
//! probes, detections recorded) like `vtorc-rs check`. Data older than 3 x
//! `--instance-poll-time` is reported STALE (exit 3), never HEALTHY.

use crate::cli::AnalysisOpts;
use crate::commands::recoveries::read_shared_gates;
use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use crate::pipeline;
use crate::render::html::{self, PageOptions};
use crate::render::view::{Health, StatusView, STALE_AFTER_POLLS};
use crate::render::{atomic, table};
use anyhow::{Context as _, Result};
use std::path::PathBuf;

/// Show every watched shard: policy, primary, tablets, open problems, recent recoveries.
///
/// Reads the state file and, from etcd, only the recoveries switch and the failover blocks
/// (no MySQL) unless --refresh is given, so it is cheap and works while the cluster is down;
/// when etcd cannot be read it shows this host's copy of those and says so. The header says
/// how old the data is: when the newest probe is older than 3 x --instance-poll-time the
/// health word is STALE, whatever the old data said. For each shard:
/// the durability policy, the primary, each tablet's last probe (type, MySQL address,
/// reachable, read_only, replication source, IO/SQL threads, lag, GTID position, semi-sync),
/// open problems, recent recoveries, and what stops recoveries (global switch, Vitess's
/// per-keyspace/shard emergency-reparent flags, failover blocks).
///
/// With --html FILE it also writes one self-contained HTML page (no JavaScript, no external
/// assets) with the recovery history and each recovery's timeline, atomically.
///
/// Exit codes: 0 no open problems, 1 open problems, 3 the data is STALE, the state file has no
/// topology yet (run `vtorc-rs discover`) or could not be read.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Run a check first (read etcd, probe every tablet, record problems), then show.
    #[arg(long)]
    pub refresh: bool,

    /// Also write the status as a static HTML page to FILE (replaced atomically).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// With --html: the page asks the browser to reload it every SECONDS (as watch's page does;
    /// no JavaScript), for a page a timer rewrites. (--refresh is taken: it runs a check first.)
    #[arg(long, env = "VTORC_HTML_REFRESH", value_name = "SECONDS", requires = "html", value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub html_refresh: Option<u32>,

    /// How many recent recoveries to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub recoveries: usize,

    /// Settings used by --refresh.
    #[command(flatten)]
    pub analysis: AnalysisOpts,
}

pub fn run(args: &StatusArgs, ctx: &Context) -> Result<ExitCode> {
    // Without --refresh status only reads: a user who may only read the file can run it.
    let store = if args.refresh {
        let mut store = ctx.store()?;
        pipeline::check(ctx, &mut store, &args.analysis, true)
            .context("refreshing before status (--refresh)")?;
        store
    } else {
        ctx.store_read_only()?
    };
    let now = now_ms();
    let Some(mut view) = pipeline::status_view(ctx, &store, args.recoveries, now)? else {
        return Err(crate::exit::refused(format!(
            "state file {} has no topology yet; run `vtorc-rs discover` (or `vtorc-rs status --refresh`)",
            ctx.opts.state_file.display()
        )));
    };
    view.apply_shared_gates(&read_shared_gates(ctx, &store, now)?);
    if let Some(e) = &view.gates_error {
        ctx.out.warn(&format!(
            "etcd could not be read; the recoveries switch and failover blocks shown are this host's copy: {e}"
        ));
    }
    let poll_ms = i64::try_from(args.analysis.instance_poll_time.as_millis()).unwrap_or(i64::MAX);
    view.judge_staleness(poll_ms.saturating_mul(STALE_AFTER_POLLS));
    if let Some(path) = &args.html {
        let opts = PageOptions {
            host: crate::topo::lock::hostname(),
            refresh_seconds: args.html_refresh,
            alert: None,
            mode: None,
        };
        atomic::write(path, html::page(&view, &opts).as_bytes())?;
        ctx.out.status(&format!("wrote {}", path.display()));
    }
    if ctx.opts.json {
        ctx.out.result(&serde_json::to_string_pretty(&view)?)?;
    } else {
        ctx.out.result(&table::render(&view, &ctx.term()))?;
    }
    Ok(exit_code(&view))
}

/// 3 when the data is stale: old data says nothing about the cluster now, and 3 ("could not
/// run") is the code a monitor already treats as "unknown", where 1 would claim problems and 0
/// health that nobody saw. Otherwise 0 without open problems, 1 with (as `check`).
pub fn exit_code(view: &StatusView) -> ExitCode {
    if view.health == Health::Stale {
        ExitCode::CouldNotRun
    } else if view.counts.open_problems > 0 {
        ExitCode::Problems
    } else {
        ExitCode::Ok
    }
}
