/**
 * The cache folder's size cap in real runs (GONGWEN_CACHE_MAX_MB): a run that
 * writes to an over-full folder prunes it, oldest first, keeping the newest
 * and what the run keeps; at most once an hour (the folder's .pruned stamp);
 * never a `check` of an unchanged file, which only reads. A missing folder is
 * made, one that cannot be made is gone without.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCacheFile } from '../../src/startup/cache-cap';
import { BIN, runBin, tempDir } from '../helpers/cli';

const CAMPAIGN = path.resolve(__dirname, '../../campaigns/2023.yaml');
const MB = 1024 * 1024;
const DAY = 24 * 60 * 60;
const CAP_MB = 40;

/** `count` kept checks of one MB named `tag`, the i-th last used i days after the first, all weeks ago. */
function fill(folder: string, count: number, tag: string): string[] {
  const names = Array.from({ length: count }, (_, i) => `check-check-${tag}${(0x1000 + i).toString(16)}-0aa7add44ad9.json`);
  const start = Date.now() / 1000 - 200 * DAY;
  names.forEach((name, i) => {
    writeFileSync(path.join(folder, name), Buffer.alloc(MB, i));
    utimesSync(path.join(folder, name), start + i * DAY, start + i * DAY);
  });
  return names;
}
const run = (cache: string, args: string[]) => runBin(args, { env: { ...process.env, GONGWEN_CACHE_DIR: cache, GONGWEN_CACHE_MAX_MB: String(CAP_MB) } });
const bytesIn = (folder: string) => readdirSync(folder).reduce((sum, n) => sum + statSync(path.join(folder, n)).size, 0);
const listing = (folder: string) => readdirSync(folder).sort().map((n) => `${n} ${statSync(path.join(folder, n)).mtimeMs}`);
const stampOld = (cache: string) => utimesSync(path.join(cache, '.pruned'), Date.now() / 1000 - 2 * 60 * 60, Date.now() / 1000 - 2 * 60 * 60);

test('a build into an over-full folder prunes it under the cap, the oldest gone, the newest and the build’s own kept; not again within the hour', () => {
  const cache = tempDir('gongwen-cap-run-');
  const old = fill(cache, 60, 'a');
  const out = tempDir('gongwen-cap-out-');
  const first = run(cache, ['build', CAMPAIGN, '--format', 'pdf', '--out', out]);
  expect(first.stderr).not.toMatch(/Error|at /);
  expect(first.code).toBe(0);
  expect(bytesIn(cache)).toBeLessThanOrEqual(CAP_MB * MB);
  const left = old.filter((n) => existsSync(path.join(cache, n)));
  // pruned to three quarters of the cap: only the newest of the old files are left, and not all of them
  expect(left.length).toBeGreaterThan(0);
  expect(left.length).toBeLessThanOrEqual(0.75 * CAP_MB);
  expect(left).toEqual(old.slice(old.length - left.length));
  // what the build keeps is there: its kept check of the campaign, font programs, code caches
  const own = readdirSync(cache).filter((n) => !old.includes(n));
  expect(own.some((n) => n.startsWith('check-build-'))).toBe(true);
  expect(own.some((n) => n.endsWith('.v8'))).toBe(true);
  expect(existsSync(path.join(cache, '.pruned'))).toBe(true);

  // over the cap again, pruned less than an hour ago: the next writing run leaves it
  const more = fill(cache, 30, 'b');
  const second = run(cache, ['build', path.resolve(__dirname, '../../campaigns/2021.yaml'), '--format', 'pdf', '--out', out]);
  expect(second.code).toBe(0);
  expect(more.every((n) => existsSync(path.join(cache, n)))).toBe(true);
  expect(bytesIn(cache)).toBeGreaterThan(CAP_MB * MB);
}, 120_000);

