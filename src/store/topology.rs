//! The topology mirror: cells, keyspaces, shards and tablets as `discover` last read them from
//! etcd. Does SQLite I/O. Tablets are diffed against the stored rows so an unchanged tablet
//! costs one comparison, not a write (10,000 tablets save in one transaction).

use super::{Store, StoreError};
use crate::model::{
    Cell, ClusterFilter, Keyspace, Shard, Tablet, TabletAlias, TabletType, Topology, VtTime,
};
use rusqlite::{params, Connection, Row};
use serde::Serialize;
use std::collections::HashMap;

/// meta key holding the unix ms of the last `save_topology`.
const REFRESHED_KEY: &str = "topology_refreshed_ms";

/// How the tablet set changed in one `save_topology`, as sorted zero-padded aliases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TopoDiff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl TopoDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

impl Store {
    /// Replaces the stored topology with `topo` in one transaction and records `now_ms` as the
    /// refresh time. Probe snapshots of tablets not in `topo` are dropped.
    /// Makes the stored topology look as old as it gets, so the next command re-reads etcd.
    pub fn mark_topology_stale(&mut self) -> Result<(), StoreError> {
        if self.meta_get(REFRESHED_KEY)?.is_some() {
            self.meta_set(REFRESHED_KEY, "0")?;
        }
        Ok(())
    }

    pub fn save_topology(&mut self, topo: &Topology, now_ms: i64) -> Result<TopoDiff, StoreError> {
        self.write("save topology", |c| save(c, topo, now_ms))
    }

    /// [`Store::save_topology`] for a read limited to `scope` (`--clusters-to-watch`): what lies
    /// outside the scope stays as stored, and the refresh time is left alone (the other shards
    /// were not read now), so an unscoped command still refreshes them when due. A scope limits
    /// what a command analyses, never what the shared state file holds.
    pub fn save_topology_scoped(
        &mut self,
        topo: &Topology,
        scope: &ClusterFilter,
        now_ms: i64,
    ) -> Result<TopoDiff, StoreError> {
        if scope.is_all() {
            return self.save_topology(topo, now_ms);
        }
        let (mut merged, refreshed) = self.load_topology()?.unwrap_or_default();
        merged.keyspaces.retain(|k| !topo.keyspaces.iter().any(|n| n.name == k.name));
        merged.keyspaces.extend(topo.keyspaces.iter().cloned());
        merged.keyspaces.sort_by(|a, b| a.name.cmp(&b.name));
        merged.cells.retain(|c| !topo.cells.iter().any(|n| n.name == c.name));
        merged.cells.extend(topo.cells.iter().cloned());
        merged.shards.retain(|s| !scope.matches(&s.keyspace, &s.name));
        merged.shards.extend(topo.shards.iter().cloned());
        merged.tablets.retain(|t| !scope.matches(&t.keyspace, &t.shard));
        merged.tablets.extend(topo.tablets.iter().cloned());
        self.write("save topology", |c| save(c, &merged, refreshed))
    }

    /// The stored topology (sorted: cells and keyspaces by name, shards by keyspace/name,
    /// tablets by alias) and when it was refreshed; None when nothing was ever discovered.
    pub fn load_topology(&self) -> Result<Option<(Topology, i64)>, StoreError> {
        let Some(refreshed) = self.meta_get(REFRESHED_KEY)? else { return Ok(None) };
        let refreshed_ms: i64 = refreshed
            .parse()
            .map_err(|_| self.corrupt(format!("meta {REFRESHED_KEY} = {refreshed:?}")))?;
        let err = self.read_err("load topology");
        let c = &self.conn;
        let cells = c
            .prepare_cached("SELECT name, server_address, root FROM cells ORDER BY name")
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(Cell { name: r.get(0)?, server_address: r.get(1)?, root: r.get(2)? })
                })?
                .collect::<Result<Vec<_>, _>>()
            })
            .map_err(&err)?;
        let keyspaces = c
            .prepare_cached(
                "SELECT name, keyspace_type, durability_policy, disable_emergency_reparent
                 FROM keyspaces ORDER BY name",
            )
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(Keyspace {
                        name: r.get(0)?,
                        keyspace_type: r.get(1)?,
                        durability_policy: r.get(2)?,
                        disable_emergency_reparent: r.get(3)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()
            })
            .map_err(&err)?;
        let raw_shards = c
            .prepare_cached(
                "SELECT keyspace, name, primary_alias, primary_term_s, primary_term_ns,
                        disable_emergency_reparent
                 FROM shards ORDER BY keyspace, name",
            )
            .and_then(|mut st| {
                st.query_map([], |r| {
                    let shard = Shard {
                        keyspace: r.get(0)?,
                        name: r.get(1)?,
                        primary_alias: None,
                        primary_term_start: vt_time(r, 3)?,
                        disable_emergency_reparent: r.get(5)?,
                    };
                    Ok((shard, r.get::<_, Option<String>>(2)?))
                })?
                .collect::<Result<Vec<_>, _>>()
            })
            .map_err(&err)?;
        let mut shards = Vec::with_capacity(raw_shards.len());
        for (mut shard, alias) in raw_shards {
            if let Some(a) = alias {
                let parsed = a.parse::<TabletAlias>().map_err(|e| {
                    self.corrupt(format!("shard {}/{} primary: {e}", shard.keyspace, shard.name))
                })?;
                shard.primary_alias = Some(parsed);
            }
            shards.push(shard);
        }
        let tablets = read_tablets(c).map_err(&err)?;
        Ok(Some((Topology { cells, keyspaces, shards, tablets }, refreshed_ms)))
    }
}

