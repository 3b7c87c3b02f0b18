import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from 'exceljs';
import { checkZipSizes, MAX_RETURN_BYTES, MAX_UNZIPPED_BYTES } from '../../src/collect/zip-limits';
import { checkCampaignFile } from '../../src/pipeline';
import type { LaidOutItem } from '../../src/render/xlsx/form-layout';
import { runCli, tempDir } from '../helpers/cli';
import { fillReturn, valueColumnOf } from '../helpers/xlsx-returns';
import { zipBomb } from '../helpers/zip-bomb';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';

const CAMPAIGN = path.resolve(__dirname, '../fixtures/forms/fixture.yaml');
const MAIN = path.resolve(__dirname, '../../dist/src/cli/main.js');

/** `collect` in a process of its own, with its exit code, what it printed and its peak resident memory. */
function collectInProcess(args: string[]): { code: number; err: string; peakMb: number } {
  const script = [
    `const { main } = require(${JSON.stringify(MAIN)});`,
    'const err = [];',
    `main(['collect', ...${JSON.stringify(args)}], { out() {}, err: (l) => err.push(l) })`,
    '.then((code) => console.log(JSON.stringify({ code, err: err.join("\\n"), maxRssKb: process.resourceUsage().maxRSS })));',
  ].join('');
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const r = JSON.parse(child.stdout) as { code: number; err: string; maxRssKb: number };
  return { code: r.code, err: r.err, peakMb: r.maxRssKb / 1024 };
}

describe('collect checks a return before parsing it', () => {
  let dir: string;
  let form: Uint8Array;
  let items: LaidOutItem[];
  let clean: string;

  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const count = () => items.find((i) => i.type === 'count')!;
  const filled = (unit: string, value: CellValue) => fillReturn(form, { unit, values: new Map([[count().id, value]]) });

  beforeAll(async () => {
    const { campaign } = await checkCampaignFile(CAMPAIGN);
    [{ bytes: form }] = await formWorkbooksAt(CAMPAIGN, campaign!);
    items = formLayoutsAt(CAMPAIGN, campaign!)[0].items;
    dir = tempDir('gongwen-limits-');
    clean = write('clean.xlsx', await filled('省委宣传部', 5));
  });

  test('a 2 MB zip that inflates to 2 GB is refused from its directory, in little memory', () => {
    const bomb = write('bomb.xlsx', zipBomb(2048));
    const run = collectInProcess([CAMPAIGN, clean, bomb, '--out', path.join(dir, 'bomb-summary.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${bomb}  错误  文件解压后有 2048.0 MB，超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024}.0 MB 的上限`);
    expect(run.peakMb).toBeLessThan(300);
  });

  test('a bomb that declares a small size is stopped where its output passes the declared size', () => {
    expect(checkZipSizes(zipBomb(2048, 1000))).toEqual({ ok: false, reason: 'damaged' });
    expect(checkZipSizes(zipBomb(3))).toEqual({ ok: true });
    expect(checkZipSizes(zipBomb(3, 3 * (1 << 20) - 1))).toEqual({ ok: false, reason: 'damaged' });
  });

  test('a FIFO named .xlsx is a problem, not a hang; so is a file over the size limit', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const huge = path.join(dir, 'huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_RETURN_BYTES + 1);
    const run = await runCli(['collect', CAMPAIGN, clean, fifo, huge, '--out', path.join(dir, 'fifo-summary.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${fifo}  错误  不是普通文件（可能是文件夹、管道或设备） (not a regular file (a folder, pipe or device))  提示：只放报送的 .xlsx 文件`);
    expect(run.err.find((l) => l.startsWith(`${huge}  错误  文件太大（32.0 MB）`))).toBeDefined();
  });

  test('two returns of 1e308 are problems, not an Infinity total', async () => {
    const a = write('big-a.xlsx', await filled('省委宣传部', 1e308));
    const b = write('big-b.xlsx', await filled('省发改委', 1e308));
    const out = path.join(dir, 'big-summary.xlsx');
    const run = await runCli(['collect', CAMPAIGN, a, b, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.err.filter((l) => l.includes('“1e+308”太大，无法精确计算，未计入'))).toHaveLength(2);
    expect(run.err.join('\n')).not.toContain('Infinity');
  });

  test('values each exact but whose total is not: the one that would pass 2⁵³ is left out and named with its cell', async () => {
    const a = write('near-a.xlsx', await filled('省委宣传部', 5e15));
    const b = write('near-b.xlsx', await filled('省发改委', 5e15));
    const run = await runCli(['collect', CAMPAIGN, a, b, '--out', path.join(dir, 'near-summary.xlsx')]);
    expect(run.code).toBe(1);
    const problems = run.err.filter((l) => l.includes('合计太大'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}![A-Z]+\\d+  错误  计入“5000000000000000”后合计太大`));
  });

  test('a number typed with more digits than a double keeps is a problem', async () => {
    const a = write('digits.xlsx', await filled('省委宣传部', '12345678901234567'));
    const run = await runCli(['collect', CAMPAIGN, a, '--out', path.join(dir, 'digits-summary.xlsx')]);
    expect(run.err.find((l) => l.includes('“12345678901234567”超过 15 位有效数字'))).toBeDefined();
  });

  test('200 000 filled rows are read without blowing the stack, and reported as one run of rows', async () => {
    const file = write(
      'rows.xlsx',
      await fillReturn(form, {
        unit: '省教育厅',
        edit: (sheet) => {
          const column = valueColumnOf(sheet);
          const first = sheet.rowCount + 1;
          for (let r = first; r < first + 200_000; r++) sheet.getCell(r, column).value = r;
        },
      }),
    );
    const run = await runCli(['collect', CAMPAIGN, file, '--out', path.join(dir, 'rows-summary.xlsx')]);
    expect(run.code).toBe(1);
    const extra = run.err.filter((l) => l.includes('不是统计表中的项目'));
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatch(/!([A-Z]+)(\d+):\1(\d+)  警告  第(\d+)–(\d+)行（共200000行）不是统计表中的项目/);
  });
});
