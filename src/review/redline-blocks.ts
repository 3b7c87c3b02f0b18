/**
 * Body blocks in a redline. Numbers are derived (一、（一）1.（1）, numbered
 * slogans), so blocks are matched without them and a number is never part of
 * a revision: an unchanged block shows its new number plain, an inserted one
 * its number plain before the inserted text, a deleted one no number at all.
 */
import type { Block, HeadingBlock, ParagraphBlock, Run } from '../document/model';
import { align } from './align';
import { redlineTable, markedTable } from './redline-table';
import { deleted, enoughKept, inserted, trackedText, wordChanges } from './tracked-text';

/** A derived number at the start of a paragraph (body items below headings, numbered slogans). */
export const NUMBER_PREFIX = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）|[①-⑳])/;

const splitNumber = (text: string): [string, string] => {
  const number = NUMBER_PREFIX.exec(text)?.[0] ?? '';
  return [number, text.slice(number.length)];
};

const runsText = (runs: Run[] = []) => runs.map((r) => r.text).join('');

function blockKey(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `h${b.level}:${b.title}|${runsText(b.runIn)}`;
    case 'paragraph':
      return `p:${splitNumber(runsText(b.runs))[1]}`;
    case 'division':
      return `d:${b.level}:${b.number}|${b.title}`;
    case 'table':
      return `t:${JSON.stringify(b.rows.map((r) => r.map((c) => c.text)))}`;
    case 'image':
      return `i:${b.path}|${b.caption ?? ''}`;
  }
}

type Change = 'inserted' | 'deleted';

/** An article's 第X条: a first run in another face than the text after it. */
const articleLead = (p: ParagraphBlock): Run | undefined => (p.runs.length > 1 && p.runs[0].font !== p.runs[1].font ? p.runs[0] : undefined);

const markRuns = (runs: Run[], revision: Change): Run[] => runs.filter((r) => r.text).map((r) => ({ ...r, revision }));

/** A paragraph's runs without its number (deleted), or with it plain (inserted). */
function markParagraph(p: ParagraphBlock, revision: Change): ParagraphBlock {
  const [first, ...rest] = p.runs;
  if (!first) return p;
  const [number, text] = splitNumber(first.text);
  const lead = revision === 'inserted' && number ? [{ ...first, text: number }] : [];
  return { ...p, runs: [...lead, ...markRuns([{ ...first, text }, ...rest], revision)] };
}

function markHeading(h: HeadingBlock, revision: Change): HeadingBlock {
  const mark = revision === 'inserted' ? inserted : deleted;
  return { ...h, number: revision === 'inserted' ? h.number : '', title: mark(h.title), runIn: h.runIn && markRuns(h.runIn, revision) };
}

export interface BlockRedline {
  blocks: Block[];
  /** What changed that a revision cannot show (pictures). */
  untracked: string[];
}

function marked(b: Block, revision: Change, untracked: string[]): Block {
  switch (b.type) {
    case 'heading':
      return markHeading(b, revision);
    case 'paragraph':
      return markParagraph(b, revision);
    case 'division': {
      // A regulation's numbers are typed, not derived: they are part of the revision.
      const mark = revision === 'inserted' ? inserted : deleted;
      return { ...b, number: mark(b.number), title: mark(b.title) };
    }
    case 'table':
      return markedTable(b, revision === 'inserted' ? inserted : deleted);
    case 'image':
      untracked.push(`图片 ${b.caption ?? b.path}${revision === 'inserted' ? '（新增）' : '（删除）'}`);
      return b;
  }
}

/** `a` → `b` as runs in the face of `b`'s first run: unchanged words plain, the rest marked. */
function wordRuns(a: string, b: string, face: Omit<Run, 'text'>): Run[] {
  return wordChanges(a, b).map((p) => ({ ...face, text: p.text, revision: p.change }));
}

const shared = (runs: Run[], a: string, b: string) => enoughKept(runs.filter((r) => !r.revision).reduce((n, r) => n + r.text.length, 0), a, b);

/** One block edited in place, or replaced (deleted, then inserted) where little of it is left. */
function edited(old: Block, neu: Block, untracked: string[]): Block[] {
  const replaced = () => [marked(old, 'deleted', untracked), marked(neu, 'inserted', untracked)];
  if (old.type === 'paragraph' && neu.type === 'paragraph') {
    // An article's 第X条 (typed, in its own face) is compared apart from its text.
    const [oldLead, neuLead] = [articleLead(old), articleLead(neu)];
    const lead = oldLead && neuLead ? wordRuns(oldLead.text, neuLead.text, { font: neuLead.font, ...(neuLead.bold ? { bold: true } : {}) }) : [];
    const skip = lead.length ? 1 : 0;
    const [, a] = splitNumber(runsText(old.runs.slice(skip)));
    const [number, b] = splitNumber(runsText(neu.runs.slice(skip)));
    const { text: _, revision: __, ...face } = neu.runs[skip] ?? { text: '', font: 'fangsong' as const };
    const runs = wordRuns(a, b, face);
    return shared(runs, a, b) ? [{ ...neu, runs: [...lead, ...(number ? [{ ...face, text: number }] : []), ...runs] }] : replaced();
  }
  if (old.type === 'division' && neu.type === 'division' && old.level === neu.level) {
    return [{ ...neu, number: trackedText(old.number, neu.number), title: trackedText(old.title, neu.title) }];
  }
  if (old.type === 'heading' && neu.type === 'heading' && old.level === neu.level) {
    const [a, b] = [old.title + runsText(old.runIn), neu.title + runsText(neu.runIn)];
    const runIn = wordRuns(runsText(old.runIn), runsText(neu.runIn), { font: neu.runIn?.[0]?.font ?? 'fangsong' });
    const titleKept = wordChanges(old.title, neu.title).filter((p) => !p.change).map((p) => ({ text: p.text, font: 'fangsong' as const }));
    if (!shared([...titleKept, ...runIn], a, b)) return replaced();
    return [{ ...neu, title: trackedText(old.title, neu.title), runIn: neu.runIn || old.runIn ? runIn : undefined }];
  }
  if (old.type === 'table' && neu.type === 'table') return redlineTable(old, neu);
  return replaced();
}

/** OLD's blocks → NEW's, with every difference a revision. */
export function redlineBlocks(old: Block[], neu: Block[]): BlockRedline {
  const untracked: string[] = [];
  const blocks = align(old, neu, blockKey).flatMap((pair): Block[] => {
    if (!pair.neu) return [marked(pair.old, 'deleted', untracked)];
    if (!pair.old) return [marked(pair.neu, 'inserted', untracked)];
    return pair.same ? [pair.neu] : edited(pair.old, pair.neu, untracked);
  });
  return { blocks, untracked };
}
