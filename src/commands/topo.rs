//! `vtorc-rs topo ...`: registers and inspects cells, keyspaces and tablets in the Vitess
//! topology, for sandboxes and tests where no vtctld runs (a subset of vtctldclient). Writes
//! etcd through `topo`, keeping fields it does not know.

use crate::commands::set_durability::validate_policy;
use crate::context::{now_ms, Context};
use crate::exit::{self, ExitCode};
use crate::model::{Cell, ClusterFilter, Tablet, TabletAlias, TabletType};
use crate::render::topo_json;
use crate::topo::{keys, lock, vttime_from_ms, LockHolder, ShardLock, Topo, TopoError};
use anyhow::Result;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Debug, clap::Subcommand)]
pub enum TopoCommands {
    /// Register a cell (writes <global root>/cells/<CELL>/CellInfo).
    AddCell(AddCellArgs),
    /// Create a keyspace record.
    CreateKeyspace(CreateKeyspaceArgs),
    /// Register a tablet, as vtctld's InitTablet does.
    ///
    /// Creates the shard record when missing and adds the tablet to its cell's
    /// ShardReplication. A primary gets a primary term starting now and becomes the shard's
    /// primary. The keyspace and the cell must exist.
    AddTablet(AddTabletArgs),
    /// Remove a tablet record (and its ShardReplication entry).
    RemoveTablet(RemoveTabletArgs),
    /// Show one tablet record.
    GetTablet(GetTabletArgs),
    /// List tablets: alias, keyspace, shard, type, MySQL address (like vtctldclient GetTablets).
    GetTablets(GetTabletsArgs),
    /// List keyspaces with their durability policy.
    GetKeyspaces,
    /// Show a shard record: primary, primary term start, emergency reparent switch.
    GetShard(GetShardArgs),
    /// Set or clear the Shard record's primary_alias deliberately (under the shard lock), e.g.
    /// to repair a shard whose primary record was removed. The tablet must be in the shard; its
    /// primary term (or now) becomes the shard's.
    SetShardPrimary(SetShardPrimaryArgs),
    /// Try to take a shard lock (debugging aid; fails at once when someone holds it).
    #[command(hide = true)]
    LockShard(LockShardArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddCellArgs {
    /// Cell name, e.g. zone1.
    pub cell: String,
    /// Root of the cell's topology. Default: /vitess/<CELL>.
    #[arg(long)]
    pub root: Option<String>,
    /// etcd endpoints holding the cell's topology. Default: the global topology's.
    #[arg(long, value_name = "ADDRS")]
    pub server_address: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CreateKeyspaceArgs {
    /// Keyspace name, e.g. commerce.
    pub keyspace: String,
    /// none, semi_sync, cross_cell, semi_sync_with_rdonly_ack or cross_cell_with_rdonly_ack.
    /// Without one, vtorc-rs reports the keyspace and never recovers it.
    #[arg(long, value_parser = crate::commands::set_durability::policy_parser(), value_name = "POLICY")]
    pub durability_policy: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AddTabletArgs {
    /// Tablet alias: <cell>-<uid>, e.g. zone1-101.
    #[arg(value_parser = parse_alias)]
    pub alias: TabletAlias,
    /// Keyspace of the tablet; it must exist (topo create-keyspace).
    #[arg(long)]
    pub keyspace: String,
    /// Shard name: 0 for unsharded, or a key range such as -80, 80-.
    #[arg(long, allow_hyphen_values = true)]
    pub shard: String,
    /// primary, replica, rdonly, spare, experimental, backup, restore or drained.
    // Possible values, so help and shell completions list them.
    #[arg(long = "type", value_parser = tablet_types(), ignore_case = true, value_name = "TYPE")]
    pub tablet_type: TabletType,
    /// Host that vtorc-rs and the replicas use to reach this tablet's MySQL.
    #[arg(long)]
    pub mysql_host: String,
    /// Port of the tablet's MySQL.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub mysql_port: u16,
    /// The vttablet's host name. Default: --mysql-host.
    #[arg(long)]
    pub hostname: Option<String>,
    /// With --type primary: make it the shard's primary even though the shard has one.
    #[arg(long)]
    pub allow_primary_override: bool,
}

#[derive(Debug, clap::Args)]
pub struct SetShardPrimaryArgs {
    /// <keyspace>/<shard>, e.g. commerce/-80.
    pub shard: String,
    /// The tablet to name as the shard's primary.
    #[arg(value_parser = parse_alias, required_unless_present = "clear", conflicts_with = "clear")]
    pub alias: Option<TabletAlias>,
    /// Leave the shard with no primary alias (its term is kept).
    #[arg(long)]
    pub clear: bool,
}

#[derive(Debug, clap::Args)]
pub struct RemoveTabletArgs {
    /// Tablet alias: <cell>-<uid>, e.g. zone1-101.
    #[arg(value_parser = parse_alias)]
    pub alias: TabletAlias,
    /// Also remove the shard's primary. The shard is then left without a primary alias and
    /// its term is set to now, which is what VTOrc calls PrimaryTabletDeleted.
    #[arg(long)]
    pub allow_primary: bool,
}

#[derive(Debug, clap::Args)]
pub struct GetTabletsArgs {
    /// Only tablets of this keyspace.
    #[arg(long)]
    pub keyspace: Option<String>,
    /// Only tablets of this shard (0, -80, 80-...).
    #[arg(long, allow_hyphen_values = true)]
    pub shard: Option<String>,
    /// Only tablets of this cell.
    #[arg(long)]
    pub cell: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct GetTabletArgs {
    /// Tablet alias: <cell>-<uid>, e.g. zone1-101.
    #[arg(value_parser = parse_alias)]
    pub alias: TabletAlias,
}

#[derive(Debug, clap::Args)]
pub struct GetShardArgs {
    /// <keyspace>/<shard>, e.g. commerce/0.
    pub shard: String,
}

#[derive(Debug, clap::Args)]
pub struct LockShardArgs {
    /// <keyspace>/<shard>.
    pub shard: String,
    /// What the lock is taken for (shown to other lockers).
    #[arg(long, default_value = "vtorc-rs topo lock-shard")]
    pub action: String,
    /// Lease TTL: how long the lock outlives a crashed holder. Default: 30s, as Vitess.
    #[arg(long, value_parser = crate::cli::parse_duration, value_name = "DURATION")]
    pub ttl: Option<Duration>,
    /// How long to hold the lock before releasing it.
    #[arg(long, default_value = "0s", value_parser = crate::cli::parse_duration, value_name = "DURATION")]
    pub hold: Duration,
}

fn parse_alias(s: &str) -> Result<TabletAlias, String> {
    s.parse()
}

/// The tablet types a record can be registered with, as a parser completions can list.
fn tablet_types() -> impl clap::builder::TypedValueParser<Value = TabletType> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new([
        "primary",
        "replica",
        "rdonly",
        "spare",
        "experimental",
        "backup",
        "restore",
        "drained",
    ])
    .try_map(|s| parse_type(&s))
}

fn parse_type(s: &str) -> Result<TabletType, String> {
    match s.parse::<TabletType>()? {
        TabletType::Unknown => Err(format!("tablet type {s:?} cannot be registered; expected one of primary, replica, rdonly, spare, experimental, backup, restore, drained")),
        t => Ok(t),
    }
}

fn check_name(what: &str, v: &str) -> Result<()> {
    keys::validate_name(what, v).map_err(exit::usage)
}

/// `ks/shard` -> (ks, shard), exit 2 when malformed.
fn split_shard(s: &str) -> Result<(String, String)> {
    let Some((ks, shard)) = s.split_once('/') else {
        return Err(exit::usage(format!(
            "invalid shard {s:?}: expected <keyspace>/<shard>, e.g. commerce/0"
        )));
    };
    check_name("keyspace", ks)?;
    check_name("shard", shard)?;
    Ok((ks.to_string(), shard.to_string()))
}

/// Missing records and existing ones are refusals (exit 3) that name the key.
fn refuse(e: TopoError) -> anyhow::Error {
    match e {
        TopoError::NotFound { .. } => exit::not_found(e.to_string()),
        TopoError::NodeExists { .. } | TopoError::Invalid { .. } => exit::refused(e.to_string()),
        e => e.into(),
    }
}

pub fn run(c: &TopoCommands, ctx: &Context) -> Result<ExitCode> {
    let written = |r: Result<ExitCode>| {
        if r.is_ok() {
            ctx.topology_written();
        }
        r
    };
    match c {
        TopoCommands::AddCell(a) => written(add_cell(a, ctx)),
        TopoCommands::CreateKeyspace(a) => written(create_keyspace(a, ctx)),
        TopoCommands::AddTablet(a) => written(add_tablet(a, ctx)),
        TopoCommands::RemoveTablet(a) => written(remove_tablet(a, ctx)),
        TopoCommands::GetTablet(a) => get_tablet(a, ctx),
        TopoCommands::GetTablets(a) => get_tablets(a, ctx),
        TopoCommands::GetKeyspaces => get_keyspaces(ctx),
        TopoCommands::GetShard(a) => get_shard(a, ctx),
        TopoCommands::SetShardPrimary(a) => written(set_shard_primary(a, ctx)),
        TopoCommands::LockShard(a) => lock_shard(a, ctx),
    }
}

fn add_cell(a: &AddCellArgs, ctx: &Context) -> Result<ExitCode> {
    check_name("cell", &a.cell)?;
    let root = a.root.clone().unwrap_or_else(|| format!("/vitess/{}", a.cell));
    if !root.starts_with('/') || root.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(exit::usage(format!(
            "invalid --root {root:?}: expected an absolute path like /vitess/{}",
            a.cell
        )));
    }
    let server_address = a.server_address.clone().unwrap_or_else(|| ctx.endpoints().join(","));
    let cell = Cell { name: a.cell.clone(), server_address, root };
    ctx.topo()?.add_cell(&cell).map_err(refuse)?;
    ctx.out.status(&format!(
        "cell {} added (root {}, etcd {})",
        cell.name, cell.root, cell.server_address
    ));
    json_result(
        ctx,
        serde_json::json!({ "cell": cell.name, "root": cell.root, "server_address": cell.server_address }),
    )
}

fn create_keyspace(a: &CreateKeyspaceArgs, ctx: &Context) -> Result<ExitCode> {
    check_name("keyspace", &a.keyspace)?;
    let policy = a.durability_policy.clone().unwrap_or_default();
    if !policy.is_empty() {
        validate_policy(&policy)?;
    }
    ctx.topo()?.create_keyspace(&a.keyspace, &policy).map_err(refuse)?;
    let shown = if policy.is_empty() { "no durability policy" } else { policy.as_str() };
    ctx.out.status(&format!("keyspace {} created ({shown})", a.keyspace));
    json_result(ctx, serde_json::json!({ "keyspace": a.keyspace, "durability_policy": policy }))
}

fn add_tablet(a: &AddTabletArgs, ctx: &Context) -> Result<ExitCode> {
    check_name("keyspace", &a.keyspace)?;
    check_name("shard", &a.shard)?;
    let tablet = Tablet {
        alias: a.alias.clone(),
        hostname: a.hostname.clone().unwrap_or_else(|| a.mysql_host.clone()),
        keyspace: a.keyspace.clone(),
        shard: a.shard.clone(),
        type_value: a.tablet_type as i32,
        mysql_hostname: a.mysql_host.clone(),
        mysql_port: i32::from(a.mysql_port),
        primary_term_start: None,
    };
    let topo = ctx.topo()?;
    if a.tablet_type == TabletType::Primary && !a.allow_primary_override {
        // vtctld's InitTablet rule: a second primary never takes a shard over by accident.
        match topo.get_shard(&a.keyspace, &a.shard) {
            Ok(s) => {
                if let Some(p) = s.primary_alias.filter(|p| *p != a.alias) {
                    return Err(crate::exit::refused(format!(
                        "shard {}/{} already has primary {p}; pass --allow-primary-override to make {} its primary anyway, or remove or re-type {p} first",
                        a.keyspace, a.shard, a.alias
                    )));
                }
            }
            Err(TopoError::NotFound { .. }) => {}
            Err(e) => return Err(refuse(e)),
        }
    }
    let t = topo.add_tablet(&tablet, vttime_from_ms(now_ms())).map_err(refuse)?;
    ctx.out.status(&format!(
        "tablet {} added: {}/{} {} {}",
        t.alias,
        t.keyspace,
        t.shard,
        t.tablet_type().as_str().to_lowercase(),
        t.mysql_addr()
    ));
    json_result(ctx, topo_json::tablet(&t))
}

fn remove_tablet(a: &RemoveTabletArgs, ctx: &Context) -> Result<ExitCode> {
    let t = ctx
        .topo()?
        .remove_tablet(&a.alias, a.allow_primary, vttime_from_ms(now_ms()))
        .map_err(refuse)?;
    ctx.out.status(&format!("tablet {} removed from {}/{}", t.alias, t.keyspace, t.shard));
    json_result(ctx, topo_json::tablet(&t))
}

fn set_shard_primary(a: &SetShardPrimaryArgs, ctx: &Context) -> Result<ExitCode> {
    let (ks, sh) = split_shard(&a.shard)?;
    let topo = ctx.topo()?;
    let now = vttime_from_ms(now_ms());
    let named = match &a.alias {
        Some(alias) => {
            let t = topo.get_tablet(alias).map_err(refuse)?;
            if t.keyspace != ks || t.shard != sh {
                return Err(crate::exit::refused(format!(
                    "tablet {alias} is in {}/{}, not {ks}/{sh}",
                    t.keyspace, t.shard
                )));
            }
            Some((alias.clone(), t.primary_term_start.unwrap_or(now)))
        }
        None => None,
    };
    // Under the lock: never race a recovery or a vtctld reparent of the same shard.
    let lock = topo
        .try_lock_shard(
            &ks,
            &sh,
            "vtorc-rs topo set-shard-primary",
            Duration::from_secs(30),
            now_ms(),
        )
        .map_err(refuse)?;
    let mut was = None;
    topo.update_shard(&ks, &sh, |s| {
        was = s.primary_alias.clone();
        match &named {
            Some((alias, term)) => {
                s.primary_alias = Some(alias.clone());
                s.primary_term_start = Some(*term);
            }
            None => s.primary_alias = None,
        }
    })
    .map_err(refuse)?;
    if let Err(e) = lock.release() {
        ctx.out.warn(&format!(
            "releasing the shard lock of {ks}/{sh}: {e} (it expires with its lease)"
        ));
    }
    let show = |a: Option<&TabletAlias>| a.map_or_else(|| "(none)".to_string(), |a| a.to_string());
    ctx.out.status(&format!(
        "shard {ks}/{sh} primary_alias: {} -> {}",
        show(was.as_ref()),
        show(named.as_ref().map(|(a, _)| a))
    ));
    let alias_json = |a: Option<&TabletAlias>| a.map_or(serde_json::Value::Null, topo_json::alias);
    json_result(
        ctx,
        serde_json::json!({
            "keyspace": ks,
            "shard": sh,
            "primary_alias": alias_json(named.as_ref().map(|(a, _)| a)),
            "previous_primary_alias": alias_json(was.as_ref()),
        }),
    )
}

/// With --json, `doc` is the result on stdout (the status line went to stderr).
fn json_result(ctx: &Context, doc: serde_json::Value) -> Result<ExitCode> {
    if ctx.opts.json {
        ctx.out.result(&serde_json::to_string_pretty(&doc)?)?;
    }
    Ok(ExitCode::Ok)
}

fn tablet_line(t: &Tablet) -> String {
    format!(
        "{} {} {} {} {}",
        t.alias,
        t.keyspace,
        t.shard,
        t.tablet_type().as_str().to_lowercase(),
        t.mysql_addr()
    )
}

fn get_tablet(a: &GetTabletArgs, ctx: &Context) -> Result<ExitCode> {
    let t = ctx.topo()?.get_tablet(&a.alias).map_err(refuse)?;
    let text = if ctx.opts.json {
        serde_json::to_string_pretty(&topo_json::tablet(&t))?
    } else {
        tablet_line(&t)
    };
    ctx.out.result(&text)?;
    Ok(ExitCode::Ok)
}

fn get_tablets(a: &GetTabletsArgs, ctx: &Context) -> Result<ExitCode> {
    for (what, v) in [("keyspace", &a.keyspace), ("shard", &a.shard), ("cell", &a.cell)] {
        if let Some(v) = v {
            check_name(what, v)?;
        }
    }
    let filter = match &a.keyspace {
        Some(ks) => {
            let entry = match &a.shard {
                Some(s) => format!("{ks}/{s}"),
                None => ks.clone(),
            };
            ClusterFilter::parse(&[entry]).map_err(exit::usage)?
        }
        None => ctx.filter.clone(),
    };
    let topo: Topo = ctx.topo()?;
    let read = topo.read_topology(&filter)?;
    for (key, msg) in &read.errors {
        ctx.out.warn(&format!("skipped {key}: {msg}"));
    }
    let tablets: Vec<&Tablet> = read
        .topology
        .tablets
        .iter()
        .filter(|t| a.shard.as_ref().is_none_or(|s| &t.shard == s))
        .filter(|t| a.cell.as_ref().is_none_or(|c| &t.alias.cell == c))
        .collect();
    let text = if ctx.opts.json {
        let all: Vec<_> = tablets.iter().map(|t| topo_json::tablet(t)).collect();
        serde_json::to_string_pretty(&all)?
    } else {
        let mut s = String::new();
        for t in &tablets {
            let _ = writeln!(s, "{}", tablet_line(t));
        }
        s
    };
    ctx.out.result(&text)?;
    Ok(if read.errors.is_empty() { ExitCode::Ok } else { ExitCode::Problems })
}

fn get_keyspaces(ctx: &Context) -> Result<ExitCode> {
    let read = ctx.topo()?.read_topology(&ctx.filter)?;
    for (key, msg) in read.errors.iter().filter(|(k, _)| k.ends_with("/Keyspace")) {
        ctx.out.warn(&format!("skipped {key}: {msg}"));
    }
    let ks = &read.topology.keyspaces;
    let text = if ctx.opts.json {
        serde_json::to_string_pretty(&ks.iter().map(topo_json::keyspace).collect::<Vec<_>>())?
    } else {
        let mut s = String::new();
        for k in ks {
            let policy = if k.durability_policy.is_empty() { "-" } else { &k.durability_policy };
            let _ = writeln!(s, "{} durability={policy}", k.name);
        }
        s
    };
    ctx.out.result(&text)?;
    Ok(ExitCode::Ok)
}

fn get_shard(a: &GetShardArgs, ctx: &Context) -> Result<ExitCode> {
    let (ks, shard) = split_shard(&a.shard)?;
    let topo = ctx.topo()?;
    let s = topo.get_shard(&ks, &shard).map_err(refuse)?;
    let holder: Option<LockHolder> = topo.shard_lock_holder(&ks, &shard)?;
    let text = if ctx.opts.json {
        let mut v = topo_json::shard(&s);
        v["lock"] = serde_json::to_value(&holder)?;
        serde_json::to_string_pretty(&v)?
    } else {
        let lock = holder.map_or("-".to_string(), |h| h.to_string());
        let primary = s.primary_alias.as_ref().map_or("-".to_string(), |p| p.to_string());
        let term = s.primary_term_start.map_or("-".to_string(), |t| {
            format!("{} ({}.{:09})", lock::rfc3339_utc(t.seconds * 1000), t.seconds, t.nanos)
        });
        format!(
            "shard {ks}/{shard}\nprimary: {primary}\nprimary term start: {term}\ndisable emergency reparent: {}\nlock: {lock}\n",
            s.disable_emergency_reparent
        )
    };
    ctx.out.result(&text)?;
    Ok(ExitCode::Ok)
}

fn lock_shard(a: &LockShardArgs, ctx: &Context) -> Result<ExitCode> {
    let (ks, shard) = split_shard(&a.shard)?;
    let topo = ctx.topo()?;
    let ttl = a.ttl.unwrap_or(lock::DEFAULT_TTL);
    let lock: ShardLock = match topo.try_lock_shard(&ks, &shard, &a.action, ttl, now_ms()) {
        Ok(l) => l,
        Err(e @ TopoError::LockHeld { .. }) => return Err(exit::refused(e.to_string())),
        Err(e @ TopoError::NotFound { .. }) => return Err(exit::not_found(e.to_string())),
        Err(e) => return Err(e.into()),
    };
    ctx.out.result(&format!("locked {}", lock.key()))?;
    std::thread::sleep(a.hold);
    lock.check()?;
    lock.release()?;
    ctx.out.status("released");
    Ok(ExitCode::Ok)
}
