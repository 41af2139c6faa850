//! The replication picture of one shard for the status page: an inline SVG tree (no JavaScript)
//! of who replicates from whom, as VTOrc's and orchestrator's users know it. The primary is the
//! root; each replica hangs under the tablet its MySQL replicates from (chains included), with
//! its cell, type, state, lag, IO/SQL threads and semi-sync marked. Tablets whose source is
//! none, unknown or unreachable stand apart at the bottom with a dashed border, so an
//! unreachable or detached tablet is never hidden. Pure: returns a string; every text is escaped.

use super::html::escape;
use super::view::{ShardView, TabletState, TabletView};
use crate::model::ThreadState;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

const ROW_H: usize = 52;
const BOX_H: usize = 44;
const BOX_W: usize = 440;
const INDENT: usize = 28;

/// One placed box: the tablet, its depth in the tree, and the row of its parent.
struct Placed<'a> {
    t: &'a TabletView,
    depth: usize,
    parent_row: Option<usize>,
    /// Not under the primary (no source, unknown source, or unreachable).
    apart: bool,
}

/// Depth-first order from the primary; then whatever is not reachable from it.
fn place<'a>(s: &'a ShardView) -> Vec<Placed<'a>> {
    let mut children: HashMap<&str, Vec<&TabletView>> = HashMap::new();
    for t in &s.tablets {
        if let Some(src) = t.replicating_from_alias.as_deref() {
            if src != t.alias {
                children.entry(src).or_default().push(t);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut stack: Vec<(&TabletView, usize, Option<usize>)> = Vec::new();
    if let Some(p) = s.tablets.iter().find(|t| t.is_primary) {
        stack.push((p, 0, None));
    }
    while let Some((t, depth, parent_row)) = stack.pop() {
        if !seen.insert(&t.alias) {
            continue; // a replication loop: each tablet is drawn once
        }
        let row = out.len();
        out.push(Placed { t, depth, parent_row, apart: false });
        if let Some(kids) = children.get(t.alias.as_str()) {
            for k in kids.iter().rev() {
                stack.push((k, depth + 1, Some(row)));
            }
        }
    }
    for t in &s.tablets {
        if !seen.contains(t.alias.as_str()) {
            out.push(Placed { t, depth: 0, parent_row: None, apart: true });
        }
    }
    out
}

fn threads(t: &TabletView) -> Option<String> {
    let w = |x: Option<ThreadState>| match x {
        Some(ThreadState::Running) => "Yes",
        Some(ThreadState::Connecting) => "Connecting",
        Some(ThreadState::Stopped) => "No",
        None => "-",
    };
    (t.io_thread.is_some() || t.sql_thread.is_some())
        .then(|| format!("IO {} / SQL {}", w(t.io_thread), w(t.sql_thread)))
}

/// The second line of a box: what an operator checks first.
fn facts(t: &TabletView, errant: bool) -> String {
    let cell = t.alias.split_once('-').map_or("?", |c| c.0);
    let mut parts = vec![format!("cell {cell}"), t.state.word().to_string()];
    if let Some(l) = t.lag_seconds {
        parts.push(format!("lag {l}s"));
    }
    parts.extend(threads(t));
    match &t.semi_sync_detail {
        Some(s) if s.primary_enabled && s.primary_status => {
            parts.push(format!("semi-sync primary ({} acking)", s.primary_clients))
        }
        Some(s) if s.replica_enabled && s.replica_status => parts.push("semi-sync ack".into()),
        Some(s) if s.primary_enabled || s.replica_enabled => {
            parts.push("semi-sync enabled, inactive".into())
        }
        _ => {}
    }
    if errant {
        parts.push("ERRANT GTIDs".into());
    }
    parts.join(" · ")
}

fn class(t: &TabletView, errant: bool) -> &'static str {
    match t.state {
        TabletState::Unreachable => "n-dead",
        _ if errant => "n-bad",
        TabletState::NotReplicating => "n-bad",
        TabletState::NotProbed => "n-unknown",
        TabletState::NoSource | TabletState::Replicating => "n-ok",
    }
}

/// The shard's tree as an inline `<svg>` (with a text title for screen readers), or an empty
/// string for a shard without tablets.
pub fn svg(s: &ShardView) -> String {
    if s.tablets.is_empty() {
        return String::new();
    }
    let errant: HashSet<&str> = s
        .problems
        .iter()
        .filter(|p| p.code.starts_with("ErrantGTID"))
        .map(|p| p.alias.as_str())
        .collect();
    let placed = place(s);
    let depth = placed.iter().map(|p| p.depth).max().unwrap_or(0);
    let apart_gap = if placed.iter().any(|p| p.apart) { 20 } else { 0 };
    let width = depth * INDENT + BOX_W + 2;
    let height = placed.len() * ROW_H + apart_gap;
    let mut h = String::with_capacity(512 + placed.len() * 600);
    let _ = write!(
        h,
        "<svg class=\"tree\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title>replication of {}/{}</title>",
        escape(&s.keyspace),
        escape(&s.name)
    );
    let y_of = |row: usize, apart: bool| row * ROW_H + if apart { apart_gap } else { 0 };
    for (row, p) in placed.iter().enumerate() {
        let x = p.depth * INDENT + 1;
        let y = y_of(row, p.apart) + 1;
        if let Some(pr) = p.parent_row {
            // An elbow from the source's left edge down to this box's middle.
            let px = placed[pr].depth * INDENT + 12;
            let py = y_of(pr, false) + BOX_H + 1;
            let my = y + BOX_H / 2;
            let broken = p.t.state != TabletState::Replicating;
            let dash = if broken { " stroke-dasharray=\"4 3\"" } else { "" };
            let _ = write!(
                h,
                "<path class=\"edge{}\" d=\"M{px} {py} V{my} H{x}\"{dash}/>",
                if broken { " broken" } else { "" }
            );
        }
        let is_errant = errant.contains(p.t.alias.as_str());
        let dash = if p.apart { " stroke-dasharray=\"5 3\"" } else { "" };
        let _ = write!(
            h,
            "<g class=\"node {}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"6\"{dash}/>",
            class(p.t, is_errant)
        );
        let mut head = format!("{} {}", p.t.alias, p.t.tablet_type);
        if p.t.is_primary {
            head.push_str(if p.t.state == TabletState::Unreachable {
                " · DEAD PRIMARY"
            } else {
                " · primary"
            });
        } else if p.apart {
            head.push_str(match p.t.state {
                TabletState::Unreachable => " · unreachable",
                TabletState::NotProbed => " · not probed",
                _ => " · not under the primary",
            });
        }
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" class=\"t1\">{}</text><text x=\"{}\" y=\"{}\" class=\"t2\">{}</text></g>",
            x + 8,
            y + 18,
            escape(&head),
            x + 8,
            y + 36,
            escape(&facts(p.t, is_errant))
        );
    }
    h.push_str("</svg>");
    h
}

