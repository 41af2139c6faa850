//! Pure analysis: no I/O, no clock, no environment, no logging. Everything here is a function of
//! the data passed in (topology records, probed instance states, the keyspace durability policy
//! and `now_ms`), so it is deterministic and table-tested.
//!
//! * `gtid`: GTID-set arithmetic for MySQL (UUID interval sets) and MariaDB (domain-server-seq).
//! * `durability`: Vitess durability policies (promotion rules, semi-sync ackers).
//! * `codes`: VTOrc's problem table (priorities, ordering, recovery mapping).
//! * `detect`: per-tablet aggregation and problem detection (`detect()`).
//! * `duplicates`: tablet records that reach one MySQL server (`DuplicateTabletServer`).
//! * `elect`: choosing the tablet to promote (ERS steps 8-14, first election).
//! * `relay`: received versus applied positions, and relay logs only one tablet holds.

pub mod codes;
mod describe;
pub mod detect;
pub mod duplicates;
pub mod durability;
pub mod elect;
pub mod gtid;
pub mod plan;
pub mod relay;

pub use codes::{is_shard_wide, recovery_kind, sort_for_execution, RecoveryKind};
pub use detect::{detect, AnalysisConfig};
pub use durability::{Policy, VALID_POLICY_NAMES};
pub use elect::{elect, elect_new_primary, Candidate, Election, ElectionInput};
pub use gtid::{errant_gtids, GtidSet, ReferenceServer};
