// `npm run gitlab-api-v4-methods`: reads the installed gitlab-api-v4 (Debian's libgitlab-api-v4-perl)
// and writes its method table, scripts/emit/gitlab-api-v4/methods.json, which `npm run generate`
// reads instead of Perl files (so generating needs no Perl). Run it when the package changes;
// `--check` only says whether the committed table still matches (exit 1 when not).
//
//   tsx scripts/gitlab-api-v4-methods.ts [--module FILE] [--config FILE] [--cli FILE] [--out FILE] [--check]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile, rename } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Diagnostic } from './model.js';
import { formatDiagnostic } from './emit/diagnostics.js';
import { METHOD_TABLE_FILE, type MethodTable } from './emit/gitlab-api-v4/method-table.js';
import { readModule } from './emit/gitlab-api-v4/read-module.js';
import { readCli } from './emit/gitlab-api-v4/read-cli.js';

/** Where Debian installs them. */
export const DEBIAN_FILES = {
  module: '/usr/share/perl5/GitLab/API/v4.pm',
  config: '/usr/share/perl5/GitLab/API/v4/Config.pm',
  cli: '/usr/bin/gitlab-api-v4',
};

export type InstalledFiles = typeof DEBIAN_FILES;

/** The method table of the installed files, and what in them could not be read. */
export function readInstalledTable(files: InstalledFiles = DEBIAN_FILES): { table: MethodTable; diagnostics: Diagnostic[] } {
  const module = readModule(readFileSync(files.module, 'utf8'), files.module);
  const cli = readCli(readFileSync(files.cli, 'utf8'), files.cli, readFileSync(files.config, 'utf8'), files.config);
  // Debian patches the module (0.26-3 adds run_pipeline_schedule): the package's version says which.
  const dpkg = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'libgitlab-api-v4-perl'], { encoding: 'utf8' });
  const debian = dpkg.status === 0 && dpkg.stdout ? { package: `libgitlab-api-v4-perl ${dpkg.stdout.trim()}` } : {};
  return {
    table: {
      source: { module: 'GitLab::API::v4', version: module.version, ...debian, files: [files.module, files.config, files.cli] },
      cli: cli.cli,
      methods: module.methods,
    },
    diagnostics: [...module.diagnostics, ...cli.diagnostics],
  };
}

export function formatTable(table: MethodTable): string {
  // One method per line: a package update shows in a diff as the methods it changed.
  const methods = table.methods.map((m) => `    ${JSON.stringify(m)}`).join(',\n');
  const head = JSON.stringify({ source: table.source, cli: table.cli }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "methods": [\n${methods}\n  ]\n}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const files = { ...DEBIAN_FILES };
  let out = fileURLToPath(METHOD_TABLE_FILE);
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--module') files.module = value();
    else if (arg === '--config') files.config = value();
    else if (arg === '--cli') files.cli = value();
    else if (arg === '--out') out = resolve(value());
    else if (arg === '--check') check = true;
    else {
      console.error(`gitlab-api-v4-methods: unknown option ${arg} (options: --module FILE, --config FILE, --cli FILE, --out FILE, --check)`);
      return 2;
    }
  }
  let read: ReturnType<typeof readInstalledTable>;
  try {
    read = readInstalledTable(files);
  } catch (error) {
    console.error(`gitlab-api-v4-methods: ${error instanceof Error ? error.message : String(error)} (is libgitlab-api-v4-perl installed? apt-get install libgitlab-api-v4-perl)`);
    return 1;
  }
  for (const d of read.diagnostics) console.error(formatDiagnostic(d));
  if (read.diagnostics.length) {
    console.error(`gitlab-api-v4-methods: ${read.diagnostics.length} problem${read.diagnostics.length === 1 ? '' : 's'}; ${out} left as it was`);
    return 1;
  }
  const text = formatTable(read.table);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(out, 'utf8');
    } catch {
      // absent: differs
    }
    const same = committed === text;
    console.log(same ? `${out} matches the installed ${read.table.source.module} ${read.table.source.version}` : `${out} differs from the installed module: run npm run gitlab-api-v4-methods`);
    return same ? 0 : 1;
  }
  await writeFile(`${out}.tmp`, text);
  await rename(`${out}.tmp`, out);
  console.log(`${out}: ${read.table.methods.length} methods of ${read.table.source.module} ${read.table.source.version}, ${read.table.cli.options.length} options`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
