//! Private MariaDB GTID replication clusters for one test (recipe: etcd-mariadb-recipe.md §3, §8).
//!
//! ```ignore
//! let c = Cluster::start(3);                       // node 0 primary, 1..n replicas of node 0
//! c.primary().exec("INSERT INTO app.t (v) VALUES ('x')");
//! c.sync();                                        // every replica applied the primary's binlog
//! c.node(1).kill9();                               // crash; c.node(1).restart() brings it back
//! let c = Cluster::builder().nodes(2).semi_sync(true).start();
//! let c = Cluster::builder().nodes(2).no_replication().start();   // n stand-alone read-only servers
//! ```
//!
//! * Every node lives in its own directory under one short `/tmp/vtm*` temp dir (unix socket paths
//!   must stay < 108 bytes), listens on a free loopback port, has `server_id = index + 1`,
//!   `gtid_strict_mode`, `log_slave_updates`, `report_host=127.0.0.1`, `skip_slave_start` and boots
//!   `read_only=ON`; the primary is opened by the setup (`SET GLOBAL read_only=0`).
//! * Replicas use `MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1, MASTER_HEARTBEAT_PERIOD=2`
//!   with `slave_net_timeout=4`, so a hung primary is noticed in ~4 s and the heartbeat is sane
//!   (half the net timeout).
//! * Users, identical on every node and not binlogged: `root` (no password, TCP from 127.0.0.1),
//!   [`REPL_USER`]/[`REPL_PASS`] (REPLICATION SLAVE), [`VTORC_USER`]/[`VTORC_PASS`] (the recipe's
//!   `orc` grants: enough for every probe and action, no SUPER), [`APP_USER`]/[`APP_PASS`] (app.*).
//!   Database `app` with table `app.t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64))` exists
//!   (created on the primary, replicated) unless `no_replication()`.
//! * Speed: `mariadb-install-db` runs once per MariaDB version into a template under
//!   `CARGO_TARGET_TMPDIR` (reused by later runs); each node copies it (~35 MB), so a cluster starts
//!   in well under a second after the first.
//! * Drop sends SIGCONT (if stopped) and SIGKILL to every server, reaps it and removes the dir, also
//!   when the test panics. A server that fails to start panics with the tail of its error.log.
//! * [`Node::sql`] opens a fresh root connection per call: session settings do not carry over
//!   between calls (put them in the same multi-statement string).

use mysql::prelude::Queryable;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub const REPL_USER: &str = "repl";
pub const REPL_PASS: &str = "replpass";
pub const VTORC_USER: &str = "vtorc";
pub const VTORC_PASS: &str = "vtorcpass";
pub const APP_USER: &str = "app";
pub const APP_PASS: &str = "apppass";

/// Vitess's semi-sync ack timeout: never fall back to asynchronous replication.
pub const SEMI_SYNC_NEVER_MS: u64 = 1_000_000_000_000_000_000;

/// `slave_net_timeout` of every node (seconds).
pub const NET_TIMEOUT_SECS: u32 = 4;
/// `MASTER_HEARTBEAT_PERIOD` the setup gives every replica (seconds).
pub const HEARTBEAT_SECS: u32 = 2;

/// Bump when the parts of my.cnf that shape the datadir (InnoDB sizes) change.
const TEMPLATE_REV: u32 = 1;

/// Options for [`Cluster`]; start with [`Cluster::builder`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ClusterBuilder {
    nodes: usize,
    semi_sync: bool,
    semi_sync_timeout_ms: u64,
    replication: bool,
    tls: Option<TlsFiles>,
}

