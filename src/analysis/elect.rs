//! Choosing the tablet to promote, as data: Vitess ERS steps 8–14 (vtorc-behaviour.md §3) for a
//! failover and PRS's candidate rule for a shard's first election. Pure: the executor gathers
//! positions (after the relay logs were applied) and passes them in; every exclusion carries a
//! reason that dry-runs print and recovery records store.
//!
//! ERS in short: the most advanced reachable tablet (any promotable or not, except BACKUP,
//! RESTORE, DRAINED and errant ones) defines the position everyone must reach; if no tablet is
//! at least as advanced as every other, the histories diverged (split brain) and nothing is
//! promoted. The winner is chosen among eligible tablets by promotion rule first, preferring the
//! most advanced tablet within the best rule; if the winner lacks transactions of the most
//! advanced tablet, the executor first repoints it to that tablet and waits (ERS's
//! "intermediate source"), then promotes it.

use super::durability::{Policy, PolicyTablet, PromotionRule};
use super::gtid::GtidSet;
use crate::model::{Flavor, TabletAlias, TabletType};
use std::fmt;

/// What the executor learned about one tablet of the shard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub alias: TabletAlias,
    pub tablet_type: TabletType,
    pub reachable: bool,
    /// Executed GTID position after the relay log was applied (MySQL `gtid_executed`, MariaDB
    /// `gtid_current_pos` or `gtid_binlog_state`), in the format of `flavor`.
    pub position: String,
    pub flavor: Flavor,
    /// The shard's previous primary (its cell is the one cross-cell prevention keeps).
    pub is_old_primary: bool,
    /// Errant GTIDs were found on it: it can neither be promoted nor define the position.
    pub errant: bool,
}

impl PolicyTablet for Candidate {
    fn policy_alias(&self) -> &TabletAlias {
        &self.alias
    }
    fn policy_type(&self) -> TabletType {
        self.tablet_type
    }
}

/// Everything the choice depends on.
#[derive(Debug, Clone)]
pub struct ElectionInput<'a> {
    pub policy: Policy,
    /// Every tablet of the shard, the unreachable ones included (they can still be ackers' peers
    /// and are listed in the ranking with their reason).
    pub candidates: &'a [Candidate],
    /// `--prevent-cross-cell-failover`: only tablets in the old primary's cell may win.
    pub prevent_cross_cell: bool,
    /// The old primary's cell; when `None`, the cell of the candidate marked `is_old_primary`.
    pub old_primary_cell: Option<String>,
}

/// The verdict on one tablet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateVerdict {
    pub alias: TabletAlias,
    pub tablet_type: TabletType,
    /// Canonical position text (the raw text when it could not be parsed).
    pub position: String,
    pub rule: PromotionRule,
    pub eligible: bool,
    /// Why it was excluded, or why it is eligible.
    pub reason: String,
}

/// Why nothing can be promoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElectionError {
    /// No reachable tablet whose position can be compared.
    NoCandidates,
    /// A reachable tablet's position does not parse, so its transactions cannot be accounted for.
    BadPosition { alias: TabletAlias, error: String },
    /// Tablets of different server flavors cannot be compared.
    MixedFlavors,
    /// No tablet holds every transaction the others have: promoting any would lose some.
    SplitBrain { most_advanced: TabletAlias, other: TabletAlias, missing: String },
    /// Positions are consistent, but every tablet was excluded (see the ranking's reasons).
    NoEligibleCandidate,
}

impl fmt::Display for ElectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ElectionError::NoCandidates => f.write_str("no reachable tablet to compare positions with"),
            ElectionError::BadPosition { alias, error } => {
                write!(f, "cannot read the GTID position of {alias}: {error}")
            }
            ElectionError::MixedFlavors => {
                f.write_str("tablets run different server flavors (MySQL and MariaDB); positions cannot be compared")
            }
            ElectionError::SplitBrain { most_advanced, other, missing } => write!(
                f,
                "split brain detected: {most_advanced} is the most advanced tablet but lacks {missing} \
                 that {other} has; promoting either would lose transactions"
            ),
            ElectionError::NoEligibleCandidate => f.write_str("no tablet may be promoted"),
        }
    }
}

impl std::error::Error for ElectionError {}

