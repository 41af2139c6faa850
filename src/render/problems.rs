//! Renders detected problems: the `check` table, its JSON and the one-line Nagios summary.
//! Pure: returns strings.

use crate::model::{InstanceState, Problem};
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

/// The `check` table: one row per problem.
pub fn table(problems: &[Problem]) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header(["SHARD", "TABLET", "PROBLEM", "WHAT IS WRONG", "RECOVER WOULD"]);
    for p in problems {
        let shard = if p.shard.is_empty() {
            p.keyspace.clone()
        } else {
            format!("{}/{}", p.keyspace, p.shard)
        };
        t.add_row([
            shard,
            p.alias.clone(),
            p.code.to_string(),
            p.description.clone(),
            p.action.clone(),
        ]);
    }
    t.to_string()
}

#[derive(Serialize)]
struct CheckJson<'a> {
    healthy: bool,
    tablets: usize,
    reachable: usize,
    shards: usize,
    problems: &'a [Problem],
}

/// `check --json`.
pub fn json(problems: &[Problem], instances: &[InstanceState], shards: usize) -> String {
    let v = CheckJson {
        healthy: problems.is_empty(),
        tablets: instances.len(),
        reachable: instances.iter().filter(|i| i.reachable).count(),
        shards,
        problems,
    };
    serde_json::to_string_pretty(&v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Nagios severity of a set of problems: dead or missing primaries are CRITICAL (priority 0/1),
/// everything else WARNING.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Ok,
    Warning,
    Critical,
    /// vtorc-rs may not read some tablet (credentials, grants): its shard's state is unknown.
    Unknown,
}

pub fn severity(problems: &[Problem]) -> Severity {
    if problems.iter().any(|p| p.code == crate::model::ProblemCode::ProbeAccessDenied) {
        Severity::Unknown
    } else if problems.iter().any(|p| p.priority <= 1) {
        Severity::Critical
    } else if problems.is_empty() {
        Severity::Ok
    } else {
        Severity::Warning
    }
}

/// One line for a monitoring system: `VTORC CRITICAL - 1 problem: DeadPrimary on ks/0 ...`.
pub fn nagios(problems: &[Problem], tablets: usize, shards: usize) -> String {
    let word = match severity(problems) {
        Severity::Ok => "OK",
        Severity::Warning => "WARNING",
        Severity::Critical => "CRITICAL",
        Severity::Unknown => "UNKNOWN",
    };
    if problems.is_empty() {
        return format!("VTORC {word} - {shards} shards, {tablets} tablets, no problems");
    }
    let list: Vec<String> = problems
        .iter()
        .take(5)
        .map(|p| {
            let at = if p.alias.is_empty() { p.keyspace.clone() } else { p.alias.clone() };
            format!("{} on {}/{} ({at})", p.code, p.keyspace, p.shard)
        })
        .collect();
    let more = if problems.len() > 5 {
        format!(", and {} more", problems.len() - 5)
    } else {
        String::new()
    };
    let noun = if problems.len() == 1 { "problem" } else { "problems" };
    format!(
        "VTORC {word} - {} {noun}: {}{more} | problems={} tablets={tablets}",
        problems.len(),
        list.join(", "),
        problems.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProblemCode;

    fn p(code: ProblemCode, priority: u8) -> Problem {
        Problem {
            keyspace: "ks".into(),
            shard: "0".into(),
            alias: "zone1-0000000101".into(),
            code,
            priority,
            description: "primary unreachable".into(),
            action: "emergency failover".into(),
            actionable: true,
        }
    }

    #[test]
    fn nagios_levels() {
        assert!(nagios(&[], 3, 1).starts_with("VTORC OK"));
        let w = nagios(&[p(ProblemCode::ReplicationStopped, 3)], 3, 1);
        assert!(w.starts_with("VTORC WARNING - 1 problem: ReplicationStopped on ks/0"), "{w}");
        let c =
            nagios(&[p(ProblemCode::ReplicationStopped, 3), p(ProblemCode::DeadPrimary, 0)], 3, 1);
        assert!(c.starts_with("VTORC CRITICAL - 2 problems"), "{c}");
        assert_eq!(severity(&[p(ProblemCode::DeadPrimary, 0)]), Severity::Critical);
        let u =
            nagios(&[p(ProblemCode::ProbeAccessDenied, 2), p(ProblemCode::DeadPrimary, 0)], 3, 1);
        assert!(u.starts_with("VTORC UNKNOWN"), "a tablet vtorc-rs may not read: {u}");
    }

    #[test]
    fn table_has_every_problem() {
        let t = table(&[p(ProblemCode::DeadPrimary, 0)]);
        assert!(
            t.contains("DeadPrimary") && t.contains("ks/0") && t.contains("emergency failover")
        );
    }
}
