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
            vtorc__rs,generate)
                cmd="vtorc__rs__subcmd__generate"
                ;;
            vtorc__rs,help)
                cmd="vtorc__rs__subcmd__help"
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
            vtorc__rs__subcmd__generate,completions)
                cmd="vtorc__rs__subcmd__generate__subcmd__completions"
                ;;
            vtorc__rs__subcmd__generate,help)
                cmd="vtorc__rs__subcmd__generate__subcmd__help"
                ;;
            vtorc__rs__subcmd__generate,man)
                cmd="vtorc__rs__subcmd__generate__subcmd__man"
                ;;
            vtorc__rs__subcmd__generate__subcmd__help,completions)
                cmd="vtorc__rs__subcmd__generate__subcmd__help__subcmd__completions"
                ;;
            vtorc__rs__subcmd__generate__subcmd__help,help)
                cmd="vtorc__rs__subcmd__generate__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__generate__subcmd__help,man)
                cmd="vtorc__rs__subcmd__generate__subcmd__help__subcmd__man"
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
            vtorc__rs__subcmd__help,generate)
                cmd="vtorc__rs__subcmd__help__subcmd__generate"
                ;;
            vtorc__rs__subcmd__help,help)
                cmd="vtorc__rs__subcmd__help__subcmd__help"
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
            vtorc__rs__subcmd__help__subcmd__generate,completions)
                cmd="vtorc__rs__subcmd__help__subcmd__generate__subcmd__completions"
                ;;
            vtorc__rs__subcmd__help__subcmd__generate,man)
                cmd="vtorc__rs__subcmd__help__subcmd__generate__subcmd__man"
                ;;
            vtorc__rs__subcmd__help__subcmd__recoveries,placeholder)
                cmd="vtorc__rs__subcmd__help__subcmd__recoveries__subcmd__placeholder"
                ;;
            vtorc__rs__subcmd__help__subcmd__topo,placeholder)
                cmd="vtorc__rs__subcmd__help__subcmd__topo__subcmd__placeholder"
                ;;
            vtorc__rs__subcmd__recoveries,help)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help"
                ;;
            vtorc__rs__subcmd__recoveries,placeholder)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__placeholder"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,help)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__recoveries__subcmd__help,placeholder)
                cmd="vtorc__rs__subcmd__recoveries__subcmd__help__subcmd__placeholder"
                ;;
            vtorc__rs__subcmd__topo,help)
                cmd="vtorc__rs__subcmd__topo__subcmd__help"
                ;;
            vtorc__rs__subcmd__topo,placeholder)
                cmd="vtorc__rs__subcmd__topo__subcmd__placeholder"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,help)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__help"
                ;;
            vtorc__rs__subcmd__topo__subcmd__help,placeholder)
                cmd="vtorc__rs__subcmd__topo__subcmd__help__subcmd__placeholder"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        vtorc__rs)
            opts="-q -v -h -V --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help --version discover check recover status watch set-durability topo recoveries ack generate help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__ack)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__check)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__discover)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__generate)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help completions man help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__generate__subcmd__completions)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__generate__subcmd__help)
            opts="completions man help"
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
        vtorc__subcmd__rs__subcmd__generate__subcmd__help__subcmd__completions)
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
        vtorc__subcmd__rs__subcmd__generate__subcmd__help__subcmd__help)
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
        vtorc__subcmd__rs__subcmd__generate__subcmd__help__subcmd__man)
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
        vtorc__subcmd__rs__subcmd__generate__subcmd__man)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__help)
            opts="discover check recover status watch set-durability topo recoveries ack generate help"
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
        vtorc__subcmd__rs__subcmd__help__subcmd__ack)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__check)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__discover)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__generate)
            opts="completions man"
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
        vtorc__subcmd__rs__subcmd__help__subcmd__generate__subcmd__completions)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__generate__subcmd__man)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__help)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__recover)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__recoveries)
            opts="placeholder"
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
        vtorc__subcmd__rs__subcmd__help__subcmd__recoveries__subcmd__placeholder)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__set__subcmd__durability)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__status)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__topo)
            opts="placeholder"
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
        vtorc__subcmd__rs__subcmd__help__subcmd__topo__subcmd__placeholder)
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
        vtorc__subcmd__rs__subcmd__help__subcmd__watch)
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
        vtorc__subcmd__rs__subcmd__recover)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__recoveries)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help placeholder help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__recoveries__subcmd__help)
            opts="placeholder help"
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
        vtorc__subcmd__rs__subcmd__recoveries__subcmd__help__subcmd__help)
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
        vtorc__subcmd__rs__subcmd__recoveries__subcmd__help__subcmd__placeholder)
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
        vtorc__subcmd__rs__subcmd__recoveries__subcmd__placeholder)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__set__subcmd__durability)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__status)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__topo)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help placeholder help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__topo__subcmd__help)
            opts="placeholder help"
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
        vtorc__subcmd__rs__subcmd__topo__subcmd__help__subcmd__help)
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
        vtorc__subcmd__rs__subcmd__topo__subcmd__help__subcmd__placeholder)
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
        vtorc__subcmd__rs__subcmd__topo__subcmd__placeholder)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        vtorc__subcmd__rs__subcmd__watch)
            opts="-q -v -h --topo-global-server-address --topo-global-root --topo-timeout --state-file --mysql-user --mysql-password-file --mysql-timeout --repl-user --repl-password-file --clusters-to-watch --json --quiet --verbose --help"
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
                --repl-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repl-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clusters-to-watch)
                    COMPREPLY=($(compgen -f "${cur}"))
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
