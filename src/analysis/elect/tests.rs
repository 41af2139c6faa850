//! Table-driven tests of the promotion choice.

use super::*;

const U1: &str = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

fn c(cell: &str, uid: u32, tt: TabletType, pos: &str) -> Candidate {
    Candidate {
        alias: TabletAlias::new(cell, uid),
        tablet_type: tt,
        reachable: true,
        position: pos.to_string(),
        flavor: Flavor::MariaDb,
        is_old_primary: false,
        errant: false,
    }
}

fn old_primary(cell: &str, uid: u32) -> Candidate {
    Candidate { reachable: false, is_old_primary: true, ..c(cell, uid, TabletType::Primary, "") }
}

fn run(policy: Policy, candidates: Vec<Candidate>, prevent_cross_cell: bool) -> Election {
    elect(&ElectionInput {
        policy,
        candidates: &candidates,
        prevent_cross_cell,
        old_primary_cell: None,
    })
}

fn winner(e: &Election) -> Option<String> {
    e.winner.as_ref().map(|a| a.to_string())
}

fn reason_of<'a>(e: &'a Election, alias: &str) -> &'a str {
    &e.ranking.iter().find(|v| v.alias.to_string() == alias).expect("in ranking").reason
}

use TabletType::{Drained, Primary, Rdonly, Replica, Spare};

#[test]
fn most_advanced_replica_wins() {
    let e = run(
        Policy::None,
        vec![
            old_primary("zone1", 100),
            c("zone1", 101, Replica, "0-1-6"),
            c("zone1", 102, Replica, "0-1-7"),
        ],
        false,
    );
    assert_eq!(e.error, None);
    assert_eq!(winner(&e).as_deref(), Some("zone1-0000000102"));
    assert_eq!(e.needs_catch_up_from, None);
    let order: Vec<String> = e.ranking.iter().map(|v| v.alias.to_string()).collect();
    assert_eq!(order, ["zone1-0000000102", "zone1-0000000101", "zone1-0000000100"]);
    assert_eq!(reason_of(&e, "zone1-0000000100"), "unreachable");
    assert_eq!(reason_of(&e, "zone1-0000000102"), "eligible (neutral, most advanced)");
}

#[test]
fn rdonly_is_never_promoted_but_can_be_the_catch_up_source() {
    let e = run(
        Policy::None,
        vec![
            old_primary("zone1", 100),
            c("zone1", 101, Replica, "0-1-6"),
            c("zone1", 103, Rdonly, "0-1-8"),
        ],
        false,
    );
    assert_eq!(e.error, None);
    assert_eq!(winner(&e).as_deref(), Some("zone1-0000000101"));
    assert_eq!(e.most_advanced.as_ref().map(|a| a.uid), Some(103));
    assert_eq!(e.needs_catch_up_from.as_ref().map(|a| a.uid), Some(103));
    assert_eq!(e.missing_on_winner, "0-1-8");
    assert_eq!(reason_of(&e, "zone1-0000000103"), "promotion rule must_not (RDONLY tablet)");
}

#[test]
fn exclusions_carry_their_reason() {
    let mut errant = c("zone1", 104, Replica, "0-1-9");
    errant.errant = true;
    let cases: Vec<(&str, Candidate, &str)> = vec![
        ("spare", c("zone1", 105, Spare, "0-1-5"), "promotion rule must_not (SPARE tablet)"),
        ("drained", c("zone1", 106, Drained, "0-1-99"), "promotion rule must_not (DRAINED tablet)"),
        ("errant", errant, "has errant GTIDs"),
        (
            "unreachable",
            Candidate { reachable: false, ..c("zone1", 107, Replica, "") },
            "unreachable",
        ),
    ];
    for (name, cand, want) in cases {
        let alias = cand.alias.to_string();
        let e = run(
            Policy::None,
            vec![old_primary("zone1", 100), c("zone1", 101, Replica, "0-1-5"), cand],
            false,
        );
        assert_eq!(e.error, None, "{name}");
        assert_eq!(winner(&e).as_deref(), Some("zone1-0000000101"), "{name}");
        assert_eq!(reason_of(&e, &alias), want, "{name}");
        // Errant and DRAINED tablets do not define the required position either.
        assert_eq!(e.needs_catch_up_from, None, "{name}");
    }
}

