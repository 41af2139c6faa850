//! `vtorc-rs recover`: everything `check` does, then each actionable problem is repaired under
//! the shard lock, in VTOrc's order; `--dry-run` prints the plan and changes nothing.

use crate::cli::{parse_duration, AnalysisOpts};
use crate::context::Context;
use crate::exit::ExitCode;
use crate::pipeline;
use crate::recovery::{self, Hooks, Outcome, PlanOpts, RecoverOpts, Report, Skip};
use anyhow::Result;
use std::time::Duration;

/// Check, then repair and fail over: problems with a recovery are fixed under the shard lock.
///
/// Per shard, in VTOrc's order (shard-wide problems first; semi-sync replicas before the
/// primary when enabling, the primary first when disabling): take the shard lock without waiting
/// (skip when someone else holds it, saying who), re-probe the shard, re-run the analysis and
/// plan again under the lock, run the plan's steps (the ones --dry-run prints), record every
/// step in the state file, release. Shards run in parallel. Exit 0 when all went well or nothing
/// was needed, 1 when a recovery failed or a detected failover was blocked by a gate, 3 when it
/// could not run (a shard lock held elsewhere, etcd unreachable, a shard it may not fully read).
#[derive(Debug, clap::Args)]
pub struct RecoverArgs {
    #[command(flatten)]
    pub flags: RecoveryFlags,

    /// Print the plan (candidate ranking, exact SQL with passwords masked, topology writes,
    /// hooks) and change nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// The same status page and metrics file as watch's, written after the run.
    #[command(flatten)]
    pub outputs: crate::commands::outputs::OutputFiles,
}

/// How recoveries run; shared by `recover` and `watch`.
#[derive(Debug, Clone, clap::Args)]
pub struct RecoveryFlags {
    #[command(flatten)]
    pub analysis: AnalysisOpts,

    /// How long a failover waits for replicas to apply their relay logs (and to catch up).
    #[arg(long, env = "VTORC_WAIT_REPLICAS_TIMEOUT", default_value = "30s", value_parser = crate::cli::parse_positive_duration, help_heading = "Recovery", value_name = "DURATION")]
    pub wait_replicas_timeout: Duration,

    /// Only promote a tablet in the failed primary's cell.
    #[arg(long, env = "VTORC_PREVENT_CROSS_CELL_FAILOVER", help_heading = "Recovery")]
    pub prevent_cross_cell_failover: bool,

    /// After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`).
    #[arg(long, env = "VTORC_RECOVERY_BLOCK_DURATION", default_value = "30m", value_parser = parse_duration, help_heading = "Recovery", value_name = "DURATION")]
    pub recovery_block_duration: Duration,

    /// TTL of the etcd lease behind the shard lock; a crashed holder's lock expires after it.
    #[arg(long, env = "VTORC_TOPO_ETCD_LEASE_TTL", default_value = "30s", value_parser = crate::cli::parse_positive_duration, help_heading = "Recovery", value_name = "DURATION")]
    pub topo_etcd_lease_ttl: Duration,

    /// Command run before a failover; a non-zero exit aborts it before anything changes.
    /// Split into arguments as a shell would (quotes and backslashes honoured), never run by one.
    /// Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost}
    /// {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables).
    #[arg(long, env = "VTORC_PRE_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command, help_heading = "Recovery")]
    pub pre_failover_hook: Option<String>,

    /// Command run after a successful failover (same placeholders).
    #[arg(long, env = "VTORC_POST_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command, help_heading = "Recovery")]
    pub post_failover_hook: Option<String>,

    /// Command run after a failed failover (same placeholders).
    #[arg(long, env = "VTORC_POST_UNSUCCESSFUL_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command, help_heading = "Recovery")]
    pub post_unsuccessful_failover_hook: Option<String>,

    /// Hooks running longer than this are killed.
    #[arg(long, env = "VTORC_HOOK_TIMEOUT", default_value = "30s", value_parser = crate::cli::parse_positive_duration, help_heading = "Recovery", value_name = "DURATION")]
    pub hook_timeout: Duration,
}

