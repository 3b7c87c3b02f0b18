/**
 * A table's last row (a 合计 row) never stands alone on a page under its
 * repeated header, and a one-line note after a table (填表人：…) never stands
 * alone on a page after it: the page before gives up the rows above. Tried at
 * every length of table, so that some length puts the page break just there,
 * in our PDF and in the DOCX's keep-with-next marks.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Block, Document, TableCell } from '../../src/document/model';
import { renderPdf } from '../../src/render/pdf';
import { renderDocx } from '../../src/render/docx';
import { tempDir } from '../helpers/cli';
import { readText } from '../helpers/pdf-poppler';
import { elements, openDocx, textOf } from '../helpers/docx-xml';

const cell = (text: string, header = false): TableCell => ({ text, rowSpan: 1, colSpan: 1, align: 'center', header });
const LENGTHS = Array.from({ length: 20 }, (_, i) => 24 + i);
const NOTE = '填表人：　　　　审核人：　　　　联系电话：';
const LONG = '说明：本表由各乡镇人民政府、县经济开发区管委会于每月25日前报送县市场监督管理局，逾期未报送的视为当月无隐患排查整治情况，县工作专班将予以通报。';
const paragraph = (text: string): Block => ({ type: 'paragraph', indent: 'first', align: 'justify', runs: [{ text, font: 'fangsong' }] });

/** One annex per length: a table of `n` numbered rows and a 合计 row, then `after`; each annex on pages of its own. */
function tables(after: Block[] = []): Document {
  const table = (n: number): Block => ({
    type: 'table',
    columns: [1, 4, 2],
    headerRows: 1,
    fontSize: 'small',
    rows: [[cell('序号', true), cell('乡镇', true), cell('数量', true)], ...Array.from({ length: n }, (_, i) => [cell(String(i + 1)), cell(`第${i + 1}行`), cell('')]), [cell('合计'), cell(`共${n}行`), cell('')]],
  });
  return {
    meta: { title: '表格', author: '测试', subject: '', keywords: [], date: '2025-01-01', draft: false },
    notice: {
      body: [paragraph('正文。')],
      annexList: [],
      annexes: LENGTHS.map((n, i) => ({ label: `附件${i + 1}`, title: `${n}行的表`, showTitle: true, content: { kind: 'blocks' as const, blocks: [table(n), ...after] } })),
    },
  };
}

async function pdfPages(doc: Document): Promise<string[]> {
  const file = path.join(tempDir('gongwen-last-row-'), 'tables.pdf');
  writeFileSync(file, (await renderPdf(doc)).bytes);
  return readText(file).split('\f').map((p) => p.replace(/\s+/g, ''));
}

/** The DOCX's table rows whose every paragraph keeps with the next, by the row's text (第N行, 合计…). */
async function keptRows(doc: Document): Promise<string[]> {
  const xml = (await openDocx(await renderDocx(doc))).part('word/document.xml');
  const rows = elements(xml, 'w:tr').map((r) => r.body);
  return rows.filter((r) => elements(r, 'w:p').every((p) => p.body.includes('<w:keepNext/>'))).map((r) => textOf(r).match(/第\d+行|序号|共\d+行/)![0]);
}

test('our PDF: the page with a 合计 row also holds at least one numbered row of its table', async () => {
  const totals = (await pdfPages(tables())).filter((p) => p.includes('合计'));
  expect(totals).toHaveLength(LENGTHS.length);
  // Some length broke its table across pages, else the check proves nothing.
  expect(totals.filter((p) => !p.includes('行的表')).length).toBeGreaterThan(0);
  expect(totals.filter((p) => !/第\d+行/.test(p))).toEqual([]);
});

test('the DOCX: the row above the last keeps with it, in every table, and no other row', async () => {
  expect(await keptRows(tables())).toEqual(LENGTHS.flatMap((n) => [`第${n}行`]));
});

test('our PDF: a one-line note after a table is on a page with rows of the table', async () => {
  const notes = (await pdfPages(tables([paragraph(NOTE)]))).filter((p) => p.includes('填表人'));
  expect(notes).toHaveLength(LENGTHS.length);
  expect(notes.filter((p) => !p.includes('行的表')).length).toBeGreaterThan(0);
  expect(notes.filter((p) => !/第\d+行/.test(p))).toEqual([]);
});

test('the DOCX: the last row keeps with a one-line note after it, not with a paragraph of several lines', async () => {
  expect(await keptRows(tables([paragraph(NOTE)]))).toEqual(LENGTHS.flatMap((n) => [`第${n}行`, `共${n}行`]));
  expect(await keptRows(tables([paragraph(LONG)]))).toEqual(LENGTHS.flatMap((n) => [`第${n}行`]));
});
