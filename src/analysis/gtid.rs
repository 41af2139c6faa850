//! GTID-set arithmetic for both server families behind one interface. Pure: no I/O.
//!
//! * MySQL: UUID interval sets as `gtid_executed` prints them (`uuid:1-5:7-9,uuid2:1-3`, with
//!   optional MySQL 8.4 tags `uuid:1-5:tag:1-3`; whitespace and newlines between entries allowed).
//! * MariaDB: domain-server-sequence states as `gtid_binlog_state` prints them
//!   (`0-1-7,0-2-9,1-3-4`), kept as a map `(domain, server_id) -> highest seq`.
//!
//! Two different questions are asked of a GTID value, and MariaDB answers them differently:
//! * **set semantics** (`contains`, `union`, `subtract`): which transactions does it hold? For
//!   MariaDB an entry `d-s-n` stands for "everything server `s` wrote in domain `d` up to `n`",
//!   which is exactly the errant-GTID rule of the recipe (§4): a replica entry is errant unless
//!   the reference has the same (domain, server) with a seq at least as high.
//! * **position semantics** (`at_least`, `is_behind`, `position_cmp`): which server is further
//!   ahead? MariaDB positions (`gtid_current_pos`, `Gtid_IO_Pos`) hold only the *last* GTID of
//!   each domain, and with `gtid_strict_mode` sequence numbers only grow inside a domain, so the
//!   highest seq per domain decides; an equal seq written by a different server means the
//!   histories diverged. For MySQL both semantics are plain set containment.

use crate::model::Flavor;
#[cfg(test)]
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Why a GTID string could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GtidError {
    /// The text is not a GTID set of the expected flavor.
    Parse { flavor: &'static str, input: String, reason: String },
    /// A MySQL set was combined with a MariaDB state.
    FlavorMismatch,
}

impl fmt::Display for GtidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GtidError::Parse { flavor, input, reason } => {
                write!(f, "invalid {flavor} GTID set {:?}: {reason}", shorten(input))
            }
            GtidError::FlavorMismatch => {
                f.write_str("cannot compare a MySQL GTID set with a MariaDB GTID state")
            }
        }
    }
}

impl std::error::Error for GtidError {}

/// Keeps error messages readable when a probe returned a huge set.
fn shorten(s: &str) -> String {
    const MAX: usize = 120;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}...")
    }
}

/// The operations every flavor's GTID value offers.
pub trait GtidOps: Sized + Clone + PartialEq + fmt::Display {
    fn parse(s: &str) -> Result<Self, GtidError>;
    fn is_empty(&self) -> bool;
    /// Set semantics: every transaction of `other` is in `self`.
    fn contains(&self, other: &Self) -> bool;
    fn union(&self, other: &Self) -> Self;
    /// Set semantics: what `self` has that `other` lacks.
    fn subtract(&self, other: &Self) -> Self;
    /// Position semantics: `self` has replicated at least as far as `other`.
    fn at_least(&self, other: &Self) -> bool;
    /// A size that grows strictly with `at_least` (a strictly more advanced position has a larger
    /// count), so sorting by it never contradicts the partial order. Used to rank candidates.
    fn progress(&self) -> u128;

