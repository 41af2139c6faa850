# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vtorc_rs_global_optspecs
    string join \n topo-global-server-address= topo-global-root= topo-timeout= topo-etcd-tls-ca= topo-etcd-tls-cert= topo-etcd-tls-key= topo-etcd-user= topo-etcd-password-file= state-file= mysql-user= mysql-password-file= mysql-timeout= mysql-ssl-mode= mysql-ssl-ca= mysql-ssl-cert= mysql-ssl-key= repl-user= repl-password-file= repl-ssl repl-ssl-ca= repl-ssl-cert= repl-ssl-key= repl-ssl-verify-server-cert clusters-to-watch= json color= q/quiet v/verbose h/help V/version
end

function __fish_vtorc_rs_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_vtorc_rs_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_vtorc_rs_using_subcommand
    set -l cmd (__fish_vtorc_rs_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s V -l version -d 'Print version'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "discover" -d 'Read cells, keyspaces, shards and tablets from etcd into the state file'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "check" -d 'Probe every tablet and report replication problems; changes nothing'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "recover" -d 'Check, then repair and fail over: problems with a recovery are fixed under the shard lock'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "planned-reparent" -d 'Planned switchover (Vitess\'s PlannedReparentShard): under the shard lock, with every tablet answering, the candidate catches up while the primary still takes writes; the primary is demoted (semi-sync off, read-only, on MariaDB the sessions read_only does not stop killed); the candidate reaches exactly the demoted position (or the demotion is undone); it is promoted, the topology written, it is made writable and every other tablet, the old primary included, replicates from it. Exit 0 when done, 1 when refused or failed (nothing changed, or the demotion was undone), 3 when it could not run'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "emergency-reparent" -d 'Emergency reparent (Vitess\'s EmergencyReparentShard) started by hand: the failover `recover` runs for a dead primary, under the shard lock, optionally towards a named tablet, which first catches up from the most advanced tablet (or the command refuses rather than lose writes). A primary that answers and is writable is refused (use planned-reparent). The anti-flapping block holds and is placed after it. Exit 0 when done, 1 when refused, blocked or failed, 3 when it could not run'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "status" -d 'Show every watched shard: policy, primary, tablets, open problems, recent recoveries'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "watch" -d 'Watch every shard continuously: probe, analyse and recover in a loop (a systemd service)'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "set-durability" -d 'Set the durability policy of a keyspace'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "topo" -d 'Register and inspect cells, keyspaces, shards and tablets in the topology (a subset of vtctldclient, for sandboxes and tests where no vtctld runs)'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "recoveries" -d 'The recovery history, and the switches that stop recoveries on every vtorc-rs host'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "ack" -d 'Lift the failover block on a shard after a human has looked at the last failover'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l nagios -d 'Print one Nagios-style line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l refresh-topology -d 'Read the topology from etcd even when the stored copy is fresh'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l wait-replicas-timeout -d 'How long a failover waits for replicas to apply their relay logs (and to catch up)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l recovery-block-duration -d 'After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-lease-ttl -d 'TTL of the etcd lease behind the shard lock; a crashed holder\'s lock expires after it' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l pre-failover-hook -d 'Command run before a failover; a non-zero exit aborts it before anything changes. Split into arguments as a shell would (quotes and backslashes honoured), never run by one. Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost} {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l post-failover-hook -d 'Command run after a successful failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l post-unsuccessful-failover-hook -d 'Command run after a failed failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l hook-timeout -d 'Hooks running longer than this are killed' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l html-status -d 'Rewrite this static HTML status page (atomically) after every watch cycle or recover run' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l metrics-file -d 'Rewrite this Prometheus textfile (node_exporter textfile collector) after every watch cycle or recover run' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l prevent-cross-cell-failover -d 'Only promote a tablet in the failed primary\'s cell'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l dry-run -d 'Print the plan (candidate ranking, exact SQL with passwords masked, topology writes, hooks) and change nothing'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l new-primary -d 'The tablet to promote (a REPLICA). Default: the best REPLICA, explained in the plan' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l avoid-primary -d 'Only move the primary away if it is this tablet (nothing to do otherwise)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l tolerable-replication-lag -d 'A candidate lagging more than this is not eligible (0: no limit, as Vitess)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l wait-replicas-timeout -d 'How long a failover waits for replicas to apply their relay logs (and to catch up)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l recovery-block-duration -d 'After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-lease-ttl -d 'TTL of the etcd lease behind the shard lock; a crashed holder\'s lock expires after it' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l pre-failover-hook -d 'Command run before a failover; a non-zero exit aborts it before anything changes. Split into arguments as a shell would (quotes and backslashes honoured), never run by one. Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost} {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l post-failover-hook -d 'Command run after a successful failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l post-unsuccessful-failover-hook -d 'Command run after a failed failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l hook-timeout -d 'Hooks running longer than this are killed' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l allow-cross-cell-promotion -d 'Allow a candidate in another cell than the current primary\'s'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l dry-run -d 'Print the plan and change nothing'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l prevent-cross-cell-failover -d 'Only promote a tablet in the failed primary\'s cell'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand planned-reparent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l new-primary -d 'The tablet to promote. Default: the failover\'s own choice' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l ignore-replicas -d 'Tablets to leave out (comma-separated aliases): not stopped, waited for, promoted or repointed' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l wait-replicas-timeout -d 'How long a failover waits for replicas to apply their relay logs (and to catch up)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l recovery-block-duration -d 'After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-lease-ttl -d 'TTL of the etcd lease behind the shard lock; a crashed holder\'s lock expires after it' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l pre-failover-hook -d 'Command run before a failover; a non-zero exit aborts it before anything changes. Split into arguments as a shell would (quotes and backslashes honoured), never run by one. Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost} {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l post-failover-hook -d 'Command run after a successful failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l post-unsuccessful-failover-hook -d 'Command run after a failed failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l hook-timeout -d 'Hooks running longer than this are killed' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l dry-run -d 'Print the plan and change nothing'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l prevent-cross-cell-failover -d 'Only promote a tablet in the failed primary\'s cell'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand emergency-reparent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l html -d 'Also write the status as a static HTML page to FILE (replaced atomically)' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l html-refresh -d 'With --html: the page asks the browser to reload it every SECONDS (as watch\'s page does; no JavaScript), for a page a timer rewrites. (--refresh is taken: it runs a check first.)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l recoveries -d 'How many recent recoveries to show' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l refresh -d 'Run a check first (read etcd, probe every tablet, record problems), then show'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-information-refresh-duration -d 'Re-read the topology from etcd when the stored copy is older than this' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l instance-poll-time -d 'A probe older than this no longer counts as a valid check of the instance' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l reasonable-replication-lag -d 'Replication lag above this is reported as ReplicationLagging' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l probe-workers -d 'How many MySQL probes run at once' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l wait-replicas-timeout -d 'How long a failover waits for replicas to apply their relay logs (and to catch up)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l recovery-block-duration -d 'After a failover in a shard, block further failovers there this long (until `vtorc-rs ack`)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-lease-ttl -d 'TTL of the etcd lease behind the shard lock; a crashed holder\'s lock expires after it' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l pre-failover-hook -d 'Command run before a failover; a non-zero exit aborts it before anything changes. Split into arguments as a shell would (quotes and backslashes honoured), never run by one. Placeholders: {failureType} {failedHost} {failedPort} {failedAlias} {successorHost} {successorPort} {successorAlias} {keyspace} {shard} (also VTORC_*/ORC_* env variables)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l post-failover-hook -d 'Command run after a successful failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l post-unsuccessful-failover-hook -d 'Command run after a failed failover (same placeholders)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l hook-timeout -d 'Hooks running longer than this are killed' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l html-status -d 'Rewrite this static HTML status page (atomically) after every watch cycle or recover run' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l metrics-file -d 'Rewrite this Prometheus textfile (node_exporter textfile collector) after every watch cycle or recover run' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l audit-purge-duration -d 'Forget cleared detections, finished recoveries, audit lines and lifted blocks older than this (checked once an hour), so a long-running watch keeps its state file small' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l change-tablets-with-errant-gtid-to-drained -d 'Recover ErrantGTIDDetected by changing the tablet\'s type to DRAINED (VTOrc\'s --change-tablets-with-errant-gtid-to-drained). Off: errant GTIDs are only reported'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l prevent-cross-cell-failover -d 'Only promote a tablet in the failed primary\'s cell'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l no-recover -d 'Only watch: detect and record, never change anything'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l no-instant-detection -d 'Do not hold an idle connection to every primary. With it (the default), a primary whose connection breaks (mysqld died) has its shard checked at once instead of at the next tick; a hung primary is still found by the poll cycle'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "add-cell" -d 'Register a cell (writes <global root>/cells/<CELL>/CellInfo)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "create-keyspace" -d 'Create a keyspace record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "add-tablet" -d 'Register a tablet, as vtctld\'s InitTablet does'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "remove-tablet" -d 'Remove a tablet record (and its ShardReplication entry)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "get-tablet" -d 'Show one tablet record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "get-tablets" -d 'List tablets: alias, keyspace, shard, type, MySQL address (like vtctldclient GetTablets)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "get-keyspaces" -d 'List keyspaces with their durability policy'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "get-shard" -d 'Show a shard record: primary, primary term start, emergency reparent switch'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "set-shard-primary" -d 'Set or clear the Shard record\'s primary_alias deliberately (under the shard lock), e.g. to repair a shard whose primary record was removed. The tablet must be in the shard; its primary term (or now) becomes the shard\'s'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l root -d 'Root of the cell\'s topology. Default: /vitess/<CELL>' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l server-address -d 'etcd endpoints holding the cell\'s topology. Default: the global topology\'s' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-cell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l durability-policy -d 'none, semi_sync, cross_cell, semi_sync_with_rdonly_ack or cross_cell_with_rdonly_ack. Without one, vtorc-rs reports the keyspace and never recovers it' -r -f -a "none\t''
semi_sync\t''
cross_cell\t''
semi_sync_with_rdonly_ack\t''
cross_cell_with_rdonly_ack\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from create-keyspace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l keyspace -d 'Keyspace of the tablet; it must exist (topo create-keyspace)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l shard -d 'Shard name: 0 for unsharded, or a key range such as -80, 80-' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l type -d 'primary, replica, rdonly, spare, experimental, backup, restore or drained' -r -f -a "primary\t''
replica\t''
rdonly\t''
spare\t''
experimental\t''
backup\t''
restore\t''
drained\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-host -d 'Host that vtorc-rs and the replicas use to reach this tablet\'s MySQL' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-port -d 'Port of the tablet\'s MySQL' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l hostname -d 'The vttablet\'s host name. Default: --mysql-host' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l allow-primary-override -d 'With --type primary: make it the shard\'s primary even though the shard has one'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from add-tablet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l allow-primary -d 'Also remove the shard\'s primary. The shard is then left without a primary alias and its term is set to now, which is what VTOrc calls PrimaryTabletDeleted'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from remove-tablet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l keyspace -d 'Only tablets of this keyspace' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l shard -d 'Only tablets of this shard (0, -80, 80-...)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l cell -d 'Only tablets of this cell' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-tablets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-keyspaces" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from get-shard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l clear -d 'Leave the shard with no primary alias (its term is kept)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from set-shard-primary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "add-cell" -d 'Register a cell (writes <global root>/cells/<CELL>/CellInfo)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "create-keyspace" -d 'Create a keyspace record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "add-tablet" -d 'Register a tablet, as vtctld\'s InitTablet does'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "remove-tablet" -d 'Remove a tablet record (and its ShardReplication entry)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "get-tablet" -d 'Show one tablet record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "get-tablets" -d 'List tablets: alias, keyspace, shard, type, MySQL address (like vtctldclient GetTablets)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "get-keyspaces" -d 'List keyspaces with their durability policy'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "get-shard" -d 'Show a shard record: primary, primary term start, emergency reparent switch'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "set-shard-primary" -d 'Set or clear the Shard record\'s primary_alias deliberately (under the shard lock), e.g. to repair a shard whose primary record was removed. The tablet must be in the shard; its primary term (or now) becomes the shard\'s'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -f -a "list" -d 'List recent recoveries, newest first, with the global switch and failover blocks'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -f -a "disable" -d 'Stop every vtorc-rs watching this topology from recovering anything (detection goes on)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -f -a "enable" -d 'Allow recoveries again after `recoveries disable`'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from list disable enable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l limit -d 'How many recoveries to show' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l keyspace -d 'Only this keyspace (switches Vitess\'s per-keyspace emergency-reparent flag)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l shard -d 'Only this shard of --keyspace' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l keyspace -d 'Only this keyspace (switches Vitess\'s per-keyspace emergency-reparent flag)' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l shard -d 'Only this shard of --keyspace' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recent recoveries, newest first, with the global switch and failover blocks'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop every vtorc-rs watching this topology from recovering anything (detection goes on)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Allow recoveries again after `recoveries disable`'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l by -d 'Who acknowledges, for the audit log. Default: $USER' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-etcd-tls-ca -d 'CA certificate (PEM) that etcd\'s server certificate must be signed by. With it (or with a client certificate) every etcd endpoint is reached over HTTPS' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-etcd-tls-cert -d 'Client certificate (PEM) for etcd\'s --client-cert-auth; needs --topo-etcd-tls-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-etcd-tls-key -d 'Private key (PEM) of --topo-etcd-tls-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-etcd-user -d 'etcd user, when etcd has authentication enabled. Its password comes from VTORC_TOPO_ETCD_PASSWORD or --topo-etcd-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-etcd-password-file -d 'File holding the etcd password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host: the systemd units, cron and an operator\'s shell all use this one file. Its directory must exist' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-ssl-mode -d 'TLS of vtorc-rs\'s own MySQL connections, as the mysql client\'s --ssl-mode: `preferred` uses TLS when the server offers it, `required` insists, `verify_ca` also checks the certificate against --mysql-ssl-ca, `verify_identity` also checks the host name or IP' -r -f -a "disabled\t'Plaintext only'
preferred\t'TLS when the server offers it, without verifying its certificate; plaintext otherwise'
required\t'TLS or no connection; the certificate is not verified'
verify_ca\t'TLS with the server certificate verified against the CA (not its name)'
verify_identity\t'TLS with the server certificate verified against the CA and the host name or IP'"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-ssl-ca -d 'CA certificate (PEM) for --mysql-ssl-mode verify_ca / verify_identity' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-ssl-cert -d 'Client certificate (PEM) vtorc-rs presents to MySQL; needs --mysql-ssl-key' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-ssl-key -d 'Private key (PEM) of --mysql-ssl-cert. Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-ssl-ca -d 'CA file for replication links, as a path on the MySQL hosts (MASTER_SSL_CA). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-ssl-cert -d 'Client certificate for replication links, a path on the MySQL hosts (MASTER_SSL_CERT). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-ssl-key -d 'Key of --repl-ssl-cert, a path on the MySQL hosts (MASTER_SSL_KEY). Implies --repl-ssl' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l color -d 'Colour severities: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-ssl -d 'Replication links vtorc-rs configures (CHANGE MASTER / CHANGE REPLICATION SOURCE) use TLS: MASTER_SSL=1 / SOURCE_SSL=1. Without any --repl-ssl* flag a replica keeps the TLS settings it had'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-ssl-verify-server-cert -d 'Replicas verify their primary\'s certificate and name (MASTER_SSL_VERIFY_SERVER_CERT=1). Implies --repl-ssl'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "discover" -d 'Read cells, keyspaces, shards and tablets from etcd into the state file'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "check" -d 'Probe every tablet and report replication problems; changes nothing'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "recover" -d 'Check, then repair and fail over: problems with a recovery are fixed under the shard lock'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "planned-reparent" -d 'Planned switchover (Vitess\'s PlannedReparentShard): under the shard lock, with every tablet answering, the candidate catches up while the primary still takes writes; the primary is demoted (semi-sync off, read-only, on MariaDB the sessions read_only does not stop killed); the candidate reaches exactly the demoted position (or the demotion is undone); it is promoted, the topology written, it is made writable and every other tablet, the old primary included, replicates from it. Exit 0 when done, 1 when refused or failed (nothing changed, or the demotion was undone), 3 when it could not run'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "emergency-reparent" -d 'Emergency reparent (Vitess\'s EmergencyReparentShard) started by hand: the failover `recover` runs for a dead primary, under the shard lock, optionally towards a named tablet, which first catches up from the most advanced tablet (or the command refuses rather than lose writes). A primary that answers and is writable is refused (use planned-reparent). The anti-flapping block holds and is placed after it. Exit 0 when done, 1 when refused, blocked or failed, 3 when it could not run'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "status" -d 'Show every watched shard: policy, primary, tablets, open problems, recent recoveries'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "watch" -d 'Watch every shard continuously: probe, analyse and recover in a loop (a systemd service)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "set-durability" -d 'Set the durability policy of a keyspace'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "topo" -d 'Register and inspect cells, keyspaces, shards and tablets in the topology (a subset of vtctldclient, for sandboxes and tests where no vtctld runs)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "recoveries" -d 'The recovery history, and the switches that stop recoveries on every vtorc-rs host'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "ack" -d 'Lift the failover block on a shard after a human has looked at the last failover'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "add-cell" -d 'Register a cell (writes <global root>/cells/<CELL>/CellInfo)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "create-keyspace" -d 'Create a keyspace record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "add-tablet" -d 'Register a tablet, as vtctld\'s InitTablet does'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "remove-tablet" -d 'Remove a tablet record (and its ShardReplication entry)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "get-tablet" -d 'Show one tablet record'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "get-tablets" -d 'List tablets: alias, keyspace, shard, type, MySQL address (like vtctldclient GetTablets)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "get-keyspaces" -d 'List keyspaces with their durability policy'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "get-shard" -d 'Show a shard record: primary, primary term start, emergency reparent switch'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "set-shard-primary" -d 'Set or clear the Shard record\'s primary_alias deliberately (under the shard lock), e.g. to repair a shard whose primary record was removed. The tablet must be in the shard; its primary term (or now) becomes the shard\'s'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from recoveries" -f -a "list" -d 'List recent recoveries, newest first, with the global switch and failover blocks'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from recoveries" -f -a "disable" -d 'Stop every vtorc-rs watching this topology from recovering anything (detection goes on)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from recoveries" -f -a "enable" -d 'Allow recoveries again after `recoveries disable`'
