//! Production connectivity with certificates the test makes (support/certs.rs): etcd on HTTPS
//! only with client-certificate authentication, etcd with authentication, and MariaDB with
//! `require_secure_transport=ON` replicating over TLS.

use crate::drill::shard_primary;
use crate::support::shard::{ShardOpts, TestShard, POLL_DEADLINE};
use std::time::Duration;

/// Kills the primary and waits until check calls it dead.
fn kill_primary(s: &TestShard, alias: &str) {
    s.node(alias).kill9();
    s.wait_for_codes(&format!("DeadPrimary on {alias}"), POLL_DEADLINE, |c| {
        c.iter().any(|(a, k)| a == alias && k == "DeadPrimary")
    });
}

fn all(r: &crate::support::cmd::Run) -> String {
    format!("exit {}\nstdout:\n{}\nstderr:\n{}", r.code, r.stdout, r.stderr)
}

#[test]
fn etcd_https_with_client_certificates_discover_check_recover() {
    // Registration (topo add-cell/add-tablet: CAS writes) already went over HTTPS.
    let s = TestShard::start(ShardOpts::default().replicas(2).rdonly(false).etcd_tls());
    s.run(&["discover"]).expect_code(0);
    s.assert_healthy();
    // A failover takes the shard lock (lease + keepalive) and writes tablet and shard records.
    let old = s.alias(0).to_string();
    kill_primary(&s, &old);
    let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 0, "{}", all(&r));
    let new = shard_primary(&s);
    assert_ne!(new, old, "the failover wrote the new primary over HTTPS");

    let ep = s.etcd().endpoint();
    let certs = s.certs();
    // A CA that did not sign etcd's certificate: exit 3, naming the endpoint and the reason.
    let mut args: Vec<String> = vec!["--topo-etcd-tls-ca".into()];
    args.push(certs.other_ca().display().to_string());
    args.push("--topo-etcd-tls-cert".into());
    args.push(certs.client_cert().display().to_string());
    args.push("--topo-etcd-tls-key".into());
    args.push(certs.client_key().display().to_string());
    args.push("discover".into());
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = s.run_bare(&argv);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains(&format!("https://{ep}")), "names the endpoint: {}", all(&r));
    assert!(r.stderr.contains("unknown CA"), "names the certificate problem: {}", all(&r));

    // The right CA but no client certificate: etcd refuses the handshake.
    let ca = certs.ca().display().to_string();
    let r = s.run_bare(&["--topo-etcd-tls-ca", &ca, "discover"]);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains(&ep), "{}", all(&r));
    assert!(r.stderr.contains("client certificate"), "says what is missing: {}", all(&r));

    // Plain HTTP to the HTTPS port: a clear hint rather than a JSON decoding error.
    let r = s.run_bare(&["discover"]);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains("--topo-etcd-tls-ca"), "{}", all(&r));
}

#[test]
fn etcd_authentication_works_with_the_password_and_says_why_without() {
    let s = TestShard::start(ShardOpts::default().replicas(1).rdonly(false).etcd_auth());
    s.run(&["discover"]).expect_code(0);
    s.assert_healthy();

    let r = s.run_bare(&["discover"]);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains("--topo-etcd-user"), "{}", all(&r));
    assert!(r.stderr.contains(&s.etcd().endpoint()), "{}", all(&r));

    // The user without its password.
    let r = s.run_bare(&["--topo-etcd-user", crate::support::etcd::ETCD_USER, "discover"]);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains("authentication failed"), "{}", all(&r));
}

/// `Master_SSL_Allowed` of every node that replicates, by alias.
fn ssl_allowed(s: &TestShard, aliases: &[&str]) -> Vec<(String, Option<String>)> {
    aliases.iter().map(|a| (a.to_string(), s.node(a).slave_status("Master_SSL_Allowed"))).collect()
}

#[test]
fn mariadb_require_secure_transport_check_failover_and_refused_plaintext() {
    let s = TestShard::start(ShardOpts::default().replicas(2).rdonly(false).mysql_tls());
    // Healthy with verify_identity (the server certificate is for 127.0.0.1, signed by the CA).
    s.assert_healthy();

    // Plaintext is refused, and said so: never a dead primary, and recover cannot run.
    let plain = ["--mysql-ssl-mode", "disabled"];
    let mut args = vec!["--json", "check", "--topo-information-refresh-duration", "0s"];
    args.extend_from_slice(&plain);
    let r = s.run_bare(&args);
    assert_eq!(r.code, 1, "{}", all(&r));
    assert!(r.stdout.contains("requires secure transport"), "{}", all(&r));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("check JSON");
    let codes = crate::support::shard::codes_of(&v);
    assert!(!codes.iter().any(|(_, c)| c == "DeadPrimary"), "{codes:?}");
    let mut args = vec!["recover", "--topo-information-refresh-duration", "0s"];
    args.extend_from_slice(&plain);
    let r = s.run_bare(&args);
    assert_eq!(r.code, 3, "{}", all(&r));
    assert!(r.stderr.contains("requires secure transport"), "{}", all(&r));

    // A CA that did not sign the servers' certificates: named host, named reason.
    let other = s.certs().other_ca().display().to_string();
    let r = s.run_bare(&[
        "check",
        "--topo-information-refresh-duration",
        "0s",
        "--mysql-ssl-mode",
        "verify_identity",
        "--mysql-ssl-ca",
        &other,
    ]);
    assert_eq!(r.code, 1, "{}", all(&r));
    let out = format!("{}{}", r.stdout, r.stderr);
    assert!(out.contains(&s.node(s.alias(0)).addr()) && out.contains("unknown CA"), "{out}");

    // kill -9 of the primary: the plan keeps TLS on every repointed link, and so does the server.
    let old = s.alias(0).to_string();
    kill_primary(&s, &old);
    let r = s.run(&["recover", "--dry-run", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 0, "{}", all(&r));
    assert!(
        r.stdout.contains("MASTER_SSL=1, MASTER_SSL_CA=")
            && r.stdout.contains("MASTER_SSL_VERIFY_SERVER_CERT=1"),
        "the repoint keeps the link's TLS: {}",
        all(&r)
    );
    let r = s.run(&["recover", "--topo-information-refresh-duration", "0s"]);
    assert_eq!(r.code, 0, "{}", all(&r));
    let new = shard_primary(&s);
    assert_ne!(new, old);
    let others: Vec<&str> =
        s.tablets().iter().map(|t| t.alias.as_str()).filter(|a| *a != old && *a != new).collect();
    assert!(!others.is_empty());
    for a in &others {
        s.node(a).wait_until("IO thread running", Duration::from_secs(15), |n| {
            n.slave_status("Slave_IO_Running").as_deref() == Some("Yes")
        });
    }
    let ssl = ssl_allowed(&s, &others);
    assert!(ssl.iter().all(|(_, v)| v.as_deref() == Some("Yes")), "{ssl:?}");
    // And it replicates: a write on the new primary reaches every repointed replica.
    s.node(&new).exec("INSERT INTO app.t (v) VALUES ('after-tls-failover')");
    let pos = s.node(&new).gtid_binlog_pos();
    for a in &others {
        s.node(a).wait_replicated(&pos);
    }
    s.wait_for_codes("healthy but for the dead old primary", POLL_DEADLINE, |c| {
        c.iter().all(|(a, _)| a == &old)
    });
}