    /// Position semantics: `other` has something `self` has not reached.
    #[cfg(test)]
    fn is_behind(&self, other: &Self) -> bool {
        !self.at_least(other)
    }
    /// `Greater` = `self` is strictly ahead, `None` = they diverged (neither contains the other).
    #[cfg(test)]
    fn position_cmp(&self, other: &Self) -> Option<Ordering> {
        match (self.at_least(other), other.at_least(self)) {
            (true, true) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Greater),
            (false, true) => Some(Ordering::Less),
            (false, false) => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Interval lists (sorted, disjoint, non-adjacent, all numbers >= 1)

type Intervals = Vec<(u64, u64)>;

fn normalize(mut v: Intervals) -> Intervals {
    v.sort_unstable();
    let mut out: Intervals = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            // Adjacent intervals merge too: 1-3 and 4-5 are the same set as 1-5.
            Some(last) if s <= last.1.saturating_add(1) => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn iv_union(a: &Intervals, b: &Intervals) -> Intervals {
    normalize(a.iter().chain(b.iter()).copied().collect())
}

fn iv_subtract(a: &Intervals, b: &Intervals) -> Intervals {
    let mut out = Vec::new();
    for &(s, e) in a {
        let mut cur = s;
        let mut done = false;
        for &(bs, be) in b {
            if be < cur || bs > e {
                continue;
            }
            if bs > cur {
                out.push((cur, bs - 1));
            }
            if be >= e {
                done = true;
                break;
            }
            cur = be + 1;
        }
        if !done {
            out.push((cur, e));
        }
    }
    out
}

fn iv_contains(a: &Intervals, b: &Intervals) -> bool {
    // Both are normalized, so each interval of b must sit inside one interval of a.
    b.iter().all(|&(bs, be)| a.iter().any(|&(s, e)| s <= bs && be <= e))
}

fn iv_count(a: &Intervals) -> u128 {
    a.iter().map(|&(s, e)| u128::from(e - s) + 1).sum()
}

// ---------------------------------------------------------------------------------------------
// MySQL

/// A MySQL GTID set: `(server_uuid, tag) -> intervals`; the tag is empty for untagged GTIDs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MysqlGtidSet {
    sets: BTreeMap<(String, String), Intervals>,
}

impl MysqlGtidSet {
    /// Drops every GTID of one server (any tag). VTOrc does this with the source's UUID before
    /// comparing, so that a primary polled a moment before its replica is not mistaken for
    /// missing the replica's newest transactions.
    pub fn remove_uuid(&mut self, uuid: &str) {
        let uuid = uuid.trim().to_ascii_lowercase();
        self.sets.retain(|(u, _), _| *u != uuid);
    }

    /// The server UUIDs present, in order.
    pub fn uuids(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.sets.keys().map(|(u, _)| u.as_str()).collect();
        v.dedup();
        v
    }

    fn parse_segment(
        seg: &str,
        sets: &mut BTreeMap<(String, String), Intervals>,
    ) -> Result<(), String> {
        let mut parts = seg.split(':').map(str::trim);
        let uuid = parts.next().unwrap_or_default();
        if !is_uuid(uuid) {
            return Err(format!("{uuid:?} is not a server UUID"));
        }
        let uuid = uuid.to_ascii_lowercase();
        let mut tag = String::new();
        // A tag must be followed by at least one interval, and the UUID by at least one part.
        let mut pending_tag = true;
        for part in parts {
            if let Some(iv) = parse_interval(part)? {
                sets.entry((uuid.clone(), tag.clone())).or_default().push(iv);
                pending_tag = false;
            } else if is_tag(part) {
                if pending_tag && !tag.is_empty() {
                    return Err(format!("tag {tag:?} has no intervals"));
                }
                tag = part.to_ascii_lowercase();
                pending_tag = true;
            } else {
                return Err(format!("{part:?} is neither an interval nor a tag"));
            }
        }
        if pending_tag {
            return Err(format!("{seg:?} has no intervals"));
        }
        Ok(())
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// MySQL 8.4 tags: a letter or underscore, then up to 31 letters, digits or underscores.
fn is_tag(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && s.len() <= 32
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `Ok(None)` when `part` does not start like a number (it may be a tag).
fn parse_interval(part: &str) -> Result<Option<(u64, u64)>, String> {
    if !part.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok(None);
    }
    let (a, b) = match part.split_once('-') {
        Some((a, b)) => (a, b),
        None => (part, part),
    };
    let num = |x: &str| -> Result<u64, String> {
        if x.is_empty() || !x.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("{part:?} is not an interval"));
        }
        x.parse::<u64>().map_err(|_| format!("{part:?} is out of range"))
    };
    let (s, e) = (num(a)?, num(b)?);
    if s == 0 || e < s {
        return Err(format!("{part:?} is not a valid interval (must be 1 <= start <= end)"));
    }
    Ok(Some((s, e)))
}

impl GtidOps for MysqlGtidSet {
    fn parse(s: &str) -> Result<Self, GtidError> {
        let err =
            |reason: String| GtidError::Parse { flavor: "MySQL", input: s.to_string(), reason };
        let mut sets: BTreeMap<(String, String), Intervals> = BTreeMap::new();
        if s.trim().is_empty() {
            return Ok(MysqlGtidSet::default());
        }
        for seg in s.split(',') {
            let seg = seg.trim();
            if seg.is_empty() {
                return Err(err("empty entry between commas".to_string()));
            }
            MysqlGtidSet::parse_segment(seg, &mut sets).map_err(err)?;
        }
        for v in sets.values_mut() {
            *v = normalize(std::mem::take(v));
        }
        Ok(MysqlGtidSet { sets })
    }

    fn is_empty(&self) -> bool {
        self.sets.is_empty()
    }

    fn contains(&self, other: &Self) -> bool {
        other.sets.iter().all(|(k, b)| self.sets.get(k).is_some_and(|a| iv_contains(a, b)))
    }

    fn union(&self, other: &Self) -> Self {
        let mut sets = self.sets.clone();
        for (k, b) in &other.sets {
            let merged = match sets.get(k) {
                Some(a) => iv_union(a, b),
                None => b.clone(),
            };
            sets.insert(k.clone(), merged);
        }
        MysqlGtidSet { sets }
    }

    fn subtract(&self, other: &Self) -> Self {
        let mut sets = BTreeMap::new();
        for (k, a) in &self.sets {
            let rest = match other.sets.get(k) {
                Some(b) => iv_subtract(a, b),
                None => a.clone(),
            };
            if !rest.is_empty() {
                sets.insert(k.clone(), rest);
            }
        }
        MysqlGtidSet { sets }
    }

    fn at_least(&self, other: &Self) -> bool {
        self.contains(other)
    }

    fn progress(&self) -> u128 {
        self.sets.values().map(iv_count).sum()
    }
}

impl fmt::Display for MysqlGtidSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut last_uuid: Option<&str> = None;
        for ((uuid, tag), ivs) in &self.sets {
            if last_uuid != Some(uuid.as_str()) {
                if last_uuid.is_some() {
                    f.write_str(",")?;
                }
                f.write_str(uuid)?;
                last_uuid = Some(uuid);
            }
            if !tag.is_empty() {
                write!(f, ":{tag}")?;
            }
            for &(s, e) in ivs {
                if s == e {
                    write!(f, ":{s}")?;
                } else {
                    write!(f, ":{s}-{e}")?;
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// MariaDB

/// A MariaDB GTID state: `(domain_id, server_id) -> highest seq_no`. A position such as
/// `gtid_current_pos` parses into the same type (one entry per domain).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MariadbGtidState {
    entries: BTreeMap<(u32, u32), u64>,
}

impl MariadbGtidState {
    /// Per domain: the highest seq and the servers whose entry has that seq (the last GTID).
    fn domain_heads(&self) -> BTreeMap<u32, (u64, BTreeSet<u32>)> {
        let mut out: BTreeMap<u32, (u64, BTreeSet<u32>)> = BTreeMap::new();
        for (&(d, s), &n) in &self.entries {
            let head = out.entry(d).or_insert((0, BTreeSet::new()));
            if n > head.0 {
                *head = (n, BTreeSet::from([s]));
            } else if n == head.0 {
                head.1.insert(s);
            }
        }
        out
    }

    /// Position semantics for one domain: `mine` is at least `theirs` when its seq is higher,
    /// or equal with the same last GTID. Equal seqs written by different servers mean the two
    /// histories diverged (0-1-7 vs 0-2-7: both applied a 7th transaction, not the same one).
    fn head_at_least(mine: Option<&(u64, BTreeSet<u32>)>, theirs: &(u64, BTreeSet<u32>)) -> bool {
        match mine {
            None => false,
            Some((m, servers)) => {
                *m > theirs.0 || (*m == theirs.0 && servers.is_superset(&theirs.1))
            }
        }
    }

    /// Drops every entry written by one server (see `MysqlGtidSet::remove_uuid` for why).
    pub fn remove_server(&mut self, server_id: u32) {
        self.entries.retain(|&(_, s), _| s != server_id);
    }

    /// The entries, in (domain, server) order.
    pub fn entries(&self) -> impl Iterator<Item = (u32, u32, u64)> + '_ {
        self.entries.iter().map(|(&(d, s), &n)| (d, s, n))
    }

    /// For a position difference: in every domain where `self` is not at least `other`, the last
    /// GTID(s) of `other` (what `self` would have to replicate up to).
    pub fn domains_ahead(&self, other: &Self) -> MariadbGtidState {
        let mine = self.domain_heads();
        let mut entries = BTreeMap::new();
        for (d, head) in other.domain_heads() {
            if !Self::head_at_least(mine.get(&d), &head) {
                for s in head.1 {
                    entries.insert((d, s), head.0);
                }
            }
        }
        MariadbGtidState { entries }
    }
}

impl GtidOps for MariadbGtidState {
    fn parse(s: &str) -> Result<Self, GtidError> {
        let err =
            |reason: String| GtidError::Parse { flavor: "MariaDB", input: s.to_string(), reason };
        let mut entries: BTreeMap<(u32, u32), u64> = BTreeMap::new();
        if s.trim().is_empty() {
            return Ok(MariadbGtidState::default());
        }
        for item in s.split(',') {
            let item = item.trim();
            let mut it = item.split('-');
            let (d, sv, n) = match (it.next(), it.next(), it.next(), it.next()) {
                (Some(d), Some(sv), Some(n), None) => (d, sv, n),
                _ => return Err(err(format!("{item:?} is not domain-server-sequence"))),
            };
            let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
            if !(digits(d) && digits(sv) && digits(n)) {
                return Err(err(format!("{item:?} is not domain-server-sequence")));
            }
            let range = |_| err(format!("{item:?} is out of range"));
            let d: u32 = d.parse().map_err(range)?;
            let sv: u32 = sv.parse().map_err(range)?;
            let n: u64 = n.parse().map_err(range)?;
            // seq 0 means "nothing from this server yet"; dropping it keeps equality meaningful.
            if n > 0 {
                let e = entries.entry((d, sv)).or_insert(0);
                *e = (*e).max(n);
            }
        }
        Ok(MariadbGtidState { entries })
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn contains(&self, other: &Self) -> bool {
        other.entries.iter().all(|(k, &n)| self.entries.get(k).is_some_and(|&m| m >= n))
    }

    fn union(&self, other: &Self) -> Self {
        let mut entries = self.entries.clone();
        for (&k, &n) in &other.entries {
            let e = entries.entry(k).or_insert(0);
            *e = (*e).max(n);
        }
        MariadbGtidState { entries }
    }

    /// The entries of `self` not covered by `other`, each kept at `self`'s seq: the last GTID
    /// of that (domain, server) that `other` lacks (the recipe's errant rule, §4).
    fn subtract(&self, other: &Self) -> Self {
        let entries = self
            .entries
            .iter()
            .filter(|(k, &n)| other.entries.get(k).is_none_or(|&m| m < n))
            .map(|(&k, &n)| (k, n))
            .collect();
        MariadbGtidState { entries }
    }

    fn at_least(&self, other: &Self) -> bool {
        let mine = self.domain_heads();
        other.domain_heads().iter().all(|(d, head)| Self::head_at_least(mine.get(d), head))
    }

    /// Sum over domains of the highest seq, with the number of servers sharing it as a
    /// low-order tiebreak, so that "strictly ahead" always means "strictly larger".
    fn progress(&self) -> u128 {
        self.domain_heads()
            .values()
            .map(|(n, servers)| (u128::from(*n) << 32) | servers.len() as u128)
            .sum()
    }
}

impl fmt::Display for MariadbGtidState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (&(d, s), &n)) in self.entries.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{d}-{s}-{n}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// One type for both flavors

/// A GTID value of either flavor. Combining two flavors is an error (or `false` for predicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GtidSet {
    MySql(MysqlGtidSet),
    MariaDb(MariadbGtidState),
}

impl GtidSet {
    /// Parses `s` in the format of `flavor` (MySQL 8.0 and 8.4 share one).
    pub fn parse(flavor: Flavor, s: &str) -> Result<GtidSet, GtidError> {
        match flavor {
            Flavor::MariaDb => Ok(GtidSet::MariaDb(MariadbGtidState::parse(s)?)),
            Flavor::MySql80 | Flavor::MySql84 => Ok(GtidSet::MySql(MysqlGtidSet::parse(s)?)),
        }
    }

    pub fn empty_like(&self) -> GtidSet {
        match self {
            GtidSet::MySql(_) => GtidSet::MySql(MysqlGtidSet::default()),
            GtidSet::MariaDb(_) => GtidSet::MariaDb(MariadbGtidState::default()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            GtidSet::MySql(a) => a.is_empty(),
            GtidSet::MariaDb(a) => a.is_empty(),
        }
    }

    /// Set containment; `false` across flavors.
    pub fn contains(&self, other: &GtidSet) -> bool {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => a.contains(b),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => a.contains(b),
            _ => false,
        }
    }

    pub fn union(&self, other: &GtidSet) -> Result<GtidSet, GtidError> {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => Ok(GtidSet::MySql(a.union(b))),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => Ok(GtidSet::MariaDb(a.union(b))),
            _ => Err(GtidError::FlavorMismatch),
        }
    }

    pub fn subtract(&self, other: &GtidSet) -> Result<GtidSet, GtidError> {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => Ok(GtidSet::MySql(a.subtract(b))),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => Ok(GtidSet::MariaDb(a.subtract(b))),
            _ => Err(GtidError::FlavorMismatch),
        }
    }

