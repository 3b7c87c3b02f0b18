import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';
import type { Campaign } from '../../src/campaign/types';
import { addresseeUnits } from '../../src/compose/addressees';
import { checkCampaignFile } from '../../src/pipeline';
import type { LaidOutItem } from '../../src/render/xlsx/form-layout';
import { runCli, tempDir, type CliRun } from '../helpers/cli';
import { elements, openDocx, textOf } from '../helpers/docx-xml';
import { readText } from '../helpers/pdf-poppler';
import { fillReturn, findText, insertRowsLikeExcel, loadSheet, rowOfItem, valueColumnOf, type Filling } from '../helpers/xlsx-returns';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';

const CAMPAIGN = path.resolve(__dirname, '../../campaigns/2018.yaml');
const FIXTURES = path.resolve(__dirname, '../fixtures/forms');

/** The twelve reporting units as they fill in their names, and as the summary heads their columns. */
const UNITS = ['省委宣传部', '福建省发改委', '省卫计委', '省经信委', '省教育厅', '省科技厅', '省公安厅', '人行福州中心支行', '福州海关', '厦门海关', '福州市市场监管局', '福建省质量协会'];
const HEADED = ['省委宣传部', '省发改委', ...UNITS.slice(2)];
const BAD = 3;
const INSERTED = 5;
const NOT_AN_ADDRESSEE = 11;
const COLLECTIVE = ['各设区市质监局', '省质监局直属各单位', '有关部门', '有关联合会', '有关行业协会', '有关企业'];

/** What unit k writes for item i; some cells stay empty. */
function known(k: number, i: number, item: LaidOutItem): Exclude<CellValue, null> | undefined {
  if ((k * 7 + i) % 6 === 0) return undefined;
  switch (item.type) {
    case 'count':
      return (k + 1) * 10 + i;
    case 'amount':
      return Math.round((k + 1) * 125 + i) / 100;
    case 'text':
      return `${UNITS[k]}第${i}项情况`;
    case 'yesno':
      return k % 3 === 0 ? '否' : '是';
  }
}

interface Expected {
  file: string;
  cell?: string;
  /** A phrase of the English message. */
  english: string;
  /** The value left out, as the problems sheet shows it. */
  value?: string;
}

async function checked(file: string): Promise<Campaign> {
  const result = await checkCampaignFile(file);
  if (!result.campaign) throw new Error(JSON.stringify(result.problems));
  return result.campaign;
}

const valueAddress = (sheet: Worksheet, id: string) => sheet.getCell(rowOfItem(sheet, id), valueColumnOf(sheet)).address;

