//! Table-driven and property tests for GTID arithmetic.

use super::*;
use proptest::prelude::*;

const U1: &str = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
const U2: &str = "8a94f357-aab4-11df-86ab-c80aa9429562";

fn my(s: &str) -> MysqlGtidSet {
    MysqlGtidSet::parse(s).unwrap()
}
fn ma(s: &str) -> MariadbGtidState {
    MariadbGtidState::parse(s).unwrap()
}

#[test]
fn mysql_parse_and_display_canonical() {
    let cases: &[(&str, &str)] = &[
        ("", ""),
        ("  \n", ""),
        (&format!("{U1}:1-5"), &format!("{U1}:1-5")),
        // MySQL prints ",\n" between servers; order, case and adjacency are normalised.
        (&format!("{U2}:1-3,\n{}:7-9:1-5", U1.to_uppercase()), &format!("{U1}:1-5:7-9,{U2}:1-3")),
        (&format!("{U1}:1-3:4-5:5"), &format!("{U1}:1-5")),
        (&format!("{U1}:1-3,{U1}:10"), &format!("{U1}:1-3:10")),
        (&format!("{U1}:1-5:tag_a:1-2:Tag_b:3"), &format!("{U1}:1-5:tag_a:1-2:tag_b:3")),
        (&format!(" {U1} : 2-2 "), &format!("{U1}:2")),
    ];
    for (input, want) in cases {
        assert_eq!(my(input).to_string(), *want, "input {input:?}");
    }
}

#[test]
fn mysql_parse_rejects_garbage() {
    for bad in [
        "x",
        "3e11fa47:1-5",
        U1,
        &format!("{U1}:"),
        &format!("{U1}:0-3"),
        &format!("{U1}:5-3"),
        &format!("{U1}:1-"),
        &format!("{U1}:1-5,"),
        &format!("{U1}:1-5,,{U2}:1"),
        &format!("{U1}:tag"),
        &format!("{U1}:1-5:tag"),
        &format!("{U1}:1-5:9tag"),
        &format!("{U1}:99999999999999999999999"),
        &format!("{U1}:1--3"),
    ] {
        let e = MysqlGtidSet::parse(bad).unwrap_err();
        assert!(e.to_string().contains("invalid MySQL GTID set"), "{bad}: {e}");
    }
}

#[test]
fn mysql_operations() {
    let a = my(&format!("{U1}:1-10,{U2}:1-3"));
    let b = my(&format!("{U1}:1-5:8"));
    assert!(a.contains(&b));
    assert!(!b.contains(&a));
    assert_eq!(a.subtract(&b).to_string(), format!("{U1}:6-7:9-10,{U2}:1-3"));
    assert_eq!(b.subtract(&a).to_string(), "");
    assert_eq!(b.union(&my(&format!("{U1}:6-7"))).to_string(), format!("{U1}:1-8"));
    assert_eq!(a.progress(), 13);
    assert!(a.at_least(&b) && b.is_behind(&a));
    assert_eq!(a.position_cmp(&b), Some(Ordering::Greater));
    let c = my(&format!("{U2}:1-4"));
    assert_eq!(a.position_cmp(&c), None, "diverged sets are incomparable");
    let mut d = a.clone();
    d.remove_uuid(&U1.to_uppercase());
    assert_eq!(d.to_string(), format!("{U2}:1-3"));
    assert_eq!(a.uuids(), vec![U1, U2]);
}

#[test]
fn mariadb_parse_and_display() {
    assert_eq!(ma("").to_string(), "");
    assert_eq!(ma("0-2-9, 0-1-7,\n1-3-4").to_string(), "0-1-7,0-2-9,1-3-4");
    assert_eq!(ma("0-1-7,0-1-3").to_string(), "0-1-7", "duplicate keeps the highest seq");
    assert_eq!(ma("0-1-0").to_string(), "", "seq 0 holds nothing");
    for bad in ["x", "0-1", "0-1-2-3", "0--1-2", "a-1-2", "0-1-2,", "4294967296-1-1", "-1-1-1"] {
        let e = MariadbGtidState::parse(bad).unwrap_err();
        assert!(e.to_string().contains("invalid MariaDB GTID set"), "{bad}: {e}");
    }
}

