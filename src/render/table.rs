//! `status` for a terminal: a summary, then per shard a header line, a tablets table and a
//! problems table, then the recent recoveries. Pure: returns a string. Every value from etcd,
//! MySQL or the state file passes through `fmt::printable`, so a planted escape sequence cannot
//! rewrite the operator's terminal.

use super::fmt::{age, duration, printable, truncate, utc};
use super::view::{Gates, ProblemView, ShardView, StatusView, TabletView};
use crate::model::ThreadState;
use comfy_table::{presets, Table};
use std::fmt::Write as _;

fn new_table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_header(header.to_vec());
    t
}

fn yes_no(b: Option<bool>) -> String {
    match b {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => "-".into(),
    }
}

fn thread(t: Option<ThreadState>) -> &'static str {
    match t {
        Some(ThreadState::Running) => "Yes",
        Some(ThreadState::Connecting) => "Connecting",
        Some(ThreadState::Stopped) => "No",
        None => "-",
    }
}

/// The whole status text.
pub fn render(v: &StatusView) -> String {
    let mut s = String::new();
    let c = &v.counts;
    let _ = writeln!(
        s,
        "{}: {} keyspaces, {} shards, {} tablets, {} open problems",
        v.health.word(),
        c.keyspaces,
        c.shards,
        c.tablets,
        c.open_problems
    );
    s.push_str(&data_age_line(v));
    s.push('\n');
    if let Some(e) = &v.gates_error {
        let _ = writeln!(
            s,
            "Gates: etcd could not be read; the switch and blocks shown are this host's copy and may be out of date ({})",
            printable(e)
        );
    }
    if v.recoveries_disabled_globally {
        let since = v.global_switch_changed_ms.map(|m| format!(" since {}", utc(m)));
        let _ = writeln!(
            s,
            "Recoveries: DISABLED globally{} (vtorc-rs recoveries enable)",
            since.unwrap_or_default()
        );
    } else {
        s.push_str("Recoveries: enabled\n");
    }

    for ks in &v.keyspaces {
        for p in &ks.problems {
            let _ = writeln!(
                s,
                "\nkeyspace {}: {} - {}",
                printable(&ks.name),
                p.code,
                printable(&p.description)
            );
        }
        for shard in &ks.shards {
            s.push('\n');
            s.push_str(&shard_text(shard, v.generated_ms));
        }
        if ks.shards.is_empty() {
            let _ = writeln!(s, "\n{}: no shards", printable(&ks.name));
        }
    }
    if !v.other_problems.is_empty() {
        s.push_str("\nProblems in shards no longer in the topology:\n");
        s.push_str(&problems_table(&v.other_problems, true));
        s.push('\n');
    }
    if !v.recoveries.is_empty() {
        s.push_str("\nRecent recoveries:\n");
        s.push_str(&recoveries_table(&v.recoveries));
        s.push('\n');
    }
    s
}

/// `Data: topology read 12 s ago (…); probes 4 s old (oldest 6 s).` plus a stale warning.
pub fn data_age_line(v: &StatusView) -> String {
    let now = v.generated_ms;
    let mut s = format!(
        "Data: topology read {} ago ({})",
        age(v.topology_age_ms),
        utc(v.topology_refreshed_ms)
    );
    match (v.newest_probe_ms, v.oldest_probe_ms) {
        (Some(n), Some(o)) if now - o > now - n + 1000 => {
            let _ =
                write!(s, "; tablets probed {} ago (oldest {} ago)", age(now - n), age(now - o));
        }
        (Some(n), _) => {
            let _ = write!(s, "; tablets probed {} ago", age(now - n));
        }
        _ => s.push_str("; no tablet probed yet"),
    }
    if v.stale {
        let _ = write!(
            s,
            ". STALE (older than {}): run `vtorc-rs check` or `vtorc-rs status --refresh`",
            age(v.stale_after_ms)
        );
    }
    s
}

