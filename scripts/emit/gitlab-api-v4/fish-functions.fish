function __gitlab_api_v4_complete
  set -l tokens (commandline -opc)
  set -l cur (commandline -ct)
  set -l valued (__gitlab_api_v4_options valued)
  set -l method
  set -l args
  set -l used
  set -l params 0
  set -l skip 0
  # Getopt::Long (gnu_getopt) takes options anywhere: they, and the value of `--url VALUE`, are
  # skipped. The method is the first other word; then arguments up to the first word with ':';
  # then `key:value` params.
  for w in $tokens[2..-1]
    if test $skip = 1
      set skip 0
      continue
    end
    if string match -q -- '-?*' $w
      string match -q -- '*=*' $w; or contains -- $w $valued; and set skip 1
      continue
    end
    if test -z "$method"
      set method $w
    else if string match -q -- '*:*' $w
      set params 1
      set -a used (string replace -a -- - _ (string split -m1 -- : $w)[1])
    else if test $params = 0
      set -a args $w
    end
  end
  # The value of an option: free text.
  string match -q -- '--*=*' $cur; and return
  test (count $tokens) -gt 1; and contains -- $tokens[-1] $valued; and return
  if string match -q -- '-*' $cur
    __gitlab_api_v4_options describe
    return
  end
  if test -z "$method"
    __gitlab_api_v4_methods
    return
  end
  string match -qr -- '^[a-z0-9-]+$' $method; and functions -q __gitlab_api_v4_m_$method; or return
  set -l nargs (__gitlab_api_v4_m_$method args)
  set -l sel (__gitlab_api_v4_m_$method selector)
  set -l picked
  if test -n "$sel"; and test $sel -lt (count $args)
    set picked $args[(math $sel + 1)]
  end
  if string match -q -- '*:*' $cur
    set -l key (string split -m1 -- : $cur)[1]
    set -l values (__gitlab_api_v4_m_$method values "$picked" (string replace -a -- - _ $key))
    if test "$values" = '<file>'
      __fish_complete_path (string split -m1 -- : $cur)[2] | string replace -r -- '^' "$key:"
    else
      printf '%s\n' "$key:"$values
    end
    return
  end
  if test $params = 0; and test (count $args) -lt $nargs
    # An argument: only one that picks the operation has values to offer.
    test -n "$sel"; and test (count $args) = $sel; and __gitlab_api_v4_m_$method picking
    return
  end
  for line in (__gitlab_api_v4_m_$method keys "$picked")
    contains -- (string split -m1 -- : $line)[1] $used; or printf '%s\n' $line
  end
end

complete -c gitlab-api-v4 -e
complete -c gitlab-api-v4 -f -k -a '(__gitlab_api_v4_complete)'
