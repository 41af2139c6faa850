//! The static HTML status page: one self-contained file (inline CSS, no JavaScript, no external
//! assets) that `status --html` and `watch --html-status` write. Pure: returns a string; callers
//! write it with `atomic::write`.
//!
//! Every string that came from etcd, MySQL or the state file goes through `escape`, and the page
//! carries a Content-Security-Policy that forbids scripts, so a hostile host name shows as text
//! even if an escape were ever missed. Health is a word on a coloured badge, never colour alone.
//! Phones get stacked tables (one card per row, labels from `data-label`); desktops get tables
//! that scroll sideways when too wide.

use super::fmt::{age, duration, offset, utc};
use super::table::gates_text;
use super::view::{
    Health, ProblemView, RecoveryResult, RecoveryView, ShardView, StatusView, TabletState,
    TabletView,
};
use crate::model::ThreadState;
use std::fmt::Write as _;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Page settings that do not come from the state file.
#[derive(Debug, Clone, Default)]
pub struct PageOptions {
    /// Host the page was generated on (shown in the header).
    pub host: String,
    /// Ask the browser to reload the page every N seconds (`watch` rewrites it); no JavaScript.
    pub refresh_seconds: Option<u32>,
    /// A problem with vtorc-rs itself, shown above everything (the state file is unusable...).
    pub alert: Option<String>,
    /// How the writer runs (`watch`: its poll interval and detection mode), for the footer.
    pub mode: Option<String>,
}

