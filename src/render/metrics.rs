//! Prometheus text exposition (format 0.0.4) for node_exporter's textfile collector: `watch
//! --metrics-file` rewrites it (atomically) after every cycle. Pure: returns a string.
//!
//! A textfile is read later than it is written, so the file holds timestamps, never ages
//! ("seconds since ..." would be wrong by the time it is scraped). Gauges for states emit every
//! known state, zeros included, so a series does not vanish when its count drops to zero.

use super::view::{GatesSource, Health, RecoveryResult, StatusView, TabletState};
use crate::analysis::{recovery_kind, RecoveryKind};
use crate::model::ProblemCode;
use crate::store::{DetectionRow, RecoveryRecord};
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

/// How many recoveries of one problem code ended one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryCount {
    pub code: String,
    pub result: RecoveryResult,
    pub count: u64,
}

/// Counts recoveries by code and result (pass the whole history the state file keeps, e.g.
/// `Store::list_recoveries(usize::MAX)`; pruning old history lowers the counters, which
/// Prometheus treats as a counter reset).
pub fn count_recoveries(recs: &[RecoveryRecord], now_ms: i64) -> Vec<RecoveryCount> {
    let mut m: BTreeMap<(&str, RecoveryResult), u64> = BTreeMap::new();
    for r in recs {
        *m.entry((r.code.as_str(), RecoveryResult::of(r, now_ms))).or_insert(0) += 1;
    }
    m.into_iter()
        .map(|((code, result), count)| RecoveryCount { code: code.to_string(), result, count })
        .collect()
}

/// Seconds from detection to the end of the newest successful failover (emergency reparent),
/// or None when there was none. The detection's first sighting comes from `detections` (pass
/// `Store::recent_detections`); without it, from a step named `detected`, else the start.
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
        .detection_id
        .and_then(|id| detections.iter().find(|d| d.id == id))
        .map(|d| d.first_seen_ms)
        .or_else(|| r.steps.iter().find(|s| s.step == "detected").map(|s| s.at_ms))
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

/// The metrics file.
pub fn render(
    view: &StatusView,
    recoveries: &[RecoveryCount],
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
        "Recoveries in the state file's history by problem code and result.",
    );
    for r in recoveries {
        w.sample(
            "vtorc_recoveries_total",
            &[("code", &r.code), ("result", r.result.as_str())],
            &r.count.to_string(),
        );
    }

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
        let counts = count_recoveries(&recs, NOW);
        assert_eq!(counts.len(), 2);
        assert_eq!(
            counts[0],
            RecoveryCount { code: "DeadPrimary".into(), result: RecoveryResult::Ok, count: 1 }
        );
        assert_eq!(counts[1].result, RecoveryResult::Failed);

        // No detection row: from the start (60 s before NOW) to the end (57.5 s before).
        assert_eq!(last_failover_seconds(&recs, &[]), Some(2.5));
        let mut d = s.detections[0].clone();
        d.id = 5;
        d.first_seen_ms = NOW - 70_000;
        assert_eq!(last_failover_seconds(&recs, &[d]), Some(12.5));
        recs[0].code = "ReplicationStopped".into();
        assert_eq!(last_failover_seconds(&recs, &[]), None, "not a failover");
    }

    #[test]
    fn exposition_format() {
        let s = Sample::new();
        let counts = count_recoveries(&s.recoveries, NOW);
        let cycle = CycleInfo {
            started_ms: NOW - 1_500,
            duration_ms: 1_234,
            ok: true,
            state_file_ok: true,
            instant_detection: true,
        };
        let text = render(&s.view(), &counts, Some(&cycle), Some(2.5));
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
        let without = render(&s.view(), &counts, None, None);
        assert!(!without.contains("vtorc_last_cycle"));
        assert!(!without.contains("vtorc_last_failover"));
    }

    #[test]
    fn hostile_label_values_stay_on_one_line() {
        let mut s = Sample::new();
        s.topo.tablets[4].keyspace = "ev\"il\nx".into();
        let text = render(&s.view(), &[], None, None);
        assert!(text.contains("keyspace=\"ev\\\"il\\nx\""), "{text}");
        for line in text.lines() {
            assert!(line.starts_with('#') || line.starts_with("vtorc_"), "{line:?}");
        }
    }
}