#[test]
fn mariadb_set_and_position_semantics() {
    let new_primary = ma("0-1-6,0-2-7");
    let old_primary = ma("0-1-7");
    // Set semantics (per domain and server): 0-1-7 is not on the new primary.
    assert!(!new_primary.contains(&old_primary));
    assert_eq!(old_primary.subtract(&new_primary).to_string(), "0-1-7");
    // Position semantics (per domain): both applied a 7th transaction of domain 0, but not
    // the same one, so neither is ahead.
    assert_eq!(new_primary.position_cmp(&old_primary), None);
    assert!(old_primary.is_behind(&new_primary) && new_primary.is_behind(&old_primary));
    assert_eq!(old_primary.domains_ahead(&new_primary).to_string(), "0-2-7");
    // A replica that stopped at 0-1-6 is simply behind.
    assert_eq!(new_primary.position_cmp(&ma("0-1-6")), Some(Ordering::Greater));
    assert!(ma("0-2-9").at_least(&ma("0-1-7")), "positions carry only the last GTID");
    assert_eq!(ma("0-2-7").position_cmp(&ma("0-1-6,0-2-7")), Some(Ordering::Equal));
    assert_eq!(ma("0-1-5,1-1-9").position_cmp(&ma("0-1-6,1-1-2")), None);
    assert_eq!(ma("0-1-6").domains_ahead(&ma("0-2-9,1-3-4")).to_string(), "0-2-9,1-3-4");
    assert_eq!(ma("0-1-6").domains_ahead(&ma("0-1-5")).to_string(), "");
    assert!(ma("0-1-6,1-3-4").progress() > ma("0-1-6,1-3-3").progress());
}

#[test]
fn errant_detection_per_flavor() {
    struct Case {
        flavor: Flavor,
        replica: String,
        primary: String,
        uuid: &'static str,
        server_id: u64,
        want: String,
    }
    let cases = vec![
        // MySQL: replica ahead on the primary's own UUID is polling skew, not errant.
        Case {
            flavor: Flavor::MySql80,
            replica: format!("{U1}:1-12"),
            primary: format!("{U1}:1-10"),
            uuid: U1,
            server_id: 0,
            want: String::new(),
        },
        // MySQL: old primary U1 came back with U1:7 that the new primary U2 never got.
        Case {
            flavor: Flavor::MySql84,
            replica: format!("{U1}:1-7"),
            primary: format!("{U1}:1-6,{U2}:1-3"),
            uuid: U2,
            server_id: 0,
            want: format!("{U1}:7"),
        },
        // MariaDB, recipe §4: 0-1-7 vs 0-1-6,0-2-7 is errant.
        Case {
            flavor: Flavor::MariaDb,
            replica: "0-1-7".into(),
            primary: "0-1-6,0-2-7".into(),
            uuid: "",
            server_id: 2,
            want: "0-1-7".into(),
        },
        // MariaDB: a replica that only replicated is clean.
        Case {
            flavor: Flavor::MariaDb,
            replica: "0-1-6,0-2-7".into(),
            primary: "0-1-6,0-2-9".into(),
            uuid: "",
            server_id: 2,
            want: String::new(),
        },
        // MariaDB: a local write on the replica (server 3) is errant.
        Case {
            flavor: Flavor::MariaDb,
            replica: "0-1-6,0-3-8".into(),
            primary: "0-1-6,0-2-7".into(),
            uuid: "",
            server_id: 2,
            want: "0-3-8".into(),
        },
    ];
    for c in cases {
        let r = GtidSet::parse(c.flavor, &c.replica).unwrap();
        let p = GtidSet::parse(c.flavor, &c.primary).unwrap();
        let got =
            errant_gtids(&r, &p, ReferenceServer { uuid: c.uuid, server_id: c.server_id }).unwrap();
        assert_eq!(got.to_string(), c.want, "{} vs {}", c.replica, c.primary);
    }
}

#[test]
fn enum_rejects_mixed_flavors() {
    let a = GtidSet::parse(Flavor::MySql80, &format!("{U1}:1")).unwrap();
    let b = GtidSet::parse(Flavor::MariaDb, "0-1-1").unwrap();
    assert_eq!(a.union(&b), Err(GtidError::FlavorMismatch));
    assert_eq!(a.subtract(&b), Err(GtidError::FlavorMismatch));
    assert!(!a.contains(&b) && !a.at_least(&b));
    assert_eq!(a.position_cmp(&b), None);
    assert!(errant_gtids(&a, &b, ReferenceServer { uuid: "", server_id: 0 }).is_err());
    assert_eq!(
        GtidSet::parse(Flavor::MariaDb, "0-1-5").unwrap().missing_from(&b).unwrap().to_string(),
        ""
    );
}

