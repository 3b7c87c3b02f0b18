/**
 * Build step (npm run build, after tsc): one bundled file per entry point in
 * dist/bundle/ — the CLI's dispatcher, each command, and the DOCX thread —
 * made from the compiled JavaScript in dist/src. A command then loads one
 * file instead of resolving and reading hundreds of modules, and reads only
 * its own code: `check` never reads pdf-lib, exceljs or docx. The dispatcher
 * loads the command bundles as separate files (bin/gongwen.js gives every
 * bundle V8's code cache, see compile-cache.ts).
 */
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../cli');
export const BUNDLE_DIR = path.resolve(__dirname, '../../bundle');

/** The dispatcher, the commands it loads, and the worker the build command starts. */
const ENTRIES = ['main', 'check', 'build', 'fmt', 'diff', 'new', 'collect', 'fonts', 'schema', 'docx-thread'];

/** An import of another entry point stays an import of that entry's bundle, beside this one. */
const otherEntriesExternal: Plugin = {
  name: 'other-entries-external',
  setup(build) {
    build.onResolve({ filter: /^\.\// }, (args) => {
      const target = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '');
      const name = path.relative(CLI, target);
      const isOtherEntry = ENTRIES.includes(name) && path.join(CLI, `${name}.js`) !== args.importer;
      return isOtherEntry ? { path: `./${name}.js`, external: true } : undefined;
    });
  },
};

rmSync(BUNDLE_DIR, { recursive: true, force: true });
build({
  entryPoints: ENTRIES.map((name) => path.join(CLI, `${name}.js`)),
  outdir: BUNDLE_DIR,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [otherEntriesExternal],
  logLevel: 'warning',
  legalComments: 'none',
}).catch(() => {
  process.exitCode = 1;
});