impl RecoveryFlags {
    pub fn opts(&self) -> RecoverOpts {
        RecoverOpts {
            analysis: pipeline::analysis_config(&self.analysis),
            plan: PlanOpts {
                wait_replicas_timeout: self.wait_replicas_timeout,
                prevent_cross_cell: self.prevent_cross_cell_failover,
                block_duration: self.recovery_block_duration,
                hooks: Hooks {
                    pre_failover: self.pre_failover_hook.clone(),
                    post_failover: self.post_failover_hook.clone(),
                    post_unsuccessful_failover: self.post_unsuccessful_failover_hook.clone(),
                    timeout: self.hook_timeout,
                },
            },
            lock_ttl: self.topo_etcd_lease_ttl,
        }
    }
}

pub fn run(args: &RecoverArgs, ctx: &Context) -> Result<ExitCode> {
    let opts = args.flags.opts();
    let mut store = ctx.store()?;
    let check = pipeline::check(ctx, &mut store, &args.flags.analysis, false)?;
    // Refused credentials look like dead servers to the analysis; say so, and when no probe got
    // in at all nothing could be recovered: a cron job must not read that as success.
    let denied = access_denied(&check);
    for d in &denied {
        ctx.out.warn(d);
    }
    if !denied.is_empty() && denied.len() == check.instances.len() {
        ctx.out.result(&format!(
            "could not recover: MySQL refused vtorc-rs's login on every tablet ({} tablets; check --mysql-user, its password and --mysql-ssl-mode)",
            denied.len()
        ))?;
        return Ok(ExitCode::CouldNotRun);
    }
    if args.dry_run {
        let from = recovery::FromCheck {
            topology: &check.topology.topology,
            instances: &check.instances,
            problems: &check.problems,
            store: &store,
        };
        let a = &args.flags.analysis;
        let plans =
            pipeline::with_deps(ctx, a.probe_workers, args.flags.hook_timeout, None, |deps| {
                recovery::dry_run(deps, &opts, from)
            })?;
        let text = render_plans(&plans, ctx.opts.json, check.problems.len());
        ctx.out.result(&if ctx.opts.json { text } else { ctx.term().wrap_lines(&text) })?;
        return Ok(ExitCode::Ok);
    }
    let reports = pipeline::recover(ctx, &mut store, &args.flags.analysis, &opts, &check, None);
    let blind = unanalysed(&check.problems);
    let mut text = render(&reports, ctx.opts.json, check.problems.len());
    if !ctx.opts.json {
        for p in &blind {
            text.push_str(&format!(
                "\nCOULD NOT ANALYSE {}/{}: {} {}: {} (no recovery runs in this shard until vtorc-rs can read every tablet)",
                p.keyspace, p.shard, p.alias, p.code, p.description
            ));
        }
    }
    ctx.out.result(&text)?;
    crate::commands::outputs::write_after_run(ctx, &store, &args.outputs);
    let code = exit_code(&reports);
    // A shard that could not be analysed may hide a dead primary: never report success.
    Ok(if code == ExitCode::Ok && !blind.is_empty() { ExitCode::CouldNotRun } else { code })
}

/// Problems that keep a shard from being analysed at all: vtorc-rs may not read a tablet, so
/// whatever else is wrong there (a dead primary) is unknown.
fn unanalysed(problems: &[crate::model::Problem]) -> Vec<&crate::model::Problem> {
    problems.iter().filter(|p| p.code == crate::model::ProblemCode::ProbeAccessDenied).collect()
}

/// The dry run as text (one block per problem) or, with --json, one object per problem: its
/// verdict, steps and candidates, and the same lines as the text.
fn render_plans(plans: &[crate::render::plan::DryRun], json: bool, detected: usize) -> String {
    if json {
        let v: Vec<_> = plans.iter().map(crate::render::plan::json).collect();
        return serde_json::to_string_pretty(
            &serde_json::json!({ "dry_run": true, "detected": detected, "plans": v }),
        )
        .unwrap_or_default();
    }
    if plans.is_empty() {
        return format!("nothing to recover ({detected} problems detected, none actionable)\n");
    }
    plans.iter().map(crate::render::plan::text).collect()
}

