//! The command line: global options (each also read from a `VTORC_*` environment variable, so a
//! systemd EnvironmentFile or a cron line can set them) and the subcommand enum. Each
//! subcommand's own flags live in its file under `commands/`.

use crate::commands;
use crate::tls::SslMode;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    ok, healthy, or nothing was needed
  1    problems found (check), or a recovery/action failed
  2    usage error
  3    could not run: etcd, MySQL or the state file unreachable, a lock held elsewhere, a refused request
  130  interrupted";

/// The one well-known state file (the units' StateDirectory=vtorc-rs holds it).
pub const DEFAULT_STATE_FILE: &str = "/var/lib/vtorc-rs/vtorc.db";

/// Watch, check and repair MySQL/MariaDB replication in a Vitess topology stored in etcd.
#[derive(Debug, Parser)]
#[command(name = "vtorc-rs", version, about, after_help = EXIT_CODES_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand understands.
#[derive(Debug, Args, Clone)]
pub struct GlobalOpts {
    /// etcd endpoints of the global topology, comma-separated; tried in turn when one is down.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_GLOBAL_SERVER_ADDRESS",
        default_value = "127.0.0.1:2379",
        help_heading = "Topology",
        value_name = "ADDRS"
    )]
    pub topo_global_server_address: String,

    /// Root of the global topology in etcd.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_GLOBAL_ROOT",
        default_value = "/vitess/global",
        help_heading = "Topology",
        value_name = "PATH"
    )]
    pub topo_global_root: String,

    /// Timeout of every etcd request.
    #[arg(long, global = true, env = "VTORC_TOPO_TIMEOUT", default_value = "5s", value_parser = parse_positive_duration, help_heading = "Topology", value_name = "DURATION")]
    pub topo_timeout: std::time::Duration,

    /// CA certificate (PEM) that etcd's server certificate must be signed by. With it (or with a
    /// client certificate) every etcd endpoint is reached over HTTPS.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_ETCD_TLS_CA",
        value_name = "FILE",
        help_heading = "Topology"
    )]
    pub topo_etcd_tls_ca: Option<PathBuf>,

    /// Client certificate (PEM) for etcd's --client-cert-auth; needs --topo-etcd-tls-key.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_ETCD_TLS_CERT",
        value_name = "FILE",
        requires = "topo_etcd_tls_key",
        help_heading = "Topology"
    )]
    pub topo_etcd_tls_cert: Option<PathBuf>,

    /// Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_ETCD_TLS_KEY",
        value_name = "FILE",
        requires = "topo_etcd_tls_cert",
        help_heading = "Topology"
    )]
    pub topo_etcd_tls_key: Option<PathBuf>,

    /// etcd user, when etcd has authentication enabled. Its password comes from
    /// VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_ETCD_USER",
        help_heading = "Topology",
        value_name = "USER"
    )]
    pub topo_etcd_user: Option<String>,

    /// File holding the etcd password (first line). Keep it mode 0600.
    #[arg(
        long,
        global = true,
        env = "VTORC_TOPO_ETCD_PASSWORD_FILE",
        value_name = "FILE",
        help_heading = "Topology"
    )]
    pub topo_etcd_password_file: Option<PathBuf>,

    /// SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron
    /// and an operator's shell all use this one file. Its directory must exist.
    #[arg(long, global = true, env = "VTORC_STATE_FILE", default_value = DEFAULT_STATE_FILE, help_heading = "State and scope", value_name = "FILE")]
    pub state_file: PathBuf,

    /// MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file.
    #[arg(
        long,
        global = true,
        env = "VTORC_MYSQL_USER",
        default_value = "vtorc",
        help_heading = "MySQL",
        value_name = "USER"
    )]
    pub mysql_user: String,

    /// File holding the MySQL password (first line). Keep it mode 0600.
    #[arg(
        long,
        global = true,
        env = "VTORC_MYSQL_PASSWORD_FILE",
        value_name = "FILE",
        help_heading = "MySQL"
    )]
    pub mysql_password_file: Option<PathBuf>,

    /// Connect and read timeout of every MySQL call made while probing.
    #[arg(long, global = true, env = "VTORC_MYSQL_TIMEOUT", default_value = "1s", value_parser = parse_positive_duration, help_heading = "MySQL", value_name = "DURATION")]
    pub mysql_timeout: std::time::Duration,

    /// TLS of vtorc-rs's own MySQL connections, as the mysql client's --ssl-mode: `preferred`
    /// uses TLS when the server offers it, `required` insists, `verify_ca` also checks the
    /// certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP.
    #[arg(long, global = true, env = "VTORC_MYSQL_SSL_MODE", value_enum, default_value_t = SslMode::Preferred, help_heading = "MySQL", value_name = "MODE")]
    pub mysql_ssl_mode: SslMode,

    /// CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity.
    #[arg(
        long,
        global = true,
        env = "VTORC_MYSQL_SSL_CA",
        value_name = "FILE",
        help_heading = "MySQL"
    )]
    pub mysql_ssl_ca: Option<PathBuf>,

    /// Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key.
    #[arg(
        long,
        global = true,
        env = "VTORC_MYSQL_SSL_CERT",
        value_name = "FILE",
        requires = "mysql_ssl_key",
        help_heading = "MySQL"
    )]
    pub mysql_ssl_cert: Option<PathBuf>,

    /// Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600.
    #[arg(
        long,
        global = true,
        env = "VTORC_MYSQL_SSL_KEY",
        value_name = "FILE",
        requires = "mysql_ssl_cert",
        help_heading = "MySQL"
    )]
    pub mysql_ssl_key: Option<PathBuf>,

    /// Replication user that replicas use to connect to a primary. Its password comes from
    /// VTORC_REPL_PASSWORD or --repl-password-file.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_USER",
        default_value = "repl",
        help_heading = "Replication links",
        value_name = "USER"
    )]
    pub repl_user: String,

    /// File holding the replication password (first line). Keep it mode 0600.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_PASSWORD_FILE",
        value_name = "FILE",
        help_heading = "Replication links"
    )]
    pub repl_password_file: Option<PathBuf>,

    /// Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS:
    /// MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS
    /// settings it had.
    #[arg(long, global = true, env = "VTORC_REPL_SSL", help_heading = "Replication links")]
    pub repl_ssl: bool,

    /// CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_SSL_CA",
        value_name = "PATH",
        help_heading = "Replication links"
    )]
    pub repl_ssl_ca: Option<PathBuf>,

    /// Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_SSL_CERT",
        value_name = "PATH",
        help_heading = "Replication links"
    )]
    pub repl_ssl_cert: Option<PathBuf>,

    /// Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_SSL_KEY",
        value_name = "PATH",
        help_heading = "Replication links"
    )]
    pub repl_ssl_key: Option<PathBuf>,

    /// Replicas verify their primary's certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl.
    #[arg(
        long,
        global = true,
        env = "VTORC_REPL_SSL_VERIFY_SERVER_CERT",
        help_heading = "Replication links"
    )]
    pub repl_ssl_verify_server_cert: bool,

    /// Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all.
    #[arg(
        long,
        global = true,
        env = "VTORC_CLUSTERS_TO_WATCH",
        value_delimiter = ',',
        help_heading = "State and scope",
        value_name = "KS[/SHARD]"
    )]
    pub clusters_to_watch: Vec<String>,

    /// Print results as JSON.
    #[arg(long, global = true, help_heading = "Output")]
    pub json: bool,

    /// Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, global = true, env = "VTORC_COLOR", value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Print nothing but results and errors.
    #[arg(short, long, global = true, conflicts_with = "verbose", help_heading = "Output")]
    pub quiet: bool,

    /// Explain each step on stderr.
    #[arg(short, long, global = true, help_heading = "Output")]
    pub verbose: bool,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Discover(commands::discover::DiscoverArgs),
    Check(commands::check::CheckArgs),
    Recover(commands::recover::RecoverArgs),
    PlannedReparent(commands::planned_reparent::PlannedReparentArgs),
    EmergencyReparent(commands::emergency_reparent::EmergencyReparentArgs),
    Status(commands::status::StatusArgs),
    Watch(commands::watch::WatchArgs),
    SetDurability(commands::set_durability::SetDurabilityArgs),
    /// Register and inspect cells, keyspaces, shards and tablets in the topology (a subset of
    /// vtctldclient, for sandboxes and tests where no vtctld runs).
    #[command(subcommand)]
    Topo(commands::topo::TopoCommands),
    /// The recovery history, and the switches that stop recoveries on every vtorc-rs host.
    #[command(subcommand)]
    Recoveries(commands::recoveries::RecoveriesCommands),
    Ack(commands::ack::AckArgs),
    #[command(hide = true, subcommand)]
    Generate(commands::generate::GenerateCommands),
}

