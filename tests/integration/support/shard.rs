//! One Vitess shard for a test: a private etcd plus a MariaDB replication cluster, registered with
//! the real binary (`topo add-cell`, `topo create-keyspace`, `topo add-tablet`), with its own state
//! file and password files. Everything is stopped and removed in Drop, also when the test panics.
//!
//! ```ignore
//! use crate::support::shard::{ShardOpts, TestShard};
//! // zone1-101 primary, zone1-102 and zone1-103 replicas, zone1-104 rdonly; keyspace ks, shard 0,
//! // durability policy none.
//! let s = TestShard::start(ShardOpts::default());
//! assert!(s.codes().is_empty());
//! s.node("zone1-102").exec("STOP SLAVE");
//! let found = s.wait_for_code("zone1-102", "ReplicationStopped");   // polls `check --json`
//! s.run(&["recover"]).expect_code(0);                                // any command, flags added
//!
//! // Semi-sync durability, one replica in zone2, no rdonly:
//! let s = TestShard::start(ShardOpts::default().durability("semi_sync").rdonly(false).cell(2, "zone2"));
//! ```
//!
//! * Tablets: node `i` of the cluster is tablet `<cell>-<101 + i>` (cell `zone1` unless
//!   [`ShardOpts::cell`] says otherwise). Node 0 is the primary, nodes `1..=replicas` are
//!   `replica` tablets, the last node is `rdonly` when [`ShardOpts::rdonly`] is on. MySQL host is
//!   `127.0.0.1` and the node's port. Tablets are registered in node order, so the primary's term
//!   starts before the others exist.
//! * Aliases: the helpers accept `zone1-102` and `zone1-0000000102`; [`TestShard::codes`] returns
//!   the short form (`zone1-102`), and `""` for keyspace-level problems (NoDurabilityPolicy).
//! * Semi-sync: by default ([`ShardOpts::semi_sync`] not called) the servers are set up the way
//!   the durability policy wants them, so a fresh shard is healthy under every policy: the
//!   primary has `rpl_semi_sync_master_enabled` when the policy needs acks, and each replica has
//!   `rpl_semi_sync_slave_enabled` exactly when the policy's `IsReplicaSemiSync(primary, replica)`
//!   says so (its IO thread is restarted so the primary sees it). `semi_sync(false)` leaves
//!   semi-sync off everywhere whatever the policy; `semi_sync(true)` turns it on everywhere
//!   (primary and every replica, rdonly included). A node restarted by the test reads its my.cnf,
//!   which has semi-sync on for every node when semi-sync was on for any.
//! * Credentials: `vtorc`/`vtorcpass` (probes and actions) and `repl`/`replpass` (replication),
//!   in 0600 files passed with `--mysql-password-file` / `--repl-password-file`; passwords never
//!   appear in argv.
//! * [`TestShard::run`] adds the global flags (etcd address, state file, users, password files);
//!   [`TestShard::check`] also adds `--topo-information-refresh-duration 0s`, so every check
//!   re-reads the topology and sees topo edits made by the test at once.

use super::certs::Certs;
use super::cmd::{vtorc, Run};
use super::etcd::{Etcd, EtcdMode, ETCD_PASS, ETCD_USER};
use super::mariadb::{Cluster, Node, TlsFiles, REPL_PASS, REPL_USER, VTORC_PASS, VTORC_USER};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How often [`TestShard::wait_for_codes`] re-runs `check`.
pub const POLL_EVERY: Duration = Duration::from_millis(200);
/// Default deadline of the `wait_for_*` helpers.
pub const POLL_DEADLINE: Duration = Duration::from_secs(10);

/// What [`TestShard::start`] builds. Start from `ShardOpts::default()` and chain the setters.
#[derive(Debug, Clone)]
#[must_use]
pub struct ShardOpts {
    /// Number of `replica` tablets (default 2).
    pub replicas: usize,
    /// One `rdonly` tablet after the replicas (default on).
    pub rdonly: bool,
    /// None: as the durability policy wants (default); Some(on): on/off on every node.
    pub semi_sync: Option<bool>,
    /// Keyspace durability policy (default `none`); None creates the keyspace without one.
    pub durability: Option<String>,
    /// Cell of node `i` where it is not `zone1`.
    pub cells: Vec<(usize, String)>,
    pub keyspace: String,
    pub shard: String,
    /// False: the servers do not replicate at all and stay read-only (a brand-new shard).
    pub replication: bool,
    /// Tablet type node 0 is registered as (default `primary`).
    pub primary_type: String,
    /// etcd on HTTPS only with `--client-cert-auth`; every run gets `--topo-etcd-tls-*`.
    pub etcd_tls: bool,
    /// etcd with authentication; every run gets `--topo-etcd-user` and a password file.
    pub etcd_auth: bool,
    /// MariaDB with TLS and `require_secure_transport=ON`, replication over TLS; every run gets
    /// `--mysql-ssl-mode verify_identity --mysql-ssl-ca`.
    pub mysql_tls: bool,
}

