//! `vtorc-rs generate ...` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum GenerateCommands {
    /// Not yet built.
    Placeholder,
}

pub fn run(_c: &GenerateCommands, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("generate is not built yet"))
}
