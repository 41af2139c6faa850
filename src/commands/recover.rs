//! `vtorc-rs recover` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

/// Not yet built.
#[derive(Debug, clap::Args)]
pub struct RecoverArgs {}

pub fn run(_args: &RecoverArgs, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("recover is not built yet"))
}
