//! The Vitess topology in etcd: the JSON-gateway client (`etcd`), records in Vitess's protobuf
//! wire format with unknown fields kept (`wire`, `records`), the key layout (`keys`) and the
//! shard lock (`lock`), and vtorc-rs's own shared gates (`gates`). This module is the high-level API the commands use; it does I/O (etcd).
//!
//! Reads never go one call per tablet: the whole topology is three kinds of prefix ranges
//! (cells, keyspaces, and one `<cell root>/tablets/` per cell). Writes are read-modify-write
//! loops guarded by a compare on the key's mod_revision, retried when someone else wrote first.
//! The clock is never read here for topology data: callers pass `now` in.

pub mod connect;
pub mod etcd;
pub mod gates;
pub mod keys;
pub mod lock;
pub mod records;
pub mod wire;

pub use connect::EtcdOptions;
pub use etcd::{EtcdStats, TopoError};
pub use gates::{FailoverBlock, RecoveriesSwitch};
pub use lock::{LockHolder, ShardLock};

use crate::model::{
    Cell, ClusterFilter, Keyspace, Shard, Tablet, TabletAlias, TabletType, Topology, VtTime,
};
use etcd::{Etcd, Kv};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use wire::{Record, WireError};

/// How many times a read-modify-write retries after losing a compare-and-swap.
pub(crate) const CAS_RETRIES: usize = 20;

/// What `read_topology` found, plus the records it had to skip.
#[derive(Debug, Clone, Default)]
pub struct TopoRead {
    pub topology: Topology,
    /// (etcd key, message) of each record that could not be read or decoded, or cannot be used
    /// as written (see [`InvalidTablet`]), of each Shard record whose primary names no tablet
    /// record, and of each cell whose etcd could not be reached. Everything else was still read.
    pub errors: Vec<(String, String)>,
    /// Tablet records that decoded but cannot be what they say; they are in `errors` too and
    /// not in `topology`, so they are never probed nor acted on.
    pub invalid_tablets: Vec<InvalidTablet>,
}

/// A tablet record whose alias is not the one in its key, or whose MySQL port is outside
/// 1-65535. Such a record cannot be trusted to describe a server: probing the address would
/// attribute someone else's server to it, and keeping the alias would shadow the real tablet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidTablet {
    pub key: String,
    /// As decoded (its keyspace and shard say which shard cannot be fully analysed).
    pub tablet: Tablet,
    pub reason: String,
}

/// Why a decoded tablet record stored under `key_alias` cannot be used, if it cannot.
pub fn invalid_tablet_reason(key_alias: &str, t: &Tablet) -> Option<String> {
    let mut why = Vec::new();
    // `zone1-199` and `zone1-0000000199` are one alias.
    if key_alias.parse::<TabletAlias>().ok().as_ref() != Some(&t.alias) {
        why.push(format!("its alias {} differs from the alias in its key ({key_alias})", t.alias));
    }
    if !(1..=65535).contains(&t.mysql_port) {
        why.push(format!("its MySQL port {} is outside 1-65535", t.mysql_port));
    }
    (!why.is_empty()).then(|| {
        format!(
            "invalid tablet record ({}/{} {}): {}; never probed nor acted on, and recoveries in {}/{} are refused until it is fixed",
            t.keyspace,
            t.shard,
            t.tablet_type(),
            why.join(" and "),
            t.keyspace,
            t.shard
        )
    })
}

/// Client of the global topology (and, through CellInfo, of each cell's).
pub struct Topo {
    pub global_root: String,
    /// TLS and authentication, for the cells' clients too (Vitess uses one set of flags).
    options: EtcdOptions,
    global: Arc<Etcd>,
    /// Cell name -> its CellInfo and the client of the etcd it lives in (cached per address).
    cells: Mutex<HashMap<String, (Cell, Arc<Etcd>)>>,
    /// Clients of other etcd clusters, by their server_address.
    clients: Mutex<HashMap<String, Arc<Etcd>>>,
}

fn wire_err(key: &str, e: WireError) -> TopoError {
    TopoError::Decode { key: key.to_string(), reason: e.to_string() }
}

