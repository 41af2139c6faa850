//! `vtorc-rs set-durability` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct SetDurabilityArgs {}

pub fn run(_args: &SetDurabilityArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("set-durability is not built yet"))
}
