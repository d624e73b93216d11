# compadd the words $2... with descriptions from the array named $1 into group $3 (kept in order).
__gitlab_api_describe() {
  local -a _ga_d _ga_w _ga_t
  _ga_w=("${(@P)2}"); _ga_t=("${(@P)1}")
  local i width=0
  for (( i = 1; i <= $#_ga_w; i++ )); do (( ${#_ga_w[i]} > width )) && width=${#_ga_w[i]}; done
  for (( i = 1; i <= $#_ga_w; i++ )); do _ga_d+=("${(r:width:: :)_ga_w[i]}  -- ${_ga_t[i]}"); done
  compadd -V $3 -l -d _ga_d -- "${_ga_w[@]}"
}

_gitlab-api() {
  local -a _ga_flags _ga_descs _ga_valued _ga_gskip _ga_words _ga_gflags _ga_gdescs _ga_gvalued _ga_before _ga_of _ga_od
  local _ga_kind= command= flag= w i
  __gitlab_api_globals
  # The command: the first word that is neither an option nor the value of a global option.
  for (( i = 2; i < CURRENT; i++ )); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      (( ${_ga_gvalued[(Ie)$w]} )) && (( i++ ))
      continue
    fi
    command=$w
    break
  done
  if [[ -n $command ]] && ! __gitlab_api_operation "$command"; then
    case $command in
      (completion) _ga_words=(bash zsh fish); compadd -- "${_ga_words[@]}" ;;
      (help) __gitlab_api_commands; __gitlab_api_describe _ga_descs _ga_words commands ;;
    esac
    return
  fi
  # The options reachable here: the operation's parameters, then global options not shadowed.
  local -a _ga_valued_all
  _ga_valued_all=("${_ga_valued[@]}")
  for (( i = 1; i <= $#_ga_gflags; i++ )); do
    w=${_ga_gflags[i]}
    if [[ -z $command ]]; then (( ${_ga_before[(Ie)$w]} )) || continue
    else (( ${_ga_gskip[(Ie)$w]} || ${_ga_flags[(Ie)$w]} )) && continue
    fi
    _ga_of+=("$w"); _ga_od+=("${_ga_gdescs[i]}")
    (( ${_ga_gvalued[(Ie)$w]} )) && _ga_valued_all+=("$w")
  done
  # The option whose value is being completed: --opt=value or --opt value.
  if [[ $PREFIX == --*=* ]]; then
    flag=${PREFIX%%=*}
    compset -P '*='
  elif (( CURRENT > 2 )) && (( ${_ga_valued_all[(Ie)${words[CURRENT-1]}]} )); then
    flag=${words[CURRENT-1]}
  fi
  if [[ -n $flag ]]; then
    __gitlab_api_values "$command" "$flag"
    if [[ $_ga_kind == file ]]; then _files
    elif [[ $_ga_kind == data ]]; then
      if [[ $PREFIX == @* ]]; then compset -P '@'; _files
      else compadd -S '' -- - @; fi
    elif (( $#_ga_words )); then compadd -V values -- "${_ga_words[@]}"
    fi
    return
  fi
  if [[ -z $command && $PREFIX != -* ]]; then
    __gitlab_api_commands
    __gitlab_api_describe _ga_descs _ga_words commands
    return
  fi
  if [[ -z $command || $PREFIX == -* || -z $PREFIX ]]; then
    (( $#_ga_flags )) && __gitlab_api_describe _ga_descs _ga_flags parameters
    (( $#_ga_of )) && __gitlab_api_describe _ga_od _ga_of options
  fi
}
