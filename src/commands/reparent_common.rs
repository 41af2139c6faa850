//! What `planned-reparent` and `emergency-reparent` share: the shard argument, running the
//! request, and printing its outcome.

use crate::context::Context;
use crate::exit::ExitCode;
use crate::pipeline;
use crate::recovery::{self, Outcome, RecoverOpts, Request, Skip};
use anyhow::Result;

/// A tablet alias, `zone1-101` or `zone1-0000000101`.
pub fn parse_alias(s: &str) -> Result<crate::model::TabletAlias, String> {
    s.parse()
}

/// `KEYSPACE/SHARD` (Vitess's `commerce/-80`).
pub fn parse_shard(s: &str) -> Result<(String, String)> {
    match s.split_once('/') {
        Some((ks, shard)) if !ks.is_empty() && !shard.is_empty() && !shard.contains('/') => {
            crate::topo::keys::validate_name("keyspace", ks).map_err(crate::exit::usage)?;
            crate::topo::keys::validate_name("shard", shard).map_err(crate::exit::usage)?;
            Ok((ks.to_string(), shard.to_string()))
        }
        _ => Err(crate::exit::usage(format!(
            "invalid KEYSPACE/SHARD {s:?}: expected e.g. commerce/-80 or commerce/0"
        ))),
    }
}

/// Runs (or plans, with `dry_run`) `req` and prints what happened; the exit code follows it.
pub fn run(
    ctx: &Context,
    shard: &str,
    opts: &RecoverOpts,
    probe_workers: usize,
    req: Request,
    dry_run: bool,
) -> Result<ExitCode> {
    let (ks, sh) = parse_shard(shard)?;
    let r = pipeline::with_deps(ctx, probe_workers, opts.plan.hooks.timeout, None, |deps| {
        recovery::run_request(deps, opts, &ks, &sh, &req, dry_run)
    })?;
    if let Some(d) = &r.dry_run {
        let out = if ctx.opts.json {
            serde_json::to_string_pretty(&crate::render::plan::json(d)).unwrap_or_default()
        } else {
            crate::render::plan::text(d)
        };
        ctx.out.result(&out)?;
        return Ok(if d.plans.is_ok() { ExitCode::Ok } else { ExitCode::Problems });
    }
    if r.recovery_id.is_some() {
        // The topology records changed: the next command reads etcd again.
        ctx.topology_written();
    }
    let label = req.label();
    let (word, result, detail, successor) = match &r.outcome {
        Outcome::Recovered { successor, message } => {
            ("DONE", "done", message.clone(), successor.clone())
        }
        Outcome::Skipped(Skip::Wait(w)) => ("NOTHING TO DO", "nothing_to_do", w.clone(), None),
        Outcome::Skipped(s @ Skip::Gate { .. }) => ("BLOCKED", "blocked", s.to_string(), None),
        Outcome::Skipped(s) => ("SKIPPED", "skipped", s.to_string(), None),
        Outcome::Failed(e) => ("FAILED", "failed", e.clone(), None),
        Outcome::Unavailable(e) => ("COULD NOT RUN", "unavailable", e.clone(), None),
    };
    let out = if ctx.opts.json {
        serde_json::to_string_pretty(&serde_json::json!({
            "keyspace": ks, "shard": sh, "operation": label, "result": result, "detail": detail,
            "successor": successor, "recovery_id": r.recovery_id, "elapsed_ms": r.elapsed_ms,
        }))
        .unwrap_or_default()
    } else {
        let id = r
            .recovery_id
            .map(|i| format!(" [recovery {i}, {}]", crate::render::fmt::duration(r.elapsed_ms)))
            .unwrap_or_default();
        format!("{word} {label} {ks}/{sh}: {detail}{id}")
    };
    ctx.out.result(&out)?;
    Ok(match &r.outcome {
        Outcome::Recovered { .. } | Outcome::Skipped(Skip::Wait(_)) => ExitCode::Ok,
        Outcome::Failed(_) | Outcome::Skipped(Skip::Gate { .. }) => ExitCode::Problems,
        Outcome::Skipped(_) | Outcome::Unavailable(_) => ExitCode::CouldNotRun,
    })
}
