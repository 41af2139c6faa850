//! The Vitess key layout in etcd (vtorc-behaviour.md §8.2) and name validation. No I/O.
//!
//! Every key is `root + "/" + relative`, as Go's `path.Join` builds it for clean roots.

use crate::model::TabletAlias;

/// `root` joined with `rel` (a trailing `/` on the root is ignored, so `/` works as a root).
pub fn join(root: &str, rel: &str) -> String {
    format!("{}/{}", root.trim_end_matches('/'), rel)
}

pub fn cells_prefix(global: &str) -> String {
    join(global, "cells/")
}

pub fn cell_info(global: &str, cell: &str) -> String {
    join(global, &format!("cells/{cell}/CellInfo"))
}

pub fn keyspaces_prefix(global: &str) -> String {
    join(global, "keyspaces/")
}

pub fn keyspace(global: &str, ks: &str) -> String {
    join(global, &format!("keyspaces/{ks}/Keyspace"))
}

pub fn shard(global: &str, ks: &str, shard: &str) -> String {
    join(global, &format!("keyspaces/{ks}/shards/{shard}/Shard"))
}

/// Where shard lock keys live (`.../locks/<leaseID>`), with the trailing slash.
pub fn shard_locks_prefix(global: &str, ks: &str, shard: &str) -> String {
    join(global, &format!("keyspaces/{ks}/shards/{shard}/locks/"))
}

pub fn tablets_prefix(cell_root: &str) -> String {
    join(cell_root, "tablets/")
}

pub fn tablet(cell_root: &str, alias: &TabletAlias) -> String {
    join(cell_root, &format!("tablets/{alias}/Tablet"))
}

pub fn shard_replication(cell_root: &str, ks: &str, shard: &str) -> String {
    join(cell_root, &format!("keyspaces/{ks}/shards/{shard}/ShardReplication"))
}

/// Where vtorc-rs keeps its own shared state: `<G>/vtorc-rs/`, beside `keyspaces/` and `cells/`
/// but under no prefix that Vitess lists or reads (vtorc-behaviour.md §8.2), so Vitess tools
/// never see these keys. The values are small JSON documents, not Vitess records.
pub fn vtorc_rs_prefix(global: &str) -> String {
    join(global, "vtorc-rs/")
}

/// Every shard's anti-flapping block, `<G>/vtorc-rs/blocks/<ks>/<shard>`, with the trailing slash.
pub fn failover_blocks_prefix(global: &str) -> String {
    format!("{}blocks/", vtorc_rs_prefix(global))
}

pub fn failover_block(global: &str, ks: &str, shard: &str) -> String {
    format!("{}{ks}/{shard}", failover_blocks_prefix(global))
}

/// The global `recoveries disable|enable` switch.
pub fn recoveries_disabled(global: &str) -> String {
    format!("{}recoveries_disabled", vtorc_rs_prefix(global))
}

/// What a key under `<G>/keyspaces/` names.
#[derive(Debug, PartialEq, Eq)]
pub enum KeyspaceKey<'a> {
    Keyspace(&'a str),
    Shard(&'a str, &'a str),
    Other,
}

/// Classifies a key of the keyspaces prefix range (VSchema, locks and the like are `Other`).
pub fn classify_keyspace_key<'a>(prefix: &str, key: &'a str) -> KeyspaceKey<'a> {
    let Some(rest) = key.strip_prefix(prefix) else { return KeyspaceKey::Other };
    let parts: Vec<&'a str> = rest.split('/').collect();
    match parts.as_slice() {
        [ks, "Keyspace"] => KeyspaceKey::Keyspace(ks),
        [ks, "shards", shard, "Shard"] => KeyspaceKey::Shard(ks, shard),
        _ => KeyspaceKey::Other,
    }
}

/// The cell name of a `<G>/cells/<cell>/CellInfo` key.
pub fn cell_of_key<'a>(prefix: &str, key: &'a str) -> Option<&'a str> {
    key.strip_prefix(prefix)?.strip_suffix("/CellInfo").filter(|c| !c.contains('/'))
}

