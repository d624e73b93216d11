# compadd the words of the array named $2, described by the array named $1, into group $3, in
# order; further arguments go to compadd (-S '' for a key or an option that takes a value). Only
# the words zsh's matching keeps (compadd -O) get a display line: a prefix of a method name pads
# a few descriptions, not all 450.
__gitlab_api_v4_describe() {
  local -a _v4_d _v4_w _v4_t _v4_m
  _v4_w=("${(@P)2}"); _v4_t=("${(@P)1}")
  local group=$3 i m width=0
  shift 3
  compadd -O _v4_m -- "${_v4_w[@]}"
  (( $#_v4_m )) || return 1
  for m in "${_v4_m[@]}"; do (( ${#m} > width )) && width=${#m}; done
  for m in "${_v4_m[@]}"; do
    i=${_v4_w[(ie)$m]}
    _v4_d+=("${(r:width:: :)m}  -- ${_v4_t[i]}")
  done
  compadd -V $group -l -d _v4_d "$@" -- "${_v4_m[@]}"
}

_gitlab-api-v4() {
  local -a _v4_words _v4_descs _v4_valued _v4_args _v4_adescs _v4_used args ow od vw vd
  local _v4_sel=-1 _v4_kind= method= params= picked= w i
  __gitlab_api_v4_options
  # Getopt::Long (gnu_getopt) takes options anywhere: they, and the value of `--url VALUE`, are
  # skipped. The method is the first other word; then arguments up to the first word with ':';
  # then `key:value` params.
  for (( i = 2; i < CURRENT; i++ )); do
    w=${words[i]}
    if [[ $w == -?* ]]; then
      [[ $w != *=* ]] && (( ${_v4_valued[(Ie)$w]} )) && (( i++ ))
      continue
    fi
    if [[ -z $method ]]; then method=$w
    elif [[ $w == *:* ]]; then params=1; w=${w%%:*}; _v4_used+=("${w//-/_}")
    elif [[ -z $params ]]; then args+=("$w")
    fi
  done
  # The value of an option: free text.
  [[ $PREFIX == --*=* ]] && return 1
  (( CURRENT > 2 )) && (( ${_v4_valued[(Ie)${words[CURRENT-1]}]} )) && return 1
  if [[ $PREFIX == -* ]]; then
    for (( i = 1; i <= $#_v4_words; i++ )); do
      if [[ $_v4_words[i] == *= ]]; then vw+=("$_v4_words[i]"); vd+=("$_v4_descs[i]"); else ow+=("$_v4_words[i]"); od+=("$_v4_descs[i]"); fi
    done
    __gitlab_api_v4_describe vd vw options-with-value -S ''
    __gitlab_api_v4_describe od ow options
    return 0
  fi
  if [[ -z $method ]]; then
    __gitlab_api_v4_methods
    __gitlab_api_v4_describe _v4_descs _v4_words methods
    return 0
  fi
  [[ $method != *[^a-z0-9-]* ]] && (( $+functions[__gitlab_api_v4_m_$method] )) || return 1
  __gitlab_api_v4_m_$method
  (( _v4_sel >= 0 && _v4_sel < $#args )) && picked=${args[_v4_sel+1]}
  if [[ $PREFIX == *:* ]]; then
    local key=${PREFIX%%:*}
    _v4_words=()
    __gitlab_api_v4_v_$method "$picked"$'\x1f'"${key//-/_}"
    compset -P '*:'
    if [[ $_v4_kind == file ]]; then _files
    elif (( $#_v4_words )); then compadd -V values -- "${_v4_words[@]}"
    fi
    return 0
  fi
  if [[ -z $params ]] && (( $#args < $#_v4_args )); then
    local n=$(( $#args + 1 ))
    if (( n - 1 == _v4_sel )); then
      __gitlab_api_v4_a_$method
      compadd -V values -- "${_v4_words[@]}"
    fi
    compadd -x "argument $n of $#_v4_args: <${_v4_args[n]}> ${_v4_adescs[n]}"
    return 0
  fi
  _v4_words=() _v4_descs=()
  __gitlab_api_v4_k_$method "$picked"
  for (( i = 1; i <= $#_v4_words; i++ )); do
    (( ${_v4_used[(Ie)${_v4_words[i]%:}]} )) && continue
    vw+=("$_v4_words[i]"); vd+=("$_v4_descs[i]")
  done
  __gitlab_api_v4_describe vd vw params -S ''
  return 0
}
