/**
 * A face's font program (subset, compressed) is kept in the cache folder for the next build and used only for the
 * same glyphs of the same face file, made by the same code, and whole; the program is the same bytes either way.
 */
import { copyFileSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { resolveFonts, subsetFont, TrueTypeFont } from '../../src/fonts';
import { fontProgram } from '../../src/render/pdf/font-program';
import type { KeptStore } from '../../src/startup/kept-file';
import { tempDir } from '../helpers/cli';

const noto = resolveFonts({ systemDirs: [], env: {} });
const FACE = path.join(tempDir('gongwen-face-'), 'song.ttf');
copyFileSync(noto.songti.file, FACE);

/** Glyph ids of `text`, ascending. */
const idsOf = (font: TrueTypeFont, text: string) => [...new Set([...text].map((ch) => font.glyphId(ch.codePointAt(0)!)))].sort((a, b) => a - b);

/** Opens the face afresh (a new process, as far as the program's memory goes) and asks for the program of `text`. */
async function programOf(text: string, store: KeptStore) {
  const font = TrueTypeFont.open(FACE);
  let compressions = 0;
  const compress = async (data: Buffer) => {
    compressions++;
    return deflateSync(data);
  };
  const program = fontProgram(font, idsOf(font, text), compress, store);
  const compressed = await program.compressed;
  await new Promise((resolve) => setImmediate(resolve)); // the program is written once compressed
  return { program, compressed, made: compressions === 1, fresh: subsetFont(font, idsOf(font, text)) };
}

const expectProgramOf = ({ program, compressed, fresh }: Awaited<ReturnType<typeof programOf>>) => {
  expect(inflateSync(compressed).equals(fresh.bytes)).toBe(true);
  expect(compressed.equals(deflateSync(fresh.bytes))).toBe(true);
  expect(program.length).toBe(fresh.bytes.length);
  expect(program.tag).toBe(fresh.tag);
  expect([...program.newId]).toEqual([...fresh.newId]);
};

test('made once, then read from the cache folder for the same glyphs of the same face file', async () => {
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  const first = await programOf('质量月活动', store);
  expect(first.made).toBe(true);
  expect(readdirSync(store.folder)).toEqual([expect.stringMatching(/^subset-[0-9a-f]+-[0-9a-f]+\.bin$/)]);
  const second = await programOf('质量月活动', store);
  expect(second.made).toBe(false);
  expectProgramOf(first);
  expectProgramOf(second);
});

test('other glyphs, another maker, a changed face file or a damaged file: made afresh, and the same bytes as ever', async () => {
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  await programOf('质量月活动', store);
  const firstKept = readdirSync(store.folder);

  const other = await programOf('质量强省', store);
  expect(other.made).toBe(true);
  const kept = () => path.join(store.folder, readdirSync(store.folder).find((name) => !firstKept.includes(name))!);
  expectProgramOf(other);
  expect((await programOf('质量强省', store)).made).toBe(false);

  const newCode = await programOf('质量强省', { ...store, maker: 'code 2' });
  expect(newCode.made).toBe(true);
  expectProgramOf(newCode);

  utimesSync(FACE, new Date('2020-01-01'), new Date('2020-01-01'));
  const touched = await programOf('质量强省', { ...store, maker: 'code 2' });
  expect(touched.made).toBe(true);
  expectProgramOf(touched);

  const bytes = readFileSync(kept());
  bytes[bytes.length - 10] ^= 0xff;
  writeFileSync(kept(), bytes);
  const damaged = await programOf('质量强省', { ...store, maker: 'code 2' });
  expect(damaged.made).toBe(true);
  expectProgramOf(damaged);
  expect(readdirSync(store.folder)).toHaveLength(2); // a file per glyph set; made again, one replaces the other
});

test('the cache folder keeps the last eight programs of a face: going back to an earlier notice is not made again', async () => {
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  const texts = ['质量', '月活', '强省', '工作', '通知', '附件', '单位', '统计', '报送'];
  for (const [i, text] of texts.entries()) {
    const before = readdirSync(store.folder);
    expect((await programOf(text, store)).made).toBe(true);
    // each written a minute after the one before, whatever the file system's time resolution
    const written = readdirSync(store.folder).filter((name) => !before.includes(name));
    expect(written).toHaveLength(1);
    const at = new Date(Date.UTC(2026, 0, 1, 0, i));
    utimesSync(path.join(store.folder, written[0]), at, at);
    expect(readdirSync(store.folder)).toHaveLength(Math.min(i + 1, 8));
  }
  expect((await programOf('月活', store)).made).toBe(false);
  expect((await programOf('报送', store)).made).toBe(false);
  const oldest = await programOf('质量', store);
  expect(oldest.made).toBe(true); // the ninth let the first go
  expectProgramOf(oldest);
});

test('a cache folder that cannot be made: the program is made each time', async () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const store = { folder: path.join(blocker, 'cache'), maker: 'code 1' };
  const first = await programOf('质量月活动', store);
  const second = await programOf('质量月活动', store);
  expect([first.made, second.made]).toEqual([true, true]);
  expectProgramOf(second);
});

test('outside a bundle (the compiled modules the tests run) nothing is kept', async () => {
  const folder = tempDir('gongwen-cache-');
  const before = process.env.GONGWEN_CACHE_DIR;
  process.env.GONGWEN_CACHE_DIR = folder;
  try {
    const font = TrueTypeFont.open(FACE);
    const program = fontProgram(font, idsOf(font, '质量'), async (data) => deflateSync(data));
    expect(inflateSync(await program.compressed).equals(subsetFont(font, idsOf(font, '质量')).bytes)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readdirSync(folder)).toEqual([]);
  } finally {
    if (before === undefined) delete process.env.GONGWEN_CACHE_DIR;
    else process.env.GONGWEN_CACHE_DIR = before;
  }
});

test('in memory, the last four programs of a face are kept: a save undone takes its program from there', async () => {
  const font = TrueTypeFont.open(FACE);
  let made = 0;
  const compress = async (data: Buffer) => {
    made++;
    return deflateSync(data);
  };
  const ask = (text: string) => fontProgram(font, idsOf(font, text), compress);
  const first = ask('质量');
  ask('质量月');
  expect(ask('质量')).toBe(first);
  expect(made).toBe(2);
  for (const text of ['活动', '月活', '强省']) ask(text); // 质量月, used longest ago, is let go
  expect(made).toBe(5);
  expect(ask('质量')).toBe(first);
  expect(made).toBe(5);
  ask('质量月');
  expect(made).toBe(6);
  expect(inflateSync(await first.compressed).equals(subsetFont(font, idsOf(font, '质量')).bytes)).toBe(true);
});
