//! Flavor differences as data (no I/O): statement texts, SHOW ... STATUS column names, variable
//! and status names for MariaDB 10.x, MySQL 8.0 (8.0.26+ names) and MySQL 8.4. Code elsewhere
//! reads a [`FlavorSql`] selected by [`Flavor`] and never branches on the flavor to build text.

use crate::model::Flavor;

/// Column names of the replication status statement (`SHOW ALL SLAVES STATUS` / `SHOW REPLICA STATUS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusColumns {
    /// Multi-source connection name; the default channel is the one with an empty name.
    pub channel: &'static str,
    pub source_host: &'static str,
    pub source_port: &'static str,
    pub source_user: &'static str,
    pub io_running: &'static str,
    pub sql_running: &'static str,
    pub lag: &'static str,
    pub sql_delay: &'static str,
    pub last_io_errno: &'static str,
    pub last_io_error: &'static str,
    pub last_sql_errno: &'static str,
    pub last_sql_error: &'static str,
    /// What the IO thread received: MariaDB `Gtid_IO_Pos`, MySQL `Retrieved_Gtid_Set`.
    pub retrieved_gtid: &'static str,
    /// MariaDB `Using_Gtid` (`No`/`Slave_Pos`/`Current_Pos`), MySQL `Auto_Position` (0/1).
    pub auto_position: &'static str,
    /// Heartbeat period in the status rows (MariaDB `SHOW ALL SLAVES STATUS` only); MySQL keeps it
    /// in performance_schema, see [`FlavorSql::heartbeat_query`].
    pub heartbeat: Option<&'static str>,
    /// The TLS settings of the link: `Master_SSL_Allowed` (`Yes` when the link uses TLS), ...
    pub ssl: SslColumns,
}

/// Column names of a replication link's TLS settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SslColumns {
    pub allowed: &'static str,
    pub ca: &'static str,
    pub cert: &'static str,
    pub key: &'static str,
    pub verify_server_cert: &'static str,
}

/// Global variable names the probe reads. A list means "first one present wins" (MySQL 8.0 can
/// run either the old `semisync_master` or the new `semisync_source` plugin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VariableNames {
    pub net_timeout: &'static str,
    pub log_replica_updates: &'static str,
    /// MySQL `gtid_executed`; MariaDB `gtid_binlog_state` (every domain-server pair seen).
    pub executed_gtid: &'static str,
    /// What a replica waits for to have everything this server wrote: MySQL `gtid_executed`,
    /// MariaDB `gtid_binlog_pos` (the last GTID per domain, what MASTER_GTID_WAIT takes).
    pub wait_position: &'static str,
    /// Present on MySQL only.
    pub super_read_only: Option<&'static str>,
    pub semi_primary_enabled: &'static [&'static str],
    pub semi_replica_enabled: &'static [&'static str],
    pub semi_primary_timeout: &'static [&'static str],
    pub semi_wait_for_replica_count: &'static [&'static str],
    pub semi_wait_no_replica: &'static [&'static str],
}

/// `SHOW GLOBAL STATUS` names for semi-sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusNames {
    pub semi_primary_status: &'static [&'static str],
    pub semi_replica_status: &'static [&'static str],
    pub semi_primary_clients: &'static [&'static str],
    pub semi_wait_sessions: &'static [&'static str],
    pub semi_yes_tx: &'static [&'static str],
    pub semi_no_tx: &'static [&'static str],
}

/// Keywords of the change-source statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeSourceWords {
    pub statement: &'static str,
    pub host: &'static str,
    pub port: &'static str,
    pub user: &'static str,
    pub password: &'static str,
    pub connect_retry: &'static str,
    pub heartbeat: &'static str,
    /// Trailing options that switch on GTID positioning (and anything else always needed).
    pub gtid: &'static str,
    /// TLS of the link: `MASTER_SSL`, `MASTER_SSL_CA`, ... (same order as [`SslColumns`]).
    pub ssl: SslWords,
}

/// Keywords of a replication link's TLS options in the change-source statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SslWords {
    pub enabled: &'static str,
    pub ca: &'static str,
    pub cert: &'static str,
    pub key: &'static str,
    pub verify_server_cert: &'static str,
}

