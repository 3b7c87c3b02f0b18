import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../../src/pipeline';
import { MARKER_SHEET } from '../../src/render/xlsx/form-marker';
import { formWorkbooksAt } from '../helpers/forms-at';

const ROOT = path.resolve(__dirname, '../..');
const REFERENCE = path.join(ROOT, 'test/fixtures/xlsx-reference');

/** Everything a spreadsheet program takes from a workbook, as exceljs reads it back. */
async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const { title, subject, creator, lastModifiedBy, created, modified } = workbook;
  // exceljs reads these into every sheet but its typings leave them out.
  type ReadSheet = ExcelJS.Worksheet & { dataValidations: { find(address: string): unknown }; sheetProtection: { sheet?: boolean } | undefined };
  const sheets = (workbook.worksheets as ReadSheet[]).map((sheet) => {
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        cells.push({
          address: cell.address,
          value: cell.value,
          type: cell.type,
          master: cell.master.address,
          style: cell.style,
          validation: sheet.dataValidations.find(cell.address),
        });
      }
      rows.push({ height: row.height, hidden: row.hidden, cells });
    }
    const columns = [];
    for (let c = 1; c <= sheet.columnCount; c++) columns.push({ width: sheet.getColumn(c).width, hidden: sheet.getColumn(c).hidden });
    // exceljs writes Excel 2010's row descent hint (x14ac:dyDescent) as a constant; we do not write it.
    const { dyDescent, ...properties } = sheet.properties;
    return {
      name: sheet.name,
      state: sheet.state,
      views: sheet.views,
      columns,
      rows,
      merges: [...(sheet.model as { merges: string[] }).merges].sort(),
      // The marker sheet is very hidden and never printed: exceljs gave it a default page setup, we give it none.
      pageSetup: sheet.name === MARKER_SHEET ? undefined : sheet.pageSetup,
      protection: sheet.sheetProtection,
      dimensions: sheet.dimensions.range,
      properties: { ...properties, dyDescent: typeof dyDescent },
    };
  });
  return { properties: { title, subject, creator, lastModifiedBy, created, modified }, sheets };
}

describe.each([
  ['campaigns/2018.yaml', '2018-stats.xlsx'],
  ['campaigns/examples/zhangzhou-2025.yaml', 'zhangzhou-2025-stats.xlsx'],
])('the fill-in workbook of %s', (campaignFile, reference) => {
  test(`reads back as the one exceljs wrote (${reference}): cells, styles, merges, sizes, validation, print setup`, async () => {
    const file = path.join(ROOT, campaignFile);
    const [{ bytes }] = await formWorkbooksAt(file, (await checkCampaignFile(file)).campaign!);
    const [ours, theirs] = await Promise.all([readBack(bytes), readBack(readFileSync(path.join(REFERENCE, reference)))]);
    // The comparison covers something: typed, validated, merged, bordered cells on a printable, protected sheet.
    const form = ours.sheets[0];
    expect(form.rows.length).toBeGreaterThan(10);
    expect(form.merges.length).toBeGreaterThan(5);
    expect(form.rows.flatMap((r) => r.cells).filter((c) => c.validation).length).toBeGreaterThan(5);
    expect(form.pageSetup?.printArea).toBeTruthy();
    expect(form.protection?.sheet).toBe(true);
    expect(ours).toEqual(theirs);
  });
});
