//! One MySQL server behind several tablet records (`DuplicateTabletServer`). Pure.
//!
//! The rest of the analysis takes every tablet record for its own server. When two records
//! reach one server (the same host:port twice, `localhost` and `127.0.0.1`, a stale record of a
//! rebuilt host), each record's problems are really the other record's state, and every repair
//! would act on the wrong tablet: a REPLICA record on the primary's server makes "fix the
//! writable replica" set the real primary read-only and repoint it at itself; a newer PRIMARY
//! record on a replica's server makes the real primary a "stale" one to demote. So the duplicate
//! is reported (detection only), and every recovery in a shard holding one of the records is
//! refused until an operator removes or corrects the records ([`refusal`]).
//!
//! Identity is the probe's [`InstanceState::server_identity`], never the address in the records,
//! so aliases of one host and ports forwarded elsewhere cannot fool it. Unreachable tablets have
//! no identity and are never counted as duplicates.

use super::codes::PRIORITY_HIGH;
use crate::model::{InstanceState, Problem, ProblemCode, Tablet, TabletAlias, Topology};
use std::collections::{BTreeMap, HashMap};

/// Tablet records (two or more, sorted by alias) whose probes reached one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateServer<'a> {
    pub identity: String,
    pub tablets: Vec<&'a Tablet>,
}

/// Every server reached through more than one tablet record of `topo`, in identity order.
pub fn duplicate_servers<'a>(
    topo: &'a Topology,
    instances: &[InstanceState],
) -> Vec<DuplicateServer<'a>> {
    // `zone1-101` and `zone1-0000000101` are the same tablet, as in `detect`.
    let by_alias: HashMap<TabletAlias, &InstanceState> = instances
        .iter()
        .filter_map(|i| i.alias.parse::<TabletAlias>().ok().map(|a| (a, i)))
        .collect();
    let mut by_identity: BTreeMap<String, Vec<&Tablet>> = BTreeMap::new();
    for t in &topo.tablets {
        if let Some(id) = by_alias.get(&t.alias).and_then(|i| i.server_identity()) {
            by_identity.entry(id).or_default().push(t);
        }
    }
    by_identity
        .into_iter()
        .filter(|(_, ts)| ts.len() > 1)
        .map(|(identity, mut tablets)| {
            tablets.sort_by(|a, b| a.alias.cmp(&b.alias));
            DuplicateServer { identity, tablets }
        })
        .collect()
}

