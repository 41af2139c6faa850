//! Private MariaDB replication clusters for one test. (Being built by the mysql helper.)
