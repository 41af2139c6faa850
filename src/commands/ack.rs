//! `vtorc-rs ack` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct AckArgs {}

pub fn run(_args: &AckArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("ack is not built yet"))
}
