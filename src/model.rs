//! Plain data shared by every room: topology records as vtorc-rs sees them and the probed state of
//! one MySQL/MariaDB instance. No I/O here; `topo/` decodes into these types, `mysql/` fills
//! `InstanceState`, `analysis/` reads both, `store/` persists both, `render/` prints both.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Vitess `topodata.TabletType`. The numbers are Vitess's wire values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TabletType {
    Unknown = 0,
    Primary = 1,
    Replica = 2,
    Rdonly = 3,
    Spare = 4,
    Experimental = 5,
    Backup = 6,
    Restore = 7,
    Drained = 8,
}

impl TabletType {
    pub const ALL: [TabletType; 9] = [
        TabletType::Unknown,
        TabletType::Primary,
        TabletType::Replica,
        TabletType::Rdonly,
        TabletType::Spare,
        TabletType::Experimental,
        TabletType::Backup,
        TabletType::Restore,
        TabletType::Drained,
    ];

    /// From the wire value; `None` for numbers this build does not know (a newer Vitess).
    pub fn from_i32(v: i32) -> Option<TabletType> {
        TabletType::ALL.into_iter().find(|t| *t as i32 == v)
    }

    /// Vitess's upper-case name (`PRIMARY`, `RDONLY`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            TabletType::Unknown => "UNKNOWN",
            TabletType::Primary => "PRIMARY",
            TabletType::Replica => "REPLICA",
            TabletType::Rdonly => "RDONLY",
            TabletType::Spare => "SPARE",
            TabletType::Experimental => "EXPERIMENTAL",
            TabletType::Backup => "BACKUP",
            TabletType::Restore => "RESTORE",
            TabletType::Drained => "DRAINED",
        }
    }

    /// `topo.IsReplicaType`: false for PRIMARY, BACKUP, RESTORE, DRAINED.
    pub fn is_replica_type(self) -> bool {
        !matches!(
            self,
            TabletType::Primary | TabletType::Backup | TabletType::Restore | TabletType::Drained
        )
    }
}

impl fmt::Display for TabletType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TabletType {
    type Err = String;
    /// Accepts Vitess names in any case, plus the aliases MASTER and BATCH.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let up = s.to_ascii_uppercase();
        let t = match up.as_str() {
            "MASTER" => TabletType::Primary,
            "BATCH" => TabletType::Rdonly,
            _ => match TabletType::ALL.into_iter().find(|t| t.as_str() == up) {
                Some(t) => t,
                None => {
                    return Err(format!(
                        "unknown tablet type {s:?}; expected one of primary, replica, rdonly, spare, experimental, backup, restore, drained"
                    ))
                }
            },
        };
        Ok(t)
    }
}

/// `topodata.TabletAlias`. Printed as Vitess does: `zone1-0000000101`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TabletAlias {
    pub cell: String,
    pub uid: u32,
}

impl TabletAlias {
    pub fn new(cell: impl Into<String>, uid: u32) -> Self {
        TabletAlias { cell: cell.into(), uid }
    }
}

impl fmt::Display for TabletAlias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:010}", self.cell, self.uid)
    }
}

impl FromStr for TabletAlias {
    type Err = String;
    /// Vitess's rule `^([-_.a-zA-Z0-9]+)-([0-9]+)$`: the uid is after the last dash, so
    /// `zone1-101` and `zone1-0000000101` are the same tablet.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            format!("invalid tablet alias {s:?}: expected <cell>-<uid>, e.g. zone1-101 or zone1-0000000101")
        };
        let (cell, uid) = s.rsplit_once('-').ok_or_else(bad)?;
        if cell.is_empty()
            || !cell.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            || uid.is_empty()
            || !uid.chars().all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let uid: u32 = uid.parse().map_err(|_| bad())?;
        Ok(TabletAlias { cell: cell.to_string(), uid })
    }
}

/// `vttime.Time`: Unix seconds and nanoseconds.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct VtTime {
    pub seconds: i64,
    pub nanos: i32,
}

