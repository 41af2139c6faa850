//! vtorc-rs: VTOrc's job as one-shot commands sharing a SQLite state file. `main` only parses,
//! dispatches and hands the result to `exit::finish`, the single place that decides the exit code.

mod analysis;
mod cli;
mod commands;
mod context;
mod exit;
mod model;
mod mysql;
mod pipeline;
mod recovery;
mod render;
mod secret;
mod store;
mod tls;
mod topo;

use clap::Parser;

fn main() {
    let cli = match cli::Cli::try_parse_from(cli::vitess_spellings(std::env::args_os())) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout and usage errors to stderr; exit 0 or 2.
            let _ = e.print();
            let code = if e.use_stderr() { exit::ExitCode::Usage } else { exit::ExitCode::Ok };
            exit::finish(Ok(code))
        }
    };
    exit::finish(commands::run(cli))
}
