//! Renders detected problems: the list `check` and `status` print, `check --json` and the
//! one-line Nagios summary, each saying what `recover` would really do (BLOCKED by a gate, with
//! the command that lifts it, rather than the failover it may not start). Pure: returns strings.

use super::fmt::{printable, utc};
use super::term::{Sev, Term};
use super::view::{blocked_by, would_do, Gates, ProblemView};
use crate::model::{InstanceState, Problem};
use serde::Serialize;
use std::fmt::Write as _;

/// One problem as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    pub keyspace: &'a str,
    pub shard: &'a str,
    pub alias: &'a str,
    pub code: &'a str,
    pub priority: u8,
    pub since_ms: Option<i64>,
    pub description: &'a str,
    /// What recover would do: the action, or BLOCKED and why.
    pub would: String,
    /// A gate stops the recovery.
    pub blocked: Option<String>,
}

impl<'a> Line<'a> {
    /// An open detection (status), with the gates of its shard when known.
    pub fn of_detection(p: &'a ProblemView, g: Option<&Gates>) -> Line<'a> {
        let blocked = g.and_then(|g| blocked_by(g, &p.code, &p.keyspace, &p.shard));
        let blocked = blocked.filter(|_| p.actionable);
        Line {
            keyspace: &p.keyspace,
            shard: &p.shard,
            alias: &p.alias,
            code: &p.code,
            priority: p.priority,
            since_ms: Some(p.first_seen_ms),
            description: &p.description,
            would: would_do(&p.action, p.actionable, blocked.as_deref()),
            blocked,
        }
    }
    fn severity(&self) -> (&'static str, Sev) {
        if self.priority <= 1 {
            ("CRITICAL", Sev::Critical)
        } else {
            ("WARNING", Sev::Warning)
        }
    }
    fn place(&self) -> String {
        if self.shard.is_empty() {
            printable(self.keyspace)
        } else {
            printable(&format!("{}/{}", self.keyspace, self.shard))
        }
    }
}

/// The problems, most urgent as given: a head line per problem (severity, shard, tablet, code,
/// since), aligned, then what is wrong and what recover would do on indented lines of their own,
/// wrapped to the width. Readable at any width, in a terminal, a pipe or a cron mail.
pub fn list(lines: &[Line<'_>], term: &Term) -> String {
    let heads: Vec<[String; 3]> =
        lines.iter().map(|l| [l.place(), printable(l.alias), printable(l.code)]).collect();
    let mut w = [0usize; 3];
    for h in &heads {
        for (i, c) in h.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let mut s = String::new();
    for (l, h) in lines.iter().zip(&heads) {
        let (word, sev) = l.severity();
        let since = l.since_ms.map(|m| format!("  since {}", utc(m))).unwrap_or_default();
        let head = format!(
            "{:<8}  {:<w0$}  {:<w1$}  {}{since}",
            word,
            h[0],
            h[1],
            h[2],
            w0 = w[0],
            w1 = w[1]
        );
        let head = term.wrap_lines(head.trim_end());
        // Colour the word only: the rest stays plain for copying.
        let _ = writeln!(s, "{}{}", term.paint(word, sev), &head[word.len()..]);
        s.push_str(&term.indented(&printable(l.description), 4));
        let would = printable(&format!("recover would: {}", l.would));
        let sev = if l.blocked.is_some() { Sev::Warning } else { Sev::Plain };
        let _ = writeln!(s, "{}", term.paint(term.indented(&would, 4).trim_end(), sev));
    }
    s
}

/// What stops recoveries across the fleet, for a Nagios line: the global switch, else how many
/// shards have failovers blocked or disabled (with the first one's lift command).
pub fn gates_summary(shards: &[(String, String, Gates)]) -> Option<String> {
    if shards.iter().any(|(_, _, g)| g.global_disabled) {
        return Some("recoveries disabled globally (lift: vtorc-rs recoveries enable)".into());
    }
    let mut stopped = shards.iter().filter_map(|(ks, sh, g)| {
        let why = blocked_by(g, "DeadPrimary", ks, sh)?;
        Some(why)
    });
    let first = stopped.next()?;
    let n = 1 + stopped.count();
    let noun = if n == 1 { "shard" } else { "shards" };
    Some(format!("failovers stopped in {n} {noun}: {first}"))
}

/// Why a gate stops the recovery of each problem (None: nothing does, or it has no recovery),
/// in the order of `problems`; `gates` gives a shard's gates.
pub fn blocked(problems: &[Problem], gates: impl Fn(&str, &str) -> Gates) -> Vec<Option<String>> {
    problems
        .iter()
        .map(|p| {
            let g = gates(&p.keyspace, &p.shard);
            blocked_by(&g, p.code.as_str(), &p.keyspace, &p.shard).filter(|_| p.actionable)
        })
        .collect()
}

fn lines<'a>(problems: &'a [Problem], blocked: &[Option<String>]) -> Vec<Line<'a>> {
    problems
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let b = blocked.get(i).cloned().flatten();
            Line {
                keyspace: &p.keyspace,
                shard: &p.shard,
                alias: &p.alias,
                code: p.code.as_str(),
                priority: p.priority,
                since_ms: None,
                description: &p.description,
                would: would_do(&p.action, p.actionable, b.as_deref()),
                blocked: b,
            }
        })
        .collect()
}

