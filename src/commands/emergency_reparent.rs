//! `vtorc-rs emergency-reparent KEYSPACE/SHARD`: the failover `recover` runs, started by hand.

use super::recover::RecoveryFlags;
use crate::analysis::plan::EmergencyRequest;
use crate::context::Context;
use crate::exit::ExitCode;
use crate::model::TabletAlias;
use crate::recovery::Request;
use anyhow::Result;

/// Emergency reparent (Vitess's EmergencyReparentShard) started by hand: the failover `recover`
/// runs for a dead primary, under the shard lock, optionally towards a named tablet, which first
/// catches up from the most advanced tablet (or the command refuses rather than lose writes).
/// A primary that answers and is writable is refused (use planned-reparent). The anti-flapping
/// block holds and is placed after it. Exit 0 when done, 1 when refused, blocked or failed, 3
/// when it could not run.
#[derive(Debug, clap::Args)]
pub struct EmergencyReparentArgs {
    /// The shard, e.g. `commerce/-80` or `commerce/0`.
    #[arg(value_name = "KEYSPACE/SHARD", allow_hyphen_values = true)]
    pub shard: String,

    /// The tablet to promote. Default: the failover's own choice.
    #[arg(long, value_name = "ALIAS", value_parser = super::reparent_common::parse_alias)]
    pub new_primary: Option<TabletAlias>,

    /// Tablets to leave out (comma-separated aliases): not stopped, waited for, promoted or
    /// repointed.
    #[arg(long, value_name = "ALIAS,...", value_delimiter = ',', value_parser = super::reparent_common::parse_alias)]
    pub ignore_replicas: Vec<TabletAlias>,

    /// Print the plan and change nothing.
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub flags: RecoveryFlags,
}

pub fn run(args: &EmergencyReparentArgs, ctx: &Context) -> Result<ExitCode> {
    let req = Request::Emergency(EmergencyRequest {
        new_primary: args.new_primary.clone(),
        ignore: args.ignore_replicas.clone(),
    });
    let opts = args.flags.opts();
    let workers = args.flags.analysis.probe_workers;
    super::reparent_common::run(ctx, &args.shard, &opts, workers, req, args.dry_run)
}