/// Everything that differs between flavors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlavorSql {
    pub flavor: Flavor,
    pub replica_status: &'static str,
    pub stop_replica: &'static str,
    pub start_replica: &'static str,
    pub stop_io_thread: &'static str,
    pub start_io_thread: &'static str,
    pub reset_replica_all: &'static str,
    pub flush_binary_logs: &'static str,
    /// Statements to make the server read-only / writable, in order.
    pub read_only_on: &'static [&'static str],
    pub read_only_off: &'static [&'static str],
    /// `{gtid}` and `{timeout}` are replaced; the function returns 0 once applied on both flavors
    /// (-1 on MariaDB and 1 on MySQL after the timeout).
    pub wait_for_gtid: &'static str,
    /// MariaDB: make the replica start from what it has itself binlogged. Needed when a former
    /// primary rejoins: its `gtid_slave_pos` is stale (recipe §4). MySQL needs nothing.
    pub align_replica_pos: Option<&'static str>,
    /// The variables a `SetSemiSync` action writes: (primary side, replica side).
    pub semi_sync_vars: (&'static str, &'static str),
    /// What `SemiSyncNeverFallBack` writes: (ack timeout in ms, wait with no replica).
    pub semi_no_fallback_vars: (&'static str, &'static str),
    /// MySQL only: where the heartbeat interval of the default channel lives.
    pub heartbeat_query: Option<&'static str>,
    pub change_source: ChangeSourceWords,
    pub col: StatusColumns,
    pub var: VariableNames,
    pub status: StatusNames,
}

const MYSQL_COLUMNS: StatusColumns = StatusColumns {
    channel: "Channel_Name",
    source_host: "Source_Host",
    source_port: "Source_Port",
    source_user: "Source_User",
    io_running: "Replica_IO_Running",
    sql_running: "Replica_SQL_Running",
    lag: "Seconds_Behind_Source",
    sql_delay: "SQL_Delay",
    last_io_errno: "Last_IO_Errno",
    last_io_error: "Last_IO_Error",
    last_sql_errno: "Last_SQL_Errno",
    last_sql_error: "Last_SQL_Error",
    retrieved_gtid: "Retrieved_Gtid_Set",
    auto_position: "Auto_Position",
    heartbeat: None,
    ssl: SslColumns {
        allowed: "Source_SSL_Allowed",
        ca: "Source_SSL_CA_File",
        cert: "Source_SSL_Cert",
        key: "Source_SSL_Key",
        verify_server_cert: "Source_SSL_Verify_Server_Cert",
    },
};

const MYSQL_CHANGE_SOURCE: ChangeSourceWords = ChangeSourceWords {
    statement: "CHANGE REPLICATION SOURCE TO",
    host: "SOURCE_HOST",
    port: "SOURCE_PORT",
    user: "SOURCE_USER",
    password: "SOURCE_PASSWORD",
    connect_retry: "SOURCE_CONNECT_RETRY",
    heartbeat: "SOURCE_HEARTBEAT_PERIOD",
    // Without TLS, caching_sha2_password replication needs the source's RSA key (Vitess adds it too).
    gtid: "GET_SOURCE_PUBLIC_KEY=1, SOURCE_AUTO_POSITION=1",
    ssl: SslWords {
        enabled: "SOURCE_SSL",
        ca: "SOURCE_SSL_CA",
        cert: "SOURCE_SSL_CERT",
        key: "SOURCE_SSL_KEY",
        verify_server_cert: "SOURCE_SSL_VERIFY_SERVER_CERT",
    },
};

const MYSQL_STATUS: StatusNames = StatusNames {
    semi_primary_status: &["Rpl_semi_sync_source_status", "Rpl_semi_sync_master_status"],
    semi_replica_status: &["Rpl_semi_sync_replica_status", "Rpl_semi_sync_slave_status"],
    semi_primary_clients: &["Rpl_semi_sync_source_clients", "Rpl_semi_sync_master_clients"],
    semi_wait_sessions: &[
        "Rpl_semi_sync_source_wait_sessions",
        "Rpl_semi_sync_master_wait_sessions",
    ],
    semi_yes_tx: &["Rpl_semi_sync_source_yes_tx", "Rpl_semi_sync_master_yes_tx"],
    semi_no_tx: &["Rpl_semi_sync_source_no_tx", "Rpl_semi_sync_master_no_tx"],
};

