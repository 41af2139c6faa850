//! `status` for a terminal or a pipe: a summary, the open problems first (what is wrong and what
//! recover would really do, on lines of their own), then one table of shards, one table of
//! tablets and the recent recoveries, each fitting the width ([`Term`]). One table per kind
//! rather than per shard: a fleet of 1,000 shards is laid out three times, not 2,000 times.
//! Pure: returns a string. Every value from etcd, MySQL or the state file passes through
//! `fmt::printable`, so a planted escape sequence cannot rewrite the operator's terminal.

use super::fmt::{age, duration, printable, truncate, utc};
use super::problems::{self, Line};
use super::term::{Sev, Term};
use super::view::{Gates, Health, StatusView, TabletState};
use crate::model::ThreadState;
use comfy_table::Cell;
use std::fmt::Write as _;

fn yes_no(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

fn thread(t: Option<ThreadState>) -> &'static str {
    match t {
        Some(ThreadState::Running) => "Yes",
        Some(ThreadState::Connecting) => "Conn",
        Some(ThreadState::Stopped) => "No",
        None => "-",
    }
}

/// The colour of a health word.
pub fn health_sev(h: Health) -> Sev {
    match h {
        Health::Critical => Sev::Critical,
        Health::Warning | Health::Stale | Health::Unreachable => Sev::Warning,
        Health::NotProbed | Health::Empty => Sev::Muted,
        Health::Healthy => Sev::Ok,
    }
}

fn state_sev(s: TabletState) -> Sev {
    match s {
        TabletState::Unreachable => Sev::Critical,
        TabletState::NotReplicating => Sev::Warning,
        TabletState::NotProbed => Sev::Muted,
        TabletState::NoSource | TabletState::Replicating => Sev::Plain,
    }
}