/// The tree's styles (inline SVG takes the page's CSS).
pub const CSS: &str = r#"
.treebox{overflow-x:auto;margin:.4rem 0}
svg.tree{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg.tree rect{fill:var(--bg);stroke:#1e7b34;stroke-width:1.5}
svg.tree .n-dead rect{stroke:#b3261e;stroke-width:2.5;fill:rgba(179,38,30,.08)}
svg.tree .n-bad rect{stroke:#a14c00;stroke-width:2}
svg.tree .n-unknown rect{stroke:#5f6368}
svg.tree text{fill:var(--fg)}
svg.tree .t1{font-weight:700}
svg.tree .t2{fill:var(--muted)}
svg.tree .edge{fill:none;stroke:var(--muted);stroke-width:1.5}
svg.tree .edge.broken{stroke:#a14c00}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::Sample;

    #[test]
    fn the_tree_hangs_replicas_under_their_source_and_sets_the_rest_apart() {
        let v = Sample::new().view();
        let s = v.shards().next().expect("commerce/0");
        let text = svg(s);
        assert!(text.starts_with("<svg class=\"tree\""), "{text}");
        assert!(!text.contains("<script"), "{text}");
        let placed = place(s);
        assert_eq!(placed[0].t.alias, "zone1-0000000101");
        assert!(placed[0].t.is_primary && placed[0].parent_row.is_none());
        let under: Vec<_> = placed.iter().filter(|p| p.parent_row == Some(0)).collect();
        assert_eq!(under.len(), 2, "102 and 103 replicate from 101");
        let apart: Vec<_> = placed.iter().filter(|p| p.apart).map(|p| &p.t.alias).collect();
        assert_eq!(apart, ["zone1-0000000104"], "the unreachable replica stands apart");
        assert!(text.contains("zone1-0000000104 REPLICA · unreachable"), "{text}");
        assert!(text.contains("cell zone1 · REPLICATING · lag 2s · IO Yes / SQL Yes"), "{text}");
        assert!(text.contains("semi-sync primary (1 acking)"), "{text}");
        assert!(text.contains("stroke-dasharray"), "a broken edge or a set-apart box is dashed");
    }

    #[test]
    fn a_dead_primary_is_drawn_dead() {
        let mut sample = Sample::new();
        sample.instances[0].reachable = false;
        sample.instances[0].error = Some("connect: refused".into());
        let v = sample.view();
        let text = svg(v.shards().next().expect("commerce/0"));
        assert!(text.contains("zone1-0000000101 PRIMARY · DEAD PRIMARY"), "{text}");
        assert!(text.contains("class=\"node n-dead\""), "{text}");
    }
}