    /// Position semantics (see the module docs); `false` across flavors.
    pub fn at_least(&self, other: &GtidSet) -> bool {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => a.at_least(b),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => a.at_least(b),
            _ => false,
        }
    }

    /// `None` when the positions diverged or the flavors differ.
    #[cfg(test)]
    pub fn position_cmp(&self, other: &GtidSet) -> Option<Ordering> {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => a.position_cmp(b),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => a.position_cmp(b),
            _ => None,
        }
    }

    /// See `GtidOps::progress`.
    pub fn progress(&self) -> u128 {
        match self {
            GtidSet::MySql(a) => a.progress(),
            GtidSet::MariaDb(a) => a.progress(),
        }
    }

    /// What `other` has reached that `self` has not, in position semantics: for MySQL the
    /// missing GTIDs, for MariaDB the last GTID of every domain where `other` is ahead.
    pub fn missing_from(&self, other: &GtidSet) -> Result<GtidSet, GtidError> {
        match (self, other) {
            (GtidSet::MySql(a), GtidSet::MySql(b)) => Ok(GtidSet::MySql(b.subtract(a))),
            (GtidSet::MariaDb(a), GtidSet::MariaDb(b)) => Ok(GtidSet::MariaDb(a.domains_ahead(b))),
            _ => Err(GtidError::FlavorMismatch),
        }
    }
}