/// CA, server certificate and key of a TLS cluster (see [`ClusterBuilder::tls`]).
#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl ClusterBuilder {
    /// `ssl_ca/ssl_cert/ssl_key` and `require_secure_transport=ON` on every node: plaintext TCP
    /// is refused (root too, so the helpers connect with TLS verified against the CA), and
    /// replicas replicate with `MASTER_SSL=1, MASTER_SSL_CA, MASTER_SSL_VERIFY_SERVER_CERT=1`.
    pub fn tls(mut self, files: TlsFiles) -> Self {
        self.tls = Some(files);
        self
    }
    /// Number of servers (default 3).
    pub fn nodes(mut self, n: usize) -> Self {
        self.nodes = n;
        self
    }
    /// Semi-sync in my.cnf: node 0 gets `rpl_semi_sync_master_enabled` (+ slave), the others
    /// `rpl_semi_sync_slave_enabled` (Vitess's "primary" / "replica" settings). Default off.
    pub fn semi_sync(mut self, on: bool) -> Self {
        self.semi_sync = on;
        self
    }
    /// `rpl_semi_sync_master_timeout` in ms when semi-sync is on (default: Vitess's 1e18, never
    /// fall back to async, with `rpl_semi_sync_master_wait_no_slave=ON`, which vtorc-rs requires
    /// under a semi-sync policy and reports otherwise).
    pub fn semi_sync_timeout_ms(mut self, ms: u64) -> Self {
        self.semi_sync_timeout_ms = ms;
        self
    }
    /// Start the servers and users only: every node stays read-only, no replication, no `app` db.
    pub fn no_replication(mut self) -> Self {
        self.replication = false;
        self
    }
    pub fn start(self) -> Cluster {
        Cluster::start_with(self)
    }
}

/// A set of MariaDB servers on loopback; see the module docs.
pub struct Cluster {
    // Field order matters: the nodes (killed in their Drop) go before the dir is removed.
    nodes: Vec<Node>,
    _dir: tempfile::TempDir,
    /// How long `start` took (install/copy + boot + users + replication).
    pub startup: Duration,
}

impl Cluster {
    /// `n` servers, node 0 the primary, the others replicating from it, semi-sync off.
    pub fn start(n: usize) -> Cluster {
        Cluster::builder().nodes(n).start()
    }

    pub fn builder() -> ClusterBuilder {
        ClusterBuilder {
            nodes: 3,
            semi_sync: false,
            semi_sync_timeout_ms: SEMI_SYNC_NEVER_MS,
            replication: true,
            tls: None,
        }
    }

    fn start_with(opts: ClusterBuilder) -> Cluster {
        assert!(opts.nodes >= 1, "a cluster needs at least one node");
        let t0 = Instant::now();
        let template = template_datadir();
        let dir = tempfile::Builder::new()
            .prefix("vtm")
            .tempdir_in("/tmp")
            .expect("create temp dir under /tmp");
        let mut nodes: Vec<Node> = (0..opts.nodes)
            .map(|i| {
                let d = dir.path().join(format!("n{i}"));
                let node = Node {
                    index: i,
                    server_id: i as u32 + 1,
                    dir: d,
                    port: Mutex::new(0),
                    semi: if !opts.semi_sync {
                        SemiRole::Off
                    } else if i == 0 {
                        SemiRole::Primary(opts.semi_sync_timeout_ms)
                    } else {
                        SemiRole::Replica(opts.semi_sync_timeout_ms)
                    },
                    proc: Mutex::new(Proc { child: None, stopped: false }),
                    tls: opts.tls.clone(),
                };
                std::fs::create_dir_all(node.dir.join("tmp")).expect("create node dir");
                copy_dir(&template, &node.dir.join("data")).unwrap_or_else(|e| {
                    panic!("copy datadir template into {}: {e}", node.dir.display())
                });
                node
            })
            .collect();
        // Spawn all first, then wait: the servers boot in parallel.
        for n in &nodes {
            n.spawn_on_new_port();
        }
        for n in &mut nodes {
            n.wait_ready_or_retry_port();
        }
        for n in &nodes {
            n.exec(USERS_SQL);
        }
        let mut c = Cluster { nodes, _dir: dir, startup: Duration::ZERO };
        if opts.replication {
            c.primary().exec("SET GLOBAL read_only=0");
            for r in c.replicas() {
                r.replicate_from(c.primary());
            }
            c.primary().exec(
                "CREATE DATABASE app; \
                 CREATE TABLE app.t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64)); \
                 INSERT INTO app.t (v) VALUES ('seed')",
            );
            c.sync();
        }
        c.startup = t0.elapsed();
        c
    }

