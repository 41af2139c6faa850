//! `watch`'s instant detection. The sentinel (`mysql::sentinel`) holds an idle connection to
//! every watched primary; when one breaks, the shard is checked (and recovered, if the usual
//! analysis says so) at once instead of at the next tick, then re-checked a few times in quick
//! succession: the kernel closes a dead mysqld's sockets within a millisecond, but its replicas'
//! IO threads notice a few milliseconds later, and a dead primary is only confirmed by them.
//! A hung primary (SIGSTOP, a black-holed host) closes nothing: the poll cycle finds it.

use crate::context::Context;
use crate::model::{TabletType, Topology};
use crate::mysql::sentinel::{Sentinel, Target};
use crate::mysql::Addr;
use std::time::{Duration, Instant};

/// When a broken connection's shard is checked, after the break.
const CHECKS_AFTER_MS: [u64; 7] = [0, 20, 60, 150, 400, 1000, 2500];

pub(super) struct Detector {
    sentinel: Sentinel,
    pending: Vec<Pending>,
}

/// A shard to check again after its primary's connection broke.
struct Pending {
    due: Instant,
    keyspace: String,
    shard: String,
    why: String,
    broke_at: Instant,
    /// Index into `CHECKS_AFTER_MS`.
    step: usize,
    /// Re-check after the first check (a break); a server answering again needs one check.
    follow_ups: bool,
}

/// One scoped check the loop must run now.
pub(super) struct Due {
    pub keyspace: String,
    pub shard: String,
    /// For the log: what triggered it.
    pub why: String,
}

/// The sentinel target of tablet `alias` (zero-padded or short), if it has a usable address.
pub(crate) fn target_of(t: &Topology, alias: &str) -> Option<Target> {
    let want: crate::model::TabletAlias = alias.parse().ok()?;
    target(t.tablets.iter().find(|x| x.alias == want)?)
}

fn target(tab: &crate::model::Tablet) -> Option<Target> {
    let port = u16::try_from(tab.mysql_port).ok().filter(|p| *p > 0)?;
    Some(Target {
        alias: tab.alias.to_string(),
        keyspace: tab.keyspace.clone(),
        shard: tab.shard.clone(),
        addr: Addr { host: tab.mysql_hostname.clone(), port },
    })
}

/// The PRIMARY-typed tablet with the newest term of each shard.
pub(crate) fn primaries(t: &Topology) -> Vec<Target> {
    let mut best: std::collections::BTreeMap<(&str, &str), &crate::model::Tablet> =
        std::collections::BTreeMap::new();
    for tab in t.tablets.iter().filter(|x| x.tablet_type() == TabletType::Primary) {
        let k = (tab.keyspace.as_str(), tab.shard.as_str());
        let newer = best.get(&k).is_none_or(|b| {
            tab.primary_term_start.unwrap_or_default() > b.primary_term_start.unwrap_or_default()
        });
        if newer {
            best.insert(k, tab);
        }
    }
    best.values().filter_map(|tab| target(tab)).collect()
}

impl Detector {
    pub fn start(ctx: &Context) -> anyhow::Result<Detector> {
        let creds = ctx.mysql_credentials()?;
        let sentinel = Sentinel::start(creds, ctx.opts.mysql_timeout);
        Ok(Detector { sentinel, pending: Vec::new() })
    }

    pub fn watch(&self, targets: Vec<Target>) {
        self.sentinel.watch(targets);
    }

    /// After a failover: check the shard the moment its old primary answers again, so a primary
    /// that was hung rather than dead is fenced at once, not at the next poll.
    pub fn await_old_primary(&self, target: Target) {
        self.sentinel.await_answer(target);
    }

    /// A recovery ran in the shard: no more quick re-checks for it.
    pub fn settled(&mut self, keyspace: &str, shard: &str) {
        self.pending.retain(|p| !(p.keyspace == keyspace && p.shard == shard));
    }

    /// Waits up to `max` for a broken connection or a due re-check; returns the checks to run.
    pub fn next(&mut self, max: Duration) -> Vec<Due> {
        let now = Instant::now();
        let until_due = self.pending.iter().map(|p| p.due.saturating_duration_since(now)).min();
        let wait = until_due.map_or(max, |d| d.min(max));
        if let Ok(b) = self.sentinel.events.recv_timeout(wait) {
            let why = format!(
                "instant detection: the connection to primary {} ({}) of {}/{} broke ({})",
                b.target.alias, b.target.addr, b.target.keyspace, b.target.shard, b.reason
            );
            self.settled(&b.target.keyspace, &b.target.shard);
            self.pending.push(Pending {
                due: b.at,
                keyspace: b.target.keyspace,
                shard: b.target.shard,
                why,
                broke_at: b.at,
                step: 0,
                follow_ups: true,
            });
        }
        while let Ok(t) = self.sentinel.answers.try_recv() {
            let why = format!(
                "instant detection: the old primary {} ({}) of {}/{} answers again after the failover",
                t.alias, t.addr, t.keyspace, t.shard
            );
            let now = Instant::now();
            self.pending.push(Pending {
                due: now,
                keyspace: t.keyspace,
                shard: t.shard,
                why,
                broke_at: now,
                step: 0,
                // One check: the fence needs nothing to settle.
                follow_ups: false,
            });
        }
        let now = Instant::now();
        let (ready, later): (Vec<Pending>, Vec<Pending>) =
            self.pending.drain(..).partition(|p| p.due <= now);
        self.pending = later;
        let mut due = Vec::new();
        for p in ready {
            let why = if p.step == 0 {
                format!("{}: checking {}/{} now", p.why, p.keyspace, p.shard)
            } else {
                format!(
                    "{}: re-checking {}/{} ({} ms after the break)",
                    p.why, p.keyspace, p.shard, CHECKS_AFTER_MS[p.step]
                )
            };
            due.push(Due { keyspace: p.keyspace.clone(), shard: p.shard.clone(), why });
            if let Some(next) = CHECKS_AFTER_MS.get(p.step + 1).filter(|_| p.follow_ups) {
                self.pending.push(Pending {
                    due: p.broke_at + Duration::from_millis(*next),
                    step: p.step + 1,
                    ..p
                });
            }
        }
        due
    }
}
