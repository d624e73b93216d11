# Drives real zsh completion through zpty: reads command lines on stdin, presses TAB after each,
# prints the candidates compadd received (joined by US), GS, their descriptions, GS, the messages
# (compadd -x), then RS, per input line.
# Usage: zsh -f capture.zsh FPATH_DIR < lines
# compadd is wrapped to record its matches (-A); __done ends each completion with a marker and
# inserts nothing, and ^U clears the line for the next one, all in one zsh process.
source ${0:A:h}/zpty.zsh "$1"
zpty -w z 'compadd () {
  local -i xi=${@[(i)-x]}
  if (( xi < $# )); then print -rn -- "<MSG>${@[xi+1]}</MSG>"; fi
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits; builtin compadd -A __hits "$@"; local ret=$?
  local h; for h in $__hits; do print -rn -- "<HIT>$h</HIT>"; done
  local -i di=${@[(i)-d]}
  if (( di < $# )); then local -a __d; __d=("${(@P)${@[di+1]}}"); for h in $__d; do print -rn -- "<DSC>$h</DSC>"; done; fi
  return $ret
}'
zpty -w z '__done() { print -r -- "<EN""D>"; compstate[insert]=""; compstate[list]=""; }'
zpty -w z '__cap() { comppostfuncs=(__done); _main_complete "$@"; }; zle -C __cap_widget complete-word __cap; bindkey "^I" __cap_widget'
zpty_sync
while IFS= read -r line; do
  zpty_tab "$line" '*<END>*'
  local -a hits=("${(@)${(@M)${(@s:</HIT>:)out}:#*<HIT>*}#*<HIT>}")
  local -a dscs=("${(@)${(@M)${(@s:</DSC>:)out}:#*<DSC>*}#*<DSC>}")
  local -a msgs=("${(@)${(@M)${(@s:</MSG>:)out}:#*<MSG>*}#*<MSG>}")
  # Records end with RS so a candidate holding a newline cannot shift the following ones.
  print -rn -- "${(pj:\x1f:)hits}"$'\x1d'"${(pj:\x1f:)dscs}"$'\x1d'"${(pj:\x1f:)msgs}"$'\x1e'
done
zpty -d z