impl VtTime {
    pub fn from_unix_nanos(ns: i128) -> VtTime {
        VtTime {
            seconds: (ns.div_euclid(1_000_000_000)) as i64,
            nanos: (ns.rem_euclid(1_000_000_000)) as i32,
        }
    }
    pub fn is_zero(&self) -> bool {
        self.seconds == 0 && self.nanos == 0
    }
    /// Unix milliseconds (for display).
    pub fn to_ms(self) -> i64 {
        self.seconds.saturating_mul(1000).saturating_add(i64::from(self.nanos) / 1_000_000)
    }
}

/// A cell: `<global>/cells/<cell>/CellInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub name: String,
    pub server_address: String,
    pub root: String,
}

/// The fields of `topodata.Keyspace` that vtorc-rs uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keyspace {
    pub name: String,
    /// `KeyspaceType`: 0 NORMAL, 1 SNAPSHOT (snapshot keyspaces are never analysed).
    pub keyspace_type: i32,
    /// Empty when unset: such a keyspace is reported and never recovered.
    pub durability_policy: String,
    /// `vtorc_state.disable_emergency_reparent` (field 11.1).
    pub disable_emergency_reparent: bool,
}

/// The fields of `topodata.Shard` that vtorc-rs uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub keyspace: String,
    pub name: String,
    pub primary_alias: Option<TabletAlias>,
    /// Only moves forward and is never cleared; zero means the shard never had a primary.
    pub primary_term_start: Option<VtTime>,
    /// `vtorc_state.disable_emergency_reparent` (field 9.1).
    pub disable_emergency_reparent: bool,
}

/// The fields of `topodata.Tablet` that vtorc-rs uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tablet {
    pub alias: TabletAlias,
    pub hostname: String,
    pub keyspace: String,
    pub shard: String,
    /// Raw wire value when it is not one this build knows; see `tablet_type()`.
    pub type_value: i32,
    pub mysql_hostname: String,
    pub mysql_port: i32,
    pub primary_term_start: Option<VtTime>,
}

impl Tablet {
    /// The tablet type; an unknown wire value reads as `Unknown` (analysed like a replica,
    /// never promoted).
    pub fn tablet_type(&self) -> TabletType {
        TabletType::from_i32(self.type_value).unwrap_or(TabletType::Unknown)
    }
    pub fn mysql_addr(&self) -> String {
        format!("{}:{}", self.mysql_hostname, self.mysql_port)
    }
}

/// Everything read from the topology in one pass.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Topology {
    pub cells: Vec<Cell>,
    pub keyspaces: Vec<Keyspace>,
    pub shards: Vec<Shard>,
    pub tablets: Vec<Tablet>,
}

/// Server family. Differences between them are data in `mysql::flavor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    #[default]
    MariaDb,
    /// MySQL 8.0 (8.0.22+ names: SHOW REPLICA STATUS, SOURCE_*).
    MySql80,
    /// MySQL 8.4 (rpl_semi_sync_source_*, SHOW BINARY LOG STATUS).
    MySql84,
}

/// IO/SQL thread state from SHOW REPLICA/SLAVE STATUS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThreadState {
    Running,
    Connecting,
    #[default]
    Stopped,
}

/// Replication configuration and status of a replica (absent on a server with no source).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReplicationStatus {
    pub source_host: String,
    pub source_port: u16,
    pub io_thread: ThreadState,
    pub sql_thread: ThreadState,
    /// Seconds_Behind_Master/Source; None when NULL.
    pub lag_seconds: Option<u64>,
    pub sql_delay: u64,
    pub last_io_errno: u32,
    pub last_io_error: String,
    pub last_sql_errno: u32,
    pub last_sql_error: String,
    /// MySQL Retrieved_Gtid_Set, MariaDB Gtid_IO_Pos: what the IO thread has received.
    pub retrieved_gtid: String,
    /// MySQL Auto_Position=1, MariaDB Using_Gtid != No.
    pub auto_position: bool,
    /// Slave_heartbeat_period / HEARTBEAT_INTERVAL in seconds.
    pub heartbeat_period: f64,
    pub source_user: String,
    /// The link's TLS settings (`Master_SSL_*` / `Source_SSL_*`), kept when it is repointed.
    #[serde(default)]
    pub ssl: LinkSsl,
}

