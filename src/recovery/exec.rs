//! Runs a plan's steps in order, recording each (its index, what it was, how long it took and
//! what it did) in the state file as it happens. The steps are the plan's: nothing here decides
//! what to change, only how to run it and what to do when a step fails (restart the IO threads a
//! failed failover stopped, where that cannot cost a relay log).

use super::env::{addr, Deps, Recorder};
use super::hooks;
use crate::analysis::plan::{io_restart_safe, HookKind, Step, Target};
use crate::analysis::relay::{missing_high_water, position_of, relay_applied, sql_stopped};
use crate::analysis::GtidSet;
use crate::model::{InstanceState, Tablet, TabletType};
use crate::mysql::actions::{Action, Session, Sessions};
use crate::mysql::probe::{probe, ProbeTarget};
use crate::mysql::MysqlError;
use crate::topo::{FailoverBlock, ShardLock};
use anyhow::{anyhow, bail, Context as _, Result};
use std::collections::HashMap;

/// One recovery's run: open sessions, the latest probes, and what must be undone on failure.
pub struct Exec<'a> {
    pub deps: &'a Deps<'a>,
    pub lock: &'a ShardLock,
    pub rec: Recorder<'a>,
    sessions: HashMap<String, Session>,
    /// Probes taken during the run (after stopping IO threads, re-probes).
    pub latest: HashMap<String, InstanceState>,
    /// IO threads this run stopped, and whether the old primary answered (was demoted).
    io_stopped: Vec<Target>,
    primary_alive: bool,
    /// The winner's replication was reset: from here a failure leaves IO threads stopped.
    promoting: bool,
    /// Tablets whose latest probe was taken after their IO thread stopped and that nothing has
    /// changed since (no wait for their relay log).
    still_fresh: std::collections::HashSet<String>,
    /// A demoted primary and how to make it the primary again, until the candidate is promoted.
    undo_demotion: Option<(Target, Vec<Action>)>,
    /// Replicas a promotion could not repoint (the next run retries them).
    pub not_repointed: Vec<String>,
    keyspace: String,
    shard: String,
}

impl<'a> Exec<'a> {
    pub fn new(
        deps: &'a Deps<'a>,
        lock: &'a ShardLock,
        rec: Recorder<'a>,
        ks: &str,
        shard: &str,
    ) -> Self {
        Exec {
            deps,
            lock,
            rec,
            sessions: HashMap::new(),
            latest: HashMap::new(),
            io_stopped: Vec::new(),
            primary_alive: false,
            promoting: false,
            undo_demotion: None,
            still_fresh: Default::default(),
            not_repointed: Vec::new(),
            keyspace: ks.to_string(),
            shard: shard.to_string(),
        }
    }

    /// Runs `steps` in order; the first failure ends the run (after undoing what it can).
    pub fn run(&mut self, steps: &[Step], first_index: usize) -> Result<()> {
        for (i, s) in steps.iter().enumerate() {
            let started = (self.deps.clock)();
            let r = self.step(s);
            let idx = first_index + i + 1;
            match r {
                Ok(Some((name, msg))) => self.rec.plan_step(idx, started, &name, true, &msg),
                Ok(None) => {}
                Err(e) => {
                    let name = crate::render::plan::step_name(s);
                    self.rec.plan_step(idx, started, name, false, &format!("{e:#}"));
                    self.undo_demote();
                    self.undo_io();
                    return Err(
                        e.context(format!("step {idx} ({})", crate::render::plan::step_name(s)))
                    );
                }
            }
        }
        Ok(())
    }

    /// Runs the steps that follow success or failure; their failures are only recorded.
    pub fn run_after(&mut self, steps: &[Step]) {
        for s in steps {
            match self.step(s) {
                Ok(Some((name, msg))) => self.rec.step(&name, &msg),
                Ok(None) => {}
                Err(e) => self.rec.step("error", &format!("{e:#}")),
            }
        }
    }

    fn session(&mut self, t: &Tablet) -> Result<&mut Session, MysqlError> {
        let key = t.alias.to_string();
        if !self.sessions.contains_key(&key) {
            let s = Session::connect(&addr(t), &self.deps.creds, self.deps.mysql_timeout)?;
            self.sessions.insert(key.clone(), s);
        }
        Ok(self.sessions.get_mut(&key).expect("inserted above"))
    }

