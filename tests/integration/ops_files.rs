//! Files shipped beside the binary: generated completions and man pages must match what the
//! current clap definitions produce, and the systemd units must pass `systemd-analyze verify`.

use crate::support::cmd::{vtorc, BIN};
use std::collections::BTreeMap;
use std::path::Path;

fn read_dir_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
        let e = e.expect("dir entry");
        if e.path().is_file() {
            out.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            );
        }
    }
    out
}

fn assert_fresh(kind: &str, committed: &str) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = vtorc().args(["generate", kind]).arg(tmp.path()).output().expect("spawn");
    assert!(
        out.status.success(),
        "generate {kind} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fresh = read_dir_files(tmp.path());
    let repo = read_dir_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(committed));
    assert!(!fresh.is_empty(), "generate {kind} wrote nothing");
    let fresh_names: Vec<_> = fresh.keys().collect();
    let repo_names: Vec<_> = repo.keys().collect();
    assert_eq!(
        fresh_names, repo_names,
        "{committed}/ is stale: run `cargo run -- generate {kind} {committed}`"
    );
    for (name, bytes) in &fresh {
        assert!(
            repo[name] == *bytes,
            "{committed}/{name} is stale: run `cargo run -- generate {kind} {committed}`"
        );
    }
}

#[test]
fn completions_are_fresh() {
    assert_fresh("completions", "completions");
}

#[test]
fn man_pages_are_fresh() {
    assert_fresh("man", "man");
}

#[test]
fn man_page_documents_exit_codes_and_environment() {
    let page =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("man/vtorc-rs.1"))
            .expect("man/vtorc-rs.1");
    for needle in ["Exit codes", "130", "VTORC_MYSQL_PASSWORD", "VTORC_STATE_FILE", "vtorc.db"] {
        assert!(page.contains(needle), "man/vtorc-rs.1 lacks {needle:?}");
    }
}

/// Every man page has an EXAMPLES section (issue 15 item 7).
#[test]
fn every_man_page_has_examples() {
    let pages = read_dir_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("man"));
    assert!(pages.len() > 20, "{} pages", pages.len());
    for (name, text) in pages {
        let text = String::from_utf8_lossy(&text);
        assert!(text.contains("\n.SH EXAMPLES\n"), "{name} has no EXAMPLES section");
    }
}

#[test]
fn systemd_units_verify() {
    let analyze = crate::support::require_bin("systemd-analyze");
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd");
    let mut units = Vec::new();
    for name in ["vtorc-rs-watch.service", "vtorc-rs-recover.service", "vtorc-rs-recover.timer"] {
        let text = std::fs::read_to_string(src.join(name)).expect("unit file");
        // Point ExecStart at the binary under test: verify checks that it exists and is executable.
        let text = text.replace("/usr/local/bin/vtorc-rs", BIN);
        let dst = tmp.path().join(name);
        std::fs::write(&dst, text).expect("write unit");
        units.push(dst);
    }
    let out = std::process::Command::new(analyze)
        .arg("verify")
        .arg("--man=no")
        .args(&units)
        .output()
        .expect("spawn systemd-analyze");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.trim().is_empty(),
        "systemd-analyze verify failed:\n{stderr}"
    );
    let env = std::fs::read_to_string(src.join("vtorc-rs.env.example")).expect("env example");
    assert!(env.contains("0600"), "env example should advise mode 0600");
    // The watch and recover units share one state directory as one user (issue 15 item 6):
    // two DynamicUser units get two users unless they name the same one.
    let setting = |unit: &str, key: &str| -> Vec<String> {
        let text = std::fs::read_to_string(src.join(unit)).expect("unit file");
        text.lines().filter_map(|l| l.strip_prefix(key)).map(str::to_string).collect()
    };
    for key in ["User=", "Group=", "StateDirectory=", "Environment=VTORC_STATE_FILE="] {
        let watch = setting("vtorc-rs-watch.service", key);
        assert!(!watch.is_empty(), "vtorc-rs-watch.service lacks {key}");
        assert_eq!(watch, setting("vtorc-rs-recover.service", key), "units differ in {key}");
    }
    assert_eq!(
        setting("vtorc-rs-watch.service", "Environment=VTORC_STATE_FILE="),
        ["/var/lib/vtorc-rs/vtorc.db"],
        "the units use the built-in default state file"
    );
}

