import { diffArrays } from 'diff';
import type { Annex, Block, Document, FontRole, Notice, ParagraphBlock, Run } from '../document/model';
import { chineseWords } from '../compose/chinese-words';
import { HEADING_FONT } from '../style/gbt9704';

/** The text a block reads as, for matching blocks between two years. */
function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return b.runs.map((r) => r.text).join('');
    case 'heading':
      return b.number + b.title + (b.runIn ?? []).map((r) => r.text).join('');
    default:
      return JSON.stringify(b);
  }
}

/** A block's text in its faces: headings as their number and title in the heading face, then the run-in text. */
function parts(b: Block): { text: string; font: FontRole; bold?: boolean }[] {
  if (b.type === 'heading') {
    const face = HEADING_FONT[b.level];
    return [{ text: b.number + b.title, ...face }, { text: (b.runIn ?? []).map((r) => r.text).join(''), font: 'fangsong' }];
  }
  if (b.type === 'paragraph') return [{ text: blockText(b), font: b.runs[0]?.font ?? 'fangsong', bold: b.runs[0]?.bold }];
  return [];
}

const asParagraph = (b: Block, runs: Run[]): ParagraphBlock => ({
  type: 'paragraph',
  runs,
  indent: b.type === 'paragraph' ? b.indent : 'first',
  align: b.type === 'paragraph' ? b.align : 'justify',
});

/** A whole block inserted or deleted: every run marked. */
function marked(b: Block, revision: Run['revision']): Block {
  if (b.type !== 'paragraph' && b.type !== 'heading') return b;
  return asParagraph(b, parts(b).filter((p) => p.text).map((p) => ({ ...p, revision })));
}

/** Below this share of unchanged text, a paragraph reads better deleted whole and inserted anew. */
const MIN_SHARED = 0.5;

/** `a` → `b` as runs in one face: unchanged words plain, the rest marked inserted or deleted. */
function wordRuns(a: string, b: string, face: { font: FontRole; bold?: boolean }): Run[] {
  return diffArrays(chineseWords(a), chineseWords(b))
    .map((d): Run => ({ text: d.value.join(''), ...face, revision: d.added ? 'inserted' : d.removed ? 'deleted' : undefined }))
    .filter((r) => r.text);
}

const unchanged = (runs: Run[]) => runs.filter((r) => !r.revision).reduce((n, r) => n + r.text.length, 0);

/** One block edited: word-level insertions and deletions, part by part; a rewritten paragraph is replaced whole. */
function edited(old: Block, neu: Block): Block[] {
  const [po, pn] = [parts(old), parts(neu)];
  const runs = pn.flatMap((p, i) => wordRuns(po[i]?.text ?? '', p.text, { font: p.font, bold: p.bold }));
  const longest = Math.max(...[po, pn].map((ps) => ps.reduce((n, p) => n + p.text.length, 0)));
  if (unchanged(runs) < MIN_SHARED * longest) return [marked(old, 'deleted'), marked(neu, 'inserted')];
  return [asParagraph(neu, runs)];
}

const textual = (b: Block) => b.type === 'paragraph' || b.type === 'heading';

function redlineBlocks(old: Block[], neu: Block[]): Block[] {
  const out: Block[] = [];
  let removed: Block[] = [];
  const flush = () => {
    out.push(...removed.map((b) => marked(b, 'deleted')));
    removed = [];
  };
  const o = old.map(blockText);
  const n = neu.map(blockText);
  let [i, j] = [0, 0];
  for (const part of diffArrays(o, n)) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed = old.slice(i, i + count);
      i += count;
    } else if (part.added) {
      neu.slice(j, j + count).forEach((b, k) => {
        const before = removed[k];
        out.push(...(before && textual(before) && textual(b) ? edited(before, b) : [marked(b, 'inserted')]));
      });
      removed = removed.slice(count);
      flush();
      j += count;
    } else {
      flush();
      out.push(...neu.slice(j, j + count));
      i += count;
      j += count;
    }
  }
  flush();
  return out;
}

function redlineAnnex(neu: Annex, old: Annex | undefined): Annex {
  if (!old) return neu.content.kind === 'blocks' ? { ...neu, content: { kind: 'blocks', blocks: neu.content.blocks.map((b) => marked(b, 'inserted')) } } : neu;
  if (neu.content.kind === 'blocks' && old.content.kind === 'blocks') {
    return { ...neu, content: { kind: 'blocks', blocks: redlineBlocks(old.content.blocks, neu.content.blocks) } };
  }
  if (neu.content.kind === 'notice' && old.content.kind === 'notice') {
    return { ...neu, content: { kind: 'notice', notice: redlineNotice(old.content.notice, neu.content.notice) } };
  }
  return neu;
}

/** A one-line text (title, addressees) that changed, as tracked runs in its face. */
function trackedLine(a: string | undefined, b: string | undefined, font: FontRole): Run[] | undefined {
  return a === b || b === undefined ? undefined : wordRuns(a ?? '', b, { font });
}

function redlineNotice(old: Notice, neu: Notice): Notice {
  const title = trackedLine(old.title, neu.title, 'xiaobiaosong');
  const addressees = trackedLine(old.addressees, neu.addressees, 'fangsong');
  return {
    ...neu,
    ...(title || addressees ? { tracked: { title, addressees } } : {}),
    body: redlineBlocks(old.body, neu.body),
    // Annexes are matched by position in the list of the same kind of content, as reviewers read them side by side.
    annexes: neu.annexes.map((a, k) => redlineAnnex(a, old.annexes.find((x) => x.title === a.title) ?? old.annexes[k])),
  };
}

/**
 * NEW as a document with tracked changes against OLD: the title, the
 * addressees, body paragraphs and annex contents (matched block by block),
 * edits at word granularity,
 * attributed to the issuing office on the new notice's date.
 */
export function redlineDocument(old: Document, neu: Document): Document {
  return {
    meta: { ...neu.meta, revision: { author: neu.meta.author, date: neu.meta.date } },
    notice: redlineNotice(old.notice, neu.notice),
  };
}
