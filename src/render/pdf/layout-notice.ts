/**
 * A notice → parts that each start on a new page: the notice itself (header
 * block, title, addressees, body, annex list, signature, 附注) and every
 * annex (label on line 1, title on line 3, content), including forwarded
 * notices set with their own header, and external PDF files.
 */
import { isLetter, type AnnexArrangement, type NoticeArrangement } from '../../arrange';
import type { Annex, Block, Colophon, Notice } from '../../document/model';
import { normalizeText } from '../../compose/normalize-text';
import { JOINT, MAIN, TITLE_NOTE_FONT } from '../../style/gbt9704';
import { turnedOpening } from '../../style/table-orientation';
import { colophonBlock } from './draw-colophon';
import { drawHeader } from './draw-header';
import type { DrawOp } from './draw-ops';
import { BLOCK_LEFT, LINE_PITCH, rowTop } from './geometry';
import { blocksItems, TURNED_FRAME } from './layout-blocks';
import { annexListItems, attendanceItems, remarkItems, signatureItems } from './layout-signature';
import { blankLine, paragraphLines, titleLines, type Frame } from './layout-text';
import type { TextSetter } from './set-text';
import { ANNEX_TITLE, BODY, bodyIn, TITLE } from './text-styles';
import type { FlowItem, Section } from './typeset/flow';

export type Part =
  | { kind: 'flow'; section: Section }
  /** An attached PDF; `cover` is its cover page, used when the label has no free place on its first page. */
  | { kind: 'pdf'; file: string; label: string; bookmark: string; cover: Section };

const ANNEX_LABEL_ROW = 0;
const ANNEX_TITLE_ROW = 2;

const blanks = (n: number) => Array.from({ length: n }, blankLine);

function noticeItems(setter: TextSetter, notice: Notice, a: NoticeArrangement): FlowItem[] {
  const items: FlowItem[] = [];
  // Two lines below the red rule stands the title, or the body of minutes that have none (§10.3).
  if (notice.header) items.push(...blanks(MAIN.linesBeforeTitle));
  if (a.title) items.push(...titleLines(setter, a.title, TITLE), ...blanks(MAIN.linesAfterTitle));
  if (notice.addressees) items.push(...paragraphLines(setter, [{ text: notice.addressees, style: BODY }], { firstIndent: 0, restIndent: 0, align: 'justify' }));
  items.push(...blocksItems(setter, notice.body));
  items.push(...annexListItems(setter, notice.annexList));
  items.push(...attendanceItems(setter, notice.attendance));
  if (a.signature) {
    // The signature never stands alone on a page: the lines before it go with it (§7.3.5).
    for (const item of items.slice(-JOINT.linesKeptWithSignature)) Object.assign(item, { keepWithNext: true, signature: true });
    items.push(...signatureItems(setter, a.signature));
  }
  items.push(...remarkItems(setter, notice.remark, a.signature?.linesBeforeRemark));
  return items;
}

/**
 * A forwarded notice's colophon follows its last annex, at the foot of the
 * page it falls on (the even-last-page rule is the outer notice's).
 */
function withInnerColophon(setter: TextSetter, parts: Part[], colophon: Colophon | undefined, letter: boolean): Part[] {
  if (!colophon) return parts;
  const block = colophonBlock(setter, colophon, letter);
  const items: FlowItem[] = [blankLine(), { height: block.rows * LINE_PITCH, onGrid: true, atFoot: true, draw: (top: number) => block.draw(top) }];
  const last = parts[parts.length - 1];
  if (last.kind === 'flow') {
    last.section.items.push(...items);
    return parts;
  }
  return [...parts, { kind: 'flow', section: { fixed: [], start: rowTop(0), items, bookmark: '' } }];
}

function noticeSection(setter: TextSetter, notice: Notice, a: NoticeArrangement, bookmark: string, fixed: DrawOp[], firstRow: number): Section {
  const header = notice.header && a.header ? drawHeader(setter, notice.header, a.header) : undefined;
  return {
    fixed: [...fixed, ...(header?.ops ?? [])],
    start: rowTop(header ? header.flowRow : firstRow),
    items: noticeItems(setter, notice, a),
    bookmark,
  };
}

