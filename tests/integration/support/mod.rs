//! Test support: private etcd and MariaDB servers. (Being built.)
