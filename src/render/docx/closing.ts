/**
 * The closing part of a notice (§7.3.4–7.3.6): the annex list (附件： with
 * continuation lines aligned under the first name by a hanging indent and a
 * tab after the number), the signature and date (unsealed: issuer 右空二字,
 * date two characters right of the issuer's first character; sealed: date
 * 右空四字, issuer centred over it, the seal floating in front of both) and
 * the 附注. Positions follow the PDF renderer's signature layout.
 */
import { HorizontalPositionRelativeFrom, Tab, TabStopType, TextRun, TextWrappingType, VerticalPositionRelativeFrom, type Paragraph } from 'docx';
import type { AnnexListEntry, Signature } from '../../document/model';
import { MAIN } from '../../style/gbt9704';
import type { RenderContext } from './context';
import { imageRun } from './image';
import { aligned, blankLines, FIRST_LINE_INDENT } from './paragraphs';
import { bodyTextWidth, chars, emWidth, LINE_PITCH, mmToTwip, TEXT_WIDTH, twipToEmu } from './units';

const LABEL = '附件：';
const INDENT = chars(MAIN.indentChars);

export function annexList(entries: AnnexListEntry[]): Paragraph[] {
  if (entries.length === 0) return [];
  const labelEnd = INDENT + bodyTextWidth(LABEL);
  const nameStart = labelEnd + chars(Math.ceil(Math.max(...entries.map((e) => emWidth(e.number)))));
  const lines = entries.map((e, i) => {
    const first = i === 0 ? INDENT : labelEnd;
    const lead = (i === 0 ? LABEL : '') + e.number;
    const runs = e.number ? [new TextRun(lead), new TextRun({ children: [new Tab(), e.title] })] : [new TextRun(lead + e.title)];
    return aligned(runs, 'left', {
      indent: { left: nameStart, hanging: nameStart - first },
      tabStops: [{ type: TabStopType.LEFT, position: nameStart }],
    });
  });
  return [...blankLines(MAIN.linesBeforeAnnexList), ...lines];
}

/** Left edges (twips from the text block's left) of the issuer names and of the date. */
function signaturePositions(sig: Signature, nameWidth: number, dateWidth: number): { name: number; date: number } {
  if (sig.seal) {
    const date = TEXT_WIDTH - chars(MAIN.sealedDateRightChars) - dateWidth;
    return { date, name: date + (dateWidth - nameWidth) / 2 };
  }
  const right = TEXT_WIDTH - chars(MAIN.signatureRightChars);
  const name = right - nameWidth;
  const date = name + chars(MAIN.signatureRightChars);
  if (date + dateWidth <= right) return { name, date };
  return { date: right - dateWidth, name: right - dateWidth - chars(MAIN.signatureRightChars) };
}

/** A line whose text ends `right` twips from the block's left edge. */
const endingAt = (children: (TextRun | ReturnType<typeof imageRun>)[], right: number) =>
  aligned(children, 'right', { indent: { right: Math.max(0, Math.round(TEXT_WIDTH - right)) }, keepNext: true });

function seal(ctx: RenderContext, path: string, centre: number) {
  const d = mmToTwip(MAIN.sealDiameterMm);
  return imageRun(ctx, path, d, {
    horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: twipToEmu(centre - d / 2) },
    verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: twipToEmu((LINE_PITCH - d) / 2) },
    allowOverlap: true,
    behindDocument: false,
    wrap: { type: TextWrappingType.NONE },
  });
}

export function signature(ctx: RenderContext, sig: Signature): Paragraph[] {
  const nameWidth = Math.max(...sig.names.map(bodyTextWidth));
  const dateWidth = bodyTextWidth(sig.date);
  const pos = signaturePositions(sig, nameWidth, dateWidth);
  const names = sig.names.map((n, i) => {
    const stamp = i === 0 && sig.seal ? [seal(ctx, sig.seal, pos.date + dateWidth / 2)] : [];
    return endingAt([...stamp, new TextRun(n)], pos.name + nameWidth);
  });
  const note = sig.note ? [endingAt([new TextRun(sig.note)], pos.name + (nameWidth + bodyTextWidth(sig.note)) / 2)] : [];
  return [...blankLines(MAIN.linesBeforeSignature), ...names, ...note, endingAt([new TextRun(sig.date)], pos.date + dateWidth)];
}

export const remark = (text: string | undefined): Paragraph[] => (text ? [aligned([new TextRun(text)], 'justify', { indent: FIRST_LINE_INDENT })] : []);
