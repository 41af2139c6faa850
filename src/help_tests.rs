//! The CLI's help as users read it (issue 15 item 7): every argument has a help line, a
//! subcommand's own options come before the global ones, which sit under their own headings,
//! and every `--help` matches its reviewed golden file in `tests/snapshots/help/`. The
//! commands are walked from the clap tree, so a new subcommand gets a golden by regenerating:
//! `SNAPSHOTS=overwrite cargo test --bin vtorc-rs help_`.

use crate::cli;
use std::path::{Path, PathBuf};

/// Every visible command as its path of names (`["vtorc-rs", "topo", "add-tablet"]`).
fn commands() -> Vec<Vec<String>> {
    fn walk(c: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in c.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
        out.push(path);
    }
    let mut out = Vec::new();
    walk(&cli::command(), vec!["vtorc-rs".to_string()], &mut out);
    out.sort();
    out
}

/// `<path> --help` as `vtorc-rs` prints it, at the width it prints without a terminal.
fn help(path: &[String]) -> String {
    let mut args: Vec<String> = path.to_vec();
    args.push("--help".into());
    match cli::command().term_width(100).try_get_matches_from(args) {
        Ok(_) => panic!("{path:?} --help parsed"),
        Err(e) => e.render().to_string(),
    }
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/help")
}

#[test]
fn help_every_command_matches_its_golden() {
    let dir = golden_dir();
    let mut wanted = std::collections::BTreeSet::new();
    for path in commands() {
        let name = format!("{}.txt", path.join("-"));
        snapbox::Assert::new()
            .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
            .eq(help(&path), snapbox::Data::read_from(&dir.join(&name), None).raw());
        wanted.insert(name);
    }
    let stale: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()))
        .into_iter()
        .flatten()
        .filter(|n| !wanted.contains(n))
        .collect();
    assert!(stale.is_empty(), "goldens of commands that no longer exist: {stale:?} (delete them)");
}

#[test]
fn help_every_argument_has_a_help_line() {
    fn walk(c: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
            if a.get_help().is_none() && a.get_long_help().is_none() {
                missing.push(format!("{path} {}", a.get_id()));
            }
        }
        for sub in c.get_subcommands().filter(|s| !s.is_hide_set()) {
            if sub.get_about().is_none() {
                missing.push(format!("{path} {} (about)", sub.get_name()));
            }
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&cli::command(), "vtorc-rs", &mut missing);
    assert!(missing.is_empty(), "without a help line: {missing:#?}");
}

/// vtctldclient's layout: the command's own options under "Options", then the global ones
/// under their own headings (Topology, MySQL, ...), never interleaved.
#[test]
fn help_own_options_come_first_and_globals_have_headings() {
    let text = help(&["vtorc-rs".into(), "check".into()]);
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("no {needle:?} in\n{text}"));
    // Option lines start with spaces then `--` (the description mentions --nagios too).
    let nagios = "\n      --nagios";
    assert!(at("\nOptions:") < at(nagios));
    for heading in ["\nTopology:", "\nMySQL:", "\nOutput:"] {
        assert!(at(nagios) < at(heading), "{heading} after the own options\n{text}");
    }
    assert!(at("\nTopology:") < at("\n      --topo-global-server-address"));
    assert!(at("\nMySQL:") < at("\n      --mysql-user"));
    assert!(at("\nOutput:") < at("\n      --json"));
    let globals = &text[at("\nTopology:")..];
    assert!(!globals.contains(nagios), "own options among the globals\n{text}");
}

/// A value is named by what it is (`<DURATION>`, `<ADDRS>`, `<FILE>`), as vtctldclient names
/// its flag types, never by a long copy of the flag (`<TOPO_INFORMATION_REFRESH_DURATION>`).
#[test]
fn help_values_are_named_by_what_they_are() {
    fn walk(c: &clap::Command, long: &mut Vec<String>) {
        for a in c.get_arguments().filter(|a| !a.is_hide_set() && a.get_long().is_some()) {
            if !a.get_action().takes_values() {
                continue;
            }
            let name = match a.get_value_names() {
                Some(v) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(" "),
                None => a.get_id().as_str().to_uppercase(),
            };
            if name.len() > 10 {
                long.push(format!("{} --{} <{name}>", c.get_name(), a.get_long().unwrap_or("")));
            }
        }
        for sub in c.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, long);
        }
    }
    let mut long = Vec::new();
    walk(&cli::command(), &mut long);
    long.sort();
    long.dedup();
    assert!(long.is_empty(), "long value names: {long:#?}");
}
