import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from 'exceljs';
import { checkCampaignFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';
import { fillReturn, findText, loadSheet, rowOfItem, valueColumnOf } from '../helpers/xlsx-returns';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';

const FIXTURE = path.resolve(__dirname, '../fixtures/forms/fixture.yaml');

describe('collect on the fixture form (labels with an ideographic space, a flat item, 参与人数 under two groups)', () => {
  test('clean returns from two units are read back exactly and summed', async () => {
    const campaign = (await checkCampaignFile(FIXTURE)).campaign!;
    const [{ bytes }] = await formWorkbooksAt(FIXTURE, campaign);
    const { items } = formLayoutsAt(FIXTURE, campaign)[0];
    expect(items.some((i) => i.labels.at(-1)!.includes('\u3000'))).toBe(true);
    const dir = tempDir();
    const fill = (k: number) =>
      new Map<string, CellValue>(items.map((item, i) => [item.id, item.type === 'text' ? `说明${k}` : item.type === 'yesno' ? '是' : (k + 1) * (i + 1) + (item.type === 'amount' ? 0.25 : 0)]));
    const files: string[] = [];
    for (const [k, unit] of ['福州海关', '省教育厅'].entries()) {
      files.push(path.join(dir, `${k}.xlsx`));
      writeFileSync(files[k], await fillReturn(bytes, { unit, values: fill(k) }));
    }
    const out = path.join(dir, 'summary.xlsx');
    const r = await runCli(['collect', FIXTURE, ...files, '--out', out]);
    expect(r.err[0]).toContain('已汇总 2 个单位，0 个问题');
    expect(r.code).toBe(0);
    const { workbook } = await loadSheet(readFileSync(out));
    const sheet = workbook.getWorksheet('汇总')!;
    const total = findText(sheet, '合计');
    // Addressee order: 省教育厅 comes before 福州海关.
    expect([sheet.getCell(total.row, total.col - 2).value, sheet.getCell(total.row, total.col - 1).value]).toEqual(['省教育厅', '福州海关']);
    items.forEach((item, i) => {
      const row = total.row + 1 + i;
      const [education, customs] = [fill(1).get(item.id), fill(0).get(item.id)];
      expect([sheet.getCell(row, total.col - 2).value, sheet.getCell(row, total.col - 1).value]).toEqual([education, customs]);
      const expected = typeof education === 'number' && typeof customs === 'number' ? education + customs : item.type === 'yesno' ? '是 2，否 0' : null;
      expect(sheet.getCell(row, total.col).value).toBe(expected);
    });
    // Not returned: the other individual addressees; 各设区市质监局 and 有关企业 stand apart.
    const missing = (workbook.getWorksheet('未报送')!.getSheetValues().slice(2) as CellValue[][]).map((row) => `${row[2]}:${row[3]}`);
    expect(missing).toEqual(['省委宣传部:未报送', '省发改委:未报送', '厦门海关:未报送', '福州市市场监管局:未报送', '平潭综合实验区市场监管局:未报送', '各设区市质监局:泛指多个单位，无法逐一核对', '有关企业:泛指多个单位，无法逐一核对']);
  });
});

test('a copied row is left out, a deleted row reported', async () => {
  const campaign = (await checkCampaignFile(FIXTURE)).campaign!;
  const [{ bytes }] = await formWorkbooksAt(FIXTURE, campaign);
  const { items } = formLayoutsAt(FIXTURE, campaign)[0];
  const [first, last] = [items[0], items.at(-1)!];
  const dir = tempDir();
  const file = path.join(dir, 'r.xlsx');
  let copied = '';
  const filled = await fillReturn(bytes, {
    unit: '省教育厅',
    values: new Map([[first.id, 3]]),
    edit: (sheet) => {
      const lastRow = rowOfItem(sheet, last.id);
      sheet.spliceRows(lastRow, 1);
      const copy = sheet.getRow(lastRow + 2);
      copy.getCell(1).value = first.id;
      copy.getCell(valueColumnOf(sheet)).value = 40;
      copied = copy.getCell(valueColumnOf(sheet)).address;
    },
  });
  writeFileSync(file, filled);
  const out = path.join(dir, 'summary.xlsx');
  const r = await runCli(['collect', FIXTURE, file, '--out', out]);
  expect(r.code).toBe(1);
  expect(r.err.slice(0, 2)).toEqual([
    expect.stringMatching(new RegExp(`^${file}!${copied}  错误  .*\\(the same item as row \\d+; this row is left out\\)`)),
    `${file}  警告  缺少项目“其他情况” (an item row was deleted)  提示：请勿删除统计表的行`,
  ]);
  const { workbook } = await loadSheet(readFileSync(out));
  const sheet = workbook.getWorksheet('汇总')!;
  const total = findText(sheet, '合计');
  expect(sheet.getCell(total.row + 1, total.col).value).toBe(3);
});

test('two form annexes: --form chooses one; a return of an earlier version of the form is refused', async () => {
  const dir = tempDir();
  const twoForms = path.join(dir, 'two.yaml');
  const second = ['  - id: stats2', '    kind: form', '    title: 第二张表', '    rows:', '      - { item: 次数, unit: 次, type: count }', ''].join('\n');
  writeFileSync(twoForms, `${readFileSync(FIXTURE, 'utf8')}${second}`);
  const campaign = (await checkCampaignFile(twoForms)).campaign!;
  const [{ bytes }] = await formWorkbooksAt(twoForms, campaign);
  const earlier = structuredClone(campaign);
  const stats = earlier.annexes!.find((a) => a.id === 'stats')!;
  if (stats.kind !== 'form') throw new Error('no form');
  stats.rows.pop();
  const [{ bytes: earlierBytes }] = await formWorkbooksAt(twoForms, earlier);
  const current = path.join(dir, 'current.xlsx');
  const old = path.join(dir, 'old.xlsx');
  writeFileSync(current, await fillReturn(bytes, { unit: '省教育厅' }));
  writeFileSync(old, await fillReturn(earlierBytes, { unit: '福州海关' }));

  const unchosen = await runCli(['collect', twoForms, current]);
  expect(unchosen.code).toBe(2);
  expect(unchosen.err).toEqual([expect.stringContaining('--form): stats, stats2')]);
  const chosen = await runCli(['collect', twoForms, current, old, '--form', 'stats', '--out', path.join(dir, 's.xlsx')]);
  expect(chosen.code).toBe(1);
  expect(chosen.err[0]).toBe(`${old}  错误  统计表的项目与活动文件中的表不一致（表已修改过） (the form's rows differ from the campaign's form)  提示：请报送单位用下发的统计表重新填写后报送`);
  expect(chosen.err[1]).toContain('已汇总 1 个单位，1 个问题');
});
