/**
 * The build server's fresh code (src/server/fresh-code.ts, as built into dist/src) in a Node process of its own, with
 * its garbage collector at hand: a bundle evaluated anew for each request must leave nothing of the requests before
 * it alive, or a server that stays up all day grows with every build.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';

const FRESH_CODE = path.resolve(__dirname, '../../dist/src/server/fresh-code.js');
const MIB = 1024 * 1024;
const LOADS = 20;
const HELD_MIB = 8;

/**
 * Bytes of array buffers still alive after `loads` loads of a bundle that holds HELD_MIB at its top level, and whether
 * each load evaluated the bundle anew (its own exports, not the load before's).
 */
function heldAfterLoads(loads: number): { held: number; fresh: boolean } {
  const bundles = tempDir('gongwen-fresh-');
  writeFileSync(path.join(bundles, 'main.js'), `exports.held = Buffer.alloc(${HELD_MIB * MIB}, 1);\n`);
  const script = `
    const { FreshBundles } = require(${JSON.stringify(FRESH_CODE)});
    const code = new FreshBundles(${JSON.stringify(bundles)});
    let fresh = true;
    let before;
    for (let i = 0; i < ${loads}; i++) {
      const loaded = code.load('main.js');
      fresh = fresh && loaded !== before && loaded.held !== before?.held;
      before = loaded;
    }
    before = undefined;
    gc(); gc();
    process.stdout.write(JSON.stringify({ held: process.memoryUsage().arrayBuffers, fresh }));`;
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' }));
}

test('a bundle loaded anew for each request leaves the earlier loads to the garbage collector', () => {
  const { held, fresh } = heldAfterLoads(LOADS);
  expect(fresh).toBe(true);
  // none of the loads is kept by the test; the server's code may keep the last one, never the 19 before it
  expect(held / MIB).toBeLessThan(3 * HELD_MIB);
});
