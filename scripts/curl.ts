// A curl call as the docs write it -> method, URL, headers, data. Shared by two stages: the parse
// stage finds endpoints that a section defines only through its curl example, and signatures whose
// example calls another path; the docs site reads the values of a call for its code samples.
// Not a shell: just enough of its word splitting (quotes, backslashes, line continuations) for the
// commands in the docs, which also leave `&` unquoted inside URLs (`?a=1&b=2`): we keep it in the word.

export interface CurlCall {
  method: string;
  url: string;
  /** The part of the URL after `/api/v4`, without the query string (`?`, or `&` where the docs glue it on), still URL-encoded as written. */
  path?: string;
  headers: Record<string, string>;
  /** `--data` values, joined with `&` as curl sends them. */
  data?: string;
  /** `--form` fields (`name=value`, `file=@path`), in order. */
  form?: string[];
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The offset of the quote closing the one at `start`, or -1. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** Splits a command line into words; `;`, `|`, `&&` and `||` end the command. */
function shellWords(raw: string): string[] {
  const text = raw.replace(/\\\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      // An unterminated quote (`"https://...` in README.md) ends at the end of its line.
      const close = closingQuote(text, i);
      const stop = close === -1 ? lineEnd(text, i) : close;
      const inner = text.slice(i + 1, stop);
      word += ch === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
      inWord = true;
      i = close === -1 ? stop : stop + 1;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[i + 1];
      inWord = true;
      i += 2;
    } else if (/\s/.test(ch)) {
      flush();
      if (ch === '\n') words.push('\n');
      i++;
    } else if (!inWord && (ch === ';' || ch === '|' || text.startsWith('&&', i))) {
      words.push(ch === ';' ? ';' : '|');
      i += text.startsWith('&&', i) || text.startsWith('||', i) ? 2 : 1;
    } else if (!inWord && ch === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  flush();
  return words;
}

// curl options that take an argument (so that argument is not mistaken for the URL).
const WITH_ARGUMENT = new Set([
  '-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii',
  '--data-urlencode', '-F', '--form', '--form-string', '--url', '-u', '--user', '-o', '--output', '-A',
  '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-w', '--write-out', '-T',
  '--upload-file', '--cacert', '--cert', '--key', '-m', '--max-time', '--connect-timeout', '-x', '--proxy',
  '-r', '--range', '-K', '--config', '--retry', '--resolve', '-E', '-U', '--proxy-user', '-z', '--time-cond',
]);
const DATA = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode']);
const FORM = new Set(['-F', '--form', '--form-string']);

function apiPath(url: string): string | undefined {
  const at = /\/api\/v4(?=[/?#]|$)/.exec(url);
  if (!at) return undefined;
  // `&` too: events.md:278 glues its query on with `&` instead of `?`; a route never holds one.
  const rest = url.slice(at.index + '/api/v4'.length).split(/[?#&]/)[0];
  return rest === '' ? '/' : rest;
}

/** The first curl command in `raw` (a code block's text), or undefined when it has none with a URL. */
export function parseCurl(raw: string): CurlCall | undefined {
  const words = shellWords(raw);
  const start = words.findIndex((w) => w === 'curl' || w.endsWith('/curl'));
  if (start === -1) return undefined;
  let method: string | undefined;
  let url: string | undefined;
  let head = false;
  let get = false;
  const headers: Record<string, string> = {};
  const data: string[] = [];
  const form: string[] = [];
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i];
    if (word === ';' || word === '|') break;
    if (word === '\n') {
      // A line break without a backslash ends the command, unless the next line goes on with an option.
      if (words[i + 1]?.startsWith('-')) continue;
      break;
    }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const [option, inline] = eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
    if (WITH_ARGUMENT.has(option) || (/^-[A-Za-z]./.test(word) && WITH_ARGUMENT.has(word.slice(0, 2)))) {
      const short = !option.startsWith('--') && word.length > 2;
      const name = short ? word.slice(0, 2) : option;
      const value = short ? word.slice(2) : inline ?? words[++i] ?? '';
      if (name === '-X' || name === '--request') method = value.toUpperCase();
      else if (name === '-H' || name === '--header') {
        const colon = value.indexOf(':');
        if (colon > 0) headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
      } else if (DATA.has(name)) data.push(value);
      else if (FORM.has(name)) form.push(value);
      else if (name === '--url') url ??= value;
    } else if (word === '-I' || word === '--head') head = true;
    else if (word === '-G' || word === '--get') get = true;
    else if (!word.startsWith('-') && url === undefined) url = word;
  }
  if (url === undefined) return undefined;
  if (get && data.length > 0) {
    // `-G` sends the data as the query string.
    url += (url.includes('?') ? '&' : '?') + data.join('&');
    data.length = 0;
  }
  method ??= head ? 'HEAD' : get ? 'GET' : data.length > 0 || form.length > 0 ? 'POST' : 'GET';
  const path = apiPath(url);
  return {
    method,
    url,
    ...(path !== undefined ? { path } : {}),
    headers,
    ...(data.length > 0 ? { data: data.join('&') } : {}),
    ...(form.length > 0 ? { form } : {}),
  };
}
