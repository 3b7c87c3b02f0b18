import ExcelJS from 'exceljs';
import { workbookBytes } from '../render/xlsx/workbook-bytes';
import type { Collection } from './collect-returns';
import { addListSheet } from './list-sheet';
import { SEVERITY_LABEL } from '../campaign/problem';
import { addSummarySheet } from './summary-sheet';

/** The summary workbook: 汇总 (totals), 未报送 (addressees without a return), 问题 (every problem found). */
export async function summaryWorkbook(collection: Collection): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = collection.layout.identity.issuer;
  workbook.lastModifiedBy = collection.layout.identity.issuer;
  workbook.title = `${collection.layout.title}（汇总）`;
  addSummarySheet(workbook, collection);
  addListSheet(
    workbook,
    '未报送',
    [
      { header: '序号', width: 8 },
      { header: '主送单位', width: 40 },
      { header: '说明', width: 40 },
    ],
    [
      ...collection.notReturned.map((name, i) => [i + 1, name, '未报送']),
      ...collection.collective.map((name, i) => [collection.notReturned.length + i + 1, name, '泛指多个单位，无法逐一核对']),
    ],
  );
  addListSheet(
    workbook,
    '问题',
    [
      { header: '文件', width: 30 },
      { header: '单元格', width: 8 },
      { header: '填表单位', width: 24 },
      { header: '级别', width: 6 },
      { header: '问题', width: 40 },
      { header: 'Problem', width: 40 },
      { header: '原值（未计入）', width: 16 },
      { header: '提示', width: 30 },
    ],
    collection.problems.map((p) => [p.file, p.cell ?? '', p.unit ?? '', SEVERITY_LABEL[p.severity], p.message, p.english, p.value ?? '', p.hint]),
  );
  return workbookBytes(workbook, collection.layout.date);
}
