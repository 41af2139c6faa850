//! `vtorc-rs ack KEYSPACE/SHARD`: lift the anti-flapping block that a failover placed on a
//! shard, so the next failure there is recovered again. Effects: writes the block in etcd
//! (`<G>/vtorc-rs/blocks/<ks>/<shard>`, read by every vtorc-rs host), then the state file's copy
//! and an audit line naming who acknowledged (a state file that cannot be written is only
//! warned about: the block is lifted). Exit 0 whether or not a block was in force, 3 when etcd
//! cannot be read or written (nothing was lifted).

use crate::context::{now_ms, Context};
use crate::exit::ExitCode;
use anyhow::{Context as _, Result};

/// Lift the failover block on a shard after a human has looked at the last failover.
#[derive(Debug, clap::Args)]
pub struct AckArgs {
    /// The shard, e.g. `commerce/-80` or `commerce/0`.
    #[arg(value_name = "KEYSPACE/SHARD")]
    pub shard: String,
    /// Who acknowledges, for the audit log. Default: $USER.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

pub fn run(args: &AckArgs, ctx: &Context) -> Result<ExitCode> {
    let (keyspace, shard) = parse_shard(&args.shard)?;
    crate::topo::keys::validate_name("keyspace", keyspace).map_err(crate::exit::usage)?;
    crate::topo::keys::validate_name("shard", shard).map_err(crate::exit::usage)?;
    let who = match &args.by {
        Some(by) => by.clone(),
        None => std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".into()),
    };
    let now = now_ms();
    let topo = ctx.topo()?;
    let block = topo
        .ack_failover_block(keyspace, shard, &who, now)
        .with_context(|| format!("lifting the failover block of {keyspace}/{shard} in etcd"))?;
    // A typo must not look like "nothing to lift": with no block record at all, the shard has to
    // exist. (A block on a shard whose record is gone can still be lifted.)
    if block.is_none() && topo.failover_block(keyspace, shard).ok().flatten().is_none() {
        match topo.get_shard(keyspace, shard) {
            Ok(_) => {}
            Err(crate::topo::TopoError::NotFound { key }) => {
                return Err(crate::exit::not_found(format!(
                    "shard {keyspace}/{shard} not found in the topology ({key})"
                )))
            }
            Err(e) => {
                return Err(
                    anyhow::Error::new(e).context(format!("reading shard {keyspace}/{shard}"))
                )
            }
        }
    }
    let lifted = block.is_some();
    // The state file keeps a copy and the audit trail; the block itself is already lifted.
    let audited = ctx.store().and_then(|mut st| {
        // The copy audits what it lifted; a block only etcd had (placed by another host) is
        // audited here, so this host's history still says who lifted it.
        if !st.ack(keyspace, shard, now, &who)? && lifted {
            let msg = format!("failover block lifted by {who}");
            st.audit(now, "ack", keyspace, shard, "", &msg)?;
        }
        Ok(())
    });
    if let Err(e) = &audited {
        ctx.out.warn(&format!(
            "{keyspace}/{shard}: the block is lifted in etcd, but the state file's copy and audit line were not written: {e:#}"
        ));
    }
    if ctx.opts.json {
        let doc = serde_json::json!({
            "keyspace": keyspace,
            "shard": shard,
            "was_blocked": lifted,
            "block": block,
        });
        ctx.out.result(&doc.to_string())?;
    } else if let Some(b) = &block {
        let after =
            b.recovery_id.map(|id| format!(", placed after recovery #{id}")).unwrap_or_default();
        let by = if b.host.is_empty() { String::new() } else { format!(" by {}", b.host) };
        ctx.out.result(&format!(
            "{keyspace}/{shard}: failover block lifted (was in force until {}{after}{by}; audit line in {}).",
            crate::render::fmt::utc(b.until_ms),
            crate::commands::recoveries::audit_file(ctx, &audited)
        ))?;
    } else {
        ctx.out
            .result(&format!("{keyspace}/{shard}: no failover block in force; nothing to lift."))?;
    }
    Ok(ExitCode::Ok)
}

/// `keyspace/shard`, both non-empty, exactly one slash.
fn parse_shard(s: &str) -> Result<(&str, &str)> {
    match s.split_once('/') {
        Some((ks, shard)) if !ks.is_empty() && !shard.is_empty() && !shard.contains('/') => {
            Ok((ks, shard))
        }
        _ => Err(crate::exit::usage(format!(
            "invalid KEYSPACE/SHARD {s:?}: expected e.g. commerce/-80 or commerce/0"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_argument() {
        assert_eq!(parse_shard("commerce/-80").unwrap(), ("commerce", "-80"));
        for bad in ["commerce", "/0", "commerce/", "a/b/c", ""] {
            let e = parse_shard(bad).unwrap_err();
            assert_eq!(crate::exit::classify(&e), ExitCode::Usage, "{bad}");
            assert!(e.to_string().contains(&format!("{bad:?}")), "{e}");
        }
    }
}
