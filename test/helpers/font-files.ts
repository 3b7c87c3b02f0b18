import { copyFileSync, openSync, readSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { readTableDirectory, withFileSource } from '../../src/fonts/sfnt';

/** Renames a copy of a font: every family/full name record becomes `family` (padded in place, same length). */
export function renamedFontCopy(source: string, target: string, family: string): void {
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

/**
 * A font cut short, as a broken download or copy leaves it: its name table
 * (near the start) still says `family`, its glyphs are gone.
 */
export function damagedFontCopy(source: string, target: string, family: string): void {
  renamedFontCopy(source, target, family);
  truncateSync(target, 1_000_000);
}
