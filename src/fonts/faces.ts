/**
 * Which faces may play each font role: the official faces by family name, in
 * order of preference, and the free fonts that arrive with `npm install`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FontRole } from '../document/model';
import { perProcess } from '../startup/process-state';

export const FONT_ROLES: FontRole[] = ['xiaobiaosong', 'fangsong', 'heiti', 'kaiti', 'songti'];

/** Family or full names of official faces, matched case-insensitively. */
export const OFFICIAL_FAMILIES: Record<FontRole, string[]> = {
  xiaobiaosong: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', '方正小标宋'],
  fangsong: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong'],
  heiti: ['黑体', 'SimHei', '华文黑体', 'STHeiti'],
  // then free Kai faces a machine may have (Debian: fonts-lxgw-wenkai, fonts-arphic-gkai00mp, fonts-arphic-ukai)
  kaiti: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti', 'LXGW WenKai', 'AR PL KaitiM GB', 'AR PL UKai CN'],
  songti: ['宋体', 'SimSun', '华文宋体', 'STSong'],
};

export interface BundledFace {
  face: string;
  file: string;
  /** Why this free face stands in for the role (printed by `gongwen fonts`). */
  note: string;
  /** The free face is a different design from the official one (a 宋体 for 仿宋). */
  substitute: boolean;
}

const NOTO = {
  serif: { pkg: '@expo-google-fonts/noto-serif-sc', file: 'NotoSerifSC', face: 'Noto Serif SC' },
  sans: { pkg: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC', face: 'Noto Sans SC' },
} as const;

const packageDirs = perProcess(() => new Map<string, string>());

/**
 * Where an npm package is installed (found at run time, also from a bundle):
 * the first of Node's lookup folders that holds it. Not require.resolve: for
 * a package with "exports" (@fontsource's) that loads Node's ES module
 * resolver, ~15 ms of a cold start.
 */
function packageDir(pkg: string): string {
  let dir = packageDirs().get(pkg);
  if (!dir) {
    // Joined one folder at a time, up to the first that holds it: path.join normalizes character by character.
    for (const folder of require.resolve.paths(pkg) ?? []) {
      const candidate = path.join(folder, pkg);
      if (existsSync(path.join(candidate, 'package.json'))) {
        dir = candidate;
        break;
      }
    }
    if (!dir) throw new Error(`Cannot find the npm package ${pkg}: run npm ci`);
    packageDirs().set(pkg, dir);
  }
  return dir;
}

const WENKAI_PACKAGE = '@fontsource/lxgw-wenkai';

/** A Noto face shipped by an npm package, e.g. noto('serif', '700Bold'). */
function noto(family: keyof typeof NOTO, weight: '400Regular' | '700Bold', note: string, substitute = false): BundledFace {
  const { pkg, file, face } = NOTO[family];
  const dir = packageDir(pkg);
  return {
    file: path.join(dir, weight, `${file}_${weight}.ttf`),
    face: `${face} ${weight.replace(/^\d+/, '')}`,
    note,
    substitute,
  };
}

/** LXGW WenKai (SIL OFL 1.1), a free 楷体, shipped by @fontsource/lxgw-wenkai as WOFF (its 500 file is the Regular face). */
function wenKai(): BundledFace {
  const dir = packageDir(WENKAI_PACKAGE);
  return {
    file: path.join(dir, 'files', 'lxgw-wenkai-latin-500-normal.woff'),
    face: 'LXGW WenKai Regular',
    note: '楷体的免费替代：霞鹜文楷 (LXGW WenKai, a free 楷体, stands in for 楷体_GB2312)',
    substitute: false,
  };
}

/** The free face for each role, resolved on first use (the packages are plain npm dependencies). */
export function bundledFace(role: FontRole): BundledFace {
  switch (role) {
    case 'xiaobiaosong':
      return noto('serif', '700Bold', '小标宋的免费替代：粗体宋体 (bold serif stands in for 小标宋)');
    case 'fangsong':
      return noto('serif', '400Regular', '仿宋的免费替代：宋体 (no free 仿宋 on npm; regular serif)', true);
    case 'heiti':
      return noto('sans', '400Regular', '黑体的免费替代：思源黑体 (Noto Sans SC is a 黑体)');
    case 'kaiti':
      return wenKai();
    case 'songti':
      return noto('serif', '400Regular', '宋体：思源宋体 (Noto Serif SC is a 宋体)');
  }
}

/** Faces tried, in order, for a character the role's face lacks. */
export const FALLBACK_FACES: BundledFace[] = [
  noto('serif', '400Regular', 'fallback'),
  noto('sans', '400Regular', 'fallback'),
];
