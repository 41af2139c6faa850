# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vtorc_rs_global_optspecs
    string join \n topo-global-server-address= topo-global-root= topo-timeout= state-file= mysql-user= mysql-password-file= mysql-timeout= repl-user= repl-password-file= clusters-to-watch= json q/quiet v/verbose h/help V/version
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
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -s V -l version -d 'Print version'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "discover" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "check" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "recover" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "status" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "watch" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "set-durability" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "topo"
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "recoveries"
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "ack" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "generate"
complete -c vtorc-rs -n "__fish_vtorc_rs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand discover" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand check" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recover" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand status" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand watch" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand set-durability" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and not __fish_seen_subcommand_from placeholder help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from placeholder" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand topo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and not __fish_seen_subcommand_from placeholder help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from placeholder" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand recoveries; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand ack" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "completions" -d 'Write bash, zsh and fish completion scripts into DIR'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "man" -d 'Write vtorc-rs.1 and one page per subcommand into DIR'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l topo-global-server-address -d 'etcd endpoints of the global topology, comma-separated; tried in turn when one is down' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l topo-global-root -d 'Root of the global topology in etcd' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l topo-timeout -d 'Timeout of every etcd request' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l state-file -d 'SQLite state file shared by every vtorc-rs command on this host' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l mysql-user -d 'MySQL user vtorc-rs connects as. Its password comes from VTORC_MYSQL_PASSWORD or --mysql-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l mysql-password-file -d 'File holding the MySQL password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l mysql-timeout -d 'Connect and read timeout of every MySQL call made while probing' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l repl-user -d 'Replication user that replicas use to connect to a primary. Its password comes from VTORC_REPL_PASSWORD or --repl-password-file' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l repl-password-file -d 'File holding the replication password (first line). Keep it mode 0600' -r -F
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l clusters-to-watch -d 'Only these clusters: `keyspace` or `keyspace/shard`, comma-separated. Default: all' -r
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -l json -d 'Print results as JSON'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -s q -l quiet -d 'Print nothing but results and errors'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -s v -l verbose -d 'Explain each step on stderr'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Write bash, zsh and fish completion scripts into DIR'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write vtorc-rs.1 and one page per subcommand into DIR'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "discover" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "check" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "recover" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "status" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "watch" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "set-durability" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "topo"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "recoveries"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "ack" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "generate"
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and not __fish_seen_subcommand_from discover check recover status watch set-durability topo recoveries ack generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from topo" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from recoveries" -f -a "placeholder" -d 'Not yet built'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Write bash, zsh and fish completion scripts into DIR'
complete -c vtorc-rs -n "__fish_vtorc_rs_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write vtorc-rs.1 and one page per subcommand into DIR'
