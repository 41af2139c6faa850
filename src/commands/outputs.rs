//! The files `watch` rewrites after every cycle and `recover` (the timer deployment) after its
//! run: the static HTML status page and the Prometheus textfile. One place, so both write the
//! same page and the same metrics from the same state file.

use crate::commands::recoveries::read_shared_gates;
use crate::context::{now_ms, Context};
use crate::render::{atomic, html, metrics};
use anyhow::Result;
use std::path::PathBuf;

/// `--html-status` and `--metrics-file`.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputFiles {
    /// Rewrite this static HTML status page (atomically) after every watch cycle or recover run.
    #[arg(long, env = "VTORC_HTML_STATUS", value_name = "FILE")]
    pub html_status: Option<PathBuf>,

    /// Rewrite this Prometheus textfile (node_exporter textfile collector) after every watch cycle
    /// or recover run.
    #[arg(long, env = "VTORC_METRICS_FILE", value_name = "FILE")]
    pub metrics_file: Option<PathBuf>,
}

impl OutputFiles {
    pub fn any(&self) -> bool {
        self.html_status.is_some() || self.metrics_file.is_some()
    }
}

/// Writes the page (with `page`'s refresh, alert and mode) and the metrics (with `cycle` when a
/// watch ran one) from what the state file holds now, with the gates etcd holds.
pub fn write(
    ctx: &Context,
    store: &crate::store::Store,
    files: &OutputFiles,
    page: &html::PageOptions,
    cycle: Option<&metrics::CycleInfo>,
) -> Result<()> {
    if !files.any() {
        return Ok(());
    }
    let now = now_ms();
    let Some(mut view) = crate::pipeline::status_view(ctx, store, 20, now)? else { return Ok(()) };
    // The gates every host shares live in etcd; the page and metrics show those.
    view.apply_shared_gates(&read_shared_gates(ctx, store, now)?);
    if let Some(path) = &files.html_status {
        atomic::write(path, html::page(&view, page).as_bytes())?;
    }
    if let Some(path) = &files.metrics_file {
        let all = store.list_recoveries(usize::MAX)?;
        let counts = metrics::count_recoveries(&all, &store.purged_recovery_counts()?, now);
        let recent = store.recent_detections(1000)?;
        let last = metrics::last_failover_seconds(&all, &recent);
        let skipped = store.skipped_recovery_counts()?;
        let c = metrics::Counters { recoveries: &counts, skipped: &skipped, cleared: &recent };
        atomic::write(path, metrics::render(&view, &c, cycle, last).as_bytes())?;
    }
    Ok(())
}

/// After a one-shot `recover`: the page and metrics without a watch cycle; a failure to write
/// them is a warning, never the run's result.
pub fn write_after_run(ctx: &Context, store: &crate::store::Store, files: &OutputFiles) {
    let page = html::PageOptions {
        host: crate::topo::lock::hostname(),
        refresh_seconds: None,
        alert: None,
        mode: Some("recover (one run)".into()),
    };
    if let Err(e) = write(ctx, store, files, &page, None) {
        ctx.out.warn(&format!("writing the status page / metrics file: {e:#}"));
    }
}
