/**
 * V8's code cache for the CLI's bundles (dist/bundle, see bundle.ts): when a
 * run ends, the bytecode of every function it compiled is kept in the user's
 * cache folder, and the next run deserializes it instead of parsing and
 * compiling the bundle again. Node 22's module.enableCompileCache does the
 * same for any module (Node 20 has none); like it, a cache is made by the
 * first run of a bundle and kept while it is valid, so it holds the functions
 * that run used (a build to PDF only does not cache the workbook's code).
 *
 * A cache is never trusted blindly: its name carries a checksum of the
 * bundle's source and the Node version, its header a checksum of its data,
 * and V8 refuses data from another V8 or other flags. A refused, stale or
 * unreadable cache only means compiling as without one.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { readCacheFile, writeCacheFile } from './cache-files';

/** Header: a checksum of the data. */
const HEADER = 4;

/** Bundles compiled without a usable cache: their caches are written at exit. */
const uncached: { script: Script; file: string; name: string }[] = [];

function cachedData(file: string): Buffer | undefined {
  const stored = readCacheFile(file);
  if (!stored || stored.length <= HEADER) return undefined;
  const data = stored.subarray(HEADER);
  return crc32(data) === stored.readUInt32LE(0) ? data : undefined;
}

function compileCached(module: Module, filename: string, folder: string): void {
  const bytes = readFileSync(filename);
  const name = path.basename(filename, '.js');
  const file = path.join(folder, `${name}-${crc32(bytes).toString(16)}-${process.version}-${process.arch}.v8`);
  const cached = cachedData(file);
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename, cachedData: cached });
  if (!cached || script.cachedDataRejected) uncached.push({ script, file, name });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
}

function saveCaches(): void {
  for (const { script, file, name } of uncached) {
    try {
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(crc32(data), 0);
      const sameBundle = new RegExp(`^${name}-[0-9a-f]+-v.*\\.v8$`);
      writeCacheFile(file, Buffer.concat([header, data]), (other) => sameBundle.test(other));
    } catch {
      // An exit handler that throws keeps a thread from ending: without a cache, the next run compiles.
    }
  }
}

/**
 * From now on, every .js file loaded from `bundleDir` is compiled with its
 * cache from `folder`; missing caches are written when the process exits.
 */
export function cacheBundles(bundleDir: string, folder: string): void {
  // require.extensions is deprecated for new file types; here it only wraps how .js files of one folder compile.
  const plain = require.extensions['.js'];
  require.extensions['.js'] = (module, filename) => {
    if (path.dirname(filename) === bundleDir) compileCached(module, filename, folder);
    else plain(module, filename);
  };
  process.once('exit', saveCaches);
}