/// TLS settings of a replication link as the replica reports them. Paths are on its host.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LinkSsl {
    /// `Master_SSL_Allowed: Yes`: the link is configured with MASTER_SSL=1.
    pub enabled: bool,
    pub ca: String,
    pub cert: String,
    pub key: String,
    pub verify_server_cert: bool,
}

/// Semi-sync settings and status (names differ by flavor; the meaning does not).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SemiSync {
    pub primary_enabled: bool,
    pub replica_enabled: bool,
    pub primary_status: bool,
    pub replica_status: bool,
    pub primary_clients: u64,
    pub wait_for_replica_count: u64,
    pub primary_timeout_ms: u64,
    /// `rpl_semi_sync_*_wait_no_slave/replica`: wait for an ack even with no replica connected.
    /// None when the server has no such variable (no semi-sync plugin).
    pub wait_no_replica: Option<bool>,
    pub wait_sessions: u64,
    pub yes_tx: u64,
    pub no_tx: u64,
}

/// What one probe of one tablet's MySQL learned. `reachable == false` leaves the rest default.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InstanceState {
    pub alias: String,
    pub host: String,
    pub port: u16,
    pub reachable: bool,
    /// Connect or query error, when unreachable or only partly read.
    pub error: Option<String>,
    /// Some data was read even though the probe did not finish (VTOrc's partial success).
    pub partial: bool,
    /// The server refused vtorc-rs's login or a probe statement (credentials, grants): its
    /// state is unknown, which is not evidence that it is dead.
    pub access_denied: bool,
    /// Unix milliseconds when the probe finished (success or not).
    pub checked_at_ms: i64,
    /// How long the probe took.
    pub probe_ms: u64,
    /// Unix milliseconds of the last probe that reached the server; 0 when it never was
    /// (VTOrc's "invalid" instance). Filled from the state file, carried forward by probes.
    pub last_seen_ms: i64,
    pub flavor: Flavor,
    pub version: String,
    pub server_id: u64,
    /// MySQL server_uuid; empty on MariaDB.
    pub server_uuid: String,
    /// MariaDB gtid_domain_id; 0 on MySQL.
    pub gtid_domain_id: u32,
    /// `@@hostname` as the server reports it (its machine's name, whatever address reached it).
    #[serde(default)]
    pub server_hostname: String,
    /// `@@port` the server listens on; 0 when not read.
    #[serde(default)]
    pub server_port: u16,
    pub read_only: bool,
    pub super_read_only: bool,
    pub log_bin: bool,
    pub binlog_format: String,
    pub log_replica_updates: bool,
    /// MySQL gtid_executed; MariaDB gtid_binlog_state (domain-server-seq of every server seen).
    pub executed_gtid: String,
    /// MariaDB only.
    pub gtid_binlog_pos: String,
    pub gtid_slave_pos: String,
    pub gtid_current_pos: String,
    pub gtid_strict_mode: bool,
    pub replica_net_timeout: u32,
    pub replication: Option<ReplicationStatus>,
    pub semi_sync: SemiSync,
}

