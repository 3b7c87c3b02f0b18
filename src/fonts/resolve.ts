/**
 * Choosing a face for each font role. First hit wins: folders named by the
 * user (option or GONGWEN_FONTS), the machine's font folders, then the free
 * Noto faces that arrive with `npm install`.
 */
import path from 'node:path';
import type { FontRole } from '../document/model';
import { bundledFace, FONT_ROLES, OFFICIAL_FAMILIES } from './faces';
import { scanFontDir, systemFontDirs, type InstalledFace } from './scan';

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

/** Folders named by the user: the option first, then GONGWEN_FONTS (path-delimiter separated). */
export function userFontDirs(options: ResolveOptions): string[] {
  const fromEnv = (options.env ?? process.env).GONGWEN_FONTS?.split(path.delimiter).filter(Boolean) ?? [];
  return [...(options.fontDirs ?? []), ...fromEnv].map((d) => path.resolve(d));
}

function findOfficial(role: FontRole, faces: InstalledFace[]): { face: InstalledFace; name: string } | undefined {
  for (const wanted of OFFICIAL_FAMILIES[role]) {
    const lower = wanted.toLowerCase();
    const face = faces.find((f) => f.trueType && f.names.some((n) => n.toLowerCase() === lower));
    if (face) return { face, name: wanted };
  }
  return undefined;
}

function resolveRole(role: FontRole, searches: { source: FaceSource; dir: string }[]): ResolvedFace {
  for (const { source, dir } of searches) {
    const hit = findOfficial(role, scanFontDir(dir));
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

/** The face chosen for every role, and why. */
export function resolveFonts(options: ResolveOptions = {}): ResolvedFonts {
  const searches = [
    ...userFontDirs(options).map((dir) => ({ source: 'folder' as const, dir })),
    ...(options.systemDirs ?? systemFontDirs()).map((dir) => ({ source: 'system' as const, dir })),
  ];
  return Object.fromEntries(FONT_ROLES.map((role) => [role, resolveRole(role, searches)])) as ResolvedFonts;
}