/// How fresh data must be and what counts as a problem; shared by check, recover, status and watch.
#[derive(Debug, Args, Clone)]
pub struct AnalysisOpts {
    /// Re-read the topology from etcd when the stored copy is older than this.
    #[arg(long, env = "VTORC_TOPO_INFORMATION_REFRESH_DURATION", default_value = "15s", value_parser = parse_duration, help_heading = "Analysis", value_name = "DURATION")]
    pub topo_information_refresh_duration: std::time::Duration,

    /// A probe older than this no longer counts as a valid check of the instance.
    #[arg(long, env = "VTORC_INSTANCE_POLL_TIME", default_value = "5s", value_parser = parse_positive_duration, help_heading = "Analysis", value_name = "DURATION")]
    pub instance_poll_time: std::time::Duration,

    /// Replication lag above this is reported as ReplicationLagging.
    #[arg(long, env = "VTORC_REASONABLE_REPLICATION_LAG", default_value = "10s", value_parser = parse_duration, help_heading = "Analysis", value_name = "DURATION")]
    pub reasonable_replication_lag: std::time::Duration,

    /// Recover ErrantGTIDDetected by changing the tablet's type to DRAINED (VTOrc's
    /// --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported.
    #[arg(
        long,
        env = "VTORC_CHANGE_TABLETS_WITH_ERRANT_GTID_TO_DRAINED",
        help_heading = "Analysis"
    )]
    pub change_tablets_with_errant_gtid_to_drained: bool,

    /// How many MySQL probes run at once.
    #[arg(
        long,
        env = "VTORC_PROBE_WORKERS",
        default_value_t = 32,
        help_heading = "Analysis",
        value_name = "N"
    )]
    pub probe_workers: usize,
}

