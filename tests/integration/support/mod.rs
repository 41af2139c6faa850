//! Test support: run the built binary hermetically, and start private etcd and MariaDB servers
//! on free loopback ports in temporary directories (stopped in Drop, even when a test panics).

#![allow(dead_code)]

pub mod certs;
pub mod cmd;
pub mod etcd;
pub mod etcd_proxy;
pub mod mariadb;
pub mod promtool;
pub mod shard;
pub mod vt;

use std::net::TcpListener;

/// A free loopback TCP port (bind to port 0, read it, close). Another process could take it in
/// between; the servers' readiness checks fail loudly if that ever happens.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local_addr").port()
}

/// Finds a server binary or panics: a test that needs a server never skips silently.
pub fn require_bin(name: &str) -> std::path::PathBuf {
    for dir in ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/bin", "/sbin"] {
        let p = std::path::Path::new(dir).join(name);
        if p.exists() {
            return p;
        }
    }
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let p = dir.join(name);
            if p.exists() {
                return p;
            }
        }
    }
    panic!("{name} not found: install it (./commands/test does: apt-get install -y etcd-server mariadb-server chromium prometheus)")
}