/// Gates in words, or None when nothing stops a recovery.
pub fn gates_text(g: &Gates, keyspace: &str, shard: &str) -> Option<String> {
    let mut parts = Vec::new();
    if g.global_disabled {
        parts.push("recoveries disabled globally".to_string());
    }
    if g.keyspace_ers_disabled {
        parts.push(format!(
            "failovers disabled for keyspace {keyspace} (vtorc-rs recoveries enable --keyspace {keyspace})"
        ));
    }
    if g.shard_ers_disabled {
        parts.push(format!(
            "failovers disabled for this shard (vtorc-rs recoveries enable --keyspace {keyspace} --shard {shard})"
        ));
    }
    if let Some(b) = &g.block {
        let after = b.recovery_id.map(|id| format!(" after recovery #{id}")).unwrap_or_default();
        parts.push(format!(
            "failovers blocked until {}{after} (vtorc-rs ack {keyspace}/{shard})",
            utc(b.until_ms)
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn shard_text(sh: &ShardView, now: i64) -> String {
    let mut s = String::new();
    let policy = if sh.durability_policy.is_empty() { "NOT SET" } else { &sh.durability_policy };
    let primary = sh.primary.as_deref().unwrap_or("NONE");
    let _ = write!(
        s,
        "== {}/{}  policy {}  primary {}  {}",
        printable(&sh.keyspace),
        printable(&sh.name),
        printable(policy),
        primary,
        sh.health.word()
    );
    if let Some(rec) = &sh.shard_record_primary {
        let _ = write!(s, "  (shard record says primary {})", printable(rec));
    }
    s.push('\n');
    if let Some(g) = gates_text(&sh.gates, &printable(&sh.keyspace), &printable(&sh.name)) {
        let _ = writeln!(s, "   {g}");
    }
    if sh.tablets.is_empty() {
        s.push_str("   no tablets\n");
    } else {
        s.push_str(&tablets_table(&sh.tablets, now));
        s.push('\n');
    }
    if !sh.problems.is_empty() {
        s.push_str(&problems_table(&sh.problems, false));
        s.push('\n');
    }
    s
}

fn tablets_table(tablets: &[TabletView], now: i64) -> String {
    let mut t = new_table(&[
        "TABLET",
        "TYPE",
        "MYSQL",
        "STATE",
        "RO",
        "SOURCE",
        "IO",
        "SQL",
        "LAG",
        "GTID",
        "SEMI-SYNC",
        "PROBED",
    ]);
    for tv in tablets {
        let alias = if tv.is_primary { format!("{} *", tv.alias) } else { tv.alias.clone() };
        let mut state = tv.state.word().to_string();
        if let Some(e) =
            tv.error.as_deref().or(tv.last_io_error.as_deref()).or(tv.last_sql_error.as_deref())
        {
            let _ = write!(state, ": {}", truncate(&printable(e), 50));
        }
        let source = match (&tv.replicating_from_alias, &tv.replicating_from) {
            (Some(a), _) => a.clone(),
            (None, Some(addr)) => printable(addr),
            (None, None) => "-".into(),
        };
        t.add_row([
            printable(&alias),
            printable(&tv.tablet_type),
            printable(&tv.mysql_addr),
            state,
            yes_no(tv.read_only),
            source,
            thread(tv.io_thread).into(),
            thread(tv.sql_thread).into(),
            tv.lag_seconds.map_or_else(|| "-".into(), |l| format!("{l}s")),
            tv.gtid_position.as_deref().map_or_else(|| "-".into(), |g| truncate(&printable(g), 60)),
            tv.semi_sync.as_deref().map_or_else(|| "-".into(), printable),
            tv.checked_at_ms.map_or_else(|| "never".into(), |c| format!("{} ago", age(now - c))),
        ]);
    }
    t.to_string()
}

fn problems_table(problems: &[ProblemView], with_shard: bool) -> String {
    let mut header = vec!["PROBLEM", "TABLET", "SINCE", "WHAT IS WRONG", "RECOVER WOULD"];
    if with_shard {
        header.insert(0, "SHARD");
    }
    let mut t = new_table(&header);
    for p in problems {
        let mut row = vec![
            printable(&p.code),
            printable(&p.alias),
            utc(p.first_seen_ms),
            printable(&p.description),
            printable(&p.action),
        ];
        if with_shard {
            row.insert(0, printable(&format!("{}/{}", p.keyspace, p.shard)));
        }
        t.add_row(row);
    }
    t.to_string()
}

/// The recovery history table (`status` and `recoveries list`).
pub fn recoveries_table(recoveries: &[super::view::RecoveryView]) -> String {
    let mut t = new_table(&[
        "ID",
        "SHARD",
        "TABLET",
        "PROBLEM",
        "STARTED",
        "DURATION",
        "RESULT",
        "SUCCESSOR",
        "ERRORS",
    ]);
    for r in recoveries {
        t.add_row([
            r.id.to_string(),
            printable(&format!("{}/{}", r.keyspace, r.shard)),
            printable(&r.alias),
            printable(&r.code),
            utc(r.started_ms),
            r.duration_ms.map(duration).unwrap_or_default(),
            r.result.word().to_string(),
            r.successor.as_deref().map(printable).unwrap_or_default(),
            r.errors.first().map(|e| truncate(&printable(e), 60)).unwrap_or_default(),
        ]);
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::{Sample, NOW};

    #[test]
    fn shows_every_shard_tablet_problem_and_recovery() {
        let text = render(&Sample::new().view());
        assert!(
            text.starts_with("PROBLEMS: 2 keyspaces, 2 shards, 5 tablets, 3 open problems"),
            "{text}"
        );
        assert!(
            text.contains("== commerce/0  policy semi_sync  primary zone1-0000000101  PROBLEMS"),
            "{text}"
        );
        assert!(text.contains("== evil/0  policy NOT SET  primary NONE  PROBLEMS"), "{text}");
        assert!(text.contains("failovers blocked until"), "{text}");
        assert!(text.contains("failovers disabled for keyspace evil"), "{text}");
        assert!(text.contains("zone1-0000000101 *"), "{text}");
        assert!(text.contains("REPLICATING"), "{text}");
        assert!(text.contains("UNREACHABLE: connect:"), "{text}");
        assert!(text.contains("NOT PROBED"), "{text}");
        assert!(text.contains("0-1-42"), "{text}");
        assert!(text.contains("primary on (1 acking)"), "{text}");
        assert!(text.contains("ReplicationStopped"), "{text}");
        assert!(text.contains("NoDurabilityPolicy"), "{text}");
        assert!(text.contains("no longer in the topology"), "{text}");
        assert!(text.contains("Recent recoveries"), "{text}");
        assert!(text.contains("Data: topology read 12 s ago"), "{text}");
        assert!(text.contains("tablets probed 4 s ago (oldest 6 s ago)"), "{text}");
        assert!(!text.contains("STALE"), "{text}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut s = Sample::new();
        s.instances[3].error = Some("\x1b]0;owned\x07 down".into());
        s.topo.tablets[1].hostname = "x\x1b[2J".into();
        s.topo.tablets[1].mysql_hostname = "db2\x1b[2J".into();
        let text = render(&s.view());
        assert!(!text.contains('\x1b'), "{text:?}");
        assert!(!text.contains('\x07'), "{text:?}");
        assert!(text.contains("\\u{1b}"), "{text}");
    }

    #[test]
    fn stale_and_disabled() {
        let mut s = Sample::new();
        s.gate.disabled = true;
        s.gate.changed_ms = Some(NOW - 1000);
        let v = super::super::view::build(&s.inputs(NOW + 3_600_000));
        let text = render(&v);
        assert!(text.contains("STALE"), "{text}");
        assert!(text.contains("Recoveries: DISABLED globally since"), "{text}");
        assert!(text.contains("recoveries disabled globally"), "{text}");
    }
}