impl Default for ShardOpts {
    fn default() -> Self {
        ShardOpts {
            replicas: 2,
            rdonly: true,
            semi_sync: None,
            durability: Some("none".into()),
            cells: Vec::new(),
            keyspace: "ks".into(),
            shard: "0".into(),
            replication: true,
            primary_type: "primary".into(),
            etcd_tls: false,
            etcd_auth: false,
            mysql_tls: false,
        }
    }
}

impl ShardOpts {
    pub fn replicas(mut self, n: usize) -> Self {
        self.replicas = n;
        self
    }
    pub fn rdonly(mut self, on: bool) -> Self {
        self.rdonly = on;
        self
    }
    /// Force semi-sync on or off on every node (default: as the policy wants).
    pub fn semi_sync(mut self, on: bool) -> Self {
        self.semi_sync = Some(on);
        self
    }
    pub fn durability(mut self, policy: &str) -> Self {
        self.durability = Some(policy.into());
        self
    }
    /// Create the keyspace without a durability policy.
    pub fn no_durability(mut self) -> Self {
        self.durability = None;
        self
    }
    /// Put node `index` (0 = primary) in `cell` (its alias becomes `<cell>-<101 + index>`).
    pub fn cell(mut self, index: usize, cell: &str) -> Self {
        self.cells.retain(|(i, _)| *i != index);
        self.cells.push((index, cell.into()));
        self
    }
    pub fn keyspace(mut self, ks: &str) -> Self {
        self.keyspace = ks.into();
        self
    }
    pub fn shard(mut self, shard: &str) -> Self {
        self.shard = shard.into();
        self
    }
    /// Stand-alone read-only servers, no replication (combine with `primary_type("replica")`).
    pub fn no_replication(mut self) -> Self {
        self.replication = false;
        self
    }
    /// Register node 0 with this tablet type instead of `primary`.
    pub fn primary_type(mut self, t: &str) -> Self {
        self.primary_type = t.into();
        self
    }
    pub fn etcd_tls(mut self) -> Self {
        self.etcd_tls = true;
        self
    }
    pub fn etcd_auth(mut self) -> Self {
        self.etcd_auth = true;
        self
    }
    pub fn mysql_tls(mut self) -> Self {
        self.mysql_tls = true;
        self
    }
    fn node_count(&self) -> usize {
        1 + self.replicas + usize::from(self.rdonly)
    }
    fn cell_of(&self, index: usize) -> String {
        self.cells
            .iter()
            .find(|(i, _)| *i == index)
            .map_or_else(|| "zone1".to_string(), |(_, c)| c.clone())
    }
    fn type_of(&self, index: usize) -> String {
        if index == 0 {
            self.primary_type.clone()
        } else if index <= self.replicas {
            "replica".into()
        } else {
            "rdonly".into()
        }
    }
}

/// One registered tablet of a [`TestShard`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardTablet {
    /// Short alias as registered: `zone1-101`.
    pub alias: String,
    pub cell: String,
    pub uid: u32,
    /// Tablet type as registered: `primary`, `replica`, `rdonly`.
    pub tablet_type: String,
    /// Index of its node in [`TestShard::cluster`].
    pub index: usize,
}

impl ShardTablet {
    /// `zone1-0000000101`, as vtorc-rs prints aliases.
    pub fn full_alias(&self) -> String {
        format!("{}-{:010}", self.cell, self.uid)
    }
}

/// `zone1-0000000101` or `zone1-101` -> `zone1-101`.
pub fn short_alias(alias: &str) -> String {
    match alias.rsplit_once('-') {
        Some((cell, uid)) => match uid.parse::<u32>() {
            Ok(n) => format!("{cell}-{n}"),
            Err(_) => alias.to_string(),
        },
        None => alias.to_string(),
    }
}

/// A private etcd + MariaDB cluster registered as one shard; see the module docs.
pub struct TestShard {
    // Drop order: servers first, then the temp dir with the state and password files.
    cluster: Cluster,
    etcd: Etcd,
    tablets: Vec<ShardTablet>,
    opts: ShardOpts,
    dir: tempfile::TempDir,
    /// The test's certificates (after the servers using them in drop order).
    certs: Certs,
    /// How long `start` took (servers + registration).
    pub startup: Duration,
}

