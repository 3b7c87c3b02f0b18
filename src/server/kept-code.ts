/**
 * The server's code: the CLI's bundles, loaded once and kept for every
 * request, so that V8 keeps what it learnt running them (their functions'
 * type feedback and optimised code), which a process of its own starts
 * without. What a module keeps of a build is kept for its process
 * (src/startup/process-state.ts), and each request begins a new process
 * round: it runs as a process of its own would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { keptCodeCache } from '../startup/code-cache';
import { beginProcessRound } from '../startup/process-state';

export class KeptBundles {
  /** Bundles compiled from a code cache at the server's start, by file, until they are loaded. */
  private readonly compiled = new Map<string, { source: string; script: Script }>();

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
      if (cachedData) this.compiled.set(filename, { source, script: new Script(Module.wrap(source), { filename, cachedData }) });
    }
  }

  /** The exports of the bundle `name` (loaded on the first request), for a request that runs as a new process would. */
  forRequest<T>(name: string): T {
    beginProcessRound();
    // Through a require of the request's own: Node lists a loaded module among its parent's children, and the
    // server's module as the parent would keep the graph of every module a request loads for the first time.
    const filename = path.join(this.bundleDir, name);
    return Module.createRequire(filename)(filename) as T;
  }

  private evaluate(module: Module, filename: string): void {
    const source = readFileSync(filename, 'utf8');
    const compiled = this.compiled.get(filename);
    this.compiled.delete(filename);
    const script = compiled?.source === source ? compiled.script : new Script(Module.wrap(source), { filename });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  }
}
