/**
 * The closing part of a notice (§7.3.4–7.3.6): the annex list, the
 * signature and date (unsealed: issuer 右空二字, date two characters further
 * right; sealed: date 右空四字, issuer centred over it, seal pressed on both),
 * and the 附注. The lines before the signature travel with it, so it never
 * stands alone on a page.
 */
import type { AnnexListEntry, Signature } from '../../document/model';
import { MAIN, mmToPt } from '../../style/gbt9704';
import type { DrawOp } from './draw-ops';
import { BLOCK_LEFT, BLOCK_WIDTH, CELL, LINE_PITCH } from './geometry';
import { blankLine, gridLine, paragraphLines } from './layout-text';
import type { TextSetter } from './set-text';
import { BODY } from './text-styles';
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

/** x (from the block's left) of the issuer name and of the date. */
function signaturePositions(sig: Signature, nameWidth: number, dateWidth: number): { name: number; date: number } {
  if (sig.seal) {
    const date = BLOCK_WIDTH - MAIN.sealedDateRightChars * CELL - dateWidth;
    return { date, name: date + (dateWidth - nameWidth) / 2 };
  }
  const right = BLOCK_WIDTH - MAIN.signatureRightChars * CELL;
  const name = right - nameWidth;
  const date = name + MAIN.signatureRightChars * CELL;
  if (date + dateWidth <= right) return { name, date };
  return { date: right - dateWidth, name: right - dateWidth - MAIN.signatureRightChars * CELL };
}

export function signatureItems(setter: TextSetter, sig: Signature): FlowItem[] {
  const nameWidth = Math.max(...sig.names.map((n) => setter.width(n, BODY)));
  const dateWidth = setter.width(sig.date, BODY);
  const pos = signaturePositions(sig, nameWidth, dateWidth);
  const at = (text: string, x: number, extra: (top: number) => DrawOp[] = () => []): FlowItem => {
    const line = setter.setLine(text, BODY);
    const base = gridLine(setter, line, [{ text, style: BODY }], x, true);
    return { ...base, draw: (top) => [...extra(top), ...base.draw(top)] };
  };
  const seal = (top: number): DrawOp[] => {
    if (!sig.seal) return [];
    const d = mmToPt(MAIN.sealDiameterMm);
    const centreX = BLOCK_LEFT + pos.date + dateWidth / 2;
    const centreY = top + LINE_PITCH / 2;
    return [{ kind: 'image', path: sig.seal, x: centreX - d / 2, y: centreY - d / 2, width: d, height: d, pressed: true }];
  };
  const names = sig.names.map((n, i) => at(n, pos.name + (nameWidth - setter.width(n, BODY)), i === 0 ? seal : undefined));
  const note = sig.note ? [at(sig.note, pos.name + (nameWidth - setter.width(sig.note, BODY)) / 2)] : [];
  const date = at(sig.date, pos.date);
  return [...Array.from({ length: MAIN.linesBeforeSignature }, () => ({ ...blankLine(), keepWithNext: true })), ...names, ...note, date];
}

export function remarkItems(setter: TextSetter, remark: string | undefined): FlowItem[] {
  return remark ? paragraphLines(setter, [{ text: remark, style: BODY }], { firstIndent: INDENT, restIndent: 0, align: 'justify' }) : [];
}
