//! The one integration-test binary: runs the built `vtorc-rs` against etcd and MariaDB servers
//! that the tests start themselves (see `support/`). Each area adds its `mod` line below.

mod bad_input;
mod bench;
mod bench_instant;
mod bench_reparent;
mod check_conditions;
mod cli_goldens;
mod drill;
mod dup_records;
mod fail_closed;
mod fault_safety;
mod faults;
mod instant_detection;
mod invalid_records;
mod json_shapes;
mod mysql_layer;
mod operator;
mod ops_files;
mod plan_equals_run;
mod recover_common;
mod recover_failover;
mod recover_gates;
mod recover_repairs;
mod reparent;
mod secrets;
mod shared_gates;
mod support;
mod tls_links;
// src/mysql is tested at its API (there is no lib target): compile it, and the three modules it
// uses, into this binary. It must keep depending on nothing else in the crate.
#[allow(dead_code, unused_imports)]
#[path = "../../src/model.rs"]
mod model;
#[path = "../../src/mysql/mod.rs"]
mod mysql;
#[allow(dead_code, unused_imports)]
#[path = "../../src/secret.rs"]
mod secret;
mod status_html;
mod status_stale;
mod store_cmds;
#[allow(dead_code, unused_imports)]
#[path = "../../src/tls.rs"]
mod tls;
mod topo_cmds;
mod watch_loop;
