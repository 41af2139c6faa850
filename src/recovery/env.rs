//! What one shard's recoveries work with: the shard as re-read under the lock, credentials, the
//! open recovery record, and small helpers for running MySQL actions on several tablets at once.

use super::RecoverOpts;
use crate::analysis::Policy;
use crate::context::{now_ms, Context};
use crate::model::{InstanceState, Keyspace, Shard, Tablet, TabletAlias, TabletType};
use crate::mysql::actions::Session;
use crate::mysql::{Addr, MysqlError};
use crate::secret::Credentials;
use crate::store::Store;
use crate::topo::{ShardLock, Topo};
use std::collections::HashMap;

/// The shard as seen under the lock.
#[derive(Debug, Clone)]
pub struct ShardView {
    pub keyspace: Keyspace,
    pub shard: Shard,
    pub tablets: Vec<Tablet>,
    /// Fresh probes, keyed by zero-padded alias.
    pub instances: HashMap<String, InstanceState>,
    pub policy: Policy,
    /// Tablets the last check found with errant GTIDs (never promoted).
    pub errant: std::collections::HashSet<String>,
}

impl ShardView {
    pub fn instance(&self, alias: &TabletAlias) -> Option<&InstanceState> {
        self.instances.get(&alias.to_string())
    }
    pub fn reachable(&self, alias: &TabletAlias) -> bool {
        self.instance(alias).is_some_and(|i| i.reachable)
    }
    pub fn tablet(&self, alias: &str) -> Option<&Tablet> {
        self.tablets.iter().find(|t| t.alias.to_string() == alias)
    }
    /// VTOrc's cluster primary: the PRIMARY-typed record with the newest term.
    pub fn topo_primary(&self) -> Option<&Tablet> {
        self.tablets
            .iter()
            .filter(|t| t.tablet_type() == TabletType::Primary)
            // Newest term; among equal terms the lowest alias, as the analysis picks it.
            .min_by(|a, b| {
                b.primary_term_start
                    .unwrap_or_default()
                    .cmp(&a.primary_term_start.unwrap_or_default())
                    .then(a.alias.cmp(&b.alias))
            })
    }
}

/// The MySQL address of a tablet.
pub fn addr(t: &Tablet) -> Addr {
    Addr { host: t.mysql_hostname.clone(), port: u16::try_from(t.mysql_port).unwrap_or(0) }
}

/// One recovery attempt's record: every step is written to the state file as it happens, so a
/// crash or a lost etcd leaves a record that says exactly how far it got.
pub struct Recorder {
    pub store: Store,
    pub id: Option<i64>,
    pub steps: Vec<(i64, String, String)>,
    pub out: crate::render::out::Out,
    pub label: String,
}

impl Recorder {
    pub fn step(&mut self, step: &str, message: &str) {
        let at = now_ms();
        self.steps.push((at, step.to_string(), message.to_string()));
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

/// A tablet that could not be reached, with why.
pub type Failed = (Tablet, MysqlError);

/// Everything an executor needs.
pub struct Env<'a> {
    pub ctx: &'a Context,
    pub opts: &'a RecoverOpts,
    pub topo: &'a Topo,
    pub lock: &'a ShardLock,
    pub creds: Credentials,
    pub repl: Credentials,
    pub view: ShardView,
    pub rec: Recorder,
}

impl Env<'_> {
    /// Opens a session to a tablet's MySQL.
    pub fn connect(&self, t: &Tablet) -> Result<Session, MysqlError> {
        Session::connect(&addr(t), &self.creds, self.ctx.opts.mysql_timeout)
    }

    /// Opens sessions to `tablets` in parallel; failures are returned beside the sessions.
    pub fn connect_all(&self, tablets: &[Tablet]) -> (Vec<(Tablet, Session)>, Vec<Failed>) {
        // The recorder's SQLite connection is not Sync: share only what connecting needs.
        let (creds, timeout) = (&self.creds, self.ctx.opts.mysql_timeout);
        let results: Vec<(Tablet, Result<Session, MysqlError>)> = std::thread::scope(|s| {
            let handles: Vec<_> = tablets
                .iter()
                .map(|t| {
                    let t = t.clone();
                    s.spawn(move || {
                        let r = Session::connect(&addr(&t), creds, timeout);
                        (t, r)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut ok = Vec::new();
        let mut failed = Vec::new();
        for (t, r) in results {
            match r {
                Ok(s) => ok.push((t, s)),
                Err(e) => failed.push((t, e)),
            }
        }
        (ok, failed)
    }
}

/// Runs `f` on every session at once and returns the results in order.
pub fn par_each<R: Send>(
    sessions: &mut [(Tablet, Session)],
    f: impl Fn(&Tablet, &mut Session) -> R + Sync,
) -> Vec<(String, R)> {
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = sessions
            .iter_mut()
            .map(|(t, sess)| s.spawn(move || (t.alias.to_string(), f(t, sess))))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
