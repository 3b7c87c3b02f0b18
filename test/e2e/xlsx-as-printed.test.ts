/**
 * A form's fill-in workbook (src/render/xlsx) printed as the notice prints the form: putian-2026's statistics form,
 * read back from the XLSX with exceljs. Its title row prints the title as the annex page does, a title of two
 * characters spaced out (回执 → 回　执, src/style/spaced-title.ts), while the sheet's name and the identity a return
 * is matched by keep the title as written.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { arrange } from '../../src/arrange';
import { documentFromFile } from '../../src/pipeline';
import { tempDir } from '../helpers/cli';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';
import { loadSheet } from '../helpers/xlsx-returns';
import { TITLE_ROW, sheetColumn } from '../../src/render/xlsx/sheet-layout';

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
