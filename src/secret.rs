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

/// A user name with its password.
#[derive(Clone, Debug, Default)]
pub struct Credentials {
    pub user: String,
    pub password: Secret,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn never_prints() {
        let c = Credentials { user: "u".into(), password: Secret::new("hunter2") };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert_eq!(format!("{}", c.password), "***");
        assert_eq!(c.password.expose(), "hunter2");
    }
}
