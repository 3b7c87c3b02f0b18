/**
 * A form's fill-in workbook (src/render/xlsx) printed as the notice prints the form: putian-2026's statistics form,
 * read back from the XLSX with exceljs. Its title row prints the title as the annex page does, a title of two
 * characters spaced out (回执 → 回　执, src/style/spaced-title.ts), while the sheet's name and the identity a return
 * is matched by keep the title as written. Each item's row, whose 填报情况 cell is left blank to be written in, is
 * 12 mm tall at least, as in the PDF and DOCX (TABLE.writingRowMm, test/e2e/handwriting-rows); the header row, with
 * nothing to write in, keeps the height of a row of text.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { arrange } from '../../src/arrange';
import { documentFromFile } from '../../src/pipeline';
import { tempDir } from '../helpers/cli';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';
import { loadSheet } from '../helpers/xlsx-returns';
import { ID_COLUMN, TABLE_TOP_ROW, TITLE_ROW, sheetColumn } from '../../src/render/xlsx/sheet-layout';
import { MM } from '../helpers/pdf-geometry';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const TITLE = '2026年民生计量监督专项检查情况统计表';
const source = readFileSync(path.join(EXAMPLES, 'putian-2026.yaml'), 'utf8');
const dir = tempDir('gongwen-xlsx-as-printed-');

beforeAll(() => cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true }));

/** putian-2026 with its form titled `title`: the form's title as the annex page prints it, its workbook's sheet, its layout. */
async function formTitled(name: string, title: string) {
  const file = path.join(dir, `${name}.yaml`);
  expect(source).toContain(`    title: ${TITLE}\n`);
  writeFileSync(file, source.replace(`    title: ${TITLE}\n`, `    title: ${title}\n`));
  const built = await documentFromFile(file);
  const [workbook] = await formWorkbooksAt(file, built.campaign!);
  const [layout] = formLayoutsAt(file, built.campaign!);
  const index = built.document!.notice.annexes.findIndex((a) => a.title === title);
  return { printed: arrange(built.document!).annexes[index].title, sheet: (await loadSheet(workbook.bytes)).sheet, layout };
}

describe('the title row prints the form title as the annex page does', () => {
  test('回执: printed 回　执 on the annex page and in the title row; the sheet and the identity keep 回执', async () => {
    const { printed, sheet, layout } = await formTitled('receipt', '回执');
    expect(printed).toEqual(['回　执']);
    expect(sheet.getCell(TITLE_ROW, sheetColumn(0)).value).toBe('回　执');
    expect(sheet.name).toBe('回执');
    expect(layout.identity.title).toBe('回执');
  });

  test('a longer title: as written in both', async () => {
    const { printed, sheet } = await formTitled('stats', TITLE);
    expect(printed).toEqual([TITLE]);
    expect(sheet.getCell(TITLE_ROW, sheetColumn(0)).value).toBe(TITLE);
  });
});

describe('rows left blank for handwriting', () => {
  const WRITING_ROW_MM = 12;
  /** A row of one line of 小四 text as the workbook sizes it (sheet-style rowHeight): 12 pt × 1.4 and 6 pt of padding. */
  const TEXT_ROW_PT = 12 * 1.4 + 6;

  test("each item's row is 12 mm tall, or taller where its label wraps; the header row keeps a text row's height", async () => {
    const { sheet, layout } = await formTitled('rows', TITLE);
    const heightMm = (row: number) => sheet.getRow(row).height * MM.pt;
    expect(sheet.getCell(TABLE_TOP_ROW, ID_COLUMN).value).toBe('#header');
    expect(sheet.getRow(TABLE_TOP_ROW).height).toBeCloseTo(TEXT_ROW_PT, 6);
    const rows = layout.items.map((item, i) => {
      const row = TABLE_TOP_ROW + layout.table.headerRows + i;
      expect(sheet.getCell(row, ID_COLUMN).value).toBe(item.id);
      return heightMm(row);
    });
    expect(rows).toHaveLength(9);
    for (const mm of rows) expect(mm).toBeGreaterThanOrEqual(WRITING_ROW_MM);
    // the rows whose label fits one line are 12 mm to a hundredth of a point (34.02 pt); those of two lines, 39.6 pt
    const exact = rows.filter((mm) => mm < WRITING_ROW_MM + 0.01);
    expect(exact.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((mm) => mm >= WRITING_ROW_MM + 0.01).every((mm) => Math.abs(mm - (2 * 12 * 1.4 + 6) * MM.pt) < 0.001)).toBe(true);
  });
});
