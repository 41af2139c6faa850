//! `vtorc-rs status` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {}

pub fn run(_args: &StatusArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("status is not built yet"))
}
