/**
 * A notice's compressed PDF streams kept in the cache folder (src/render/pdf/kept-streams.ts): a stream of the same
 * bytes is taken from there, compressed as zlib compresses it; other bytes, another maker or a damaged file mean
 * compressing afresh; the file is written again only when a build compressed afresh or left a kept stream unused.
 */
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { KeptStreams } from '../../src/render/pdf/kept-streams';
import { tempDir } from '../helpers/cli';

const page = (n: number) => Buffer.from(`BT /F1 16 Tf 1 0 0 1 79.4 ${700 - n} Tm <00${n}0102> Tj ET\n`.repeat(40), 'latin1');

/** Compresses `streams` through kept streams read from `file`, then keeps them; which were compressed afresh. */
async function build(file: string, streams: Buffer[], maker = 'code 1') {
  const kept = new KeptStreams(file, maker);
  const afresh: number[] = [];
  const compressed = await Promise.all(
    streams.map((data, i) =>
      kept.compressed(data, async (d) => {
        afresh.push(i);
        return deflateSync(d);
      }),
    ),
  );
  await kept.save();
  streams.forEach((data, i) => expect(compressed[i].equals(deflateSync(data))).toBe(true));
  return afresh;
}

/** Sets the file's time back, so that a write shows as a new time. */
const written = (file: string) => {
  utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
  return () => statSync(file).mtimeMs !== new Date('2020-01-01').getTime();
};

test('streams of the same bytes are taken as kept; the file is not written again', async () => {
  const file = path.join(tempDir('gongwen-cache-'), 'streams.bin');
  expect(await build(file, [page(1), page(2), page(3)])).toEqual([0, 1, 2]);
  const rewritten = written(file);
  expect(await build(file, [page(1), page(2), page(3)])).toEqual([]);
  expect(rewritten()).toBe(false);
});

test('an edited page is compressed afresh and the others taken as kept; a stream left unused is dropped', async () => {
  const file = path.join(tempDir('gongwen-cache-'), 'streams.bin');
  await build(file, [page(1), page(2), page(3)]);
  let rewritten = written(file);
  expect(await build(file, [page(1), page(9), page(3)])).toEqual([1]);
  expect(rewritten()).toBe(true);
  rewritten = written(file);
  expect(await build(file, [page(1), page(9)])).toEqual([]);
  expect(rewritten()).toBe(true);
  expect(await build(file, [page(1), page(9), page(3)])).toEqual([2]);
});

test('another maker, a damaged file or one that cannot be written: compressed afresh, the same bytes', async () => {
  const file = path.join(tempDir('gongwen-cache-'), 'streams.bin');
  await build(file, [page(1), page(2)]);
  expect(await build(file, [page(1), page(2)], 'code 2')).toEqual([0, 1]);
  writeFileSync(file, 'not streams');
  expect(await build(file, [page(1), page(2)])).toEqual([0, 1]);

  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const unwritable = path.join(blocker, 'cache', 'streams.bin');
  expect(await build(unwritable, [page(1)])).toEqual([0]);
  expect(await build(unwritable, [page(1)])).toEqual([0]);
});