/// Refuses a name that cannot be a path element (see `keys::validate_name`).
pub(crate) fn invalid(what: &str, name: &str) -> Result<(), TopoError> {
    keys::validate_name(what, name)
        .map_err(|reason| TopoError::Invalid { key: name.into(), reason })
}

impl Topo {
    pub fn new(endpoints: &[String], global_root: &str, options: EtcdOptions) -> Topo {
        Topo {
            global_root: global_root.to_string(),
            global: Arc::new(Etcd::with_options(endpoints, &options)),
            options,
            cells: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// The global etcd client (for lower-level access and the lock).
    pub fn global(&self) -> &Arc<Etcd> {
        &self.global
    }

    /// Request counters summed over the global client and every cell client used.
    pub fn stats(&self) -> EtcdStats {
        let mut s = self.global.stats();
        if let Ok(clients) = self.clients.lock() {
            for c in clients.values() {
                let t = c.stats();
                s.requests += t.requests;
                s.prefix_ranges += t.prefix_ranges;
                s.range_pages += t.range_pages;
            }
        }
        s
    }

    /// The client of the etcd at `server_address`: the global one when it names the same
    /// endpoints (or is empty), else a cached client of its own.
    fn client_for(&self, server_address: &str) -> Arc<Etcd> {
        if server_address.trim().is_empty() || self.global.same_endpoints(server_address) {
            return self.global.clone();
        }
        let Ok(mut clients) = self.clients.lock() else {
            return Arc::new(Etcd::with_options(
                &etcd::split_endpoints(server_address),
                &self.options,
            ));
        };
        clients
            .entry(server_address.to_string())
            .or_insert_with(|| {
                Arc::new(Etcd::with_options(&etcd::split_endpoints(server_address), &self.options))
            })
            .clone()
    }

    fn remember_cell(&self, cell: &Cell) -> Arc<Etcd> {
        let client = self.client_for(&cell.server_address);
        if let Ok(mut cells) = self.cells.lock() {
            cells.insert(cell.name.clone(), (cell.clone(), client.clone()));
        }
        client
    }

    /// A cell's CellInfo and the client of its etcd. NotFound names the CellInfo key.
    pub fn cell(&self, name: &str) -> Result<(Cell, Arc<Etcd>), TopoError> {
        invalid("cell", name)?;
        if let Some(c) = self.cells.lock().ok().and_then(|c| c.get(name).cloned()) {
            return Ok(c);
        }
        let key = keys::cell_info(&self.global_root, name);
        let kv = self.global.get(&key)?.ok_or(TopoError::NotFound { key: key.clone() })?;
        let cell = records::decode_cell_info(&key, name, &kv.value)?;
        let client = self.remember_cell(&cell);
        Ok((cell, client))
    }

    /// Every cell (one prefix range). Records that fail to decode go to `errors`.
    pub fn list_cells(&self, errors: &mut Vec<(String, String)>) -> Result<Vec<Cell>, TopoError> {
        let prefix = keys::cells_prefix(&self.global_root);
        let mut cells = Vec::new();
        for kv in self.global.range_prefix(&prefix, false)? {
            let Some(name) = keys::cell_of_key(&prefix, &kv.key) else { continue };
            match records::decode_cell_info(&kv.key, name, &kv.value) {
                Ok(c) => {
                    self.remember_cell(&c);
                    cells.push(c);
                }
                Err(e) => errors.push((kv.key.clone(), e.to_string())),
            }
        }
        Ok(cells)
    }

    /// Reads cells, keyspaces, shards and tablets matching `filter`. Uses one prefix range for
    /// the cells, one for the keyspaces and shards, and one `<cell root>/tablets/` range per
    /// cell. Undecodable records and unreachable cells are reported in `errors` and skipped;
    /// only a failure of the global etcd is an error.
    pub fn read_topology(&self, filter: &ClusterFilter) -> Result<TopoRead, TopoError> {
        let mut errors = Vec::new();
        let mut topo = Topology { cells: self.list_cells(&mut errors)?, ..Default::default() };

        let prefix = keys::keyspaces_prefix(&self.global_root);
        for kv in self.global.range_prefix(&prefix, false)? {
            match keys::classify_keyspace_key(&prefix, &kv.key) {
                keys::KeyspaceKey::Keyspace(ks) if filter.matches_keyspace(ks) => {
                    match records::decode_keyspace(&kv.key, ks, &kv.value) {
                        Ok((k, _)) => topo.keyspaces.push(k),
                        Err(e) => errors.push((kv.key.clone(), e.to_string())),
                    }
                }
                keys::KeyspaceKey::Shard(ks, shard) if filter.matches(ks, shard) => {
                    match records::decode_shard(&kv.key, ks, shard, &kv.value) {
                        Ok((s, _)) => topo.shards.push(s),
                        Err(e) => errors.push((kv.key.clone(), e.to_string())),
                    }
                }
                _ => {}
            }
        }

        let mut read = TopoRead { topology: topo, errors, invalid_tablets: Vec::new() };
        let all_aliases = self.read_tablets(&mut read, filter);
        self.dangling_shard_primaries(&mut read, &all_aliases);
        let topo = &mut read.topology;
        topo.cells.sort_by(|a, b| a.name.cmp(&b.name));
        topo.keyspaces.sort_by(|a, b| a.name.cmp(&b.name));
        topo.shards.sort_by(|a, b| (&a.keyspace, &a.name).cmp(&(&b.keyspace, &b.name)));
        topo.tablets.sort_by(|a, b| a.alias.cmp(&b.alias));
        Ok(read)
    }

    /// Every cell's tablets (one prefix range each) into `read`; records that fail to decode,
    /// or decode but are invalid, go to its errors. Returns the aliases of every record that
    /// decoded, whatever the filter (a shard's primary may be recorded in an unwatched shard),
    /// or None when a cell could not be read (then a missing tablet proves nothing).
    fn read_tablets(
        &self,
        read: &mut TopoRead,
        filter: &ClusterFilter,
    ) -> Option<std::collections::HashSet<TabletAlias>> {
        let mut all = std::collections::HashSet::new();
        let mut complete = true;
        for cell in &read.topology.cells {
            let client = self.client_for(&cell.server_address);
            let prefix = keys::tablets_prefix(&cell.root);
            let kvs = match client.range_prefix(&prefix, false) {
                Ok(kvs) => kvs,
                Err(e) => {
                    read.errors.push((prefix.clone(), format!("cell {}: {e}", cell.name)));
                    complete = false;
                    continue;
                }
            };
            for kv in kvs {
                let Some(key_alias) = keys::alias_of_tablet_key(&prefix, &kv.key) else {
                    continue;
                };
                let t = match records::decode_tablet(&kv.key, &kv.value) {
                    Ok((t, _)) => t,
                    Err(e) => {
                        read.errors.push((kv.key.clone(), e.to_string()));
                        continue;
                    }
                };
                all.insert(t.alias.clone());
                if !filter.matches(&t.keyspace, &t.shard) {
                    continue;
                }
                match invalid_tablet_reason(key_alias, &t) {
                    None => read.topology.tablets.push(t),
                    Some(reason) => {
                        read.errors.push((kv.key.clone(), reason.clone()));
                        read.invalid_tablets.push(InvalidTablet {
                            key: kv.key.clone(),
                            tablet: t,
                            reason,
                        });
                    }
                }
            }
        }
        complete.then_some(all)
    }

    /// Shard records whose primary_alias names no tablet record at all. The record is still
    /// used as read: as in VTOrc, the analysis takes the primary from the tablet records (and a
    /// shard with a term but no PRIMARY tablet is `PrimaryTabletDeleted`); this only makes sure
    /// the inconsistency is reported with the Shard record's key.
    fn dangling_shard_primaries(
        &self,
        read: &mut TopoRead,
        all_aliases: &Option<std::collections::HashSet<TabletAlias>>,
    ) {
        let Some(all) = all_aliases else { return };
        for s in &read.topology.shards {
            let Some(a) = s.primary_alias.as_ref().filter(|a| !all.contains(a)) else { continue };
            read.errors.push((
                keys::shard(&self.global_root, &s.keyspace, &s.name),
                format!(
                    "shard record {}/{} names primary {a}, which has no tablet record (the record is still read: the primary is taken from the tablet records)",
                    s.keyspace, s.name
                ),
            ));
        }
    }

    /// Read-modify-write of one record with a compare on mod_revision, retried on conflict.
    /// `edit` runs on a fresh read each attempt; nothing is written when the bytes come out
    /// unchanged. Returns the value as written (or as found).
    fn update_record<T: Clone>(
        &self,
        client: &Etcd,
        key: &str,
        decode: impl Fn(&Kv) -> Result<(T, Record), TopoError>,
        apply: impl Fn(&mut Record, &T) -> Result<(), WireError>,
        edit: &mut dyn FnMut(&mut T),
    ) -> Result<T, TopoError> {
        for _ in 0..CAS_RETRIES {
            let kv = client.get(key)?.ok_or_else(|| TopoError::NotFound { key: key.into() })?;
            let (mut value, mut rec) = decode(&kv)?;
            edit(&mut value);
            apply(&mut rec, &value).map_err(|e| wire_err(key, e))?;
            let bytes = rec.encode();
            if bytes == kv.value {
                return Ok(value);
            }
            match client.update(key, &bytes, kv.mod_revision) {
                Ok(_) => return Ok(value),
                Err(TopoError::BadVersion { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(TopoError::BadVersion { key: key.into() })
    }

    pub fn get_keyspace(&self, ks: &str) -> Result<Keyspace, TopoError> {
        invalid("keyspace", ks)?;
        let key = keys::keyspace(&self.global_root, ks);
        let kv = self.global.get(&key)?.ok_or(TopoError::NotFound { key: key.clone() })?;
        Ok(records::decode_keyspace(&key, ks, &kv.value)?.0)
    }

    pub fn get_shard(&self, ks: &str, shard: &str) -> Result<Shard, TopoError> {
        invalid("keyspace", ks)?;
        invalid("shard", shard)?;
        let key = keys::shard(&self.global_root, ks, shard);
        let kv = self.global.get(&key)?.ok_or(TopoError::NotFound { key: key.clone() })?;
        Ok(records::decode_shard(&key, ks, shard, &kv.value)?.0)
    }

    pub fn get_tablet(&self, alias: &TabletAlias) -> Result<Tablet, TopoError> {
        let (cell, client) = self.cell(&alias.cell)?;
        let key = keys::tablet(&cell.root, alias);
        let kv = client.get(&key)?.ok_or(TopoError::NotFound { key: key.clone() })?;
        Ok(records::decode_tablet(&key, &kv.value)?.0)
    }

    /// Changes a keyspace record through `edit`, keeping unknown fields.
    pub fn update_keyspace(
        &self,
        ks: &str,
        mut edit: impl FnMut(&mut Keyspace),
    ) -> Result<Keyspace, TopoError> {
        invalid("keyspace", ks)?;
        let key = keys::keyspace(&self.global_root, ks);
        self.update_record(
            &self.global,
            &key,
            |kv| records::decode_keyspace(&kv.key, ks, &kv.value),
            records::apply_keyspace,
            &mut edit,
        )
    }

    /// Changes a shard record through `edit`, keeping unknown fields. Takes no lock (as
    /// Vitess's UpdateShardFields): callers that need exclusion hold the shard lock.
    pub fn update_shard(
        &self,
        ks: &str,
        shard: &str,
        mut edit: impl FnMut(&mut Shard),
    ) -> Result<Shard, TopoError> {
        invalid("keyspace", ks)?;
        invalid("shard", shard)?;
        let key = keys::shard(&self.global_root, ks, shard);
        self.update_record(
            &self.global,
            &key,
            |kv| records::decode_shard(&kv.key, ks, shard, &kv.value),
            records::apply_shard,
            &mut edit,
        )
    }

    /// Changes a tablet record through `edit`, keeping unknown fields (port_map, tags...).
    // Used by recovery (TER-style topo writes), which is built in parallel.
    #[allow(dead_code)]
    pub fn update_tablet(
        &self,
        alias: &TabletAlias,
        mut edit: impl FnMut(&mut Tablet),
    ) -> Result<Tablet, TopoError> {
        let (cell, client) = self.cell(&alias.cell)?;
        let key = keys::tablet(&cell.root, alias);
        self.update_record(
            &client,
            &key,
            |kv| records::decode_tablet(&kv.key, &kv.value),
            records::apply_tablet,
            &mut edit,
        )
    }

    /// Creates a keyspace record. NodeExists when it is already there.
    pub fn create_keyspace(&self, ks: &str, durability_policy: &str) -> Result<(), TopoError> {
        invalid("keyspace", ks)?;
        let key = keys::keyspace(&self.global_root, ks);
        let mut rec = Record::new();
        let k = Keyspace {
            name: ks.into(),
            keyspace_type: 0,
            durability_policy: durability_policy.into(),
            disable_emergency_reparent: false,
        };
        records::apply_keyspace(&mut rec, &k).map_err(|e| wire_err(&key, e))?;
        self.global.create(&key, &rec.encode(), 0).map(|_| ())
    }

    /// Creates a CellInfo record. NodeExists when the cell is already there.
    pub fn add_cell(&self, cell: &Cell) -> Result<(), TopoError> {
        invalid("cell", &cell.name)?;
        let key = keys::cell_info(&self.global_root, &cell.name);
        self.global.create(&key, &records::encode_cell_info(cell), 0)?;
        self.remember_cell(cell);
        Ok(())
    }

    /// Registers a tablet as vtctld's InitTablet would: the keyspace and cell must exist; the
    /// Shard record is created when missing, the tablet is added to the cell's
    /// ShardReplication, and a PRIMARY gets `primary_term_start = now` and becomes the
    /// shard's primary with that term. Returns the tablet as written.
    pub fn add_tablet(&self, tablet: &Tablet, now: VtTime) -> Result<Tablet, TopoError> {
        invalid("keyspace", &tablet.keyspace)?;
        invalid("shard", &tablet.shard)?;
        self.get_keyspace(&tablet.keyspace)?;
        let (cell, client) = self.cell(&tablet.alias.cell)?;
        let (ks, shard) = (tablet.keyspace.as_str(), tablet.shard.as_str());

        let shard_key = keys::shard(&self.global_root, ks, shard);
        match self.global.create(&shard_key, &records::new_shard(shard).encode(), 0) {
            Ok(_) | Err(TopoError::NodeExists { .. }) => {}
            Err(e) => return Err(e),
        }

        let mut t = tablet.clone();
        let primary = t.tablet_type() == TabletType::Primary;
        t.primary_term_start = primary.then_some(now);
        let tkey = keys::tablet(&cell.root, &t.alias);
        let rec = records::new_tablet(&t).map_err(|e| wire_err(&tkey, e))?;
        client.create(&tkey, &rec.encode(), 0)?;

        self.add_replication_node(&client, &cell.root, ks, shard, &t.alias)?;
        if primary {
            self.update_shard(ks, shard, |s| {
                s.primary_alias = Some(t.alias.clone());
                s.primary_term_start = Some(now);
            })?;
        }
        Ok(t)
    }

    fn add_replication_node(
        &self,
        client: &Etcd,
        root: &str,
        ks: &str,
        shard: &str,
        alias: &TabletAlias,
    ) -> Result<(), TopoError> {
        let key = keys::shard_replication(root, ks, shard);
        for _ in 0..CAS_RETRIES {
            let found = client.get(&key)?;
            let mut rec = match &found {
                Some(kv) => Record::decode(&kv.value).map_err(|e| wire_err(&key, e))?,
                None => Record::new(),
            };
            if !records::add_replication_node(&key, &mut rec, alias)? {
                return Ok(());
            }
            let res = match &found {
                Some(kv) => client.update(&key, &rec.encode(), kv.mod_revision),
                None => client.create(&key, &rec.encode(), 0),
            };
            match res {
                Ok(_) => return Ok(()),
                Err(TopoError::BadVersion { .. } | TopoError::NodeExists { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(TopoError::BadVersion { key })
    }

    /// Deletes a tablet record and drops it from its cell's ShardReplication. A tablet that is
    /// its shard's primary is refused unless `allow_primary`; then, as vtctld's DeleteTablets
    /// does, the shard's primary_alias is cleared and its term set to `now`, which is what
    /// makes VTOrc see PrimaryTabletDeleted. Returns the removed tablet.
    pub fn remove_tablet(
        &self,
        alias: &TabletAlias,
        allow_primary: bool,
        now: VtTime,
    ) -> Result<Tablet, TopoError> {
        let (cell, client) = self.cell(&alias.cell)?;
        let tkey = keys::tablet(&cell.root, alias);
        let kv = client.get(&tkey)?.ok_or(TopoError::NotFound { key: tkey.clone() })?;
        let (t, _) = records::decode_tablet(&tkey, &kv.value)?;
        let shard = self.get_shard(&t.keyspace, &t.shard).ok();
        let is_primary = shard.as_ref().and_then(|s| s.primary_alias.as_ref()) == Some(alias)
            || t.tablet_type() == TabletType::Primary;
        if is_primary && !allow_primary {
            return Err(TopoError::Invalid {
                key: tkey,
                reason: format!(
                    "{alias} is the primary of {}/{}; pass --allow-primary to remove it anyway",
                    t.keyspace, t.shard
                ),
            });
        }
        client.delete_if(&tkey, kv.mod_revision)?;

        let rkey = keys::shard_replication(&cell.root, &t.keyspace, &t.shard);
        for attempt in 0..=CAS_RETRIES {
            if attempt == CAS_RETRIES {
                return Err(TopoError::BadVersion { key: rkey });
            }
            let Some(kv) = client.get(&rkey)? else { break };
            let mut rec = Record::decode(&kv.value).map_err(|e| wire_err(&rkey, e))?;
            if !records::remove_replication_node(&mut rec, alias) {
                break;
            }
            let res = if rec.is_empty() {
                client.delete_if(&rkey, kv.mod_revision)
            } else {
                client.update(&rkey, &rec.encode(), kv.mod_revision).map(|_| ())
            };
            match res {
                Ok(()) => break,
                Err(TopoError::BadVersion { .. }) => continue,
                Err(e) => return Err(e),
            }
        }

        if shard.as_ref().and_then(|s| s.primary_alias.as_ref()) == Some(alias) {
            self.update_shard(&t.keyspace, &t.shard, |s| {
                if s.primary_alias.as_ref() == Some(alias) {
                    s.primary_alias = None;
                    s.primary_term_start = Some(now);
                }
            })?;
        }
        Ok(t)
    }
}

/// The `VtTime` of a Unix-milliseconds clock reading.
pub fn vttime_from_ms(now_ms: i64) -> VtTime {
    VtTime::from_unix_nanos(i128::from(now_ms) * 1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tablet(alias: &str, port: i32) -> Tablet {
        Tablet {
            alias: alias.parse().expect("alias"),
            hostname: "h".into(),
            keyspace: "ks".into(),
            shard: "0".into(),
            type_value: TabletType::Primary as i32,
            mysql_hostname: "127.0.0.1".into(),
            mysql_port: port,
            primary_term_start: None,
        }
    }

    #[test]
    fn invalid_tablet_records() {
        let cases = [
            ("zone1-0000000101", "zone1-101", 3306, None),
            // Vitess writes the padded form, but both spell one alias.
            ("zone1-101", "zone1-101", 65535, None),
            ("zone1-0000000199", "zone1-102", 3306, Some("its alias zone1-0000000102 differs from the alias in its key (zone1-0000000199)")),
            ("zone2-0000000101", "zone1-101", 3306, Some("differs from the alias in its key")),
            ("not-an-alias!", "zone1-101", 3306, Some("differs from the alias in its key (not-an-alias!)")),
            ("zone1-101", "zone1-101", 0, Some("its MySQL port 0 is outside 1-65535")),
            ("zone1-101", "zone1-101", 65536, Some("its MySQL port 65536 is outside 1-65535")),
            ("zone1-101", "zone1-101", -1, Some("its MySQL port -1 is outside 1-65535")),
            ("zone1-0000000199", "zone1-101", 70000, Some("(zone1-0000000199) and its MySQL port 70000")),
        ];
        for (key, alias, port, want) in cases {
            let got = invalid_tablet_reason(key, &tablet(alias, port));
            match want {
                None => assert_eq!(got, None, "{key} {alias} {port}"),
                Some(w) => {
                    let g = got.unwrap_or_else(|| panic!("{key} {alias} {port}: not invalid"));
                    assert!(g.contains(w), "{g}");
                    assert!(g.starts_with("invalid tablet record (ks/0 PRIMARY): "), "{g}");
                }
            }
        }
    }
}