impl InstanceState {
    /// VTOrc's `IsPrimary`: no replication source configured.
    pub fn has_no_source(&self) -> bool {
        match &self.replication {
            None => true,
            Some(r) => r.source_host.is_empty() || r.source_host == "_" || r.source_port == 0,
        }
    }
    /// Which MySQL server answered, independent of the address used to reach it: two tablet
    /// records with the same identity are one server. MySQL's `server_uuid` is unique per data
    /// directory; MariaDB has none, so `server_id` (unique within a replication topology) plus
    /// the server's own `hostname` and `port` stand in. None when unreachable or not read.
    pub fn server_identity(&self) -> Option<String> {
        if !self.reachable {
            return None;
        }
        match self.flavor {
            Flavor::MariaDb => {
                (!self.server_hostname.is_empty() && self.server_port != 0).then(|| {
                    format!(
                        "MariaDB server_id {} on {}:{}",
                        self.server_id, self.server_hostname, self.server_port
                    )
                })
            }
            Flavor::MySql80 | Flavor::MySql84 => (!self.server_uuid.is_empty())
                .then(|| format!("MySQL server_uuid {}", self.server_uuid)),
        }
    }
    /// Both threads running (Connecting does not count).
    pub fn replicating(&self) -> bool {
        matches!(&self.replication, Some(r) if r.io_thread == ThreadState::Running && r.sql_thread == ThreadState::Running)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_parse_and_print() {
        let a: TabletAlias = "zone1-101".parse().unwrap();
        assert_eq!(a.to_string(), "zone1-0000000101");
        let b: TabletAlias = "zone1-0000000101".parse().unwrap();
        assert_eq!(a, b);
        let c: TabletAlias = "us-east-1a-7".parse().unwrap();
        assert_eq!(c.cell, "us-east-1a");
        for bad in ["", "zone1", "zone1-", "-5", "zone1-x", "zo ne-1", "z-99999999999"] {
            assert!(bad.parse::<TabletAlias>().is_err(), "{bad}");
        }
    }

    #[test]
    fn tablet_type_names() {
        assert_eq!("master".parse::<TabletType>().unwrap(), TabletType::Primary);
        assert_eq!("rdonly".parse::<TabletType>().unwrap(), TabletType::Rdonly);
        assert!("bogus".parse::<TabletType>().is_err());
        assert_eq!(TabletType::from_i32(42), None);
        assert!(!TabletType::Drained.is_replica_type());
        assert!(TabletType::Rdonly.is_replica_type());
    }
}

/// `--clusters-to-watch`: `keyspace` or `keyspace/shard` entries; empty means everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterFilter {
    entries: Vec<(String, Option<String>)>,
}

impl ClusterFilter {
    /// Parses the entries; an empty entry or one with more than one `/` is refused by name.
    pub fn parse(entries: &[String]) -> Result<ClusterFilter, String> {
        let mut out = Vec::new();
        for e in entries.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
            let mut parts = e.split('/');
            let ks = parts.next().unwrap_or_default();
            let shard = parts.next();
            if ks.is_empty() || parts.next().is_some() || shard == Some("") {
                return Err(format!(
                    "invalid --clusters-to-watch entry {e:?}: expected keyspace or keyspace/shard"
                ));
            }
            out.push((ks.to_string(), shard.map(str::to_string)));
        }
        Ok(ClusterFilter { entries: out })
    }
    pub fn is_all(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn matches_keyspace(&self, ks: &str) -> bool {
        self.is_all() || self.entries.iter().any(|(k, _)| k == ks)
    }
    pub fn matches(&self, ks: &str, shard: &str) -> bool {
        self.is_all()
            || self.entries.iter().any(|(k, s)| k == ks && s.as_deref().is_none_or(|s| s == shard))
    }
}

#[cfg(test)]
mod filter_tests {
    use super::*;
    #[test]
    fn filter() {
        let f = ClusterFilter::parse(&["ks1".into(), "ks2/-80".into()]).unwrap();
        assert!(f.matches("ks1", "0"));
        assert!(f.matches("ks2", "-80"));
        assert!(!f.matches("ks2", "80-"));
        assert!(!f.matches_keyspace("ks3"));
        assert!(ClusterFilter::parse(&["a/b/c".into()]).is_err());
        assert!(ClusterFilter::parse(&["/x".into()]).is_err());
        assert!(ClusterFilter::parse(&[]).unwrap().is_all());
    }
}

