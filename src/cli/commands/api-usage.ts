// The usage of `gitlab-api api`, apart from the command so that `--help` does not load what sends.

export const API_HELP = `Usage: gitlab-api api [METHOD] PATH [options]

Calls any path of the GitLab REST API v4, relative to /api/v4: the same connection, credentials,
retries and output options as the other commands. PATH is sent as written (encode a project path:
projects/group%2Fproject).

  -X, --method METHOD     GET (default; POST when fields or --input are given, unless --paginate), POST, PUT, PATCH, DELETE, HEAD
  -F, --field KEY=VALUE   a parameter: true, false, null and numbers typed; @FILE uploads FILE (multipart)
  -f, --raw-field K=V     a string parameter
  -H, --header 'K: V'     a request header
      --input FILE        the request body from FILE (- for stdin); the fields go to the query string
      --paginate          follow every page of a GET list (--max-pages N)
KEY[]=V adds to an array, KEY[SUB]=V sets a field of an object. GET and HEAD send the fields as the
query string, the other methods as a JSON body (multipart when a field is @FILE).

Examples:
  gitlab-api api projects/group%2Fproject/issues --field state=opened --paginate
  gitlab-api api POST projects/42/issues -F title='Broken build' -F labels[]=bug -F labels[]=ui
  gitlab-api api PUT projects/42 --field avatar=@logo.png
`;
