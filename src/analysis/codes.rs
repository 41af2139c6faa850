//! VTOrc's problem table (`inst/analysis_problem.go`, vtorc-behaviour.md §2.2–2.5): each code's
//! priority, its before/after constraints, the recovery it maps to, and the comparator VTOrc
//! uses both to choose one problem per tablet and to order a shard's recoveries. Pure: no I/O.

use crate::model::{Problem, ProblemCode};
use std::cmp::Ordering;

/// Priority classes; lower sorts first.
pub const PRIORITY_SHARD_WIDE: u8 = 0;
pub const PRIORITY_CRITICAL: u8 = 1;
pub const PRIORITY_HIGH: u8 = 2;
pub const PRIORITY_MEDIUM: u8 = 3;
pub const PRIORITY_LOW: u8 = 4;

/// One row of the problem table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    pub code: ProblemCode,
    pub priority: u8,
    /// This problem must be handled before these (when both are present).
    pub before: &'static [ProblemCode],
    /// This problem must be handled after these.
    pub after: &'static [ProblemCode],
    /// Needs data only vttablet has (disk-stall flag, health window, running tablet type).
    /// vtorc-rs talks to MySQL directly, so these rows never match; they stay in the table so
    /// the names, ordering and recovery mapping match VTOrc's.
    pub vttablet_only: bool,
}

use ProblemCode as C;

const fn row(code: ProblemCode, priority: u8) -> CodeInfo {
    CodeInfo { code, priority, before: &[], after: &[], vttablet_only: false }
}

/// In VTOrc's table order, which is the tiebreak of the stable sort (§2.3), followed by the two
/// vtorc-rs codes.
pub const TABLE: &[CodeInfo] = &[
    row(C::InvalidPrimary, PRIORITY_CRITICAL),
    row(C::InvalidReplica, PRIORITY_LOW),
    CodeInfo {
        before: &[
            C::DeadPrimary,
            C::DeadPrimaryAndReplicas,
            C::DeadPrimaryAndSomeReplicas,
            C::DeadPrimaryWithoutReplicas,
        ],
        vttablet_only: true,
        ..row(C::PrimaryDiskStalled, PRIORITY_SHARD_WIDE)
    },
    row(C::DeadPrimaryWithoutReplicas, PRIORITY_SHARD_WIDE),
    row(C::DeadPrimary, PRIORITY_SHARD_WIDE),
    row(C::DeadPrimaryAndReplicas, PRIORITY_SHARD_WIDE),
    row(C::DeadPrimaryAndSomeReplicas, PRIORITY_SHARD_WIDE),
    CodeInfo { vttablet_only: true, ..row(C::IncapacitatedPrimary, PRIORITY_SHARD_WIDE) },
    row(C::PrimaryHasPrimary, PRIORITY_SHARD_WIDE),
    row(C::PrimaryIsReadOnly, PRIORITY_HIGH),
    row(C::ReplicaIsWritable, PRIORITY_MEDIUM),
    CodeInfo {
        after: &[C::ReplicaSemiSyncMustBeSet],
        ..row(C::PrimarySemiSyncMustBeSet, PRIORITY_MEDIUM)
    },
    CodeInfo {
        before: &[C::ReplicaSemiSyncMustNotBeSet],
        ..row(C::PrimarySemiSyncMustNotBeSet, PRIORITY_MEDIUM)
    },
    CodeInfo {
        before: &[C::PrimarySemiSyncMustBeSet],
        ..row(C::ReplicaSemiSyncMustBeSet, PRIORITY_MEDIUM)
    },
    CodeInfo {
        after: &[C::PrimarySemiSyncMustNotBeSet],
        ..row(C::ReplicaSemiSyncMustNotBeSet, PRIORITY_MEDIUM)
    },
    row(C::PrimarySemiSyncBlocked, PRIORITY_SHARD_WIDE),
    CodeInfo { vttablet_only: true, ..row(C::PrimaryCurrentTypeMismatch, PRIORITY_MEDIUM) },
    row(C::StaleTopoPrimary, PRIORITY_HIGH),
    row(C::ErrantGTIDDetected, PRIORITY_MEDIUM),
    row(C::ClusterHasNoPrimary, PRIORITY_SHARD_WIDE),
    row(C::PrimaryTabletDeleted, PRIORITY_SHARD_WIDE),
    row(C::NotConnectedToPrimary, PRIORITY_MEDIUM),
    row(C::ReplicaMisconfigured, PRIORITY_MEDIUM),
    row(C::ConnectedToWrongPrimary, PRIORITY_MEDIUM),
    row(C::ReplicationStopped, PRIORITY_MEDIUM),
    row(C::UnreachablePrimaryWithLaggingReplicas, PRIORITY_MEDIUM),
    row(C::UnreachablePrimary, PRIORITY_MEDIUM),
    row(C::UnreachablePrimaryWithBrokenReplicas, PRIORITY_MEDIUM),
    row(C::LockedSemiSyncPrimary, PRIORITY_MEDIUM),
    row(C::LockedSemiSyncPrimaryHypothesis, PRIORITY_MEDIUM),
    row(C::PrimarySingleReplicaNotReplicating, PRIORITY_MEDIUM),
    row(C::PrimarySingleReplicaDead, PRIORITY_MEDIUM),
    row(C::AllPrimaryReplicasNotReplicating, PRIORITY_LOW),
    row(C::AllPrimaryReplicasNotReplicatingOrDead, PRIORITY_LOW),
    // vtorc-rs: reported only when nothing else is wrong with the tablet (see detect).
    row(C::ReplicationLagging, PRIORITY_MEDIUM),
    // vtorc-rs: a keyspace-level configuration problem that blocks every recovery.
    row(C::NoDurabilityPolicy, PRIORITY_HIGH),
    // vtorc-rs: configuration that would let the primary acknowledge writes only it has.
    CodeInfo {
        after: &[C::PrimarySemiSyncMustBeSet],
        ..row(C::PrimarySemiSyncCanFallBack, PRIORITY_MEDIUM)
    },
    // vtorc-rs: the topology half-written by an interrupted failover.
    row(C::StaleShardPrimary, PRIORITY_HIGH),
    // vtorc-rs: chosen before the table (see detect): the shard is not analysed.
    row(C::ProbeAccessDenied, PRIORITY_HIGH),
    // vtorc-rs: tablet records sharing one MySQL server; blocks the shards' recoveries.
    row(C::DuplicateTabletServer, PRIORITY_HIGH),
];

