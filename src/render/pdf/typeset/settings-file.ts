/**
 * A notice's paragraph settings kept in the cache folder for its next build:
 * built again after a clerk edited one sentence, only that paragraph is set
 * again, the others are read back as they were set.
 *
 * A setting is found by the key TextSetter gives it (every run's text, size
 * and cell, the line shapes, justification, looseness) with each face named
 * by its file (path, face, size, modification time); the file is used only if
 * made by the same code (the bundle's SHA-1) with the same fallback faces,
 * and whole (kept-file.ts). The file holds the settings its build used, and is
 * written only when that build set a paragraph afresh or left one unused.
 * Outside a bundle (the tests' modules), or with a cache folder that cannot
 * be read or written, every paragraph is set afresh.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { FALLBACK_FACES } from '../../../fonts/faces';
import type { TrueTypeFont } from '../../../fonts';
import { bundleStore, keptRuns, readKeptFile, writeKeptFile } from '../../../startup/kept-file';
import type { Piece, PlacedPiece, SetLine } from './piece';
import type { Settings } from './setting-memo';

/** A set line as stored: indent, available (null for a line of any length), final, strained, then each piece's eight fields. */
type StoredLine = [number, number | null, 0 | 1, string, ...(string | number)[]];

interface Header {
  maker: string;
  /** Each setting's key and the length of its lines' JSON; the bytes hold those JSON texts, in the same order. */
  settings: [string, number][];
}

const ALIGNS: Piece['align'][] = ['left', 'right', 'center', 'natural'];
const FLAGS = ['noStart', 'noEnd', 'space', 'glueBefore', 'wordJoint', 'address', 'keepBefore', 'loneMark'] as const;

function store(lines: SetLine[]): StoredLine[] {
  return lines.map((line) => {
    const stored: StoredLine = [line.indent, line.available === Infinity ? null : line.available, line.final ? 1 : 0, line.strained ?? ''];
    for (const { piece, x, width } of line.pieces) {
      const flags = FLAGS.reduce((bits, flag, i) => bits | (piece[flag] ? 1 << i : 0), 0);
      stored.push(piece.text, piece.run, piece.width, piece.shrink, ALIGNS.indexOf(piece.align), flags, x, width);
    }
    return stored;
  });
}

/** Read by index, not destructured: a rest element copies each line's fields, and destructuring iterates (cold code). */
function restore(stored: StoredLine[]): SetLine[] {
  return stored.map((fields) => {
    const indent = fields[0];
    const available = fields[1];
    const final = fields[2];
    const strained = fields[3];
    const pieces: PlacedPiece[] = [];
    for (let k = 4; k < fields.length; k += 8) {
      const flags = fields[k + 5] as number;
      const piece: Piece = {
        text: fields[k] as string,
        run: fields[k + 1] as number,
        width: fields[k + 2] as number,
        shrink: fields[k + 3] as number,
        align: ALIGNS[fields[k + 4] as number],
        noStart: (flags & 1) !== 0,
        noEnd: (flags & 2) !== 0,
        space: (flags & 4) !== 0,
        glueBefore: (flags & 8) !== 0,
        wordJoint: (flags & 16) !== 0,
        address: (flags & 32) !== 0,
        keepBefore: (flags & 64) !== 0,
        loneMark: (flags & 128) !== 0,
      };
      pieces.push({ piece, x: fields[k + 6] as number, width: fields[k + 7] as number });
    }
    const line: SetLine = { pieces, final: final === 1, indent, available: available ?? Infinity };
    if (strained) line.strained = strained as SetLine['strained'];
    return line;
  });
}

/** What else a setting depends on beside the code: the faces a character missing from its own face is drawn in. */
function fallbackFaces(): string {
  return FALLBACK_FACES.map(({ file }) => {
    const s = statSync(file, { throwIfNoEntry: false });
    return `${file}@${s?.size}:${s?.mtimeMs}`;
  }).join(' ');
}

export class KeptSettings implements Settings {
  /**
   * Kept settings by key, as the JSON of their lines: parsed when first asked for, and written back as they were
   * read (after an edit, stringifying every paragraph's lines again was most of a build's keeping).
   */
  private readonly kept = new Map<string, Buffer>();
  private readonly used = new Map<string, { lines: SetLine[]; json?: Buffer }>();
  private setAfresh = false;

  constructor(
    private readonly file: string,
    private readonly maker: string,
  ) {
    const read = readKeptFile<Header>(file);
    if (read?.header.maker !== maker || !Array.isArray(read.header.settings)) return;
    const runs = keptRuns(read.bytes, read.header.settings.map(([, length]) => length));
    read.header.settings.forEach(([key], k) => runs && this.kept.set(key, runs[k]));
  }

  faceTag(font: TrueTypeFont): string | undefined {
    const { source } = font;
    return source && `${source.file}#${source.faceIndex}@${source.size}:${source.mtimeMs}`;
  }

  get(key: string): SetLine[] | undefined {
    const used = this.used.get(key);
    if (used) return used.lines;
    const json = this.kept.get(key);
    if (!json) return undefined;
    try {
      const lines = restore(JSON.parse(json.toString('utf8')) as StoredLine[]);
      this.used.set(key, { lines, json });
      return lines;
    } catch {
      return undefined; // not lines this code stored
    }
  }

  set(key: string, setting: { lines: SetLine[] }): void {
    this.used.set(key, { lines: setting.lines });
    this.setAfresh = true;
  }

  /** Keeps the settings this build used, if they are not what the file holds already. */
  save(): void {
    if (!this.setAfresh && this.used.size === this.kept.size) return;
    const settings = [...this.used].map(([key, { lines, json }]) => ({ key, json: json ?? Buffer.from(JSON.stringify(store(lines))) }));
    const header: Header = { maker: this.maker, settings: settings.map(({ key, json }) => [key, json.length]) };
    writeKeptFile(this.file, header, Buffer.concat(settings.map(({ json }) => json)));
  }
}

/** The settings kept for the notice titled `title`; none outside a bundle. */
export function keptSettingsFor(title: string): KeptSettings | undefined {
  const store = bundleStore([], fallbackFaces());
  return store && new KeptSettings(path.join(store.folder, `settings-${crc32(title).toString(16)}.bin`), store.maker);
}
