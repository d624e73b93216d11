// HTTP status codes stated in the docs' prose: "returns `201 Created`", "[`200 OK`](...)",
// "status code `404`", "returns HTTP 202", "`404: Not Found`". Precision first: a number becomes a
// status only when it is a registered HTTP status *and* it is written as one (with its reason
// phrase, or next to the words status/HTTP/returns/error). Ids, versions (`11.0`), counts and
// line numbers are not statuses.

/** The registered HTTP status codes with their reason phrases (RFC 9110 and friends). */
export const HTTP_STATUS_TEXT: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
};

export function isHttpStatus(code: number): boolean {
  return Object.hasOwn(HTTP_STATUS_TEXT, code);
}

// Reason phrases as the docs write them, including older names (`Server Error`, `Payload Too Large`).
const REASON_WORDS = new Set(
  [...Object.values(HTTP_STATUS_TEXT), 'Server Error', 'Payload Too Large', 'Request Entity Too Large', 'Unprocessable Content']
    .map((reason) => reason.toLowerCase()),
);
const REASON = [...REASON_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((reason) => reason.replace(/[.*+?^${}()|[\]\\']/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');

const REASON_AS_WRITTEN = [...Object.values(HTTP_STATUS_TEXT), 'Server Error']
  .sort((a, b) => b.length - a.length)
  .map((reason) => reason.replace(/[.*+?^${}()|[\]\\']/g, '\\$&'))
  .join('|');

const CODE = '([1-5]\\d\\d)';
// A code as written: `204`, [`204`](rest/index.md#status-codes), or bare 204 (markdown turned to
// plain text loses the backticks). Not part of a longer number, version or word.
const WRITTEN = `(?<![\\w.,/-])\\[?\`?${CODE}\`?(?:\\]\\([^)]*\\))?(?![\\w/-]|[.,]\\d)`;
// After a verb, a bare number followed by a plural word is a count: "returns 100 projects".
const NOT_A_COUNT = '(?!\\s+(?!status\\b|HTTP\\b|codes?\\b)[A-Za-z]+s\\b)';
// One regular expression per way of writing a status; the capture group is the code.
const PATTERNS: RegExp[] = [
  // `201 Created`, 404 Not Found, `200: OK`, HTTP/1.1 200 OK, `HTTP 304 Not Modified`. A wrong
  // phrase (`201 OK`) still names the code: the phrase only proves the number is a status.
  new RegExp(`(?<![\\w.,/-])${CODE}:?\\s+(?:${REASON})(?![\\w-])`, 'gi'),
  // 404 Project Not Found: one or two capitalised words before the phrase, written as registered.
  new RegExp(`(?<![\\w.,/-])${CODE}:?\\s+(?:[A-Z][a-z]+\\s+){1,2}(?:${REASON_AS_WRITTEN})(?![\\w-])`, 'g'),
  // status code `404`, status 201, status code is 204, HTTP 202, HTTP status code `204`, response code 500
  new RegExp(`\\b(?:status(?:\\s+code)?(?:\\s+(?:is|of|was))?|HTTP(?:/\\d(?:\\.\\d)?)?(?:\\s+status)?(?:\\s+code)?|response\\s+code)\\s*:?\\s*${WRITTEN}`, 'gi'),
  // returns `204`, returns a 409, you'll get a `405`, will respond with `403`, error `400`, result in 404
  new RegExp(`\\b(?:returns?|returned|get|gets|receive|responds?(?:\\s+with)?|errors?|result\\s+in)\\s+(?:(?:an?|the|with|a\\s+status\\s+of)\\s+)?${WRITTEN}${NOT_A_COUNT}`, 'gi'),
  // `404` status code, a 400 error, (`200` HTTP status code), 404 and 422 HTTP status codes
  new RegExp(`${WRITTEN}(?=(?:(?:,\\s*|\\s+(?:and|or)\\s+)\`?[1-5]\\d\\d\`?)*\\s+(?:HTTP\\s+)?(?:status|error|response)\\b)`, 'gi'),
  // `404 User Not Found`: a code span holding only a code and its (own) words
  new RegExp(`\`(?:HTTP\\s+)?${CODE}:?\\s+[A-Z][A-Za-z' ]*\``, 'g'),
  // [`204`](rest/index.md#status-codes): a bare code linked to the docs' status table
  new RegExp(`\\[\`${CODE}\`\\]\\([^)]*status[^)]*\\)`, 'gi'),
];

const FOLLOWER = new RegExp(`(?:,\\s*|\\s)(?:and|or)\\s+${WRITTEN}(?=\\s+(?:if|when|for|on)\\b)`, 'gi');

/**
 * Every HTTP status code the text states, in order of first appearance, each once.
 * Markdown or plain text; never a number that is not a registered HTTP status.
 */
export function statusFromText(text: string): number[] {
  const found: { index: number; code: number }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const code = Number(match[1]);
      if (isHttpStatus(code)) found.push({ index: match.index + match[0].indexOf(match[1]), code });
    }
  }
  // "returns 204 if deleted, and 404 if not": a bare code after and/or counts only when the same
  // sentence already stated a status (alone, "between 1 and 100 if ..." is a count).
  for (const match of text.matchAll(FOLLOWER)) {
    const code = Number(match[1]);
    const index = match.index + match[0].indexOf(match[1]);
    const stated = found.some((f) => f.index < index && !/[.!?](\s|$)/.test(text.slice(f.index, index)));
    if (isHttpStatus(code) && stated) found.push({ index, code });
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.code))];
}
