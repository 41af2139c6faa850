//! TLS settings shared by the etcd and MySQL clients, and the one place that turns a TLS
//! library's error text into a reason an operator can act on. No I/O.
//!
//! Like `secret`, this module depends on nothing else in the crate: the integration tests compile
//! `src/mysql` (which uses it) into their own binary.

use std::path::PathBuf;

/// How vtorc-rs's own MySQL connections use TLS; the mysql client's `--ssl-mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SslMode {
    /// Plaintext only.
    Disabled,
    /// TLS when the server offers it, without verifying its certificate; plaintext otherwise.
    #[default]
    Preferred,
    /// TLS or no connection; the certificate is not verified.
    Required,
    /// TLS with the server certificate verified against the CA (not its name).
    #[value(name = "verify_ca")]
    VerifyCa,
    /// TLS with the server certificate verified against the CA and the host name or IP.
    #[value(name = "verify_identity")]
    VerifyIdentity,
}

impl SslMode {
    /// The flag value, for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disabled => "disabled",
            SslMode::Preferred => "preferred",
            SslMode::Required => "required",
            SslMode::VerifyCa => "verify_ca",
            SslMode::VerifyIdentity => "verify_identity",
        }
    }
}

/// Certificate files: a CA bundle to verify the peer, and a client certificate with its key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

impl TlsFiles {
    pub fn is_empty(&self) -> bool {
        self.ca.is_none() && self.cert.is_none() && self.key.is_none()
    }
}

/// TLS of one MySQL session (vtorc-rs's own) or of a replication link it configures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MysqlTls {
    pub mode: SslMode,
    pub files: TlsFiles,
}

/// What a TLS failure means, from the text rustls (through ureq or the mysql crate) gives, or
/// None when the text is not about TLS. The library's own text stays in the message beside it.
pub fn reason(text: &str) -> Option<&'static str> {
    let t = text.to_ascii_lowercase();
    let table: &[(&[&str], &'static str)] = &[
        (&["unknownissuer", "unknown ca", "unknown issuer"], "certificate signed by an unknown CA"),
        (&["not valid for name", "notvalidforname"], "certificate name mismatch"),
        (&["certificate expired", "expired"], "certificate expired"),
        (&["not valid yet", "notvalidyet"], "certificate not valid yet"),
        (
            &["certificaterequired", "badcertificate", "certificate required", "handshakefailure"],
            "the server rejected the client certificate (missing or not signed by its CA)",
        ),
        (
            &["corrupt message", "invalidcontenttype", "http request to an https server"],
            "the endpoint does not speak TLS the way it was asked to (http:// vs https://)",
        ),
        (&["insecure transport", "secure transport"], "the server requires secure transport"),
        (&["invalid peer certificate", "tls", "rustls", "certificate"], "TLS handshake failed"),
    ];
    table.iter().find(|(needles, _)| needles.iter().any(|n| t.contains(n))).map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_from_rustls_texts() {
        assert_eq!(
            reason("rustls: invalid peer certificate: UnknownIssuer"),
            Some("certificate signed by an unknown CA")
        );
        assert_eq!(
            reason("invalid peer certificate: certificate not valid for name \"10.0.0.1\"; certificate is only valid for 127.0.0.1"),
            Some("certificate name mismatch")
        );
        assert_eq!(
            reason("invalid peer certificate: certificate expired: verification time 2"),
            Some("certificate expired")
        );
        assert_eq!(
            reason("rustls: received fatal alert: CertificateRequired"),
            Some("the server rejected the client certificate (missing or not signed by its CA)")
        );
        assert_eq!(
            reason("Connections using insecure transport are prohibited while --require_secure_transport=ON."),
            Some("the server requires secure transport")
        );
        assert_eq!(reason("Connection refused (os error 111)"), None);
        assert_eq!(reason("Access denied for user 'vtorc'@'127.0.0.1'"), None);
    }

    #[test]
    fn default_mode_is_preferred() {
        assert_eq!(SslMode::default(), SslMode::Preferred);
        assert_eq!(SslMode::VerifyIdentity.as_str(), "verify_identity");
        assert!(TlsFiles::default().is_empty());
    }
}