describe('statistics form round trip: build the 2018 form, fill it in for 12 units, collect', () => {
  let campaign: Campaign;
  let items: LaidOutItem[];
  let form: Uint8Array;
  let dir: string;
  let files: string[];
  /** Expected summary value of unit k (as headed) for item i; undefined when empty or left out. */
  const expectedValue = new Map<string, CellValue | undefined>();
  const expected: Expected[] = [];
  let run: CliRun;
  let out: string;

  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  beforeAll(async () => {
    campaign = await checked(CAMPAIGN);
    items = formLayoutsAt(CAMPAIGN, campaign)[0].items;
    [{ bytes: form }] = await formWorkbooksAt(CAMPAIGN, campaign);
    dir = tempDir('gongwen-returns-');
    files = [];

    const counts = items.map((item, i) => ({ item, i })).filter(({ item }) => item.type === 'count');
    const amount = items.findIndex((item) => item.type === 'amount');
    const yesno = items.findIndex((item) => item.type === 'yesno');
    expect(counts.length).toBeGreaterThan(7);
    /** A row with a value whose label the unit edits. */
    const edited = counts.slice(6).find(({ item, i }) => known(BAD, i, item) !== undefined)!.i;

    for (let k = 0; k < UNITS.length; k++) {
      const values = new Map<string, CellValue>();
      items.forEach((item, i) => {
        const value = known(k, i, item);
        expectedValue.set(`${k}/${i}`, value);
        if (value !== undefined) values.set(item.id, value);
      });
      const name = `u${String(k).padStart(2, '0')}.xlsx`;
      const filling: Filling = { unit: UNITS[k], values };
      if (k === BAD) {
        const bad: [number, CellValue, CellValue | undefined, string | undefined][] = [
          [counts[0].i, '约50', undefined, 'is not a number'],
          [counts[1].i, -3, undefined, 'is negative'],
          [counts[2].i, { formula: 'SUM(1,2)', result: 3 } as CellValue, undefined, 'a formula'],
          [counts[3].i, 2.5, undefined, 'is not a whole number'],
          [counts[4].i, '12', 12, undefined],
          [counts[5].i, '１２', 12, undefined],
          [amount, '3.5', 3.5, undefined],
          [yesno, '可能', undefined, 'is not 是 or 否'],
        ];
        filling.edit = (sheet) => {
          for (const [i, value, counted, english] of bad) {
            sheet.getCell(valueAddress(sheet, items[i].id)).value = value;
            expectedValue.set(`${k}/${i}`, counted);
            const shown = typeof value === 'object' ? '=SUM(1,2)' : String(value);
            if (english) expected.push({ file: name, cell: valueAddress(sheet, items[i].id), english, value: shown });
          }
          const label = sheet.getCell(rowOfItem(sheet, items[edited].id), valueColumnOf(sheet) - 1).master;
          label.value = '被改动的项目名称';
          expectedValue.set(`${k}/${edited}`, undefined);
          expected.push({ file: name, cell: label.address, english: 'an edited label', value: String(known(k, edited, items[edited])) });
        };
      }
      if (k === INSERTED) {
        filling.edit = (sheet) => {
          const at = rowOfItem(sheet, items[10].id);
          insertRowsLikeExcel(sheet, at, 2);
          sheet.getCell(at, 3).value = '手工补充项';
          sheet.getCell(at, valueColumnOf(sheet)).value = 77;
          expected.push({ file: name, cell: sheet.getCell(at, valueColumnOf(sheet)).address, english: 'is not an item of the form', value: '77' });
        };
      }
      if (k === NOT_AN_ADDRESSEE) expected.push({ file: name, english: 'is not among the addressees' });
      files.push(write(name, await fillReturn(form, filling)));
    }

    const thousands = new Map(items.filter((i) => i.type === 'count').map((i) => [i.id, 1000]));
    files.push(write('dup.xlsx', await fillReturn(form, { unit: '省委宣传部', values: thousands })));
    expected.push({ file: 'dup.xlsx', english: '省委宣传部 already returned in' });

    files.push(write('no-unit.xlsx', await fillReturn(form, { values: thousands })));
    const { sheet } = await loadSheet(form);
    const filler = findText(sheet, '填表单位：');
    expected.push({ file: 'no-unit.xlsx', cell: sheet.getCell(filler.row, filler.col + 1).address, english: 'the unit name is missing' });

    const [{ bytes: form2017 }] = await formWorkbooksAt(CAMPAIGN, { ...campaign, year: 2017 });
    files.push(write('2017.xlsx', await fillReturn(form2017, { unit: '省教育厅', values: thousands })));
    expected.push({ file: '2017.xlsx', english: 'a return of the 2017 form, not the 2018 one' });

    const [{ bytes: otherForm }] = await formWorkbooksAt(path.join(FIXTURES, 'fixture.yaml'), await checked(path.join(FIXTURES, 'fixture.yaml')));
    files.push(write('other.xlsx', await fillReturn(otherForm, { unit: '省科技厅' })));
    expected.push({ file: 'other.xlsx', english: "another campaign's form" });

    const whole = await fillReturn(form, { unit: '省林业厅', values: thousands });
    files.push(write('damaged.xlsx', whole.subarray(0, whole.length >> 1)));
    expected.push({ file: 'damaged.xlsx', english: 'damaged file' });

    copyFileSync(path.join(FIXTURES, 'password.xlsx'), path.join(dir, 'password.xlsx'));
    files.push(path.join(dir, 'password.xlsx'));
    expected.push({ file: 'password.xlsx', english: 'password-protected' });

    copyFileSync(path.join(FIXTURES, 'old-format.xls'), path.join(dir, 'old-format.xls'));
    files.push(path.join(dir, 'old-format.xls'));
    expected.push({ file: 'old-format.xls', english: 'an old .xls workbook' });

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['填表单位：', '省水利厅']);
    files.push(write('not-a-form.xlsx', new Uint8Array(await plain.xlsx.writeBuffer())));
    expected.push({ file: 'not-a-form.xlsx', english: 'not a workbook made by gongwen' });

    files.push(path.join(dir, 'missing.xlsx'));
    expected.push({ file: 'missing.xlsx', english: 'cannot read the file: ENOENT' });

    out = path.join(dir, 'summary', '汇总.xlsx');
    run = await runCli(['collect', CAMPAIGN, ...files, '--out', out, '--report', 'docx,pdf']);
  });

  test('exit 1: some returns had problems, the others are summed', () => {
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(run.err.slice(-3)).toEqual([out, out.replace(/xlsx$/, 'docx'), out.replace(/xlsx$/, 'pdf')].map((f) => `已生成 (written) ${f}`));
  });

  test('the report (DOCX and PDF) has a column per unit with its answers (text too) and the total, who has not reported, and every problem with file and cell', async () => {
    const { workbook } = await loadSheet(readFileSync(out));
    const sheet = workbook.getWorksheet('汇总')!;
    const total = findText(sheet, '合计');
    const docx = await openDocx(readFileSync(out.replace(/xlsx$/, 'docx')));
    const tables = elements(docx.part('word/document.xml'), 'w:tbl').map((t) => elements(t.body, 'w:tr').map((r) => elements(r.body, 'w:tc').map((c) => textOf(c.body))));
    const valueTables = tables.filter((rows) => rows[0].includes(HEADED[0]) || rows[0].includes('合计'));
    // Every unit heads one column, in addressee order, the total last; the labels repeat on each table.
    expect(valueTables.flatMap((rows) => rows[0].slice(-rows[0].filter((h) => HEADED.includes(h) || h === '合计').length))).toEqual([...HEADED, '合计']);
    expect(valueTables.length).toBeGreaterThan(1); // twelve units do not fit one page's width
    expect(docx.part('word/document.xml')).toContain('w:orient="landscape"');
    const last = valueTables.at(-1)!;
    items.forEach((item, i) => {
      const got = sheet.getCell(total.row + 1 + i, total.col).value;
      const printed = item.type === 'amount' ? Number(got).toFixed(2) : got === null ? '—' : String(got);
      expect(last[1 + i].at(-1)).toBe(printed);
    });
    const text = items.findIndex((item) => item.type === 'text');
    const answers = valueTables.flatMap((rows) => rows[1 + text]);
    UNITS.forEach((unit, k) => {
      if (expectedValue.get(`${k}/${text}`) !== undefined) expect(answers).toContain(`${unit}第${text}项情况`);
    });
    const problems = tables.find((rows) => rows[0].includes('文件!单元格'))!;
    expect(problems.slice(1).map((r) => r[1]).sort()).toEqual(expected.map((e) => path.join(dir, e.file) + (e.cell ? `!${e.cell}` : '')).sort());
    const pdf = readText(out.replace(/xlsx$/, 'pdf')).replace(/\s+/g, '');
    expect(pdf).toContain('福建省2018年“质量月”活动情况统计表（汇总）');
    expect(pdf).toContain(`已报送单位${UNITS.length}个`);
    expect(pdf).toMatch(/二、未报送单位\d+个：/);
    expect(pdf).toContain('、团省委、');
    expect(pdf).toContain(`三、问题清单共${expected.length}个问题`);
    expect(pdf).toContain('厦门海关第');
  });

  test('every problem is printed once as FILE!CELL  severity  message (English)  提示：hint', () => {
    const lines = run.err.filter((l) => l.startsWith(dir));
    expect(lines).toHaveLength(expected.length);
    for (const e of expected) {
      const where = path.join(dir, e.file) + (e.cell ? `!${e.cell}` : '');
      const line = lines.find((l) => l.startsWith(`${where}  `) && l.includes(e.english));
      expect({ where, english: e.english, line }).toEqual({ where, english: e.english, line: expect.stringMatching(/ {2}(错误|警告) {2}.+ \(.+\) {2}提示：.+$/) });
    }
  });

  test('the problems sheet lists the same problems, with the values left out', async () => {
    const { workbook } = await loadSheet(readFileSync(out));
    const rows = workbook.getWorksheet('问题')!.getSheetValues().slice(2) as CellValue[][];
    const listed = rows.map((r) => `${path.basename(String(r[1]))}!${r[2] ?? ''} ${r[7] ?? ''}`).sort();
    expect(listed).toEqual(expected.map((e) => `${e.file}!${e.cell ?? ''} ${e.value ?? ''}`).sort());
  });

  test('the summary has one column per unit in addressee order and a total; every value and total is right', async () => {
    const { workbook } = await loadSheet(readFileSync(out));
    const sheet = workbook.getWorksheet('汇总')!;
    const total = findText(sheet, '合计');
    const first = total.col - UNITS.length;
    const headers = Array.from({ length: UNITS.length }, (_, k) => sheet.getCell(total.row, first + k).value);
    expect(headers).toEqual(HEADED);
    const { sheet: formSheet } = await loadSheet(form);
    items.forEach((item, i) => {
      const row = total.row + 1 + i;
      const formRow = rowOfItem(formSheet, item.id);
      for (let c = 1; c < first; c++) expect(sheet.getCell(row, c).value).toBe(formSheet.getCell(formRow, c + 1).value);
      const column = UNITS.map((_, k) => expectedValue.get(`${k}/${i}`));
      UNITS.forEach((_, k) => expect({ item: i, unit: k, value: sheet.getCell(row, first + k).value }).toEqual({ item: i, unit: k, value: column[k] ?? null }));
      const got = sheet.getCell(row, total.col).value;
      if (item.type === 'count' || item.type === 'amount') {
        const sum = column.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
        expect(got).toBeCloseTo(sum, 6);
        if (item.type === 'count') expect(got).toBe(sum);
      } else if (item.type === 'yesno') {
        expect(got).toBe(`是 ${column.filter((v) => v === '是').length}，否 ${column.filter((v) => v === '否').length}`);
      } else {
        expect(got).toBeNull();
      }
    });
  });

  test('the 未报送 sheet lists every addressee without a return, and the collective ones apart', async () => {
    const { workbook } = await loadSheet(readFileSync(out));
    const rows = (workbook.getWorksheet('未报送')!.getSheetValues().slice(2) as CellValue[][]).map((r) => [r[2], r[3]]);
    // Unit names in full are compose/addressees' job (unit-tested there): 省 + 团省委 stays 团省委.
    const all = (campaign.addressees ?? []).flatMap(addresseeUnits);
    const missing = all.filter((a) => !COLLECTIVE.includes(a) && !HEADED.includes(a));
    expect(missing.length).toBe(all.length - COLLECTIVE.length - (HEADED.length - 1));
    expect(rows).toEqual([...missing.map((a) => [a, '未报送']), ...COLLECTIVE.map((a) => [a, '泛指多个单位，无法逐一核对'])]);
  });
});