    pub fn node(&self, i: usize) -> &Node {
        &self.nodes[i]
    }
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }
    /// Node 0 (the primary the setup made; after a failover in a test it may no longer be).
    pub fn primary(&self) -> &Node {
        &self.nodes[0]
    }
    /// Nodes 1..n.
    pub fn replicas(&self) -> &[Node] {
        &self.nodes[1..]
    }
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Waits until every replica node has applied node 0's `gtid_binlog_pos` (10 s, else panic).
    pub fn sync(&self) {
        let pos = self.primary().gtid_binlog_pos();
        for r in self.replicas() {
            r.wait_replicated(&pos);
        }
    }

    /// Inserts one row into `app.t` on node 0 and returns node 0's new `gtid_binlog_pos`.
    pub fn write(&self, v: &str) -> String {
        self.primary().exec(&format!("INSERT INTO app.t (v) VALUES ('{}')", v.replace('\'', "''")));
        self.primary().gtid_binlog_pos()
    }
}

#[derive(Debug, Clone, Copy)]
enum SemiRole {
    Off,
    Primary(u64),
    Replica(u64),
}

struct Proc {
    child: Option<Child>,
    stopped: bool,
}

/// One mariadbd of a [`Cluster`]. Methods take `&self` so tests can hold several nodes at once.
pub struct Node {
    index: usize,
    server_id: u32,
    dir: PathBuf,
    port: Mutex<u16>,
    semi: SemiRole,
    proc: Mutex<Proc>,
    tls: Option<TlsFiles>,
}

