/**
 * The font program a PDF embeds for the glyphs it draws of a face: the face's
 * subset (src/fonts/subset.ts), Flate-compressed. Programs are kept: in
 * memory, the last few made for each face (a rebuild under --watch mostly
 * draws the same glyphs again, or those of a save before it: an edit
 * undone), and in the user's cache folder, the last few made for each face
 * file, for the next build (making and compressing them was ~6% of the 2023
 * notice's PDF build; a clerk goes back and forth between notices and
 * between an edit and its undoing). A kept program is used only for exactly the
 * glyphs and the face file (path, face, size, modification time) it was made
 * for, by the same code (the bundle's SHA-1) and zlib, and only whole (its
 * CRC-32 checks out). A face read from memory, code run from outside a bundle
 * (the tests), or a cache folder that cannot be read or written means making
 * it afresh.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { sameFontSource, subsetFont, type FontSource, type TrueTypeFont } from '../../fonts';
import { bundleStore, readKeptFile, writeKeptFile, type KeptStore } from '../../startup/kept-file';

export interface FontProgram {
  /** Source glyph id → glyph id in the subset. */
  newId: Map<number, number>;
  /** Six capital letters naming the glyph set (`TAG+Name`). */
  tag: string;
  /** Length of the subset file before compression (/Length1). */
  length: number;
  compressed: Promise<Buffer>;
}

/** The cache folder, for programs made by this bundle and zlib; none outside a bundle. */
const programStore = () => bundleStore([], `zlib ${process.versions.zlib}`);

/** What a kept program says of itself, before its compressed bytes. */
interface Header {
  maker: string;
  source: FontSource;
  /** The glyph ids asked for, ascending. */
  glyphs: number[];
  /** The subset's glyphs in its order: glyph 0, those asked for and their components. */
  kept: number[];
  tag: string;
  length: number;
}

/** Programs made last for each face, by their glyphs; beyond this many, the least recently used is let go. */
const KEPT_PER_FACE = 4;
const lastMade = new WeakMap<TrueTypeFont, Map<string, FontProgram>>();

/** Programs kept in the cache folder for each face file; beyond this many, the oldest written is let go. */
const FILES_PER_FACE = 8;

const facePrefix = (source: FontSource) => `subset-${crc32(`${source.file}#${source.faceIndex}`).toString(16)}-`;

const fileOf = (source: FontSource, glyphs: number[], folder: string) => path.join(folder, `${facePrefix(source)}${crc32(glyphs.join(',')).toString(16)}.bin`);

/** The face's kept programs past the newest FILES_PER_FACE, counting the one about to be written. */
function staleOf(source: FontSource, folder: string): (name: string) => boolean {
  const prefix = facePrefix(source);
  const written = (name: string) => {
    try {
      return statSync(path.join(folder, name)).mtimeMs;
    } catch {
      return 0;
    }
  };
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith('.bin'));
  } catch {
    return () => false;
  }
  const stale = new Set(names.map((name) => [name, written(name)] as const).sort((a, b) => b[1] - a[1]).slice(FILES_PER_FACE - 1).map(([name]) => name));
  return (name) => stale.has(name);
}

function readKept(source: FontSource, glyphs: number[], { folder, maker }: KeptStore): FontProgram | undefined {
  const kept = readKeptFile<Header>(fileOf(source, glyphs, folder));
  if (!kept) return undefined;
  const { header, bytes } = kept;
  if (header.maker !== maker || !sameFontSource(header.source, source) || header.glyphs.length !== glyphs.length || header.glyphs.some((gid, i) => gid !== glyphs[i])) return undefined;
  return { newId: new Map(header.kept.map((gid, i) => [gid, i])), tag: header.tag, length: header.length, compressed: Promise.resolve(bytes) };
}

/** The program of `font` holding `glyphs` (ascending ids), compressed by `compress` when it is made afresh. */
export function fontProgram(font: TrueTypeFont, glyphs: number[], compress: (data: Buffer) => Promise<Buffer>, store = programStore()): FontProgram {
  const key = glyphs.join(',');
  let made = lastMade.get(font);
  if (!made) lastMade.set(font, (made = new Map()));
  const last = made.get(key);
  if (last) {
    made.delete(key);
    made.set(key, last);
    return last;
  }
  const { source } = font;
  let program = source && store && readKept(source, glyphs, store);
  if (!program) {
    const subset = subsetFont(font, glyphs);
    program = { newId: subset.newId, tag: subset.tag, length: subset.bytes.length, compressed: compress(subset.bytes) };
    if (source && store) {
      const header: Header = { maker: store.maker, source, glyphs, kept: [...subset.newId.keys()], tag: subset.tag, length: subset.bytes.length };
      program.compressed.then(
        (bytes) => writeKeptFile(fileOf(source, glyphs, store.folder), header, bytes, staleOf(source, store.folder)),
        () => undefined, // the PDF reports it
      );
    }
  }
  made.set(key, program);
  if (made.size > KEPT_PER_FACE) made.delete(made.keys().next().value!);
  return program;
}
