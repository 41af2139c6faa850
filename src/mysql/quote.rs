//! The one place that turns text into SQL literals, for statements that cannot take parameters
//! (`CHANGE MASTER TO MASTER_HOST='..', MASTER_PASSWORD='..'`, `SET GLOBAL x=..`). No I/O.
//!
//! Quotes are doubled (`''`), which closes no string whether or not the server runs with
//! `NO_BACKSLASH_ESCAPES`; backslashes and control characters get MySQL's backslash escapes, and
//! the action session clears `NO_BACKSLASH_ESCAPES` so those mean what they say.

/// `s` as a single-quoted SQL string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{1a}' => out.push_str("\\Z"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Checks that `host` could be a host name or IP address before it goes into
/// `MASTER_HOST=`: letters, digits, `.`, `-`, `_`, `:` (IPv6) and `%` (IPv6 zone), 1..=255
/// characters. Anything else (quotes, spaces, control characters) is refused with a message naming
/// the host.
pub fn check_host(host: &str) -> Result<(), String> {
    if host.is_empty() || host.len() > 255 {
        return Err(format!("invalid host {host:?}: must be 1 to 255 characters"));
    }
    match host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '%')))
    {
        Some(bad) => {
            Err(format!("invalid host {host:?}: character {bad:?} is not allowed in a host name"))
        }
        None => Ok(()),
    }
}

/// Checks a name that is spliced in as an identifier (a `SET GLOBAL` variable name):
/// letters, digits and `_` only.
pub fn check_identifier(name: &str) -> Result<(), String> {
    if !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        Ok(())
    } else {
        Err(format!("invalid variable name {name:?}: only letters, digits and _ are allowed"))
    }
}

/// A `SET GLOBAL` value: numbers and the keywords ON/OFF/TRUE/FALSE/DEFAULT go in as they are,
/// anything else as a quoted string.
pub fn value_literal(v: &str) -> String {
    let keyword =
        matches!(v.to_ascii_uppercase().as_str(), "ON" | "OFF" | "TRUE" | "FALSE" | "DEFAULT");
    if keyword || is_number(v) {
        v.to_string()
    } else {
        quote(v)
    }
}

fn is_number(v: &str) -> bool {
    let digits = v.strip_prefix('-').unwrap_or(v);
    let mut dots = 0;
    !digits.is_empty()
        && digits.chars().all(|c| {
            if c == '.' {
                dots += 1;
            }
            c.is_ascii_digit() || c == '.'
        })
        && dots <= 1
        && digits != "."
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain() {
        assert_eq!(quote("replpass"), "'replpass'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("pässwörd"), "'pässwörd'");
    }

    #[test]
    fn hostile() {
        assert_eq!(quote("a'b"), "'a''b'");
        assert_eq!(quote("x', MASTER_HOST='evil"), "'x'', MASTER_HOST=''evil'");
        assert_eq!(quote("a\\'b"), "'a\\\\''b'");
        assert_eq!(quote("\\"), "'\\\\'");
        assert_eq!(quote("a\0b"), "'a\\0b'");
        assert_eq!(quote("l1\nl2\r"), "'l1\\nl2\\r'");
        assert_eq!(quote("z\u{1a}"), "'z\\Z'");
        assert_eq!(quote("\"dq\""), "'\"dq\"'");
        assert_eq!(quote("'; DROP TABLE t; --"), "'''; DROP TABLE t; --'");
    }

    /// Whatever the input, the literal is one string: after dropping escaped pairs, no quote
    /// remains between the outer ones.
    #[test]
    fn never_closes_early() {
        for s in ["'", "''", "\\'", "\\\\'", "a'\\", "'\\'\\''", "\u{0}'\n"] {
            let q = quote(s);
            let inner = &q[1..q.len() - 1];
            let mut chars = inner.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        assert!(chars.next().is_some(), "dangling backslash in {q}");
                    }
                    '\'' => assert_eq!(chars.next(), Some('\''), "lone quote in {q}"),
                    c => assert!(!c.is_control(), "raw control char in {q}"),
                }
            }
        }
    }

    #[test]
    fn hosts() {
        for ok in ["127.0.0.1", "db-1.example.com", "my_host", "::1", "fe80::1%eth0", "localhost"] {
            assert!(check_host(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "h'x", "h\nx", "h\0", "a;b", "h\\x", "a\"b", &"x".repeat(256)] {
            let e = check_host(bad).unwrap_err();
            assert!(e.starts_with("invalid host"), "{e}");
        }
    }

    #[test]
    fn identifiers_and_values() {
        assert!(check_identifier("slave_net_timeout").is_ok());
        assert!(check_identifier("x; DROP").is_err());
        assert!(check_identifier("").is_err());
        assert_eq!(value_literal("4"), "4");
        assert_eq!(value_literal("-1.5"), "-1.5");
        assert_eq!(value_literal("ON"), "ON");
        assert_eq!(value_literal("off"), "off");
        assert_eq!(value_literal("AFTER_SYNC"), "'AFTER_SYNC'");
        assert_eq!(value_literal("1.2.3"), "'1.2.3'");
        assert_eq!(value_literal("."), "'.'");
        assert_eq!(value_literal("1'; x"), "'1''; x'");
    }
}
