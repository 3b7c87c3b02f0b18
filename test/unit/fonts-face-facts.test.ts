/**
 * A face's facts (table directory, metrics, name) are kept in the cache folder when it is first opened and checked;
 * the next open of the same face file by the same code takes them from there and checks nothing again. A changed
 * file, another maker or a damaged record means checking the face again; a cache folder that cannot be written
 * still gives the face.
 */
import { closeSync, copyFileSync, openSync, readdirSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts, TrueTypeFont } from '../../src/fonts';
import { readTableDirectory, withFileSource } from '../../src/fonts/sfnt';
import { tempDir } from '../helpers/cli';

const serif = resolveFonts({ systemDirs: [], env: {} }).fangsong.file;
const TEXT = '关于开展2023年全国“质量月”活动的通知';

/** Set on every copy, so that a change can leave the time as it was (a file system keeps finer times than a Date). */
const TIME = new Date('2024-03-01T08:00:00Z');

function copyOfSerif(): string {
  const file = path.join(tempDir('gongwen-facts-'), 'serif.ttf');
  copyFileSync(serif, file);
  utimesSync(file, TIME, TIME);
  return file;
}

/** Writes a glyph offset past the end of glyf into loca, leaving the file's size and modification time as they were. */
function damageLocaUnseen(file: string): void {
  const { loca, head } = withFileSource(file, (read) => {
    const tables = readTableDirectory(read);
    return { loca: tables.get('loca')!, head: tables.get('head')! };
  });
  const longLoca = withFileSource(file, (read) => read(head.offset + 50, 2).readInt16BE(0) === 1);
  const fd = openSync(file, 'r+');
  writeSync(fd, longLoca ? Buffer.from([0xff, 0xff, 0xff, 0xf0]) : Buffer.from([0xff, 0xf0]), 0, longLoca ? 4 : 2, loca.offset + (longLoca ? 4 : 2) * 100);
  closeSync(fd);
  utimesSync(file, TIME, TIME);
}

const DAMAGE = 'glyph 100 lies past the end of table glyf';

/** What a build reads of a face. */
function readingOf(font: TrueTypeFont) {
  const gids = [...TEXT].map((ch) => font.glyphId(ch.codePointAt(0)!));
  return {
    metrics: [font.unitsPerEm, font.numGlyphs, font.ascent, font.descent, font.postscriptName, font.bbox],
    gids,
    advances: gids.map((gid) => font.advance(gid)),
    bearings: gids.map((gid) => font.leftSideBearing(gid)),
    head: font.table('head'),
  };
}

test('the first open checks the face and keeps its facts; the next reads the face through them, checking nothing', () => {
  const file = copyOfSerif();
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  const checked = TrueTypeFont.open(file, 0, store);
  expect(readdirSync(store.folder)).toEqual([expect.stringMatching(/^face-.+\.bin$/)]);

  const kept = TrueTypeFont.open(file, 0, store);
  expect(readingOf(kept)).toEqual(readingOf(checked));
  const gids = [...new Set(readingOf(kept).gids)];
  expect([...kept.glyphPrograms(gids)]).toEqual([...checked.glyphPrograms(gids)]);

  // Damage the check would find, made without changing the file's size or time: not looked for again.
  damageLocaUnseen(file);
  expect(() => TrueTypeFont.open(file, 0, store)).not.toThrow();
  expect(() => TrueTypeFont.open(file, 0, undefined)).toThrow(DAMAGE);
});

test('a changed face file, another maker or a damaged record: the face is checked again', () => {
  const file = copyOfSerif();
  const store = { folder: tempDir('gongwen-cache-'), maker: 'code 1' };
  TrueTypeFont.open(file, 0, store);
  damageLocaUnseen(file);
  expect(() => TrueTypeFont.open(file, 0, { ...store, maker: 'code 2' })).toThrow(DAMAGE);

  const [record] = readdirSync(store.folder);
  writeFileSync(path.join(store.folder, record), 'not a record');
  expect(() => TrueTypeFont.open(file, 0, store)).toThrow(DAMAGE);

  const fresh = copyOfSerif();
  TrueTypeFont.open(fresh, 0, store);
  damageLocaUnseen(fresh);
  utimesSync(fresh, new Date('2020-01-01'), new Date('2020-01-01'));
  expect(() => TrueTypeFont.open(fresh, 0, store)).toThrow(DAMAGE);
});

test('a cache folder that cannot be made still gives the face, checked', () => {
  const file = copyOfSerif();
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const store = { folder: path.join(blocker, 'cache'), maker: 'code 1' };
  expect(readingOf(TrueTypeFont.open(file, 0, store))).toEqual(readingOf(TrueTypeFont.open(serif, 0, undefined)));
  damageLocaUnseen(file);
  expect(() => TrueTypeFont.open(file, 0, store)).toThrow(DAMAGE);
});
