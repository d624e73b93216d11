// The process entry of `gitlab-api`: real argv and streams into main. `npm run build` bundles this
// file and everything it loads into one CommonJS file, dist/gitlab-api.cjs, run by bin/gitlab-api.cjs:
// a CommonJS script spares Node its ES module loader (half the cost of `--help`, measured by
// `npm run bench cli`), and one file spares a resolve, stat, read and compile per module.
import { main } from './main.js';
import { processIO } from './io.js';

void main(processIO(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