/// The command line as `vtorc-rs` parses it: the derived definition with environment values
/// hidden from help (`[env: VTORC_MYSQL_USER]`, never the value: help must not show what a
/// shell or unit set, and stays the same for the golden files).
pub fn command() -> clap::Command {
    fn hide_env(c: clap::Command) -> clap::Command {
        c.mut_args(|a| a.hide_env_values(true)).mut_subcommands(hide_env)
    }
    hide_env(<Cli as clap::CommandFactory>::command())
}

/// clap lists every subcommand, hidden ones too, when one is missing (`vtorc-rs topo`): the
/// same error without the hidden names (`generate`, `topo lock-shard`).
pub fn without_hidden_names(e: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::MissingSubcommand {
        return e;
    }
    fn hidden(c: &clap::Command, out: &mut Vec<String>) {
        for sub in c.get_subcommands() {
            if sub.is_hide_set() {
                out.push(sub.get_name().to_string());
            }
            hidden(sub, out);
        }
    }
    let root = command();
    let mut names = Vec::new();
    hidden(&root, &mut names);
    let mut out = clap::Error::new(ErrorKind::MissingSubcommand).with_cmd(&root);
    for (kind, value) in e.context() {
        let value = match (kind, value) {
            (ContextKind::ValidSubcommand, ContextValue::Strings(all)) => {
                ContextValue::Strings(all.iter().filter(|n| !names.contains(n)).cloned().collect())
            }
            (_, v) => v.clone(),
        };
        out.insert(kind, value);
    }
    out
}

