//! Where `watch` keeps its state, and what it does when the state file breaks.

use super::log;
use crate::context::{now_ms, Context};
use anyhow::Result;
use std::path::PathBuf;

/// Where `watch` keeps its state. Normally the state file; while that cannot be opened, read or
/// written (corrupt, disk full, deleted, permissions), a private SQLite file in memory
/// (`/dev/shm`), so probing, detection and failovers go on. The state file is tried again every
/// cycle and used again as soon as it opens; what was recorded in memory meanwhile stays in the
/// log (the anti-flapping block and the switches do not depend on it).
pub(super) struct StateKeeper {
    pub(super) fallback: Option<Fallback>,
    /// Device and inode of the state file when opened: a file deleted or replaced under watch
    /// is noticed and opened afresh instead of written into the void.
    identity: Option<(u64, u64)>,
}

pub(super) struct Fallback {
    dir: PathBuf,
    why: String,
}

fn identity(p: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()))
}

impl StateKeeper {
    pub(super) fn open(ctx: &Context) -> Result<(StateKeeper, crate::store::Store)> {
        let mut k = StateKeeper { fallback: None, identity: None };
        match ctx.store() {
            Ok(s) => {
                k.identity = identity(&ctx.opts.state_file);
                Ok((k, s))
            }
            Err(e) => {
                let store = k.enter_fallback(ctx, format!("{e:#}"))?;
                Ok((k, store))
            }
        }
    }

    fn enter_fallback(&mut self, ctx: &Context, why: String) -> Result<crate::store::Store> {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("vtorc-rs-{}-{}", std::process::id(), now_ms()));
        std::fs::create_dir_all(&dir)?;
        ctx.set_store_override(Some(dir.join("state.db")));
        let store = ctx.store()?;
        log(
            ctx,
            &format!(
                "STATE FILE UNUSABLE, state kept in memory ({}) until it can be written again; failovers go on: {why}",
                dir.display()
            ),
        );
        self.fallback = Some(Fallback { dir, why });
        Ok(store)
    }

    /// Moves to memory after a state-file failure in the middle of a cycle.
    pub(super) fn degrade(
        &mut self,
        ctx: &Context,
        store: &mut crate::store::Store,
        why: String,
    ) -> Result<()> {
        *store = self.enter_fallback(ctx, why)?;
        Ok(())
    }

    /// Before each cycle: back to the state file if it opens again; reopened if it was deleted
    /// or replaced.
    pub(super) fn check(&mut self, ctx: &Context, store: &mut crate::store::Store) {
        let path = &ctx.opts.state_file;
        if let Some(fb) = &self.fallback {
            if let Ok(s) = crate::store::Store::open(path) {
                ctx.set_store_override(None);
                log(
                    ctx,
                    &format!(
                        "state file {} usable again; state is written there from now on",
                        path.display()
                    ),
                );
                let _ = std::fs::remove_dir_all(&fb.dir);
                self.fallback = None;
                self.identity = identity(path);
                *store = s;
            }
            return;
        }
        let now = identity(path);
        if now != self.identity {
            log(
                ctx,
                &format!(
                    "state file {} was deleted or replaced under watch: opening it afresh",
                    path.display()
                ),
            );
            match ctx.store() {
                Ok(s) => {
                    *store = s;
                    self.identity = identity(path);
                }
                Err(e) => {
                    if let Ok(s) = self.enter_fallback(ctx, format!("{e:#}")) {
                        *store = s;
                    }
                }
            }
        }
    }

    /// The line the status page shows while the state file is unusable.
    pub(super) fn alert(&self) -> Option<String> {
        self.fallback.as_ref().map(|f| {
            format!(
                "the state file cannot be used; state is kept in memory and failovers go on ({})",
                f.why
            )
        })
    }
}

impl Drop for StateKeeper {
    fn drop(&mut self) {
        if let Some(fb) = &self.fallback {
            let _ = std::fs::remove_dir_all(&fb.dir);
        }
    }
}
