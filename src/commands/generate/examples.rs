//! The EXAMPLES section of each man page, keyed by the page's name. A test fails for a page
//! without one, so a new subcommand gets its examples reviewed with its golden help.

/// (command line, what it does) pairs for the page `name` (`vtorc-rs-topo-add-tablet`).
pub fn for_page(name: &str) -> &'static [(&'static str, &'static str)] {
    match name {
        "vtorc-rs" => &[
            ("vtorc-rs discover && vtorc-rs check", "read the topology, then report problems"),
            ("vtorc-rs --topo_global_server_address etcd1:2379 status", "Vitess flag spellings work"),
            ("vtorc-rs help recover", "the help of one command"),
        ],
        "vtorc-rs-discover" => &[
            ("vtorc-rs discover", "read cells, keyspaces, shards and tablets into the state file"),
            ("vtorc-rs --json --clusters-to-watch commerce discover", "one keyspace, as JSON"),
        ],
        "vtorc-rs-check" => &[
            ("vtorc-rs check", "probe every tablet; exit 1 when there are problems"),
            ("vtorc-rs check --nagios", "one line for Nagios: exit 0/1/2/3 OK/WARNING/CRITICAL/UNKNOWN"),
            ("vtorc-rs --json check | jq '.problems[].code'", "the problem codes"),
        ],
        "vtorc-rs-recover" => &[
            ("vtorc-rs recover --dry-run", "what would be done, step by step; changes nothing"),
            ("vtorc-rs recover", "repair or fail over what needs it, under the shard locks"),
            (
                "vtorc-rs recover --pre-failover-hook '/usr/local/bin/page {failureType} {keyspace}/{shard}'",
                "run a command before a failover (never through a shell)",
            ),
        ],
        "vtorc-rs-planned-reparent" => &[
            ("vtorc-rs planned-reparent commerce/0 --dry-run", "the plan and the chosen REPLICA; changes nothing"),
            ("vtorc-rs planned-reparent commerce/-80 --new-primary zone1-102", "move the primary to zone1-102"),
            ("vtorc-rs planned-reparent commerce/0 --avoid-primary zone1-101", "move it off zone1-101 only if it is there"),
        ],
        "vtorc-rs-emergency-reparent" => &[
            ("vtorc-rs emergency-reparent commerce/0 --dry-run", "the failover plan for a dead primary; changes nothing"),
            ("vtorc-rs emergency-reparent commerce/0 --new-primary zone2-201", "fail over to zone2-201, caught up first"),
        ],
        "vtorc-rs-status" => &[
            ("vtorc-rs status", "what the state file knows; exit 3 when the data is STALE"),
            ("vtorc-rs status --refresh --html /var/www/vtorc.html", "check first, also write a page"),
            ("vtorc-rs --json status | jq .health", "the health word"),
        ],
        "vtorc-rs-watch" => &[
            ("vtorc-rs watch", "probe every 5 s, recover, re-read the topology every 15 s"),
            ("vtorc-rs watch --no-recover --metrics-file /var/lib/node_exporter/vtorc.prom", "detect only, export metrics"),
        ],
        "vtorc-rs-set-durability" => &[
            ("vtorc-rs set-durability commerce semi_sync", "one semi-sync ack per write"),
            ("vtorc-rs set-durability commerce none", "asynchronous replication"),
        ],
        "vtorc-rs-topo" => &[
            ("vtorc-rs topo get-tablets --keyspace commerce", "the tablets of a keyspace"),
            ("vtorc-rs topo get-shard commerce/-80", "a shard record"),
        ],
        "vtorc-rs-topo-add-cell" => &[("vtorc-rs topo add-cell zone1", "register cell zone1 on the global etcd")],
        "vtorc-rs-topo-create-keyspace" => &[(
            "vtorc-rs topo create-keyspace commerce --durability-policy semi_sync",
            "a keyspace vtorc-rs will recover",
        )],
        "vtorc-rs-topo-add-tablet" => &[(
            "vtorc-rs topo add-tablet zone1-101 --keyspace commerce --shard 0 --type primary --mysql-host db1 --mysql-port 3306",
            "register a primary",
        )],
        "vtorc-rs-topo-remove-tablet" => &[("vtorc-rs topo remove-tablet zone1-103", "remove a tablet record")],
        "vtorc-rs-topo-get-tablet" => &[("vtorc-rs --json topo get-tablet zone1-101", "one tablet, as vtctldclient GetTablet prints it")],
        "vtorc-rs-topo-get-tablets" => &[
            ("vtorc-rs topo get-tablets", "every tablet: alias, keyspace, shard, type, MySQL address"),
            ("vtorc-rs topo get-tablets --keyspace commerce --shard -80", "one shard"),
        ],
        "vtorc-rs-topo-get-keyspaces" => &[("vtorc-rs topo get-keyspaces", "keyspaces and their durability policies")],
        "vtorc-rs-topo-get-shard" => &[("vtorc-rs --json topo get-shard commerce/0", "the shard record as JSON")],
        "vtorc-rs-topo-set-shard-primary" => &[
            ("vtorc-rs topo set-shard-primary commerce/0 zone1-102", "name zone1-102 the shard's primary"),
            ("vtorc-rs topo set-shard-primary commerce/0 --clear", "leave the shard without a primary alias"),
        ],
        "vtorc-rs-recoveries" => &[
            ("vtorc-rs recoveries list", "recent recoveries and the switches"),
            ("vtorc-rs recoveries disable", "stop every vtorc-rs host from recovering"),
        ],
        "vtorc-rs-recoveries-list" => &[
            ("vtorc-rs recoveries list --limit 5", "the five newest recoveries"),
            ("vtorc-rs --json recoveries list | jq '.recoveries[0].steps'", "the steps of the newest"),
        ],
        "vtorc-rs-recoveries-disable" => &[
            ("vtorc-rs recoveries disable", "no recovery anywhere (detection goes on)"),
            ("vtorc-rs recoveries disable --keyspace commerce --shard -80", "no failover in one shard"),
        ],
        "vtorc-rs-recoveries-enable" => &[
            ("vtorc-rs recoveries enable", "allow recoveries again"),
            ("vtorc-rs recoveries enable --keyspace commerce", "allow failovers in a keyspace again"),
        ],
        "vtorc-rs-ack" => &[("vtorc-rs ack commerce/-80", "lift the failover block after a failover")],
        _ => &[],
    }
}
