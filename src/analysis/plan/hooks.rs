//! The pure half of the failover hooks: the placeholders a hook may use and the argument vector
//! it runs with, so a plan (and its dry-run) names exactly what will run.

/// The values a hook can refer to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HookVars {
    pub failure_type: String,
    pub failed_host: String,
    pub failed_port: String,
    pub failed_alias: String,
    pub successor_host: String,
    pub successor_port: String,
    pub successor_alias: String,
    pub keyspace: String,
    pub shard: String,
}

impl HookVars {
    pub(crate) fn pairs(&self) -> [(&'static str, &'static str, &'static str, &str); 9] {
        [
            ("{failureType}", "VTORC_FAILURE_TYPE", "ORC_FAILURE_TYPE", &self.failure_type),
            ("{failedHost}", "VTORC_FAILED_HOST", "ORC_FAILED_HOST", &self.failed_host),
            ("{failedPort}", "VTORC_FAILED_PORT", "ORC_FAILED_PORT", &self.failed_port),
            ("{failedAlias}", "VTORC_FAILED_ALIAS", "ORC_FAILED_ALIAS", &self.failed_alias),
            ("{successorHost}", "VTORC_SUCCESSOR_HOST", "ORC_SUCCESSOR_HOST", &self.successor_host),
            ("{successorPort}", "VTORC_SUCCESSOR_PORT", "ORC_SUCCESSOR_PORT", &self.successor_port),
            (
                "{successorAlias}",
                "VTORC_SUCCESSOR_ALIAS",
                "ORC_SUCCESSOR_ALIAS",
                &self.successor_alias,
            ),
            ("{keyspace}", "VTORC_KEYSPACE", "ORC_KEYSPACE", &self.keyspace),
            ("{shard}", "VTORC_SHARD", "ORC_SHARD", &self.shard),
        ]
    }
}

/// Checks a hook command line at parse time: split as a shell splits words (quotes,
/// backslashes), so `sh -c 'echo a b'` is three arguments; unbalanced quotes are a usage error
/// naming the flag, never a hook that fails at 3 a.m.
pub fn parse_command(command: &str) -> Result<String, String> {
    let words = shell_words::split(command)
        .map_err(|e| format!("cannot split {command:?} into arguments: {e}"))?;
    if words.is_empty() {
        return Err("empty hook command".into());
    }
    Ok(command.to_string())
}

/// The argument vector a hook would run with (for `--dry-run` and for running it): the command
/// split as a shell splits words (still no shell runs it), then the placeholders replaced inside
/// each argument, so a value with spaces or quotes stays one argument.
pub fn argv(command: &str, vars: &HookVars) -> Vec<String> {
    // parse_command checked the line; a line that still cannot be split runs as its words.
    shell_words::split(command)
        .unwrap_or_else(|_| command.split_whitespace().map(str::to_string).collect())
        .into_iter()
        .map(|arg| {
            let mut a = arg.to_string();
            for (placeholder, _, _, value) in vars.pairs() {
                a = a.replace(placeholder, value);
            }
            a
        })
        .collect()
}
