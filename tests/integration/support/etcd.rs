//! A private etcd for one test. (Being built by the topo helper.)
