/**
 * The build server's kept code (src/server/kept-code.ts, as built into dist/src) in a Node process of its own, with
 * its garbage collector at hand: the bundles are loaded once, what their modules keep through perProcess is made anew
 * for each request, and nothing of a request stays alive after it, or a server that stays up all day grows with every
 * build.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { tempDir } from '../helpers/cli';

const DIST = path.resolve(__dirname, '../../dist');
const KEPT_CODE = path.join(DIST, 'src/server/kept-code.js');
const ROOT = path.resolve(__dirname, '../..');
const MIB = 1024 * 1024;
const HELD_MIB = 8;

const runNode = (script: string) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, GONGWEN_CACHE_DIR: tempDir('gongwen-kept-cache-') } }));

test('a bundle is evaluated once for all requests; what it keeps per process is new in each and let go after it', () => {
  const bundles = tempDir('gongwen-kept-');
  // The bundle's own copy of process-state, as each of the CLI's bundles has one.
  copyFileSync(path.join(DIST, 'src/startup/process-state.js'), path.join(bundles, 'process-state.js'));
  writeFileSync(
    path.join(bundles, 'main.js'),
    `globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;
     exports.held = require('./process-state.js').perProcess(() => Buffer.alloc(${HELD_MIB * MIB}, 1));\n`,
  );
  const { evaluations, newEachRequest, sameWithinRequest, held } = runNode(`
    const { KeptBundles } = require(${JSON.stringify(KEPT_CODE)});
    const code = new KeptBundles(${JSON.stringify(bundles)});
    let before, newEachRequest = true, sameWithinRequest = true;
    for (let i = 0; i < 20; i++) {
      const { held } = code.forRequest('main.js');
      const now = held();
      newEachRequest = newEachRequest && now !== before;
      sameWithinRequest = sameWithinRequest && held() === now;
      before = now;
    }
    before = undefined;
    gc(); gc();
    process.stdout.write(JSON.stringify({ evaluations: globalThis.evaluations, newEachRequest, sameWithinRequest, held: process.memoryUsage().arrayBuffers }));`);
  expect(evaluations).toBe(1);
  expect(newEachRequest).toBe(true);
  expect(sameWithinRequest).toBe(true);
  // the module keeps the last request's value until the next request; never the 19 before it
  expect(held / MIB).toBeLessThan(3 * HELD_MIB);
});

test('thirty real builds (2018 and 2023, every format) through the kept code: the heap left after each stays the same', () => {
  const out = tempDir('gongwen-kept-out-');
  const heaps: number[] = runNode(`
    const { KeptBundles } = require(${JSON.stringify(KEPT_CODE)});
    const code = new KeptBundles(${JSON.stringify(path.join(DIST, 'bundle'))});
    const argv = ['build', 'campaigns/2018.yaml', 'campaigns/2023.yaml', '--format', 'text,docx,pdf,xlsx', '--out', ${JSON.stringify(out)}];
    (async () => {
      const heaps = [];
      for (let i = 1; i <= 30; i++) {
        const { main } = code.forRequest('main.js');
        const exit = await main(argv, { out: () => undefined, err: () => undefined });
        if (exit !== 0) throw new Error('build exit ' + exit);
        // what the server does as a request ends: the listeners it left on process go (src/server/server.ts)
        process.removeAllListeners('exit');
        if (i % 10 === 0) { gc(); gc(); heaps.push(process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers); }
      }
      process.stdout.write(JSON.stringify(heaps));
    })();`);
  // Measured (Node 22): 13.3, 13.5, 12.3 MiB (V8's own growth as more of the code is optimised); a build's documents, fonts or
  // outputs kept alive would add several MiB for every build.
  expect((heaps[2] - heaps[0]) / MIB).toBeLessThan(2);
});