describe('gongwen collect exit codes', () => {
  let form: Uint8Array;
  let dir: string;
  beforeAll(async () => {
    [{ bytes: form }] = await formWorkbooksAt(CAMPAIGN, await checked(CAMPAIGN));
    dir = tempDir('gongwen-collect-');
  });

  test('exit 0 for clean returns; a folder stands for the workbooks in it (not Excel lock files); same returns, same bytes', async () => {
    const folder = path.join(dir, 'clean');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.xlsx'), await fillReturn(form, { unit: '福州海关' }));
    writeFileSync(path.join(folder, 'b.xlsx'), await fillReturn(form, { unit: '厦门海关' }));
    writeFileSync(path.join(folder, '~$a.xlsx'), 'lock');
    const out = path.join(dir, 'clean.xlsx');
    const r = await runCli(['collect', CAMPAIGN, folder, '--out', out]);
    expect(r.err).toEqual([expect.stringContaining('已汇总 2 个单位，0 个问题'), `已生成 (written) ${out}`]);
    expect(r.code).toBe(0);
    const again = path.join(dir, 'again.xlsx');
    await runCli(['collect', CAMPAIGN, folder, '--out', again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  test('exit 2 and nothing written when no return can be counted', async () => {
    const out = path.join(dir, 'none.xlsx');
    const r = await runCli(['collect', CAMPAIGN, path.join(FIXTURES, 'password.xlsx'), path.join(dir, 'nope.xlsx'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err.at(-1)).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  test('exit 2 for a campaign without a form annex, or without returns', async () => {
    const noForm = await runCli(['collect', path.resolve(__dirname, '../../campaigns/2023.yaml'), path.join(dir, 'x.xlsx')]);
    expect(noForm.code).toBe(2);
    expect(noForm.err.join('\n')).toContain('--form');
    expect((await runCli(['collect', CAMPAIGN])).code).toBe(2);
  });
});
