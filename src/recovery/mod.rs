//! Executes recovery plans under the shard lock. (Being built.)
