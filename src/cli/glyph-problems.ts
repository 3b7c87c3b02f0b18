import type { Problem } from '../campaign/problem';
import type { Rendered } from '../render/formats';
import { firstOccurrence } from './source-position';

const ROLE_NAMES: Record<string, string> = { xiaobiaosong: '小标宋', fangsong: '仿宋', heiti: '黑体', kaiti: '楷体', songti: '宋体' };


/**
 * A character the chosen face lacks, reported where the clerk wrote it: a
 * warning when another face stands in, an error when no face can draw it
 * (never a silent empty box).
 */
export function glyphProblems(file: string, source: string, missing: NonNullable<Rendered['missingGlyphs']>): Problem[] {
  return missing.map((m) => {
    const role = ROLE_NAMES[m.role] ?? m.role;
    const where = firstOccurrence(source, m.char);
    return m.fallbackFace
      ? {
          file, ...where, severity: 'warning', code: 'glyph-fallback',
          message: `${role}字体“${m.face}”中没有“${m.char}”字，改用“${m.fallbackFace}”`,
          english: `"${m.char}" (U+${m.char.codePointAt(0)!.toString(16).toUpperCase()}) is not in ${m.face}; drawn with ${m.fallbackFace}`,
          hint: '生僻字（如人名）可能与正文字体不一致；安装含该字的官方字体，或用 --fonts 指定字体目录',
        }
      : {
          file, ...where, severity: 'error', code: 'glyph-missing',
          message: `没有任何字体包含“${m.char}”字，无法排印`,
          english: `no font can draw "${m.char}" (U+${m.char.codePointAt(0)!.toString(16).toUpperCase()})`,
          hint: '检查是否误输入了特殊符号；或安装包含该字的字体，用 --fonts 指定字体目录',
        };
  });
}
