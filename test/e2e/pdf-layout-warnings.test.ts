/** A line the PDF cannot set by the rules is built, and reported where it was written, never silently. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

const LONG = 'a'.repeat(90);
const CAMPAIGN = `kind: notice
year: 2024
theme: 质量强市
scope: 福州市
issuers: [{ name: 福州市质量强市工作领导小组办公室, short: 榕质强市办 }]
addressees: [各县（市）区市场监管局]

body:
  - 请登录质量月网站报名。
  - 网址：https://www.example.gov.cn/${LONG}。
signature:
  date: 2023-09-01
`;

/** The campaign built to PDF (which is written all the same), and its warning of a line broken where no break is allowed. */
async function forcedBreakWarning(campaign: string): Promise<{ file: string; warning: string | undefined }> {
  const dir = tempDir();
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, campaign);
  const out = path.join(dir, 'out');
  const r = await runCli(['build', file, '--format', 'pdf', '--out', out]);
  expect(r.code).toBe(0);
  expect(existsSync(path.join(out, 'campaign.pdf'))).toBe(true);
  return { file, warning: [...r.out, ...r.err].find((l) => l.includes('不可断开处换行')) };
}

test('a web address longer than a line is cut where it must be, with a warning at its line:col', async () => {
  const { file, warning } = await forcedBreakWarning(CAMPAIGN);
  expect(warning).toBeDefined();
  // on line 10, inside the address (after "  - 网址：")
  expect(warning!.startsWith(`${file}:10:`)).toBe(true);
  const column = Number(/:10:(\d+)/.exec(warning!)![1]);
  expect(column).toBeGreaterThan([...'  - 网址：'].length);
  expect(warning).toMatch(/\(the PDF line ".*" breaks where no break is allowed/);
});

const TABLE_CAMPAIGN = `kind: notice
year: 2026
issuers: [{ name: 三明市市场监督管理局, short: 明市监 }]
addressees: [各县（市、区）市场监督管理局]
body:
  - 不合格产品如下。
  - table:
      header: [[序号, 产品名称, 规格型号, 标称生产企业]]
      rows:
        - [1, 燃气灶, JZT2B30GZ4200TWQX1800WMQHN2026, 尤溪县林丰厨具有限公司]
      widths: [1, 2, 2, 8]
signature:
  date: 2026-01-22
`;

// a model number has no joint to break at (a size does: 1220mm×2440mm breaks after its ×, size-breaks.test.ts); this one,
// about 20 ems, is wider than a column is ever raised to hold a piece whole (15 ems)
test('a spec too wide for its table column is reported in the cell, with a wider column as the fix', async () => {
  const { file, warning } = await forcedBreakWarning(TABLE_CAMPAIGN);
  expect(warning).toBeDefined();
  expect(warning!.startsWith(`${file}:10:`)).toBe(true);
  expect(warning).toContain('PDF表格中“JZT2B30');
  expect(warning).toContain('in a table cell');
  // the fix a clerk can make: the column's number in widths, not the text of a product's spec
  expect(warning).toMatch(/提示：把这一列加宽：在表格中写 widths/);
  expect(warning).not.toContain('单独一段');
});

/** A paragraph that leaves nine lines on page 1, then a table whose 14 rows under one merged cell must stand on one page. */
const MERGED_ROWS_CAMPAIGN = `kind: notice
year: 2026
issuers: [{ name: 古田县市场监督管理局, short: 古市监 }]
addressees: [各市场监督管理所]
body:
  - ${'为进一步加强电动自行车产品质量安全监管，'.repeat(12)}
  - table:
      header: [[序号, 产品类别, 检查项目, 检查结果]]
      rows:
        - [1, {text: 电动自行车, rowSpan: 14}, 检查项目1, 合格]
${Array.from({ length: 13 }, (_, i) => `        - [${i + 2}, 检查项目${i + 2}, 合格]`).join('\n')}
  - 请各市场监督管理所对照上表逐项检查，发现问题及时督促企业整改，并于每月5日前报送上月检查情况。
signature:
  date: 2026-01-22
`;

test('a page left short before a table whose merged rows moved on together is reported at the table, with what a clerk can change', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, MERGED_ROWS_CAMPAIGN);
  const r = await runCli(['build', file, '--format', 'pdf', '--out', path.join(dir, 'out')]);
  expect(r.code).toBe(0);
  const warning = [...r.out, ...r.err].find((l) => l.includes('页末空了两行以上'));
  expect(warning).toBeDefined();
  // at the table's header row (line 8), not at 1:1, naming the row by its cells
  expect(warning!.startsWith(`${file}:8:`)).toBe(true);
  expect(warning).toContain('表格的“序号　产品类别　检查项目　检查结果”一行');
  expect(warning).toContain('合并单元格');
  expect(warning).toMatch(/提示：减少合并单元格所跨的行数（rowSpan）/);
});
