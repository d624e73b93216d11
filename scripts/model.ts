// The endpoint model: the plain data that flows between the pipeline's stages.
// markdown -> mdast -> [parse] -> DocsModel -> [openapi] -> OpenAPI document -> [emit, changelog]
// Every type the stages exchange lives here, so no stage reaches into another's internals.
// Plain data only (no classes, no functions): it is cached as JSON and compared in tests.

/** Where something came from: docs file (relative to the docs root, `/` separated) and 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the docs, shaped like a vfile message. Never thrown, never printed by a stage:
 * stages return them, `scripts/generate.ts` reports them.
 * `error` is for things a docs author must fix (invalid JSON, endpoint without signature);
 * `warning` for tolerated sloppiness (Required written `true`); `info` for notes (merged duplicates).
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** kebab-case, stable: `invalid-json-example`, `duplicate-endpoint`, `unknown-type`, ... */
  ruleId: string;
  severity: Severity;
  reason: string;
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A documented type, normalised from the docs' spelling (`integer/string`, `Array[String]`,
 * `array of integers`, `datetime (ISO 8601)`, `Hash`, ...). `raw` keeps the docs' text.
 * `unknown` means the docs gave no type or one we could not read (and a diagnostic says so).
 */
export type TypeRef =
  | { kind: 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime' | 'file' | 'object' | 'unknown'; raw?: string }
  /** `integer/string`, `integer or string`: a numeric id or a URL-encoded path. */
  | { kind: 'id'; raw?: string }
  /** `boolean/string` and other unions the docs spell out. */
  | { kind: 'union'; of: TypeRef[]; raw?: string }
  | { kind: 'array'; items: TypeRef; raw?: string };

/** How the docs presented a parameter. */
export type ParameterForm = 'table' | 'list' | 'prose' | 'path' | 'query-string';

export interface Parameter {
  /** The name exactly as documented: `id`, `iids[]`, `position[base_sha]`, `actions[][file_path]`. */
  name: string;
  type: TypeRef;
  /** The docs' Required cell/flag read as a boolean (`yes`, `true`, `(**required**)` -> true). */
  required: boolean;
  /** Conditional requirement kept verbatim (`yes, if 'path' isn't provided`); `required` is then false. */
  requiredNote?: string;
  /** Markdown, with HTML line breaks (`<br>`) turned into newlines and footnote markers dropped. */
  description: string;
  /** Allowed values, only where the docs enumerate them for this parameter. */
  enum?: string[];
  /**
   * Set when `enum` comes from a list elsewhere (a section the description links to, a list of values
   * for this name on the page): where that list is. Unset when the parameter's own row lists them.
   */
  enumFrom?: SourceRef;
  /**
   * Values the docs name beside the main type, as written: `None` and `Any` of an id filter, `null`
   * to remove a priority, `` (an empty value) to unassign. Only those that the type does not already allow.
   */
  specialValues?: string[];
  /**
   * Set when `type` is not read from a Type cell but inferred from the docs' other words (the
   * description, the default, the same name typed elsewhere, the path convention): the evidence.
   */
  typeInferred?: string;
  /** Default value as documented (`Defaults to created_by_me`), as text. */
  default?: string;
  deprecated?: boolean;
  form: ParameterForm;
  source: SourceRef;
}

/** A code example attached to a section: a curl call, a JSON response, a request body. */
export interface Example {
  /** `json` if it parsed (strictly or after repair), `text` if it did not. */
  kind: 'json' | 'text';
  /** The fence's language (`json`, `bash`, `shell`, ...) or '' for none. */
  lang: string;
  raw: string;
  /** The parsed value when kind is `json`. */
  value?: unknown;
  /**
   * Every JSON document when the block holds several one after another (`{...}` blank line `{...}`,
   * e.g. notification_settings.md): alternatives of one response, not an array. `value` is the first.
   */
  values?: unknown[];
  /** True when `value` came from repairing non-strict JSON (a diagnostic says what). */
  repaired?: boolean;
  /** The lead-in text before the block, such as `Example response:`. */
  caption?: string;
  source: SourceRef;
}

/** A row of a response-attribute table (`| Attribute | Type | Description |` after "response attributes"). */
export interface ResponseAttribute {
  /** As documented: `id`, `[].merged_by`, `commit.author_email`, `commits[].id`. */
  name: string;
  type: TypeRef;
  description: string;
  source: SourceRef;
}

/** What the docs say about one response of an endpoint. */
export interface ResponseDoc {
  /** HTTP status; undefined when the docs did not say (the openapi stage picks a default). */
  status?: number;
  /** Where the status came from. */
  statusFrom: 'prose' | 'example' | 'none';
  description?: string;
  examples: Example[];
  attributes: ResponseAttribute[];
  source: SourceRef;
}

/** Availability (`**Tier:** Free, Premium`, `**Offering:** GitLab.com, Self-managed`). */
export interface Availability {
  tier?: string[];
  offering?: string[];
  status?: string;
}

/** One endpoint signature, e.g. `GET /projects/:id/issues`, with what its section documents. */
export interface Endpoint {
  method: HttpMethod;
  /** The route as documented, normalised: leading `/`, no query string, `:name` kept. */
  path: string;
  /** Query strings shown on signature lines for this route (`state=opened`), kept as examples. */
  queryExamples: string[];
  /** Docs file, relative to the docs root. */
  file: string;
  /** The heading of the section (summary), and the headings above it, outermost first. */
  heading: string;
  headingPath: string[];
  /** The section's prose, markdown, without parameter tables and code blocks. */
  description: string;
  deprecated: boolean;
  availability?: Availability;
  /** Request parameters from tables, lists and prose; path parameters are included when documented. */
  parameters: Parameter[];
  /** Sub-keys of hash parameters (`| Key | Type | Description |`), by the parameter's name. */
  parameterKeys?: Record<string, Parameter[]>;
  /** Request bodies shown in the section (JSON), apart from its curl calls. */
  requestExamples: Example[];
  /**
   * The section's curl calls to this endpoint (same method, a path the route matches), as the docs
   * write them, placeholders included (`<your_access_token>`): the spec's code samples.
   */
  curlExamples?: Example[];
  responses: ResponseDoc[];
  /** How the endpoint was found: a signature line, or only a curl example + table (diagnosed). */
  foundBy: 'signature' | 'curl-example';
  /** The anchor of the section's heading on the published page (github-slugger, as docs.gitlab.com). */
  anchor?: string;
  /** The signature line. */
  source: SourceRef;
}

/**
 * A list of values the page gives outside any parameter row (`### Action Types` and its bullet list,
 * `**Valid access levels**` and its `10 => Guest access` block, a `| Visibility | Description |`
 * table), for the parameters that link to it or that its lead names.
 */
export interface ValueList {
  /** The anchor of the heading above the list (`action-types`); '' in the page's introduction. */
  anchor: string;
  /** The heading, or the bold line that titles the list (`Valid access levels`). */
  title: string;
  /** Parameter names the lead names: "for the `action` parameter", "the `visibility` field". */
  names: string[];
  values: string[];
  source: SourceRef;
}

/** One docs page. */
export interface Page {
  file: string;
  /** From front matter `title:` or the H1, without a trailing " API". */
  title: string;
  /** The introduction (prose before the first endpoint section), markdown. */
  description: string;
  /** Front matter keys, as parsed. */
  metadata: Record<string, unknown>;
  availability?: Availability;
  /** The newest `GitLab NN.N` the page mentions (feeds `ApiInfo.version` when no option gives it). */
  mentionedVersion?: string;
  /**
   * The page's link reference definitions (`[ce-13060]: https://...` at its bottom), by label in
   * lower case: descriptions keep `[Introduced][ce-13060]`, and the spec resolves it with these.
   */
  linkDefinitions?: Record<string, string>;
  /** Lists of values outside parameter rows, in page order. */
  valueLists?: ValueList[];
  endpoints: Endpoint[];
  source: SourceRef;
}

/** What the docs' README says about the API as a whole (auth, pagination, ...). */
export interface ApiInfo {
  /** e.g. `11.x`, from an option or what the pages say. */
  version?: string;
  /** Pagination headers documented in the README (`X-Total`, `X-Next-Page`, `Link`, ...). */
  paginationHeaders: { name: string; description: string }[];
  /** Pagination query parameters (`page`, `per_page`). */
  paginationParameters: Parameter[];
}

/** The output of the parse stage for a whole docs folder. */
export interface DocsModel {
  pages: Page[];
  api: ApiInfo;
  diagnostics: Diagnostic[];
}

/** The output of the parse stage for one page (cached by content hash). */
export interface PageResult {
  page: Page;
  diagnostics: Diagnostic[];
  /** Set on the API overview page (README.md) that documents pagination; `assembleDocs` reads it. */
  apiInfo?: ApiInfo;
}
