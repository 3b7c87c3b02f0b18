/**
 * V8's code cache for the CLI's bundles (dist/bundle, see bundle.ts): when a
 * run ends, the bytecode of every function it compiled is kept in the user's
 * cache folder, and the next run deserializes it instead of parsing and
 * compiling the bundle again. Node 22's module.enableCompileCache does the
 * same for any module (Node 20 has none); like it, a cache is made by the
 * first run of a bundle and kept while it is valid, so it holds the functions
 * that run used (a build to PDF only does not cache the workbook's code).
 *
 * A cache is never trusted blindly: its name carries the SHA-1 of the
 * bundle's source (computed when the bundle is made, see markedBundle, as
 * hashing it on every start would cost more than a millisecond) and the Node
 * version, its file holds the data twice (see cache-files.ts), and V8 refuses
 * data from another V8 or other flags. A refused, stale or unreadable cache
 * only means compiling as without one.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { pruneWritten } from './cache-cap';
import { doubled, readDoubled, writeCacheFile } from './cache-files';

/** First line of a bundle, before the SHA-1 of the rest. */
const MARK = '//# gongwen-bundle ';
const MARKED = new RegExp(`^${MARK}([0-9a-f]{40})\n`);

/** A bundle's code as written to dist/bundle: marked with the SHA-1 that names its caches. */
export function markedBundle(code: string): string {
  // Build time only: nothing loads node:crypto on the way to running a command.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return `${MARK}${createHash('sha1').update(code).digest('hex')}\n${code}`;
}

/** The SHA-1 a bundle file is marked with; undefined for any other file (the compiled modules the tests run). */
export function bundleMarkOf(filename: string): string | undefined {
  const head = Buffer.alloc(MARK.length + 41);
  try {
    const fd = openSync(filename, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  return MARKED.exec(head.toString('latin1'))?.[1];
}

/**
 * The mark of the bundle running this code, read from its file once: the code does not change while it runs, whatever
 * becomes of the file (each build asked for it for every face, program and kept file it read: ~0.5 ms of a PDF build).
 */
let ownMark: { mark: string | undefined } | undefined;

/**
 * The marks of the bundle running this code (every module of a bundle shares its file) and of the bundles named
 * beside it: what work kept from this code depends on. None outside a bundle, or when one of them is missing.
 */
export function bundleMarks(alsoMadeBy: string[] = []): string[] | undefined {
  ownMark ??= { mark: bundleMarkOf(__filename) };
  const marks = [ownMark.mark, ...alsoMadeBy.map((bundle) => bundleMarkOf(path.join(__dirname, `${bundle}.js`)))];
  return marks.every((mark) => mark !== undefined) ? (marks as string[]) : undefined;
}

/** Bundles compiled without a usable cache: their caches are written at exit. */
const uncached: { script: Script; file: string; name: string }[] = [];

/** Where the code cache of the bundle `filename`, whose source is `source`, is kept; undefined for any other file. */
function cacheFileOf(filename: string, source: string, folder: string): string | undefined {
  const sha1 = MARKED.exec(source.slice(0, MARK.length + 41))?.[1];
  return sha1 ? path.join(folder, `${path.basename(filename, '.js')}-${sha1.slice(0, 16)}-${process.version}-${process.arch}.v8`) : undefined;
}

/** The code cache kept for the bundle `filename` with this `source`, if there is one intact (the build server's start, src/server). */
export function keptCodeCache(filename: string, source: string, folder: string): Buffer | undefined {
  const file = cacheFileOf(filename, source, folder);
  return file ? readDoubled(file) : undefined;
}

/** False for a file that is not a marked bundle: it compiles as usual. */
function compileCached(module: Module, filename: string, folder: string): boolean {
  const source = readFileSync(filename, 'utf8');
  const file = cacheFileOf(filename, source, folder);
  if (!file) return false;
  const name = path.basename(filename, '.js');
  // V8 checks a cache's length, not its bytes: a damaged one could crash the process.
  const cached = readDoubled(file);
  // The class of `module` is node:module's export, without loading that module's public face (its ES module loader).
  const { wrap, createRequire } = module.constructor as typeof Module;
  const script = new Script(wrap(source), { filename, cachedData: cached });
  if (!cached || script.cachedDataRejected) uncached.push({ script, file, name });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, path.dirname(filename));
  return true;
}

function saveCaches(): void {
  for (const { script, file, name } of uncached) {
    try {
      const data = script.createCachedData();
      const sameBundle = new RegExp(`^${name}-[0-9a-f]+-v.*\\.v8$`);
      writeCacheFile(file, doubled(data), (other) => sameBundle.test(other));
    } catch {
      // An exit handler that throws keeps a thread from ending: without a cache, the next run compiles.
    }
  }
  pruneWritten();
}

/**
 * From now on, every marked bundle loaded from `bundleDir` is compiled with
 * its cache from `folder`; missing caches are written when the process exits.
 */
export function cacheBundles(bundleDir: string, folder: string): void {
  // require.extensions is deprecated for new file types; here it only wraps how .js files of one folder compile.
  const plain = require.extensions['.js'];
  require.extensions['.js'] = (module, filename) => {
    if (path.dirname(filename) !== bundleDir || !compileCached(module, filename, folder)) plain(module, filename);
  };
  process.once('exit', saveCaches);
}
