//! `vtorc-rs watch` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {}

pub fn run(_args: &WatchArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("watch is not built yet"))
}