fn vt_time(r: &Row, first: usize) -> rusqlite::Result<Option<VtTime>> {
    let s: Option<i64> = r.get(first)?;
    let ns: Option<i32> = r.get(first + 1)?;
    Ok(s.map(|seconds| VtTime { seconds, nanos: ns.unwrap_or(0) }))
}

fn read_tablets(c: &Connection) -> rusqlite::Result<Vec<Tablet>> {
    let mut st = c.prepare_cached(
        "SELECT cell, uid, hostname, keyspace, shard, type_value, mysql_hostname, mysql_port,
                primary_term_s, primary_term_ns
         FROM tablets ORDER BY cell, uid",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Tablet {
            alias: TabletAlias { cell: r.get(0)?, uid: r.get(1)? },
            hostname: r.get(2)?,
            keyspace: r.get(3)?,
            shard: r.get(4)?,
            type_value: r.get(5)?,
            mysql_hostname: r.get(6)?,
            mysql_port: r.get(7)?,
            primary_term_start: vt_time(r, 8)?,
        })
    })?;
    rows.collect()
}

fn save(c: &Connection, topo: &Topology, now_ms: i64) -> rusqlite::Result<TopoDiff> {
    // Cells, keyspaces and shards number in the hundreds at most: rewrite them.
    c.execute_batch("DELETE FROM cells; DELETE FROM keyspaces; DELETE FROM shards;")?;
    let mut st = c.prepare_cached("INSERT OR REPLACE INTO cells VALUES (?1, ?2, ?3)")?;
    for cell in &topo.cells {
        st.execute(params![cell.name, cell.server_address, cell.root])?;
    }
    let mut st = c.prepare_cached("INSERT OR REPLACE INTO keyspaces VALUES (?1, ?2, ?3, ?4)")?;
    for k in &topo.keyspaces {
        st.execute(params![
            k.name,
            k.keyspace_type,
            k.durability_policy,
            k.disable_emergency_reparent
        ])?;
    }
    let mut st =
        c.prepare_cached("INSERT OR REPLACE INTO shards VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for s in &topo.shards {
        st.execute(params![
            s.keyspace,
            s.name,
            s.primary_alias.as_ref().map(|a| a.to_string()),
            s.primary_term_start.map(|t| t.seconds),
            s.primary_term_start.map(|t| t.nanos),
            s.disable_emergency_reparent
        ])?;
    }

    let mut old: HashMap<String, Tablet> =
        read_tablets(c)?.into_iter().map(|t| (t.alias.to_string(), t)).collect();
    let mut diff = TopoDiff::default();
    let mut upsert = c.prepare_cached(
        "INSERT OR REPLACE INTO tablets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut seen = std::collections::HashSet::with_capacity(topo.tablets.len());
    for t in &topo.tablets {
        let alias = t.alias.to_string();
        if !seen.insert(alias.clone()) {
            continue; // the same alias twice in one read: keep the first, as etcd keys are unique
        }
        match old.remove(&alias) {
            Some(prev) if prev == *t => continue,
            Some(_) => diff.changed.push(alias.clone()),
            None => diff.added.push(alias.clone()),
        }
        let type_name = TabletType::from_i32(t.type_value).map(TabletType::as_str);
        upsert.execute(params![
            alias,
            t.alias.cell,
            t.alias.uid,
            t.hostname,
            t.keyspace,
            t.shard,
            t.type_value,
            type_name.map_or_else(|| format!("UNKNOWN({})", t.type_value), str::to_string),
            t.mysql_hostname,
            t.mysql_port,
            t.primary_term_start.map(|v| v.seconds),
            t.primary_term_start.map(|v| v.nanos),
        ])?;
    }
    let mut del_tablet = c.prepare_cached("DELETE FROM tablets WHERE alias = ?1")?;
    for alias in old.into_keys() {
        del_tablet.execute([&alias])?;
        diff.removed.push(alias);
    }
    // A snapshot of a tablet the topology no longer has would be analysed as a ghost.
    c.execute("DELETE FROM instances WHERE alias NOT IN (SELECT alias FROM tablets)", [])?;
    c.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![REFRESHED_KEY, now_ms.to_string()],
    )?;
    diff.added.sort();
    diff.changed.sort();
    diff.removed.sort();
    Ok(diff)
}
