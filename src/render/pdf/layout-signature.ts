/**
 * The closing part of a notice (§7.3.4–7.3.6): the annex list, the
 * signature lines and seal where src/arrange/signature.ts put them, and the
 * 附注.
 */
import type { PlacedSeal, PlacedText, SignatureArrangement } from '../../arrange';
import { sealSizeMm } from '../../arrange/seal-size';
import type { AnnexListEntry, AttendanceLine } from '../../document/model';
import { MAIN, mmToPt } from '../../style/gbt9704';
import type { DrawOp } from './draw-ops';
import { BLOCK_LEFT, CELL, LINE_PITCH } from './geometry';
import { blankLine, gridLine, paragraphLines } from './layout-text';
import type { TextSetter } from './set-text';
import { BODY, bodyIn } from './text-styles';
import type { FlowItem } from './typeset/flow';

const INDENT = MAIN.indentChars * CELL;
const LABEL = '附件：';

export function annexListItems(setter: TextSetter, entries: AnnexListEntry[]): FlowItem[] {
  if (entries.length === 0) return [];
  const nameStart = INDENT + setter.width(LABEL, BODY);
  const lines = entries.flatMap((e, i) =>
    paragraphLines(setter, [{ text: (i === 0 ? LABEL : '') + e.number + e.title, style: BODY }], {
      firstIndent: i === 0 ? INDENT : nameStart,
      restIndent: nameStart + setter.width(e.number, BODY),
      align: 'left',
    }),
  );
  return [...Array.from({ length: MAIN.linesBeforeAnnexList }, blankLine), ...lines];
}

/** The minutes' attendance (§10.3): 出席： in 黑体 two characters in, the names in 仿宋, wrapped under the first name. */
export function attendanceItems(setter: TextSetter, lines: AttendanceLine[] | undefined): FlowItem[] {
  if (!lines?.length) return [];
  const label = bodyIn('heiti');
  const items = lines.flatMap((l) =>
    paragraphLines(setter, [{ text: `${l.label}：`, style: label }, { text: l.names, style: BODY }], {
      firstIndent: INDENT,
      restIndent: INDENT + setter.width(`${l.label}：`, label),
      align: 'justify',
    }),
  );
  return [...Array.from({ length: MAIN.linesBeforeAttendance }, blankLine), ...items];
}

/** x (from the block's left) where text anchored at `xMm` starts. */
function startX(setter: TextSetter, t: PlacedText): number {
  const width = setter.width(t.text, BODY);
  const x = mmToPt(t.xMm);
  return t.anchor === 'left' ? x : t.anchor === 'right' ? x - width : x - width / 2;
}

/** The signature lines as arranged (src/arrange/signature.ts), each seal pressed on its line. */
export function signatureItems(setter: TextSetter, a: SignatureArrangement): FlowItem[] {
  const size = (s: PlacedSeal) => {
    const mm = sealSizeMm(s);
    return { width: mmToPt(mm.width), tall: mmToPt(mm.height) };
  };
  const seals = (line: number, top: number, height: number): DrawOp[] =>
    a.seals
      .filter((s) => s.line === line)
      .map((s) => {
        const { width, tall } = size(s);
        return { kind: 'image', path: s.path, x: BLOCK_LEFT + mmToPt(s.centreXMm) - width / 2, y: top + height / 2 - tall / 2, width, height: tall, pressed: true };
      });
  const lines = a.lines.map((texts, i): FlowItem => {
    const parts = texts.map((t) => gridLine(setter, setter.setLine(t.text, BODY), [{ text: t.text, style: BODY }], startX(setter, t), a.keepWithNext[i]));
    // a blank line between a joint notice's rows of seals, kept at the top of a page as Word keeps an empty
    // paragraph: a row that opens a page has its seals' reach above it inside the text block
    const first = parts[0] ?? { ...blankLine(), blank: false, keepWithNext: a.keepWithNext[i] };
    // an order's 签名章 line is taller than one grid line: its text centred on it
    const height = (a.heights?.[i] ?? 1) * LINE_PITCH;
    const shift = (height - LINE_PITCH) / 2;
    const inkBelow = Math.max(0, ...a.seals.filter((s) => s.line === i).map((s) => (size(s).tall - height) / 2));
    return { ...first, height, ...(inkBelow > 0 ? { inkBelow } : {}), draw: (top) => [...seals(i, top, height), ...parts.flatMap((p) => p.draw(top + shift))] };
  });
  return [...Array.from({ length: a.linesBefore }, () => ({ ...blankLine(), keepWithNext: true })), ...lines].map((item) => ({ ...item, signature: true }));
}

/** The 附注, `linesBefore` blank lines under the date (clear of a seal's ink, src/arrange/remark-clearance.ts). */
export function remarkItems(setter: TextSetter, remark: string | undefined, linesBefore = 0): FlowItem[] {
  if (!remark) return [];
  // the remark goes with the signature it follows (the date's last line keeps with it)
  const blanks = Array.from({ length: linesBefore }, () => ({ ...blankLine(), keepWithNext: true }));
  return [...blanks, ...paragraphLines(setter, [{ text: remark, style: BODY }], { firstIndent: INDENT, restIndent: 0, align: 'justify' })].map((item) => ({ ...item, signature: true }));
}
