//! Prometheus text exposition (format 0.0.4) for node_exporter's textfile collector: `watch
//! --metrics-file` rewrites it (atomically) after every cycle. Pure: returns a string.
//!
//! A textfile is read later than it is written, so the file holds timestamps, never ages
//! ("seconds since ..." would be wrong by the time it is scraped). Gauges for states emit every
//! known state, zeros included, so a series does not vanish when its count drops to zero.

use super::view::{GatesSource, Health, RecoveryResult, StatusView, TabletState};
use crate::analysis::{recovery_kind, RecoveryKind};
use crate::model::ProblemCode;
use crate::store::{DetectionRow, PurgedCount, RecoveryRecord, SkippedCount};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The last check/recover cycle of a `watch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CycleInfo {
    pub started_ms: i64,
    pub duration_ms: i64,
    /// False when the cycle failed (etcd down, state file locked...).
    pub ok: bool,
    /// False while the state file cannot be used and state is kept in memory.
    pub state_file_ok: bool,
    /// Instant detection (an idle connection to every primary) is on.
    pub instant_detection: bool,
}

/// How many recoveries of one problem code in one shard ended one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryCount {
    pub keyspace: String,
    pub shard: String,
    pub code: String,
    pub result: RecoveryResult,
    pub count: u64,
}

fn result_of(s: &str) -> RecoveryResult {
    match s {
        "ok" => RecoveryResult::Ok,
        "dry_run" => RecoveryResult::DryRun,
        _ => RecoveryResult::Failed,
    }
}

/// Counts recoveries by shard, code and result: the history the state file keeps (pass
/// `Store::list_recoveries(usize::MAX)`) plus what the purge has forgotten
/// (`Store::purged_recovery_counts`), so a counter never goes down for the life of the file.
pub fn count_recoveries(
    recs: &[RecoveryRecord],
    purged: &[PurgedCount],
    now_ms: i64,
) -> Vec<RecoveryCount> {
    let mut m: BTreeMap<(&str, &str, &str, RecoveryResult), u64> = BTreeMap::new();
    for r in recs {
        let key =
            (r.keyspace.as_str(), r.shard.as_str(), r.code.as_str(), RecoveryResult::of(r, now_ms));
        *m.entry(key).or_insert(0) += 1;
    }
    for p in purged {
        let key = (p.keyspace.as_str(), p.shard.as_str(), p.code.as_str(), result_of(&p.result));
        *m.entry(key).or_insert(0) += p.count;
    }
    m.into_iter()
        .map(|((keyspace, shard, code, result), count)| RecoveryCount {
            keyspace: keyspace.to_string(),
            shard: shard.to_string(),
            code: code.to_string(),
            result,
            count,
        })
        .collect()
}

/// VTOrc's name for the recovery it runs for `code` (its `RecoveryType` label).
pub fn vtorc_recovery_name(code: &str) -> &'static str {
    let Ok(c) = code.parse::<ProblemCode>() else { return "Unknown" };
    match recovery_kind(c) {
        RecoveryKind::EmergencyReparent { wait_all_tablets: false } => "RecoverDeadPrimary",
        RecoveryKind::EmergencyReparent { wait_all_tablets: true } => "PrimaryTabletDeleted",
        RecoveryKind::ElectNewPrimary => "ElectNewPrimary",
        RecoveryKind::FixPrimary => "FixPrimary",
        RecoveryKind::FixReplica => "FixReplica",
        RecoveryKind::ResetPrimaryReplication => "RecoverPrimaryHasPrimary",
        RecoveryKind::RestartDirectReplicas { all: false } => "RestartArbitraryDirectReplica",
        RecoveryKind::RestartDirectReplicas { all: true } => "RestartAllDirectReplicas",
        RecoveryKind::ReconcileStaleTopoPrimary => "RecoverStaleTopoPrimary",
        RecoveryKind::DrainErrant => "RecoverErrantGTIDDetected",
        RecoveryKind::SyncShardRecord => "SyncShardRecord",
        RecoveryKind::None => "None",
    }
}

/// Seconds from detection to the end of the newest successful failover (emergency reparent),
/// or None when there was none. Detection is the `detected` step the recovering process wrote
/// when it took the problem on: a detection row's first sighting may come from an earlier
/// manual `check` (or another host) and would make a failover look hours long. Without that
/// step, the detection row (`Store::recent_detections`), else the start.
pub fn last_failover_seconds(recs: &[RecoveryRecord], detections: &[DetectionRow]) -> Option<f64> {
    let r = recs
        .iter()
        .filter(|r| !r.dry_run && r.success == Some(true) && r.ended_ms.is_some())
        .filter(|r| {
            r.code
                .parse::<ProblemCode>()
                .is_ok_and(|c| matches!(recovery_kind(c), RecoveryKind::EmergencyReparent { .. }))
        })
        .max_by_key(|r| (r.ended_ms, r.id))?;
    let detected = r
        .steps
        .iter()
        .find(|s| s.step == "detected")
        .map(|s| s.at_ms)
        .or_else(|| {
            r.detection_id
                .and_then(|id| detections.iter().find(|d| d.id == id))
                .map(|d| d.first_seen_ms)
        })
        .unwrap_or(r.started_ms);
    let end = r.ended_ms?;
    Some((end - detected).max(0) as f64 / 1000.0)
}

/// Escapes a label value: backslash, double quote and newline, as the exposition format says.
pub fn escape_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

fn seconds(ms: i64) -> String {
    format!("{:.3}", ms as f64 / 1000.0)
}

struct Writer {
    out: String,
}

impl Writer {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        // HELP text escapes backslash and newline (not quotes).
        let help = help.replace('\\', "\\\\").replace('\n', "\\n");
        let _ = writeln!(self.out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    }
    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: &str) {
        self.out.push_str(name);
        if !labels.is_empty() {
            self.out.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                let _ = write!(self.out, "{k}=\"{}\"", escape_label(v));
            }
            self.out.push('}');
        }
        let _ = writeln!(self.out, " {value}");
    }
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// The families VTOrc itself exports, under its names and labels, so its dashboards and alerts
/// work unchanged (README: "Metrics"). VTOrc's counters have no `_total` suffix; promtool's
/// lint says so, and the test suite allows exactly these names.
fn vtorc_families(w: &mut Writer, view: &StatusView, counts: &Counters<'_>) {
    w.family(
        "vtorc_detected_problems",
        "gauge",
        "1 for each problem detected now, 0 for one recently cleared (VTOrc's DetectedProblems).",
    );
    // Open ones are 1; recently cleared ones go back to 0, as VTOrc resets its gauge.
    let mut series: BTreeMap<[&str; 4], bool> = BTreeMap::new();
    for p in counts.cleared.iter().filter(|d| d.cleared_ms.is_some()) {
        series.insert([&p.code, &p.alias, &p.keyspace, &p.shard], false);
    }
    for p in view.all_problems() {
        series.insert([&p.code, &p.alias, &p.keyspace, &p.shard], true);
    }
    for ([analysis, alias, ks, shard], open) in series {
        w.sample(
            "vtorc_detected_problems",
            &[("analysis", analysis), ("tablet_alias", alias), ("keyspace", ks), ("shard", shard)],
            flag(open),
        );
    }
    let (recoveries, skipped) = (counts.recoveries, counts.skipped);
    type Key<'a> = (&'static str, &'a str, &'a str);
    let mut all: BTreeMap<Key<'_>, [u64; 3]> = BTreeMap::new();
    for r in recoveries.iter().filter(|r| r.result != RecoveryResult::DryRun) {
        let e = all.entry((vtorc_recovery_name(&r.code), &r.keyspace, &r.shard)).or_default();
        e[0] += r.count;
        match r.result {
            RecoveryResult::Ok => e[1] += r.count,
            RecoveryResult::Failed | RecoveryResult::Abandoned => e[2] += r.count,
            RecoveryResult::Running | RecoveryResult::DryRun => {}
        }
    }
    for (i, (name, help)) in [
        ("vtorc_recoveries_count", "Recoveries started (VTOrc's RecoveriesCount)."),
        (
            "vtorc_successful_recoveries",
            "Recoveries that succeeded (VTOrc's SuccessfulRecoveries).",
        ),
        (
            "vtorc_failed_recoveries",
            "Recoveries that failed or were abandoned (VTOrc's FailedRecoveries).",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        w.family(name, "counter", help);
        for ((kind, ks, shard), n) in &all {
            w.sample(
                name,
                &[("recovery_type", kind), ("keyspace", ks), ("shard", shard)],
                &n[i].to_string(),
            );
        }
    }
    w.family(
        "vtorc_skipped_recoveries",
        "counter",
        "Recoveries a gate or a held shard lock stopped, by reason (VTOrc's SkippedRecoveries).",
    );
    for s in skipped {
        w.sample(
            "vtorc_skipped_recoveries",
            &[
                ("recovery_type", vtorc_recovery_name(&s.code)),
                ("keyspace", &s.keyspace),
                ("shard", &s.shard),
                ("reason", &s.reason),
            ],
            &s.count.to_string(),
        );
    }
}

/// What the counters and VTOrc's gauges are built from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counters<'a> {
    /// [`count_recoveries`].
    pub recoveries: &'a [RecoveryCount],
    /// `Store::skipped_recovery_counts`.
    pub skipped: &'a [SkippedCount],
    /// Recent detections (`Store::recent_detections`): the cleared ones are reported as 0.
    pub cleared: &'a [DetectionRow],
}

/// The metrics file.
pub fn render(
    view: &StatusView,
    counts: &Counters<'_>,
    last_cycle: Option<&CycleInfo>,
    last_failover_seconds: Option<f64>,
) -> String {
    let mut w = Writer { out: String::with_capacity(8 * 1024) };

    w.family(
        "vtorc_tablets",
        "gauge",
        "Tablets by keyspace, shard and the state of their last probe.",
    );
    for s in view.shards() {
        let mut by: BTreeMap<TabletState, usize> =
            TabletState::ALL.iter().map(|t| (*t, 0)).collect();
        for t in &s.tablets {
            *by.entry(t.state).or_insert(0) += 1;
        }
        for (state, n) in by {
            w.sample(
                "vtorc_tablets",
                &[("keyspace", &s.keyspace), ("shard", &s.name), ("state", state.as_str())],
                &n.to_string(),
            );
        }
    }

    w.family(
        "vtorc_tablets_by_state",
        "gauge",
        "Tablets in every watched shard by the state of their last probe.",
    );
    for (state, n) in &view.counts.tablets_by_state {
        w.sample("vtorc_tablets_by_state", &[("state", state.as_str())], &n.to_string());
    }

    w.family(
        "vtorc_shard_health",
        "gauge",
        "1 for the shard's current health word, 0 for the others.",
    );
    for s in view.shards() {
        for h in Health::ALL {
            w.sample(
                "vtorc_shard_health",
                &[("keyspace", &s.keyspace), ("shard", &s.name), ("health", h.as_str())],
                flag(s.health == h),
            );
        }
    }

    w.family(
        "vtorc_open_problems",
        "gauge",
        "Open problems (detections not yet cleared) by problem code.",
    );
    let mut codes: BTreeMap<String, usize> =
        ProblemCode::all().map(|c| (c.as_str().to_string(), 0)).collect();
    for p in view.all_problems() {
        *codes.entry(p.code.clone()).or_insert(0) += 1;
    }
    for (code, n) in &codes {
        w.sample("vtorc_open_problems", &[("code", code)], &n.to_string());
    }

    w.family("vtorc_shard_open_problems", "gauge", "Open problems by keyspace and shard.");
    for s in view.shards() {
        w.sample(
            "vtorc_shard_open_problems",
            &[("keyspace", &s.keyspace), ("shard", &s.name)],
            &s.problems.len().to_string(),
        );
    }

    w.family(
        "vtorc_recoveries_total",
        "counter",
        "Recoveries recorded in the state file by problem code and result (purged history included).",
    );
    let mut by_code: BTreeMap<(&str, RecoveryResult), u64> = BTreeMap::new();
    for r in counts.recoveries {
        *by_code.entry((r.code.as_str(), r.result)).or_insert(0) += r.count;
    }
    for ((code, result), n) in by_code {
        w.sample(
            "vtorc_recoveries_total",
            &[("code", code), ("result", result.as_str())],
            &n.to_string(),
        );
    }
    vtorc_families(&mut w, view, counts);

    w.family(
        "vtorc_recoveries_globally_disabled",
        "gauge",
        "1 while `vtorc-rs recoveries disable` is in force.",
    );
    w.sample("vtorc_recoveries_globally_disabled", &[], flag(view.recoveries_disabled_globally));
    w.family(
        "vtorc_gates_from_etcd",
        "gauge",
        "1 when the switch and the blocks above were read from etcd, 0 when etcd could not be read and they are this host's state-file copy.",
    );
    w.sample("vtorc_gates_from_etcd", &[], flag(view.gates_source == GatesSource::Etcd));

    w.family("vtorc_failovers_disabled", "gauge", "1 when failovers in the shard are off, by reason: keyspace or shard flag, or an anti-flapping block.");
    for s in view.shards() {
        for (reason, on) in [
            ("keyspace_flag", s.gates.keyspace_ers_disabled),
            ("shard_flag", s.gates.shard_ers_disabled),
            ("block", s.gates.block.is_some()),
        ] {
            w.sample(
                "vtorc_failovers_disabled",
                &[("keyspace", &s.keyspace), ("shard", &s.name), ("reason", reason)],
                flag(on),
            );
        }
    }

    w.family(
        "vtorc_topology_refresh_timestamp_seconds",
        "gauge",
        "When the topology was last read from etcd (unix seconds).",
    );
    w.sample("vtorc_topology_refresh_timestamp_seconds", &[], &seconds(view.topology_refreshed_ms));
    if let Some(p) = view.newest_probe_ms {
        w.family(
            "vtorc_last_probe_timestamp_seconds",
            "gauge",
            "When the newest tablet probe finished (unix seconds).",
        );
        w.sample("vtorc_last_probe_timestamp_seconds", &[], &seconds(p));
    }
    w.family(
        "vtorc_metrics_generated_timestamp_seconds",
        "gauge",
        "When this file was written (unix seconds).",
    );
    w.sample("vtorc_metrics_generated_timestamp_seconds", &[], &seconds(view.generated_ms));

    if let Some(c) = last_cycle {
        w.family(
            "vtorc_last_cycle_timestamp_seconds",
            "gauge",
            "When the last watch cycle started (unix seconds).",
        );
        w.sample("vtorc_last_cycle_timestamp_seconds", &[], &seconds(c.started_ms));
        w.family(
            "vtorc_last_cycle_duration_seconds",
            "gauge",
            "How long the last watch cycle took.",
        );
        w.sample("vtorc_last_cycle_duration_seconds", &[], &seconds(c.duration_ms));
        w.family(
            "vtorc_last_cycle_success",
            "gauge",
            "1 when the last watch cycle completed, 0 when it failed.",
        );
        w.sample("vtorc_last_cycle_success", &[], flag(c.ok));
        w.family(
            "vtorc_state_file_ok",
            "gauge",
            "0 while the state file cannot be used and watch keeps its state in memory.",
        );
        w.sample("vtorc_state_file_ok", &[], flag(c.state_file_ok));
        w.family(
            "vtorc_instant_detection",
            "gauge",
            "1 when watch holds an idle connection to every primary and checks a shard as soon as one breaks.",
        );
        w.sample("vtorc_instant_detection", &[], flag(c.instant_detection));
    }
    if let Some(s) = last_failover_seconds.filter(|s| s.is_finite()) {
        w.family(
            "vtorc_last_failover_detection_to_recovery_seconds",
            "gauge",
            "Seconds from the first detection to the end of the newest successful failover.",
        );
        w.sample("vtorc_last_failover_detection_to_recovery_seconds", &[], &format!("{s:.3}"));
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::{Sample, NOW};

    #[test]
    fn label_escaping() {
        assert_eq!(escape_label(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape_label("two\nlines"), "two\\nlines");
        assert_eq!(escape_label("<script>"), "<script>");
    }

    #[test]
    fn counts_and_failover_time() {
        let s = Sample::new();
        let mut recs = s.recoveries.clone();
        let mut failed = recs[0].clone();
        failed.id = 4;
        failed.success = Some(false);
        recs.push(failed);
        let purged = [PurgedCount {
            keyspace: "commerce".into(),
            shard: "0".into(),
            code: "DeadPrimary".into(),
            result: "ok".into(),
            count: 4,
        }];
        let counts = count_recoveries(&recs, &purged, NOW);
        assert_eq!(counts.len(), 2);
        assert_eq!(
            counts[0],
            RecoveryCount {
                keyspace: "commerce".into(),
                shard: "0".into(),
                code: "DeadPrimary".into(),
                result: RecoveryResult::Ok,
                count: 5,
            },
            "the purged ones still count"
        );
        assert_eq!(counts[1].result, RecoveryResult::Failed);

        // No detection row: from the start (60 s before NOW) to the end (57.5 s before).
        let no_step = recs.clone();
        assert_eq!(last_failover_seconds(&no_step, &[]), Some(2.5));
        let mut d = s.detections[0].clone();
        d.id = 5;
        d.first_seen_ms = NOW - 70_000;
        assert_eq!(last_failover_seconds(&no_step, &[d.clone()]), Some(12.5));
        // Issue 16: a manual check an hour before the recovering process saw the problem does
        // not count; its own `detected` step does.
        d.first_seen_ms = NOW - 3_600_000;
        recs[0].steps.insert(
            0,
            crate::store::RecoveryStep::note(NOW - 59_000, "detected", "primary unreachable"),
        );
        assert_eq!(last_failover_seconds(&recs, &[d]), Some(1.5));
        recs[0].code = "ReplicationStopped".into();
        assert_eq!(last_failover_seconds(&recs, &[]), None, "not a failover");
    }

    #[test]
    fn exposition_format() {
        let s = Sample::new();
        let counts = count_recoveries(&s.recoveries, &[], NOW);
        let skipped = [SkippedCount {
            keyspace: "commerce".into(),
            shard: "0".into(),
            code: "DeadPrimary".into(),
            reason: "anti_flapping_block".into(),
            count: 2,
        }];
        let mut cleared = s.detections.clone();
        cleared[0].code = "DeadPrimary".into();
        cleared[0].cleared_ms = Some(NOW - 1_000);
        let cycle = CycleInfo {
            started_ms: NOW - 1_500,
            duration_ms: 1_234,
            ok: true,
            state_file_ok: true,
            instant_detection: true,
        };
        let text = render(
            &s.view(),
            &Counters { recoveries: &counts, skipped: &skipped, cleared: &cleared },
            Some(&cycle),
            Some(2.5),
        );
        assert!(text.ends_with('\n'));
        for want in [
            "# TYPE vtorc_tablets gauge\n",
            "vtorc_tablets{keyspace=\"commerce\",shard=\"0\",state=\"replicating\"} 1\n",
            "vtorc_tablets{keyspace=\"commerce\",shard=\"0\",state=\"unreachable\"} 1\n",
            "vtorc_tablets{keyspace=\"evil\",shard=\"0\",state=\"not_probed\"} 1\n",
            "vtorc_tablets_by_state{state=\"no_source\"} 1\n",
            "vtorc_shard_health{keyspace=\"commerce\",shard=\"0\",health=\"warning\"} 1\n",
            "vtorc_open_problems{code=\"ReplicationStopped\"} 1\n",
            "vtorc_open_problems{code=\"DeadPrimary\"} 1\n",
            "vtorc_open_problems{code=\"PrimaryIsReadOnly\"} 0\n",
            "# TYPE vtorc_recoveries_total counter\n",
            "vtorc_recoveries_total{code=\"DeadPrimary\",result=\"ok\"} 1\n",
            "vtorc_detected_problems{analysis=\"ReplicationStopped\",tablet_alias=\"zone1-0000000103\",keyspace=\"commerce\",shard=\"0\"} 1\n",
            "vtorc_detected_problems{analysis=\"DeadPrimary\",tablet_alias=\"zone1-0000000103\",keyspace=\"commerce\",shard=\"0\"} 0\n",
            "# TYPE vtorc_recoveries_count counter\n",
            "vtorc_recoveries_count{recovery_type=\"RecoverDeadPrimary\",keyspace=\"commerce\",shard=\"0\"} 1\n",
            "vtorc_successful_recoveries{recovery_type=\"RecoverDeadPrimary\",keyspace=\"commerce\",shard=\"0\"} 1\n",
            "vtorc_failed_recoveries{recovery_type=\"RecoverDeadPrimary\",keyspace=\"commerce\",shard=\"0\"} 0\n",
            "vtorc_skipped_recoveries{recovery_type=\"RecoverDeadPrimary\",keyspace=\"commerce\",shard=\"0\",reason=\"anti_flapping_block\"} 2\n",
            "vtorc_failovers_disabled{keyspace=\"evil\",shard=\"0\",reason=\"keyspace_flag\"} 1\n",
            "vtorc_failovers_disabled{keyspace=\"commerce\",shard=\"0\",reason=\"block\"} 1\n",
            "vtorc_recoveries_globally_disabled 0\n",
            "vtorc_last_cycle_timestamp_seconds 1700000098.500\n",
            "vtorc_last_cycle_duration_seconds 1.234\n",
            "vtorc_last_cycle_success 1\n",
            "vtorc_state_file_ok 1\n",
            "vtorc_instant_detection 1\n",
            "vtorc_last_failover_detection_to_recovery_seconds 2.500\n",
            "vtorc_topology_refresh_timestamp_seconds 1700000088.000\n",
        ] {
            assert!(text.contains(want), "missing {want:?} in\n{text}");
        }
        // Every sample line is `name{labels} value` or `name value`; every family has HELP+TYPE.
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, value) = line.rsplit_once(' ').unwrap();
            assert!(value.parse::<f64>().is_ok(), "bad value in {line:?}");
        }
        assert_eq!(text.matches("# HELP ").count(), text.matches("# TYPE ").count());
        let without =
            render(&s.view(), &Counters { recoveries: &counts, ..Counters::default() }, None, None);
        assert!(!without.contains("vtorc_last_cycle"));
        assert!(!without.contains("vtorc_last_failover"));
    }

    #[test]
    fn hostile_label_values_stay_on_one_line() {
        let mut s = Sample::new();
        s.topo.tablets[4].keyspace = "ev\"il\nx".into();
        let text = render(&s.view(), &Counters::default(), None, None);
        assert!(text.contains("keyspace=\"ev\\\"il\\nx\""), "{text}");
        for line in text.lines() {
            assert!(line.starts_with('#') || line.starts_with("vtorc_"), "{line:?}");
        }
    }
}
