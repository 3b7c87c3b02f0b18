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
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * esbuild escapes non-ASCII characters in strings but not in regular
 * expressions; escaped there too, a bundle is plain ASCII, which Node decodes
 * several times faster than UTF-8 with Chinese in it (~14 ms for the build
 * command's bundle). \uXXXX means the same in a regular expression, string or
 * identifier; astral characters become their surrogate pair, as in strings.
 * A character escaped already (\。, an odd run of backslashes) drops its
 * backslash for the new escape.
 */
function asciiOnly(code: string): string {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes: string, c: string) => {
    const kept = slashes.slice(0, slashes.length - (slashes.length % 2));
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

async function bundle(): Promise<void> {
  const { outputFiles } = await build({
    entryPoints: ENTRIES.map((name) => path.join(CLI, `${name}.js`)),
    outdir: BUNDLE_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [otherEntriesExternal],
    logLevel: 'warning',
    legalComments: 'none',
    write: false,
  });
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  for (const file of outputFiles) writeFileSync(file.path, asciiOnly(file.text));
}

bundle().catch(() => {
  process.exitCode = 1;
});