impl TestShard {
    /// Starts etcd and the cluster, registers cells, keyspace and tablets, and sets semi-sync.
    /// Panics (with the command output) when any step fails.
    pub fn start(opts: ShardOpts) -> TestShard {
        let t0 = Instant::now();
        let n = opts.node_count();
        let mut b = Cluster::builder().nodes(n);
        let policy_semi = opts.durability.as_deref().is_some_and(|p| p != "none" && p != "test");
        let any_semi = opts.semi_sync.unwrap_or(policy_semi);
        if !opts.replication {
            b = b.no_replication();
        }
        b = b.semi_sync(any_semi && opts.replication);
        let certs = Certs::generate();
        if opts.mysql_tls {
            b = b.tls(TlsFiles {
                ca: certs.ca(),
                cert: certs.server_cert(),
                key: certs.server_key(),
            });
        }
        // etcd and the cluster start concurrently: both spend most of their time waiting.
        let mode = EtcdMode { tls: opts.etcd_tls.then_some(&certs), auth: opts.etcd_auth };
        let (cluster, etcd) = std::thread::scope(|s| {
            let etcd_thread = s.spawn(|| Etcd::start_with(mode));
            let cluster = b.start();
            (cluster, etcd_thread.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        });

        let dir = tempfile::Builder::new().prefix("vtorc-shard-").tempdir().expect("tempdir");
        for (name, pass) in
            [("mysql.pass", VTORC_PASS), ("repl.pass", REPL_PASS), ("etcd.pass", ETCD_PASS)]
        {
            let p = dir.path().join(name);
            std::fs::write(&p, format!("{pass}\n")).expect("write password file");
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))
                .expect("chmod 600");
        }
        let tablets: Vec<ShardTablet> = (0..n)
            .map(|i| {
                let cell = opts.cell_of(i);
                let uid = 101 + i as u32;
                ShardTablet {
                    alias: format!("{cell}-{uid}"),
                    cell,
                    uid,
                    tablet_type: opts.type_of(i),
                    index: i,
                }
            })
            .collect();
        let s = TestShard { cluster, etcd, tablets, opts, dir, certs, startup: Duration::ZERO };
        s.register();
        if s.opts.replication {
            s.apply_semi_sync(policy_semi);
        }
        TestShard { startup: t0.elapsed(), ..s }
    }

    fn register(&self) {
        let mut cells: Vec<&str> = self.tablets.iter().map(|t| t.cell.as_str()).collect();
        cells.sort();
        cells.dedup();
        for c in cells {
            self.run(&["topo", "add-cell", c]).expect_code(0);
        }
        let ks = self.opts.keyspace.as_str();
        match &self.opts.durability {
            Some(p) => self.run(&["topo", "create-keyspace", ks, "--durability-policy", p]),
            None => self.run(&["topo", "create-keyspace", ks]),
        }
        .expect_code(0);
        for t in &self.tablets {
            self.register_tablet(t);
        }
    }

    /// `topo add-tablet` for `t` (its node's port, 127.0.0.1). A primary is registered with
    /// `--allow-primary-override`: tests that register one over another mean it.
    pub fn register_tablet(&self, t: &ShardTablet) {
        let port = self.cluster.node(t.index).port().to_string();
        let mut args = vec![
            "topo",
            "add-tablet",
            &t.alias,
            "--keyspace",
            &self.opts.keyspace,
            "--shard",
            &self.opts.shard,
            "--type",
            &t.tablet_type,
            "--mysql-host",
            "127.0.0.1",
            "--mysql-port",
            &port,
        ];
        if t.tablet_type == "primary" {
            args.push("--allow-primary-override");
        }
        self.run(&args).expect_code(0);
    }

    /// Makes each node's semi-sync settings what the options ask for (see the module docs).
    fn apply_semi_sync(&self, policy_semi: bool) {
        let primary = &self.tablets[0];
        let forced = self.opts.semi_sync;
        let policy = self.opts.durability.clone().unwrap_or_default();
        for t in &self.tablets[1..] {
            let want = match forced {
                Some(on) => on,
                None => policy_semi && replica_semi_sync(&policy, primary, t),
            };
            // The cluster builder turned the replica side on for every node when any semi-sync
            // was wanted; only the ones that must not ack need changing.
            if !want && (forced.is_some() || policy_semi) && self.cluster.len() > 1 {
                let node = self.cluster.node(t.index);
                let on = node.sql_one("SELECT @@global.rpl_semi_sync_slave_enabled");
                if on.as_deref() == Some("1") {
                    node.exec(
                        "SET GLOBAL rpl_semi_sync_slave_enabled=OFF; \
                         STOP SLAVE IO_THREAD; START SLAVE IO_THREAD",
                    );
                }
            }
        }
    }

    /// `vtorc-rs <args>` with the shard's global flags (etcd, state file, users, password files).
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_via(&self.etcd.endpoint(), args)
    }

    /// [`TestShard::run`] with another global topology address (a proxy in front of etcd).
    pub fn run_via(&self, endpoint: &str, args: &[&str]) -> Run {
        let mut c = self.base_command(endpoint);
        if self.opts.etcd_tls {
            c.arg("--topo-etcd-tls-ca").arg(self.certs.ca());
            c.arg("--topo-etcd-tls-cert").arg(self.certs.client_cert());
            c.arg("--topo-etcd-tls-key").arg(self.certs.client_key());
        }
        if self.opts.etcd_auth {
            c.args(["--topo-etcd-user", ETCD_USER]);
            c.arg("--topo-etcd-password-file").arg(self.dir.path().join("etcd.pass"));
        }
        if self.opts.mysql_tls {
            c.args(["--mysql-ssl-mode", "verify_identity", "--mysql-ssl-ca"]);
            c.arg(self.certs.ca());
        }
        Run::from(c.args(args).output().expect("spawn vtorc-rs"))
    }

    /// `vtorc-rs <args>` with the etcd address, state file, users and MySQL password files
    /// only: no TLS nor etcd authentication flag, so a test can give its own.
    pub fn run_bare(&self, args: &[&str]) -> Run {
        let mut c = self.base_command(&self.etcd.endpoint());
        Run::from(c.args(args).output().expect("spawn vtorc-rs"))
    }

    /// The command [`TestShard::run`] would run, to spawn it and follow its output.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut c = self.base_command(&self.etcd.endpoint());
        c.args(args);
        c
    }

    /// The test's certificates.
    pub fn certs(&self) -> &Certs {
        &self.certs
    }

    fn base_command(&self, endpoint: &str) -> std::process::Command {
        let mut c = vtorc();
        c.arg("--topo-global-server-address")
            .arg(endpoint)
            .arg("--state-file")
            .arg(self.state_file())
            .args(["--mysql-user", VTORC_USER, "--repl-user", REPL_USER])
            .arg("--mysql-password-file")
            .arg(self.dir.path().join("mysql.pass"))
            .arg("--repl-password-file")
            .arg(self.dir.path().join("repl.pass"));
        c
    }

    /// `check --topo-information-refresh-duration 0s <extra>` (topology re-read every time).
    pub fn check(&self, extra: &[&str]) -> Run {
        let mut args = vec!["check", "--topo-information-refresh-duration", "0s"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// `check --json`, parsed. Panics unless it exits 0 (healthy) or 1 (problems), and checks
    /// that the exit code agrees with the JSON's `healthy` and `problems`.
    pub fn check_json(&self) -> Value {
        self.check_json_with(&[])
    }

    /// [`TestShard::check_json`] with extra `check` flags (e.g. `--reasonable-replication-lag 1s`).
    pub fn check_json_with(&self, extra: &[&str]) -> Value {
        let mut args = vec!["--json"];
        args.extend_from_slice(extra);
        let r = self.check(&args);
        assert!(
            r.code == 0 || r.code == 1,
            "check --json exited {}\nstdout:\n{}\nstderr:\n{}",
            r.code,
            r.stdout,
            r.stderr
        );
        let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
            panic!(
                "check --json printed no JSON ({e})\nstdout:\n{}\nstderr:\n{}",
                r.stdout, r.stderr
            )
        });
        let n = v["problems"].as_array().map_or(0, Vec::len);
        assert_eq!(
            (r.code, v["healthy"].as_bool()),
            if n == 0 { (0, Some(true)) } else { (1, Some(false)) },
            "exit code / healthy disagree with {n} problems:\n{}",
            r.stdout
        );
        v
    }

    /// `(alias, code)` of every problem `check --json` reports, aliases in short form.
    pub fn codes(&self) -> Vec<(String, String)> {
        codes_of(&self.check_json())
    }

    /// Re-runs `check --json` every [`POLL_EVERY`] until `pred` holds for its codes; returns
    /// that JSON. Panics after `timeout` with the last output.
    pub fn wait_for_codes(
        &self,
        what: &str,
        timeout: Duration,
        pred: impl FnMut(&[(String, String)]) -> bool,
    ) -> Value {
        self.wait_for_codes_with(&[], what, timeout, pred)
    }

    /// [`TestShard::wait_for_codes`] with extra `check` flags.
    pub fn wait_for_codes_with(
        &self,
        extra: &[&str],
        what: &str,
        timeout: Duration,
        mut pred: impl FnMut(&[(String, String)]) -> bool,
    ) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let v = self.check_json_with(extra);
            if pred(&codes_of(&v)) {
                return v;
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {timeout:?} waiting for {what}; last check --json:\n{v:#}"
            );
            std::thread::sleep(POLL_EVERY);
        }
    }

    /// Polls (up to [`POLL_DEADLINE`]) until `code` is reported on `alias` (`""` for a
    /// keyspace-level problem); returns that problem's JSON object.
    pub fn wait_for_code(&self, alias: &str, code: &str) -> Value {
        let want = (short_alias(alias), code.to_string());
        let v = self
            .wait_for_codes(&format!("{code} on {alias}"), POLL_DEADLINE, |c| c.contains(&want));
        v["problems"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| {
                short_alias(p["alias"].as_str().unwrap_or("")) == want.0
                    && p["code"].as_str() == Some(code)
            })
            .cloned()
            .expect("problem present")
    }

    /// Asserts that `check` reports nothing and exits 0 (and that `check` without --json says
    /// healthy too).
    pub fn assert_healthy(&self) {
        let v = self.check_json();
        assert_eq!(codes_of(&v), Vec::<(String, String)>::new(), "not healthy:\n{v:#}");
        assert_eq!(v["tablets"].as_u64(), Some(self.tablets.len() as u64), "{v:#}");
        assert_eq!(v["reachable"].as_u64(), Some(self.tablets.len() as u64), "{v:#}");
    }

    pub fn etcd(&self) -> &Etcd {
        &self.etcd
    }
    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }
    pub fn tablets(&self) -> &[ShardTablet] {
        &self.tablets
    }
    /// The tablet registered for `alias` (short or full form), if any.
    pub fn tablet_for(&self, alias: &str) -> Option<&ShardTablet> {
        let a = short_alias(alias);
        self.tablets.iter().find(|t| t.alias == a)
    }
    /// The tablet registered for `alias`; panics when there is none.
    pub fn tablet(&self, alias: &str) -> &ShardTablet {
        self.tablet_for(alias).unwrap_or_else(|| panic!("no tablet {alias} in this shard"))
    }
    /// The MariaDB node behind `alias`, if the shard has that tablet.
    pub fn node_for(&self, alias: &str) -> Option<&Node> {
        self.tablet_for(alias).map(|t| self.cluster.node(t.index))
    }
    /// The MariaDB node behind `alias`; panics when there is none.
    pub fn node(&self, alias: &str) -> &Node {
        self.cluster.node(self.tablet(alias).index)
    }
    /// Short alias of node `index` (0 = primary).
    pub fn alias(&self, index: usize) -> &str {
        &self.tablets[index].alias
    }
    pub fn keyspace(&self) -> &str {
        &self.opts.keyspace
    }
    pub fn shard(&self) -> &str {
        &self.opts.shard
    }
    pub fn opts(&self) -> &ShardOpts {
        &self.opts
    }
    pub fn state_file(&self) -> PathBuf {
        self.dir.path().join("vtorc.db")
    }
    /// The temp dir holding the state file and password files (removed in Drop).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

/// `(short alias, code)` of every problem in a `check --json` document.
pub fn codes_of(v: &Value) -> Vec<(String, String)> {
    v["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                short_alias(p["alias"].as_str().unwrap_or("")),
                p["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Vitess's `IsReplicaSemiSync(primary, replica)` for the built-in policies (vtorc-behaviour.md §4),
/// restated here so the fixture does not depend on the code under test.
fn replica_semi_sync(policy: &str, primary: &ShardTablet, replica: &ShardTablet) -> bool {
    let (rdonly_acks, cross_cell) = match policy {
        "semi_sync" => (false, false),
        "semi_sync_with_rdonly_ack" => (true, false),
        "cross_cell" => (false, true),
        "cross_cell_with_rdonly_ack" => (true, true),
        _ => return false,
    };
    let type_acks = match replica.tablet_type.as_str() {
        "primary" | "replica" => true,
        "rdonly" => rdonly_acks,
        _ => false,
    };
    type_acks && (!cross_cell || primary.cell != replica.cell)
}