/// The table row of `code`. Every code has one (tested).
pub fn info(code: ProblemCode) -> CodeInfo {
    TABLE.iter().copied().find(|r| r.code == code).unwrap_or(row(code, PRIORITY_LOW))
}

pub fn priority(code: ProblemCode) -> u8 {
    info(code).priority
}

/// What `recover` does about a code (VTOrc's `getCheckAndRecoverFunctionCode`, §2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecoveryKind {
    /// ERS: promote the most advanced eligible replica (`wait_all_tablets` when the primary's
    /// tablet record is gone, so every remaining tablet must answer).
    EmergencyReparent { wait_all_tablets: bool },
    /// First election in a shard that never had a primary (VTOrc runs PRS/InitPrimary).
    ElectNewPrimary,
    /// `UndoDemotePrimary`: read_only=OFF and source-side semi-sync per policy on the primary.
    FixPrimary,
    /// read_only=ON, repoint to the cluster primary (semi-sync per policy), start replication.
    FixReplica,
    /// `STOP REPLICA; RESET REPLICA ALL` on the topo primary that replicates from someone.
    ResetPrimaryReplication,
    /// Stop/start replication on direct replicas (one random one, or `all`) so that a really
    /// dead primary shows up in their IO-thread errors.
    RestartDirectReplicas { all: bool },
    /// Demote the older PRIMARY record's server, repoint it, set its topo type to REPLICA.
    ReconcileStaleTopoPrimary,
    /// Change the tablet type to DRAINED (only with errant-GTID recovery enabled).
    DrainErrant,
    /// Vitess's shard sync: the Shard record's primary_alias and term follow the primary tablet.
    SyncShardRecord,
    /// Detection only.
    None,
}

