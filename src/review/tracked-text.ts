/**
 * Tracked changes inside the plain strings of a Document (document number,
 * signature, annex list, table cells, 附注, 版记…): the redline writes them
 * between markers, the DOCX renderer passes them through as text, and
 * revision-xml.ts turns them into Word's w:del and w:ins. The markers are
 * Unicode noncharacters, which no campaign text contains.
 */
import { diffArrays } from 'diff';
import { chineseWords } from '../compose/chinese-words';

export const MARK = {
  delOpen: '\uFDD0',
  delClose: '\uFDD1',
  insOpen: '\uFDD2',
  insClose: '\uFDD3',
  /** Everything up to the end of this Word section (an annex) is deleted, or inserted: labels the renderer adds too. */
  sectionDeleted: '\uFDD4',
  sectionInserted: '\uFDD5',
  /** The whole paragraph is deleted, or inserted, with any label the renderer puts before the text (附件：, 抄送：). */
  lineDeleted: '\uFDD6',
  lineInserted: '\uFDD7',
} as const;
export const MARKERS = /[\uFDD0-\uFDD7]/;

export const deleted = (s: string | undefined) => (s ? MARK.delOpen + s + MARK.delClose : '');
export const inserted = (s: string | undefined) => (s ? MARK.insOpen + s + MARK.insClose : '');

export interface WordPart {
  text: string;
  change?: 'inserted' | 'deleted';
}

/** `a` → `b` word by word: the unchanged words, and the ones deleted and inserted. */
export function wordChanges(a: string, b: string): WordPart[] {
  return diffArrays(chineseWords(a), chineseWords(b))
    .map((d): WordPart => ({ text: d.value.join(''), change: d.added ? 'inserted' : d.removed ? 'deleted' : undefined }))
    .filter((p) => p.text);
}

/** A line that is there in one version only goes whole, label and all; otherwise it is tracked word by word. */
export function labelledLine(a: string | undefined, b: string | undefined): string {
  if (a && !b) return MARK.lineDeleted + deleted(a);
  if (b && !a) return MARK.lineInserted + inserted(b);
  return trackedText(a, b);
}

/** Below this share of unchanged text, a line reads better deleted whole and inserted anew than marked word by word. */
const MIN_SHARED = 0.5;

export const enoughKept = (kept: number, a: string, b: string) => kept >= MIN_SHARED * Math.max(a.length, b.length);

/** Whether `a` → `b` keeps enough words to be shown as an edit. */
export const isEdit = (a: string, b: string) =>
  enoughKept(wordChanges(a, b).reduce((n, p) => n + (p.change ? 0 : p.text.length), 0), a, b);

/** `a` → `b` as one string with its changes marked; the same string unmarked when nothing changed. */
export function trackedText(a: string | undefined, b: string | undefined): string {
  if ((a ?? '') === (b ?? '')) return b ?? '';
  if (!a) return inserted(b);
  if (!b) return deleted(a);
  return wordChanges(a, b)
    .map((p) => (p.change === 'inserted' ? inserted(p.text) : p.change === 'deleted' ? deleted(p.text) : p.text))
    .join('');
}
