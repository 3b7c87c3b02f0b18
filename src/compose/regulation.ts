/**
 * A regulation's structure as a clerk types (or pastes) it: a paragraph that
 * opens with 第X编, 第X章, 第X节 or 第X条 and a full-width space. Articles keep the
 * numbers written, as the text itself cites them (依照本办法第六条); check
 * reports a number skipped or repeated (src/campaign/lint-regulation.ts).
 * The full-width space is what tells an article from a sentence that merely
 * starts with 第一 (第一条主线是……, 第一次全体会议): without it a paragraph
 * stays a paragraph.
 */
import type { Block, DivisionBlock, ParagraphBlock } from '../document/model';
import { REGULATION_FONT } from '../style/gbt9704';
import { chineseNumeral, MAX_HEADING_NUMBER } from './numbering';
import { spacedTitle } from '../style/spaced-title';

export type PartKind = '编' | '章' | '节' | '条';

export interface RegulationPart {
  kind: PartKind;
  /** 第一编, 第一章, 第十二条 */
  number: string;
  /** The number as a value: 第十二条 → 12. */
  value: number;
  /** What follows the full-width space: a chapter's title, an article's text. */
  rest: string;
}

/** 第 and a numeral, then 编, 章, 节 or 条, at a paragraph's start. */
export const PART_START = /^第([一二三四五六七八九十百零〇两\d]+)([编章节条])/;
/** A chapter or section title is a title, not a sentence. */
const SENTENCE_MARK = /[。；，：！？]/;
export const MAX_DIVISION_TITLE = 30;

let values: Map<string, number> | undefined;

/** 十二 → 12, as chineseNumeral writes numbers; undefined for anything else (一十二, 〇, 12). */
export function chineseNumeralValue(text: string): number | undefined {
  values ??= new Map(Array.from({ length: MAX_HEADING_NUMBER }, (_, i) => [chineseNumeral(i + 1), i + 1]));
  return values.get(text);
}

/** The part a paragraph opens, or undefined when it is an ordinary paragraph. */
export function regulationPart(text: string): RegulationPart | undefined {
  const m = PART_START.exec(text);
  if (!m || text[m[0].length] !== '　') return undefined;
  const value = chineseNumeralValue(m[1]);
  const rest = text.slice(m[0].length).replace(/^　+/, '');
  if (value === undefined || !rest) return undefined;
  const kind = m[2] as PartKind;
  if (kind !== '条' && (SENTENCE_MARK.test(rest) || rest.length > MAX_DIVISION_TITLE)) return undefined;
  return { kind, number: m[0], value, rest };
}

const LEVEL = { 编: 'part', 章: 'chapter', 节: 'section' } as const;

/** A paragraph's block: a part, chapter or section heading, an article, or undefined for an ordinary paragraph. */
export function regulationBlock(text: string): DivisionBlock | ParagraphBlock | undefined {
  const part = regulationPart(text);
  if (!part) return undefined;
  if (part.kind !== '条') return { type: 'division', level: LEVEL[part.kind], outline: 1, number: part.number, title: spacedTitle(part.rest, 'division') };
  const face = REGULATION_FONT.article;
  return {
    type: 'paragraph',
    runs: [
      { text: part.number, font: face.font, ...(face.bold ? { bold: true } : {}) },
      { text: `　${part.rest}`, font: 'fangsong' },
    ],
    indent: 'first',
    align: 'justify',
  };
}

/**
 * The divisions' levels in the navigation pane: 编 1, 章 2, 节 3 in a text
 * with 编; without, 章 1 and 节 2, so the top division is always level 1.
 */
export function outlineDivisions(blocks: Block[]): void {
  const divisions = blocks.filter((b): b is DivisionBlock => b.type === 'division');
  const ranks = divisions.some((d) => d.level === 'part') ? WITH_PARTS : WITHOUT_PARTS;
  for (const d of divisions) d.outline = ranks[d.level];
}

const WITH_PARTS = { part: 1, chapter: 2, section: 3 } as const;
const WITHOUT_PARTS = { part: 1, chapter: 1, section: 2 } as const;
