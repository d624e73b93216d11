# Prints the lines `flag<TAB>description` read on stdin whose flag is not in $argv (the options
# given), except those listed after -- as repeating.
function __gitlab_api_unused
  set -l given
  set -l repeat
  set -l after 0
  for a in $argv
    if test $after = 0; and test "$a" = --
      set after 1
    else if test $after = 1
      set -a repeat $a
    else
      set -a given $a
    end
  end
  while read -l line
    set -l f (string split -m 1 \t -- $line)[1]
    if contains -- $f $given; and not contains -- $f $repeat
      continue
    end
    if string match -q -- '--no-*' $f
      contains -- (string replace -- '--no-' '--' $f) $given; and continue
    else
      contains -- (string replace -- '--' '--no-' $f) $given; and continue
    end
    printf '%s\n' $line
  end
end

# Only candidates that start with the word typed, literally: fish would otherwise fall back to fuzzy
# matches and offer options that do not apply (or were given already).
function __gitlab_api_complete
  __gitlab_api_candidates | string match -r --entire -- '^'(string escape --style=regex -- (commandline -ct))
end

function __gitlab_api_candidates
  set -l tokens (commandline -opc)
  set -l cur (commandline -ct)
  set -l valued (__gitlab_api_global_valued)
  set -l first
  set -l resource
  set -l command
  set -l key
  set -l args
  set -l given
  set -l skip 0
  # The command: a builtin, or a resource then its verb; the first words that are neither options
  # nor values of options. Options already on the line are collected, to be offered once only.
  for w in $tokens[2..-1]
    if test $skip = 1
      set skip 0
      continue
    end
    if string match -q -- '-*' $w
      string match -q -- '--?*' $w; and set -a given (string replace -r -- '=.*' '' $w)
      if not string match -q -- '*=*' $w; and contains -- $w $valued
        set skip 1
      end
      continue
    end
    if test -z "$first"
      set first $w
      if __gitlab_api_verbs $w >/dev/null
        set resource $w
      else if test "$w" = api
        set command api; set key api
      else if __gitlab_api_operation $w options >/dev/null
        set command $w; set key $w
      end
    else if test -n "$resource"; and test -z "$command"
      __gitlab_api_operation {$resource}__$w options >/dev/null; or return
      set command "$resource $w"; set key {$resource}__$w
    else
      set -a args $w
    end
    test -n "$key"; and set valued (__gitlab_api_operation $key valued)
  end
  # The option whose value is being completed: --opt=value or --opt value.
  set -l flag
  set -l prefix
  set -l vcur $cur
  if string match -q -r -- '^--[^=]+=' $cur
    set flag (string replace -r -- '=.*' '' $cur)
    set prefix "$flag="
    set vcur (string replace -r -- '^[^=]*=' '' $cur)
  else if test (count $tokens) -gt 1; and contains -- $tokens[-1] $valued
    set flag $tokens[-1]
  else if test -n "$key"; and test -n "$cur"; and not string match -q -- '-*' $cur; and test (count $tokens) -gt 1
    # A boolean's value word: --confidential false.
    if contains -- (string replace -- '--' '--no-' $tokens[-1]) (__gitlab_api_operation $key negations | string split -f 1 \t)
      printf '%s\n' true false
      return
    end
  end
  if test -n "$flag"
    set -l values (__gitlab_api_values "$key" $flag)
    if test "$values" = file
      __fish_complete_path $vcur | string replace -r -- '^' "$prefix"
    else if test "$values" = data
      if string match -q -- '@*' $vcur
        __fish_complete_path (string sub -s 2 -- $vcur) | string replace -r -- '^' "$prefix@"
      else
        printf '%s\n' "$prefix-" "$prefix@"
      end
    else
      for v in $values
        printf '%s\n' "$prefix$v"
      end
    end
    return
  end
  if string match -q -- '-*' $cur; or begin; test -n "$key"; and test "$key" != api; and test -z "$cur"; end
    if test -n "$key"
      set -l repeat (__gitlab_api_operation $key repeat)
      __gitlab_api_operation $key options | __gitlab_api_unused $given -- $repeat
      string match -q -- '--no*' $cur; and __gitlab_api_operation $key negations | __gitlab_api_unused $given --
    else if test -z "$first"; or test -n "$resource"; or contains -- $first list help completion
      __gitlab_api_before | __gitlab_api_unused $given --
    end
    return
  end
  if test -z "$first"
    __gitlab_api_commands
  else if test -n "$resource"; and test -z "$command"
    __gitlab_api_verbs $resource
  else if test "$first" = completion
    test (count $args) = 0; and printf '%s\n' bash zsh fish
  else if test "$first" = help
    if test (count $args) = 0
      __gitlab_api_commands
    else if test (count $args) = 1
      __gitlab_api_verbs $args[1]
    end
  else if test "$command" = api
    test (count $args) = 0; and __gitlab_api_methods
  end
end

complete -c gitlab-api -e
complete -c gitlab-api -f -k -a '(__gitlab_api_complete)'
