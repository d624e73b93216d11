# Append the words of _v4_words starting with $1 to COMPREPLY (shell-quoted where needed), leaving
# out the keys in _v4_used; with nospace when a candidate ends with ':' or '=' (more to type).
_gitlab_api_v4_match() {
  local w q u
  for w in "${_v4_words[@]}"; do
    [[ $w == "$1"* ]] || continue
    for u in "${_v4_used[@]}"; do [[ ${w%:} == "$u" ]] && continue 2; done
    if [[ $w == *[!A-Za-z0-9_.,:@%+=/\[\]-]* ]]; then printf -v q '%q' "$w"; else q=$w; fi
    COMPREPLY+=("$q")
    [[ $w == *[:=] ]] && compopt -o nospace 2>/dev/null
  done
}

# bash splits words at the ':' of COMP_WORDBREAKS: the candidates for `key:va` must lose `key:`.
_gitlab_api_v4_ltrim_colon() {
  if declare -F __ltrim_colon_completions >/dev/null 2>&1; then
    __ltrim_colon_completions "$1"
  elif [[ $1 == *:* && $COMP_WORDBREAKS == *:* ]]; then
    local prefix=${1%"${1##*:}"} i
    for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=${COMPREPLY[i]#"$prefix"}; done
  fi
}

_gitlab_api_v4() {
  local cur words cword
  if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref -n =: cur words cword
  else
    # Without bash-completion: the line up to the cursor, split at blanks only.
    local line=${COMP_LINE:0:COMP_POINT}
    read -ra words <<<"$line"
    [[ -z $line || $line == *[[:blank:]] ]] && words+=('')
    cword=$((${#words[@]} - 1))
    cur=${words[cword]}
  fi
  COMPREPLY=()
  compopt -o nosort 2>/dev/null
  local _v4_words=() _v4_valued=() _v4_args=() _v4_sel=-1 _v4_kind= _v4_used=()
  local method= args=() params= i w v
  _gitlab_api_v4_options
  # Getopt::Long (gnu_getopt) takes options anywhere: they, and the value of `--url VALUE`, are
  # skipped. The method is the first other word; then arguments up to the first word with ':';
  # then `key:value` params.
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ $w == -?* ]]; then
      if [[ $w != *=* ]]; then
        for v in "${_v4_valued[@]}"; do [[ $w == "$v" ]] && ((i++)) && break; done
      fi
      continue
    fi
    if [[ -z $method ]]; then method=$w
    elif [[ $w == *:* ]]; then params=1; w=${w%%:*}; _v4_used+=("${w//-/_}")
    elif [[ -z $params ]]; then args+=("$w")
    fi
  done
  # The value of an option: free text.
  [[ $cur == --*=* ]] && return 0
  if ((cword > 1)); then
    for v in "${_v4_valued[@]}"; do [[ ${words[cword-1]} == "$v" ]] && return 0; done
  fi
  if [[ $cur == -* ]]; then
    _gitlab_api_v4_match "$cur"
    return 0
  fi
  if [[ -z $method ]]; then
    _v4_words=("${_gitlab_api_v4_methods[@]}")
    _gitlab_api_v4_match "$cur"
    return 0
  fi
  _gitlab_api_v4_method "$method" || return 0
  local picked=$method
  ((_v4_sel >= 0 && _v4_sel < ${#args[@]})) && picked+=$'\x1f'${args[_v4_sel]}
  if [[ $cur == *:* ]]; then
    local key=${cur%%:*}
    _v4_words=()
    _gitlab_api_v4_values "$picked"$'\x1f'"${key//-/_}"
    if [[ $_v4_kind == file ]]; then
      compopt -o filenames 2>/dev/null
      local IFS=$'\n' f
      for f in $(compgen -f -- "${cur#*:}"); do COMPREPLY+=("$key:$f"); done
    else
      local k
      for k in "${!_v4_words[@]}"; do _v4_words[k]=$key:${_v4_words[k]}; done
      _gitlab_api_v4_match "$cur"
    fi
    _gitlab_api_v4_ltrim_colon "$cur"
    return 0
  fi
  if [[ -z $params && ${#args[@]} -lt ${#_v4_args[@]} ]]; then
    # An argument: only one that picks the operation has values to offer.
    ((${#args[@]} == _v4_sel)) && _gitlab_api_v4_argvalues "$method" && _gitlab_api_v4_match "$cur"
    return 0
  fi
  _gitlab_api_v4_keys "$picked" && _gitlab_api_v4_match "$cur"
  return 0
}
complete -F _gitlab_api_v4 gitlab-api-v4