test('check of an unchanged file writes nothing and prunes nothing, however full the folder and old its stamp', () => {
  const cache = tempDir('gongwen-cap-check-');
  // twice: the first run keeps its check and compiles its code cache, the second may find a bundle's code cache missing
  for (let i = 0; i < 2; i++) expect(run(cache, ['check', CAMPAIGN]).code).toBe(0);
  fill(cache, 60, 'c');
  stampOld(cache);
  const before = listing(cache);
  const again = run(cache, ['check', CAMPAIGN]);
  expect(again.code).toBe(0);
  expect(listing(cache)).toEqual(before);
  // the same folder, an edited campaign: that check writes, and prunes
  const edited = path.join(tempDir('gongwen-cap-edit-'), '2023.yaml');
  writeFileSync(edited, readFileSync(CAMPAIGN, 'utf8') + '\n# edited\n');
  expect(run(cache, ['check', edited]).code).toBe(0);
  expect(bytesIn(cache)).toBeLessThanOrEqual(CAP_MB * MB);
}, 120_000);

test('a run whose only writes are its code caches, made as it ends, prunes too', () => {
  const cache = tempDir('gongwen-cap-v8-');
  for (let i = 0; i < 2; i++) expect(run(cache, ['check', CAMPAIGN]).code).toBe(0);
  const old = fill(cache, 60, 'e');
  stampOld(cache);
  for (const name of readdirSync(cache).filter((n) => n.endsWith('.v8'))) rmSync(path.join(cache, name));
  expect(run(cache, ['check', CAMPAIGN]).code).toBe(0);
  expect(readdirSync(cache).some((n) => n.endsWith('.v8'))).toBe(true);
  expect(existsSync(path.join(cache, old[0]))).toBe(false);
  expect(bytesIn(cache)).toBeLessThanOrEqual(CAP_MB * MB);
}, 120_000);

test('two builds at once into one over-full folder: both succeed with the same files as a build alone, the folder left under the cap', async () => {
  const cache = tempDir('gongwen-cap-two-');
  fill(cache, 60, 'd');
  const outs = [tempDir('gongwen-cap-out-'), tempDir('gongwen-cap-out-')];
  const env = { ...process.env, GONGWEN_CACHE_DIR: cache, GONGWEN_CACHE_MAX_MB: String(CAP_MB) };
  // a build that fails shows what it printed: 0 for each that succeeds, else its exit code and its messages
  const outcomes = await Promise.all(
    outs.map(
      (out) =>
        new Promise<number | string>((done) =>
          execFile(process.execPath, [BIN, 'build', CAMPAIGN, '--format', 'pdf,docx', '--out', out], { env }, (e, _stdout, stderr) => done(e ? `exit ${e.code}: ${stderr}` : 0)),
        ),
    ),
  );
  expect(outcomes).toEqual([0, 0]);
  const alone = tempDir('gongwen-cap-out-');
  expect(runBin(['build', CAMPAIGN, '--format', 'pdf,docx', '--out', alone], { env: { ...process.env, GONGWEN_CACHE_DIR: tempDir('gongwen-cap-alone-') } }).code).toBe(0);
  for (const out of outs) for (const f of ['2023.pdf', '2023.docx']) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(alone, f)))).toBe(true);
  expect(bytesIn(cache)).toBeLessThanOrEqual(CAP_MB * MB);
}, 120_000);

test('every file a build keeps, in every format, is one the cap counts (a kind whose name it missed would grow unbounded)', () => {
  const cache = tempDir('gongwen-cap-kinds-');
  const out = tempDir('gongwen-cap-out-');
  expect(run(cache, ['build', path.resolve(__dirname, '../../campaigns/2018.yaml'), '--format', 'text,docx,pdf,xlsx', '--out', out]).code).toBe(0);
  const kept = readdirSync(cache).filter((n) => n !== '.pruned');
  expect(kept.length).toBeGreaterThan(10);
  expect(kept.filter((n) => !isCacheFile(n))).toEqual([]);
}, 120_000);

test('a missing cache folder is made (and stamped); one that cannot be made is gone without', () => {
  const parent = tempDir('gongwen-cap-missing-');
  const cache = path.join(parent, 'not', 'yet');
  const out = tempDir('gongwen-cap-out-');
  expect(run(cache, ['build', CAMPAIGN, '--format', 'pdf', '--out', out]).code).toBe(0);
  expect(existsSync(path.join(cache, '.pruned'))).toBe(true);
  const blocker = path.join(parent, 'a-file');
  writeFileSync(blocker, '');
  const blocked = run(path.join(blocker, 'cache'), ['build', CAMPAIGN, '--format', 'pdf', '--out', out]);
  expect(blocked.code).toBe(0);
  expect(blocked.stderr).not.toMatch(/Error|ENOTDIR/);
}, 120_000);