// ---------------------------------------------------------------------------------------------
// Properties

const UUIDS: [&str; 3] = [U1, U2, "00000000-0000-0000-0000-000000000001"];

fn mysql_strategy() -> impl Strategy<Value = MysqlGtidSet> {
    prop::collection::vec((0usize..3, 0usize..3, 1u64..60, 0u64..8), 0..8).prop_map(|parts| {
        let text: Vec<String> = parts
            .iter()
            .map(|&(u, t, s, len)| {
                let tag = ["", ":a:", ":b_2:"][t];
                let tag = if tag.is_empty() { ":" } else { tag };
                format!("{}{tag}{s}-{}", UUIDS[u], s + len)
            })
            .collect();
        MysqlGtidSet::parse(&text.join(",")).unwrap()
    })
}

fn mariadb_strategy() -> impl Strategy<Value = MariadbGtidState> {
    prop::collection::vec((0u32..3, 1u32..4, 0u64..30), 0..8).prop_map(|parts| {
        let text: Vec<String> = parts.iter().map(|(d, s, n)| format!("{d}-{s}-{n}")).collect();
        MariadbGtidState::parse(&text.join(",")).unwrap()
    })
}

fn laws<T: GtidOps + fmt::Debug>(a: &T, b: &T, c: &T) {
    // Round trip through the canonical text.
    assert_eq!(&T::parse(&a.to_string()).unwrap(), a);
    // Union: commutative, associative, idempotent, an upper bound.
    assert_eq!(a.union(b), b.union(a));
    assert_eq!(a.union(&b.union(c)), a.union(b).union(c));
    assert_eq!(a.union(a), a.clone());
    assert!(a.union(b).contains(a) && a.union(b).contains(b));
    // Containment: reflexive, and the same as "union changes nothing".
    assert!(a.contains(a));
    assert_eq!(a.contains(b), a.union(b) == *a);
    // Difference: part of a, disjoint from b, and a is rebuilt by adding b back.
    let d = a.subtract(b);
    assert!(a.contains(&d));
    assert_eq!(d.subtract(b), d);
    assert!(d.union(b).contains(a));
    assert_eq!(d.is_empty(), b.contains(a));
    assert!(a.subtract(a).is_empty());
    // Positions: containment implies "at least", progress never contradicts it.
    if a.contains(b) {
        assert!(a.at_least(b));
    }
    if a.at_least(b) {
        assert!(a.progress() >= b.progress());
        if !b.at_least(a) {
            assert!(a.progress() > b.progress());
        }
    }
    assert_eq!(a.is_behind(b), !a.at_least(b));
}

