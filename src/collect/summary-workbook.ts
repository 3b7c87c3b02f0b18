import ExcelJS from 'exceljs';
import { SEVERITY_LABEL } from '../campaign/problem';
import { workbookBytes } from './workbook-bytes';
import type { Collection } from './collect-returns';
import { addListSheet } from './list-sheet';
import { addSummarySheet } from './summary-sheet';

/** The summary workbook: 汇总 (totals), 未报送 (addressees without a return), 问题 (every problem found). */
export async function summaryWorkbook(collection: Collection): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${collection.layout.title}（汇总）`;
  addSummarySheet(workbook, collection);
  addListSheet(
    workbook,
    '未报送',
    [['序号', 8], ['主送单位', 40], ['说明', 40]],
    [
      ...collection.notReturned.map((name, i) => [i + 1, name, '未报送']),
      ...collection.collective.map((name, i) => [collection.notReturned.length + i + 1, name, '泛指多个单位，无法逐一核对']),
    ],
  );
  addListSheet(
    workbook,
    '问题',
    [['文件', 30], ['单元格', 8], ['填表单位', 24], ['级别', 6], ['问题', 40], ['Problem', 40], ['原值（未计入）', 16], ['提示', 30]],
    collection.problems.map((p) => [p.file, p.cell ?? '', p.unit ?? '', SEVERITY_LABEL[p.severity], p.message, p.english, p.value ?? '', p.hint]),
  );
  return workbookBytes(workbook, { day: collection.layout.date, author: collection.layout.identity.issuer });
}
