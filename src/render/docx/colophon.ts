/**
 * The colophon 版记 (§7.4): a one-column table as wide as the text block,
 * its first and last rules thick (0.35 mm) and the rule between thin
 * (0.25 mm); 抄送 in 四号 indented one character on each side with wrapped
 * lines aligned after the colon; the issuing office one character from the
 * left and the date with 印发 one character from the right on one line.
 */
import type { Colophon } from '../../document/model';
import { COLOPHON } from '../../style/gbt9704';
import { textRun, type TextStyle } from './fonts';
import { OFF_GRID_STYLE, paragraph, type Border, type Paragraph, type Table } from './paragraphs';
import { emWidth } from '../../arrange/text-width';
import { borderEighths, LINE_PITCH, mmToTwip, ptToTwip, TEXT_WIDTH } from './units';
import { NO_BORDERS, table, type Float } from './word-table';

const COPY_TO = '抄送：';
const PRINTED = '印发';
const INSET = ptToTwip(COLOPHON.indentChars * COLOPHON.sizePt);
const STYLE: TextStyle = { role: 'fangsong', sizePt: COLOPHON.sizePt };

const rule = (mm: number): Border => ({ style: 'single', size: borderEighths(mm), color: '000000' });

interface Line {
  paragraph: Paragraph;
  /** Grid lines the text needs (抄送 wraps); the row is exactly that tall. */
  lines: number;
}

/** `keepNext`: the printing line follows; the colophon never splits across pages. */
function copyToLine(names: string, keepNext: boolean): Line {
  const label = ptToTwip(emWidth(COPY_TO) * COLOPHON.sizePt);
  const available = TEXT_WIDTH - 2 * INSET - label;
  const lines = Math.max(1, Math.ceil(ptToTwip(emWidth(names) * COLOPHON.sizePt) / available));
  const line = paragraph([textRun(COPY_TO + names, STYLE)], { ...OFF_GRID_STYLE, indent: { left: INSET + label, hanging: label, right: INSET }, keepNext });
  return { paragraph: line, lines };
}

function printLine(c: Colophon): Line {
  const date = c.printDate ? [textRun(c.printDate + PRINTED, STYLE, true)] : [];
  const line = paragraph([textRun(c.printer ?? '', STYLE), ...date], {
    ...OFF_GRID_STYLE,
    indent: { left: INSET, right: INSET },
    tabStops: [{ type: 'right', position: TEXT_WIDTH - INSET }],
  });
  return { paragraph: line, lines: 1 };
}

function colophonLines(c: Colophon): Line[] {
  const printed = !!(c.printer || c.printDate);
  return [...(c.copyTo ? [copyToLine(c.copyTo, printed)] : []), ...(printed ? [printLine(c)] : [])];
}

/** Height of the colophon table in twips: whole grid lines, like the PDF; the rows give up the rules' thickness. */
export const colophonHeight = (c: Colophon): number => colophonLines(c).reduce((sum, l) => sum + l.lines * LINE_PITCH, 0);

/** Each row's share of the rules' thickness, so that rows and rules together take whole grid lines. */
function ruleShare(count: number, ruled: boolean): number {
  return ruled ? Math.ceil(mmToTwip(2 * COLOPHON.thickRuleMm + (count - 1) * COLOPHON.thinRuleMm) / count) : 0;
}

/**
 * At the foot of the page its anchor (the paragraph after it) falls on: a
 * floating table, w:tblpPr w:vertAnchor="margin" w:tblpYSpec="bottom" — its
 * last rule on the bottom edge of the text block, the text kept clear of it
 * (w:tblOverlap never). Word and WPS set it there and move it with its anchor
 * to the next page when the text leaves no room; LibreOffice (7.6 and later)
 * imports it as a floating table, a frame that may split nowhere, and does
 * the same (measured with LibreOffice 25.2 in test/e2e/docx-libreoffice).
 */
const AT_FOOT: Float = {
  verticalAnchor: 'margin',
  relativeVerticalPosition: 'bottom',
  horizontalAnchor: 'margin',
  absoluteHorizontalPosition: 0,
  overlap: 'never',
  topFromText: 0,
  bottomFromText: 0,
  leftFromText: 0,
  rightFromText: 0,
};

/**
 * `atFoot`: floats at the foot of the page (the outer colophon on the text's
 * last page). `letter`: a letter's colophon (§10.1), without rules.
 */
export function colophonTable(c: Colophon, atFoot = false, letter = false): Table {
  const lines = colophonLines(c);
  const share = ruleShare(lines.length, !letter);
  const borders = letter ? NO_BORDERS : { ...NO_BORDERS, top: rule(COLOPHON.thickRuleMm), bottom: rule(COLOPHON.thickRuleMm), insideHorizontal: rule(COLOPHON.thinRuleMm) };
  return table({
    ...(atFoot ? { float: AT_FOOT } : {}),
    columnWidths: [TEXT_WIDTH],
    width: TEXT_WIDTH,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders,
    rows: lines.map((l) => ({ cantSplit: true, height: l.lines * LINE_PITCH - share, cells: [{ verticalAlign: 'center', children: [l.paragraph] }] })),
  });
}
