//! `vtorc-rs discover` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct DiscoverArgs {}

pub fn run(_args: &DiscoverArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("discover is not built yet"))
}