#[test]
fn cross_cell_prevention_keeps_the_old_primary_cell() {
    let cands = vec![
        old_primary("zone1", 100),
        c("zone1", 101, Replica, "0-1-6"),
        c("zone2", 201, Replica, "0-1-7"),
    ];
    let free = run(Policy::None, cands.clone(), false);
    assert_eq!(winner(&free).as_deref(), Some("zone2-0000000201"));
    let kept = run(Policy::None, cands, true);
    assert_eq!(winner(&kept).as_deref(), Some("zone1-0000000101"));
    assert_eq!(
        kept.needs_catch_up_from.as_ref().map(|a| a.to_string()).as_deref(),
        Some("zone2-0000000201")
    );
    assert!(reason_of(&kept, "zone2-0000000201").contains("cross-cell promotion prevented"));
    // The old primary's cell may also be given explicitly (its tablet record may be gone).
    let cands = vec![c("zone1", 101, Replica, "0-1-6"), c("zone2", 201, Replica, "0-1-7")];
    let e = elect(&ElectionInput {
        policy: Policy::None,
        candidates: &cands,
        prevent_cross_cell: true,
        old_primary_cell: Some("zone2".into()),
    });
    assert_eq!(winner(&e).as_deref(), Some("zone2-0000000201"));
}

#[test]
fn split_brain_is_refused() {
    let e = run(
        Policy::None,
        vec![
            old_primary("zone1", 100),
            c("zone1", 101, Replica, "0-1-7"),
            c("zone1", 102, Replica, "0-2-7"),
        ],
        false,
    );
    assert_eq!(e.winner, None);
    match &e.error {
        Some(ElectionError::SplitBrain { most_advanced, other, missing }) => {
            assert_eq!((most_advanced.uid, other.uid), (101, 102));
            assert_eq!(missing, "0-2-7");
        }
        other => panic!("expected split brain, got {other:?}"),
    }
    let text = e.error.as_ref().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.starts_with("split brain detected: zone1-0000000101"), "{text}");
    // MySQL: disjoint sets.
    let my =
        |uid, pos: &str| Candidate { flavor: Flavor::MySql80, ..c("zone1", uid, Replica, pos) };
    let e = run(
        Policy::None,
        vec![my(101, &format!("{U1}:1-5")), my(102, &format!("{U1}:1-4:6"))],
        false,
    );
    assert!(matches!(e.error, Some(ElectionError::SplitBrain { .. })), "{:?}", e.error);
}

#[test]
fn semi_sync_policies_need_reachable_ackers() {
    // Two replicas: each can be acked by the other.
    let two = vec![
        old_primary("zone1", 100),
        c("zone1", 101, Replica, "0-1-7"),
        c("zone1", 102, Replica, "0-1-6"),
    ];
    assert_eq!(
        winner(&run(Policy::SemiSync, two.clone(), false)).as_deref(),
        Some("zone1-0000000101")
    );
    // One replica left: nobody could ack its writes.
    let one = vec![old_primary("zone1", 100), c("zone1", 101, Replica, "0-1-7")];
    let e = run(Policy::SemiSync, one, false);
    assert_eq!(e.error, Some(ElectionError::NoEligibleCandidate));
    assert!(reason_of(&e, "zone1-0000000101").contains("only 0 of the 1 semi-sync ack(s)"));
    // An RDONLY acks only under semi_sync_with_rdonly_ack.
    let with_rdonly = vec![
        old_primary("zone1", 100),
        c("zone1", 101, Replica, "0-1-7"),
        c("zone1", 103, Rdonly, "0-1-6"),
    ];
    assert_eq!(
        run(Policy::SemiSync, with_rdonly.clone(), false).error,
        Some(ElectionError::NoEligibleCandidate)
    );
    assert_eq!(
        winner(&run(Policy::SemiSyncWithRdonlyAck, with_rdonly, false)).as_deref(),
        Some("zone1-0000000101")
    );
    // cross_cell: the acker must be in another cell.
    let cells = vec![
        c("zone1", 101, Replica, "0-1-7"),
        c("zone1", 102, Replica, "0-1-7"),
        c("zone2", 201, Replica, "0-1-6"),
    ];
    let e = run(Policy::CrossCell, cells, false);
    assert_eq!(winner(&e).as_deref(), Some("zone1-0000000101"));
    // Errant tablets would refuse to replicate, so they are not counted as ackers.
    let mut errant = c("zone1", 102, Replica, "0-1-6");
    errant.errant = true;
    let e = run(Policy::SemiSync, vec![c("zone1", 101, Replica, "0-1-7"), errant], false);
    assert_eq!(e.error, Some(ElectionError::NoEligibleCandidate));
}

