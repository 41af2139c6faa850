//! Certificates made by the test (rcgen, no openssl binary): a CA, a server certificate for
//! 127.0.0.1 signed by it, a client certificate signed by it, and a second CA that signed
//! nothing the servers use (a "wrong CA"). Written as PEM files in a 0700 temp dir.

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

pub struct Certs {
    dir: tempfile::TempDir,
}

fn ca_params(name: &str) -> CertificateParams {
    let mut p = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    p.distinguished_name.push(DnType::CommonName, name);
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    p
}

fn leaf_params(names: &[&str], usage: &[ExtendedKeyUsagePurpose]) -> CertificateParams {
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let mut p = CertificateParams::new(names).expect("leaf params");
    p.distinguished_name.push(DnType::CommonName, "vtorc-rs test");
    p.key_usages = vec![KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::KeyEncipherment];
    p.extended_key_usages = usage.to_vec();
    p
}

impl Certs {
    /// Generates everything (a few milliseconds).
    pub fn generate() -> Certs {
        let dir = tempfile::Builder::new().prefix("vtorc-certs-").tempdir().expect("tempdir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .expect("chmod 700");
        let c = Certs { dir };
        let ca_key = KeyPair::generate().expect("CA key");
        let ca_p = ca_params("vtorc-rs test CA");
        let ca = ca_p.self_signed(&ca_key).expect("CA cert");
        c.write("ca.pem", &ca.pem());
        let issuer = Issuer::new(ca_p, ca_key);
        // Server: the loopback IP (what the tests connect to) and localhost. Client use too:
        // etcd's own gRPC gateway connects to etcd with the server certificate.
        use ExtendedKeyUsagePurpose::{ClientAuth, ServerAuth};
        for (name, names, usage) in [
            ("server", &["127.0.0.1", "localhost"][..], &[ServerAuth, ClientAuth][..]),
            ("client", &["vtorc-rs"][..], &[ClientAuth][..]),
        ] {
            let key = KeyPair::generate().expect("leaf key");
            let cert = leaf_params(names, usage).signed_by(&key, &issuer).expect("sign leaf");
            c.write(&format!("{name}.pem"), &cert.pem());
            c.write(&format!("{name}-key.pem"), &key.serialize_pem());
        }
        let other_key = KeyPair::generate().expect("other CA key");
        let other = ca_params("some other CA").self_signed(&other_key).expect("other CA");
        c.write("other-ca.pem", &other.pem());
        c
    }

    fn write(&self, name: &str, text: &str) {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).expect("write PEM");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod 600");
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }
    pub fn other_ca(&self) -> PathBuf {
        self.dir.path().join("other-ca.pem")
    }
    pub fn server_cert(&self) -> PathBuf {
        self.dir.path().join("server.pem")
    }
    pub fn server_key(&self) -> PathBuf {
        self.dir.path().join("server-key.pem")
    }
    pub fn client_cert(&self) -> PathBuf {
        self.dir.path().join("client.pem")
    }
    pub fn client_key(&self) -> PathBuf {
        self.dir.path().join("client-key.pem")
    }
    /// ureq TLS config trusting the CA and presenting the client certificate (the test's own
    /// raw etcd requests).
    pub fn ureq_tls(&self) -> ureq::tls::TlsConfig {
        let pem = |p: PathBuf| std::fs::read(p).expect("read PEM");
        let ca = ureq::tls::Certificate::from_pem(&pem(self.ca())).expect("CA PEM");
        let cert = ureq::tls::Certificate::from_pem(&pem(self.client_cert())).expect("cert PEM");
        let key = ureq::tls::PrivateKey::from_pem(&pem(self.client_key())).expect("key PEM");
        ureq::tls::TlsConfig::builder()
            .root_certs(ureq::tls::RootCerts::new_with_certs(&[ca]))
            .client_cert(Some(ureq::tls::ClientCert::new_with_certs(&[cert], key)))
            .build()
    }
}
