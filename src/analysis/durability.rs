//! Vitess durability policies (`policy/durability.go`, vtorc-behaviour.md §4): which tablets may
//! be promoted, how many semi-sync acks a primary needs, and which replicas must send them.
//! Pure: no I/O.

use crate::model::{Tablet, TabletAlias, TabletType};
use std::fmt;

/// The policy names `Keyspace.durability_policy` may hold, in Vitess's order. `test` is Vitess's
/// testing policy (prefers `zone2-0000000200`); it is accepted because Vitess accepts it.
pub const VALID_POLICY_NAMES: &[&str] = &[
    "none",
    "semi_sync",
    "cross_cell",
    "semi_sync_with_rdonly_ack",
    "cross_cell_with_rdonly_ack",
    "test",
];

/// A keyspace's durability policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Policy {
    None,
    SemiSync,
    CrossCell,
    SemiSyncWithRdonlyAck,
    CrossCellWithRdonlyAck,
    Test,
}

/// `promotionrule.CandidatePromotionRule`, best first: the derived order sorts `Must` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PromotionRule {
    // Vitess's `must` and `prefer_not` are never produced by its built-in policies (`must` is
    // even refused by promotionrule.Parse); kept so the order matches Vitess's five rules.
    #[allow(dead_code)]
    Must,
    Prefer,
    Neutral,
    #[allow(dead_code)]
    PreferNot,
    MustNot,
}

impl PromotionRule {
    /// Vitess's spelling (`must_not`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            PromotionRule::Must => "must",
            PromotionRule::Prefer => "prefer",
            PromotionRule::Neutral => "neutral",
            PromotionRule::PreferNot => "prefer_not",
            PromotionRule::MustNot => "must_not",
        }
    }
}

impl fmt::Display for PromotionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The durability policy name is empty or not one Vitess knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPolicy {
    pub name: String,
}

impl fmt::Display for UnknownPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.is_empty() {
            write!(f, "no durability policy set; valid policies: {}", VALID_POLICY_NAMES.join(", "))
        } else {
            write!(
                f,
                "unknown durability policy {:?}; valid policies: {}",
                self.name,
                VALID_POLICY_NAMES.join(", ")
            )
        }
    }
}

impl std::error::Error for UnknownPolicy {}

/// What a policy needs to know about a tablet: its alias (cell and uid) and its type.
pub trait PolicyTablet {
    fn policy_alias(&self) -> &TabletAlias;
    fn policy_type(&self) -> TabletType;
}

impl PolicyTablet for Tablet {
    fn policy_alias(&self) -> &TabletAlias {
        &self.alias
    }
    fn policy_type(&self) -> TabletType {
        self.tablet_type()
    }
}

impl<T: PolicyTablet + ?Sized> PolicyTablet for &T {
    fn policy_alias(&self) -> &TabletAlias {
        (**self).policy_alias()
    }
    fn policy_type(&self) -> TabletType {
        (**self).policy_type()
    }
}

#[cfg(test)]
/// An alias and a type, for callers that have no `Tablet` at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabletRef {
    pub alias: TabletAlias,
    pub tablet_type: TabletType,
}

#[cfg(test)]
impl PolicyTablet for TabletRef {
    fn policy_alias(&self) -> &TabletAlias {
        &self.alias
    }
    fn policy_type(&self) -> TabletType {
        self.tablet_type
    }
}

impl Policy {
    pub const ALL: [Policy; 6] = [
        Policy::None,
        Policy::SemiSync,
        Policy::CrossCell,
        Policy::SemiSyncWithRdonlyAck,
        Policy::CrossCellWithRdonlyAck,
        Policy::Test,
    ];

    /// Exact, case-sensitive names as Vitess registers them; empty and unknown names are errors
    /// whose message lists the valid ones.
    pub fn parse(name: &str) -> Result<Policy, UnknownPolicy> {
        Policy::ALL
            .into_iter()
            .find(|p| p.name() == name)
            .ok_or_else(|| UnknownPolicy { name: name.to_string() })
    }

