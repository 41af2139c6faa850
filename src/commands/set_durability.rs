//! `vtorc-rs set-durability`: sets a keyspace's durability policy in the topology (what
//! `vtctldclient SetKeyspaceDurabilityPolicy` does). Writes etcd through `topo`, keeping every
//! other field of the Keyspace record byte-for-byte.

use crate::context::Context;
use crate::exit::{self, ExitCode};
use crate::topo::{keys, TopoError};
use anyhow::Result;

/// The policies an operator may set: the analysis's list without Vitess's `test` policy
/// (which exists for Vitess's own tests and hard-codes a tablet alias).
fn policies() -> impl Iterator<Item = &'static str> {
    crate::analysis::VALID_POLICY_NAMES.iter().copied().filter(|p| *p != "test")
}

/// Set the durability policy of a keyspace.
///
/// VTOrc (and vtorc-rs) never recover a keyspace without a durability policy. The policy decides
/// how many semi-sync acks a primary waits for and which tablets may be promoted. Only the
/// policy field of the Keyspace record changes; fields this version does not know are kept.
#[derive(Debug, clap::Args)]
pub struct SetDurabilityArgs {
    /// The keyspace, e.g. commerce.
    pub keyspace: String,
    /// none, semi_sync, cross_cell, semi_sync_with_rdonly_ack or cross_cell_with_rdonly_ack.
    #[arg(value_parser = policy_parser())]
    pub policy: String,
}

/// The policy argument's parser: its possible values make help and shell completions list
/// the names, and an unknown name is a usage error listing them.
pub fn policy_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(policies().collect::<Vec<_>>())
}

/// Checks a policy name (exit 2 listing the valid names).
pub fn validate_policy(policy: &str) -> Result<()> {
    if policies().any(|p| p == policy) {
        Ok(())
    } else {
        Err(exit::usage(format!(
            "unknown durability policy {policy:?}; valid policies: {}",
            policies().collect::<Vec<_>>().join(", ")
        )))
    }
}

pub fn run(args: &SetDurabilityArgs, ctx: &Context) -> Result<ExitCode> {
    keys::validate_name("keyspace", &args.keyspace).map_err(exit::usage)?;
    validate_policy(&args.policy)?;
    let topo = ctx.topo()?;
    let mut old = String::new();
    let res = topo.update_keyspace(&args.keyspace, |k| {
        old = std::mem::replace(&mut k.durability_policy, args.policy.clone());
    });
    match res {
        Ok(_) => {}
        Err(TopoError::NotFound { key }) => {
            return Err(exit::not_found(format!(
                "keyspace {:?} does not exist ({key} not found)",
                args.keyspace
            )))
        }
        Err(e) => return Err(e.into()),
    }
    if ctx.opts.json {
        // The keyspace's field by its name everywhere (get-keyspaces, create-keyspace); unset is null.
        let v = serde_json::json!({
            "keyspace": args.keyspace,
            "durability_policy": args.policy,
            "previous_durability_policy": Some(&old).filter(|o| !o.is_empty()),
        });
        ctx.out.result(&v.to_string())?;
    } else {
        let old = if old.is_empty() { "(none set)" } else { old.as_str() };
        ctx.out.result(&format!(
            "keyspace {}: durability policy {} -> {}",
            args.keyspace, old, args.policy
        ))?;
    }
    ctx.topology_written();
    Ok(ExitCode::Ok)
}
