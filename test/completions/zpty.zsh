# Sourced by capture.zsh and by bench/cli.ts's timer: starts an interactive zsh in the zpty `z`, with
# compinit over the completion functions in the folder $1 and the completion system set for one TAB
# per line; the caller then defines its completion widget, calls zpty_sync, and zpty_tab per line.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''; RPROMPT=''; unset zle_bracketed_paste; setopt NO_BEEP; zmodload zsh/datetime"
zpty -w z "fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'zstyle ":completion:*" list-grouped false; zstyle ":completion:*" insert-tab false; bindkey -e'

# Waits until z has run all that was written to it, so that the next read holds no echo of it.
zpty_sync() {
  zpty -w z 'print -r -- "<SYN""C>"'
  zpty -r z out '*<SYNC>*'
}

# Types $1 and a TAB, reads z's output up to the pattern $2 into $out, then clears the line (^U).
zpty_tab() {
  zpty -w -n z "$1"$'\t'
  zpty -r z out "$2"
  zpty -w -n z $'\C-u'
}
