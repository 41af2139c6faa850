//! `vtorc-rs discover`: reads the Vitess topology from etcd (through `topo`), saves it in the
//! state file (through `store`) and prints what it found and what changed since the last run.

use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use crate::model::{TabletType, Topology};
use crate::store::TopoDiff;
use anyhow::{Context as _, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Read cells, keyspaces, shards and tablets from etcd into the state file.
///
/// Tablets are read with one etcd prefix range per cell (never one request per tablet), and only
/// those of --clusters-to-watch are kept. The summary lists the tablets added, changed and
/// removed since the last discover. A record that cannot be decoded is reported with its etcd key
/// and skipped while the rest is still discovered (exit 1). When a whole cell cannot be read,
/// the state file is left as it was so its tablets are not forgotten. Unreachable etcd: exit 3.
#[derive(Debug, clap::Args)]
pub struct DiscoverArgs {}

/// How many aliases of each kind the text summary lists before abbreviating.
const LIST_MAX: usize = 20;

pub fn run(_args: &DiscoverArgs, ctx: &Context) -> Result<ExitCode> {
    let topo = ctx.topo()?;
    let read = topo.read_topology(&ctx.filter)?;
    let stats = topo.stats();
    ctx.out.verbose(&format!(
        "etcd: {} requests, {} prefix ranges ({} pages)",
        stats.requests, stats.prefix_ranges, stats.range_pages
    ));
    for (key, msg) in &read.errors {
        ctx.out.warn(&format!("skipped {key}: {msg}"));
    }
    let tablets_prefix_failed = read.errors.iter().any(|(k, _)| k.ends_with("/tablets/"));
    let diff = if tablets_prefix_failed {
        ctx.out.warn("state file not updated: a cell could not be read");
        None
    } else {
        let now = now_ms();
        let mut store = ctx.store()?;
        Some(
            store
                .save_topology_scoped(&read.topology, &ctx.filter, now)
                .context("saving the topology")?,
        )
    };
    let text = if ctx.opts.json {
        summary_json(&read.topology, diff.as_ref(), &read.errors)
    } else {
        summary_text(&read.topology, diff.as_ref())
    };
    ctx.out.result(&text)?;
    Ok(if read.errors.is_empty() { ExitCode::Ok } else { ExitCode::Problems })
}

fn by_type(t: &Topology) -> BTreeMap<TabletType, usize> {
    let mut m = BTreeMap::new();
    for tab in &t.tablets {
        *m.entry(tab.tablet_type()).or_insert(0) += 1;
    }
    m
}

fn summary_text(t: &Topology, diff: Option<&TopoDiff>) -> String {
    let names =
        |v: Vec<&str>| if v.is_empty() { String::new() } else { format!(" ({})", v.join(", ")) };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "cells: {}{}",
        t.cells.len(),
        names(t.cells.iter().map(|c| c.name.as_str()).collect())
    );
    let _ = writeln!(
        s,
        "keyspaces: {}{}",
        t.keyspaces.len(),
        names(t.keyspaces.iter().map(|k| k.name.as_str()).collect())
    );
    let shards: Vec<String> =
        t.shards.iter().map(|x| format!("{}/{}", x.keyspace, x.name)).collect();
    let _ = writeln!(
        s,
        "shards: {}{}",
        shards.len(),
        names(shards.iter().map(String::as_str).collect())
    );
    let types: Vec<String> =
        by_type(t).iter().map(|(ty, n)| format!("{n} {}", ty.as_str().to_lowercase())).collect();
    let _ = writeln!(
        s,
        "tablets: {}{}",
        t.tablets.len(),
        names(types.iter().map(String::as_str).collect())
    );
    match diff {
        None => {
            let _ = writeln!(s, "since last discover: unknown (state file not updated)");
        }
        Some(d) => {
            let _ = writeln!(
                s,
                "since last discover: {} added, {} changed, {} removed",
                d.added.len(),
                d.changed.len(),
                d.removed.len()
            );
            for (sign, list) in [("+", &d.added), ("~", &d.changed), ("-", &d.removed)] {
                for a in list.iter().take(LIST_MAX) {
                    let _ = writeln!(s, "  {sign} {a}");
                }
                if list.len() > LIST_MAX {
                    let _ = writeln!(s, "  {sign} ... and {} more", list.len() - LIST_MAX);
                }
            }
        }
    }
    s
}

fn summary_json(t: &Topology, diff: Option<&TopoDiff>, errors: &[(String, String)]) -> String {
    let types: BTreeMap<String, usize> =
        by_type(t).into_iter().map(|(k, v)| (k.as_str().to_lowercase(), v)).collect();
    let v = serde_json::json!({
        "cells": t.cells.iter().map(|c| &c.name).collect::<Vec<_>>(),
        "keyspaces": t.keyspaces.iter().map(|k| &k.name).collect::<Vec<_>>(),
        "shards": t.shards.iter().map(|x| format!("{}/{}", x.keyspace, x.name)).collect::<Vec<_>>(),
        "tablets": t.tablets.len(),
        "tablets_by_type": types,
        "state_file_updated": diff.is_some(),
        "added": diff.map(|d| d.added.clone()).unwrap_or_default(),
        "changed": diff.map(|d| d.changed.clone()).unwrap_or_default(),
        "removed": diff.map(|d| d.removed.clone()).unwrap_or_default(),
        "errors": errors.iter().map(|(k, m)| serde_json::json!({"key": k, "message": m})).collect::<Vec<_>>(),
    });
    v.to_string()
}