/// The whole status text.
pub fn render(v: &StatusView, term: &Term) -> String {
    let mut s = String::new();
    let c = &v.counts;
    let _ = writeln!(
        s,
        "{}: {} keyspaces, {} shards, {} tablets, {} open problems",
        term.paint(v.health.word(), health_sev(v.health)),
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
    let mut s = term.wrap_lines(&s);
    problems_section(&mut s, v, term);
    notes_section(&mut s, v, term);
    if v.shards().next().is_some() {
        s.push_str("\nShards:\n");
        s.push_str(&shards_table(v, term));
        s.push('\n');
    }
    if v.counts.tablets > 0 {
        s.push_str("\nTablets (* primary):\n");
        s.push_str(&tablets_table(v, term));
        s.push('\n');
        tablet_errors(&mut s, v, term);
    }
    if !v.recoveries.is_empty() {
        s.push_str("\nRecent recoveries:\n");
        s.push_str(&recoveries_table(&v.recoveries, term));
        s.push('\n');
    }
    s
}

/// Every open problem, most urgent first, each with what recover would really do there.
fn problems_section(s: &mut String, v: &StatusView, term: &Term) {
    let no_gates = None;
    let mut lines: Vec<Line<'_>> = Vec::new();
    for k in &v.keyspaces {
        lines.extend(k.problems.iter().map(|p| Line::of_detection(p, no_gates)));
        for sh in &k.shards {
            lines.extend(sh.problems.iter().map(|p| Line::of_detection(p, Some(&sh.gates))));
        }
    }
    lines.extend(v.other_problems.iter().map(|p| Line::of_detection(p, no_gates)));
    if lines.is_empty() {
        return;
    }
    lines.sort_by_key(|l| l.priority);
    s.push_str("\nOpen problems:\n");
    s.push_str(&problems::list(&lines, term));
    if !v.other_problems.is_empty() {
        s.push_str("(some name shards no longer in the topology)\n");
    }
}

/// What a table cannot say in a cell: recovery limits with the commands that lift them,
/// keyspaces without shards, shard records that disagree with the tablets.
fn notes_section(s: &mut String, v: &StatusView, term: &Term) {
    let mut notes = Vec::new();
    for k in &v.keyspaces {
        if k.shards.is_empty() {
            notes.push(format!("keyspace {}: no shards", printable(&k.name)));
        }
        for sh in &k.shards {
            let name = printable(&format!("{}/{}", sh.keyspace, sh.name));
            if let Some(g) = gates_text(&sh.gates, &printable(&sh.keyspace), &printable(&sh.name)) {
                notes.push(format!("{name}: {g}"));
            }
            if let Some(rec) = &sh.shard_record_primary {
                notes.push(format!("{name}: the shard record says primary {}", printable(rec)));
            }
        }
    }
    if notes.is_empty() {
        return;
    }
    s.push_str("\nNotes:\n");
    for n in notes {
        let mut t = term.indented(&n, 4);
        t.replace_range(2..4, "- ");
        s.push_str(&t);
    }
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

/// The short words for a shard's recovery limits (details and commands are in the notes).
fn limits(g: &Gates) -> String {
    let mut parts = Vec::new();
    if g.global_disabled {
        parts.push("recoveries off");
    }
    if g.keyspace_ers_disabled || g.shard_ers_disabled {
        parts.push("failovers off");
    }
    if g.block.is_some() {
        parts.push("failovers blocked");
    }
    if parts.is_empty() {
        "-".into()
    } else {
        parts.join(", ")
    }
}

fn shards_table(v: &StatusView, term: &Term) -> String {
    let mut t = term.table(&["SHARD", "HEALTH", "POLICY", "PRIMARY", "TABLETS", "LIMITS"]);
    for sh in v.shards() {
        let policy =
            if sh.durability_policy.is_empty() { "NOT SET" } else { &sh.durability_policy };
        t.add_row([
            Cell::new(printable(&format!("{}/{}", sh.keyspace, sh.name))),
            term.cell(sh.health.word(), health_sev(sh.health)),
            Cell::new(printable(policy)),
            Cell::new(sh.primary.as_deref().map_or_else(|| "NONE".into(), printable)),
            Cell::new(sh.tablets.len()),
            Cell::new(limits(&sh.gates)),
        ]);
    }
    Term::keep_whole(&mut t, &[0, 3]);
    Term::finish(&t)
}

/// One row per tablet of every shard; the shard named on its first row only. The GTID
/// position needs room, so it is shown only from 160 columns (JSON always has it).
fn tablets_table(v: &StatusView, term: &Term) -> String {
    let wide = term.width >= 160;
    // Under 110 columns only what says whether replication works; the rest is in --json.
    let narrow = term.width < 110;
    // Narrow: the shard on a row of its own instead of a column.
    let mut header = vec!["SHARD", "TABLET", "TYPE", "STATE", "SOURCE", "IO/SQL", "LAG"];
    if narrow {
        header.remove(0);
    } else {
        header.extend(["RO", "SEMI-SYNC"]);
    }
    if wide {
        header.extend(["MYSQL", "GTID"]);
    }
    // The Data line says how old the probes are; per tablet only when there is room.
    let probed = term.width >= 140;
    if probed {
        header.push("PROBED");
    }
    let rows = tablet_rows(v, narrow, wide, probed);
    if let Some(text) = term.aligned(&header, &rows) {
        return text;
    }
    let mut t = term.table(&header);
    let whole: &[usize] = if narrow { &[0, 1, 2, 3, 4] } else { &[0, 1, 2, 3, 4, 5] };
    Term::keep_whole(&mut t, whole);
    for row in rows {
        t.add_row(row.into_iter().map(|(text, sev)| term.cell(text, sev)).collect::<Vec<_>>());
    }
    Term::finish(&t)
}

/// The cells of the tablets table (text and severity), a shard's name on its first row (or,
/// narrow, on a row of its own).
fn tablet_rows(v: &StatusView, narrow: bool, wide: bool, probed: bool) -> Vec<Vec<(String, Sev)>> {
    let plain = |s: String| (s, Sev::Plain);
    let now = v.generated_ms;
    let mut rows = Vec::with_capacity(v.counts.tablets + v.counts.shards);
    for sh in v.shards() {
        if narrow && !sh.tablets.is_empty() {
            rows.push(vec![plain(format!(
                "{}:",
                printable(&format!("{}/{}", sh.keyspace, sh.name))
            ))]);
        }
        for (i, tv) in sh.tablets.iter().enumerate() {
            let shard = if i == 0 {
                printable(&format!("{}/{}", sh.keyspace, sh.name))
            } else {
                String::new()
            };
            let alias = if tv.is_primary { format!("{} *", tv.alias) } else { tv.alias.clone() };
            let source = match (&tv.replicating_from_alias, &tv.replicating_from) {
                (Some(a), _) => a.clone(),
                (None, Some(addr)) => printable(addr),
                (None, None) => "-".into(),
            };
            let threads = match (tv.io_thread, tv.sql_thread) {
                (None, None) => "-".to_string(),
                (io, sql) => format!("{}/{}", thread(io), thread(sql)),
            };
            let mut row = vec![
                plain(shard),
                plain(printable(&alias)),
                plain(printable(&tv.tablet_type)),
                (tv.state.word().to_string(), state_sev(tv.state)),
                plain(source),
                plain(threads),
                plain(tv.lag_seconds.map_or_else(|| "-".into(), |l| format!("{l}s"))),
            ];
            if narrow {
                row.remove(0);
            } else {
                row.push(plain(yes_no(tv.read_only).to_string()));
                row.push(plain(tv.semi_sync.as_deref().map_or_else(|| "-".into(), printable)));
            }
            if wide {
                row.push(plain(printable(&tv.mysql_addr)));
                row.push(plain(
                    tv.gtid_position
                        .as_deref()
                        .map_or_else(|| "-".into(), |g| truncate(&printable(g), 60)),
                ));
            }
            if probed {
                row.push(plain(
                    tv.checked_at_ms
                        .map_or_else(|| "never".into(), |c| format!("{} ago", age(now - c))),
                ));
            }
            rows.push(row);
        }
    }
    rows
}

/// Each tablet's probe or replication error on its own wrapped line under the tables.
fn tablet_errors(s: &mut String, v: &StatusView, term: &Term) {
    let mut any = false;
    for tv in v.shards().flat_map(|sh| &sh.tablets) {
        let Some(e) =
            tv.error.as_deref().or(tv.last_io_error.as_deref()).or(tv.last_sql_error.as_deref())
        else {
            continue;
        };
        if !any {
            s.push_str("\nTablet errors:\n");
            any = true;
        }
        let line = format!("{} ({}): {}", tv.alias, printable(&tv.mysql_addr), printable(e));
        let mut t = term.indented(&truncate(&line, 400), 4);
        t.replace_range(2..4, "- ");
        s.push_str(&t);
    }
}

/// The recovery history table (`status` and `recoveries list`); the first error of each on
/// its own line under the table.
pub fn recoveries_table(recoveries: &[super::view::RecoveryView], term: &Term) -> String {
    // Narrow: no failed-tablet column, the duration next to the result.
    let narrow = term.width < 110;
    let header: &[&str] = if narrow {
        &["ID", "SHARD", "PROBLEM", "STARTED", "RESULT", "SUCCESSOR"]
    } else {
        &["ID", "SHARD", "TABLET", "PROBLEM", "STARTED", "DURATION", "RESULT", "SUCCESSOR"]
    };
    let mut t = term.table(header);
    for r in recoveries {
        let sev = match r.result {
            super::view::RecoveryResult::Ok => Sev::Ok,
            super::view::RecoveryResult::Failed | super::view::RecoveryResult::Abandoned => {
                Sev::Critical
            }
            _ => Sev::Plain,
        };
        let took = r.duration_ms.map(duration).unwrap_or_default();
        let mut row = vec![
            Cell::new(r.id),
            Cell::new(printable(&format!("{}/{}", r.keyspace, r.shard))),
            Cell::new(printable(&r.alias)),
            Cell::new(printable(&r.code)),
            Cell::new(utc(r.started_ms)),
            Cell::new(&took),
            term.cell(r.result.word(), sev),
            Cell::new(r.successor.as_deref().map(printable).unwrap_or_default()),
        ];
        if narrow {
            row[6] = term.cell(format!("{} {took}", r.result.word()).trim_end(), sev);
            row.remove(5);
            row.remove(2);
        }
        t.add_row(row);
    }
    let whole: &[usize] = if narrow { &[0, 1, 2, 3, 4] } else { &[0, 2, 3, 4, 6, 7] };
    Term::keep_whole(&mut t, whole);
    let mut s = Term::finish(&t);
    for r in recoveries {
        if let Some(e) = r.errors.first() {
            let mut line =
                term.indented(&format!("#{} error: {}", r.id, truncate(&printable(e), 400)), 4);
            line.replace_range(2..4, "- ");
            s.push('\n');
            s.push_str(line.trim_end());
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::{Sample, NOW};

    /// Compares with `src/render/golden/NAME`; `VTORC_BLESS=1` rewrites it.
    fn golden(name: &str, text: &str) {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render/golden").join(name);
        if std::env::var_os("VTORC_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (VTORC_BLESS=1 writes it)", path.display()));
        assert_eq!(text, want, "{name} differs (VTORC_BLESS=1 rewrites it)\n{text}");
    }

    fn assert_fits(text: &str, width: u16) {
        for line in text.lines() {
            let w = textwrap::core::display_width(line);
            assert!(w <= usize::from(width), "{w} columns > {width}:\n{line}\n\n{text}");
        }
    }

    /// Issue 16: `status` fits 80 and 120 columns (golden), and a pipe gets 100 columns.
    #[test]
    fn status_fits_80_and_120_columns_and_a_pipe() {
        let v = Sample::new().view();
        for (width, name) in [(80, "status-80.txt"), (120, "status-120.txt")] {
            let text = render(&v, &Term::terminal(width));
            golden(name, &text);
            assert_fits(&text, width);
        }
        let text = render(&v, &Term::PIPE);
        assert_fits(&text, 100);
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn colour_only_when_asked() {
        let v = Sample::new().view();
        let plain = render(&v, &Term::terminal(120));
        assert!(!plain.contains('\x1b'));
        let color = render(&v, &Term { color: true, ..Term::terminal(120) });
        assert!(color.contains("\x1b[33mWARNING\x1b[0m"), "{color}");
    }

    #[test]
    fn shows_every_shard_tablet_problem_and_recovery() {
        let text = render(&Sample::new().view(), &Term::terminal(200));
        assert!(
            text.starts_with("WARNING: 2 keyspaces, 2 shards, 5 tablets, 3 open problems"),
            "{text}"
        );
        for want in [
            "commerce/0",
            "semi_sync",
            "NOT SET",
            "NONE",
            "failovers blocked until",
            "failovers disabled for keyspace evil",
            "zone1-0000000101 *",
            "REPLICATING",
            "UNREACHABLE",
            "connect:",
            "NOT PROBED",
            "0-1-42",
            "primary on (1 acking)",
            "ReplicationStopped",
            "NoDurabilityPolicy",
            "no longer in the topology",
            "Recent recoveries",
            "Data: topology read 12 s ago",
            "tablets probed 4 s ago (oldest 6 s ago)",
        ] {
            assert!(text.contains(want), "missing {want:?}:\n{text}");
        }
        assert!(!text.contains("STALE"), "{text}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut s = Sample::new();
        s.instances[3].error = Some("\x1b]0;owned\x07 down".into());
        s.topo.tablets[1].hostname = "x\x1b[2J".into();
        s.topo.tablets[1].mysql_hostname = "db2\x1b[2J".into();
        let text = render(&s.view(), &Term::terminal(200));
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
        let text = render(&v, &Term::PIPE);
        assert!(text.contains("STALE"), "{text}");
        assert!(text.contains("Recoveries: DISABLED globally since"), "{text}");
        assert!(text.contains("recoveries disabled globally"), "{text}");
        assert!(text.contains("BLOCKED, not"), "a disabled switch blocks the fixes: {text}");
    }
}
