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

_gitlab_api() {
  local cur prev words cword
  if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}
  fi
  COMPREPLY=()
  compopt -o nosort 2>/dev/null
  local _ga_flags=() _ga_valued=() _ga_words=() _ga_kind= command= i w v
  # The command: the first word that is neither an option nor the value of a global option.
  _gitlab_api_globals
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ -n $command ]]; then break; fi
    if [[ $w == -* ]]; then
      for v in "${_ga_valued[@]}"; do [[ $w == "$v" ]] && ((i++)) && break; done
      continue
    fi
    command=$w
  done
  if [[ -n $command ]] && ! _gitlab_api_operation "$command"; then
    case $command in
      completion) _ga_words=(bash zsh fish); _gitlab_api_match "$cur" ;;
      help) _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur" ;;
    esac
    return 0
  fi
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
  fi
  if [[ -n $flag ]]; then
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
  if [[ -z $command && $cur != -* ]]; then
    _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
    return 0
  fi
  if [[ -z $command || $cur == -* || -z $cur ]]; then
    _ga_words=("${_ga_flags[@]}"); _gitlab_api_match "$cur"
  fi
  return 0
}
complete -F _gitlab_api gitlab-api