impl Node {
    pub fn index(&self) -> usize {
        self.index
    }
    pub fn host(&self) -> &'static str {
        "127.0.0.1"
    }
    pub fn port(&self) -> u16 {
        *self.port.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> String {
        format!("{}:{}", self.host(), self.port())
    }
    pub fn server_id(&self) -> u32 {
        self.server_id
    }
    pub fn dir(&self) -> &Path {
        &self.dir
    }
    /// PID of the running server; None after `kill9`.
    pub fn pid(&self) -> Option<i32> {
        self.lock().child.as_ref().map(|c| c.id() as i32)
    }

    /// Runs `sql` (one or more `;`-separated statements) as root over TCP; returns the rows of the
    /// last result set that had columns (NULL = None). Panics with the statement and the error.
    pub fn sql(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        self.try_sql(sql)
            .unwrap_or_else(|e| panic!("node {} ({}): {sql}: {e}", self.index, self.addr()))
    }

    /// Like [`Node::sql`] but returns the error text (for statements expected to fail).
    pub fn try_sql(&self, sql: &str) -> Result<Vec<Vec<Option<String>>>, String> {
        let mut conn = self.root_conn(Duration::from_secs(30)).map_err(|e| e.to_string())?;
        let mut result = conn.query_iter(sql).map_err(|e| e.to_string())?;
        let mut last: Vec<Vec<Option<String>>> = Vec::new();
        while let Some(set) = result.iter() {
            let has_columns = !set.columns().as_ref().is_empty();
            let mut rows = Vec::new();
            for row in set {
                let row = row.map_err(|e| e.to_string())?;
                rows.push(row.unwrap().into_iter().map(value_text).collect());
            }
            if has_columns {
                last = rows;
            }
        }
        Ok(last)
    }

    /// First column of the first row (None for NULL or no rows).
    pub fn sql_one(&self, sql: &str) -> Option<String> {
        self.sql(sql).into_iter().next().and_then(|r| r.into_iter().next()).flatten()
    }

    /// Runs statements for their effect.
    pub fn exec(&self, sql: &str) {
        self.sql(sql);
    }

    pub fn gtid_binlog_pos(&self) -> String {
        self.sql_one("SELECT @@gtid_binlog_pos").unwrap_or_default()
    }
    pub fn gtid_slave_pos(&self) -> String {
        self.sql_one("SELECT @@gtid_slave_pos").unwrap_or_default()
    }
    pub fn read_only(&self) -> bool {
        self.sql_one("SELECT @@global.read_only").as_deref() == Some("1")
    }

    /// `MASTER_GTID_WAIT(pos, 10)` on this node; panics unless it returned 0 (applied).
    pub fn wait_replicated(&self, pos: &str) {
        let r = self.sql_one(&format!("SELECT MASTER_GTID_WAIT('{pos}', 10)"));
        assert_eq!(
            r.as_deref(),
            Some("0"),
            "node {} ({}) did not apply {pos} within 10 s; gtid_slave_pos={}; error.log:\n{}",
            self.index,
            self.addr(),
            self.gtid_slave_pos(),
            self.error_log_tail(20)
        );
    }

    /// Points this node at `source` (root, GTID slave_pos, retry 1 s, heartbeat 2 s) and starts
    /// replication. Stops replication first if it was running.
    pub fn replicate_from(&self, source: &Node) {
        let ssl = match &self.tls {
            Some(t) => format!(
                ", MASTER_SSL=1, MASTER_SSL_CA='{}', MASTER_SSL_VERIFY_SERVER_CERT=1",
                t.ca.display()
            ),
            None => String::new(),
        };
        self.exec(&format!(
            "STOP SLAVE; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={}, \
             MASTER_USER='{REPL_USER}', MASTER_PASSWORD='{REPL_PASS}', MASTER_USE_GTID=slave_pos, \
             MASTER_CONNECT_RETRY=1, MASTER_HEARTBEAT_PERIOD={HEARTBEAT_SECS}{ssl}; START SLAVE",
            source.port()
        ));
    }

    /// The `SHOW SLAVE STATUS` field `name` (None when not a replica or NULL).
    pub fn slave_status(&self, name: &str) -> Option<String> {
        let mut conn = self.root_conn(Duration::from_secs(10)).ok()?;
        let row: Option<mysql::Row> = conn.query_first("SHOW SLAVE STATUS").ok()?;
        let row = row?;
        let idx = row.columns_ref().iter().position(|c| c.name_str() == name)?;
        row.as_ref(idx).cloned().and_then(value_text)
    }

    /// Polls `cond` every 50 ms until it holds; panics with `what` after `timeout`.
    pub fn wait_until(&self, what: &str, timeout: Duration, mut cond: impl FnMut(&Node) -> bool) {
        let deadline = Instant::now() + timeout;
        while !cond(self) {
            assert!(
                Instant::now() < deadline,
                "node {} ({}): timed out waiting for {what}",
                self.index,
                self.addr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL (a crash; SIGCONT first if stopped) and reap. The datadir stays for `restart`.
    pub fn kill9(&self) {
        let mut p = self.lock();
        if let Some(mut child) = p.child.take() {
            signal(child.id() as i32, libc::SIGCONT);
            signal(child.id() as i32, libc::SIGKILL);
            let _ = child.wait();
        }
        p.stopped = false;
    }

    /// Starts the server again with the same config and port (killing it first if it runs) and
    /// waits until it answers. Replication does not start by itself (`skip_slave_start`).
    pub fn restart(&self) {
        self.kill9();
        self.spawn();
        if let Err(e) = self.wait_ready() {
            panic!(
                "node {} ({}) did not restart: {e}\nerror.log:\n{}",
                self.index,
                self.addr(),
                self.error_log_tail(30)
            );
        }
    }

    /// SIGSTOP: the server hangs (TCP connects are accepted, nothing answers). Undo with `sigcont`.
    pub fn sigstop(&self) {
        let mut p = self.lock();
        if let Some(c) = &p.child {
            signal(c.id() as i32, libc::SIGSTOP);
            p.stopped = true;
        }
    }

    pub fn sigcont(&self) {
        let mut p = self.lock();
        if let Some(c) = &p.child {
            signal(c.id() as i32, libc::SIGCONT);
        }
        p.stopped = false;
    }

    /// The last `n` lines of this node's error.log.
    pub fn error_log_tail(&self, n: usize) -> String {
        let text = std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }

    /// A root connection over TCP (connect timeout 5 s, read/write `timeout`).
    pub fn root_conn(&self, timeout: Duration) -> Result<mysql::Conn, mysql::Error> {
        let opts = mysql::OptsBuilder::new()
            .ip_or_hostname(Some("127.0.0.1"))
            .tcp_port(self.port())
            .user(Some("root"))
            .prefer_socket(false)
            .tcp_connect_timeout(Some(Duration::from_secs(5)))
            .read_timeout(Some(timeout))
            .write_timeout(Some(timeout));
        let opts = match &self.tls {
            Some(t) => opts
                .ssl_opts(Some(mysql::SslOpts::default().with_root_cert_path(Some(t.ca.clone())))),
            None => opts,
        };
        mysql::Conn::new(opts)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Proc> {
        self.proc.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn cnf_path(&self) -> PathBuf {
        self.dir.join("my.cnf")
    }

    fn spawn_on_new_port(&self) {
        *self.port.lock().unwrap_or_else(|e| e.into_inner()) = super::free_port();
        let mut cnf = my_cnf(&self.dir, self.port(), self.server_id, self.semi);
        if let Some(t) = &self.tls {
            cnf.push_str(&format!(
                "ssl_ca={}\nssl_cert={}\nssl_key={}\nrequire_secure_transport=ON\n",
                t.ca.display(),
                t.cert.display(),
                t.key.display()
            ));
        }
        std::fs::write(self.cnf_path(), cnf).expect("write my.cnf");
        self.spawn();
    }

    fn spawn(&self) {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("stdout.log"))
            .expect("open stdout.log");
        let err = out.try_clone().expect("clone log handle");
        // --defaults-file must be the first argument (recipe §3).
        let child = Command::new(super::require_bin("mariadbd"))
            .arg(format!("--defaults-file={}", self.cnf_path().display()))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("spawn mariadbd for node {}: {e}", self.index));
        let mut p = self.lock();
        p.child = Some(child);
        p.stopped = false;
    }

    /// Waits for the first start; when another process took the port in between, tries a new one.
    fn wait_ready_or_retry_port(&mut self) {
        for attempt in 0..3 {
            match self.wait_ready() {
                Ok(()) => return,
                Err(e) => {
                    let log = self.error_log_tail(30);
                    let port_taken = log.contains("Address already in use")
                        || log.contains("Bind on TCP/IP port");
                    if port_taken && attempt < 2 {
                        self.kill9();
                        self.spawn_on_new_port();
                        continue;
                    }
                    panic!(
                        "node {} ({}) did not start: {e}\nerror.log:\n{log}",
                        self.index,
                        self.addr()
                    );
                }
            }
        }
    }

    /// Polls every 20 ms for a root connection answering `SELECT 1` (30 s deadline); fails early
    /// when the server exits.
    fn wait_ready(&self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            {
                let mut p = self.lock();
                if let Some(c) = p.child.as_mut() {
                    if let Ok(Some(status)) = c.try_wait() {
                        p.child = None;
                        return Err(format!("mariadbd exited with {status}"));
                    }
                } else {
                    return Err("mariadbd is not running".into());
                }
            }
            let last = match self.root_conn(Duration::from_secs(5)) {
                // The port is free-then-bound, so another test's server can hold it while ours
                // is still starting (ours then fails with "Address already in use"): only a
                // server running on our datadir counts as ready.
                Ok(mut c) => match c.query_first::<String, _>("SELECT @@datadir") {
                    Ok(Some(d)) if Path::new(&d).starts_with(&self.dir) => return Ok(()),
                    Ok(d) => format!("port answered by another server (datadir {d:?})"),
                    Err(e) => e.to_string(),
                },
                Err(e) => e.to_string(),
            };
            if Instant::now() > deadline {
                return Err(format!("not ready after 30 s: {last}"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Killing in the node's own Drop also covers a start that panics half-way (before the
/// `Cluster` exists). Nodes drop before the temp dir (field and local declaration order).
impl Drop for Node {
    fn drop(&mut self) {
        self.kill9();
    }
}

fn signal(pid: i32, sig: i32) {
    // SAFETY: kill(2) with a pid of a child we spawned and still own; no memory is touched.
    unsafe {
        libc::kill(pid, sig);
    }
}

fn value_text(v: mysql::Value) -> Option<String> {
    match v {
        mysql::Value::NULL => None,
        mysql::Value::Bytes(b) => Some(String::from_utf8_lossy(&b).into_owned()),
        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
    }
}

const USERS_SQL: &str = "SET SESSION sql_log_bin=0;
CREATE USER 'repl'@'%' IDENTIFIED BY 'replpass';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
CREATE USER 'vtorc'@'%' IDENTIFIED BY 'vtorcpass';
GRANT RELOAD, PROCESS, SHOW DATABASES, REPLICATION SLAVE, REPLICATION SLAVE ADMIN,
      REPLICATION MASTER ADMIN, SLAVE MONITOR, BINLOG MONITOR, BINLOG ADMIN,
      READ_ONLY ADMIN, CONNECTION ADMIN ON *.* TO 'vtorc'@'%';
GRANT SELECT ON mysql.* TO 'vtorc'@'%';
CREATE USER 'app'@'%' IDENTIFIED BY 'apppass';
GRANT ALL ON app.* TO 'app'@'%';
SET SESSION sql_log_bin=1";

fn my_cnf(d: &Path, port: u16, server_id: u32, semi: SemiRole) -> String {
    let d = d.display();
    let mut s = format!(
        "[client]
socket={d}/sock
port={port}
[mariadbd]
user=root
datadir={d}/data
tmpdir={d}/tmp
socket={d}/sock
pid-file={d}/pid
log_error={d}/error.log
port={port}
bind_address=127.0.0.1
skip_name_resolve=ON
server_id={server_id}
gtid_domain_id=0
log_bin={d}/data/mysql-bin
relay_log={d}/data/relay-bin
binlog_format=ROW
log_slave_updates=ON
gtid_strict_mode=ON
report_host=127.0.0.1
report_port={port}
skip_slave_start=ON
read_only=ON
slave_net_timeout={NET_TIMEOUT_SECS}
innodb_buffer_pool_size=32M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
sync_binlog=0
innodb_doublewrite=OFF
performance_schema=OFF
"
    );
    match semi {
        SemiRole::Off => {}
        SemiRole::Primary(ms) => s.push_str(&format!(
            "rpl_semi_sync_master_enabled=ON\nrpl_semi_sync_slave_enabled=ON\n\
             rpl_semi_sync_master_timeout={ms}\nrpl_semi_sync_master_wait_point=AFTER_SYNC\n\
             rpl_semi_sync_master_wait_no_slave=ON\n"
        )),
        SemiRole::Replica(ms) => s.push_str(&format!(
            "rpl_semi_sync_slave_enabled=ON\nrpl_semi_sync_master_timeout={ms}\n\
             rpl_semi_sync_master_wait_point=AFTER_SYNC\nrpl_semi_sync_master_wait_no_slave=ON\n"
        )),
    }
    s
}

/// A freshly installed datadir (`mariadb-install-db`), made once per MariaDB version and
/// [`TEMPLATE_REV`] under `CARGO_TARGET_TMPDIR` and reused: install-db is the slow part of a start
/// (0.7 s per node, 2 cores). Built in a private dir and renamed into place, so concurrent test
/// processes never see half a template.
fn template_datadir() -> PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let mariadbd = super::require_bin("mariadbd");
            let out =
                Command::new(&mariadbd).arg("--version").output().expect("run mariadbd --version");
            let version = String::from_utf8_lossy(&out.stdout);
            let tag: String = version
                .split_whitespace()
                .nth(2)
                .unwrap_or("unknown")
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' })
                .collect();
            let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
            let final_dir = root.join(format!("mariadb-template-{tag}-r{TEMPLATE_REV}"));
            if final_dir.join("data").join("mysql").is_dir() {
                return final_dir.join("data");
            }
            std::fs::create_dir_all(&root).expect("create CARGO_TARGET_TMPDIR");
            let work = tempfile::Builder::new()
                .prefix("mariadb-template-build")
                .tempdir_in(&root)
                .expect("temp dir for the datadir template");
            let d = work.path();
            std::fs::create_dir_all(d.join("tmp")).expect("mkdir tmp");
            std::fs::write(d.join("my.cnf"), my_cnf(d, 3306, 1, SemiRole::Off))
                .expect("write template my.cnf");
            let out = Command::new(super::require_bin("mariadb-install-db"))
                .arg(format!("--defaults-file={}", d.join("my.cnf").display()))
                .args(["--user=root", "--skip-test-db", "--auth-root-authentication-method=normal"])
                .output()
                .expect("run mariadb-install-db");
            assert!(
                out.status.success(),
                "mariadb-install-db failed: {}\n{}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            // install-db writes no binlog; drop anything path-specific all the same.
            for entry in std::fs::read_dir(d.join("data")).expect("read template data").flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with("mysql-bin.")
                    || name.starts_with("relay-bin.")
                    || name == "tc.log"
                {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
            let staged = work.keep();
            if std::fs::rename(&staged, &final_dir).is_err() {
                // Another process won the race; use theirs.
                let _ = std::fs::remove_dir_all(&staged);
            }
            assert!(
                final_dir.join("data/mysql").is_dir(),
                "datadir template missing at {}",
                final_dir.display()
            );
            final_dir.join("data")
        })
        .clone()
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