/// The probes MySQL refused for credentials or for plaintext (`require_secure_transport`), one
/// line each naming the tablet and address.
fn access_denied(check: &pipeline::CheckResult) -> Vec<String> {
    check
        .instances
        .iter()
        .filter(|i| !i.reachable)
        .filter_map(|i| {
            let e = i.error.as_deref()?;
            let e_lower = e.to_lowercase();
            (e_lower.contains("access denied") || e_lower.contains("secure transport"))
                .then(|| format!("{} ({}:{}): {e}", i.alias, i.host, i.port))
        })
        .collect()
}

/// 1 when anything failed or a detected failover was kept from running by a gate (recoveries
/// disabled, emergency reparent disabled, the anti-flapping block); else 3 when etcd was
/// unreachable or a shard lock held elsewhere kept us out; else 0.
pub fn exit_code(reports: &[Report]) -> ExitCode {
    if reports.iter().any(|r| matches!(r.outcome, Outcome::Failed(_)) || r.failover_blocked()) {
        ExitCode::Problems
    } else if reports.iter().any(|r| {
        matches!(r.outcome, Outcome::Unavailable(_) | Outcome::Skipped(Skip::LockHeld { .. }))
    }) {
        ExitCode::CouldNotRun
    } else {
        ExitCode::Ok
    }
}

pub fn render(reports: &[Report], json: bool, detected: usize) -> String {
    if json {
        let v: Vec<_> = reports
            .iter()
            .map(|r| {
                let (result, detail, successor) = match &r.outcome {
                    Outcome::Recovered { successor, message } => ("recovered", message.clone(), successor.clone()),
                    Outcome::Skipped(w) if r.failover_blocked() => ("blocked", w.to_string(), None),
                    Outcome::Skipped(w) => ("skipped", w.to_string(), None),
                    Outcome::Failed(e) => ("failed", e.clone(), None),
                    Outcome::Unavailable(e) => ("unavailable", e.clone(), None),
                };
                serde_json::json!({
                    "keyspace": r.problem.keyspace, "shard": r.problem.shard, "alias": r.problem.alias,
                    "code": r.problem.code, "recovery": r.kind.as_str(), "result": result, "detail": detail,
                    "successor": successor, "skip": match &r.outcome { Outcome::Skipped(w) => Some(w.kind()), _ => None }, "recovery_id": r.recovery_id, "elapsed_ms": r.elapsed_ms,
                })
            })
            .collect();
        return serde_json::to_string_pretty(
            &serde_json::json!({ "detected": detected, "recoveries": v }),
        )
        .unwrap_or_default();
    }
    if reports.is_empty() {
        return format!("nothing to recover ({detected} problems detected, none actionable)");
    }
    let mut s = String::new();
    for r in reports {
        let (word, detail) = match &r.outcome {
            Outcome::Recovered { message, .. } => ("RECOVERED", message.clone()),
            Outcome::Skipped(w) if r.failover_blocked() => ("BLOCKED", w.to_string()),
            Outcome::Skipped(w) => ("SKIPPED", w.to_string()),
            Outcome::Failed(e) => ("FAILED", e.clone()),
            Outcome::Unavailable(e) => ("COULD NOT RUN", e.clone()),
        };
        let id = r
            .recovery_id
            .map(|i| format!(" [recovery {i}, {}]", crate::render::fmt::duration(r.elapsed_ms)))
            .unwrap_or_default();
        s.push_str(&format!(
            "{word} {}/{} {} {}: {detail}{id}\n",
            r.problem.keyspace, r.problem.shard, r.problem.alias, r.problem.code
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Problem, ProblemCode};

    #[test]
    fn durations_print_as_recoveries_list_prints_them() {
        let r = Report {
            problem: Problem {
                keyspace: "ks".into(),
                shard: "-80".into(),
                alias: "zone1-0000000101".into(),
                code: ProblemCode::DeadPrimary,
                priority: 0,
                description: String::new(),
                action: String::new(),
                actionable: true,
            },
            kind: crate::analysis::recovery_kind(ProblemCode::DeadPrimary),
            outcome: Outcome::Recovered { successor: None, message: "promoted x".into() },
            recovery_id: Some(7),
            elapsed_ms: 1500,
        };
        let text = render(&[r], false, 1);
        assert!(text.contains("[recovery 7, 1.5s]"), "{text}");
        assert_eq!(crate::render::fmt::duration(1500), "1.5s", "the same formatter");
    }
}
