//! The Vitess topology in etcd: the JSON-gateway client, records in Vitess's protobuf wire
//! format (unknown fields kept), the key layout and the shard lock. (Being built.)

use std::time::Duration;

/// Client of the global topology (and, through CellInfo, of each cell's).
pub struct Topo {
    pub endpoints: Vec<String>,
    pub global_root: String,
    pub timeout: Duration,
}

impl Topo {
    pub fn new(endpoints: &[String], global_root: &str, timeout: Duration) -> Topo {
        Topo { endpoints: endpoints.to_vec(), global_root: global_root.to_string(), timeout }
    }
}
