//! `vtorc-rs check` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {}

pub fn run(_args: &CheckArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("check is not built yet"))
}