    /// Sessions for `targets`, connected in parallel where not open yet; any that cannot be
    /// opened is an error naming it (its state is unknown: fail closed).
    fn take(&mut self, targets: &[&Tablet]) -> Result<Vec<(Tablet, Session)>> {
        let missing: Vec<&Tablet> = targets
            .iter()
            .copied()
            .filter(|t| !self.sessions.contains_key(&t.alias.to_string()))
            .collect();
        let (creds, timeout) = (&self.deps.creds, self.deps.mysql_timeout);
        let opened: Vec<(Tablet, Result<Session, MysqlError>)> = std::thread::scope(|s| {
            let hs: Vec<_> = missing
                .iter()
                .map(|t| {
                    s.spawn(move || ((*t).clone(), Session::connect(&addr(t), creds, timeout)))
                })
                .collect();
            hs.into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut failed = Vec::new();
        for (t, r) in opened {
            match r {
                Ok(s) => {
                    self.sessions.insert(t.alias.to_string(), s);
                }
                Err(e) => failed.push(format!("{}: {e}", t.alias)),
            }
        }
        if !failed.is_empty() {
            bail!("cannot reach {}", failed.join("; "));
        }
        Ok(targets
            .iter()
            .filter_map(|t| self.sessions.remove(&t.alias.to_string()).map(|s| ((*t).clone(), s)))
            .collect())
    }

    fn give_back(&mut self, sessions: Vec<(Tablet, Session)>) {
        for (t, s) in sessions {
            self.sessions.insert(t.alias.to_string(), s);
        }
    }

    /// Probes `tablets` in parallel and keeps the results as the latest.
    pub fn probe(&mut self, tablets: &[&Tablet]) -> HashMap<String, InstanceState> {
        let now = (self.deps.clock)();
        let (creds, timeout) = (&self.deps.creds, self.deps.mysql_timeout);
        let got: HashMap<String, InstanceState> = std::thread::scope(|s| {
            let hs: Vec<_> = tablets
                .iter()
                .map(|t| {
                    let target = ProbeTarget {
                        alias: t.alias.to_string(),
                        host: t.mysql_hostname.clone(),
                        port: addr(t).port,
                    };
                    s.spawn(move || probe(&target, creds, timeout, now))
                })
                .collect();
            hs.into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .map(|st| (st.alias.clone(), st))
                .collect()
        });
        self.latest.extend(got.clone());
        got
    }

    /// One step; returns what to record (None: nothing worth a line).
    fn step(&mut self, s: &Step) -> Result<Option<(String, String)>> {
        let done = |name: &str, msg: String| Ok(Some((name.to_string(), msg)));
        match s {
            Step::Note { what, text } => done(what, text.clone()),
            Step::Sql { target, actions } => {
                let t = &target.tablet;
                let sess = self.session(t).with_context(|| format!("connecting to {}", t.alias))?;
                run_all(sess, actions).with_context(|| format!("on {}", t.alias))?;
                if actions.first() == Some(&Action::ResetReplicationAll) {
                    self.promoting = true;
                    self.undo_demotion = None;
                }
                done("sql", format!("{}: {}", t.alias, shown(target, actions)))
            }
            Step::Fence { target } => {
                self.fence(&target.tablet).map(|m| Some(("fenced".into(), m)))
            }
            Step::StopIoThreads { targets, primary_alive } => {
                self.stop_io_threads(targets, *primary_alive)
            }
            Step::WaitRelayLogs { waits, timeout } => self.wait_relay_logs(waits, *timeout),
            Step::Reprobe { targets } => {
                // A tablet probed after its IO thread stopped, with no wait since, still holds
                // exactly that position: only the others are read again.
                let tablets: Vec<&Tablet> = targets
                    .iter()
                    .filter(|t| !self.still_fresh.contains(&t.alias()))
                    .map(|t| &t.tablet)
                    .collect();
                self.probe(&tablets);
                Ok(None)
            }
            Step::CatchUp { winner, source, actions, wait_for, need, missing, timeout } => {
                self.catch_up(winner, source, actions, wait_for, need, *timeout)?;
                let (w, src) = (winner.alias(), source.alias());
                done("caught up", format!("{w} caught up from {src} to {wait_for} ({missing})"))
            }
            Step::HoldsHighWater { target, mark } => {
                let got = self.probe(&[&target.tablet]);
                let missing = got
                    .get(&target.alias())
                    .map_or_else(|| Some(mark.position.clone()), |st| missing_high_water(mark, st));
                if let Some(missing) = missing {
                    bail!("{} lacks {missing} of the high-water mark {} (last raised by {}): not promoting it", target.alias(), mark.position, mark.tablet);
                }
                Ok(None)
            }
            Step::CheckLock { before } => {
                self.lock.check().with_context(|| {
                    format!("lost the shard lock before {before}: nothing more was changed")
                })?;
                Ok(None)
            }
            Step::LeaveAlone { target, reason, actions } => {
                let r = self
                    .session(&target.tablet)
                    .map_err(anyhow::Error::from)
                    .and_then(|s| run_all(s, actions));
                let failed = r.err().map(|e| format!(" (failed: {e:#})")).unwrap_or_default();
                done("left alone", format!("{reason}{failed}"))
            }
            Step::WriteTopology { primary, demoted } => self
                .write_topology(primary, demoted.as_ref())
                .map(|m| Some(("topology written".into(), m))),
            Step::WriteTabletType { alias, tablet_type, clear_term } => {
                let (ty, clear) = (*tablet_type, *clear_term);
                self.deps.topo.update_tablet(alias, |x| {
                    x.type_value = ty as i32;
                    if clear {
                        x.primary_term_start = None;
                    }
                })?;
                done("topology written", format!("tablet record {alias} is {ty}"))
            }
            Step::SyncShard { primary } => self.sync_shard(primary),
            Step::CatchUpLive { primary, candidate, timeout } => {
                let pos = self.session(&primary.tablet)?.wait_position()?;
                let (p, c) = (primary.alias(), candidate.alias());
                if !self.session(&candidate.tablet)?.wait_for_position(&pos, *timeout)? {
                    bail!("{c} did not catch up to {p}'s position {pos} within {}s: nothing was changed", timeout.as_secs());
                }
                done(
                    "caught up",
                    format!("{c} has {p}'s position {pos} (taken while it was writable)"),
                )
            }
            Step::Demote { primary, actions, kill_admin_sessions, undo } => {
                self.demote(primary, actions, *kill_admin_sessions, undo)
            }
            Step::WaitDemoted { primary, candidate, timeout } => {
                self.wait_demoted(primary, candidate, *timeout)
            }
            Step::WritableAndRepoint { primary, repoint } => {
                self.writable_and_repoint(primary, repoint)
            }
            Step::RestartIoThread { target } => {
                let sess = self.session(&target.tablet)?;
                run_all(sess, &[Action::StopIoThread, Action::StartIoThread])?;
                let key = format!("restart-io:{}", target.alias());
                let _ = self.rec.store.set_last_action(&key, (self.deps.clock)());
                done("replicas restarted", format!("restarted the IO thread of {}", target.alias()))
            }
            Step::BestEffort(inner) => match self.step(inner) {
                Ok(r) => Ok(r),
                Err(e) => done("warning", format!("{e:#} (best effort: going on)")),
            },
            Step::Hook { kind, command, vars } => self.hook(*kind, command, vars),
            Step::Block { duration } => Ok(Some(self.place_block(*duration))),
            Step::GiveUp { reason } => {
                self.rec.step("refused", reason);
                Err(anyhow!("{reason}"))
            }
        }
    }

    /// Stops the IO threads at once, then reads what each received (what the waits wait for).
    fn stop_io_threads(
        &mut self,
        targets: &[Target],
        primary_alive: bool,
    ) -> Result<Option<(String, String)>> {
        self.primary_alive = primary_alive;
        let tablets: Vec<&Tablet> = targets.iter().map(|t| &t.tablet).collect();
        let mut sessions = self.take(&tablets)?;
        self.io_stopped = targets.to_vec();
        let results = par_each(&mut sessions, |_, s| s.stop_io_thread());
        self.give_back(sessions);
        let errs: Vec<String> = results
            .iter()
            .filter_map(|(a, r)| r.as_ref().err().map(|e| format!("{a}: {e}")))
            .collect();
        if !errs.is_empty() {
            bail!("could not stop the IO thread: {}", errs.join("; "));
        }
        // What each received before its IO thread stopped: what the waits wait for.
        let got = self.probe(&tablets);
        self.still_fresh = got.keys().cloned().collect();
        let unread: Vec<String> = tablets
            .iter()
            .filter(|t| !got.get(&t.alias.to_string()).is_some_and(|s| s.reachable && !s.partial))
            .map(|t| t.alias.to_string())
            .collect();
        if !unread.is_empty() {
            bail!(
                "cannot read the replication state of {} after stopping its IO thread",
                unread.join(", ")
            );
        }
        Ok(Some((
            "IO threads stopped".into(),
            tablets.iter().map(|t| t.alias.to_string()).collect::<Vec<_>>().join(", "),
        )))
    }

    /// Demotes a primary; on MariaDB then kills the sessions read_only does not stop. From here
    /// a failure makes it the primary again ([`Self::undo_demote`]).
    fn demote(
        &mut self,
        primary: &Target,
        actions: &[Action],
        kill: bool,
        undo: &[Action],
    ) -> Result<Option<(String, String)>> {
        self.undo_demotion = Some((primary.clone(), undo.to_vec()));
        let sess = self.session(&primary.tablet)?;
        run_all(sess, actions).with_context(|| format!("demoting {}", primary.alias()))?;
        let killed = if kill { sess.kill_sessions(Sessions::Admins)? } else { 0 };
        Ok(Some((
            "primary demoted".into(),
            format!(
                "{} is read-only; killed {killed} session(s) of users read_only does not stop",
                primary.alias()
            ),
        )))
    }

    /// The candidate must reach exactly the demoted primary's position. A session that could
    /// still write (an admin that reconnected) would move it: then its sessions are killed again
    /// and the wait repeats, at most three times.
    fn wait_demoted(
        &mut self,
        primary: &Target,
        candidate: &Target,
        timeout: std::time::Duration,
    ) -> Result<Option<(String, String)>> {
        let (p, c) = (primary.alias(), candidate.alias());
        for _ in 0..3 {
            let pos = self.session(&primary.tablet)?.wait_position()?;
            if !self.session(&candidate.tablet)?.wait_for_position(&pos, timeout)? {
                bail!(
                    "{c} did not reach {p}'s demoted position {pos} within {}s",
                    timeout.as_secs()
                );
            }
            let sess = self.session(&primary.tablet)?;
            if sess.wait_position()? == pos {
                return Ok(Some((
                    "candidate at the demoted position".into(),
                    format!("{c} has {p}'s final position {pos}"),
                )));
            }
            sess.kill_sessions(Sessions::Admins)?;
        }
        bail!("{p} kept taking writes after it was made read-only: not promoting {c}")
    }

    /// Makes a demoted primary the primary again after a failed switchover.
    fn undo_demote(&mut self) {
        let Some((t, undo)) = self.undo_demotion.take() else { return };
        let r =
            self.session(&t.tablet).map_err(anyhow::Error::from).and_then(|s| run_all(s, &undo));
        match r {
            Ok(()) => self.rec.step("demotion undone", &format!("{} is writable again: {}", t.alias(), shown(&t, &undo))),
            Err(e) => self.rec.step("error", &format!("could not undo the demotion of {}: {e:#}; the shard has no writable primary (recover repairs it)", t.alias())),
        }
    }

    /// Vitess's shard sync: the Shard record names `primary` with its term, only if newer.
    fn sync_shard(&mut self, primary: &Tablet) -> Result<Option<(String, String)>> {
        let term = primary
            .primary_term_start
            .ok_or_else(|| anyhow!("{} has no primary term", primary.alias))?;
        let mut moved = false;
        self.deps
            .topo
            .update_shard(&self.keyspace, &self.shard, |s| {
                moved = s.primary_term_start.is_none_or(|x| x < term);
                if moved {
                    s.primary_alias = Some(primary.alias.clone());
                    s.primary_term_start = Some(term);
                }
            })
            .with_context(|| format!("writing shard record {}/{}", self.keyspace, self.shard))?;
        if !moved {
            bail!(
                "the Shard record of {}/{} has a newer term than {}: left as it is",
                self.keyspace,
                self.shard,
                primary.alias
            );
        }
        Ok(Some((
            "topology written".into(),
            format!("shard {}/{} primary_alias={}", self.keyspace, self.shard, primary.alias),
        )))
    }

    fn hook(
        &mut self,
        kind: HookKind,
        command: &str,
        vars: &crate::analysis::plan::HookVars,
    ) -> Result<Option<(String, String)>> {
        let r = hooks::run(command, vars, self.deps.hook_timeout);
        if kind == HookKind::Pre {
            self.rec.step("pre-failover hook", &format!("{}: {}", r.status, r.output));
            if !r.ok {
                bail!(
                    "pre-failover hook {command:?} failed ({}): failover aborted before any change",
                    r.status
                );
            }
            return Ok(None);
        }
        Ok(Some(("hooks done".into(), format!("{command}: {}: {}", r.status, r.output))))
    }

    fn wait_relay_logs(
        &mut self,
        waits: &[(Target, String)],
        timeout: std::time::Duration,
    ) -> Result<Option<(String, String)>> {
        for (t, _) in waits {
            self.still_fresh.remove(&t.alias());
        }
        let tablets: Vec<&Tablet> = waits.iter().map(|(t, _)| &t.tablet).collect();
        // The position each received before its IO thread stopped (the plan's as probed before).
        let pos: HashMap<String, String> = waits
            .iter()
            .map(|(t, planned)| {
                let got = self
                    .latest
                    .get(&t.alias())
                    .and_then(|s| s.replication.as_ref())
                    .map(|r| r.retrieved_gtid.trim().to_string())
                    .filter(|p| !p.is_empty());
                (t.alias(), got.unwrap_or_else(|| planned.clone()))
            })
            .collect();
        let applied: Vec<String> = self
            .latest
            .values()
            .filter(|s| relay_applied(s) || sql_stopped(s))
            .map(|s| s.alias.clone())
            .collect();
        let mut sessions = self.take(&tablets)?;
        let results = par_each(&mut sessions, |t, s| {
            let a = t.alias.to_string();
            if applied.contains(&a) || pos[&a].is_empty() {
                return Ok(true);
            }
            s.wait_for_position(&pos[&a], timeout)
        });
        self.give_back(sessions);
        let late: Vec<String> = results
            .into_iter()
            .filter_map(|(a, r)| match r {
                Ok(true) => None,
                Ok(false) => Some(format!(
                    "{a} did not apply its relay log up to {} within {}s",
                    pos[&a],
                    timeout.as_secs()
                )),
                Err(e) => Some(format!("{a}: {e}")),
            })
            .collect();
        if !late.is_empty() {
            bail!("{}", late.join("; "));
        }
        Ok(Some((
            "relay logs applied".into(),
            format!("{} replicas applied everything they received", waits.len()),
        )))
    }

    fn catch_up(
        &mut self,
        winner: &Target,
        source: &Target,
        actions: &[Action],
        wait_for: &str,
        need: &str,
        timeout: std::time::Duration,
    ) -> Result<()> {
        let (w, src) = (winner.alias(), source.alias());
        let sess = self.session(&winner.tablet)?;
        run_all(sess, actions).with_context(|| format!("pointing {w} at {src} to catch up"))?;
        if !sess.wait_for_position(wait_for, timeout)? {
            bail!("{w} did not catch up to {wait_for} from {src} within {}s", timeout.as_secs());
        }
        // The wait follows the source's binlog; the election compared whole positions (a source
        // without log_slave_updates binlogs less than it applied). Check for real.
        let got = self.probe(&[&winner.tablet]);
        let have = got.get(&w).map(position_of).unwrap_or_default();
        let caught_up = matches!(
            (GtidSet::parse(winner.flavor, &have), GtidSet::parse(winner.flavor, need)),
            (Ok(h), Ok(n)) if h.at_least(&n)
        );
        if !caught_up {
            bail!("{w} is at {have} after catching up, short of {need} on {src}: not promoting it");
        }
        Ok(())
    }

    /// A failover's topology: new primary PRIMARY with a new term, the old one REPLICA without
    /// one, the shard record naming the new primary (terms only move forward). CAS writes, the
    /// lock re-checked first.
    fn write_topology(&mut self, winner: &Tablet, old: Option<&Tablet>) -> Result<String> {
        self.lock.check().context("lost the shard lock after promoting: MySQL was changed but the topology was not written; the next run will see StaleTopoPrimary/PrimaryIsReadOnly and finish")?;
        let now = (self.deps.clock)();
        let term = crate::topo::vttime_from_ms(now);
        let topo = self.deps.topo;
        let what = |a: &str| {
            format!("writing tablet record {a} ({} had its replication reset but was left read-only; no replica was repointed)", winner.alias)
        };
        topo.update_tablet(&winner.alias, |t| {
            t.type_value = TabletType::Primary as i32;
            t.primary_term_start = Some(term);
        })
        .with_context(|| what(&winner.alias.to_string()))?;
        if let Some(o) = old {
            topo.update_tablet(&o.alias, |t| {
                t.type_value = TabletType::Replica as i32;
                t.primary_term_start = None;
            })
            .with_context(|| what(&o.alias.to_string()))?;
        }
        let (ks, sh) = (self.keyspace.clone(), self.shard.clone());
        topo.update_shard(&ks, &sh, |s| {
            if s.primary_term_start.is_none_or(|t| t < term) {
                s.primary_alias = Some(winner.alias.clone());
                s.primary_term_start = Some(term);
            }
        })
        .with_context(|| format!("writing shard record {ks}/{sh}"))?;
        Ok(format!(
            "tablet {} PRIMARY (term {}){}; shard {ks}/{sh} primary_alias={}",
            winner.alias,
            crate::render::fmt::utc(now),
            old.map(|o| format!("; tablet {} REPLICA", o.alias)).unwrap_or_default(),
            winner.alias
        ))
    }

    /// Writable while the replicas are repointed, as ERS repoints while the new primary's
    /// vttablet publishes its record: neither waits for the other.
    fn writable_and_repoint(
        &mut self,
        primary: &Target,
        repoint: &[(Target, Vec<Action>)],
    ) -> Result<Option<(String, String)>> {
        let tablets: Vec<&Tablet> = repoint.iter().map(|(t, _)| &t.tablet).collect();
        let lists: HashMap<String, &Vec<Action>> =
            repoint.iter().map(|(t, a)| (t.alias(), a)).collect();
        // A replica that cannot be reached now is left for the next run, which repoints it.
        let mut rest = Vec::new();
        for t in &tablets {
            match self.take(&[t]) {
                Ok(mut s) => rest.append(&mut s),
                Err(e) => self.not_repointed.push(format!("{e:#}")),
            }
        }
        let w = primary.alias();
        let winner = self.session(&primary.tablet)?;
        let (repointed, writable) = std::thread::scope(|sc| {
            let rest = &mut rest;
            let lists = &lists;
            let h =
                sc.spawn(move || par_each(rest, |t, s| run_all(s, lists[&t.alias.to_string()])));
            let writable = winner.set_read_only(false);
            (h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), writable)
        });
        self.give_back(rest);
        writable.with_context(|| format!("making {w} writable"))?;
        self.rec.step(
            "promoted",
            &format!("{w} ({}) is the primary and writable", primary.tablet.mysql_addr()),
        );
        let mut ok = Vec::new();
        for (a, r) in repointed {
            match r {
                Ok(()) => ok.push(a),
                Err(e) => self.not_repointed.push(format!("{a}: {e:#}")),
            }
        }
        Ok(Some((
            "replicas repointed".into(),
            format!(
                "{} replicate from {w}{}",
                if ok.is_empty() { "none".to_string() } else { ok.join(", ") },
                if self.not_repointed.is_empty() {
                    String::new()
                } else {
                    format!("; failed: {}", self.not_repointed.join("; "))
                }
            ),
        )))
    }

    /// Makes a writable server that is not the shard's primary read-only without hanging: a
    /// former primary that resumes after a failover has commits waiting for semi-sync acks that
    /// will never come, and `read_only=ON` waits behind them. Their clients were not told OK, so
    /// killing those sessions loses nothing acknowledged; if read_only still does not take,
    /// every client session (never vtorc-rs's own, never replication threads) is killed.
    fn fence(&mut self, t: &Tablet) -> Result<String> {
        let what = || format!("fencing writable non-primary {}", t.alias);
        let (creds, timeout) = (&self.deps.creds, self.deps.mysql_timeout);
        let mut sess = Session::connect(&addr(t), creds, timeout).with_context(what)?;
        let waiters = sess.kill_sessions(Sessions::SemiSyncWaiters).with_context(what)?;
        let mut killed_all = None;
        if let Err(first) = sess.set_read_only(true) {
            // The session timed out (or broke) waiting: a fresh one kills every client and retries.
            let mut again = Session::connect(&addr(t), creds, timeout).with_context(what)?;
            killed_all = Some(again.kill_sessions(Sessions::AllClients).with_context(what)?);
            again.set_read_only(true).with_context(|| {
                format!("{}: read_only=ON failed twice (first: {first})", what())
            })?;
        }
        Ok(format!(
            "{} was writable without being the shard primary: killed {waiters} session(s) waiting for a semi-sync ack{}, read_only=ON",
            t.alias,
            killed_all.map(|n| format!(", then {n} client session(s) when read_only still waited")).unwrap_or_default()
        ))
    }

    /// Blocks further failovers in the shard: in etcd, where every vtorc-rs host reads it, then
    /// a copy in the state file. Placed whether or not the lock is still ours: a block can only
    /// stop a failover, never start one.
    fn place_block(&mut self, duration: std::time::Duration) -> (String, String) {
        let now = (self.deps.clock)();
        let block = FailoverBlock {
            keyspace: self.keyspace.clone(),
            shard: self.shard.clone(),
            until_ms: now + duration.as_millis() as i64,
            recovery_id: self.rec.id,
            host: crate::topo::lock::hostname(),
            created_ms: now,
            acked_by: None,
            acked_ms: None,
        };
        let until = crate::render::fmt::utc(block.until_ms);
        let msg = match self.deps.topo.place_failover_block(&block) {
            Ok(()) => format!("failovers blocked until {until}"),
            Err(e) => {
                let msg = format!(
                    "FAILOVER BLOCK NOT PLACED in etcd for {}/{}: {e}; another vtorc-rs host may fail this shard over again before {until}",
                    self.keyspace, self.shard
                );
                self.deps.out.warn(&msg);
                msg
            }
        };
        if let Err(e) = self.rec.store.block_failovers(
            &self.keyspace,
            &self.shard,
            block.until_ms,
            self.rec.id,
            now,
        ) {
            self.deps
                .out
                .warn(&format!("could not copy the anti-flapping block to the state file: {e}"));
        }
        ("failover block".into(), msg)
    }

    /// After a failed failover: restart the IO threads it stopped where that cannot cost a
    /// relay log ([`io_restart_safe`]); the others stay stopped and the record says so.
    /// [`Self::undo_io`] after the promotion was refused from the re-probed shard.
    pub fn undo_after_refusal(&mut self) {
        self.undo_io();
    }

    fn undo_io(&mut self) {
        if self.io_stopped.is_empty() {
            return;
        }
        let stopped = std::mem::take(&mut self.io_stopped);
        let alive = self.primary_alive && !self.promoting;
        let (restart, keep): (Vec<&Target>, Vec<&Target>) =
            stopped.iter().partition(|t| io_restart_safe(alive, self.latest.get(&t.alias())));
        if !keep.is_empty() {
            self.rec.step(
                "IO threads left stopped",
                &format!(
                    "{}: {}; restarting them could discard relay logs",
                    keep.iter().map(|t| t.alias()).collect::<Vec<_>>().join(", "),
                    if alive {
                        "their SQL thread is not running"
                    } else {
                        "the primary is unreachable"
                    }
                ),
            );
        }
        let tablets: Vec<&Tablet> = restart.iter().map(|t| &t.tablet).collect();
        let Ok(mut sessions) = self.take(&tablets) else { return };
        let results = par_each(&mut sessions, |_, s| s.start_io_thread());
        self.give_back(sessions);
        let failed: Vec<String> =
            results.into_iter().filter_map(|(a, r)| r.err().map(|e| format!("{a}: {e}"))).collect();
        if !failed.is_empty() {
            self.rec.step("error", &format!("could not restart IO threads: {}", failed.join("; ")));
        }
    }
}

fn shown(t: &Target, actions: &[Action]) -> String {
    actions
        .iter()
        .flat_map(|a| crate::mysql::actions::statement_text(t.flavor, a).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Runs a list of actions on a session, naming the first that fails.
pub fn run_all(sess: &mut Session, actions: &[Action]) -> Result<()> {
    for a in actions {
        sess.run(a).with_context(|| format!("on {}", sess.addr()))?;
    }
    Ok(())
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
