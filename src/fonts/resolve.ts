/**
 * Choosing a face for each font role. First hit wins: folders named by the
 * user (option or GONGWEN_FONTS), the machine's font folders, then the free
 * Noto faces that arrive with `npm install`. A face whose file cannot be used
 * is passed over with a warning, never a crash.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { FontRole } from '../document/model';
import { bundledFace, FONT_ROLES, OFFICIAL_FAMILIES } from './faces';
import { tryLoadFont } from './load';
import { scanFontDir, systemFontDirs, type InstalledFace } from './scan';
import { perProcess } from '../startup/process-state';

export type FaceSource = 'folder' | 'system' | 'bundled';

export interface ResolvedFace {
  role: FontRole;
  /** The face's name as matched (or the Noto face name). */
  face: string;
  file: string;
  /** Index inside a .ttc collection. */
  index: number;
  source: FaceSource;
  /** Why this face was chosen, for `gongwen fonts`. */
  reason: string;
  /** A different design stands in for the official face (e.g. serif for 楷体). */
  substitute: boolean;
}

export type ResolvedFonts = Record<FontRole, ResolvedFace>;

export interface ResolveOptions {
  fontDirs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Overrides the machine's font folders (tests). */
  systemDirs?: string[];
}

/** A font folder or file that was passed over: where, what is wrong (Chinese, English) and how to fix it. */
export interface FontWarning {
  where: string;
  message: string;
  english: string;
  hint: string;
}

/** Folders named by the user: the option first, then GONGWEN_FONTS (path-delimiter separated); one that is not a folder is a warning. */
function userFontDirs(options: ResolveOptions, warnings: FontWarning[]): string[] {
  const fromEnv = (options.env ?? process.env).GONGWEN_FONTS?.split(path.delimiter).filter(Boolean) ?? [];
  const named = [...(options.fontDirs ?? []).map((d) => ({ d, by: '--fonts' })), ...fromEnv.map((d) => ({ d, by: 'GONGWEN_FONTS' }))];
  return named.flatMap(({ d, by }) => {
    const dir = path.resolve(d);
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return [dir];
    warnings.push(
      stat
        ? { where: dir, message: `${by} 应写字体所在的文件夹，这是一个文件，已忽略`, english: `${by} names a file, not a folder; ignored`, hint: `${by} 写这个文件所在的文件夹` }
        : { where: dir, message: `${by} 中的字体文件夹不存在，已忽略`, english: `the font folder in ${by} does not exist; ignored`, hint: `检查 ${by} 的路径是否写对` },
    );
    return [];
  });
}

const namedIn = perProcess(() => new Map<string, Map<string, InstalledFace[]>>());

/**
 * A folder's TrueType faces by each of their names, lower-cased, in the order scanned; made once per process (like
 * the scan), as every role's every name is looked up in it, by `build` and again by the PDF it renders.
 */
function trueTypeFacesByName(dir: string): Map<string, InstalledFace[]> {
  let named = namedIn().get(dir);
  if (!named) {
    named = new Map();
    for (const face of scanFontDir(dir)) {
      if (!face.trueType) continue;
      for (const name of new Set(face.names.map((n) => n.toLowerCase()))) {
        const faces = named.get(name);
        if (faces) faces.push(face);
        else named.set(name, [face]);
      }
    }
    namedIn().set(dir, named);
  }
  return named;
}

/** The first usable face with one of the role's official names; the files that could not be used are warned about. */
function findOfficial(role: FontRole, faces: Map<string, InstalledFace[]>, warnings: FontWarning[]): { face: InstalledFace; name: string } | undefined {
  for (const wanted of OFFICIAL_FAMILIES[role]) {
    for (const face of faces.get(wanted.toLowerCase()) ?? []) {
      const font = tryLoadFont(face.file, face.index);
      if (!('unusable' in font)) return { face, name: wanted };
      if (warnings.some((w) => w.where === face.file)) continue;
      warnings.push({
        where: face.file,
        message: `字体文件已损坏或无法读取（它自称“${wanted}”），已跳过，改用下一个候选字体`,
        english: `damaged or unreadable font file (${font.unusable}); skipped, the next candidate is used`,
        hint: '重新安装或复制这个字体文件，或把它移出字体文件夹',
      });
    }
  }
  return undefined;
}

function resolveRole(role: FontRole, searches: { source: FaceSource; dir: string }[], warnings: FontWarning[]): ResolvedFace {
  for (const { source, dir } of searches) {
    const hit = findOfficial(role, trueTypeFacesByName(dir), warnings);
    if (hit) {
      const where = source === 'folder' ? '指定字体目录 (font folder)' : '系统字体 (system fonts)';
      return {
        role,
        face: hit.name,
        file: hit.face.file,
        index: hit.face.index,
        source,
        reason: `${where} ${dir}`,
        substitute: false,
      };
    }
  }
  const free = bundledFace(role);
  return { role, face: free.face, file: free.file, index: 0, source: 'bundled', reason: free.note, substitute: free.substitute };
}

/** The face chosen for every role and why, with the folders and files passed over. */
export function resolveFontsWithWarnings(options: ResolveOptions = {}): { fonts: ResolvedFonts; warnings: FontWarning[] } {
  const warnings: FontWarning[] = [];
  const searches = [
    ...userFontDirs(options, warnings).map((dir) => ({ source: 'folder' as const, dir })),
    ...(options.systemDirs ?? systemFontDirs()).map((dir) => ({ source: 'system' as const, dir })),
  ];
  const fonts = Object.fromEntries(FONT_ROLES.map((role) => [role, resolveRole(role, searches, warnings)])) as ResolvedFonts;
  return { fonts, warnings };
}

/** The face chosen for every role, and why. */
export const resolveFonts = (options: ResolveOptions = {}): ResolvedFonts => resolveFontsWithWarnings(options).fonts;
