//! Vitess topology messages with their real field numbers (topodata.proto), derived with prost:
//! the independent encoder the tests check vtorc-rs's own wire code against, and a fast way to
//! plant many records.

#[derive(Clone, PartialEq, prost::Message)]
pub struct TabletAlias {
    #[prost(string, tag = "1")]
    pub cell: String,
    #[prost(uint32, tag = "2")]
    pub uid: u32,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct Time {
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    #[prost(int32, tag = "2")]
    pub nanoseconds: i32,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct KeyRange {
    #[prost(bytes = "vec", tag = "1")]
    pub start: Vec<u8>,
    #[prost(bytes = "vec", tag = "2")]
    pub end: Vec<u8>,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct Tablet {
    #[prost(message, optional, tag = "1")]
    pub alias: Option<TabletAlias>,
    #[prost(string, tag = "2")]
    pub hostname: String,
    #[prost(map = "string, int32", tag = "4")]
    pub port_map: std::collections::HashMap<String, i32>,
    #[prost(string, tag = "5")]
    pub keyspace: String,
    #[prost(string, tag = "6")]
    pub shard: String,
    #[prost(message, optional, tag = "7")]
    pub key_range: Option<KeyRange>,
    #[prost(int32, tag = "8")]
    pub r#type: i32,
    #[prost(string, tag = "12")]
    pub mysql_hostname: String,
    #[prost(int32, tag = "13")]
    pub mysql_port: i32,
    #[prost(message, optional, tag = "14")]
    pub primary_term_start_time: Option<Time>,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct VtorcState {
    #[prost(bool, tag = "1")]
    pub disable_emergency_reparent: bool,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct Shard {
    #[prost(message, optional, tag = "1")]
    pub primary_alias: Option<TabletAlias>,
    #[prost(message, optional, tag = "2")]
    pub key_range: Option<KeyRange>,
    #[prost(bool, tag = "7")]
    pub is_primary_serving: bool,
    #[prost(message, optional, tag = "8")]
    pub primary_term_start_time: Option<Time>,
    #[prost(message, optional, tag = "9")]
    pub vtorc_state: Option<VtorcState>,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct Keyspace {
    #[prost(int32, tag = "5")]
    pub keyspace_type: i32,
    #[prost(string, tag = "8")]
    pub durability_policy: String,
    #[prost(string, tag = "10")]
    pub sidecar_db_name: String,
    #[prost(message, optional, tag = "11")]
    pub vtorc_state: Option<VtorcState>,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct CellInfo {
    #[prost(string, tag = "1")]
    pub server_address: String,
    #[prost(string, tag = "2")]
    pub root: String,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct Node {
    #[prost(message, optional, tag = "1")]
    pub tablet_alias: Option<TabletAlias>,
}
#[derive(Clone, PartialEq, prost::Message)]
pub struct ShardReplication {
    #[prost(message, repeated, tag = "1")]
    pub nodes: Vec<Node>,
}
