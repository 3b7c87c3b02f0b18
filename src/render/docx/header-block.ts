/**
 * The header block 版头 (§7.2): copy number, classification and urgency on
 * lines 1–3; the red issuer mark with its top edge 35 mm below the top of the
 * text block, condensed (w:w) if wider than the block; a joint header stacks
 * the issuers (in two columns when there are many, as the PDF does) in a
 * borderless table with 文件 vertically centred to their right; the document
 * number two blank lines below; the red rule 4 mm below the number, drawn as
 * the number paragraph's bottom border across the whole text block.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { Header } from '../../document/model';
import { BODY_SIZE_PT, HEADER, mmToPt, PDF_RENDER, RED } from '../../style/gbt9704';
import { runStyle, type TextStyle } from './fonts';
import { aligned, blankLines, OFF_GRID_STYLE, paragraph } from './paragraphs';
import { exactLine } from './styles';
import { borderEighths, emWidth, LINE_PITCH, mmToTwip, ptToTwip, TEXT_WIDTH } from './units';

const WENJIAN = '文件';
const MAX_SCALE = 100;

const markStyle = (sizePt: number, scale: number): TextStyle => ({ role: 'xiaobiaosong', sizePt, red: true, scale });

/** Percentage (w:w) that condenses `width` twips into the text block. */
const condenseTo = (width: number) => Math.min(MAX_SCALE, Math.floor((TEXT_WIDTH / width) * MAX_SCALE));

/** Lines 1–3: copy number (三号), classification and urgency (三号黑体); empty lines keep their rows. */
function topLines(header: Header): Paragraph[] {
  const rows = [
    { text: header.copyNumber, style: { role: 'fangsong' } as TextStyle },
    { text: header.classification, style: { role: 'heiti' } as TextStyle },
    { text: header.urgency, style: { role: 'heiti' } as TextStyle },
  ];
  let last = rows.length - 1;
  while (last >= 0 && !rows[last].text) last--;
  return rows.slice(0, last + 1).map((r) => aligned(r.text ? [new TextRun({ ...runStyle(r.style), text: r.text })] : [], 'left'));
}

/** Space before the mark so its top edge sits 35 mm below the text block's top. */
const spaceBeforeMark = (linesAbove: number) => mmToTwip(HEADER.issuerMarkTopMm) - linesAbove * LINE_PITCH;

function singleMark(header: Header, before: number): Paragraph {
  const text = header.issuers[0] + (header.withWenjian ? WENJIAN : '');
  const size = HEADER.issuerMarkMaxPt;
  const scale = condenseTo(ptToTwip(emWidth(text) * size));
  return aligned([new TextRun({ ...runStyle(markStyle(size, scale)), text })], 'center', {
    ...OFF_GRID_STYLE,
    spacing: { ...exactLine(ptToTwip(size)), before },
  });
}

const NO_BORDERS = TableBorders.NONE;
const cellWidth = (twips: number) => ({ size: twips, type: WidthType.DXA });

function jointMark(header: Header, before: number): (Paragraph | Table)[] {
  const names = header.issuers;
  const columns = names.length > PDF_RENDER.jointIssuersPerColumn ? 2 : 1;
  const perColumn = Math.ceil(names.length / columns);
  const nameSize = HEADER.jointIssuerPt;
  const nameWidth = ptToTwip(Math.max(...names.map(emWidth)) * nameSize);
  const gap = ptToTwip(PDF_RENDER.jointColumnGapChars * nameSize);
  const wenjianSize = HEADER.issuerMarkMaxPt;
  const wenjianWidth = header.withWenjian ? gap + ptToTwip(emWidth(WENJIAN) * wenjianSize) : 0;
  const natural = columns * nameWidth + (columns - 1) * gap + wenjianWidth;
  const scale = condenseTo(natural);
  const fit = (w: number) => Math.floor((w * Math.min(MAX_SCALE, scale)) / MAX_SCALE);
  const nameCell = (column: string[], last: boolean) =>
    new TableCell({
      width: cellWidth(fit(nameWidth + (last ? 0 : gap))),
      margins: { left: 0, right: last ? 0 : fit(gap), top: 0, bottom: 0 },
      children: column.map((name) =>
        paragraph([new TextRun({ ...runStyle(markStyle(nameSize, scale)), text: name })], { ...OFF_GRID_STYLE, alignment: AlignmentType.DISTRIBUTE }),
      ),
    });
  const cells = Array.from({ length: columns }, (_, c) => nameCell(names.slice(c * perColumn, (c + 1) * perColumn), c === columns - 1));
  if (header.withWenjian) {
    cells.push(
      new TableCell({
        width: cellWidth(fit(wenjianWidth)),
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: fit(gap), right: 0, top: 0, bottom: 0 },
        children: [aligned([new TextRun({ ...runStyle(markStyle(wenjianSize, scale)), text: WENJIAN })], 'left', { ...OFF_GRID_STYLE, spacing: exactLine(ptToTwip(wenjianSize)) })],
      }),
    );
  }
  const widths = [...Array.from({ length: columns }, (_, c) => fit(nameWidth + (c === columns - 1 ? 0 : gap))), ...(header.withWenjian ? [fit(wenjianWidth)] : [])];
  return [
    // The table cannot carry space before; an empty line of that height does.
    new Paragraph({ ...OFF_GRID_STYLE, spacing: exactLine(before) }),
    new Table({
      rows: [new TableRow({ children: cells })],
      columnWidths: widths,
      width: cellWidth(widths.reduce((a, b) => a + b, 0)),
      alignment: AlignmentType.CENTER,
      borders: NO_BORDERS,
    }),
  ];
}

function documentNumber(header: Header): Paragraph[] {
  const rule = {
    bottom: { style: BorderStyle.SINGLE, color: RED.hex, size: borderEighths(HEADER.ruleThicknessMm), space: Math.round(mmToPt(HEADER.ruleBelowNumberMm)) },
  };
  // With the line as tall as the glyph (and off the line grid), the border's space is the distance from the number to the rule.
  const options = { ...OFF_GRID_STYLE, border: rule, spacing: exactLine(ptToTwip(BODY_SIZE_PT)) };
  if (!header.documentNumber) return [new Paragraph(options)];
  return [...blankLines(HEADER.linesBeforeNumber), aligned([new TextRun(header.documentNumber)], 'center', options)];
}

/** The header block; `linesAbove` lines (an annex label) already stand on the page. */
export function headerBlock(header: Header, linesAbove: number): (Paragraph | Table)[] {
  const top = topLines(header);
  const before = spaceBeforeMark(linesAbove + top.length);
  const mark = header.issuers.length > 1 ? jointMark(header, before) : [singleMark(header, before)];
  return [...top, ...mark, ...documentNumber(header)];
}
