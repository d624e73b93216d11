#!/usr/bin/env node
// The installed `gitlab-api` command: the CLI bundled into one CommonJS file by `npm run build`
// (dist/gitlab-api.cjs): no tsx, no TypeScript, no ES module loader at run time.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '../dist/gitlab-api.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('gitlab-api: the built CLI is missing (dist/gitlab-api.cjs); run npm run build.\n');
  process.exit(70);
}
require(bundle);