/// The alias of a `<C>/tablets/<alias>/Tablet` key.
pub fn alias_of_tablet_key<'a>(prefix: &str, key: &'a str) -> Option<&'a str> {
    key.strip_prefix(prefix)?.strip_suffix("/Tablet").filter(|a| !a.contains('/'))
}

/// Checks a keyspace, shard or cell name: it becomes a path element, so empty names, `/`,
/// whitespace and control characters are refused. `what` names the kind in the message.
pub fn validate_name(what: &str, name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("invalid {what} name {name:?}: empty"));
    }
    if name == "." || name == ".." {
        return Err(format!("invalid {what} name {name:?}: not a path element"));
    }
    if let Some(c) = name.chars().find(|c| *c == '/' || c.is_whitespace() || c.is_control()) {
        return Err(format!("invalid {what} name {name:?}: contains {c:?}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_vitess() {
        let a = TabletAlias::new("zone1", 101);
        assert_eq!(tablet("/vitess/zone1", &a), "/vitess/zone1/tablets/zone1-0000000101/Tablet");
        assert_eq!(
            shard("/vitess/global/", "ks", "-80"),
            "/vitess/global/keyspaces/ks/shards/-80/Shard"
        );
        assert_eq!(cell_info("/", "z"), "/cells/z/CellInfo");
        assert_eq!(
            shard_replication("/vitess/zone1", "ks", "0"),
            "/vitess/zone1/keyspaces/ks/shards/0/ShardReplication"
        );
    }

    #[test]
    fn own_keys_stay_outside_every_vitess_prefix() {
        let g = "/vitess/global";
        let ours = [
            failover_block(g, "ks", "-80"),
            recoveries_disabled(g),
            failover_blocks_prefix(g),
            vtorc_rs_prefix(g),
        ];
        assert_eq!(ours[0], "/vitess/global/vtorc-rs/blocks/ks/-80");
        assert_eq!(ours[1], "/vitess/global/vtorc-rs/recoveries_disabled");
        // The prefixes Vitess ranges over in the global topology (§8.2).
        let vitess = [
            "cells/",
            "cells_aliases/",
            "keyspaces/",
            "internal/",
            "elections/",
            "metadata/",
            "ExternalClusters/",
            "routing_rules/",
            "RoutingRules",
            "ShardRoutingRules",
            "MirrorRules",
        ];
        for k in &ours {
            assert!(k.starts_with(&vtorc_rs_prefix(g)), "{k}");
            for v in vitess {
                assert!(!k.starts_with(&join(g, v)), "{k} is under Vitess's {v}");
            }
        }
    }

    #[test]
    fn classify() {
        let p = keyspaces_prefix("/g");
        assert_eq!(
            classify_keyspace_key(&p, "/g/keyspaces/ks/Keyspace"),
            KeyspaceKey::Keyspace("ks")
        );
        assert_eq!(
            classify_keyspace_key(&p, "/g/keyspaces/ks/shards/-80/Shard"),
            KeyspaceKey::Shard("ks", "-80")
        );
        assert_eq!(classify_keyspace_key(&p, "/g/keyspaces/ks/VSchema"), KeyspaceKey::Other);
        assert_eq!(
            classify_keyspace_key(&p, "/g/keyspaces/ks/shards/0/locks/1"),
            KeyspaceKey::Other
        );
        assert_eq!(cell_of_key("/g/cells/", "/g/cells/zone1/CellInfo"), Some("zone1"));
        assert_eq!(alias_of_tablet_key("/c/tablets/", "/c/tablets/z-1/Tablet"), Some("z-1"));
    }

    #[test]
    fn names() {
        for ok in ["ks", "-80", "80-", "0", "zone_1.a"] {
            assert!(validate_name("keyspace", ok).is_ok(), "{ok}");
        }
        for bad in ["", "a/b", "a b", "a\tb", "a\u{7}", "..", "."] {
            let e = validate_name("shard", bad).unwrap_err();
            assert!(e.contains("shard"), "{e}");
        }
    }
}
