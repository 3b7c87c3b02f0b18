/**
 * The closing part of a notice (§7.3.4–7.3.6): the annex list (附件： with
 * continuation lines aligned under the first name by a hanging indent and a
 * tab after the number), the signature lines and seal where
 * src/arrange/signature.ts put them (the seal floating in front of the text),
 * and the 附注.
 */
import type { PlacedSeal, PlacedText, SignatureArrangement } from '../../arrange';
import { emWidth } from '../../arrange/text-width';
import type { AnnexListEntry, AttendanceLine } from '../../document/model';
import { MAIN } from '../../style/gbt9704';
import type { RenderContext } from './context';
import { textRun } from './fonts';
import { floatingImageRun } from './image';
import { aligned, blankLines, FIRST_LINE_INDENT, KEEP_WITH_SIGNATURE, paragraph, type Paragraph } from './paragraphs';
import { EXACT_LINE } from './styles';
import { bodyTextWidth, chars, LINE_PITCH, mmToTwip, twipToEmu } from './units';

const LABEL = '附件：';
const INDENT = chars(MAIN.indentChars);

/** The annex list; `keepLast`: its last two lines go with the signature that follows, as in the PDF. */
export function annexList(entries: AnnexListEntry[], keepLast: boolean): Paragraph[] {
  if (entries.length === 0) return [];
  const labelEnd = INDENT + bodyTextWidth(LABEL);
  const nameStart = labelEnd + chars(Math.ceil(Math.max(...entries.map((e) => emWidth(e.number)))));
  const lines = entries.map((e, i) => {
    const first = i === 0 ? INDENT : labelEnd;
    const lead = (i === 0 ? LABEL : '') + e.number;
    const runs = e.number ? [textRun(lead), textRun(e.title, undefined, true)] : [textRun(lead + e.title)];
    return aligned(runs, 'left', {
      indent: { left: nameStart, hanging: nameStart - first },
      tabStops: [{ type: 'left', position: nameStart }],
      ...(keepLast && i >= entries.length - 2 ? KEEP_WITH_SIGNATURE : {}),
    });
  });
  return [...blankLines(MAIN.linesBeforeAnnexList), ...lines];
}

/** The minutes' attendance (§10.3): 出席： in 黑体 two characters in, the names in 仿宋, wrapped under the first name by a hanging indent. */
export function attendance(lines: AttendanceLine[] | undefined): Paragraph[] {
  if (!lines?.length) return [];
  const paragraphs = lines.map((l) => {
    const label = `${l.label}：`;
    const nameStart = INDENT + bodyTextWidth(label);
    return aligned([textRun(label, { role: 'heiti' }), textRun(l.names)], 'justify', { indent: { left: nameStart, hanging: nameStart - INDENT } });
  });
  return [...blankLines(MAIN.linesBeforeAttendance), ...paragraphs];
}

/**
 * One signature line: each text at its tab stop, so Word, WPS and LibreOffice place it where the PDF does.
 * A line `rows` grid lines high (an order's 签名章) is one line with half the rest above it and half below.
 */
function placedLine(texts: PlacedText[], lead: string[], keepNext: boolean, rows: number): Paragraph {
  const around = ((rows - 1) * LINE_PITCH) / 2;
  return aligned(
    [...lead, ...texts.map((t) => textRun(t.text, undefined, true))],
    'left',
    { tabStops: texts.map((t) => ({ type: t.anchor, position: mmToTwip(t.xMm) })), keepNext, ...(rows > 1 ? { spacing: { ...EXACT_LINE, before: around, after: around } } : {}) },
  );
}

/** A seal centred at `centre` across and on the middle of its line, whose top stands `above` over the paragraph's. */
function seal(ctx: RenderContext, s: PlacedSeal, above: number) {
  const width = mmToTwip(s.sizeMm?.width ?? MAIN.sealDiameterMm);
  const height = mmToTwip(s.sizeMm?.height ?? MAIN.sealDiameterMm);
  const centre = mmToTwip(s.centreXMm);
  return floatingImageRun(ctx, s.path, width, { fromMargin: twipToEmu(centre - width / 2), fromParagraph: twipToEmu((LINE_PITCH - height) / 2 + above) });
}

/** The signature as arranged (src/arrange/signature.ts), its lines kept together as arranged. */
export function signature(ctx: RenderContext, a: SignatureArrangement): Paragraph[] {
  const lines = a.lines.map((texts, i) => {
    const rows = a.heights?.[i] ?? 1;
    const seals = a.seals.filter((s) => s.line === i).map((s) => seal(ctx, s, ((rows - 1) * LINE_PITCH) / 2));
    return placedLine(texts, seals, a.keepWithNext[i], rows);
  });
  const blanks = Array.from({ length: a.linesBefore }, () => paragraph([], { keepNext: true }));
  return [...blanks, ...lines];
}

export const remark = (text: string | undefined): Paragraph[] => (text ? [aligned([textRun(text)], 'justify', { indent: FIRST_LINE_INDENT })] : []);
