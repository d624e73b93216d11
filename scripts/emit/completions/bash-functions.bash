# Append the words of _ga_words starting with $1 to COMPREPLY, shell-quoted where needed.
_gitlab_api_match() {
  local w q
  for w in "${_ga_words[@]}"; do
    if [[ $w == "$1"* ]]; then
      if [[ $w == *[!A-Za-z0-9_.,:@%+=/\[\]-]* ]]; then printf -v q '%q' "$w"; else q=$w; fi
      COMPREPLY+=("$q")
    fi
  done
}

_gitlab_api_files() {
  local prefix=$1 IFS=$'\n' f
  compopt -o filenames 2>/dev/null
  for f in $(compgen -f -- "$2"); do COMPREPLY+=("$prefix$f"); done
}

# $1 in the words after it.
_gitlab_api_in() {
  local x=$1 y
  shift
  for y in "$@"; do [[ $x == "$y" ]] && return 0; done
  return 1
}

# The options of this position into _ga_words: each once unless it repeats (_ga_repeat), and the
# --no- forms of booleans (_ga_neg) once --no is typed; none already given (_ga_given).
_gitlab_api_options() {
  local f
  _ga_words=()
  for f in "${_ga_flags[@]}"; do
    _gitlab_api_in "$f" "${_ga_given[@]}" && ! _gitlab_api_in "$f" "${_ga_repeat[@]}" && continue
    _gitlab_api_in "--no-${f#--}" "${_ga_given[@]}" && continue
    _ga_words+=("$f")
  done
  if [[ $1 == --no* ]]; then
    for f in "${_ga_neg[@]}"; do
      _gitlab_api_in "$f" "${_ga_given[@]}" || _gitlab_api_in "--${f#--no-}" "${_ga_given[@]}" || _ga_words+=("$f")
    done
  fi
  _gitlab_api_match "$1"
}

_gitlab_api() {
  local cur prev words cword
  if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}
  fi
  COMPREPLY=()
  compopt -o nosort 2>/dev/null
  local _ga_flags=() _ga_valued=() _ga_repeat=() _ga_neg=() _ga_words=() _ga_given=() _ga_args=() _ga_kind=
  local first= command= resource= i w v
  # The command: a builtin, or a resource then its verb; the first words that are neither options
  # nor values of options. Options already on the line are collected, to be offered once only.
  _gitlab_api_globals
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      [[ $w == --* ]] && _ga_given+=("${w%%=*}")
      if [[ $w != *=* && ${words[i+1]} != = ]]; then
        for v in "${_ga_valued[@]}"; do [[ $w == "$v" ]] && ((i++)) && break; done
      fi
      continue
    fi
    [[ $w == = ]] && { ((i++)); continue; }
    if [[ -z $first ]]; then
      first=$w
      if _gitlab_api_verbs "$w"; then resource=$w
      elif [[ $w == api ]]; then command=api; _gitlab_api_api
      elif _gitlab_api_operation "$w"; then command=$w
      fi
    elif [[ -n $resource && -z $command ]]; then
      _gitlab_api_operation "$resource $w" && command="$resource $w" || return 0
    else
      _ga_args+=("$w")
    fi
  done
  # The option whose value is being completed: --opt=cur, or --opt cur (also "--opt" "=" "cur"
  # when bash-completion is absent and = splits words).
  local flag= vcur=$cur prefix=
  if [[ $cur == --*=* ]]; then
    flag=${cur%%=*}; vcur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || prefix=$flag=
  elif [[ $cur == = && ${words[cword-1]} == --* ]]; then
    flag=${words[cword-1]}; vcur=
  elif [[ $prev == = && ${words[cword-2]} == --* ]]; then
    flag=${words[cword-2]}
  elif [[ $prev == --* && $prev != *=* ]]; then
    for v in "${_ga_valued[@]}"; do [[ $prev == "$v" ]] && flag=$prev && break; done
    # A boolean's value word: --confidential false.
    if [[ -z $flag && -n $cur && $cur != -* ]] && _gitlab_api_in "--no-${prev#--}" "${_ga_neg[@]}"; then
      _ga_words=(true false); _gitlab_api_match "$cur"; return 0
    fi
  fi
  if [[ -n $flag ]]; then
    _ga_words=()
    _gitlab_api_values "$command" "$flag"
    if [[ $_ga_kind == file ]]; then _gitlab_api_files "$prefix" "$vcur"
    elif [[ $_ga_kind == data ]]; then
      if [[ $vcur == @* ]]; then _gitlab_api_files "$prefix@" "${vcur#@}"
      else _ga_words=(- @); _gitlab_api_match "$vcur"; compopt -o nospace 2>/dev/null; fi
    else
      local n=${#COMPREPLY[@]}
      _gitlab_api_match "$vcur"
      if [[ -n $prefix ]]; then for ((i = n; i < ${#COMPREPLY[@]}; i++)); do COMPREPLY[i]=$prefix${COMPREPLY[i]}; done; fi
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    # Options: those of the command, or those before one (also between a resource and its verb).
    [[ -n $command || -z $first || -n $resource || $first == list || $first == help || $first == completion ]] && _gitlab_api_options "$cur"
    return 0
  fi
  if [[ -z $first ]]; then
    _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
  elif [[ -n $resource && -z $command ]]; then
    _gitlab_api_verbs "$resource"; _gitlab_api_match "$cur"
  elif [[ $first == completion ]]; then
    (( ${#_ga_args[@]} == 0 )) && { _ga_words=(bash zsh fish); _gitlab_api_match "$cur"; }
  elif [[ $first == help ]]; then
    if (( ${#_ga_args[@]} == 0 )); then _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
    elif (( ${#_ga_args[@]} == 1 )) && _gitlab_api_verbs "${_ga_args[0]}"; then _gitlab_api_match "$cur"
    fi
  elif [[ $command == api ]]; then
    (( ${#_ga_args[@]} == 0 )) && { _ga_words=("${_gitlab_api_methods[@]}"); _gitlab_api_match "$cur"; }
  elif [[ -n $command && -z $cur ]]; then
    _gitlab_api_options "$cur"
  fi
  return 0
}
complete -F _gitlab_api gitlab-api
