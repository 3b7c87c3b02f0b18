/**
 * A PNG's compressed pixels are kept in the cache folder for the next build and used only for the same picture
 * file (path, size, modification time, bytes), made by the same code, and whole: the picture is the same either way.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPicture, type Picture } from '../../src/render/pdf/picture';
import type { KeptStore } from '../../src/startup/kept-file';
import * as png from '../../src/render/pdf/png-picture';
import { Ref } from '../../src/render/pdf/pdf-syntax';
import { tempDir } from '../helpers/cli';
import { sealPng } from '../helpers/pdf-assets';
import { solidPng } from '../helpers/png';

const compressions = jest.spyOn(png, 'compressPng');

/** The picture of `file` read with `store`, and whether its pixels were compressed for it. */
async function read(file: string, store: KeptStore) {
  compressions.mockClear();
  const picture = await readPicture(file, store);
  return { picture, made: compressions.mock.calls.length === 1 };
}

/** What a PDF gets of a picture: its dictionaries and bytes. */
const written = (p: Picture) => ({ dict: p.dict(new Ref(9)), bytes: Buffer.from(p.bytes), mask: p.mask && { dict: p.mask.dict, bytes: Buffer.from(p.mask.bytes) } });

test('compressed once, then read from the cache folder; the same picture as one made afresh', async () => {
  const file = sealPng(tempDir('gongwen-picture-'), 40);
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  const fresh = written(await readPicture(file, undefined));
  const first = await read(file, store);
  expect(first.made).toBe(true);
  expect(readdirSync(store.folder)).toEqual([expect.stringMatching(/^picture-[0-9a-f]+\.bin$/)]);
  const second = await read(file, store);
  expect(second.made).toBe(false);
  expect(written(first.picture)).toEqual(fresh);
  expect(written(second.picture)).toEqual(fresh);
  expect(fresh.mask).toBeDefined();
});

test('another maker, other pixels in a file of the same size and time stamp, a touched file or a damaged kept file: made afresh', async () => {
  const dir = tempDir('gongwen-picture-');
  const file = sealPng(dir, 40);
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  await read(file, store);
  const kept = () => path.join(store.folder, readdirSync(store.folder)[0]);

  expect((await read(file, { ...store, maker: 'code 2' })).made).toBe(true);

  const { mtime } = statSync(file);
  const [red, green] = [solidPng(40, 40, 6, [200, 0, 0, 128]), solidPng(40, 40, 6, [0, 200, 0, 128])];
  expect(red.length).toBe(green.length);
  writeFileSync(file, red);
  utimesSync(file, mtime, mtime);
  await read(file, { ...store, maker: 'code 2' });
  writeFileSync(file, green);
  utimesSync(file, mtime, mtime);
  const changed = await read(file, { ...store, maker: 'code 2' });
  expect(changed.made).toBe(true);
  expect(written(changed.picture)).toEqual(written(await readPicture(file, undefined)));
  expect((await read(file, { ...store, maker: 'code 2' })).made).toBe(false);

  utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
  expect((await read(file, { ...store, maker: 'code 2' })).made).toBe(true);

  const stored = readFileSync(kept());
  stored[stored.length - 3] ^= 0xff;
  writeFileSync(kept(), stored);
  const damaged = await read(file, { ...store, maker: 'code 2' });
  expect(damaged.made).toBe(true);
  expect(written(damaged.picture)).toEqual(written(await readPicture(file, undefined)));
  expect(readdirSync(store.folder)).toHaveLength(1); // one kept picture per file
});

test('an opaque PNG is kept without a mask; a cache folder that cannot be made leaves it made each time', async () => {
  const file = path.join(tempDir('gongwen-picture-'), 'opaque.png');
  writeFileSync(file, solidPng(30, 20, 2, [200, 0, 0]));
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  await read(file, store);
  const second = await read(file, store);
  expect(second.made).toBe(false);
  expect(second.picture.mask).toBeUndefined();
  expect(written(second.picture)).toEqual(written(await readPicture(file, undefined)));
  const blocked = path.join(tempDir('gongwen-blocked-'), 'file');
  writeFileSync(blocked, '');
  const noFolder = { folder: path.join(blocked, 'cache'), maker: 'code 1' };
  expect((await read(file, noFolder)).made).toBe(true);
  expect((await read(file, noFolder)).made).toBe(true);
});
