//! `vtorc-rs generate` (hidden): writes shell completions and man pages from the clap
//! definitions, so `completions/` and `man/` have one source of truth. A test regenerates them
//! into a temporary directory and fails when the committed copies are stale.

use crate::cli::EXIT_CODES_HELP;
use crate::context::Context;
use crate::exit::ExitCode;
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

mod examples;

#[derive(Debug, clap::Subcommand)]
pub enum GenerateCommands {
    /// Write bash, zsh and fish completion scripts into DIR.
    Completions {
        #[arg(default_value = "completions")]
        dir: PathBuf,
    },
    /// Write vtorc-rs.1 and one page per subcommand into DIR.
    Man {
        #[arg(default_value = "man")]
        dir: PathBuf,
    },
}

pub fn run(cmd: &GenerateCommands, _ctx: &Context) -> Result<ExitCode> {
    match cmd {
        GenerateCommands::Completions { dir } => write_completions(dir)?,
        GenerateCommands::Man { dir } => write_man(dir)?,
    }
    Ok(ExitCode::Ok)
}

fn write_completions(dir: &Path) -> Result<()> {
    use clap_complete::Shell;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut cmd = offered(&crate::cli::command());
        let path = clap_complete::generate_to(shell, &mut cmd, "vtorc-rs", dir)
            .with_context(|| format!("writing {shell} completions into {}", dir.display()))?;
        if shell == Shell::Bash {
            // clap_complete spells the functions of a hyphenated binary two ways
            // (`vtorc__rs__subcmd__topo` where it dispatches, `vtorc__subcmd__rs__subcmd__topo`
            // where it completes), so nothing below the top level completed: make them one.
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            std::fs::write(&path, text.replace("vtorc__subcmd__rs", "vtorc__rs"))
                .with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

/// The command tree without its hidden subcommands and options: clap_complete offers hidden
/// subcommands (`generate`, `topo lock-shard`), and clap has no way to remove one, so the tree
/// is rebuilt from what a user should be offered: names, aliases, about lines and options.
fn offered(c: &clap::Command) -> clap::Command {
    let mut n = clap::Command::new(c.get_name().to_string())
        .about(c.get_about().cloned().unwrap_or_default())
        .visible_aliases(c.get_visible_aliases().map(str::to_string).collect::<Vec<_>>())
        .args(c.get_arguments().filter(|a| !a.is_hide_set()).cloned());
    if let Some(v) = c.get_version() {
        n = n.version(v.to_string());
    }
    for sub in c.get_subcommands().filter(|s| !s.is_hide_set()) {
        n = n.subcommand(offered(sub));
    }
    n
}

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "VTORC_TOPO_GLOBAL_SERVER_ADDRESS",
        "etcd endpoints of the global topology (--topo-global-server-address)",
    ),
    ("VTORC_TOPO_GLOBAL_ROOT", "root of the global topology (--topo-global-root)"),
    (
        "VTORC_TOPO_ETCD_TLS_CA",
        "CA etcd's certificate must be signed by; HTTPS (--topo-etcd-tls-ca)",
    ),
    ("VTORC_TOPO_ETCD_TLS_CERT", "client certificate for etcd (--topo-etcd-tls-cert)"),
    ("VTORC_TOPO_ETCD_TLS_KEY", "its private key (--topo-etcd-tls-key)"),
    ("VTORC_TOPO_ETCD_USER", "etcd user when etcd has authentication (--topo-etcd-user)"),
    ("VTORC_TOPO_ETCD_PASSWORD", "its password (never accepted as a flag)"),
    ("VTORC_TOPO_ETCD_PASSWORD_FILE", "file holding that password (--topo-etcd-password-file)"),
    ("VTORC_STATE_FILE", "SQLite state file (--state-file)"),
    ("VTORC_MYSQL_USER", "MySQL user vtorc-rs connects as (--mysql-user)"),
    ("VTORC_MYSQL_PASSWORD", "its password (never accepted as a flag)"),
    ("VTORC_MYSQL_PASSWORD_FILE", "file holding that password (--mysql-password-file)"),
    ("VTORC_MYSQL_SSL_MODE", "TLS of vtorc-rs's MySQL connections (--mysql-ssl-mode)"),
    ("VTORC_MYSQL_SSL_CA", "CA for verify_ca/verify_identity (--mysql-ssl-ca)"),
    ("VTORC_MYSQL_SSL_CERT", "client certificate for MySQL (--mysql-ssl-cert)"),
    ("VTORC_MYSQL_SSL_KEY", "its private key (--mysql-ssl-key)"),
    ("VTORC_REPL_USER", "replication user given to replicas (--repl-user)"),
    ("VTORC_REPL_PASSWORD", "its password (never accepted as a flag)"),
    ("VTORC_REPL_PASSWORD_FILE", "file holding that password (--repl-password-file)"),
    ("VTORC_REPL_SSL", "replication links use TLS: MASTER_SSL=1 (--repl-ssl)"),
    ("VTORC_REPL_SSL_CA", "CA path on the MySQL hosts (--repl-ssl-ca)"),
    ("VTORC_REPL_SSL_CERT", "client certificate path on the MySQL hosts (--repl-ssl-cert)"),
    ("VTORC_REPL_SSL_KEY", "its key path on the MySQL hosts (--repl-ssl-key)"),
    (
        "VTORC_REPL_SSL_VERIFY_SERVER_CERT",
        "replicas verify their primary's certificate (--repl-ssl-verify-server-cert)",
    ),
    ("VTORC_CLUSTERS_TO_WATCH", "keyspace or keyspace/shard list (--clusters-to-watch)"),
];

fn write_man(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let env: String = ENVIRONMENT.iter().map(|(k, v)| format!("  {k}\n      {v}\n")).collect();
    let after = format!(
        "{EXIT_CODES_HELP}\n\nEnvironment:\n{env}\nFiles:\n  /var/lib/vtorc-rs/vtorc.db\n      default state file (SQLite, WAL): one file for the systemd units, cron and an operator's shell (--state-file, VTORC_STATE_FILE)\n  /etc/vtorc-rs/vtorc-rs.env\n      environment file read by the systemd units (mode 0600)\n"
    );
    let mut cmd = crate::cli::command().after_long_help(after).disable_help_subcommand(true);
    cmd.build();
    write_pages(&cmd, dir).with_context(|| format!("writing man pages into {}", dir.display()))
}

/// One page per visible command, as clap_mangen's `generate_to` writes them, with an EXAMPLES
/// section (clap_mangen has none) before the exit codes and environment.
fn write_pages(cmd: &clap::Command, dir: &Path) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut page)?;
    }
    let name = man.get_filename();
    let examples = examples::for_page(name.trim_end_matches(".1"));
    if !examples.is_empty() {
        page.extend_from_slice(b".SH EXAMPLES\n");
        for (line, what) in examples {
            page.extend_from_slice(
                format!(".TP\n\\fB{}\\fR\n{}\n", roff(line), roff(what)).as_bytes(),
            );
        }
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(&mut page)?;
    }
    if cmd.get_version().is_some() {
        man.render_version_section(&mut page)?;
    }
    std::fs::write(dir.join(name), page)
}

/// Text for a roff line: backslashes and hyphens escaped, no leading control character.
fn roff(text: &str) -> String {
    let t = text.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}