impl RecoveryKind {
    /// Short name for plans and records.
    pub fn as_str(self) -> &'static str {
        match self {
            RecoveryKind::EmergencyReparent { .. } => "emergency-reparent",
            RecoveryKind::ElectNewPrimary => "elect-new-primary",
            RecoveryKind::FixPrimary => "fix-primary",
            RecoveryKind::FixReplica => "fix-replica",
            RecoveryKind::ResetPrimaryReplication => "reset-primary-replication",
            RecoveryKind::RestartDirectReplicas { .. } => "restart-direct-replicas",
            RecoveryKind::ReconcileStaleTopoPrimary => "reconcile-stale-topo-primary",
            RecoveryKind::DrainErrant => "drain-errant",
            RecoveryKind::SyncShardRecord => "sync-shard-record",
            RecoveryKind::None => "none",
        }
    }
}

/// The recovery VTOrc maps `code` to. Codes VTOrc only logs (`DeadPrimaryWithoutReplicas`,
/// `DeadPrimaryAndReplicas`, `LockedSemiSync*`, `PrimarySingle*`, `AllPrimaryReplicas*`,
/// `UnreachablePrimaryWithLaggingReplicas`, `Invalid*`) map to `None`. `ErrantGTIDDetected` maps
/// to `DrainErrant`; whether that runs depends on configuration (see `Problem::actionable`).
pub fn recovery_kind(code: ProblemCode) -> RecoveryKind {
    match code {
        // IncapacitatedPrimary is PRS-then-ERS in VTOrc; it never matches here (vttablet-only).
        C::DeadPrimary
        | C::DeadPrimaryAndSomeReplicas
        | C::PrimaryDiskStalled
        | C::PrimarySemiSyncBlocked
        | C::IncapacitatedPrimary => RecoveryKind::EmergencyReparent { wait_all_tablets: false },
        C::PrimaryTabletDeleted => RecoveryKind::EmergencyReparent { wait_all_tablets: true },
        C::ClusterHasNoPrimary => RecoveryKind::ElectNewPrimary,
        C::PrimaryIsReadOnly
        | C::PrimarySemiSyncMustBeSet
        | C::PrimarySemiSyncMustNotBeSet
        | C::PrimarySemiSyncCanFallBack
        | C::PrimaryCurrentTypeMismatch => RecoveryKind::FixPrimary,
        C::NotConnectedToPrimary
        | C::ConnectedToWrongPrimary
        | C::ReplicationStopped
        | C::ReplicaIsWritable
        | C::ReplicaSemiSyncMustBeSet
        | C::ReplicaSemiSyncMustNotBeSet
        | C::ReplicaMisconfigured => RecoveryKind::FixReplica,
        C::PrimaryHasPrimary => RecoveryKind::ResetPrimaryReplication,
        C::UnreachablePrimary => RecoveryKind::RestartDirectReplicas { all: false },
        C::UnreachablePrimaryWithBrokenReplicas => {
            RecoveryKind::RestartDirectReplicas { all: true }
        }
        C::StaleTopoPrimary => RecoveryKind::ReconcileStaleTopoPrimary,
        C::ErrantGTIDDetected => RecoveryKind::DrainErrant,
        C::StaleShardPrimary => RecoveryKind::SyncShardRecord,
        C::InvalidPrimary
        | C::InvalidReplica
        | C::DeadPrimaryWithoutReplicas
        | C::DeadPrimaryAndReplicas
        | C::UnreachablePrimaryWithLaggingReplicas
        | C::LockedSemiSyncPrimary
        | C::LockedSemiSyncPrimaryHypothesis
        | C::PrimarySingleReplicaNotReplicating
        | C::PrimarySingleReplicaDead
        | C::AllPrimaryReplicasNotReplicating
        | C::AllPrimaryReplicasNotReplicatingOrDead
        | C::ReplicationLagging
        | C::NoDurabilityPolicy
        | C::ProbeAccessDenied
        | C::DuplicateTabletServer => RecoveryKind::None,
    }
}

/// Whether the recovery acts on the whole shard (VTOrc re-probes every tablet of the shard
/// under the lock instead of only the analysed tablet and its primary, §2.5 step 4/6).
pub fn is_shard_wide(code: ProblemCode) -> bool {
    matches!(
        recovery_kind(code),
        RecoveryKind::EmergencyReparent { .. } | RecoveryKind::ElectNewPrimary
    )
}