/// Parses `500ms`, `5s`, `2m`, `1h`, `30m` or a bare number of seconds (`1.5`).
/// Vitess spells its flags with underscores or hyphens alike (`--topo_global_server_address`,
/// `--instance_poll_time`), and scripts written for VTOrc and vtctldclient use both. Long flag
/// names get their underscores turned into hyphens before parsing, as Vitess normalizes them;
/// values (after `=` or as the next argument) and everything after `--` are left as they are.
pub fn vitess_spellings(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    let mut rest = false;
    args.into_iter()
        .map(|a| {
            let Some(text) = a.to_str().filter(|_| !rest) else { return a };
            if text == "--" {
                rest = true;
                return a;
            }
            let Some(flag) = text.strip_prefix("--") else { return a };
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (flag, None),
            };
            let name = name.replace('_', "-");
            std::ffi::OsString::from(match value {
                Some(v) => format!("--{name}={v}"),
                None => format!("--{name}"),
            })
        })
        .collect()
}

pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let s = s.trim();
    let bad = || format!("invalid duration {s:?}: use e.g. 500ms, 5s, 2m, 1h30m, 7d");
    // A bare number is seconds (`1.5`); otherwise one or more <number><unit> parts, as Go's
    // time.ParseDuration reads them (`1h30m`, `2m30s`, `1s500ms`).
    if let Ok(v) = s.parse::<f64>() {
        return secs(v, &bad);
    }
    let mut total = 0.0;
    let mut rest = s;
    if rest.is_empty() {
        return Err(bad());
    }
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(bad)?;
        let (num, tail) = rest.split_at(num_len);
        let unit_len = tail.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(tail.len());
        let (unit, next) = tail.split_at(unit_len);
        let mult = match unit {
            "ms" => 0.001,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            "d" => 86400.0,
            _ => return Err(bad()),
        };
        let v: f64 = num.parse().map_err(|_| bad())?;
        total += v * mult;
        rest = next;
    }
    secs(total, &bad)
}

fn secs(v: f64, bad: &dyn Fn() -> String) -> Result<std::time::Duration, String> {
    if !v.is_finite() || !(0.0..=1e9).contains(&v) {
        return Err(bad());
    }
    Ok(std::time::Duration::from_secs_f64(v))
}

/// [`parse_duration`] for a timeout or interval where zero makes no sense (a poll every 0 s, a
/// 0 s connect timeout): an error, not a silent minimum.
pub fn parse_positive_duration(s: &str) -> Result<std::time::Duration, String> {
    let d = parse_duration(s)?;
    if d.is_zero() {
        return Err(format!("{s:?} is zero: this needs a positive duration such as 100ms or 5s"));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn vitess_underscore_spellings() {
        let got: Vec<String> = vitess_spellings(
            [
                "vtorc-rs",
                "--topo_global_server_address",
                "a_b:1",
                "--instance_poll_time=1s",
                "--state-file=x_y.db",
                "recover",
                "--pre-failover-hook",
                "/bin/a_b --c_d",
                "--",
                "--keep_me",
            ]
            .map(std::ffi::OsString::from),
        )
        .into_iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
        assert_eq!(
            got,
            [
                "vtorc-rs",
                "--topo-global-server-address",
                "a_b:1",
                "--instance-poll-time=1s",
                "--state-file=x_y.db",
                "recover",
                "--pre-failover-hook",
                "/bin/a_b --c_d",
                "--",
                "--keep_me",
            ]
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5s").unwrap().as_millis(), 5000);
        assert_eq!(parse_duration("250ms").unwrap().as_millis(), 250);
        assert_eq!(parse_duration("2m").unwrap().as_secs(), 120);
        assert_eq!(parse_duration("7d").unwrap().as_secs(), 7 * 86400);
        assert_eq!(parse_duration("1.5").unwrap().as_millis(), 1500);
        assert!(parse_duration("-1s").is_err());
        assert_eq!(parse_duration("1h30m").unwrap().as_secs(), 5400);
        assert_eq!(parse_duration("2m30s").unwrap().as_secs(), 150);
        assert_eq!(parse_duration("1s500ms").unwrap().as_millis(), 1500);
        assert_eq!(parse_duration("1.5m").unwrap().as_secs(), 90);
        for bad in ["", "5x", "1h30", "h", "1hm", "--1s", "1e400"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} must be an error");
        }
        assert!(parse_positive_duration("0s").is_err());
        assert!(parse_positive_duration("0").is_err());
        assert_eq!(parse_positive_duration("100ms").unwrap().as_millis(), 100);
        assert!(parse_duration("fast").is_err());
    }
}