/// Declares `ProblemCode` and the name table from one list, so the two can never drift.
macro_rules! problem_codes {
    ($($(#[$doc:meta])* $c:ident,)*) => {
        /// VTOrc's analysis codes (vtorc-behaviour.md §2.2) plus vtorc-rs's own
        /// `ReplicationLagging`, `NoDurabilityPolicy` and `DuplicateTabletServer`. Names print exactly as VTOrc's.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum ProblemCode {
            $($(#[$doc])* $c,)*
        }
        const PROBLEM_CODES: &[ProblemCode] = &[$(ProblemCode::$c),*];
        const PROBLEM_NAMES: &[&str] = &[$(stringify!($c)),*];
    };
}

problem_codes!(
    InvalidPrimary,
    InvalidReplica,
    PrimaryDiskStalled,
    DeadPrimaryWithoutReplicas,
    DeadPrimary,
    DeadPrimaryAndReplicas,
    DeadPrimaryAndSomeReplicas,
    IncapacitatedPrimary,
    PrimaryHasPrimary,
    PrimaryIsReadOnly,
    ReplicaIsWritable,
    PrimarySemiSyncMustBeSet,
    PrimarySemiSyncMustNotBeSet,
    ReplicaSemiSyncMustBeSet,
    ReplicaSemiSyncMustNotBeSet,
    PrimarySemiSyncBlocked,
    PrimaryCurrentTypeMismatch,
    StaleTopoPrimary,
    ErrantGTIDDetected,
    ClusterHasNoPrimary,
    PrimaryTabletDeleted,
    NotConnectedToPrimary,
    ReplicaMisconfigured,
    ConnectedToWrongPrimary,
    ReplicationStopped,
    UnreachablePrimaryWithLaggingReplicas,
    UnreachablePrimary,
    UnreachablePrimaryWithBrokenReplicas,
    LockedSemiSyncPrimary,
    LockedSemiSyncPrimaryHypothesis,
    PrimarySingleReplicaNotReplicating,
    PrimarySingleReplicaDead,
    AllPrimaryReplicasNotReplicating,
    AllPrimaryReplicasNotReplicatingOrDead,
    /// vtorc-rs: a replica lags more than `--reasonable-replication-lag` (detection only).
    ReplicationLagging,
    /// vtorc-rs: the keyspace has no (or an unknown) durability policy; nothing is recovered.
    NoDurabilityPolicy,
    /// vtorc-rs: a primary that needs semi-sync acks would fall back to asynchronous
    /// replication (finite `rpl_semi_sync_*_timeout` or `wait_no_slave` off), acknowledging
    /// writes that exist only on it. Repaired as Vitess configures it.
    PrimarySemiSyncCanFallBack,
    /// vtorc-rs: the Shard record names another primary (or none) while the tablet with the
    /// newest primary term is the writable primary its replicas replicate from: a failover whose
    /// etcd writes were cut short. Repaired as Vitess's shard sync does (terms only move forward).
    StaleShardPrimary,
    /// vtorc-rs: MySQL refused vtorc-rs's login or a probe statement (password, grants). The
    /// shard's state is unknown: detection only, and nothing else in the shard is analysed.
    ProbeAccessDenied,
    /// vtorc-rs: two or more tablet records reach one MySQL server (detection only); every
    /// recovery in the shards holding them is refused until they are resolved.
    DuplicateTabletServer,
);

impl ProblemCode {
    /// VTOrc's name (the variant name).
    pub fn as_str(self) -> &'static str {
        PROBLEM_NAMES[self as usize]
    }
    pub fn all() -> impl Iterator<Item = ProblemCode> {
        PROBLEM_CODES.iter().copied()
    }
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProblemCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ProblemCode::all()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown problem code {s:?}"))
    }
}

/// One detected problem, as `check` prints it and the state file records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub keyspace: String,
    pub shard: String,
    /// The analysed tablet (`zone1-0000000101`); empty for a keyspace-level problem.
    pub alias: String,
    pub code: ProblemCode,
    /// VTOrc's priority class: 0 shard-wide, 1 critical, 2 high, 3 medium, 4 low.
    pub priority: u8,
    /// What is wrong, in plain words (with the server's own error text where there is one).
    pub description: String,
    /// What `recover` would do about it ("none (detection only)" when nothing).
    pub action: String,
    /// True when `recover` has a recovery for this code.
    pub actionable: bool,
}

#[cfg(test)]
mod code_tests {
    use super::*;
    #[test]
    fn names_round_trip() {
        for c in ProblemCode::all() {
            assert_eq!(c.as_str().parse::<ProblemCode>().unwrap(), c);
            assert_eq!(c.as_str(), format!("{c:?}"));
        }
        assert_eq!(ProblemCode::all().count(), PROBLEM_NAMES.len());
    }
}