const MARIADB: FlavorSql = FlavorSql {
    flavor: Flavor::MariaDb,
    // SHOW ALL SLAVES STATUS, unlike SHOW SLAVE STATUS, has Slave_heartbeat_period and Gtid_Slave_Pos.
    replica_status: "SHOW ALL SLAVES STATUS",
    stop_replica: "STOP SLAVE",
    start_replica: "START SLAVE",
    stop_io_thread: "STOP SLAVE IO_THREAD",
    start_io_thread: "START SLAVE IO_THREAD",
    reset_replica_all: "RESET SLAVE ALL",
    flush_binary_logs: "FLUSH BINARY LOGS",
    read_only_on: &["SET GLOBAL read_only=ON"],
    read_only_off: &["SET GLOBAL read_only=OFF"],
    wait_for_gtid: "SELECT MASTER_GTID_WAIT({gtid}, {timeout})",
    align_replica_pos: Some("SET GLOBAL gtid_slave_pos=@@GLOBAL.gtid_current_pos"),
    semi_sync_vars: ("rpl_semi_sync_master_enabled", "rpl_semi_sync_slave_enabled"),
    semi_no_fallback_vars: ("rpl_semi_sync_master_timeout", "rpl_semi_sync_master_wait_no_slave"),
    heartbeat_query: None,
    change_source: ChangeSourceWords {
        statement: "CHANGE MASTER TO",
        host: "MASTER_HOST",
        port: "MASTER_PORT",
        user: "MASTER_USER",
        password: "MASTER_PASSWORD",
        connect_retry: "MASTER_CONNECT_RETRY",
        heartbeat: "MASTER_HEARTBEAT_PERIOD",
        gtid: "MASTER_USE_GTID=slave_pos",
        ssl: SslWords {
            enabled: "MASTER_SSL",
            ca: "MASTER_SSL_CA",
            cert: "MASTER_SSL_CERT",
            key: "MASTER_SSL_KEY",
            verify_server_cert: "MASTER_SSL_VERIFY_SERVER_CERT",
        },
    },
    col: StatusColumns {
        channel: "Connection_name",
        source_host: "Master_Host",
        source_port: "Master_Port",
        source_user: "Master_User",
        io_running: "Slave_IO_Running",
        sql_running: "Slave_SQL_Running",
        lag: "Seconds_Behind_Master",
        sql_delay: "SQL_Delay",
        last_io_errno: "Last_IO_Errno",
        last_io_error: "Last_IO_Error",
        last_sql_errno: "Last_SQL_Errno",
        last_sql_error: "Last_SQL_Error",
        retrieved_gtid: "Gtid_IO_Pos",
        auto_position: "Using_Gtid",
        heartbeat: Some("Slave_heartbeat_period"),
        ssl: SslColumns {
            allowed: "Master_SSL_Allowed",
            ca: "Master_SSL_CA_File",
            cert: "Master_SSL_Cert",
            key: "Master_SSL_Key",
            verify_server_cert: "Master_SSL_Verify_Server_Cert",
        },
    },
    var: VariableNames {
        net_timeout: "slave_net_timeout",
        log_replica_updates: "log_slave_updates",
        executed_gtid: "gtid_binlog_state",
        wait_position: "gtid_binlog_pos",
        super_read_only: None,
        semi_primary_enabled: &["rpl_semi_sync_master_enabled"],
        semi_replica_enabled: &["rpl_semi_sync_slave_enabled"],
        semi_primary_timeout: &["rpl_semi_sync_master_timeout"],
        // MariaDB always waits for exactly one ack.
        semi_wait_for_replica_count: &[],
        semi_wait_no_replica: &["rpl_semi_sync_master_wait_no_slave"],
    },
    status: StatusNames {
        semi_primary_status: &["Rpl_semi_sync_master_status"],
        semi_replica_status: &["Rpl_semi_sync_slave_status"],
        semi_primary_clients: &["Rpl_semi_sync_master_clients"],
        semi_wait_sessions: &["Rpl_semi_sync_master_wait_sessions"],
        semi_yes_tx: &["Rpl_semi_sync_master_yes_tx"],
        semi_no_tx: &["Rpl_semi_sync_master_no_tx"],
    },
};

