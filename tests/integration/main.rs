//! The one integration-test binary: runs the built `vtorc-rs` against etcd and MariaDB servers
//! that the tests start themselves (see `support/`). Each area adds its `mod` line below.

mod support;
mod ops_files;
mod store_cmds;
mod topo_cmds;
