//! How the etcd client connects: TLS (a CA to verify etcd, a client certificate for
//! `--client-cert-auth`), loaded once from files into ureq's config, and etcd's own
//! authentication (user and password exchanged for a token). Reads the certificate files; the
//! command layer calls [`load_tls`] once and hands the result down.

use super::etcd::TopoError;
use crate::secret::Credentials;
use crate::tls::TlsFiles;
use std::path::Path;
use std::time::Duration;
use ureq::tls::{ClientCert, PemItem, RootCerts, TlsConfig};

/// Everything an etcd client is built from, shared by the global client and the cells'.
#[derive(Debug, Clone)]
pub struct EtcdOptions {
    /// Every request ends within this.
    pub timeout: Duration,
    /// Some: endpoints without a scheme (and `http://` ones) are reached over HTTPS.
    pub tls: Option<EtcdTls>,
    /// etcd user and password, exchanged for a token (`/v3/auth/authenticate`).
    pub auth: Option<Credentials>,
}

/// A loaded TLS configuration (certificates parsed, so a bad file fails before any request).
#[derive(Clone)]
pub struct EtcdTls {
    pub config: TlsConfig,
    pub files: TlsFiles,
}

impl std::fmt::Debug for EtcdTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The key's bytes must never print; the paths say everything useful.
        f.debug_struct("EtcdTls").field("files", &self.files).finish()
    }
}

fn bad_file(flag: &str, path: &Path, reason: impl std::fmt::Display) -> TopoError {
    TopoError::Invalid { key: format!("{flag} {}", path.display()), reason: reason.to_string() }
}

/// The PEM items of `path`, or an error naming the flag and the file.
fn read_pem(flag: &str, path: &Path) -> Result<Vec<PemItem<'static>>, TopoError> {
    let bytes = std::fs::read(path).map_err(|e| bad_file(flag, path, e))?;
    let items: Result<Vec<_>, _> = ureq::tls::parse_pem(&bytes).collect();
    let items = items.map_err(|e| bad_file(flag, path, format!("not PEM: {e}")))?;
    if items.is_empty() {
        return Err(bad_file(flag, path, "no PEM certificate or key in it"));
    }
    Ok(items)
}

fn certs_of(flag: &str, path: &Path) -> Result<Vec<ureq::tls::Certificate<'static>>, TopoError> {
    let certs: Vec<_> = read_pem(flag, path)?
        .into_iter()
        .filter_map(|i| match i {
            PemItem::Certificate(c) => Some(c),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err(bad_file(flag, path, "no certificate in it"));
    }
    Ok(certs)
}

/// Reads `--topo-etcd-tls-ca/-cert/-key`. With a CA only that CA is trusted (as Vitess does);
/// without one the public web roots are, for an `https://` endpoint with a public certificate.
pub fn load_tls(files: &TlsFiles) -> Result<EtcdTls, TopoError> {
    let mut b = TlsConfig::builder();
    if let Some(ca) = &files.ca {
        b = b.root_certs(RootCerts::new_with_certs(&certs_of("--topo-etcd-tls-ca", ca)?));
    }
    match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => {
            let chain = certs_of("--topo-etcd-tls-cert", cert)?;
            let key_item =
                read_pem("--topo-etcd-tls-key", key)?.into_iter().find_map(|i| match i {
                    PemItem::PrivateKey(k) => Some(k),
                    _ => None,
                });
            let key_item = key_item
                .ok_or_else(|| bad_file("--topo-etcd-tls-key", key, "no private key in it"))?;
            b = b.client_cert(Some(ClientCert::new_with_certs(&chain, key_item)));
        }
        (None, None) => {}
        (Some(p), None) | (None, Some(p)) => {
            return Err(bad_file(
                "--topo-etcd-tls-cert/--topo-etcd-tls-key",
                p,
                "a client certificate needs both --topo-etcd-tls-cert and --topo-etcd-tls-key",
            ))
        }
    }
    Ok(EtcdTls { config: b.build(), files: files.clone() })
}

/// etcd said the token is no longer valid (simple tokens expire after `--auth-token-ttl` of
/// disuse, JWTs at their expiry): authenticate again and resend.
pub fn token_expired(message: &str) -> bool {
    message.contains("invalid auth token")
}

/// A hint for etcd's authentication refusals, appended to its own message.
pub fn auth_hint(message: &str, have_user: bool) -> Option<&'static str> {
    if message.contains("user name is empty") && !have_user {
        Some("etcd has authentication enabled: give --topo-etcd-user and its password (VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file)")
    } else if message.contains("authentication failed") {
        Some("check --topo-etcd-user and its password (VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file)")
    } else if message.contains("permission denied") {
        Some("the etcd user's role must grant readwrite on the topology's key prefix")
    } else if message.contains("HTTPS server") {
        Some("the endpoint speaks HTTPS: give --topo-etcd-tls-ca (and --topo-etcd-tls-cert/-key if it checks client certificates) or write https://host:port")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints() {
        assert!(token_expired("etcdserver: invalid auth token"));
        assert!(!token_expired("etcdserver: permission denied"));
        assert!(auth_hint("etcdserver: user name is empty", false)
            .is_some_and(|h| h.contains("--topo-etcd-user")));
        assert!(auth_hint("etcdserver: authentication failed, invalid user ID or password", true)
            .is_some_and(|h| h.contains("password")));
        assert!(auth_hint("Client sent an HTTP request to an HTTPS server.", false)
            .is_some_and(|h| h.contains("--topo-etcd-tls-ca")));
        assert_eq!(auth_hint("etcdserver: key not found", false), None);
    }

    #[test]
    fn bad_files_name_the_flag_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ca.pem");
        std::fs::write(&p, "not a certificate").unwrap();
        let files = TlsFiles { ca: Some(p.clone()), ..TlsFiles::default() };
        let e = load_tls(&files).unwrap_err().to_string();
        assert!(e.contains("--topo-etcd-tls-ca") && e.contains("ca.pem"), "{e}");
        let files = TlsFiles { cert: Some(p), ..TlsFiles::default() };
        let e = load_tls(&files).unwrap_err().to_string();
        assert!(e.contains("needs both"), "{e}");
        let missing = TlsFiles { ca: Some(dir.path().join("nope.pem")), ..TlsFiles::default() };
        assert!(load_tls(&missing).unwrap_err().to_string().contains("nope.pem"));
    }
}
