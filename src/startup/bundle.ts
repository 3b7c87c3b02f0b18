/**
 * Build step (npm run build, after tsc): one bundled file per entry point in
 * dist/bundle/, made from the compiled JavaScript in dist/src. An entry point
 * is what the CLI loads on its own: the dispatcher, each command, and each
 * renderer (loaded only for a format asked for). A command
 * then reads a few files instead of resolving hundreds of modules, and only
 * the code it runs: `check` never reads pdf-lib, exceljs or docx. An import
 * of another entry point stays an import, of that entry's bundle; bin/gongwen.js
 * compiles every bundle with V8's code cache (see code-cache.ts).
 */
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markedBundle } from './code-cache';

const SRC = path.resolve(__dirname, '..');
export const BUNDLE_DIR = path.resolve(SRC, '../bundle');

/** Bundle name → its entry module in dist/src (without .js). */
const ENTRIES: Record<string, string> = {
  main: 'cli/main',
  ...Object.fromEntries(['check', 'build', 'fmt', 'diff', 'new', 'collect', 'fonts', 'schema'].map((c) => [c, `cli/${c}`])),
  // The form workbook (render/xlsx) is small and needs the composer that build holds already: it is part of build's bundle.
  ...Object.fromEntries(['text', 'docx', 'pdf'].map((format) => [`render-${format}`, `render/${format}/index`])),
  // Read by check only for a campaign that attaches a PDF.
  'asset-pdf': 'assets/pdf-file',
  // Read by check and the PDF renderer only for a campaign that attaches a PDF.
  'pdf-lib': 'render/pdf/pdf-lib',
  // Read by the PDF renderer only for a PNG picture.
  'png-picture': 'render/pdf/png-picture',
  // The YAML library, and the validator with the lint rules: loaded only when a campaign's parse or check is not in
  // the cache folder (campaign/text-cache.ts).
  'parse-yaml': 'campaign/parse-yaml',
  'check-source': 'campaign/check-source',
  // Loaded by bin/gongwen.js before the dispatcher: it sets up the others' code cache.
  startup: 'startup/startup',
  // The build server (src/server): bin/gongwen.js's client for `build`, the server it starts, `gongwen server stop`.
  client: 'server/client',
  server: 'server/server',
  'server-stop': 'server/stop',
};
const BUNDLE_OF = new Map(Object.entries(ENTRIES).map(([name, module]) => [path.join(SRC, module), name]));

const otherEntriesExternal: Plugin = {
  name: 'other-entries-external',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '');
      const name = BUNDLE_OF.get(target) ?? BUNDLE_OF.get(path.join(target, 'index'));
      const isOtherEntry = name !== undefined && path.join(SRC, `${ENTRIES[name]}.js`) !== args.importer;
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
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, module]) => [name, path.join(SRC, `${module}.js`)])),
    outdir: BUNDLE_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [otherEntriesExternal],
    logLevel: 'warning',
    legalComments: 'none',
    // Whitespace only (check's bundle 0.82 → 0.56 MB): a start reads the whole source, as a string, even when V8 takes
    // the bytecode from the code cache, ~0.8 ms less for check. Names are kept, for an internal error's stack; renaming
    // them or rewriting the syntax as well (0.54 MB) measured no faster.
    minifyWhitespace: true,
    write: false,
  });
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const identity = createHash('sha1');
  for (const file of [...outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const code = markedBundle(asciiOnly(file.text));
    writeFileSync(file.path, code);
    identity.update(code);
  }
  // What a build server is kept for (src/server/key.ts): read by each client instead of every bundle's mark.
  writeFileSync(path.join(BUNDLE_DIR, 'identity'), identity.digest('hex'));
}

bundle().catch(() => {
  process.exitCode = 1;
});