/// The `check` list: one entry per problem, blocked ones saying so.
pub fn table(problems: &[Problem], blocked: &[Option<String>], term: &Term) -> String {
    list(&lines(problems, blocked), term)
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    #[serde(flatten)]
    problem: &'a Problem,
    /// What recover would really do: `action`, or BLOCKED and why.
    recover_would: String,
    /// Why a gate stops the recovery, with the command that lifts it; null when none does.
    blocked: Option<String>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    healthy: bool,
    tablets: usize,
    reachable: usize,
    shards: usize,
    problems: Vec<ProblemJson<'a>>,
}

/// `check --json`.
pub fn json(
    problems: &[Problem],
    blocked: &[Option<String>],
    instances: &[InstanceState],
    shards: usize,
) -> String {
    let v = CheckJson {
        healthy: problems.is_empty(),
        tablets: instances.len(),
        reachable: instances.iter().filter(|i| i.reachable).count(),
        shards,
        problems: problems
            .iter()
            .zip(lines(problems, blocked))
            .map(|(p, l)| ProblemJson { problem: p, recover_would: l.would, blocked: l.blocked })
            .collect(),
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

/// One line for a monitoring system: `VTORC CRITICAL - 1 problem: DeadPrimary on ks/0 ...`,
/// a blocked recovery named as such (with what lifts it), and the same perfdata on every line
/// so a graph has no holes when all is well.
/// `gates` names what stops recoveries even where nothing is wrong yet (the global switch,
/// failover blocks), so an OK line says the next failover would not happen.
pub fn nagios(
    problems: &[Problem],
    blocked: &[Option<String>],
    gates: Option<&str>,
    tablets: usize,
    shards: usize,
) -> String {
    let word = match severity(problems) {
        Severity::Ok => "OK",
        Severity::Warning => "WARNING",
        Severity::Critical => "CRITICAL",
        Severity::Unknown => "UNKNOWN",
    };
    let n_blocked = blocked.iter().flatten().count();
    let perf = format!(
        "| problems={} blocked={n_blocked} tablets={tablets} shards={shards}",
        problems.len()
    );
    let gates = gates.map(|g| format!("; {g}")).unwrap_or_default();
    if problems.is_empty() {
        return format!(
            "VTORC {word} - {shards} shards, {tablets} tablets, no problems{gates} {perf}"
        );
    }
    let list: Vec<String> = problems
        .iter()
        .zip(blocked.iter().chain(std::iter::repeat(&None)))
        .take(5)
        .map(|(p, b)| {
            let at = if p.alias.is_empty() { p.keyspace.clone() } else { p.alias.clone() };
            let b = if b.is_some() { " BLOCKED" } else { "" };
            format!("{} on {}/{} ({at}){b}", p.code, p.keyspace, p.shard)
        })
        .collect();
    let more = if problems.len() > 5 {
        format!(", and {} more", problems.len() - 5)
    } else {
        String::new()
    };
    // The first reason is enough for a pager; `check` lists them all.
    let why = blocked
        .iter()
        .flatten()
        .next()
        .map(|w| format!("; recovery blocked: {w}"))
        .unwrap_or_default();
    let noun = if problems.len() == 1 { "problem" } else { "problems" };
    let gates = if why.is_empty() { gates } else { String::new() };
    format!(
        "VTORC {word} - {} {noun}: {}{more}{why}{gates} {perf}",
        problems.len(),
        list.join(", ")
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
        let ok = nagios(&[], &[], None, 3, 1);
        assert_eq!(
            ok,
            "VTORC OK - 1 shards, 3 tablets, no problems | problems=0 blocked=0 tablets=3 shards=1"
        );
        let w = nagios(&[p(ProblemCode::ReplicationStopped, 3)], &[], None, 3, 1);
        assert!(w.starts_with("VTORC WARNING - 1 problem: ReplicationStopped on ks/0"), "{w}");
        let c = nagios(
            &[p(ProblemCode::ReplicationStopped, 3), p(ProblemCode::DeadPrimary, 0)],
            &[],
            None,
            3,
            1,
        );
        assert!(c.starts_with("VTORC CRITICAL - 2 problems"), "{c}");
        assert_eq!(severity(&[p(ProblemCode::DeadPrimary, 0)]), Severity::Critical);
        let u = nagios(
            &[p(ProblemCode::ProbeAccessDenied, 2), p(ProblemCode::DeadPrimary, 0)],
            &[],
            None,
            3,
            1,
        );
        assert!(u.starts_with("VTORC UNKNOWN"), "a tablet vtorc-rs may not read: {u}");
    }

    #[test]
    fn table_has_every_problem() {
        let t = table(&[p(ProblemCode::DeadPrimary, 0)], &[], &Term::PIPE);
        assert!(
            t.contains("DeadPrimary") && t.contains("ks/0") && t.contains("emergency failover")
        );
    }

    /// Issue 11 item 6: a failover a gate stops is shown as blocked, with what lifts it, in the
    /// list, the JSON and the Nagios line; never as the failover recover will not start.
    #[test]
    fn blocked_failovers_say_blocked_and_how_to_lift() {
        use crate::topo::FailoverBlock;
        let problems = [p(ProblemCode::DeadPrimary, 0), p(ProblemCode::ReplicationStopped, 3)];
        let gates = |_: &str, _: &str| Gates {
            global_disabled: false,
            keyspace_ers_disabled: false,
            shard_ers_disabled: false,
            block: Some(FailoverBlock {
                keyspace: "ks".into(),
                shard: "0".into(),
                until_ms: 1_700_000_000_000,
                recovery_id: Some(4),
                host: "h".into(),
                created_ms: 0,
                acked_by: None,
                acked_ms: None,
            }),
        };
        let b = blocked(&problems, gates);
        assert_eq!(b[1], None, "a replica fix is not stopped by the failover block");
        let why = b[0].as_deref().expect("the failover is blocked");
        assert!(why.contains("vtorc-rs ack ks/0") && why.contains("after recovery #4"), "{why}");
        let t = table(&problems, &b, &Term::PIPE);
        assert!(t.contains("recover would: BLOCKED, not emergency failover"), "{t}");
        let j: serde_json::Value = serde_json::from_str(&json(&problems, &b, &[], 1)).unwrap();
        assert_eq!(j["problems"][0]["blocked"].as_str(), Some(why));
        assert!(j["problems"][1]["blocked"].is_null());
        assert_eq!(j["problems"][0]["code"], "DeadPrimary", "the problem's own fields stay");
        let n = nagios(&problems, &b, None, 3, 1);
        assert!(n.contains("DeadPrimary on ks/0 (zone1-0000000101) BLOCKED"), "{n}");
        assert!(n.contains("recovery blocked: anti-flapping block until"), "{n}");
        assert!(n.ends_with("| problems=2 blocked=1 tablets=3 shards=1"), "{n}");
        let summary = gates_summary(&[("ks".into(), "0".into(), gates("", ""))]).unwrap();
        assert!(
            summary.starts_with("failovers stopped in 1 shard: anti-flapping block"),
            "{summary}"
        );
        let open = Gates { block: None, ..gates("", "") };
        assert_eq!(gates_summary(&[("ks".into(), "0".into(), open)]), None);
        let off = |_: &str, _: &str| Gates { global_disabled: true, ..gates("", "") };
        let b = blocked(&problems, off);
        assert!(b.iter().all(|w| w.as_deref().is_some_and(|w| w.contains("recoveries enable"))));
    }
}
