//! `vtorc-rs planned-reparent KEYSPACE/SHARD`: move the primary on purpose, with Vitess's
//! PlannedReparentShard semantics and no lost write.

use super::recover::RecoveryFlags;
use crate::analysis::plan::PlannedRequest;
use crate::context::Context;
use crate::exit::ExitCode;
use crate::model::TabletAlias;
use crate::recovery::Request;
use anyhow::Result;
use std::time::Duration;

/// Planned switchover (Vitess's PlannedReparentShard): under the shard lock, with every tablet
/// answering, the candidate catches up while the primary still takes writes; the primary is
/// demoted (semi-sync off, read-only, on MariaDB the sessions read_only does not stop killed);
/// the candidate reaches exactly the demoted position (or the demotion is undone); it is
/// promoted, the topology written, it is made writable and every other tablet, the old primary
/// included, replicates from it. Exit 0 when done, 1 when refused or failed (nothing changed,
/// or the demotion was undone), 3 when it could not run.
#[derive(Debug, clap::Args)]
pub struct PlannedReparentArgs {
    /// The shard, e.g. `commerce/-80` or `commerce/0`.
    #[arg(value_name = "KEYSPACE/SHARD", allow_hyphen_values = true)]
    pub shard: String,

    /// The tablet to promote (a REPLICA). Default: the best REPLICA, explained in the plan.
    #[arg(long, value_name = "ALIAS", value_parser = super::reparent_common::parse_alias)]
    pub new_primary: Option<TabletAlias>,

    /// Only move the primary away if it is this tablet (nothing to do otherwise).
    #[arg(long, value_name = "ALIAS", value_parser = super::reparent_common::parse_alias)]
    pub avoid_primary: Option<TabletAlias>,

    /// A candidate lagging more than this is not eligible (0: no limit, as Vitess).
    #[arg(long, env = "VTORC_TOLERABLE_REPLICATION_LAG", value_name = "DURATION", default_value = "0s", value_parser = crate::cli::parse_duration)]
    pub tolerable_replication_lag: Duration,

    /// Allow a candidate in another cell than the current primary's.
    #[arg(long, env = "VTORC_ALLOW_CROSS_CELL_PROMOTION")]
    pub allow_cross_cell_promotion: bool,

    /// Print the plan and change nothing.
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub flags: RecoveryFlags,
}

pub fn run(args: &PlannedReparentArgs, ctx: &Context) -> Result<ExitCode> {
    let req = Request::Planned(PlannedRequest {
        new_primary: args.new_primary.clone(),
        avoid_primary: args.avoid_primary.clone(),
        tolerable_lag: args.tolerable_replication_lag,
        allow_cross_cell: args.allow_cross_cell_promotion,
    });
    let opts = args.flags.opts();
    let workers = args.flags.analysis.probe_workers;
    super::reparent_common::run(ctx, &args.shard, &opts, workers, req, args.dry_run)
}
