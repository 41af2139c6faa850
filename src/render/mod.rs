//! Rendering: pure functions that return strings (tables, JSON, HTML, Prometheus text).
//! `out` is the one place that writes to stdout/stderr; `atomic` writes whole files for callers.

pub mod atomic;
pub mod fmt;
pub mod html;
pub mod html_tree;
pub mod metrics;
pub mod out;
pub mod plan;
pub mod problems;
pub mod progress;
#[cfg(test)]
pub(crate) mod sample;
pub mod table;
pub mod term;
pub mod topo_json;
pub mod view;