/// README's install steps, run as written into a staging root (DESTDIR), install the binary,
/// a man page per command, the completions and the units (issue 15 item 6); the installed bash
/// completion completes.
#[test]
fn readme_install_steps_install_man_pages_and_completions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let block = readme
        .split("## Install")
        .nth(1)
        .and_then(|s| s.split("```sh\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("README has an ## Install section with a sh block");
    // The build and the systemctl calls are the user's; the copies are what is tested.
    let steps: String = block
        .lines()
        .filter(|l| !l.starts_with("cargo ") && !l.contains("systemctl"))
        .map(|l| l.replace("target/release/vtorc-rs", BIN) + "\n")
        .collect();
    let dest = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new("bash")
        .arg("-ec")
        .arg(&steps)
        .current_dir(root)
        .env("DESTDIR", dest.path())
        .output()
        .expect("bash");
    assert!(out.status.success(), "{steps}\n{}", String::from_utf8_lossy(&out.stderr));
    let d = dest.path();
    assert!(d.join("usr/local/bin/vtorc-rs").is_file(), "binary installed");
    for page in read_dir_files(&root.join("man")).keys() {
        assert!(d.join("usr/local/share/man/man1").join(page).is_file(), "man page {page}");
    }
    for f in [
        "usr/share/bash-completion/completions/vtorc-rs",
        "usr/share/zsh/vendor-completions/_vtorc-rs",
        "usr/share/fish/vendor_completions.d/vtorc-rs.fish",
        "etc/systemd/system/vtorc-rs-watch.service",
        "etc/systemd/system/vtorc-rs-recover.service",
        "etc/systemd/system/vtorc-rs-recover.timer",
        "etc/vtorc-rs/vtorc-rs.env",
    ] {
        assert!(d.join(f).is_file(), "{f} installed");
    }
    let cmd = format!(
        "source {}; COMP_WORDS=(vtorc-rs recov); COMP_CWORD=1; _vtorc__rs vtorc-rs recov vtorc-rs; echo \"${{COMPREPLY[*]}}\"",
        d.join("usr/share/bash-completion/completions/vtorc-rs").display()
    );
    let out = std::process::Command::new("bash").arg("-c").arg(&cmd).output().expect("bash");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "recover recoveries");
}

#[test]
fn closed_stdout_exits_quietly() {
    // `vtorc-rs ... | head`: the reader is gone before we write; exit 0, nothing on stderr.
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state.db");
    // `recoveries list` only reads: let a writer (which then fails at etcd) create the file.
    vtorc().arg("--state-file").arg(&state).arg("check").output().expect("check");
    for args in [vec!["--help"], vec!["recoveries", "list"]] {
        let mut child = vtorc()
            .arg("--state-file")
            .arg(&state)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}

/// The bash completion completes below the top level (issue 15 item 9): clap_complete names the
/// dispatch functions of a hyphenated binary two different ways, which broke every subcommand.
#[test]
fn bash_completion_completes_subcommands_and_their_flags() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/vtorc-rs.bash");
    let probe = |words: &str, cword: usize, cur: &str, prev: &str| -> String {
        let cmd = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD={cword}; _vtorc__rs vtorc-rs {cur} {prev}; echo \"${{COMPREPLY[*]}}\"",
            script.display()
        );
        let out = std::process::Command::new("bash").arg("-c").arg(&cmd).output().expect("bash");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let topo = probe("vtorc-rs topo get-t", 2, "get-t", "topo");
    assert!(
        topo.contains("get-tablets") && topo.contains("get-tablet"),
        "topo get-t<TAB>: {topo:?}"
    );
    let recover = probe("vtorc-rs recover --dr", 2, "--dr", "recover");
    assert_eq!(recover, "--dry-run", "recover --dr<TAB>");
    let types = probe("vtorc-rs topo add-tablet zone1-1 --type r", 5, "r", "--type");
    assert_eq!(types, "replica rdonly restore", "--type r<TAB> completes tablet types");
}

/// Hidden commands are not offered and values complete their names (issue 15 item 9): a real
/// bash sources the committed script and completes as a user's TAB would.
#[test]
fn completions_hide_hidden_commands_and_complete_policy_names() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/vtorc-rs.bash");
    let probe = |words: &str, cword: usize, cur: &str, prev: &str| -> String {
        let cmd = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD={cword}; _vtorc__rs vtorc-rs {cur} {prev}; echo \"${{COMPREPLY[*]}}\"",
            script.display()
        );
        let out = std::process::Command::new("bash").arg("-c").arg(&cmd).output().expect("bash");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let top = probe("vtorc-rs ''", 1, "''", "vtorc-rs");
    assert!(top.contains("discover") && top.contains("topo"), "vtorc-rs <TAB>: {top:?}");
    assert!(!top.contains("generate"), "hidden `generate` offered: {top:?}");
    let topo = probe("vtorc-rs topo ''", 2, "''", "topo");
    assert!(topo.contains("get-tablets"), "vtorc-rs topo <TAB>: {topo:?}");
    assert!(!topo.contains("lock-shard"), "hidden `topo lock-shard` offered: {topo:?}");
    let policy = probe("vtorc-rs set-durability ks semi", 3, "semi", "ks");
    assert_eq!(policy, "semi_sync semi_sync_with_rdonly_ack", "set-durability KS semi<TAB>");
    let ks = probe(
        "vtorc-rs topo create-keyspace ks --durability-policy cross",
        5,
        "cross",
        "--durability-policy",
    );
    assert_eq!(ks, "cross_cell cross_cell_with_rdonly_ack", "--durability-policy cross<TAB>");
    for file in ["_vtorc-rs", "vtorc-rs.fish"] {
        let text = std::fs::read_to_string(script.with_file_name(file)).expect("completion file");
        for hidden in ["generate", "lock-shard"] {
            assert!(!text.contains(hidden), "{file} offers hidden {hidden}");
        }
    }
}
