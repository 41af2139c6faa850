//! `vtorc-rs recover`: everything `check` does, then each actionable problem is repaired under
//! the shard lock, in VTOrc's order; `--dry-run` prints the plan and changes nothing.

use crate::cli::{parse_duration, AnalysisOpts};
use crate::context::Context;
use crate::exit::ExitCode;
use crate::pipeline;
use crate::recovery::{self, Hooks, Outcome, RecoverOpts, Report};
use anyhow::Result;
use std::time::Duration;

/// Check, then repair and fail over: problems with a recovery are fixed under the shard lock.
///
/// Per shard, in VTOrc's order (shard-wide problems first; semi-sync replicas before the
/// primary when enabling, the primary first when disabling): take the shard lock without waiting
/// (skip when someone else holds it, saying who), re-probe the shard and re-run the analysis
/// under the lock, act, record every step in the state file, release. Shards run in parallel.
/// Exit 0 when all went well or nothing was needed, 1 when a recovery failed, 3 when it could
/// not run (including a shard lock held elsewhere).
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
    #[arg(long, env = "VTORC_WAIT_REPLICAS_TIMEOUT", default_value = "30s", value_parser = crate::cli::parse_positive_duration)]
    pub wait_replicas_timeout: Duration,

    /// Only promote a tablet in the failed primary's cell.
    #[arg(long, env = "VTORC_PREVENT_CROSS_CELL_FAILOVER")]
    pub prevent_cross_cell_failover: bool,

    /// After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`).
    #[arg(long, env = "VTORC_RECOVERY_BLOCK_DURATION", default_value = "30m", value_parser = parse_duration)]
    pub recovery_block_duration: Duration,

    /// TTL of the etcd lease behind the shard lock; a crashed holder's lock expires after it.
    #[arg(long, env = "VTORC_TOPO_ETCD_LEASE_TTL", default_value = "30s", value_parser = crate::cli::parse_positive_duration)]
    pub topo_etcd_lease_ttl: Duration,

    /// Command run before a failover; a non-zero exit aborts it before anything changes.
    /// Split into arguments as a shell would (quotes and backslashes honoured), never run by one.
    /// Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost}
    /// {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables).
    #[arg(long, env = "VTORC_PRE_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command)]
    pub pre_failover_hook: Option<String>,

    /// Command run after a successful failover (same placeholders).
    #[arg(long, env = "VTORC_POST_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command)]
    pub post_failover_hook: Option<String>,

    /// Command run after a failed failover (same placeholders).
    #[arg(long, env = "VTORC_POST_UNSUCCESSFUL_FAILOVER_HOOK", value_name = "CMD", value_parser = crate::recovery::hooks::parse_command)]
    pub post_unsuccessful_failover_hook: Option<String>,

    /// Hooks running longer than this are killed.
    #[arg(long, env = "VTORC_HOOK_TIMEOUT", default_value = "30s", value_parser = crate::cli::parse_positive_duration)]
    pub hook_timeout: Duration,
}

impl RecoveryFlags {
    pub fn opts(&self) -> RecoverOpts {
        RecoverOpts {
            analysis: self.analysis.clone(),
            wait_replicas_timeout: self.wait_replicas_timeout,
            prevent_cross_cell: self.prevent_cross_cell_failover,
            block_duration: self.recovery_block_duration,
            lock_ttl: self.topo_etcd_lease_ttl,
            hooks: Hooks {
                pre_failover: self.pre_failover_hook.clone(),
                post_failover: self.post_failover_hook.clone(),
                post_unsuccessful_failover: self.post_unsuccessful_failover_hook.clone(),
                timeout: self.hook_timeout,
            },
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
        let plans = recovery::dry_run(ctx, &opts, &check, &store)?;
        let text = render_plans(&plans, ctx.opts.json, check.problems.len());
        ctx.out.result(&if ctx.opts.json { text } else { ctx.term().wrap_lines(&text) })?;
        return Ok(ExitCode::Ok);
    }
    let reports = pipeline::recover(ctx, &mut store, &opts, &check);
    ctx.out.result(&render(&reports, ctx.opts.json, check.problems.len()))?;
    crate::commands::outputs::write_after_run(ctx, &store, &args.outputs);
    Ok(exit_code(&reports))
}

/// The dry run as text (one block per problem) or, with --json, one object per problem with
/// the same lines, so `jq` gets valid JSON from every `--json`.
fn render_plans(plans: &[(crate::model::Problem, String)], json: bool, detected: usize) -> String {
    if json {
        let v: Vec<_> = plans
            .iter()
            .map(|(p, text)| {
                serde_json::json!({
                    "keyspace": p.keyspace, "shard": p.shard, "alias": p.alias, "code": p.code,
                    "recovery": crate::analysis::recovery_kind(p.code).as_str(),
                    "plan": text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>(),
                })
            })
            .collect();
        return serde_json::to_string_pretty(
            &serde_json::json!({ "dry_run": true, "detected": detected, "plans": v }),
        )
        .unwrap_or_default();
    }
    if plans.is_empty() {
        return format!("nothing to recover ({detected} problems detected, none actionable)\n");
    }
    plans.iter().map(|(_, t)| t.as_str()).collect()
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

/// 1 when anything failed, else 3 when etcd was unreachable or a shard lock held elsewhere kept
/// us out, else 0.
pub fn exit_code(reports: &[Report]) -> ExitCode {
    if reports.iter().any(|r| matches!(r.outcome, Outcome::Failed(_))) {
        ExitCode::Problems
    } else if reports.iter().any(|r| match &r.outcome {
        Outcome::Unavailable(_) => true,
        Outcome::Skipped(w) => w.starts_with("shard lock held"),
        _ => false,
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
                    Outcome::Skipped(w) => ("skipped", w.clone(), None),
                    Outcome::Failed(e) => ("failed", e.clone(), None),
                    Outcome::Unavailable(e) => ("unavailable", e.clone(), None),
                };
                serde_json::json!({
                    "keyspace": r.problem.keyspace, "shard": r.problem.shard, "alias": r.problem.alias,
                    "code": r.problem.code, "recovery": r.kind.as_str(), "result": result, "detail": detail,
                    "successor": successor, "recovery_id": r.recovery_id, "elapsed_ms": r.elapsed_ms,
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
            Outcome::Recovered { message, .. } => ("RECOVERED", message.as_str()),
            Outcome::Skipped(w) => ("SKIPPED", w.as_str()),
            Outcome::Failed(e) => ("FAILED", e.as_str()),
            Outcome::Unavailable(e) => ("COULD NOT RUN", e.as_str()),
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
