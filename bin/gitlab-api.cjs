#!/usr/bin/env node
// The installed `gitlab-api` command: the CLI bundled into one CommonJS file by `npm run build`
// (dist/gitlab-api.cjs): no tsx, no TypeScript, no ES module loader at run time.
'use strict';
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '../dist/gitlab-api.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('gitlab-api: the built CLI is missing (dist/gitlab-api.cjs); run npm run build.\n');
  process.exit(70);
}
runWithCodeCache(bundle);

/**
 * Runs the bundle as `require` would, with V8's code cache: compiling it was about a third of the
 * CLI's own start-up. The cache sits beside the bundle, per Node version and architecture, written
 * at the end of a run that had none (or whose cache V8 refused), when the folder is writable;
 * otherwise every run compiles, as a plain require does.
 */
function runWithCodeCache(file) {
  const cacheFile = `${file}.${process.version}-${process.arch}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle holds no import() (build/cli.ts turns them into requires): a script run from the
  // code cache would have no loader for one.
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // A read-only install: no cache, the same behaviour.
      }
    });
  }
  const bundled = new Module(file, module);
  bundled.filename = file;
  bundled.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext().call(bundled.exports, bundled.exports, Module.createRequire(file), bundled, file, dirname(file));
}
