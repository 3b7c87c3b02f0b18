/**
 * The closing part of a notice (§7.3.4–7.3.6): the annex list (附件： with
 * continuation lines aligned under the first name by a hanging indent and a
 * tab after the number), the signature lines and seal where
 * src/arrange/signature.ts put them (the seal floating in front of the text),
 * and the 附注.
 */
import type { PlacedSeal, PlacedText, SignatureArrangement } from '../../arrange';
import { sealSizeMm } from '../../arrange/seal-size';
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
 * `before`: space above it, where a line above or this one is taller than a grid line (an order's 签名章).
 */
function placedLine(texts: PlacedText[], lead: string[], keepNext: boolean, before: number): Paragraph {
  return aligned(
    [...lead, ...texts.map((t) => textRun(t.text, undefined, true))],
    'left',
    { tabStops: texts.map((t) => ({ type: t.anchor, position: mmToTwip(t.xMm) })), keepNext, ...(before > 0 ? { spacing: { ...EXACT_LINE, before } } : {}) },
  );
}

/** A seal centred at its place across, its middle `middle` below the top of the paragraph that holds it. */
function seal(ctx: RenderContext, s: PlacedSeal, middle: number) {
  const size = sealSizeMm(s);
  const width = mmToTwip(size.width);
  const height = mmToTwip(size.height);
  const centre = mmToTwip(s.centreXMm);
  return floatingImageRun(ctx, s.path, width, { fromMargin: twipToEmu(centre - width / 2), fromParagraph: twipToEmu(middle - height / 2) });
}

/**
 * The signature as arranged (src/arrange/signature.ts), its lines kept together as arranged. A seal is anchored
 * in its line's paragraph; an order's 签名章, on lines with space before them (where LibreOffice measures an
 * anchor from the text, not the paragraph's top), in the blank line above the block, measured down from there.
 */
export function signature(ctx: RenderContext, a: SignatureArrangement): Paragraph[] {
  const rows = (i: number) => a.heights?.[i] ?? 1;
  const rowsBefore = (i: number) => Array.from({ length: i }, (_, j) => rows(j)).reduce((x, y) => x + y, 0);
  const tall = a.seals.filter((s) => rows(s.line) > 1);
  // A line n grid lines high stands in the middle of them: half the rest above it (whole twips), the other half
  // below, given as space before it and before the next line (Word adds one paragraph's space after to the next
  // one's before, LibreOffice takes the larger of the two; with none after, both agree).
  const above = (i: number) => (i < 0 ? 0 : Math.floor(((rows(i) - 1) * LINE_PITCH) / 2));
  const below = (i: number) => (i < 0 ? 0 : (rows(i) - 1) * LINE_PITCH - above(i));
  const lines = a.lines.map((texts, i) => {
    const own = a.seals.filter((s) => s.line === i && rows(i) === 1).map((s) => seal(ctx, s, LINE_PITCH / 2));
    return placedLine(texts, own, a.keepWithNext[i], below(i - 1) + above(i));
  });
  const blanks = Array.from({ length: a.linesBefore }, (_, i) => {
    const held = i === a.linesBefore - 1 ? tall.map((s) => seal(ctx, s, (1 + rowsBefore(s.line) + rows(s.line) / 2) * LINE_PITCH)) : [];
    return paragraph(held, { keepNext: true });
  });
  return [...blanks, ...lines];
}

/** The 附注, `linesBefore` blank lines under the date (clear of a seal's ink, src/arrange/remark-clearance.ts). */
export const remark = (text: string | undefined, linesBefore = 0): Paragraph[] =>
  text ? [...Array.from({ length: linesBefore }, () => paragraph([], { keepNext: true })), aligned([textRun(text)], 'justify', { indent: FIRST_LINE_INDENT })] : [];
