/**
 * What opening a face learns from its small tables (where each table lies,
 * the metrics, the PostScript name), kept in the user's cache folder for the
 * next run that opens the same face file: that run checks nothing again and
 * reads loca, the glyph offsets, only if it makes a subset (a CJK face's loca
 * is 256 KB, checked entry by entry when first opened: half the cost of
 * opening the four faces of a notice). A record is used only for the face
 * file it was made from (path, face, size, modification time), by the same
 * code (the bundle's SHA-1), and only whole (kept-file.ts); outside a bundle
 * (the tests' modules) or without a cache folder every open checks the face.
 */
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { readKeptFile, writeKeptFile, type KeptStore } from '../startup/kept-file';
import { sameFontSource, type FontSource } from './font-source';

/** A face's table directory and the values read from its small tables. */
export interface FaceFacts {
  /** Tag, offset and length of each table. */
  tables: [string, number, number][];
  unitsPerEm: number;
  numGlyphs: number;
  numberOfHMetrics: number;
  longLoca: boolean;
  ascent: number;
  descent: number;
  postscriptName: string;
  bbox: [number, number, number, number];
}

interface Header {
  maker: string;
  source: FontSource;
  facts: FaceFacts;
}

/** The record's file, named by the bundle that reads it (each has its own maker) and the face. */
const recordFile = (folder: string, { file, faceIndex }: FontSource) =>
  path.join(folder, `face-${path.basename(__filename, '.js')}-${crc32(`${file}#${faceIndex}`).toString(16)}.bin`);

/** The facts kept in `store` for the face as `source` is now, if the same code kept them. */
export function keptFaceFacts(source: FontSource, { folder, maker }: KeptStore): FaceFacts | undefined {
  const kept = readKeptFile<Header>(recordFile(folder, source));
  return kept?.header.maker === maker && sameFontSource(kept.header.source, source) ? kept.header.facts : undefined;
}

/** Keeps the facts of a face just checked, for the next run. */
export function keepFaceFacts(source: FontSource, facts: FaceFacts, { folder, maker }: KeptStore): void {
  writeKeptFile(recordFile(folder, source), { maker, source, facts } satisfies Header, new Uint8Array());
}