/// `zone1-0000000101 (ks/0 PRIMARY, 127.0.0.1:3306), zone1-0000000199 (ks/0 REPLICA, ...)`.
fn records_text(d: &DuplicateServer<'_>) -> String {
    d.tablets
        .iter()
        .map(|t| {
            format!(
                "{} ({}/{} {}, {})",
                t.alias,
                t.keyspace,
                t.shard,
                t.tablet_type(),
                t.mysql_addr()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One problem per record of each duplicate, so every shard holding one of the records shows
/// it (and is refused) even when the records are in different shards.
pub(crate) fn problems(dups: &[DuplicateServer<'_>]) -> Vec<Problem> {
    let mut out = Vec::new();
    for d in dups {
        let mut shards: Vec<String> =
            d.tablets.iter().map(|t| format!("{}/{}", t.keyspace, t.shard)).collect();
        shards.sort();
        shards.dedup();
        let description = format!(
            "one MySQL server ({}) is behind {} tablet records: {}; every recovery in {} is refused until only one record points at it",
            d.identity,
            d.tablets.len(),
            records_text(d),
            shards.join(" and ")
        );
        for t in &d.tablets {
            out.push(Problem {
                keyspace: t.keyspace.clone(),
                shard: t.shard.clone(),
                alias: t.alias.to_string(),
                code: ProblemCode::DuplicateTabletServer,
                priority: PRIORITY_HIGH,
                description: description.clone(),
                action: "none (detection only): remove or correct the extra tablet records"
                    .to_string(),
                actionable: false,
            });
        }
    }
    out
}

/// Why no recovery may run in `keyspace/shard`: the duplicate-server problems detected there,
/// each naming every record and the server. None when the shard holds no such record.
pub fn refusal(problems: &[Problem], keyspace: &str, shard: &str) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for p in problems.iter().filter(|p| {
        p.code == ProblemCode::DuplicateTabletServer && p.keyspace == keyspace && p.shard == shard
    }) {
        // Every record of one server carries the same description: say it once.
        if !seen.contains(&p.description.as_str()) {
            seen.push(&p.description);
        }
    }
    (!seen.is_empty()).then(|| format!("refused: {}", seen.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flavor, Keyspace, Shard, TabletType};

    /// (alias uid, keyspace/shard, type, record address, server identity as probed or None
    /// for unreachable).
    type Rec<'a> = (u32, &'a str, TabletType, &'a str, Option<(Flavor, u64, &'a str, u16)>);
    /// (name, records, expected groups of uids sharing a server).
    type Case<'a> = (&'a str, Vec<Rec<'a>>, Vec<Vec<u32>>);

    fn build(recs: &[Rec<'_>]) -> (Topology, Vec<InstanceState>) {
        let mut topo = Topology::default();
        let mut insts = Vec::new();
        for (uid, ks_shard, tt, addr, server) in recs {
            let (ks, shard) = ks_shard.split_once('/').expect("ks/shard");
            let (host, port) = addr.rsplit_once(':').expect("host:port");
            if !topo.keyspaces.iter().any(|k| k.name == ks) {
                topo.keyspaces.push(Keyspace {
                    name: ks.into(),
                    keyspace_type: 0,
                    durability_policy: "none".into(),
                    disable_emergency_reparent: false,
                });
            }
            if !topo.shards.iter().any(|s| s.keyspace == ks && s.name == shard) {
                topo.shards.push(Shard {
                    keyspace: ks.into(),
                    name: shard.into(),
                    primary_alias: None,
                    primary_term_start: None,
                    disable_emergency_reparent: false,
                });
            }
            topo.tablets.push(Tablet {
                alias: TabletAlias::new("zone1", *uid),
                hostname: host.into(),
                keyspace: ks.into(),
                shard: shard.into(),
                type_value: *tt as i32,
                mysql_hostname: host.into(),
                mysql_port: port.parse().expect("port"),
                primary_term_start: None,
            });
            let mut i = InstanceState {
                alias: format!("zone1-{uid}"),
                host: host.to_string(),
                port: port.parse().expect("port"),
                ..Default::default()
            };
            if let Some((flavor, server_id, name, server_port)) = server {
                i.reachable = true;
                i.flavor = *flavor;
                i.server_id = *server_id;
                match flavor {
                    Flavor::MariaDb => {
                        i.server_hostname = name.to_string();
                        i.server_port = *server_port;
                    }
                    _ => i.server_uuid = name.to_string(),
                }
            }
            insts.push(i);
        }
        (topo, insts)
    }

    const M: Flavor = Flavor::MariaDb;
    const P: TabletType = TabletType::Primary;
    const R: TabletType = TabletType::Replica;

    fn groups(recs: &[Rec<'_>]) -> Vec<Vec<u32>> {
        let (topo, insts) = build(recs);
        duplicate_servers(&topo, &insts)
            .iter()
            .map(|d| d.tablets.iter().map(|t| t.alias.uid).collect())
            .collect()
    }

    #[test]
    fn which_records_are_one_server() {
        let uuid_a = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        let uuid_b = "8a94f357-aab4-11df-86ab-c80aa9429562";
        let cases: Vec<Case<'_>> = vec![
            (
                "healthy shard: three servers",
                vec![
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (102, "ks/0", R, "127.0.0.1:3307", Some((M, 2, "db", 3307))),
                    (103, "ks/0", R, "127.0.0.1:3308", Some((M, 3, "db", 3308))),
                ],
                vec![],
            ),
            (
                "replica record on the primary's address",
                vec![
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (102, "ks/0", R, "127.0.0.1:3307", Some((M, 2, "db", 3307))),
                    (199, "ks/0", R, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                ],
                vec![vec![101, 199]],
            ),
            (
                "localhost and 127.0.0.1 are one server (identity, not address)",
                vec![
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (199, "ks/0", R, "localhost:3306", Some((M, 1, "db", 3306))),
                ],
                vec![vec![101, 199]],
            ),
            (
                "records in different shards",
                vec![
                    (101, "ks/-80", P, "10.0.0.1:3306", Some((M, 1, "db1", 3306))),
                    (201, "ks/80-", R, "db1:3306", Some((M, 1, "db1", 3306))),
                ],
                vec![vec![101, 201]],
            ),
            (
                "MariaDB: same server_id on two machines is two servers",
                vec![
                    (101, "ks/0", P, "10.0.0.1:3306", Some((M, 1, "db1", 3306))),
                    (201, "ks/0", R, "10.0.0.2:3306", Some((M, 1, "db2", 3306))),
                ],
                vec![],
            ),
            (
                "MySQL: server_uuid decides",
                vec![
                    (101, "ks/0", P, "10.0.0.1:3306", Some((Flavor::MySql80, 1, uuid_a, 0))),
                    (102, "ks/0", R, "10.0.0.2:3306", Some((Flavor::MySql80, 1, uuid_b, 0))),
                    (199, "ks/0", R, "mysql-a:3306", Some((Flavor::MySql80, 1, uuid_a, 0))),
                ],
                vec![vec![101, 199]],
            ),
            (
                "an unreachable record is never a duplicate",
                vec![
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (199, "ks/0", R, "127.0.0.1:3306", None),
                ],
                vec![],
            ),
            (
                "identity not read (old state file): no verdict",
                vec![
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "", 0))),
                    (199, "ks/0", R, "127.0.0.1:3306", Some((M, 1, "", 0))),
                ],
                vec![],
            ),
            (
                "three records, one server",
                vec![
                    (103, "ks/0", R, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
                    (102, "ks/0", R, "localhost:3306", Some((M, 1, "db", 3306))),
                ],
                vec![vec![101, 102, 103]],
            ),
        ];
        for (name, recs, want) in cases {
            assert_eq!(groups(&recs), want, "{name}");
        }
    }

    #[test]
    fn problems_name_every_record_and_the_server_in_every_shard() {
        let (topo, insts) = build(&[
            (101, "ks/-80", P, "10.0.0.1:3306", Some((M, 1, "db1", 3306))),
            (201, "ks/80-", R, "db1:3306", Some((M, 1, "db1", 3306))),
        ]);
        let ps = problems(&duplicate_servers(&topo, &insts));
        let at: Vec<(&str, &str)> =
            ps.iter().map(|p| (p.shard.as_str(), p.alias.as_str())).collect();
        assert_eq!(at, [("-80", "zone1-0000000101"), ("80-", "zone1-0000000201")]);
        for p in &ps {
            assert_eq!(p.code, ProblemCode::DuplicateTabletServer);
            assert!(!p.actionable, "detection only");
            for want in [
                "zone1-0000000101 (ks/-80 PRIMARY, 10.0.0.1:3306)",
                "zone1-0000000201 (ks/80- REPLICA, db1:3306)",
                "MariaDB server_id 1 on db1:3306",
                "ks/-80 and ks/80-",
            ] {
                assert!(p.description.contains(want), "{want} missing: {}", p.description);
            }
        }
        // Both shards are refused, each naming both records; an unrelated shard is not.
        for shard in ["-80", "80-"] {
            let why = refusal(&ps, "ks", shard).expect("refused");
            assert!(why.starts_with("refused: one MySQL server"), "{why}");
            assert!(why.contains("zone1-0000000101") && why.contains("zone1-0000000201"), "{why}");
            assert_eq!(why.matches("one MySQL server").count(), 1, "said once: {why}");
        }
        assert_eq!(refusal(&ps, "ks", "0"), None);
        assert_eq!(refusal(&ps, "other", "-80"), None);
    }

    /// Through `detect`: the REPLICA record on the primary's server looks like a writable
    /// replica; the duplicate is reported first in the shard and that repair says it is refused.
    #[test]
    fn detect_reports_the_duplicate_first_and_says_the_repairs_are_refused() {
        let (mut topo, mut insts) = build(&[
            (101, "ks/0", P, "127.0.0.1:3306", Some((M, 1, "db", 3306))),
            (199, "ks/0", R, "localhost:3306", Some((M, 1, "db", 3306))),
        ]);
        topo.tablets[0].primary_term_start = Some(crate::model::VtTime { seconds: 9, nanos: 0 });
        topo.shards[0].primary_alias = Some(TabletAlias::new("zone1", 101));
        topo.shards[0].primary_term_start = topo.tablets[0].primary_term_start;
        for i in &mut insts {
            i.checked_at_ms = 1_000;
            i.last_seen_ms = 1_000;
        }
        let ps = super::super::detect(&topo, &insts, &Default::default(), 1_000);
        let codes: Vec<(&str, ProblemCode)> =
            ps.iter().map(|p| (p.alias.as_str(), p.code)).collect();
        assert_eq!(
            codes,
            [
                ("zone1-0000000101", ProblemCode::DuplicateTabletServer),
                ("zone1-0000000199", ProblemCode::DuplicateTabletServer),
                ("zone1-0000000199", ProblemCode::ReplicaIsWritable),
            ]
        );
        let fix = &ps[2];
        assert!(fix.actionable, "still taken up by recover, which names the refusal");
        assert!(
            fix.action.starts_with("refused while tablet records of ks/0 share"),
            "{}",
            fix.action
        );
        assert!(refusal(&ps, "ks", "0").is_some());
        // Without the duplicate record, nothing is said about refusals.
        topo.tablets.truncate(1);
        insts.truncate(1);
        let ps = super::super::detect(&topo, &insts, &Default::default(), 1_000);
        assert!(ps.iter().all(|p| p.code != ProblemCode::DuplicateTabletServer), "{ps:?}");
        assert_eq!(refusal(&ps, "ks", "0"), None);
    }
}
