import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Campaign } from '../../src/campaign/types';
import { checkCampaignFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';
import { fillReturn, findText, loadSheet } from '../helpers/xlsx-returns';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';

const CAMPAIGN = path.resolve(__dirname, '../../campaigns/2018.yaml');

/** LibreOffice headless with a private profile, converting `file` into `dir` as `format`. */
function soffice(file: string, format: string, dir: string): string {
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return path.join(dir, `${path.basename(file, path.extname(file))}.${format.split(':')[0]}`);
}

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inOrder = (text: string, chars: string) => new RegExp([...chars].map(escape).join('.*?'), 's').test(text);

describe('the fill-in workbook in a real spreadsheet program (LibreOffice)', () => {
  let campaign: Campaign;
  let form: Uint8Array;
  let dir: string;
  beforeAll(async () => {
    const checked = await checkCampaignFile(CAMPAIGN);
    campaign = checked.campaign!;
    [{ bytes: form }] = await formWorkbooksAt(CAMPAIGN, campaign);
    dir = tempDir('gongwen-lo-');
  });

  test('converts to an A4 PDF whose text has the title, filler line, header and the labels', async () => {
    const workbook = path.join(dir, 'form.xlsx');
    writeFileSync(workbook, form);
    const pdf = soffice(workbook, 'pdf', dir);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = squeeze(execFileSync('pdftotext', [pdf, '-']).toString());
    const { sheet } = await loadSheet(form);
    expect(text).toContain(squeeze(String(sheet.getCell('B1').value)));
    for (const fixed of ['填表单位：', '（盖章）', '项目', '填报情况']) expect(text).toContain(fixed);
    // Item labels short enough for one line of their wide column come out whole; group labels wrap
    // in their narrow columns, interleaved with their neighbours, so their characters come in order.
    const items = formLayoutsAt(CAMPAIGN, campaign)[0].items;
    const oneLine = new Set(items.map((i) => i.labels.at(-1)!).filter((l) => [...l].length <= 14));
    expect(oneLine.size).toBeGreaterThan(30);
    for (const label of oneLine) expect({ label, found: text.includes(squeeze(label)) }).toEqual({ label, found: true });
    const groups = new Set(items.flatMap((i) => i.labels.slice(0, -1)).filter((l) => !oneLine.has(l)));
    expect(groups.size).toBeGreaterThan(10);
    for (const label of groups) expect({ label, found: inOrder(text, squeeze(label)) }).toEqual({ label, found: true });
    // The hidden id column and the marker sheet are not printed.
    expect(text).not.toMatch(/q[0-9a-f]{12}|#filler|gongwen-form/);
  });

  test('a return filled in and saved again by LibreOffice is read back with all its values', async () => {
    const items = formLayoutsAt(CAMPAIGN, campaign)[0].items;
    const values = new Map(items.map((item, i) => [item.id, item.type === 'text' ? `情况${i}` : item.type === 'yesno' ? '是' : i + 0.5 * Number(item.type === 'amount')]));
    const filled = path.join(dir, 'filled.xlsx');
    writeFileSync(filled, await fillReturn(form, { unit: '省教育厅', values }));
    const savedDir = path.join(dir, 'saved');
    const saved = soffice(filled, 'xlsx', savedDir);
    expect(readFileSync(saved).equals(readFileSync(filled))).toBe(false);
    const out = path.join(dir, 'summary.xlsx');
    const r = await runCli(['collect', CAMPAIGN, saved, '--out', out]);
    expect(r.err[0]).toContain('已汇总 1 个单位，0 个问题');
    expect(r.code).toBe(0);
    const { workbook } = await loadSheet(readFileSync(out));
    const summary = workbook.getWorksheet('汇总')!;
    const total = findText(summary, '合计');
    items.forEach((item, i) => expect(summary.getCell(total.row + 1 + i, total.col - 1).value).toBe(values.get(item.id)));
  });
});

test('a filler line worded longer than its column (填报单位（盖章）：) is printed whole, not cut at the hidden column', async () => {
  const file = path.resolve(__dirname, '../../campaigns/examples/zhangzhou-2025.yaml');
  const [{ bytes }] = await formWorkbooksAt(file, (await checkCampaignFile(file)).campaign!);
  const dir = tempDir('gongwen-lo-filler-');
  const workbook = path.join(dir, 'filler.xlsx');
  writeFileSync(workbook, bytes);
  const text = squeeze(execFileSync('pdftotext', [soffice(workbook, 'pdf', dir), '-']).toString());
  const title = text.indexOf('活动情况统计表');
  const header = text.indexOf('项目');
  expect(title).toBeGreaterThanOrEqual(0);
  // Between the title and the table's header: the filler wrapped in its column, its characters in order.
  expect(inOrder(text.slice(title, header), '填报单位（盖章）：')).toBe(true);
});

test('LibreOffice prints the workbook exactly as it printed the one exceljs wrote (test/fixtures/xlsx-reference)', async () => {
  const dir = tempDir('gongwen-lo-reference-');
  const [{ bytes }] = await formWorkbooksAt(CAMPAIGN, (await checkCampaignFile(CAMPAIGN)).campaign!);
  // Same file name in two folders: the printed PDFs differ only where the sheets do.
  const pages = (name: string, data: Uint8Array) => {
    const folder = path.join(dir, name);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'form.xlsx'), data);
    const pdf = soffice(path.join(folder, 'form.xlsx'), 'pdf', folder);
    execFileSync('pdftoppm', ['-r', '50', '-gray', pdf, path.join(folder, 'page')]);
    return readdirSync(folder)
      .filter((f) => f.startsWith('page'))
      .sort()
      .map((f) => readFileSync(path.join(folder, f)));
  };
  const ours = pages('ours', bytes);
  const theirs = pages('exceljs', readFileSync(path.resolve(__dirname, '../fixtures/xlsx-reference/2018-stats.xlsx')));
  // 2018's item rows are 34.02 pt (12 mm) tall to write in, where they were 22.8 pt on two pages
  expect(ours.length).toBe(3);
  expect(ours.length).toBe(theirs.length);
  ours.forEach((page, i) => expect(page.equals(theirs[i])).toBe(true));
});
