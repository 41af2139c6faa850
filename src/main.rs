//! vtorc-rs: VTOrc's job as one-shot commands sharing a SQLite state file. `main` only parses,
//! dispatches and hands the result to `exit::finish`, the single place that decides the exit code.

mod analysis;
mod cli;
mod commands;
mod context;
mod exit;
#[cfg(test)]
mod help_tests;
mod model;
mod mysql;
mod pipeline;
mod recovery;
mod render;
mod secret;
mod store;
mod tls;
mod topo;

use clap::FromArgMatches;

fn main() {
    let parsed = cli::command()
        .try_get_matches_from(cli::vitess_spellings(std::env::args_os()))
        .and_then(|m| cli::Cli::from_arg_matches(&m))
        .map_err(cli::without_hidden_names);
    let cli = match parsed {
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
