//! `vtorc-rs topo ...` (not yet built).

use crate::context::Context;
use crate::exit::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum TopoCommands {
    /// Not yet built.
    Placeholder,
}

pub fn run(_c: &TopoCommands, _ctx: &Context) -> anyhow::Result<ExitCode> {
    Err(crate::exit::refused("topo is not built yet"))
}
