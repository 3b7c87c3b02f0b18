/**
 * The TrueType reader: damage inside the tables it turns into arrays is
 * refused when the font is opened (so the next candidate face is used, not a
 * crash mid-render), and glyph programs read together are exactly the ones
 * read one by one.
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFont, resolveFonts, TrueTypeFont } from '../../src/fonts';
import { readTableDirectory, withFileSource } from '../../src/fonts/sfnt';

const serif = resolveFonts({ systemDirs: [], env: {} }).fangsong.file;

/** A copy of the font with `change` applied to the bytes of one table (written back in place). */
function changedCopy(tag: string, change: (table: Buffer) => void): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gongwen-tt-')), 'changed.ttf');
  copyFileSync(serif, file);
  const { offset, length } = withFileSource(file, (read) => readTableDirectory(read).get(tag)!);
  const table = withFileSource(file, (read) => read(offset, length));
  change(table);
  const fd = openSync(file, 'r+');
  writeSync(fd, table, 0, length, offset);
  closeSync(fd);
  return file;
}

test('a glyph that loca places past the end of glyf is refused when the font is opened', () => {
  const longLoca = withFileSource(serif, (read) => read(readTableDirectory(read).get('head')!.offset + 50, 2).readInt16BE(0) === 1);
  const file = changedCopy('loca', (loca) => (longLoca ? loca.writeUInt32BE(0xfffffff0, 4 * 100) : loca.writeUInt16BE(0xfff0, 2 * 100)));
  expect(() => TrueTypeFont.open(file)).toThrow('glyph 100 lies past the end of table glyf');
});

test('a Unicode cmap subtable (format 12) counting more groups than it holds is refused when the font is opened', () => {
  const file = changedCopy('cmap', (cmap) => {
    for (let i = 0; i < cmap.readUInt16BE(2); i++) {
      const sub = cmap.readUInt32BE(8 + i * 8);
      if (cmap.readUInt16BE(sub) === 12) cmap.writeUInt32BE(0x00ffffff, sub + 12);
    }
  });
  expect(() => TrueTypeFont.open(file)).toThrow('cmap subtable (format 12) is cut short');
});

test('glyph programs read together (neighbours in one read) are the programs read one at a time', () => {
  const font = loadFont(serif);
  const gids = Array.from({ length: Math.floor(font.numGlyphs / 7) }, (_, i) => 7 * i + (i % 5));
  const together = font.glyphPrograms(gids);
  expect([...together.keys()].sort((a, b) => a - b)).toEqual(gids);
  let drawn = 0;
  for (const gid of gids) {
    const alone = font.glyphPrograms([gid]).get(gid)!;
    expect(together.get(gid)!.equals(alone)).toBe(true);
    if (alone.length > 0) drawn++;
  }
  expect(drawn).toBeGreaterThan(gids.length / 2);
  const space = font.glyphId(' '.codePointAt(0)!);
  expect(font.glyphPrograms([space]).get(space)!.length).toBe(0);
});