/// The outcome: a winner or an error, and a verdict for every tablet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    pub winner: Option<TabletAlias>,
    /// Every tablet, most advanced first (then by promotion rule, then alias).
    pub ranking: Vec<CandidateVerdict>,
    /// The tablet that defines the required position (ERS's intermediate source).
    pub most_advanced: Option<TabletAlias>,
    /// Set when the winner lacks transactions of `most_advanced`: repoint the winner to it,
    /// wait until it has applied `missing_on_winner`, then promote.
    pub needs_catch_up_from: Option<TabletAlias>,
    /// The GTIDs the winner still has to get from `needs_catch_up_from` (empty otherwise).
    pub missing_on_winner: String,
    pub error: Option<ElectionError>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// ERS: any promotable type, cross-cell prevention applies.
    Emergency,
    /// First election (ClusterHasNoPrimary): REPLICA tablets only, any cell.
    Initial,
}

/// ERS candidate choice for a failover (steps 8–14).
pub fn elect(input: &ElectionInput<'_>) -> Election {
    choose(input, Mode::Emergency)
}

/// Candidate choice when the shard never had a primary: only REPLICA tablets, most advanced
/// first, any cell.
pub fn elect_new_primary(input: &ElectionInput<'_>) -> Election {
    choose(input, Mode::Initial)
}

struct Row<'a> {
    c: &'a Candidate,
    pos: Option<Result<GtidSet, String>>,
    rule: PromotionRule,
}

impl Row<'_> {
    fn parsed(&self) -> Option<&GtidSet> {
        self.pos.as_ref().and_then(|p| p.as_ref().ok())
    }
    /// May define the required position: ERS drops BACKUP/RESTORE/DRAINED (step 9) and errant
    /// tablets (step 11) before looking for the most advanced one.
    fn in_pool(&self) -> bool {
        self.c.reachable
            && !self.c.errant
            && !matches!(
                self.c.tablet_type,
                TabletType::Backup | TabletType::Restore | TabletType::Drained
            )
    }
}

fn choose(input: &ElectionInput<'_>, mode: Mode) -> Election {
    let policy = input.policy;
    let mut rows: Vec<Row<'_>> = input
        .candidates
        .iter()
        .map(|c| Row {
            c,
            pos: c
                .reachable
                .then(|| GtidSet::parse(c.flavor, &c.position).map_err(|e| e.to_string())),
            rule: policy.promotion_rule(c),
        })
        .collect();
    // Most advanced first. `progress` grows strictly with the position order, so this is a
    // linear extension of it; equal positions go by promotion rule, then alias.
    rows.sort_by(|a, b| {
        let pa = a.parsed().map(GtidSet::progress);
        let pb = b.parsed().map(GtidSet::progress);
        pb.cmp(&pa).then(a.rule.cmp(&b.rule)).then(a.c.alias.cmp(&b.c.alias))
    });

    let mut error = position_error(&rows);
    let pool: Vec<&Row<'_>> = rows.iter().filter(|r| r.in_pool() && r.parsed().is_some()).collect();
    let most = pool.first().copied();
    if error.is_none() {
        error = match most {
            None => Some(ElectionError::NoCandidates),
            Some(m) => split_brain(m, &pool),
        };
    }

    let old_cell = input.old_primary_cell.clone().or_else(|| {
        input.candidates.iter().find(|c| c.is_old_primary).map(|c| c.alias.cell.clone())
    });
    let verdicts: Vec<(bool, String)> =
        rows.iter().map(|r| verdict(r, input, mode, old_cell.as_deref(), most)).collect();

    let mut election = Election {
        winner: None,
        ranking: rows
            .iter()
            .zip(&verdicts)
            .map(|(r, (eligible, reason))| CandidateVerdict {
                alias: r.c.alias.clone(),
                tablet_type: r.c.tablet_type,
                position: r.parsed().map_or_else(|| r.c.position.clone(), |p| p.to_string()),
                rule: r.rule,
                eligible: *eligible,
                reason: reason.clone(),
            })
            .collect(),
        most_advanced: most.map(|m| m.c.alias.clone()),
        needs_catch_up_from: None,
        missing_on_winner: String::new(),
        error,
    };
    if election.error.is_some() {
        return election;
    }

    let eligible: Vec<&Row<'_>> =
        rows.iter().zip(&verdicts).filter(|(_, v)| v.0).map(|(r, _)| r).collect();
    // ERS step 14: the best promotion rule present wins; within it the most advanced tablet is
    // preferred, else the first (most advanced) of that rule. PRS picks the most advanced.
    let winner = match mode {
        Mode::Emergency => eligible.iter().map(|r| r.rule).min().and_then(|best| {
            let of_rule = eligible.iter().filter(|r| r.rule == best);
            let first = of_rule.clone().next().copied();
            of_rule
                .clone()
                .find(|r| most.is_some_and(|m| m.c.alias == r.c.alias))
                .copied()
                .or(first)
        }),
        Mode::Initial => eligible.first().copied(),
    };
    let Some(winner) = winner else {
        election.error = Some(ElectionError::NoEligibleCandidate);
        return election;
    };
    election.winner = Some(winner.c.alias.clone());
    if let (Some(m), Some(wp)) = (most, winner.parsed()) {
        if let Some(mp) = m.parsed().filter(|mp| !wp.at_least(mp)) {
            election.needs_catch_up_from = Some(m.c.alias.clone());
            election.missing_on_winner =
                wp.missing_from(mp).map(|g| g.to_string()).unwrap_or_default();
        }
    }
    election
}

