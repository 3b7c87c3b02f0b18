/**
 * The colophon 版记 (§7.4): a one-column table as wide as the text block,
 * its first and last rules thick (0.35 mm) and the rule between thin
 * (0.25 mm); 抄送 in 四号 indented one character on each side with wrapped
 * lines aligned after the colon; the issuing office one character from the
 * left and the date with 印发 one character from the right on one line.
 */
import { BorderStyle, Tab, Table, TableBorders, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import type { Colophon } from '../../document/model';
import { COLOPHON } from '../../style/gbt9704';
import { runStyle } from './fonts';
import { paragraph } from './paragraphs';
import { borderEighths, emWidth, ptToTwip, TEXT_WIDTH } from './units';

const COPY_TO = '抄送：';
const PRINTED = '印发';
const INSET = ptToTwip(COLOPHON.indentChars * COLOPHON.sizePt);
const STYLE = runStyle({ role: 'fangsong', sizePt: COLOPHON.sizePt });

const rule = (mm: number) => ({ style: BorderStyle.SINGLE, size: borderEighths(mm), color: '000000' });

function copyToLine(names: string) {
  const label = ptToTwip(emWidth(COPY_TO) * COLOPHON.sizePt);
  return paragraph([new TextRun({ ...STYLE, text: COPY_TO + names })], { indent: { left: INSET + label, hanging: label, right: INSET } });
}

function printLine(c: Colophon) {
  const date = c.printDate ? [new TextRun({ ...STYLE, children: [new Tab(), c.printDate + PRINTED] })] : [];
  return paragraph([new TextRun({ ...STYLE, text: c.printer ?? '' }), ...date], {
    indent: { left: INSET, right: INSET },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - INSET }],
  });
}

export function colophonTable(c: Colophon): Table {
  const lines = [...(c.copyTo ? [copyToLine(c.copyTo)] : []), ...(c.printer || c.printDate ? [printLine(c)] : [])];
  return new Table({
    columnWidths: [TEXT_WIDTH],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: {
      ...TableBorders.NONE,
      top: rule(COLOPHON.thickRuleMm),
      bottom: rule(COLOPHON.thickRuleMm),
      insideHorizontal: rule(COLOPHON.thinRuleMm),
    },
    rows: lines.map((p) => new TableRow({ cantSplit: true, children: [new TableCell({ children: [p] })] })),
  });
}
