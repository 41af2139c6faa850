//! `vtorc-rs recoveries list|disable|enable`: the recovery history (state file) and the gates,
//! which live in etcd so every vtorc-rs host sees them. Effects: `list` reads the state file and
//! the gates from etcd (the state file's copy, said so, when etcd cannot be read);
//! `disable`/`enable` write the global switch in etcd (`<G>/vtorc-rs/recoveries_disabled`), or
//! with `--keyspace` (and `--shard`) Vitess's per-keyspace/shard emergency-reparent flag, then
//! the state file's copy and an audit line (only warned about when the state file fails).

use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use crate::render::view::{block_of, GatesSource, SharedGates};
use crate::store::{RecoveryRecord, Store, StoreError};
use crate::topo::TopoError;
use anyhow::{Context as _, Result};

#[derive(Debug, clap::Subcommand)]
pub enum RecoveriesCommands {
    /// List recent recoveries, newest first, with the global switch and failover blocks.
    List(ListArgs),
    /// Stop every vtorc-rs watching this topology from recovering anything (detection goes on).
    Disable(GateArgs),
    /// Allow recoveries again after `recoveries disable`.
    Enable(GateArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// How many recoveries to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

#[derive(Debug, clap::Args)]
pub struct GateArgs {
    /// Only this keyspace (switches Vitess's per-keyspace emergency-reparent flag).
    #[arg(long, value_name = "KEYSPACE")]
    pub keyspace: Option<String>,
    /// Only this shard of --keyspace.
    // Vitess shard names start with '-' (`-80`): a value, never a flag.
    #[arg(long, value_name = "SHARD", requires = "keyspace", allow_hyphen_values = true)]
    pub shard: Option<String>,
}

pub fn run(c: &RecoveriesCommands, ctx: &Context) -> Result<ExitCode> {
    match c {
        RecoveriesCommands::List(a) => list(a, ctx),
        RecoveriesCommands::Disable(a) => gate(a, ctx, true),
        RecoveriesCommands::Enable(a) => gate(a, ctx, false),
    }
}

/// The global switch and every failover block as etcd holds them; the state file's copy, with
/// the reason, when etcd cannot be read (callers show where the gates came from).
pub(crate) fn read_shared_gates(ctx: &Context, store: &Store, now: i64) -> Result<SharedGates> {
    let from_etcd = ctx.topo().and_then(|t| {
        let switch = t.recoveries_switch()?;
        Ok((switch, t.list_failover_blocks()?))
    });
    match from_etcd {
        Ok((switch, blocks)) => Ok(SharedGates {
            source: GatesSource::Etcd,
            error: None,
            disabled: switch.as_ref().is_some_and(|s| s.disabled),
            changed_ms: switch.map(|s| s.changed_ms),
            blocks,
        }),
        Err(e) => {
            let gate = store.global_gate()?;
            Ok(SharedGates {
                source: GatesSource::StateFile,
                error: Some(format!("{e:#}")),
                disabled: gate.disabled,
                changed_ms: gate.changed_ms,
                blocks: store.list_blocks(now)?.iter().map(block_of).collect(),
            })
        }
    }
}

fn list(args: &ListArgs, ctx: &Context) -> Result<ExitCode> {
    // Read-only, so a user who may only read the file can list; a host where nothing was ever
    // recorded has an empty history (and the gates from etcd, which then must answer).
    let (store, missing) = match ctx.store_read_only() {
        Ok(s) => (s, false),
        Err(e) if matches!(e.downcast_ref(), Some(StoreError::Missing { .. })) => {
            (Store::open_in_memory()?, true)
        }
        Err(e) => return Err(e),
    };
    let now = now_ms();
    let gates = read_shared_gates(ctx, &store, now)?;
    if let (true, Some(e)) = (missing, &gates.error) {
        return Err(anyhow::anyhow!(
            "reading the gates from etcd: {e} (and state file {} does not exist)",
            ctx.state_path().display()
        ));
    }
    if let Some(e) = &gates.error {
        ctx.out.warn(&format!(
            "etcd could not be read; showing this host's copy of the gates, which may be out of date: {e}"
        ));
    }
    // With --clusters-to-watch, filter before applying the limit so `--limit 5` shows five.
    let fetch = if ctx.filter.is_all() { args.limit } else { usize::MAX };
    let recoveries: Vec<RecoveryRecord> = store
        .list_recoveries(fetch)?
        .into_iter()
        .filter(|r| ctx.filter.matches(&r.keyspace, &r.shard))
        .take(args.limit)
        .collect();
    let blocks: Vec<_> = gates
        .blocks
        .iter()
        .filter(|b| b.in_force(now) && ctx.filter.matches(&b.keyspace, &b.shard))
        .collect();

    if ctx.opts.json {
        let doc = serde_json::json!({
            "recoveries_disabled_globally": gates.disabled,
            "global_switch_changed_ms": gates.changed_ms,
            "gates_source": gates.source,
            "gates_error": gates.error,
            "blocks": blocks,
            "recoveries": recoveries,
        });
        ctx.out.result(&serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::Ok);
    }

    let mut text = String::new();
    if gates.disabled {
        let since = gates.changed_ms.map(crate::render::fmt::utc).unwrap_or_default();
        text.push_str(&format!(
            "Recoveries: DISABLED globally since {since} (vtorc-rs recoveries enable)\n"
        ));
    } else {
        text.push_str("Recoveries: enabled\n");
    }
    for b in &blocks {
        let after = b.recovery_id.map(|id| format!(" after recovery #{id}")).unwrap_or_default();
        let by = if b.host.is_empty() { String::new() } else { format!(" on {}", b.host) };
        text.push_str(&format!(
            "Failovers blocked in {}/{} until {}{after}{by} (lift with: vtorc-rs ack {}/{})\n",
            b.keyspace,
            b.shard,
            crate::render::fmt::utc(b.until_ms),
            b.keyspace,
            b.shard
        ));
    }
    let term = ctx.term();
    let mut text = term.wrap_lines(&text);
    if recoveries.is_empty() {
        text.push_str("No recoveries recorded.\n");
    } else {
        text.push_str(&table(&recoveries, now, &term));
    }
    ctx.out.result(&text)?;
    Ok(ExitCode::Ok)
}

fn table(recs: &[RecoveryRecord], now: i64, term: &crate::render::term::Term) -> String {
    let views: Vec<_> = recs.iter().map(|r| crate::render::view::recovery_view(r, now)).collect();
    crate::render::table::recoveries_table(&views, term)
}

fn gate(args: &GateArgs, ctx: &Context, disable: bool) -> Result<ExitCode> {
    if let Some(keyspace) = &args.keyspace {
        return ers_gate(keyspace, args.shard.as_deref(), ctx, disable);
    }
    let now = now_ms();
    let was_disabled = ctx
        .topo()?
        .set_recoveries_disabled(disable, &crate::topo::lock::hostname(), now)
        .context("setting the global recoveries switch in etcd")?;
    let changed = was_disabled != disable;
    // The state file keeps a copy and the audit trail; the switch itself is already in etcd.
    let copied = ctx.store().and_then(|mut st| {
        // The copy audits its own flips; a flip only etcd saw (the copy was already so) is
        // audited here, so this host's history still says when the switch moved.
        if st.set_global_recoveries_disabled(disable, now)? == disable && changed {
            let (kind, msg) = if disable {
                ("recoveries-disabled", "recoveries disabled globally")
            } else {
                ("recoveries-enabled", "recoveries enabled globally")
            };
            st.audit(now, kind, "", "", "", msg)?;
        }
        Ok(())
    });
    if let Err(e) = &copied {
        ctx.out.warn(&format!(
            "the switch is set in etcd, but the state file's copy and audit line were not written: {e:#}"
        ));
    }
    if ctx.opts.json {
        let doc =
            serde_json::json!({ "recoveries_disabled_globally": disable, "changed": changed });
        ctx.out.result(&doc.to_string())?;
    } else {
        let state = if disable { "disabled" } else { "enabled" };
        let msg = if changed {
            format!(
                "Recoveries {state} globally (in etcd, for every vtorc-rs host; audit line in {}).",
                audit_file(ctx, &copied)
            )
        } else {
            format!("Recoveries were already {state} globally.")
        };
        ctx.out.result(&msg)?;
    }
    Ok(ExitCode::Ok)
}

/// Writes Vitess's own `vtorc_state.disable_emergency_reparent` on the keyspace (or shard)
/// record, as `vtctldclient SetVtorcEmergencyReparent` does, so VTOrc and every vtorc-rs that
/// reads this topology honour it. Only failovers (emergency reparents) stop; other fixes go on.
fn ers_gate(keyspace: &str, shard: Option<&str>, ctx: &Context, disable: bool) -> Result<ExitCode> {
    let topo = ctx.topo()?;
    let mut was = None;
    let (what, res) = match shard {
        Some(shard) => (
            format!("shard {keyspace}/{shard}"),
            topo.update_shard(keyspace, shard, |s| {
                was = Some(s.disable_emergency_reparent);
                s.disable_emergency_reparent = disable;
            })
            .map(drop),
        ),
        None => (
            format!("keyspace {keyspace}"),
            topo.update_keyspace(keyspace, |k| {
                was = Some(k.disable_emergency_reparent);
                k.disable_emergency_reparent = disable;
            })
            .map(drop),
        ),
    };
    match res {
        Ok(()) => {}
        Err(TopoError::NotFound { key }) => {
            return Err(crate::exit::not_found(format!("{what} not found in the topology ({key})")))
        }
        Err(e) => return Err(anyhow::Error::new(e).context(format!("updating {what}"))),
    }
    let changed = was != Some(disable);
    let state = if disable { "disabled" } else { "enabled" };
    let mut audited_in = String::new();
    if changed {
        ctx.topology_written();
        // The audit trail lives in the state file; the switch itself is in etcd and already
        // written, so a state file that cannot be opened is only worth a warning.
        let msg = format!("failovers (emergency reparents) {state} for {what}");
        let kind = if disable { "ers-disabled" } else { "ers-enabled" };
        let audited = ctx.store().and_then(|mut st| {
            Ok(st.audit(now_ms(), kind, keyspace, shard.unwrap_or(""), "", &msg)?)
        });
        audited_in = format!("; audit line in {}", audit_file(ctx, &audited));
        if let Err(e) = &audited {
            ctx.out.warn(&format!("{msg}, but the audit line was not written: {e:#}"));
        }
    }
    if ctx.opts.json {
        let doc = serde_json::json!({
            "keyspace": keyspace,
            "shard": shard,
            "disable_emergency_reparent": disable,
            "changed": changed,
        });
        ctx.out.result(&doc.to_string())?;
    } else if changed {
        ctx.out.result(&format!(
            "Failovers (emergency reparents) {state} for {what} (was {}{audited_in}). Other repairs are not affected.",
            if disable { "enabled" } else { "disabled" }
        ))?;
    } else {
        ctx.out.result(&format!("Failovers were already {state} for {what}."))?;
    }
    Ok(ExitCode::Ok)
}

/// The state file that holds a gate command's audit line, as its message names it (or says it
/// was not written).
pub(crate) fn audit_file<T>(ctx: &Context, written: &Result<T>) -> String {
    let path = ctx.state_path().display().to_string();
    match written {
        Ok(_) => path,
        Err(_) => format!("{path}: NOT WRITTEN, see the warning"),
    }
}