function annexLabel(setter: TextSetter, label: string): DrawOp[] {
  const style = bodyIn('heiti');
  return setter.lineOps(setter.setLine(label, style), [{ text: label, style }], { left: BLOCK_LEFT, top: rowTop(ANNEX_LABEL_ROW), height: LINE_PITCH });
}

/**
 * An annex opening with a table too wide for portrait (§8): its label (line
 * 1), title (line 3) and the `lead` blocks of text before the table are set
 * on the turned page above the table, as the rows that follow are.
 */
function turnedAnnexItems(setter: TextSetter, label: string | undefined, a: AnnexArrangement, blocks: Block[], lead: number): FlowItem[] {
  const frame = TURNED_FRAME;
  const opening = [
    ...(label
      ? [
          ...paragraphLines(setter, [{ text: label, style: bodyIn('heiti') }], { firstIndent: 0, restIndent: 0, align: 'left', keep: true, frame }),
          ...blanks(ANNEX_TITLE_ROW - ANNEX_LABEL_ROW - 1),
        ]
      : []),
    ...annexTitle(setter, a, frame),
    ...blocksItems(setter, blocks.slice(0, lead), frame),
  ];
  return [...opening.map((item) => ({ ...item, turned: true })), ...blocksItems(setter, blocks.slice(lead))];
}

/** An annex's title, the 题注 under it, and the blank line before its text; nothing when the page shows no title. */
function annexTitle(setter: TextSetter, a: AnnexArrangement, frame?: Frame): FlowItem[] {
  if (!a.title.length) return [];
  return [...titleLines(setter, a.title, ANNEX_TITLE, frame), ...titleLines(setter, a.titleNote, bodyIn(TITLE_NOTE_FONT), frame), ...blanks(MAIN.linesAfterTitle)];
}

function annexParts(setter: TextSetter, annex: Annex, a: AnnexArrangement): Part[] {
  const bookmark = annex.label ? `${annex.label}　${normalizeText(annex.title)}` : normalizeText(annex.title);
  const label = annex.label ? annexLabel(setter, annex.label) : [];
  // Without a label (a 规章 printed after its 令) the title opens the page.
  const titleRow = annex.label ? ANNEX_TITLE_ROW : ANNEX_LABEL_ROW;
  switch (annex.content.kind) {
    case 'pdf': {
      const cover = { fixed: label, start: rowTop(titleRow), items: titleLines(setter, a.title, ANNEX_TITLE), bookmark: '' };
      return [{ kind: 'pdf', file: annex.content.path, label: annex.label ?? '', bookmark, cover }];
    }
    case 'notice': {
      const n = annex.content.notice;
      const inner = a.notice!;
      const section = noticeSection(setter, n, inner, bookmark, label, titleRow);
      return withInnerColophon(setter, [{ kind: 'flow', section }, ...n.annexes.flatMap((x, i) => annexParts(setter, x, inner.annexes[i]))], n.colophon, isLetter(n));
    }
    case 'blocks': {
      const blocks = annex.content.blocks;
      const lead = turnedOpening(blocks);
      if (lead !== undefined) return [{ kind: 'flow', section: { fixed: [], start: rowTop(0), items: turnedAnnexItems(setter, annex.label, a, blocks, lead), bookmark } }];
      const items = [...annexTitle(setter, a), ...blocksItems(setter, blocks, undefined, a.title.length + a.titleNote.length)];
      return [{ kind: 'flow', section: { fixed: label, start: rowTop(titleRow), items, bookmark } }];
    }
  }
}

export function noticeParts(setter: TextSetter, notice: Notice, a: NoticeArrangement, bookmark: string): Part[] {
  return [
    {
      kind: 'flow',
      section: notice.label
        ? noticeSection(setter, notice, a, bookmark, annexLabel(setter, notice.label), ANNEX_TITLE_ROW)
        : noticeSection(setter, notice, a, bookmark, [], 0),
    },
    ...notice.annexes.flatMap((x, i) => annexParts(setter, x, a.annexes[i])),
  ];
}
