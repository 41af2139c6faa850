//! One file per subcommand. `run` builds the context and dispatches; nothing else lives here.

pub mod ack;
pub mod check;
pub mod discover;
pub mod emergency_reparent;
pub mod generate;
pub mod outputs;
pub mod planned_reparent;
pub mod recover;
pub mod recoveries;
mod reparent_common;
pub mod set_durability;
pub mod status;
pub mod topo;
pub mod watch;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::exit::ExitCode;

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(cli.global)?;
    match cli.command {
        Command::Discover(a) => discover::run(&a, &ctx),
        Command::Check(a) => check::run(&a, &ctx),
        Command::Recover(a) => recover::run(&a, &ctx),
        Command::PlannedReparent(a) => planned_reparent::run(&a, &ctx),
        Command::EmergencyReparent(a) => emergency_reparent::run(&a, &ctx),
        Command::Status(a) => status::run(&a, &ctx),
        Command::Watch(a) => watch::run(&a, &ctx),
        Command::SetDurability(a) => set_durability::run(&a, &ctx),
        Command::Topo(c) => topo::run(&c, &ctx),
        Command::Recoveries(c) => recoveries::run(&c, &ctx),
        Command::Ack(a) => ack::run(&a, &ctx),
        Command::Generate(c) => generate::run(&c, &ctx),
    }
}
