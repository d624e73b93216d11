# compadd the words $2... with descriptions from the array named $1 into group $3 (kept in order).
__gitlab_api_describe() {
  local -a _ga_d _ga_w _ga_t
  _ga_w=("${(@P)2}"); _ga_t=("${(@P)1}")
  (( $#_ga_w )) || return
  local i width=0
  for (( i = 1; i <= $#_ga_w; i++ )); do (( ${#_ga_w[i]} > width )) && width=${#_ga_w[i]}; done
  for (( i = 1; i <= $#_ga_w; i++ )); do _ga_d+=("${(r:width:: :)_ga_w[i]}  -- ${_ga_t[i]}"); done
  compadd -V $3 -l -d _ga_d -- "${_ga_w[@]}"
}

# Keeps, of the flags in the array named $1 (descriptions in $2), those not given yet (_ga_given),
# unless they repeat (_ga_repeat): into _ga_kf and _ga_kd.
__gitlab_api_keep() {
  local -a _ga_f _ga_t
  _ga_f=("${(@P)1}"); _ga_t=("${(@P)2}")
  _ga_kf=() _ga_kd=()
  local i f
  for (( i = 1; i <= $#_ga_f; i++ )); do
    f=${_ga_f[i]}
    if (( ${_ga_given[(Ie)$f]} )) && ! (( ${_ga_repeat[(Ie)$f]} )); then continue; fi
    (( ${_ga_given[(Ie)--no-${f#--}]} )) && continue
    if [[ $f == --no-* ]] && (( ${_ga_given[(Ie)--${f#--no-}]} )); then continue; fi
    _ga_kf+=("$f"); _ga_kd+=("${_ga_t[i]}")
  done
}

_gitlab-api() {
  local -a _ga_flags _ga_descs _ga_valued _ga_repeat _ga_neg _ga_gskip _ga_words _ga_wdescs _ga_gflags _ga_gdescs _ga_gvalued _ga_before _ga_methods
  local -a _ga_of _ga_od _ga_given _ga_args _ga_scan _ga_kf _ga_kd _ga_nd
  local _ga_kind= first= resource= command= key= flag= w i
  __gitlab_api_globals
  _ga_scan=("${_ga_gvalued[@]}")
  # The command: a builtin, or a resource then its verb; the first words that are neither options
  # nor values of options. Options already on the line are collected, to be offered once only.
  for (( i = 2; i < CURRENT; i++ )); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      [[ $w == --* ]] && _ga_given+=("${w%%=*}")
      [[ $w != *=* ]] && (( ${_ga_scan[(Ie)$w]} )) && (( i++ ))
      continue
    fi
    if [[ -z $first ]]; then
      first=$w
      if __gitlab_api_verbs "$w"; then resource=$w
      elif [[ $w == api ]]; then command=api; key=api; __gitlab_api_operation api
      elif __gitlab_api_operation "$w"; then command=$w; key=$w
      fi
    elif [[ -n $resource && -z $command ]]; then
      __gitlab_api_operation "${resource}__$w" || return
      command="$resource $w"; key="${resource}__$w"
    else
      _ga_args+=("$w")
    fi
    [[ -n $command ]] && _ga_scan=("${_ga_valued[@]}" "${_ga_gvalued[@]}")
  done
  # The global options reachable here: before a command those valid there; after one, those it does
  # not skip or shadow.
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
  elif [[ -n $PREFIX && $PREFIX != -* ]] && (( CURRENT > 2 && ${_ga_neg[(Ie)--no-${words[CURRENT-1]#--}]} )); then
    # A boolean's value word: --confidential false.
    compadd -- true false
    return
  fi
  if [[ -n $flag ]]; then
    _ga_words=()
    __gitlab_api_values "$key" "$flag"
    if [[ $_ga_kind == file ]]; then _files
    elif [[ $_ga_kind == data ]]; then
      if [[ $PREFIX == @* ]]; then compset -P '@'; _files
      else compadd -S '' -- - @; fi
    elif (( $#_ga_words )); then compadd -V values -- "${_ga_words[@]}"
    fi
    return
  fi
  if [[ $PREFIX == -* || ( -n $command && $command != api && -z $PREFIX ) ]]; then
    [[ -n $command || -z $first || -n $resource || $first == (list|help|completion) ]] || return
    __gitlab_api_keep _ga_flags _ga_descs
    __gitlab_api_describe _ga_kd _ga_kf parameters
    __gitlab_api_keep _ga_of _ga_od
    __gitlab_api_describe _ga_kd _ga_kf options
    if [[ $PREFIX == --no* ]] && (( $#_ga_neg )); then
      _ga_nd=("${(@)_ga_neg/#--no-/false: --}")
      __gitlab_api_keep _ga_neg _ga_nd
      __gitlab_api_describe _ga_kd _ga_kf negations
    fi
    return
  fi
  if [[ -z $first ]]; then
    __gitlab_api_commands; __gitlab_api_describe _ga_wdescs _ga_words commands
  elif [[ -n $resource && -z $command ]]; then
    __gitlab_api_verbs "$resource"; __gitlab_api_describe _ga_wdescs _ga_words verbs
  elif [[ $first == completion ]]; then
    (( $#_ga_args )) || compadd -- bash zsh fish
  elif [[ $first == help ]]; then
    if (( $#_ga_args == 0 )); then __gitlab_api_commands; __gitlab_api_describe _ga_wdescs _ga_words commands
    elif (( $#_ga_args == 1 )) && __gitlab_api_verbs "${_ga_args[1]}"; then __gitlab_api_describe _ga_wdescs _ga_words verbs
    fi
  elif [[ $command == api ]]; then
    (( $#_ga_args )) || compadd -- "${_ga_methods[@]}"
  fi
}