const MYSQL80: FlavorSql = FlavorSql {
    flavor: Flavor::MySql80,
    replica_status: "SHOW REPLICA STATUS",
    stop_replica: "STOP REPLICA",
    start_replica: "START REPLICA",
    stop_io_thread: "STOP REPLICA IO_THREAD",
    start_io_thread: "START REPLICA IO_THREAD",
    reset_replica_all: "RESET REPLICA ALL",
    flush_binary_logs: "FLUSH BINARY LOGS",
    // super_read_only=ON implies read_only=ON; read_only=OFF implies super_read_only=OFF. Both are
    // spelled out so the plan shows them.
    read_only_on: &["SET GLOBAL read_only=ON", "SET GLOBAL super_read_only=ON"],
    read_only_off: &["SET GLOBAL super_read_only=OFF", "SET GLOBAL read_only=OFF"],
    wait_for_gtid: "SELECT WAIT_FOR_EXECUTED_GTID_SET({gtid}, {timeout})",
    align_replica_pos: None,
    semi_sync_vars: ("rpl_semi_sync_source_enabled", "rpl_semi_sync_replica_enabled"),
    semi_no_fallback_vars: ("rpl_semi_sync_source_timeout", "rpl_semi_sync_source_wait_no_replica"),
    heartbeat_query: Some(
        "SELECT HEARTBEAT_INTERVAL FROM performance_schema.replication_connection_configuration WHERE CHANNEL_NAME = ''",
    ),
    change_source: MYSQL_CHANGE_SOURCE,
    col: MYSQL_COLUMNS,
    var: VariableNames {
        net_timeout: "replica_net_timeout",
        log_replica_updates: "log_replica_updates",
        executed_gtid: "gtid_executed",
        wait_position: "gtid_executed",
        super_read_only: Some("super_read_only"),
        semi_primary_enabled: &["rpl_semi_sync_source_enabled", "rpl_semi_sync_master_enabled"],
        semi_replica_enabled: &["rpl_semi_sync_replica_enabled", "rpl_semi_sync_slave_enabled"],
        semi_primary_timeout: &["rpl_semi_sync_source_timeout", "rpl_semi_sync_master_timeout"],
        semi_wait_for_replica_count: &[
            "rpl_semi_sync_source_wait_for_replica_count",
            "rpl_semi_sync_master_wait_for_slave_count",
        ],
        semi_wait_no_replica: &[
            "rpl_semi_sync_source_wait_no_replica",
            "rpl_semi_sync_master_wait_no_slave",
        ],
    },
    status: MYSQL_STATUS,
};

/// 8.4 removed the master/slave semi-sync plugins; the statements are 8.0's.
const MYSQL84: FlavorSql = FlavorSql {
    flavor: Flavor::MySql84,
    var: VariableNames {
        semi_primary_enabled: &["rpl_semi_sync_source_enabled"],
        semi_replica_enabled: &["rpl_semi_sync_replica_enabled"],
        semi_primary_timeout: &["rpl_semi_sync_source_timeout"],
        semi_wait_for_replica_count: &["rpl_semi_sync_source_wait_for_replica_count"],
        semi_wait_no_replica: &["rpl_semi_sync_source_wait_no_replica"],
        ..MYSQL80.var
    },
    status: StatusNames {
        semi_primary_status: &["Rpl_semi_sync_source_status"],
        semi_replica_status: &["Rpl_semi_sync_replica_status"],
        semi_primary_clients: &["Rpl_semi_sync_source_clients"],
        semi_wait_sessions: &["Rpl_semi_sync_source_wait_sessions"],
        semi_yes_tx: &["Rpl_semi_sync_source_yes_tx"],
        semi_no_tx: &["Rpl_semi_sync_source_no_tx"],
    },
    ..MYSQL80
};

