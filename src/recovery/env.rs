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
}

impl Recorder<'_> {
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
        self.out.status(&format!(
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
        self.out.status(&format!(
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