/// A reachable tablet whose transactions count but cannot be read, or mixed flavors.
fn position_error(rows: &[Row<'_>]) -> Option<ElectionError> {
    for r in rows.iter().filter(|r| r.in_pool()) {
        if let Some(Err(e)) = &r.pos {
            return Some(ElectionError::BadPosition { alias: r.c.alias.clone(), error: e.clone() });
        }
    }
    let mut flavors =
        rows.iter().filter(|r| r.in_pool()).map(|r| matches!(r.c.flavor, Flavor::MariaDb));
    let first = flavors.next();
    if flavors.any(|f| Some(f) != first) {
        return Some(ElectionError::MixedFlavors);
    }
    None
}

/// ERS step 12: the most advanced tablet must be at least as advanced as every other.
fn split_brain(most: &Row<'_>, pool: &[&Row<'_>]) -> Option<ElectionError> {
    let mp = most.parsed()?;
    pool.iter().find_map(|r| {
        let p = r.parsed()?;
        (!mp.at_least(p)).then(|| ElectionError::SplitBrain {
            most_advanced: most.c.alias.clone(),
            other: r.c.alias.clone(),
            missing: mp.missing_from(p).map(|g| g.to_string()).unwrap_or_default(),
        })
    })
}

fn verdict(
    r: &Row<'_>,
    input: &ElectionInput<'_>,
    mode: Mode,
    old_cell: Option<&str>,
    most: Option<&Row<'_>>,
) -> (bool, String) {
    let c = r.c;
    if !c.reachable {
        return (false, "unreachable".to_string());
    }
    if c.errant {
        return (false, "has errant GTIDs".to_string());
    }
    if c.is_old_primary && mode == Mode::Emergency {
        // Reachable only when it was demoted (semi-sync blocked): what it committed still
        // counts toward the required position, but the primary being replaced is not re-elected.
        return (false, "the primary being replaced (its transactions still count)".to_string());
    }
    if let Some(Err(e)) = &r.pos {
        return (false, format!("position cannot be read: {e}"));
    }
    if mode == Mode::Initial && c.tablet_type != TabletType::Replica {
        return (
            false,
            format!("{} tablet: a shard's first primary must be a REPLICA", c.tablet_type),
        );
    }
    if r.rule == PromotionRule::MustNot {
        return (false, format!("promotion rule must_not ({} tablet)", c.tablet_type));
    }
    if mode == Mode::Emergency && input.prevent_cross_cell {
        if let Some(cell) = old_cell.filter(|cell| *cell != c.alias.cell) {
            return (
                false,
                format!("in cell {}, not the old primary's cell {cell} (cross-cell promotion prevented)", c.alias.cell),
            );
        }
    }
    let needed = input.policy.semi_sync_ackers(c);
    if needed > 0 {
        // Errant tablets would refuse to replicate from it, so they cannot ack either.
        let ackers = input
            .candidates
            .iter()
            .filter(|t| t.alias != c.alias && t.reachable && !t.errant)
            .filter(|t| input.policy.is_replica_semi_sync(Some(c as &dyn PolicyTablet), *t))
            .count();
        if (ackers as u64) < u64::from(needed) {
            return (
                false,
                format!(
                    "could get only {ackers} of the {needed} semi-sync ack(s) policy {} needs from reachable tablets",
                    input.policy
                ),
            );
        }
    }
    let advanced = if most.is_some_and(|m| m.c.alias == c.alias) { ", most advanced" } else { "" };
    (true, format!("eligible ({}{advanced})", r.rule))
}

#[cfg(test)]
mod tests;