#[test]
fn ties_are_broken_by_promotion_rule_then_position() {
    // `test` policy prefers zone2-0000000200 even when it is less advanced: it wins and must
    // catch up first (ERS step 14).
    let e = run(
        Policy::Test,
        vec![
            c("zone1", 101, Replica, "0-1-7"),
            c("zone2", 200, Replica, "0-1-6"),
            c("zone1", 102, Replica, "0-1-6"),
        ],
        false,
    );
    assert_eq!(winner(&e).as_deref(), Some("zone2-0000000200"));
    assert_eq!(e.needs_catch_up_from.as_ref().map(|a| a.uid), Some(101));
    assert_eq!(e.missing_on_winner, "0-1-7");
    // Equal positions: the preferred one ranks first.
    let e = run(
        Policy::Test,
        vec![c("zone1", 101, Replica, "0-1-7"), c("zone2", 200, Replica, "0-1-7")],
        false,
    );
    assert_eq!(e.ranking[0].alias.uid, 200);
    assert_eq!(e.needs_catch_up_from, None);
    // Equal positions and rules: the lowest alias, deterministically.
    let e = run(
        Policy::None,
        vec![c("zone1", 102, Replica, "0-1-7"), c("zone1", 101, Replica, "0-1-7")],
        false,
    );
    assert_eq!(winner(&e).as_deref(), Some("zone1-0000000101"));
}

#[test]
fn the_reachable_old_primary_counts_but_is_not_re_elected() {
    // PrimarySemiSyncBlocked: the demoted primary is the most advanced. Re-electing it would
    // block writes again; its transactions still define the position the winner must reach.
    let mut p = c("zone1", 100, Primary, "0-1-9");
    p.is_old_primary = true;
    let e = run(Policy::None, vec![p, c("zone1", 101, Replica, "0-1-8")], false);
    assert_eq!(winner(&e).as_deref(), Some("zone1-0000000101"));
    assert_eq!(
        e.needs_catch_up_from.as_ref().map(|a| a.to_string()).as_deref(),
        Some("zone1-0000000100")
    );
}

#[test]
fn unreadable_positions_and_mixed_flavors_are_errors() {
    let e = run(
        Policy::None,
        vec![c("zone1", 101, Replica, "0-1-7"), c("zone1", 102, Replica, "garbage")],
        false,
    );
    assert!(
        matches!(&e.error, Some(ElectionError::BadPosition { alias, .. }) if alias.uid == 102),
        "{:?}",
        e.error
    );
    assert!(reason_of(&e, "zone1-0000000102").starts_with("position cannot be read"));
    let my =
        Candidate { flavor: Flavor::MySql84, ..c("zone1", 102, Replica, &format!("{U1}:1-3")) };
    let e = run(Policy::None, vec![c("zone1", 101, Replica, "0-1-7"), my], false);
    assert_eq!(e.error, Some(ElectionError::MixedFlavors));
    let e = run(Policy::None, vec![old_primary("zone1", 100)], false);
    assert_eq!(e.error, Some(ElectionError::NoCandidates));
}

#[test]
fn first_election_takes_the_most_advanced_replica_only() {
    let cands = vec![
        c("zone1", 101, Replica, "0-1-3"),
        c("zone2", 201, Replica, "0-1-4"),
        c("zone1", 103, Rdonly, "0-1-4"),
        Candidate { reachable: false, ..c("zone1", 102, Replica, "") },
    ];
    let e = elect_new_primary(&ElectionInput {
        policy: Policy::None,
        candidates: &cands,
        prevent_cross_cell: true,
        old_primary_cell: Some("zone1".into()),
    });
    assert_eq!(e.error, None);
    assert_eq!(
        winner(&e).as_deref(),
        Some("zone2-0000000201"),
        "any cell when there was no primary"
    );
    assert_eq!(e.needs_catch_up_from, None);
    assert_eq!(
        reason_of(&e, "zone1-0000000103"),
        "RDONLY tablet: a shard's first primary must be a REPLICA"
    );
}
