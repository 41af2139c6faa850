//! What recoveries work with, handed down by the command layer as plain values: the topology
//! client, credentials (read once), timeouts, the store opener, the clock and the output; and the
//! recorder that writes each step of a recovery to the state file as it happens.

use crate::model::Tablet;
use crate::mysql::Addr;
use crate::render::out::Out;
use crate::secret::Credentials;
use crate::store::Store;
use crate::topo::Topo;
use std::time::Duration;

/// Each recovery's label and the error of its last failed attempt (see [`Deps::repeats`]).
pub type Repeats = std::sync::Mutex<std::collections::HashMap<String, String>>;

/// The recovery's inputs. Nothing below opens its own client or store or reads the clock
/// except through these.
pub struct Deps<'a> {
    pub topo: &'a Topo,
    pub creds: Credentials,
    /// What replicas use to connect to their primary (CHANGE MASTER ... MASTER_USER).
    pub repl: Credentials,
    pub mysql_timeout: Duration,
    /// Parallel probes when a shard is re-probed under the lock (`--probe-workers`).
    pub probe_workers: usize,
    pub hook_timeout: Duration,
    /// Opens the state file (each shard's thread has its own SQLite connection).
    pub open_store: &'a (dyn Fn() -> anyhow::Result<Store> + Sync),
    /// Unix milliseconds now.
    pub clock: &'a (dyn Fn() -> i64 + Sync),
    pub out: Out,
    /// `watch`: the recoveries whose last attempt failed, with the error. A new attempt of one of
    /// them keeps its step lines back and says them only if it ends differently, so a recovery
    /// that fails the same way at every cycle is said once (its record still has every step).
    pub repeats: Option<&'a Repeats>,
}

/// The MySQL address of a tablet.
pub fn addr(t: &Tablet) -> Addr {
    Addr { host: t.mysql_hostname.clone(), port: u16::try_from(t.mysql_port).unwrap_or(0) }
}

/// One recovery attempt's record: every step is written to the state file as it happens, so a
/// crash or a lost etcd leaves a record that says exactly how far it got.
pub struct Recorder<'a> {
    pub store: Store,
    pub id: Option<i64>,
    pub out: Out,
    pub label: String,
    pub clock: &'a (dyn Fn() -> i64 + Sync),
    /// Step lines kept back (see [`Deps::repeats`]); None: said as they happen.
    pub held: Option<Vec<String>>,
}

impl Recorder<'_> {
    fn say(&mut self, line: String) {
        match &mut self.held {
            Some(held) => held.push(line),
            None => self.out.status(&line),
        }
    }

    /// Settles the lines kept back once the attempt's outcome is known (`failed`: its error):
    /// said when it ended differently from the last attempt, dropped when it failed the same
    /// way again. Remembers the outcome for the next attempt.
    pub fn settle(&mut self, repeats: Option<&Repeats>, failed: Option<&str>) {
        let Some(repeats) = repeats else { return };
        let Ok(mut last) = repeats.lock() else { return };
        let same = failed.is_some_and(|e| last.get(&self.label).is_some_and(|l| l == e));
        match failed {
            Some(e) => last.insert(self.label.clone(), e.to_string()),
            None => last.remove(&self.label),
        };
        if let Some(held) = self.held.take() {
            if !same {
                for l in held {
                    self.out.status(&l);
                }
            }
        }
    }

    /// A plan step as it ran: its index in the plan, its name, when it started and ended, and
    /// whether it succeeded; logged as one line like every step.
    pub fn plan_step(
        &mut self,
        index: usize,
        started_ms: i64,
        step: &str,
        ok: bool,
        message: &str,
    ) {
        let at = (self.clock)();
        self.say(format!(
            "{} {}: {step}: {} [step {index}, {} ms{}]",
            crate::render::fmt::utc(at),
            self.label,
            message.replace('\n', " | "),
            at - started_ms,
            if ok { "" } else { ", failed" }
        ));
        if let Some(id) = self.id {
            let rec = crate::store::RecoveryStep {
                at_ms: at,
                step: step.to_string(),
                message: message.to_string(),
                plan_step: Some(index as i64),
                started_ms: Some(started_ms),
                result: Some(if ok { "ok" } else { "failed" }.to_string()),
            };
            if let Err(e) = self.store.add_plan_step(id, &rec) {
                self.out.warn(&format!("could not record step {step:?} of recovery {id}: {e}"));
            }
        }
    }

    pub fn step(&mut self, step: &str, message: &str) {
        let at = (self.clock)();
        // One line per event on stderr (journald); the record keeps the message as it is.
        self.say(format!(
            "{} {}: {step}: {}",
            crate::render::fmt::utc(at),
            self.label,
            message.replace('\n', " | ")
        ));
        if let Some(id) = self.id {
            if let Err(e) = self.store.add_recovery_step(id, at, step, message) {
                self.out.warn(&format!("could not record step {step:?} of recovery {id}: {e}"));
            }
        }
    }
}
