//! A small state (test only) shared by the renderers' unit tests: keyspace `commerce` with a
//! healthy-looking shard `0` whose replica is broken, keyspace `<b>evil</b>` without a policy
//! and with hostile strings everywhere MySQL or etcd could put them, one failover with steps.

use super::view::{build, StatusInputs, StatusView};
use crate::model::*;
use crate::store::{Block, DetectionRow, GlobalGate, RecoveryRecord, RecoveryStep};

pub const NOW: i64 = 1_700_000_100_000;
pub const XSS: &str = "<script>alert(1)</script>";

pub struct Sample {
    pub topo: Topology,
    pub instances: Vec<InstanceState>,
    pub detections: Vec<DetectionRow>,
    pub recoveries: Vec<RecoveryRecord>,
    pub blocks: Vec<Block>,
    pub gate: GlobalGate,
    pub filter: ClusterFilter,
}

fn tablet(
    cell: &str,
    uid: u32,
    ks: &str,
    shard: &str,
    t: TabletType,
    host: &str,
    port: i32,
) -> Tablet {
    Tablet {
        alias: TabletAlias::new(cell, uid),
        hostname: host.into(),
        keyspace: ks.into(),
        shard: shard.into(),
        type_value: t as i32,
        mysql_hostname: host.into(),
        mysql_port: port,
        primary_term_start: (t == TabletType::Primary)
            .then_some(VtTime { seconds: 1_600_000_000, nanos: 0 }),
    }
}

fn detection(id: i64, ks: &str, shard: &str, alias: &str, code: &str, desc: &str) -> DetectionRow {
    DetectionRow {
        id,
        keyspace: ks.into(),
        shard: shard.into(),
        alias: alias.into(),
        code: code.into(),
        priority: 2,
        description: desc.into(),
        action: "fix-replica".into(),
        actionable: true,
        first_seen_ms: NOW - 30_000,
        last_seen_ms: NOW - 2_000,
        cleared_ms: None,
    }
}

impl Sample {
    pub fn new() -> Sample {
        let mut evil = tablet("zone1", 201, "evil", "0", TabletType::Replica, XSS, 3307);
        evil.hostname = "host\"'&<>".into();
        let topo = Topology {
            cells: vec![],
            keyspaces: vec![
                Keyspace {
                    name: "commerce".into(),
                    keyspace_type: 0,
                    durability_policy: "semi_sync".into(),
                    disable_emergency_reparent: false,
                },
                Keyspace {
                    name: "evil".into(),
                    keyspace_type: 0,
                    durability_policy: String::new(),
                    disable_emergency_reparent: true,
                },
            ],
            shards: vec![Shard {
                keyspace: "commerce".into(),
                name: "0".into(),
                primary_alias: Some(TabletAlias::new("zone1", 101)),
                primary_term_start: Some(VtTime { seconds: 1_600_000_000, nanos: 0 }),
                disable_emergency_reparent: false,
            }],
            tablets: vec![
                tablet("zone1", 101, "commerce", "0", TabletType::Primary, "db1", 3306),
                tablet("zone1", 102, "commerce", "0", TabletType::Replica, "db2", 3306),
                tablet("zone1", 103, "commerce", "0", TabletType::Rdonly, "db3", 3306),
                tablet("zone1", 104, "commerce", "0", TabletType::Replica, "db4", 3306),
                evil,
            ],
        };
        let primary = InstanceState {
            alias: "zone1-0000000101".into(),
            host: "db1".into(),
            port: 3306,
            reachable: true,
            checked_at_ms: NOW - 4_000,
            last_seen_ms: NOW - 4_000,
            flavor: Flavor::MariaDb,
            version: "10.11.6-MariaDB".into(),
            gtid_current_pos: "0-1-42".into(),
            semi_sync: SemiSync {
                primary_enabled: true,
                primary_status: true,
                primary_clients: 1,
                ..SemiSync::default()
            },
            ..InstanceState::default()
        };
        let replica = |alias: &str, io: ThreadState, err: &str| InstanceState {
            alias: alias.into(),
            reachable: true,
            read_only: true,
            checked_at_ms: NOW - 5_000,
            last_seen_ms: NOW - 5_000,
            gtid_current_pos: "0-1-40".into(),
            replication: Some(ReplicationStatus {
                source_host: "DB1".into(),
                source_port: 3306,
                io_thread: io,
                sql_thread: ThreadState::Running,
                lag_seconds: Some(2),
                last_io_error: err.into(),
                ..ReplicationStatus::default()
            }),
            semi_sync: SemiSync {
                replica_enabled: true,
                replica_status: true,
                ..SemiSync::default()
            },
            ..InstanceState::default()
        };
        let instances = vec![
            primary,
            replica("zone1-102", ThreadState::Running, ""),
            replica("zone1-0000000103", ThreadState::Stopped, XSS),
            InstanceState {
                alias: "zone1-0000000104".into(),
                reachable: false,
                error: Some(format!("connect: {XSS}")),
                checked_at_ms: NOW - 6_000,
                ..InstanceState::default()
            },
        ];
        let detections = vec![
            detection(7, "commerce", "0", "zone1-0000000103", "ReplicationStopped", XSS),
            detection(8, "evil", "", "", "NoDurabilityPolicy", "keyspace evil has no policy"),
            detection(9, "gone", "-80", "zone9-0000000001", "DeadPrimary", "shard was removed"),
        ];
        let recoveries = vec![RecoveryRecord {
            id: 3,
            keyspace: "commerce".into(),
            shard: "0".into(),
            alias: "zone1-0000000100".into(),
            code: "DeadPrimary".into(),
            detection_id: Some(5),
            dry_run: false,
            started_ms: NOW - 60_000,
            ended_ms: Some(NOW - 57_500),
            success: Some(true),
            successor: Some("zone1-0000000101".into()),
            errors: format!("replica {XSS} not repointed\n"),
            steps: vec![
                RecoveryStep::note(NOW - 60_000, "locked", "shard lock taken"),
                RecoveryStep::note(NOW - 58_800, "promoted", &format!("promoted {XSS}")),
            ],
        }];
        let blocks = vec![Block {
            id: 1,
            keyspace: "commerce".into(),
            shard: "0".into(),
            until_ms: NOW + 600_000,
            recovery_id: Some(3),
            created_ms: NOW - 57_500,
        }];
        Sample {
            topo,
            instances,
            detections,
            recoveries,
            blocks,
            gate: GlobalGate { disabled: false, changed_ms: None },
            filter: ClusterFilter::default(),
        }
    }

    pub fn inputs(&self, now_ms: i64) -> StatusInputs<'_> {
        StatusInputs {
            topology: &self.topo,
            topology_refreshed_ms: NOW - 12_000,
            instances: &self.instances,
            detections: &self.detections,
            recoveries: &self.recoveries,
            blocks: &self.blocks,
            gate: self.gate,
            filter: &self.filter,
            now_ms,
        }
    }

    pub fn view(&self) -> StatusView {
        build(&self.inputs(NOW))
    }
}
