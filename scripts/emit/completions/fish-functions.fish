function __gitlab_api_complete
  set -l tokens (commandline -opc)
  set -l cur (commandline -ct)
  set -l valued (__gitlab_api_global_valued)
  set -l command
  set -l skip 0
  for w in $tokens[2..-1]
    if test $skip = 1
      set skip 0
      continue
    end
    if string match -q -- '-*' $w
      contains -- $w $valued; and set skip 1
      continue
    end
    set command $w
    break
  end
  if test -n "$command"
    switch $command
      case completion
        printf '%s\n' bash zsh fish
        return
      case help
        __gitlab_api_commands
        return
    end
    __gitlab_api_operation $command options >/dev/null; or return
    set valued (__gitlab_api_operation $command valued)
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
  end
  if test -n "$flag"
    set -l values (__gitlab_api_values "$command" $flag)
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
  if test -z "$command"
    if string match -q -- '-*' $cur
      __gitlab_api_before
    else
      __gitlab_api_commands
    end
    return
  end
  if test -z "$cur"; or string match -q -- '-*' $cur
    __gitlab_api_operation $command options
  end
end

complete -c gitlab-api -e
complete -c gitlab-api -f -k -a '(__gitlab_api_complete)'
