/**
 * The colophon 版记 (§7.4): 抄送 and 印发机关/印发日期 in 四号, between a thick
 * rule above and a thick rule below, a thin rule between them; the last rule
 * lies on the bottom edge of the text block.
 */
import type { Colophon } from '../../document/model';
import { COLOPHON, mmToPt } from '../../style/gbt9704';
import type { DrawOp } from './draw-ops';
import { BLOCK_LEFT, BLOCK_WIDTH, LINE_PITCH } from './geometry';
import type { TextSetter } from './set-text';
import { COLOPHON_TEXT } from './text-styles';
import type { SetLine } from './typeset/piece';

export interface ColophonBlock {
  /** Grid lines it occupies. */
  rows: number;
  /** Whether the page it stands on must be even (§7.4); a letter's goes on its last page whatever its number (§10.1). */
  evenPage: boolean;
  draw(top: number): DrawOp[];
}

const COPY_TO = '抄送：';

interface ColophonLine {
  line: SetLine;
  text: string;
  row: number;
  shift: number;
}

/** `letter`: the letter format's colophon (§10.1), 抄送 without rules (its model has no 印发 line). */
export function colophonBlock(setter: TextSetter, colophon: Colophon, letter = false): ColophonBlock {
  const style = COLOPHON_TEXT;
  const inset = COLOPHON.indentChars * style.size;
  const lines: ColophonLine[] = [];
  if (colophon.copyTo) {
    const text = COPY_TO + colophon.copyTo;
    const hang = inset + setter.width(COPY_TO, style);
    const shape = (i: number) => ({ indent: i === 0 ? inset : hang, available: BLOCK_WIDTH - inset - (i === 0 ? inset : hang) });
    setter.setParagraph([{ text, style }], shape, true).forEach((line, row) => lines.push({ line, text, row, shift: 0 }));
  }
  const copyRows = lines.length;
  const hasPrintLine = !!(colophon.printer || colophon.printDate);
  if (colophon.printer) lines.push({ line: setter.setLine(colophon.printer, style), text: colophon.printer, row: copyRows, shift: inset });
  if (colophon.printDate) {
    const text = `${colophon.printDate}印发`;
    lines.push({ line: setter.setLine(text, style), text, row: copyRows, shift: BLOCK_WIDTH - inset - setter.width(text, style) });
  }
  const rows = copyRows + (hasPrintLine ? 1 : 0);

  return {
    rows,
    evenPage: !letter,
    draw(top) {
      const rule = (y: number, mm: number): DrawOp => ({ kind: 'line', x1: BLOCK_LEFT, y1: y, x2: BLOCK_LEFT + BLOCK_WIDTH, y2: y, thickness: mmToPt(mm), ink: 'black' });
      const ops: DrawOp[] = letter ? [] : [rule(top, COLOPHON.thickRuleMm), rule(top + rows * LINE_PITCH, COLOPHON.thickRuleMm)];
      if (!letter && copyRows && hasPrintLine) ops.push(rule(top + copyRows * LINE_PITCH, COLOPHON.thinRuleMm));
      for (const l of lines) {
        const band = { left: BLOCK_LEFT, top: top + l.row * LINE_PITCH, height: LINE_PITCH };
        ops.push(...setter.lineOps(l.line, [{ text: l.text, style }], band, l.shift));
      }
      return ops;
    },
  };
}