const CSS: &str = r#"
:root{--bg:#fff;--fg:#1b1b1f;--muted:#5f6368;--line:#d9dce1;--card:#f6f7f9;--code:#eef0f3}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8eaed;--muted:#a0a6ad;--line:#3a3f45;--card:#1e2125;--code:#272b30}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header,main,footer{max-width:1400px;margin:0 auto;padding:12px 16px}
header{border-bottom:1px solid var(--line)}
h1{font-size:1.4rem;margin:.2rem 0 .4rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
h2{font-size:1.15rem;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1rem 0 .3rem}
.meta,.muted{color:var(--muted)}
.meta{margin:.2rem 0}
.summary{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.5rem 0 0;padding:0;list-style:none}
.summary b{font-size:1.1rem}
nav{margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.4rem}
nav a{padding:.15rem .5rem;border:1px solid var(--line);border-radius:1rem;text-decoration:none;color:inherit;font-size:.9rem}
section.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:14px 0}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:4px;font-weight:700;font-size:.78rem;letter-spacing:.03em;color:#fff;white-space:nowrap}
.h-problems,.t-unreachable,.r-failed,.r-abandoned{background:#b3261e}
.h-unreachable,.h-warning,.t-not_replicating,.r-running{background:#a14c00}
.h-not_probed,.t-not_probed,.r-dry_run{background:#5f6368}
.h-healthy,.t-replicating,.t-no_source,.r-ok{background:#1e7b34}
.notice{border-left:4px solid #a14c00;padding:.3rem .6rem;margin:.4rem 0;background:var(--bg)}
.notice.bad{border-color:#b3261e}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid var(--line);vertical-align:top}
tr:has(+tr.detail) td{border-bottom:0}
tr.detail td{padding-top:0}
th{font-weight:600;color:var(--muted)}
code{white-space:nowrap}
.mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
.gtid{max-width:28rem;overflow-wrap:anywhere}
.err{color:#b3261e;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){.err{color:#ff8a80}}
details{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;background:var(--bg)}
summary{cursor:pointer;padding:.4rem .6rem;display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center}
details>div{padding:0 .8rem .6rem}
ol.phases{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem;margin:.4rem 0;padding:0}
ol.phases li{padding:.15rem .5rem;border:1px solid var(--line);border-radius:1rem;font-size:.85rem}
ol.phases li+li::before{content:"→ ";color:var(--muted)}
ol.timeline{list-style:none;margin:.4rem 0;padding:0 0 0 .8rem;border-left:2px solid var(--line)}
ol.timeline li{margin:.25rem 0;overflow-wrap:anywhere}
ol.timeline time{display:inline-block;min-width:5.5rem;color:var(--muted)}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media (max-width:760px){
 body{font-size:14px}
 header,main,footer{padding:10px}
 section.card{padding:10px}
 table.stack thead{display:none}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
 table.stack tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.2rem .4rem;background:var(--bg)}
 table.stack td{display:flex;gap:.8rem;justify-content:space-between;border:0;padding:.2rem 0;text-align:right}
 table.stack td::before{content:attr(data-label);font-weight:600;color:var(--muted);text-align:left;flex:none}
 table.stack td>span{min-width:0;overflow-wrap:anywhere}
 table.stack tr.detail td,table.stack td.text{display:block;text-align:left}
 table.stack td.text::before{display:block}
 table.stack tr.detail td::before{content:none}
 .gtid{max-width:none}
}
"#;

fn health_class(h: Health) -> &'static str {
    match h {
        Health::Critical => "h-problems",
        Health::Warning => "h-warning",
        Health::Stale => "h-unreachable",
        Health::Unreachable => "h-unreachable",
        Health::NotProbed | Health::Empty => "h-not_probed",
        Health::Healthy => "h-healthy",
    }
}

fn badge(class: &str, word: &str) -> String {
    format!(r#"<span class="badge {class}">{}</span>"#, escape(word))
}

fn health_badge(h: Health) -> String {
    badge(health_class(h), h.word())
}

fn state_badge(s: TabletState) -> String {
    badge(&format!("t-{}", s.as_str()), s.word())
}

fn result_badge(r: RecoveryResult) -> String {
    badge(&format!("r-{}", r.as_str()), r.word())
}

/// The whole page.
pub fn page(v: &StatusView, opts: &PageOptions) -> String {
    let mut h = String::with_capacity(16 * 1024);
    let title = format!("vtorc-rs status: {}", v.health.word());
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No script may run and nothing may be fetched, whatever the data contains.
    h.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    h.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    if let Some(n) = opts.refresh_seconds {
        let _ = writeln!(h, "<meta http-equiv=\"refresh\" content=\"{n}\">");
    }
    let _ = writeln!(
        h,
        "<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>",
        escape(&title),
        super::html_tree::CSS
    );
    header(&mut h, v, opts);
    if let Some(a) = &opts.alert {
        let _ = writeln!(
            h,
            "<p class=\"card\" role=\"alert\"><strong>vtorc-rs: {}</strong></p>",
            escape(a)
        );
    }
    h.push_str("<main>\n");
    // Problems first: on a phone they would otherwise be screens down, under every shard.
    open_problems(&mut h, v);
    let mut index = 0;
    for ks in &v.keyspaces {
        if ks.shards.is_empty() {
            keyspace_notice(&mut h, &ks.name);
        }
        for s in &ks.shards {
            index += 1;
            shard_section(&mut h, s, index, v.generated_ms);
        }
    }
    history(&mut h, &v.recoveries);
    h.push_str("</main>\n");
    let _ = writeln!(
        h,
        "<footer>vtorc-rs {}{} · generated {} on {} · this page is static: run <code>vtorc-rs status --html FILE</code> again (or <code>watch --html-status FILE</code>) to update it</footer>\n</body>\n</html>",
        escape(env!("CARGO_PKG_VERSION")),
        opts.mode.as_deref().map(|m| format!(" · {}", escape(m))).unwrap_or_default(),
        utc(v.generated_ms),
        escape(&opts.host)
    );
    h
}

fn header(h: &mut String, v: &StatusView, opts: &PageOptions) {
    let _ = writeln!(h, "<header>\n<h1>vtorc-rs status {}</h1>", health_badge(v.health));
    let _ = writeln!(
        h,
        "<p class=\"meta\">Generated <time datetime=\"{0}\">{0}</time> on <b>{1}</b></p>",
        utc(v.generated_ms),
        escape(&opts.host)
    );
    let probed = match v.newest_probe_ms {
        Some(n) => format!("tablets probed {} ago", age(v.generated_ms - n)),
        None => "no tablet probed yet".into(),
    };
    let _ = write!(
        h,
        "<p class=\"meta\">Topology read {} ago ({}); {probed}.",
        age(v.topology_age_ms),
        utc(v.topology_refreshed_ms)
    );
    if v.stale {
        let _ = write!(h, " <span class=\"badge h-unreachable\">STALE DATA</span> older than {}: run <code>vtorc-rs check</code> or <code>vtorc-rs status --refresh</code>.", age(v.stale_after_ms));
    }
    h.push_str("</p>\n");
    if let Some(e) = &v.gates_error {
        let _ = writeln!(
            h,
            "<p class=\"notice bad\"><b>etcd could not be read</b>: the recoveries switch and failover blocks below are this host's copy and may be out of date ({}).</p>",
            escape(e)
        );
    }
    let c = &v.counts;
    let _ = writeln!(
        h,
        "<ul class=\"summary\"><li><b>{}</b> keyspaces</li><li><b>{}</b> shards</li><li><b>{}</b> tablets</li><li><b>{}</b> open problems</li><li><b>{}</b> recent recoveries</li></ul>",
        c.keyspaces, c.shards, c.tablets, c.open_problems, v.recoveries.len()
    );
    if v.recoveries_disabled_globally {
        let since =
            v.global_switch_changed_ms.map(|m| format!(" since {}", utc(m))).unwrap_or_default();
        let _ = writeln!(
            h,
            "<p class=\"notice bad\"><b>Recoveries DISABLED globally</b>{since}: problems are detected, nothing is repaired (<code>vtorc-rs recoveries enable</code>).</p>"
        );
    }
    let shards: Vec<&ShardView> = v.shards().collect();
    if shards.len() > 1 {
        h.push_str("<nav aria-label=\"shards\">");
        for (i, s) in shards.iter().enumerate() {
            let _ = write!(
                h,
                "<a href=\"#s{}\">{}/{} · {}</a>",
                i + 1,
                escape(&s.keyspace),
                escape(&s.name),
                escape(s.health.word())
            );
        }
        if !v.recoveries.is_empty() {
            h.push_str("<a href=\"#recoveries\">recoveries</a>");
        }
        h.push_str("</nav>\n");
    }
    h.push_str("</header>\n");
}

/// A keyspace without shards (its problems, like every problem, are in the list at the top).
fn keyspace_notice(h: &mut String, name: &str) {
    let _ = writeln!(
        h,
        "<section class=\"card\"><h2>keyspace {}</h2>\n<p class=\"muted\">No shards discovered.</p>\n</section>",
        escape(name)
    );
}

fn shard_section(h: &mut String, s: &ShardView, index: usize, now: i64) {
    let _ = writeln!(
        h,
        "<section class=\"card\" id=\"s{index}\">\n<h2>{}/{} {}</h2>",
        escape(&s.keyspace),
        escape(&s.name),
        health_badge(s.health)
    );
    let policy = if s.durability_policy.is_empty() {
        "<b>NOT SET</b> (nothing is recovered)".to_string()
    } else {
        format!("<code>{}</code>", escape(&s.durability_policy))
    };
    let primary = match &s.primary {
        Some(p) => format!("<code>{}</code>", escape(p)),
        None => "<b>NONE</b>".into(),
    };
    let _ = write!(h, "<p class=\"meta\">Durability policy {policy} · primary {primary}");
    if let Some(t) = s.primary_term_start_ms {
        let _ = write!(h, " · primary term since {}", utc(t));
    }
    if let Some(r) = &s.shard_record_primary {
        let _ = write!(h, " · shard record says primary <code>{}</code>", escape(r));
    }
    if !s.has_record {
        h.push_str(" · <b>no shard record</b>");
    }
    h.push_str("</p>\n");
    if let Some(g) = gates_text(&s.gates, &s.keyspace, &s.name) {
        let _ = writeln!(h, "<p class=\"notice\"><b>Recovery limits:</b> {}</p>", escape(&g));
    }
    if s.tablets.is_empty() {
        h.push_str("<p class=\"muted\">Empty: no tablets in this shard.</p>\n");
    } else {
        let _ = writeln!(h, "<div class=\"treebox\">{}</div>", super::html_tree::svg(s));
        tablets_table(h, &s.tablets, now);
    }
    if !s.problems.is_empty() {
        let n = s.problems.len();
        let _ = writeln!(
            h,
            "<p class=\"meta\"><a href=\"#problems\">{n} open problem{}</a> (at the top of the page)</p>",
            if n == 1 { "" } else { "s" }
        );
    }
    if !s.recoveries.is_empty() {
        h.push_str("<h3>Recent recoveries</h3>\n<ul>");
        for r in &s.recoveries {
            let succ = r
                .successor
                .as_deref()
                .map(|x| format!(" → <code>{}</code>", escape(x)))
                .unwrap_or_default();
            let _ = write!(
                h,
                "<li><a href=\"#r{}\">#{}</a> {} <code>{}</code> on <code>{}</code>{succ}, {}</li>",
                r.id,
                r.id,
                result_badge(r.result),
                escape(&r.code),
                escape(&r.alias),
                utc(r.started_ms)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn opt_bool(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "–",
    }
}

fn thread(t: Option<ThreadState>) -> &'static str {
    match t {
        Some(ThreadState::Running) => "running",
        Some(ThreadState::Connecting) => "connecting",
        Some(ThreadState::Stopped) => "stopped",
        None => "–",
    }
}

/// A `<td>` with the label phones show in front of the value. `html` is already escaped; the
/// wrapper keeps it one flex item on phones, and carries `class` so the label keeps its font.
fn td(h: &mut String, label: &str, class: &str, html: &str) {
    let _ = write!(h, "<td data-label=\"{label}\"><span{class}>{html}</span></td>");
}

/// A `<td>` holding prose: on phones its label goes above it and the text runs left-aligned.
fn td_text(h: &mut String, label: &str, html: &str) {
    let _ = write!(h, "<td class=\"text\" data-label=\"{label}\"><span>{html}</span></td>");
}

fn tablets_table(h: &mut String, tablets: &[TabletView], now: i64) {
    h.push_str("<div class=\"scroll\"><table class=\"stack\"><thead><tr><th>Tablet</th><th>Type</th><th>MySQL</th><th>State</th><th>Read-only</th><th>Replicating from</th><th>IO thread</th><th>SQL thread</th><th>Lag</th><th>GTID position</th><th>Semi-sync</th><th>Probed</th></tr></thead><tbody>\n");
    for t in tablets {
        h.push_str("<tr>");
        let mut alias = format!("<code>{}</code>", escape(&t.alias));
        if t.is_primary && t.state == TabletState::Unreachable {
            // The record still says primary; the server is gone.
            alias.push_str(" <b class=\"err\">(primary record, DEAD)</b>");
        } else if t.is_primary {
            alias.push_str(" <b>(primary)</b>");
        }
        if t.hostname != t.mysql_addr.rsplit_once(':').map_or("", |x| x.0) {
            let _ = write!(alias, "<br><span class=\"muted\">host {}</span>", escape(&t.hostname));
        }
        td(h, "Tablet", "", &alias);
        td(h, "Type", "", &escape(&t.tablet_type));
        td(h, "MySQL", " class=\"mono\"", &escape(&t.mysql_addr));
        td(h, "State", "", &state_badge(t.state));
        td(h, "Read-only", "", opt_bool(t.read_only));
        let source = match (&t.replicating_from_alias, &t.replicating_from) {
            (Some(a), Some(addr)) => {
                format!(
                    "<code>{}</code><br><span class=\"muted\">{}</span>",
                    escape(a),
                    escape(addr)
                )
            }
            (None, Some(addr)) => format!("<code>{}</code>", escape(addr)),
            _ => "–".into(),
        };
        td(h, "Replicating from", "", &source);
        td(h, "IO thread", "", thread(t.io_thread));
        td(h, "SQL thread", "", thread(t.sql_thread));
        let lag = t.lag_seconds.map_or_else(|| "–".into(), |l| format!("{l} s"));
        td(h, "Lag", "", &lag);
        let gtid = t.gtid_position.as_deref().map_or_else(|| "–".into(), escape);
        td(h, "GTID position", " class=\"mono gtid\"", &gtid);
        td(h, "Semi-sync", "", &escape(t.semi_sync.as_deref().unwrap_or("–")));
        let probed = t.checked_at_ms.map_or_else(
            || "never".into(),
            |c| format!("<span title=\"{}\">{} ago</span>", utc(c), age(now - c)),
        );
        td(h, "Probed", "", &probed);
        h.push_str("</tr>\n");
        // Errors get a full-width row of their own: long MySQL messages would otherwise make
        // one narrow column tower over the others.
        let errors: Vec<String> = [&t.error, &t.last_io_error, &t.last_sql_error]
            .into_iter()
            .flatten()
            .map(|e| escape(e))
            .collect();
        if !errors.is_empty() {
            let _ = writeln!(
                h,
                "<tr class=\"detail\"><td colspan=\"12\"><span class=\"err\"><b>{}:</b> {}</span></td></tr>",
                escape(&t.alias),
                errors.join("<br>")
            );
        }
    }
    h.push_str("</tbody></table></div>\n");
}

/// Every open problem, most urgent first, with what recover would really do (BLOCKED and the
/// command that lifts it when a gate stops it).
fn open_problems(h: &mut String, v: &StatusView) {
    // (problem, its shard's gates, whether its shard is gone from the topology)
    let mut rows: Vec<(&ProblemView, Option<&super::view::Gates>, bool)> = Vec::new();
    for k in &v.keyspaces {
        rows.extend(k.problems.iter().map(|p| (p, None, false)));
        for s in &k.shards {
            rows.extend(s.problems.iter().map(|p| (p, Some(&s.gates), false)));
        }
    }
    rows.extend(v.other_problems.iter().map(|p| (p, None, true)));
    if rows.is_empty() {
        return;
    }
    rows.sort_by_key(|(p, _, _)| p.priority);
    h.push_str("<section class=\"card\" id=\"problems\"><h2>Open problems</h2>\n<div class=\"scroll\"><table class=\"stack\"><thead><tr><th>Severity</th><th>Shard</th><th>Problem</th><th>Tablet</th><th>Since</th><th>What is wrong</th><th>Recover would</th></tr></thead><tbody>\n");
    for (p, g, gone) in rows {
        let line = super::problems::Line::of_detection(p, g);
        let sev = Health::of_priorities(std::iter::once(p.priority)).unwrap_or(Health::Warning);
        h.push_str("<tr>");
        td(h, "Severity", "", &health_badge(sev));
        let place = if p.shard.is_empty() {
            p.keyspace.clone()
        } else {
            format!("{}/{}", p.keyspace, p.shard)
        };
        let gone =
            if gone { " <span class=\"muted\">(no longer in the topology)</span>" } else { "" };
        td(h, "Shard", "", &format!("{}{gone}", escape(&place)));
        td(h, "Problem", "", &format!("<b>{}</b>", escape(&p.code)));
        td(h, "Tablet", " class=\"mono\"", &escape(&p.alias));
        td(h, "Since", "", &utc(p.first_seen_ms));
        td_text(h, "What is wrong", &escape(&p.description));
        let would = if line.blocked.is_some() {
            format!("<b>{}</b>", escape(&line.would))
        } else {
            escape(&line.would)
        };
        td_text(h, "Recover would", &would);
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table></div></section>\n");
}

fn history(h: &mut String, recs: &[RecoveryView]) {
    h.push_str("<section class=\"card\" id=\"recoveries\"><h2>Recovery history</h2>\n");
    if recs.is_empty() {
        h.push_str("<p class=\"muted\">No recoveries recorded.</p>\n</section>\n");
        return;
    }
    for (i, r) in recs.iter().enumerate() {
        // The newest recovery is open: it is the one an operator opens the page for.
        let open = if i == 0 { " open" } else { "" };
        let _ = write!(
            h,
            "<details id=\"r{}\"{open}><summary><b>#{}</b> {} <code>{}</code> {}/{} on <code>{}</code> · {}",
            r.id,
            r.id,
            result_badge(r.result),
            escape(&r.code),
            escape(&r.keyspace),
            escape(&r.shard),
            escape(&r.alias),
            utc(r.started_ms)
        );
        if let Some(d) = r.duration_ms {
            let _ = write!(h, " · took {}", duration(d));
        }
        h.push_str("</summary><div>\n");
        let mut facts = Vec::new();
        if r.failover {
            facts.push("failover (emergency reparent)".to_string());
        }
        if let Some(s) = &r.successor {
            facts.push(format!("new primary <code>{}</code>", escape(s)));
        }
        if let Some(d) = r.detection_id {
            facts.push(format!("detection #{d}"));
        }
        if let Some(e) = r.ended_ms {
            facts.push(format!("ended {}", utc(e)));
        }
        if !facts.is_empty() {
            let _ = writeln!(h, "<p class=\"meta\">{}</p>", facts.join(" · "));
        }
        for e in &r.errors {
            let _ = writeln!(h, "<p class=\"err\">{}</p>", escape(e));
        }
        phases(h, r);
        if r.steps.is_empty() {
            h.push_str("<p class=\"muted\">No steps recorded.</p>\n");
        } else {
            h.push_str("<ol class=\"timeline\">\n");
            for s in &r.steps {
                let _ = writeln!(
                    h,
                    "<li><time datetime=\"{}\" title=\"{}\">{}</time> <b>{}</b> {}</li>",
                    utc(s.at_ms),
                    utc(s.at_ms),
                    offset(s.offset_ms),
                    escape(&s.step),
                    escape(&s.message)
                );
            }
            h.push_str("</ol>\n");
        }
        h.push_str("</div></details>\n");
    }
    h.push_str("</section>\n");
}

/// The phases of a recovery at a glance, with the time of each since the start: detect →
/// decide → promote → repoint → topology written (those the recovery went through).
fn phases(h: &mut String, r: &RecoveryView) {
    const PHASES: [(&str, &[&str]); 5] = [
        ("detect", &["detected"]),
        ("decide", &["decided"]),
        ("promote", &["promoted"]),
        ("repoint", &["replicas repointed", "replica repointed"]),
        ("topology written", &["topology written"]),
    ];
    let seen: Vec<(&str, i64, i64)> = PHASES
        .iter()
        .filter_map(|(name, steps)| {
            r.steps
                .iter()
                .find(|s| steps.contains(&s.step.as_str()))
                .map(|s| (*name, s.offset_ms, s.at_ms))
        })
        .collect();
    if seen.is_empty() {
        return;
    }
    h.push_str("<ol class=\"phases\" aria-label=\"phases\">");
    for (name, off, at) in seen {
        let _ = write!(
            h,
            "<li><b>{name}</b> <time datetime=\"{}\" title=\"{}\">{}</time></li>",
            utc(at),
            utc(at),
            offset(off)
        );
    }
    h.push_str("</ol>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::{Sample, XSS};

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x" b='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; b=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escape("zone1-0000000101 ✓"), "zone1-0000000101 ✓");
        assert_eq!(escape(""), "");
        assert_eq!(escape(XSS), "&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    fn sample_page() -> String {
        page(
            &Sample::new().view(),
            &PageOptions {
                host: "db-admin<1>".into(),
                refresh_seconds: None,
                alert: None,
                mode: None,
            },
        )
    }

    #[test]
    fn hostile_strings_are_escaped_everywhere() {
        let html = sample_page();
        // The only tags are ours: no <script from the data, and the CSP forbids scripts anyway.
        assert!(!html.contains("<script"), "raw script tag in page");
        assert!(!html.contains("<b>evil"), "raw data tag");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;:3307"));
        assert!(html.contains("host&quot;&#39;&amp;&lt;&gt;"));
        assert!(html.contains("db-admin&lt;1&gt;"));
        assert!(html.contains("default-src 'none'"));
        let body = html.split("</style>").nth(1).unwrap();
        assert_eq!(body.matches('<').count(), body.matches('>').count(), "every < we wrote closes");
    }

    #[test]
    fn page_shows_health_words_shards_and_timeline() {
        let html = sample_page();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("name=\"viewport\""));
        assert!(!html.contains("http-equiv=\"refresh\""));
        assert!(html.contains("<title>vtorc-rs status: WARNING</title>"));
        assert!(html.contains(">WARNING</span>"));
        assert!(html.contains(">REPLICATING</span>"));
        assert!(html.contains(">UNREACHABLE</span>"));
        assert!(html.contains(">NOT PROBED</span>"));
        assert!(html.contains("id=\"s1\""));
        assert!(html.contains("commerce/0"));
        assert!(html.contains("Generated <time datetime=\"2023-11-14T22:15:00Z\">"));
        assert!(html.contains("<details id=\"r3\" open>"));
        assert!(html.contains("<time datetime=\"2023-11-14T22:14:01Z\" title=\"2023-11-14T22:14:01Z\">+1.200s</time> <b>promoted</b> promoted &lt;script&gt;"));
        assert!(html.contains("failovers blocked until"));
        assert!(
            html.contains("<ol class=\"phases\" aria-label=\"phases\"><li><b>promote</b> <time datetime=\"2023-11-14T22:14:01Z\" title=\"2023-11-14T22:14:01Z\">+1.200s</time></li></ol>"),
            "the phase strip"
        );
        assert!(html.contains("NoDurabilityPolicy"));
        assert!(html.contains("no longer in the topology"));
        assert!(!html.contains("http://") && !html.contains("https://"), "no external assets");
    }

    /// Issue 16: a dead primary is shown dead, problems come first, an empty shard is EMPTY
    /// without darkening the page, and each shard has its replication picture.
    #[test]
    fn dead_primary_problems_first_empty_shard_and_tree() {
        let mut s = Sample::new();
        s.instances[0].reachable = false;
        s.instances[0].error = Some("connect: refused".into());
        let mut empty = s.topo.shards[0].clone();
        empty.name = "80-".into();
        s.topo.shards.push(empty);
        s.detections.retain(|d| d.keyspace == "commerce");
        s.detections[0].priority = 0;
        s.detections[0].code = "DeadPrimary".into();
        s.detections[0].alias = "zone1-0000000101".into();
        s.detections[0].action = "emergency failover".into();
        let v = s.view();
        let html = page(&v, &PageOptions::default());
        assert!(html
            .contains("<code>zone1-0000000101</code> <b class=\"err\">(primary record, DEAD)</b>"));
        let problems = html.find("id=\"problems\"").expect("a problems card");
        let first_shard = html.find("id=\"s1\"").expect("shard sections");
        assert!(problems < first_shard, "problems come first");
        assert!(html.contains("<title>vtorc-rs status: CRITICAL</title>"));
        assert!(html.contains(">EMPTY</span>") && html.contains("Empty: no tablets"), "{html}");
        assert!(html.contains("<svg class=\"tree\""));
        assert!(html.contains("DEAD PRIMARY"));
        // The failover is blocked in the sample (anti-flapping): the page says so.
        assert!(
            html.contains("<b>BLOCKED, not emergency failover: anti-flapping block until"),
            "{html}"
        );
        let shard = v.shards().find(|x| x.name == "80-").expect("empty shard");
        assert_eq!(shard.health, Health::Empty);
        let mut healthy = Sample::new();
        healthy.detections.clear();
        healthy.instances.truncate(3);
        healthy.topo.tablets.truncate(3);
        healthy.filter = crate::model::ClusterFilter::parse(&["commerce".into()]).unwrap();
        let mut e = healthy.topo.shards[0].clone();
        e.name = "80-".into();
        healthy.topo.shards.push(e);
        assert_eq!(
            healthy.view().health,
            Health::Healthy,
            "an empty shard does not darken the page"
        );
    }

    #[test]
    fn refresh_and_empty_history() {
        let mut s = Sample::new();
        s.recoveries.clear();
        let html = page(
            &s.view(),
            &PageOptions {
                host: "h".into(),
                refresh_seconds: Some(5),
                alert: Some("<x>".into()),
                mode: Some("watch: instant detection on".into()),
            },
        );
        assert!(html.contains("vtorc-rs: &lt;x&gt;"), "alert shown, escaped");
        assert!(html.contains("instant detection on"), "mode in the footer");
        assert!(html.contains("<meta http-equiv=\"refresh\" content=\"5\">"));
        assert!(html.contains("No recoveries recorded."));
    }
}
