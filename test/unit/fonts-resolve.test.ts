/** Choosing faces: official faces by family name in the user's folders first, else the bundled Noto faces. */
import { copyFileSync, mkdtempSync, openSync, readSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { missingCharacters, resolveFonts } from '../../src/fonts';
import { readTableDirectory, withFileSource } from '../../src/fonts/sfnt';

/** Renames a copy of a font: every family/full name record becomes `family` (padded in place, same length). */
function renamedFontCopy(source: string, target: string, family: string): void {
  copyFileSync(source, target);
  const name = withFileSource(target, (read) => readTableDirectory(read).get('name')!);
  const fd = openSync(target, 'r+');
  const table = Buffer.alloc(name.length);
  readSync(fd, table, 0, name.length, name.offset);
  const storage = table.readUInt16BE(4);
  for (let i = 0; i < table.readUInt16BE(2); i++) {
    const p = 6 + i * 12;
    if (table.readUInt16BE(p) !== 3 || ![1, 4, 16].includes(table.readUInt16BE(p + 6))) continue;
    const encoded = Buffer.from(family, 'utf16le').swap16();
    if (encoded.length > table.readUInt16BE(p + 8)) continue;
    table.writeUInt16BE(encoded.length, p + 8);
    encoded.copy(table, storage + table.readUInt16BE(p + 10));
  }
  writeSync(fd, table, 0, table.length, name.offset);
  closeSync(fd);
}

const noto = resolveFonts({ systemDirs: [], env: {} });

test('a clean machine gets the npm Noto faces, with kaiti and fangsong reported as substitutes', () => {
  expect(noto.fangsong).toMatchObject({ source: 'bundled', face: 'Noto Serif SC Regular', substitute: true });
  expect(noto.kaiti).toMatchObject({ source: 'bundled', substitute: true });
  expect(noto.heiti).toMatchObject({ source: 'bundled', face: 'Noto Sans SC Regular', substitute: false });
  expect(noto.xiaobiaosong).toMatchObject({ source: 'bundled', face: 'Noto Serif SC Bold' });
  for (const r of Object.values(noto)) expect(r.reason.length).toBeGreaterThan(0);
});

test('an official face in a folder named by option or GONGWEN_FONTS wins, found by its family name', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
  renamedFontCopy(noto.heiti.file, path.join(dir, 'whatever.ttf'), '黑体');
  const byOption = resolveFonts({ fontDirs: [dir], systemDirs: [], env: {} });
  expect(byOption.heiti).toMatchObject({ source: 'folder', face: '黑体', file: path.join(dir, 'whatever.ttf') });
  expect(byOption.fangsong.source).toBe('bundled');
  const byEnv = resolveFonts({ systemDirs: [], env: { GONGWEN_FONTS: dir } });
  expect(byEnv.heiti.source).toBe('folder');
  const bySystem = resolveFonts({ systemDirs: [dir], env: {} });
  expect(bySystem.heiti.source).toBe('system');
});

test('lists the characters a face lacks', () => {
  expect(missingCharacters(noto, 'fangsong', '人名𰻝与𠀀，𰻝')).toEqual(['𰻝', '𠀀']);
  expect(missingCharacters(noto, 'heiti', '𰻝')).toEqual([]);
});
