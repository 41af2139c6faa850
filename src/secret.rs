//! A password that never prints. `Debug` and `Display` show `***`; the only way to the text is
//! `expose()`, which the MySQL connection builder and the CHANGE MASTER builder call.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// A user name with its password, and how the connection that presents them is secured.
#[derive(Clone, Debug, Default)]
pub struct Credentials {
    pub user: String,
    pub password: Secret,
    /// For vtorc-rs's own sessions: None is the default mode (`preferred`, no files). For the
    /// replication credentials written into CHANGE MASTER: None means no `--repl-ssl*` flag was
    /// given, so a replica keeps the TLS settings it had (see `mysql::actions::link_tls`).
    pub tls: Option<crate::tls::MysqlTls>,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn never_prints() {
        let c = Credentials { user: "u".into(), password: Secret::new("hunter2"), tls: None };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert_eq!(format!("{}", c.password), "***");
        assert_eq!(c.password.expose(), "hunter2");
    }
}
