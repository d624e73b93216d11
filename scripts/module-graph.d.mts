// Types of scripts/module-graph.mjs (plain JavaScript: it runs before any TypeScript loader).

/**
 * The version of each module that starts a chunk of `entry`'s bundle (the entry, each `import()`ed
 * module), by path relative to `root` (default: the repository).
 */
export function moduleVersions(entry: string, root?: string): Promise<Record<string, string>>;

/** The URL of a module's chunk in the bundle that runs (for a worker thread); undefined when none runs. */
export function bundledModuleUrl(module: string): string | undefined;

/** Loads `entry` from its bundle (built when stale), or through tsx when that fails. */
export function load(entry: string, root?: string): Promise<Record<string, unknown>>;