impl fmt::Display for GtidSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GtidSet::MySql(a) => a.fmt(f),
            GtidSet::MariaDb(a) => a.fmt(f),
        }
    }
}

/// Who the reference set belongs to, so that its own newest transactions can be ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceServer<'a> {
    /// MySQL `server_uuid` (ignored for MariaDB).
    pub uuid: &'a str,
    /// MariaDB `server_id` (ignored for MySQL).
    pub server_id: u64,
}

/// Errant transactions of `replica` measured against the executed set of the shard primary
/// (`reference`), VTOrc's `detectErrantGTIDs` (vtorc-behaviour.md §1) adapted per flavor:
/// * MySQL: the primary's own UUID is removed from both sides first, because a replica polled
///   after its primary can hold the primary's newest GTIDs without anything being wrong;
///   what remains of the replica that the primary lacks is errant.
/// * MariaDB (`gtid_binlog_state` on both sides): every (domain, server) entry of the replica
///   must appear on the primary with a seq at least as high; entries written by the primary
///   itself are skipped for the same polling-skew reason.
///
/// Returns an empty set when nothing is errant.
pub fn errant_gtids(
    replica: &GtidSet,
    reference: &GtidSet,
    reference_server: ReferenceServer<'_>,
) -> Result<GtidSet, GtidError> {
    match (replica, reference) {
        (GtidSet::MySql(r), GtidSet::MySql(p)) => {
            let mut r = r.clone();
            let mut p = p.clone();
            r.remove_uuid(reference_server.uuid);
            p.remove_uuid(reference_server.uuid);
            Ok(GtidSet::MySql(r.subtract(&p)))
        }
        (GtidSet::MariaDb(r), GtidSet::MariaDb(p)) => {
            let mut r = r.clone();
            if let Ok(id) = u32::try_from(reference_server.server_id) {
                r.remove_server(id);
            }
            Ok(GtidSet::MariaDb(r.subtract(p)))
        }
        _ => Err(GtidError::FlavorMismatch),
    }
}

#[cfg(test)]
mod tests;
