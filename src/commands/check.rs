//! `vtorc-rs check`: probe every watched tablet's MySQL, detect VTOrc's problems, record them in
//! the state file and print them. Changes nothing in MySQL or etcd.

use crate::cli::AnalysisOpts;
use crate::commands::recoveries::read_shared_gates;
use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use crate::pipeline;
use crate::render::problems::{self, Severity};
use anyhow::Result;

/// Probe every tablet and report replication problems; changes nothing.
///
/// Reads the topology from etcd when the stored copy is missing or older than
/// --topo-information-refresh-duration, probes all tablets in parallel, runs VTOrc's analysis and
/// records detections (first seen, last seen, cleared) in the state file. Exit 0 when healthy,
/// 1 when problems were found, 3 when it could not check. With --nagios: one line and exit
/// 0/1/2/3 for OK/WARNING/CRITICAL/UNKNOWN.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub analysis: AnalysisOpts,

    /// Print one Nagios-style line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    #[arg(long, conflicts_with = "json")]
    pub nagios: bool,

    /// Read the topology from etcd even when the stored copy is fresh.
    #[arg(long)]
    pub refresh_topology: bool,
}

pub fn run(args: &CheckArgs, ctx: &Context) -> Result<ExitCode> {
    let result = (|| {
        let mut store = ctx.store()?;
        let r = pipeline::check(ctx, &mut store, &args.analysis, args.refresh_topology)?;
        // What recover would really do depends on the gates every host shares (etcd, or this
        // host's copy when etcd cannot be read), so a blocked failover is shown as blocked.
        let now = now_ms();
        let gates = read_shared_gates(ctx, &store, now)?;
        let topo = &r.topology.topology;
        let blocked = problems::blocked(&r.problems, |ks, sh| gates.for_shard(topo, ks, sh, now));
        let per_shard: Vec<_> = topo
            .shards
            .iter()
            .map(|s| {
                (
                    s.keyspace.clone(),
                    s.name.clone(),
                    gates.for_shard(topo, &s.keyspace, &s.name, now),
                )
            })
            .collect();
        let summary = problems::gates_summary(&per_shard)
            .or_else(|| gates.disabled.then(|| "recoveries disabled globally".to_string()));
        anyhow::Ok((r, blocked, summary))
    })();
    let (r, blocked, summary) = match result {
        Ok(r) => r,
        Err(e) if args.nagios => {
            ctx.out.result(&format!("VTORC UNKNOWN - {e:#}"))?;
            return Ok(ExitCode::CouldNotRun);
        }
        Err(e) => return Err(e),
    };
    let shards = r.topology.topology.shards.len();
    if args.nagios && shards == 0 && !ctx.filter.is_all() {
        // "OK - 0 shards" would tell a monitor that all is well with nothing watched.
        ctx.out.result(&format!(
            "VTORC UNKNOWN - --clusters-to-watch {} matches no shard",
            ctx.opts.clusters_to_watch.join(",")
        ))?;
        return Ok(ExitCode::CouldNotRun);
    }
    if args.nagios {
        ctx.out.result(&problems::nagios(
            &r.problems,
            &blocked,
            summary.as_deref(),
            r.instances.len(),
            shards,
        ))?;
        return Ok(match problems::severity(&r.problems) {
            Severity::Ok => ExitCode::Ok,
            Severity::Warning => ExitCode::Problems,
            Severity::Critical => ExitCode::NagiosCritical,
            Severity::Unknown => ExitCode::CouldNotRun,
        });
    }
    if ctx.opts.json {
        ctx.out.result(&problems::json(&r.problems, &blocked, &r.instances, shards))?;
    } else if r.problems.is_empty() {
        let reachable = r.instances.iter().filter(|i| i.reachable).count();
        ctx.out.status(&format!(
            "healthy: {} shards, {} tablets ({} reachable), no problems",
            shards,
            r.instances.len(),
            reachable
        ));
    } else {
        ctx.out.result(&problems::table(&r.problems, &blocked, &ctx.term()))?;
        let new = r.detections.new.len();
        let n = r.problems.len();
        ctx.out.status(&format!(
            "{n} problem{} ({new} new since the last check); `vtorc-rs recover --dry-run` shows what recover would do",
            if n == 1 { "" } else { "s" }
        ));
    }
    // Undecodable topology records were reported above; they are problems too.
    let broken_records = !r.topology.errors.is_empty();
    Ok(if r.problems.is_empty() && !broken_records { ExitCode::Ok } else { ExitCode::Problems })
}