/// The global variables the probe asks for, for every flavor at once: the flavor is only known
/// after `version` is read, and `SHOW GLOBAL VARIABLES WHERE ...` simply omits names a server does
/// not have (a `SELECT @@x` of an unknown or plugin-less variable fails the whole statement).
pub const PROBE_VARIABLES: &[&str] = &[
    "version",
    "version_comment",
    "server_id",
    "server_uuid",
    // The server's own name and port: with server_id, MariaDB's identity (it has no uuid).
    "hostname",
    "port",
    "gtid_domain_id",
    "read_only",
    "super_read_only",
    "log_bin",
    "binlog_format",
    "log_slave_updates",
    "log_replica_updates",
    "gtid_mode",
    "gtid_executed",
    "gtid_binlog_pos",
    "gtid_binlog_state",
    "gtid_slave_pos",
    "gtid_current_pos",
    "gtid_strict_mode",
    "slave_net_timeout",
    "replica_net_timeout",
];

/// The pattern for semi-sync variables and status rows (both flavors start with it).
pub const SEMI_SYNC_LIKE: &str = "rpl_semi_sync%";

/// `SHOW GLOBAL VARIABLES WHERE Variable_name IN (...) OR Variable_name LIKE 'rpl_semi_sync%'`.
pub fn probe_variables_statement() -> String {
    let names: Vec<String> = PROBE_VARIABLES.iter().map(|n| format!("'{n}'")).collect();
    format!(
        "SHOW GLOBAL VARIABLES WHERE Variable_name IN ({}) OR Variable_name LIKE '{SEMI_SYNC_LIKE}'",
        names.join(", ")
    )
}

/// Semi-sync status counters; same statement on every flavor.
pub const SEMI_SYNC_STATUS_STATEMENT: &str = "SHOW GLOBAL STATUS LIKE 'Rpl_semi_sync%'";

impl FlavorSql {
    pub fn of(flavor: Flavor) -> &'static FlavorSql {
        match flavor {
            Flavor::MariaDb => &MARIADB,
            Flavor::MySql80 => &MYSQL80,
            Flavor::MySql84 => &MYSQL84,
        }
    }
}

/// The flavor from `@@version` (the handshake says `5.5.5-10.11...` for MariaDB, so it can't be
/// trusted) and `@@version_comment`. MySQL 8.4 and later (9.x) read as `MySql84`; any other MySQL
/// as `MySql80`. None when the text is not a version at all.
pub fn detect(version: &str, version_comment: &str) -> Option<Flavor> {
    if version.to_ascii_lowercase().contains("mariadb")
        || version_comment.to_ascii_lowercase().contains("mariadb")
    {
        return Some(Flavor::MariaDb);
    }
    let mut parts = version.split(|c: char| !c.is_ascii_digit());
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some(if (major, minor) >= (8, 4) { Flavor::MySql84 } else { Flavor::MySql80 })
}

