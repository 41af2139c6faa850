//! Rendering: pure functions that return strings (tables, JSON, HTML, Prometheus text).
//! `out` is the one place that writes to stdout/stderr.

pub mod out;
pub mod problems;
pub mod progress;
