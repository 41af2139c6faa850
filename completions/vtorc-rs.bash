_vtorc__rs() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="vtorc__rs"
                ;;
            vtorc__rs,ack)
                cmd="vtorc__rs__subcmd__ack"
                ;;
            vtorc__rs,check)
                cmd="vtorc__rs__subcmd__check"
                ;;
            vtorc__rs,discover)
                cmd="vtorc__rs__subcmd__discover"
                ;;
            vtorc__rs,emergency-reparent)
                cmd="vtorc__rs__subcmd__emergency__subcmd__reparent"
                ;;
            vtorc__rs,help)
                cmd="vtorc__rs__subcmd__help"
                ;;
            vtorc__rs,planned-reparent)
                cmd="vtorc__rs__subcmd__planned__subcmd__reparent"
                ;;
            vtorc__rs,recover)
                cmd="vtorc__rs__subcmd__recover"
                ;;
            vtorc__rs,recoveries)
                cmd="vtorc__rs__subcmd__recoveries"
                ;;
            vtorc__rs,set-durability)
                cmd="vtorc__rs__subcmd__set__subcmd__durability"
                ;;
            vtorc__rs,status)
                cmd="vtorc__rs__subcmd__status"
                ;;
            vtorc__rs,topo)
                cmd="vtorc__rs__subcmd__topo"
                ;;
            vtorc__rs,watch)
                cmd="vtorc__rs__subcmd__watch"
                ;;
            vtorc__rs__subcmd__help,ack)
                cmd="vtorc__rs__subcmd__help__subcmd__ack"
                ;;
            vtorc__rs__subcmd__help,check)
                cmd="vtorc__rs__subcmd__help__subcmd__check"
                ;;
            vtorc__rs__subcmd__help,discover)
                cmd="vtorc__rs__subcmd__help__subcmd__discover"
                ;;
            vtorc__rs__subcmd__help,emergency-reparent)
                cmd="vtorc__rs__subcmd__help__subcmd__emergency__subcmd__reparent"
                ;;
            vtorc__rs__subcmd__help,help)
                cmd="vtorc__rs__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__help,planned-reparent)
                cmd="vtorc__rs__subcmd__help__subcmd__planned__subcmd__reparent"
                ;;
            vtorc__rs__subcmd__help,recover)
                cmd="vtorc__rs__subcmd__help__subcmd__recover"
                ;;
            vtorc__rs__subcmd__help,recoveries)
                cmd="vtorc__rs__subcmd__help__subcmd__recoveries"
                ;;
            vtorc__rs__subcmd__help,set-durability)
                cmd="vtorc__rs__subcmd__help__subcmd__set__subcmd__durability"
                ;;
            vtorc__rs__subcmd__help,status)
                cmd="vtorc__rs__subcmd__help__subcmd__status"
                ;;
            vtorc__rs__subcmd__help,topo)
                cmd="vtorc__rs__subcmd__help__subcmd__topo"
                ;;
            vtorc__rs__subcmd__help,watch)
                cmd="vtorc__rs__subcmd__help__subcmd__watch"
                ;;
            vtorc__rs__subcmd__help__subcmd__recoveries,disable)
                cmd="vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__disable"
                ;;
            vtorc__rs__subcmd__help__subcmd__recoveries,enable)
                cmd="vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__enable"
                ;;
            vtorc__rs__subcmd__help__subcmd__recoveries,list)
                cmd="vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__list"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,add-cell)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__add__subcmd__cell"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,add-tablet)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__add__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,create-keyspace)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__create__subcmd__keyspace"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,get-keyspaces)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__keyspaces"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,get-shard)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__shard"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,get-tablet)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,get-tablets)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__tablets"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,remove-tablet)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__remove__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,set-shard-primary)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__set__subcmd__shard__subcmd__primary"
                ;;
            vtorc__rs__subcmd__recoveries,disable)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__disable"
                ;;
            vtorc__rs__subcmd__recoveries,enable)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__enable"
                ;;
            vtorc__rs__subcmd__recoveries,help)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help"
                ;;
            vtorc__rs__subcmd__recoveries,list)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__list"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,disable)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__disable"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,enable)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__enable"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,help)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,list)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__list"
                ;;
            vtorc__rs__subcmd__topo,add-cell)
                cmd="vtorc__rs__subcmd__topo__subcmd__add__subcmd__cell"
                ;;
            vtorc__rs__subcmd__topo,add-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__add__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo,create-keyspace)
                cmd="vtorc__rs__subcmd__topo__subcmd__create__subcmd__keyspace"
                ;;
            vtorc__rs__subcmd__topo,get-keyspaces)
                cmd="vtorc__rs__subcmd__topo__subcmd__get__subcmd__keyspaces"
                ;;
            vtorc__rs__subcmd__topo,get-shard)
                cmd="vtorc__rs__subcmd__topo__subcmd__get__subcmd__shard"
                ;;
            vtorc__rs__subcmd__topo,get-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__get__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo,get-tablets)
                cmd="vtorc__rs__subcmd__topo__subcmd__get__subcmd__tablets"
                ;;
            vtorc__rs__subcmd__topo,help)
                cmd="vtorc__rs__subcmd__topo__subcmd__help"
                ;;
            vtorc__rs__subcmd__topo,remove-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__remove__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo,set-shard-primary)
                cmd="vtorc__rs__subcmd__topo__subcmd__set__subcmd__shard__subcmd__primary"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,add-cell)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__add__subcmd__cell"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,add-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__add__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,create-keyspace)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__create__subcmd__keyspace"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,get-keyspaces)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__keyspaces"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,get-shard)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__shard"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,get-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,get-tablets)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__tablets"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,help)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,remove-tablet)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__remove__subcmd__tablet"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,set-shard-primary)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__set__subcmd__shard__subcmd__primary"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        vtorc__rs)
            opts="-q -v -h -V --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help --version discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__ack)
            opts="-q -v -h --by --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__check)
            opts="-q -v -h --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --nagios --refresh-topology --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__discover)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__emergency__subcmd__reparent)
            opts="-q -v -h --new-primary --ignore-replicas --dry-run --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --wait-replicas-timeout --prevent-cross-cell-failover --recovery-block-duration --topo-etcd-lease-ttl --pre-failover-hook --post-failover-hook --post-unsuccessful-failover-hook --hook-timeout --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --new-primary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-replicas-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-block-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-lease-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pre-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-unsuccessful-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hook-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help)
            opts="discover check recover planned-reparent emergency-reparent status watch set-durability topo recoveries ack help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__ack)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__discover)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__emergency__subcmd__reparent)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__planned__subcmd__reparent)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__recover)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__recoveries)
            opts="list disable enable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__set__subcmd__durability)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo)
            opts="add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__add__subcmd__cell)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__add__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__create__subcmd__keyspace)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__keyspaces)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__shard)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__get__subcmd__tablets)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__remove__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__topo__subcmd__set__subcmd__shard__subcmd__primary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__help__subcmd__watch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__planned__subcmd__reparent)
            opts="-q -v -h --new-primary --avoid-primary --tolerable-replication-lag --allow-cross-cell-promotion --dry-run --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --wait-replicas-timeout --prevent-cross-cell-failover --recovery-block-duration --topo-etcd-lease-ttl --pre-failover-hook --post-failover-hook --post-unsuccessful-failover-hook --hook-timeout --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --new-primary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --avoid-primary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tolerable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-replicas-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-block-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-lease-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pre-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-unsuccessful-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hook-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recover)
            opts="-q -v -h --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --wait-replicas-timeout --prevent-cross-cell-failover --recovery-block-duration --topo-etcd-lease-ttl --pre-failover-hook --post-failover-hook --post-unsuccessful-failover-hook --hook-timeout --dry-run --html-status --metrics-file --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-replicas-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-block-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-lease-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pre-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-unsuccessful-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hook-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --html-status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metrics-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help list disable enable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__disable)
            opts="-q -v -h --keyspace --shard --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keyspace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__enable)
            opts="-q -v -h --keyspace --shard --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keyspace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__help)
            opts="list disable enable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__recoveries__subcmd__list)
            opts="-q -v -h --limit --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__set__subcmd__durability)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help none semi_sync cross_cell semi_sync_with_rdonly_ack cross_cell_with_rdonly_ack"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__status)
            opts="-q -v -h --refresh --html --html-refresh --recoveries --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --html)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --html-refresh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recoveries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__add__subcmd__cell)
            opts="-q -v -h --root --server-address --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__add__subcmd__tablet)
            opts="-q -v -h --keyspace --shard --type --mysql-host --mysql-port --hostname --allow-primary-override --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keyspace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "primary replica rdonly spare experimental backup restore drained" -- "${cur}"))
                    return 0
                    ;;
                --mysql-host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hostname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__create__subcmd__keyspace)
            opts="-q -v -h --durability-policy --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --durability-policy)
                    COMPREPLY=($(compgen -W "none semi_sync cross_cell semi_sync_with_rdonly_ack cross_cell_with_rdonly_ack" -- "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__get__subcmd__keyspaces)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__get__subcmd__shard)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__get__subcmd__tablet)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__get__subcmd__tablets)
            opts="-q -v -h --keyspace --shard --cell --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keyspace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cell)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help)
            opts="add-cell create-keyspace add-tablet remove-tablet get-tablet get-tablets get-keyspaces get-shard set-shard-primary help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__add__subcmd__cell)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__add__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__create__subcmd__keyspace)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__keyspaces)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__shard)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__get__subcmd__tablets)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__remove__subcmd__tablet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__help__subcmd__set__subcmd__shard__subcmd__primary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__remove__subcmd__tablet)
            opts="-q -v -h --allow-primary --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__topo__subcmd__set__subcmd__shard__subcmd__primary)
            opts="-q -v -h --clear --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__rs__subcmd__watch)
            opts="-q -v -h --topo-information-refresh-duration --instance-poll-time --reasonable-replication-lag --change-tablets-with-errant-gtid-to-drained --probe-workers --wait-replicas-timeout --prevent-cross-cell-failover --recovery-block-duration --topo-etcd-lease-ttl --pre-failover-hook --post-failover-hook --post-unsuccessful-failover-hook --hook-timeout --no-recover --no-instant-detection --html-status --metrics-file --audit-purge-duration --topo-global-server-address --topo-global-root --topo-timeout --topo-etcd-tls-ca --topo-etcd-tls-cert --topo-etcd-tls-key --topo-etcd-user --topo-etcd-password-file --state-file --mysql-user --mysql-password-file --mysql-timeout --mysql-ssl-mode --mysql-ssl-ca --mysql-ssl-cert --mysql-ssl-key --repl-user --repl-password-file --repl-ssl --repl-ssl-ca --repl-ssl-cert --repl-ssl-key --repl-ssl-verify-server-cert --clusters-to-watch --json --color --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --topo-information-refresh-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-poll-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reasonable-replication-lag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --probe-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-replicas-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-block-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-lease-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pre-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --post-unsuccessful-failover-hook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hook-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --html-status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metrics-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audit-purge-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-server-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-global-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topo-etcd-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-mode)
                    COMPREPLY=($(compgen -W "disabled preferred required verify_ca verify_identity" -- "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mysql-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-ssl-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _vtorc__rs -o nosort -o bashdefault -o default vtorc-rs
else
    complete -F _vtorc__rs -o bashdefault -o default vtorc-rs
fi
