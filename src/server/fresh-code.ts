/**
 * The server's code: each request runs the CLI's bundles evaluated anew, as a
 * fresh process would, so no module keeps anything from an earlier request
 * (the fonts it opened, the folders it scanned, what it memoised of a
 * campaign). What carries over is V8's work: each bundle is compiled once
 * into a kept Script, whose functions keep their bytecode, and evaluating it
 * again only makes new closures over that.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { keptCodeCache } from '../startup/code-cache';

export class FreshBundles {
  private readonly kept = new Map<string, { source: string; script: Script }>();

  constructor(private readonly bundleDir: string) {
    // require.extensions is deprecated for new file types; here it only changes how .js files of one folder compile.
    const plain = require.extensions['.js'];
    require.extensions['.js'] = (module, filename) => {
      if (path.dirname(filename) === bundleDir) this.evaluate(module, filename);
      else plain(module, filename);
    };
  }

  /**
   * Compiles each bundle (but `except`) for which a process of its own kept a code cache in `cacheFolder`, from that
   * cache: the first request then finds the functions those processes ran compiled, as a process of its own does.
   */
  compileKept(cacheFolder: string, except: Set<string>): void {
    for (const name of readdirSync(this.bundleDir).filter((n) => n.endsWith('.js') && !except.has(n))) {
      const filename = path.join(this.bundleDir, name);
      const source = readFileSync(filename, 'utf8');
      const cachedData = keptCodeCache(filename, source, cacheFolder);
      if (cachedData) this.kept.set(filename, { source, script: new Script(Module.wrap(source), { filename, cachedData }) });
    }
  }

  /** The bundle `name` and every module it loads, evaluated anew (each file read again, as a fresh process reads it). */
  load<T>(name: string): T {
    for (const id of Object.keys(require.cache)) delete require.cache[id];
    // Through a require of the request's own: Node lists a loaded module among its parent's children, and the
    // server's module as the parent would keep every request's modules alive (about 1 MB a request).
    const filename = path.join(this.bundleDir, name);
    return Module.createRequire(filename)(filename) as T;
  }

  private evaluate(module: Module, filename: string): void {
    const source = readFileSync(filename, 'utf8');
    let kept = this.kept.get(filename);
    if (kept?.source !== source) {
      kept = { source, script: new Script(Module.wrap(source), { filename }) };
      this.kept.set(filename, kept);
    }
    const wrapper = kept.script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  }
}