proptest! {
    #[test]
    fn mysql_laws(a in mysql_strategy(), b in mysql_strategy(), c in mysql_strategy()) {
        laws(&a, &b, &c);
    }

    #[test]
    fn mariadb_laws(a in mariadb_strategy(), b in mariadb_strategy(), c in mariadb_strategy()) {
        laws(&a, &b, &c);
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,80}") {
        let _ = MysqlGtidSet::parse(&s);
        let _ = MariadbGtidState::parse(&s);
    }

    #[test]
    fn parse_never_panics_on_near_misses(s in "[0-9a-fA-F:, \n_-]{0,90}") {
        for f in [Flavor::MySql80, Flavor::MariaDb] {
            if let Ok(g) = GtidSet::parse(f, &s) {
                // Whatever parses must print back to something that parses to the same value.
                prop_assert_eq!(GtidSet::parse(f, &g.to_string()).unwrap(), g);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// More laws, and the edges of the number range (sequence numbers near u64::MAX, interval ends
// that touch, the whole range), where interval merging and `end + 1` arithmetic could overflow.

fn more_laws<T: GtidOps + fmt::Debug>(a: &T, b: &T, c: &T) {
    laws(a, b, c);
    // Containment is a partial order: transitive and antisymmetric.
    if a.contains(b) && b.contains(c) {
        assert!(a.contains(c));
    }
    if a.contains(b) && b.contains(a) {
        assert_eq!(a, b);
    }
    // Subtraction: a − (b ∪ c) = (a − b) − c; (a − b) ∩ b = ∅ (nothing of b left to remove);
    // a − b ⊆ a; contains agrees with "subtracting leaves nothing".
    assert_eq!(a.subtract(&b.union(c)), a.subtract(b).subtract(c));
    assert_eq!(a.subtract(b).subtract(b), a.subtract(b));
    assert!(b.union(&a.subtract(b)).contains(a));
    assert!(a.contains(&a.subtract(b)));
    assert_eq!(a.contains(b), b.subtract(a).is_empty());
    // Union is monotone: a ⊆ a ∪ b, and growing b only grows the union.
    assert!(a.union(b).contains(a));
    assert!(a.union(&b.union(c)).contains(&a.union(b)));
}

fn mysql_edge_strategy() -> impl Strategy<Value = MysqlGtidSet> {
    let edge = prop_oneof![
        Just(1u64),
        Just(2u64),
        Just(u64::MAX - 2),
        Just(u64::MAX - 1),
        Just(u64::MAX),
        1u64..20,
        any::<u64>().prop_map(|v| v.max(1)),
    ];
    prop::collection::vec((0usize..3, edge.clone(), edge), 0..6).prop_map(|parts| {
        let text: Vec<String> = parts
            .iter()
            .map(|&(u, x, y)| format!("{}:{}-{}", UUIDS[u], x.min(y), x.max(y)))
            .collect();
        MysqlGtidSet::parse(&text.join(",")).unwrap()
    })
}

fn mariadb_edge_strategy() -> impl Strategy<Value = MariadbGtidState> {
    let seq = prop_oneof![Just(0u64), Just(u64::MAX), Just(u64::MAX - 1), 0u64..20, any::<u64>()];
    let id = prop_oneof![Just(0u32), Just(u32::MAX), 0u32..3];
    prop::collection::vec((id.clone(), id, seq), 0..6).prop_map(|parts| {
        let text: Vec<String> = parts.iter().map(|(d, s, n)| format!("{d}-{s}-{n}")).collect();
        MariadbGtidState::parse(&text.join(",")).unwrap()
    })
}

proptest! {
    #[test]
    fn mysql_more_laws(a in mysql_strategy(), b in mysql_strategy(), c in mysql_strategy()) {
        more_laws(&a, &b, &c);
    }

    #[test]
    fn mariadb_more_laws(a in mariadb_strategy(), b in mariadb_strategy(), c in mariadb_strategy()) {
        more_laws(&a, &b, &c);
    }

    #[test]
    fn mysql_laws_at_the_edges(a in mysql_edge_strategy(), b in mysql_edge_strategy(), c in mysql_edge_strategy()) {
        more_laws(&a, &b, &c);
    }

    #[test]
    fn mariadb_laws_at_the_edges(a in mariadb_edge_strategy(), b in mariadb_edge_strategy(), c in mariadb_edge_strategy()) {
        more_laws(&a, &b, &c);
    }

    /// The flavor-tagged set: mixing flavors is an error, never a panic, and same-flavor
    /// operations agree with the underlying type.
    #[test]
    fn gtid_set_enum_never_panics(a in mysql_strategy(), m in mariadb_strategy(), s in "[0-9a-f:,-]{0,40}") {
        let x = GtidSet::MySql(a.clone());
        let y = GtidSet::MariaDb(m.clone());
        prop_assert!(x.union(&y).is_err());
        prop_assert!(x.subtract(&y).is_err());
        let _ = x.contains(&y);
        let _ = x.at_least(&y);
        let _ = x.position_cmp(&y);
        prop_assert_eq!(x.union(&x).unwrap(), x.clone());
        for f in [Flavor::MySql80, Flavor::MySql84, Flavor::MariaDb] {
            if let Ok(g) = GtidSet::parse(f, &s) {
                let _ = g.contains(&x);
                let _ = g.union(&y);
                let _ = g.position_cmp(&g.empty_like());
            }
        }
    }

    /// Whole numbers in every position of the text, including ones that overflow u64.
    #[test]
    fn parse_never_panics_on_big_numbers(d in any::<u64>(), s in any::<u64>(), n in any::<u128>(), extra in "[0-9]{0,30}") {
        let _ = MariadbGtidState::parse(&format!("{d}-{s}-{n}{extra}"));
        let _ = MysqlGtidSet::parse(&format!("{U1}:{n}-{extra}"));
        let _ = MysqlGtidSet::parse(&format!("{U1}:{d}-{s}:{n}"));
        let _ = MysqlGtidSet::parse(&format!("{U1}:tag_{extra}:{d}"));
    }
}
