// The method table of Debian's gitlab-api-v4 (libgitlab-api-v4-perl): what its methods send, its
// options and value aliases, as read from the installed Perl module by `npm run gitlab-api-v4-methods`
// (scripts/gitlab-api-v4-methods.ts) and committed as methods.json beside this file, so that
// `npm run generate` needs no Perl. test/emit/gitlab-api-v4/methods.test.ts checks it still matches
// the installed module.
import { readFileSync } from 'node:fs';

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Where a method puts the `param:value` pairs it is given. */
export type ParamsGo =
  /** takes no `\%params`: the CLI fails when given any */
  | 'none'
  /** the query string */
  | 'query'
  /** a JSON body (a `file` key of a POST or PUT is uploaded as multipart instead: RESTClient.pm) */
  | 'content'
  /** each value is a file to upload under its key (edit_project_multipart) */
  | 'files';

export interface PerlMethod {
  /** The Perl name, `create_issue`; the CLI takes it with dashes, `create-issue`. */
  name: string;
  verb: HttpVerb;
  /** As the module writes it: `projects/:project_id/issues`. */
  route: string;
  /** The positional arguments, in order: the route's placeholders. */
  args: string[];
  params: ParamsGo;
  /** The `=head2` section of the module's documentation (`Issues`). */
  section: string;
  /** Line of the method's `=item` in the module. */
  line: number;
}

export interface CliOption {
  /** Long name first, then one-letter aliases: `['all', 'a']`. */
  names: string[];
  /** Takes a value (`--url=<url>`). */
  value: boolean;
  /** The CLI's own documentation of it, one line; empty when it has none. */
  description: string;
}

export interface MethodTable {
  source: {
    /** The Perl module and its `$VERSION`. */
    module: string;
    version: string;
    /** The Debian package and its version, when dpkg knows it: `libgitlab-api-v4-perl 0.26-3`. */
    package?: string;
    /** The files read, where Debian installs them. */
    files: string[];
  };
  cli: {
    /** Words the CLI takes in place of a method (`help`, `configure`). */
    commands: string[];
    options: CliOption[];
    /** Named values the CLI turns into numbers, by parameter: `access_level: ['guest', ...]`. */
    aliases: Record<string, string[]>;
  };
  methods: PerlMethod[];
}

/** The committed table. */
export const METHOD_TABLE_FILE = new URL('./methods.json', import.meta.url);

export function loadMethodTable(): MethodTable {
  return JSON.parse(readFileSync(METHOD_TABLE_FILE, 'utf8')) as MethodTable;
}

/** `create_issue` -> `create-issue`: the CLI turns dashes back into underscores. */
export function cliMethodName(method: PerlMethod): string {
  return method.name.replace(/_/g, '-');
}
