//! `vtorc-rs recoveries ...` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum RecoveriesCommands {
    /// Not yet built.
    Placeholder,
}

pub fn run(_c: &RecoveriesCommands, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("recoveries is not built yet"))
}
