//! `promtool check metrics` (Debian's `prometheus` package) over every metrics file the tests
//! produce. Its lint wants counters named `*_total`; VTOrc's own counters
//! (`vtorc_recoveries_count`, ...) are not, and vtorc-rs keeps VTOrc's names on purpose so
//! VTOrc's dashboards and alerts work, so those lint lines (and only those) are allowed.

use std::io::Write;
use std::process::{Command, Stdio};

/// VTOrc's counter names, kept as VTOrc spells them.
const VTORC_NAMES: &[&str] = &[
    "vtorc_recoveries_count",
    "vtorc_successful_recoveries",
    "vtorc_failed_recoveries",
    "vtorc_skipped_recoveries",
];

/// Panics unless promtool accepts `text` (parse errors always fail; lint complaints only about
/// VTOrc's names pass).
pub fn check(text: &str) {
    let bin = super::require_bin("promtool");
    let mut child = Command::new(bin)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn promtool");
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write to promtool");
    let out = child.wait_with_output().expect("promtool");
    if out.status.success() {
        return;
    }
    let said =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    // Exit 3 is "lint problems"; anything else (1: the text does not parse) is a failure.
    assert_eq!(out.status.code(), Some(3), "promtool rejected the metrics:\n{said}\n{text}");
    for line in said.lines().filter(|l| !l.trim().is_empty()) {
        let allowed = VTORC_NAMES.iter().any(|n| line.starts_with(&format!("{n} ")))
            && (line.contains("_total\" suffix") || line.contains("\"_count\" suffix"));
        assert!(allowed, "promtool: {line}\n(all it said:\n{said})\n{text}");
    }
}

/// [`check`] on a file.
pub fn check_file(path: &std::path::Path) {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("metrics file {}: {e}", path.display()));
    check(&text);
}