/// Refuses servers whose statements the flavor data does not describe: MySQL before 8.0.23 has
/// no `SHOW REPLICA STATUS` / `CHANGE REPLICATION SOURCE`, so actions on it would fail half-way.
/// (Probing such a server still works; only changing it is refused, before any statement runs.)
pub fn check_supported(flavor: Flavor, version: &str) -> Result<(), String> {
    if flavor == Flavor::MariaDb {
        return Ok(());
    }
    let nums: Vec<u32> = version
        .split(|c: char| !c.is_ascii_digit())
        .take(3)
        .filter_map(|p| p.parse().ok())
        .collect();
    let v = (
        nums.first().copied().unwrap_or(0),
        nums.get(1).copied().unwrap_or(0),
        nums.get(2).copied().unwrap_or(0),
    );
    if v < (8, 0, 23) {
        return Err(format!(
            "MySQL {version} is not supported for recoveries: vtorc-rs needs MySQL 8.0.23 or later (or MariaDB)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_mysql_is_refused_for_actions() {
        assert!(check_supported(Flavor::MySql80, "5.7.44-log").is_err());
        assert!(check_supported(Flavor::MySql80, "8.0.22").is_err());
        assert!(check_supported(Flavor::MySql80, "8.0.23").is_ok());
        assert!(check_supported(Flavor::MySql84, "8.4.3").is_ok());
        assert!(check_supported(Flavor::MySql84, "9.1.0").is_ok());
        assert!(check_supported(Flavor::MariaDb, "10.11.19-MariaDB-0+deb12u1").is_ok());
    }

    fn maria() -> &'static FlavorSql {
        FlavorSql::of(Flavor::MariaDb)
    }
    fn my80() -> &'static FlavorSql {
        FlavorSql::of(Flavor::MySql80)
    }
    fn my84() -> &'static FlavorSql {
        FlavorSql::of(Flavor::MySql84)
    }

    #[test]
    fn selected_by_flavor() {
        for f in [Flavor::MariaDb, Flavor::MySql80, Flavor::MySql84] {
            assert_eq!(FlavorSql::of(f).flavor, f);
        }
    }

    #[test]
    fn status_statement() {
        assert_eq!(maria().replica_status, "SHOW ALL SLAVES STATUS");
        assert_eq!(my80().replica_status, "SHOW REPLICA STATUS");
        assert_eq!(my84().replica_status, "SHOW REPLICA STATUS");
    }

    #[test]
    fn stop_start_reset() {
        assert_eq!(maria().stop_replica, "STOP SLAVE");
        assert_eq!(maria().start_replica, "START SLAVE");
        assert_eq!(maria().stop_io_thread, "STOP SLAVE IO_THREAD");
        assert_eq!(maria().start_io_thread, "START SLAVE IO_THREAD");
        assert_eq!(maria().reset_replica_all, "RESET SLAVE ALL");
        assert_eq!(my80().stop_replica, "STOP REPLICA");
        assert_eq!(my80().start_replica, "START REPLICA");
        assert_eq!(my84().stop_io_thread, "STOP REPLICA IO_THREAD");
        assert_eq!(my84().start_io_thread, "START REPLICA IO_THREAD");
        assert_eq!(my84().reset_replica_all, "RESET REPLICA ALL");
        assert_eq!(my84().flush_binary_logs, "FLUSH BINARY LOGS");
    }

    #[test]
    fn read_only_statements() {
        assert_eq!(maria().read_only_on, ["SET GLOBAL read_only=ON"]);
        assert_eq!(maria().read_only_off, ["SET GLOBAL read_only=OFF"]);
        assert_eq!(
            my80().read_only_on,
            ["SET GLOBAL read_only=ON", "SET GLOBAL super_read_only=ON"]
        );
        assert_eq!(
            my84().read_only_off,
            ["SET GLOBAL super_read_only=OFF", "SET GLOBAL read_only=OFF"]
        );
    }

    #[test]
    fn change_source_words() {
        assert_eq!(maria().change_source.statement, "CHANGE MASTER TO");
        assert_eq!(maria().change_source.gtid, "MASTER_USE_GTID=slave_pos");
        assert_eq!(maria().change_source.heartbeat, "MASTER_HEARTBEAT_PERIOD");
        assert_eq!(my80().change_source.statement, "CHANGE REPLICATION SOURCE TO");
        assert_eq!(my84().change_source.host, "SOURCE_HOST");
        assert!(my84().change_source.gtid.ends_with("SOURCE_AUTO_POSITION=1"));
        assert_eq!(maria().change_source.ssl.enabled, "MASTER_SSL");
        assert_eq!(maria().change_source.ssl.verify_server_cert, "MASTER_SSL_VERIFY_SERVER_CERT");
        assert_eq!(my80().change_source.ssl.enabled, "SOURCE_SSL");
        assert_eq!(my84().change_source.ssl.ca, "SOURCE_SSL_CA");
        // caching_sha2_password over a plaintext link still needs the source's public key.
        assert!(my80().change_source.gtid.contains("GET_SOURCE_PUBLIC_KEY=1"));
    }

    #[test]
    fn wait_functions() {
        assert_eq!(maria().wait_for_gtid, "SELECT MASTER_GTID_WAIT({gtid}, {timeout})");
        assert_eq!(my80().wait_for_gtid, "SELECT WAIT_FOR_EXECUTED_GTID_SET({gtid}, {timeout})");
        assert_eq!(my84().wait_for_gtid, my80().wait_for_gtid);
    }

    #[test]
    fn columns() {
        assert_eq!(maria().col.io_running, "Slave_IO_Running");
        assert_eq!(maria().col.source_host, "Master_Host");
        assert_eq!(maria().col.lag, "Seconds_Behind_Master");
        assert_eq!(maria().col.retrieved_gtid, "Gtid_IO_Pos");
        assert_eq!(maria().col.auto_position, "Using_Gtid");
        assert_eq!(maria().col.heartbeat, Some("Slave_heartbeat_period"));
        assert_eq!(my80().col.io_running, "Replica_IO_Running");
        assert_eq!(my80().col.source_host, "Source_Host");
        assert_eq!(my84().col.lag, "Seconds_Behind_Source");
        assert_eq!(my84().col.retrieved_gtid, "Retrieved_Gtid_Set");
        assert_eq!(my84().col.auto_position, "Auto_Position");
        assert_eq!(my84().col.heartbeat, None);
        assert_eq!(maria().col.ssl.allowed, "Master_SSL_Allowed");
        assert_eq!(maria().col.ssl.ca, "Master_SSL_CA_File");
        assert_eq!(my80().col.ssl.allowed, "Source_SSL_Allowed");
        assert_eq!(my84().col.ssl.verify_server_cert, "Source_SSL_Verify_Server_Cert");
        assert!(my80().heartbeat_query.is_some_and(|q| q.contains("HEARTBEAT_INTERVAL")));
        assert!(maria().heartbeat_query.is_none());
    }

    #[test]
    fn variables() {
        assert_eq!(maria().var.net_timeout, "slave_net_timeout");
        assert_eq!(my80().var.net_timeout, "replica_net_timeout");
        assert_eq!(maria().var.executed_gtid, "gtid_binlog_state");
        assert_eq!(my84().var.executed_gtid, "gtid_executed");
        assert_eq!(
            maria().semi_sync_vars,
            ("rpl_semi_sync_master_enabled", "rpl_semi_sync_slave_enabled")
        );
        assert_eq!(
            my80().semi_sync_vars,
            ("rpl_semi_sync_source_enabled", "rpl_semi_sync_replica_enabled")
        );
        assert_eq!(my80().var.semi_primary_enabled[1], "rpl_semi_sync_master_enabled");
        assert_eq!(my84().var.semi_primary_enabled, ["rpl_semi_sync_source_enabled"]);
        assert_eq!(my84().status.semi_primary_clients, ["Rpl_semi_sync_source_clients"]);
        assert_eq!(maria().status.semi_primary_status, ["Rpl_semi_sync_master_status"]);
        assert_eq!(
            maria().align_replica_pos,
            Some("SET GLOBAL gtid_slave_pos=@@GLOBAL.gtid_current_pos")
        );
        assert_eq!(my80().align_replica_pos, None);
    }

    #[test]
    fn probe_statements() {
        let s = probe_variables_statement();
        assert!(s.starts_with(
            "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', 'version_comment'"
        ));
        assert!(s.ends_with("OR Variable_name LIKE 'rpl_semi_sync%'"));
        assert_eq!(SEMI_SYNC_STATUS_STATEMENT, "SHOW GLOBAL STATUS LIKE 'Rpl_semi_sync%'");
    }

    #[test]
    fn detection() {
        assert_eq!(detect("10.11.19-MariaDB-0+deb12u1", "Debian 12"), Some(Flavor::MariaDb));
        assert_eq!(detect("11.4.2-MariaDB", ""), Some(Flavor::MariaDb));
        assert_eq!(detect("5.5.5-10.11.19-MariaDB", ""), Some(Flavor::MariaDb));
        assert_eq!(detect("8.0.36", "MySQL Community Server - GPL"), Some(Flavor::MySql80));
        assert_eq!(detect("8.0.36-28", "Percona Server (GPL), Release 28"), Some(Flavor::MySql80));
        assert_eq!(detect("8.4.3", "MySQL Community Server - GPL"), Some(Flavor::MySql84));
        assert_eq!(detect("9.1.0", ""), Some(Flavor::MySql84));
        assert_eq!(detect("", ""), None);
        assert_eq!(detect("garbage", ""), None);
    }
}
