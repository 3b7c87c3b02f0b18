/**
 * A table's last row (a 合计 row) never stands alone on a page under its
 * repeated header: the page before gives up the row above it. Tried at every
 * length of table, so that some length puts the page break just before the
 * last row, in our PDF and in the DOCX's keep-with-next marks.
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

/** One annex per length: a table of `n` numbered rows and a 合计 row, each annex on pages of its own. */
function tables(): Document {
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
      body: [{ type: 'paragraph', indent: 'first', align: 'justify', runs: [{ text: '正文。', font: 'fangsong' }] }],
      annexList: [],
      annexes: LENGTHS.map((n, i) => ({ label: `附件${i + 1}`, title: `${n}行的表`, showTitle: true, content: { kind: 'blocks' as const, blocks: [table(n)] } })),
    },
  };
}

test('our PDF: the page with a 合计 row also holds at least one numbered row of its table', async () => {
  const file = path.join(tempDir('gongwen-last-row-'), 'tables.pdf');
  writeFileSync(file, (await renderPdf(tables())).bytes);
  const pages = readText(file).split('\f');
  const totals = pages.filter((p) => p.includes('合计'));
  expect(totals).toHaveLength(LENGTHS.length);
  // Some length broke its table across pages, else the check proves nothing.
  expect(totals.filter((p) => !p.includes('行的表')).length).toBeGreaterThan(0);
  const alone = totals.filter((p) => !/第\d+行/.test(p)).map((p) => p.replace(/\s+/g, ' ').trim());
  expect(alone).toEqual([]);
});

test('the DOCX: the row above the last keeps with it (every paragraph of that row, of every table), and no other body row does', async () => {
  const xml = (await openDocx(await renderDocx(tables()))).part('word/document.xml');
  const rows = elements(xml, 'w:tr').map((r) => r.body);
  const keeps = rows.filter((r) => elements(r, 'w:p').every((p) => p.body.includes('<w:keepNext/>'))).map((r) => textOf(r).match(/第\d+行|序号/)?.[0]);
  expect(keeps).toEqual(LENGTHS.map((n) => `第${n}行`));
});
