/**
 * Finding installed faces: the machine's font folders and any folder the user
 * names, scanned by reading only each file's table directory and name table.
 */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedFaces, keepFaces, type FontFileStamp } from './scan-cache';
import { faceCount, readFaceNames, readTableDirectory, withFileSource } from './sfnt';
import { perProcess } from '../startup/process-state';

export interface InstalledFace {
  file: string;
  /** Index of the face inside a .ttc collection. */
  index: number;
  names: string[];
  /** Has TrueType (glyf) outlines; CFF faces cannot be subset here. */
  trueType: boolean;
}

const FONT_FILE = /\.(ttf|ttc|otf|otc)$/i;
const MAX_DEPTH = 4;

/** The usual font folders of Windows, macOS and Linux, for this platform. */
export function systemFontDirs(platform = process.platform, env = process.env): string[] {
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return [
        path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts'),
        ...(env.LOCALAPPDATA ? [path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : []),
      ];
    case 'darwin':
      return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
    default:
      return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local', 'share', 'fonts'), path.join(home, '.fonts')];
  }
}

function fontFiles(dir: string, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Paths made by joining strings, as path.join makes them here: `dir` is resolved or joined already, an entry's name
  // is one plain name, and path.join's normalizing, character by character, was ~1.5 ms of a build on Linux's folder.
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  return entries.flatMap((e) => {
    if (e.isDirectory()) return depth < MAX_DEPTH ? fontFiles(prefix + e.name, depth + 1) : [];
    return FONT_FILE.test(e.name) ? [prefix + e.name] : [];
  });
}

function facesOf(file: string): InstalledFace[] {
  try {
    return withFileSource(file, (read) =>
      Array.from({ length: faceCount(read) }, (_, index) => {
        const tables = readTableDirectory(read, index);
        return { file, index, names: readFaceNames(read, tables).names, trueType: tables.has('glyf') };
      }),
    );
  } catch {
    return []; // unreadable or not a font: skip it
  }
}

function stamp(file: string): FontFileStamp[] {
  try {
    const { size, mtimeMs } = statSync(file);
    return [{ file, size, mtimeMs }];
  } catch {
    return []; // gone since the folder was listed
  }
}

/** The font files in a folder (recursively), as they are on disk now. */
export function fontFileStamps(dir: string): FontFileStamp[] {
  return fontFiles(dir).flatMap(stamp);
}

/** Every face in a folder (recursively): from the cache while its font files stay the same, else read from the files. */
export function facesInFolder(dir: string): InstalledFace[] {
  const stamps = fontFileStamps(dir);
  if (stamps.length === 0) return [];
  let faces = cachedFaces(dir, stamps);
  if (!faces) {
    faces = stamps.flatMap((s) => facesOf(s.file));
    keepFaces(dir, stamps, faces);
  }
  return faces;
}

const scanned = perProcess(() => new Map<string, InstalledFace[]>());

/** Every face in a folder (recursively), found once per process. */
export function scanFontDir(dir: string): InstalledFace[] {
  let faces = scanned().get(dir);
  if (!faces) {
    faces = facesInFolder(dir);
    scanned().set(dir, faces);
  }
  return faces;
}