/// Whether the problem must run sequentially, in sorted order, before the concurrent rest of the
/// shard: priority 0, or it has before/after constraints, or another code references it (§2.5).
#[cfg(test)]
pub fn requires_ordered_execution(code: ProblemCode) -> bool {
    let i = info(code);
    i.priority == PRIORITY_SHARD_WIDE
        || !i.before.is_empty()
        || !i.after.is_empty()
        || TABLE.iter().any(|r| r.before.contains(&code) || r.after.contains(&code))
}

/// VTOrc's comparator (`compareDetectionAnalysisProblems`): before/after constraints first, then
/// priority; `Equal` keeps the existing order.
pub fn compare(a: ProblemCode, b: ProblemCode) -> Ordering {
    let (ia, ib) = (info(a), info(b));
    if ib.before.contains(&a) || ia.after.contains(&b) {
        return Ordering::Greater;
    }
    if ia.before.contains(&b) || ib.after.contains(&a) {
        return Ordering::Less;
    }
    ia.priority.cmp(&ib.priority)
}

/// Stable insertion sort with `compare`, exactly Go's `insertionSortCmpFunc` (what
/// `slices.SortStableFunc` does for the short lists involved). The comparator mixes pairwise
/// constraints with priorities and is not a total order, so the standard library's sort must
/// not be used with it (it may panic on inconsistent comparators).
pub fn stable_sort_by_code<T>(items: &mut [T], code_of: impl Fn(&T) -> ProblemCode) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(code_of(&items[j]), code_of(&items[j - 1])) == Ordering::Less {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Orders one shard's problems the way VTOrc executes them: shard-wide first, then by priority,
/// with the semi-sync constraints (replicas before the primary when enabling semi-sync, the
/// primary before replicas when disabling it). Stable for everything else.
pub fn sort_for_execution(problems: &mut [Problem]) {
    stable_sort_by_code(problems, |p| p.code);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_exactly_one_row() {
        for c in ProblemCode::all() {
            assert_eq!(TABLE.iter().filter(|r| r.code == c).count(), 1, "{c}");
        }
        assert_eq!(TABLE.len(), ProblemCode::all().count());
    }

    #[test]
    fn priorities_match_the_reference_table() {
        let zero = [
            C::PrimaryDiskStalled,
            C::DeadPrimaryWithoutReplicas,
            C::DeadPrimary,
            C::DeadPrimaryAndReplicas,
            C::DeadPrimaryAndSomeReplicas,
            C::IncapacitatedPrimary,
            C::PrimaryHasPrimary,
            C::PrimarySemiSyncBlocked,
            C::ClusterHasNoPrimary,
            C::PrimaryTabletDeleted,
        ];
        for c in ProblemCode::all() {
            let want = match c {
                c if zero.contains(&c) => 0,
                C::InvalidPrimary => 1,
                C::PrimaryIsReadOnly
                | C::StaleTopoPrimary
                | C::NoDurabilityPolicy
                | C::StaleShardPrimary
                | C::ProbeAccessDenied
                | C::DuplicateTabletServer => 2,
                C::InvalidReplica
                | C::AllPrimaryReplicasNotReplicating
                | C::AllPrimaryReplicasNotReplicatingOrDead => 4,
                _ => 3,
            };
            assert_eq!(priority(c), want, "{c}");
        }
    }

    #[test]
    fn recovery_mapping() {
        let cases = [
            (C::DeadPrimary, RecoveryKind::EmergencyReparent { wait_all_tablets: false }, true),
            (
                C::PrimaryTabletDeleted,
                RecoveryKind::EmergencyReparent { wait_all_tablets: true },
                true,
            ),
            (C::ClusterHasNoPrimary, RecoveryKind::ElectNewPrimary, true),
            (C::PrimaryIsReadOnly, RecoveryKind::FixPrimary, false),
            (C::ReplicaMisconfigured, RecoveryKind::FixReplica, false),
            (C::PrimaryHasPrimary, RecoveryKind::ResetPrimaryReplication, false),
            (C::UnreachablePrimary, RecoveryKind::RestartDirectReplicas { all: false }, false),
            (
                C::UnreachablePrimaryWithBrokenReplicas,
                RecoveryKind::RestartDirectReplicas { all: true },
                false,
            ),
            (C::StaleTopoPrimary, RecoveryKind::ReconcileStaleTopoPrimary, false),
            (C::ErrantGTIDDetected, RecoveryKind::DrainErrant, false),
            (C::DeadPrimaryAndReplicas, RecoveryKind::None, false),
            (C::DeadPrimaryWithoutReplicas, RecoveryKind::None, false),
            (C::UnreachablePrimaryWithLaggingReplicas, RecoveryKind::None, false),
            (C::DuplicateTabletServer, RecoveryKind::None, false),
        ];
        for (code, kind, wide) in cases {
            assert_eq!(recovery_kind(code), kind, "{code}");
            assert_eq!(is_shard_wide(code), wide, "{code}");
        }
    }

    #[test]
    fn ordered_execution_set() {
        let ordered: Vec<_> =
            ProblemCode::all().filter(|c| requires_ordered_execution(*c)).collect();
        let want = vec![
            C::PrimaryDiskStalled,
            C::DeadPrimaryWithoutReplicas,
            C::DeadPrimary,
            C::DeadPrimaryAndReplicas,
            C::DeadPrimaryAndSomeReplicas,
            C::IncapacitatedPrimary,
            C::PrimaryHasPrimary,
            C::PrimarySemiSyncMustBeSet,
            C::PrimarySemiSyncMustNotBeSet,
            C::ReplicaSemiSyncMustBeSet,
            C::ReplicaSemiSyncMustNotBeSet,
            C::PrimarySemiSyncBlocked,
            C::ClusterHasNoPrimary,
            C::PrimaryTabletDeleted,
            C::PrimarySemiSyncCanFallBack,
        ];
        assert_eq!(ordered, want);
    }

    fn sorted(codes: &[ProblemCode]) -> Vec<ProblemCode> {
        let mut v = codes.to_vec();
        stable_sort_by_code(&mut v, |c| *c);
        v
    }

    #[test]
    fn sort_follows_vtorc() {
        // VTOrc's own test case: DeadPrimary first, semi-sync replica before primary.
        assert_eq!(
            sorted(&[
                C::InvalidReplica,
                C::PrimarySemiSyncMustBeSet,
                C::ReplicaSemiSyncMustBeSet,
                C::DeadPrimary
            ]),
            vec![
                C::DeadPrimary,
                C::ReplicaSemiSyncMustBeSet,
                C::PrimarySemiSyncMustBeSet,
                C::InvalidReplica
            ]
        );
        // Disabling: primary first, even when listed last.
        assert_eq!(
            sorted(&[C::ReplicaSemiSyncMustNotBeSet, C::PrimarySemiSyncMustNotBeSet]),
            vec![C::PrimarySemiSyncMustNotBeSet, C::ReplicaSemiSyncMustNotBeSet]
        );
        // Disk stall is handled before any Dead* variant even though both are priority 0.
        assert_eq!(
            sorted(&[C::DeadPrimary, C::PrimaryDiskStalled]),
            vec![C::PrimaryDiskStalled, C::DeadPrimary]
        );
        // Equal priorities keep their order (table order when matched in table order).
        assert_eq!(
            sorted(&[C::ReplicaIsWritable, C::ErrantGTIDDetected, C::ReplicationStopped]),
            vec![C::ReplicaIsWritable, C::ErrantGTIDDetected, C::ReplicationStopped]
        );
        assert_eq!(
            sorted(&[C::UnreachablePrimary, C::PrimaryIsReadOnly, C::ClusterHasNoPrimary]),
            vec![C::ClusterHasNoPrimary, C::PrimaryIsReadOnly, C::UnreachablePrimary]
        );
    }

    #[test]
    fn sort_problems_for_execution() {
        let p = |alias: &str, code| Problem {
            keyspace: "ks".into(),
            shard: "0".into(),
            alias: alias.into(),
            code,
            priority: priority(code),
            description: String::new(),
            action: String::new(),
            actionable: true,
        };
        let mut v = vec![
            p("zone1-0000000100", C::PrimarySemiSyncMustBeSet),
            p("zone1-0000000101", C::ReplicaSemiSyncMustBeSet),
            p("zone1-0000000102", C::ReplicaSemiSyncMustBeSet),
        ];
        sort_for_execution(&mut v);
        let order: Vec<&str> = v.iter().map(|p| p.alias.as_str()).collect();
        assert_eq!(order, ["zone1-0000000101", "zone1-0000000102", "zone1-0000000100"]);
    }
}