    pub fn name(self) -> &'static str {
        match self {
            Policy::None => "none",
            Policy::SemiSync => "semi_sync",
            Policy::CrossCell => "cross_cell",
            Policy::SemiSyncWithRdonlyAck => "semi_sync_with_rdonly_ack",
            Policy::CrossCellWithRdonlyAck => "cross_cell_with_rdonly_ack",
            Policy::Test => "test",
        }
    }

    /// PRIMARY and REPLICA are neutral, everything else (RDONLY, SPARE, EXPERIMENTAL, BACKUP,
    /// RESTORE, DRAINED, UNKNOWN) must never be promoted. `test` prefers `zone2-0000000200`.
    pub fn promotion_rule(self, tablet: &impl PolicyTablet) -> PromotionRule {
        if self == Policy::Test && *tablet.policy_alias() == TabletAlias::new("zone2", 200) {
            return PromotionRule::Prefer;
        }
        match tablet.policy_type() {
            TabletType::Primary | TabletType::Replica => PromotionRule::Neutral,
            _ => PromotionRule::MustNot,
        }
    }

    /// How many semi-sync acks `tablet` would need as primary (0 = semi-sync off).
    pub fn semi_sync_ackers(self, _tablet: &impl PolicyTablet) -> u32 {
        match self {
            Policy::None | Policy::Test => 0,
            Policy::SemiSync
            | Policy::CrossCell
            | Policy::SemiSyncWithRdonlyAck
            | Policy::CrossCellWithRdonlyAck => 1,
        }
    }

    /// Whether `replica` must acknowledge (have replica-side semi-sync on) when `primary` is the
    /// primary. Vitess answers false when the primary is unknown, and so does this.
    pub fn is_replica_semi_sync(
        self,
        primary: Option<&dyn PolicyTablet>,
        replica: &impl PolicyTablet,
    ) -> bool {
        let Some(primary) = primary else { return false };
        let other_cell = primary.policy_alias().cell != replica.policy_alias().cell;
        let (rdonly_acks, cross_cell) = match self {
            Policy::None | Policy::Test => return false,
            Policy::SemiSync => (false, false),
            Policy::SemiSyncWithRdonlyAck => (true, false),
            Policy::CrossCell => (false, true),
            Policy::CrossCellWithRdonlyAck => (true, true),
        };
        let type_acks = match replica.policy_type() {
            TabletType::Primary | TabletType::Replica => true,
            TabletType::Rdonly => rdonly_acks,
            _ => false,
        };
        type_acks && (!cross_cell || other_cell)
    }

    #[cfg(test)]
    pub fn has_semi_sync(self) -> bool {
        !matches!(self, Policy::None | Policy::Test)
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(cell: &str, uid: u32, tt: TabletType) -> TabletRef {
        TabletRef { alias: TabletAlias::new(cell, uid), tablet_type: tt }
    }

    #[test]
    fn parse_names() {
        for name in VALID_POLICY_NAMES {
            assert_eq!(Policy::parse(name).unwrap().name(), *name);
        }
        let e = Policy::parse("semisync").unwrap_err().to_string();
        assert!(e.contains("unknown durability policy \"semisync\""), "{e}");
        assert!(e.contains("none, semi_sync, cross_cell"), "{e}");
        assert!(Policy::parse("").unwrap_err().to_string().starts_with("no durability policy set"));
        assert!(Policy::parse("SEMI_SYNC").is_err(), "names are case-sensitive, as in Vitess");
    }

    #[test]
    fn promotion_rules() {
        use TabletType::*;
        for p in Policy::ALL {
            for tt in TabletType::ALL {
                let want = if matches!(tt, Primary | Replica) {
                    PromotionRule::Neutral
                } else {
                    PromotionRule::MustNot
                };
                assert_eq!(p.promotion_rule(&t("zone1", 1, tt)), want, "{p} {tt}");
            }
        }
        assert_eq!(Policy::Test.promotion_rule(&t("zone2", 200, Rdonly)), PromotionRule::Prefer);
        assert_eq!(Policy::None.promotion_rule(&t("zone2", 200, Replica)), PromotionRule::Neutral);
        assert!(PromotionRule::Must < PromotionRule::Prefer);
        assert!(PromotionRule::PreferNot < PromotionRule::MustNot);
    }

    /// The table of vtorc-behaviour.md §4, row by row.
    #[test]
    fn semi_sync_table() {
        use TabletType::*;
        let p1 = t("zone1", 100, Primary);
        // (policy, ackers, has_semi_sync, [(replica, expected is_replica_semi_sync)])
        let same = |tt| t("zone1", 101, tt);
        let other = |tt| t("zone2", 201, tt);
        type Case = (Policy, u32, bool, Vec<(TabletRef, bool)>);
        let cases: Vec<Case> = vec![
            (Policy::None, 0, false, vec![(same(Replica), false), (other(Replica), false)]),
            (Policy::Test, 0, false, vec![(same(Replica), false)]),
            (
                Policy::SemiSync,
                1,
                true,
                vec![
                    (same(Replica), true),
                    (same(Primary), true),
                    (same(Rdonly), false),
                    (same(Spare), false),
                    (same(Drained), false),
                    (other(Replica), true),
                ],
            ),
            (
                Policy::SemiSyncWithRdonlyAck,
                1,
                true,
                vec![(same(Replica), true), (same(Rdonly), true), (same(Backup), false)],
            ),
            (
                Policy::CrossCell,
                1,
                true,
                vec![
                    (same(Replica), false),
                    (other(Replica), true),
                    (other(Primary), true),
                    (other(Rdonly), false),
                ],
            ),
            (
                Policy::CrossCellWithRdonlyAck,
                1,
                true,
                vec![
                    (same(Replica), false),
                    (same(Rdonly), false),
                    (other(Rdonly), true),
                    (other(Experimental), false),
                ],
            ),
        ];
        for (p, ackers, has, replicas) in cases {
            assert_eq!(p.semi_sync_ackers(&p1), ackers, "{p}");
            assert_eq!(p.has_semi_sync(), has, "{p}");
            for (r, want) in replicas {
                assert_eq!(
                    p.is_replica_semi_sync(Some(&p1), &r),
                    want,
                    "{p}: {} {}",
                    r.alias,
                    r.tablet_type
                );
                assert!(!p.is_replica_semi_sync(None, &r), "unknown primary never needs acks");
            }
        }
    }
}
