/**
 * One seal under a signature block taller than it can cover (GB/T 9704
 * §7.3.5.1): with its top within one line under the text, a seal on three lines
 * above the date reaches only the date's upper edge, on four it misses the
 * date. check warns at the seal, in Chinese with English, and names the
 * columns that set the names in a row; a block the seal covers is not warned.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../../src/pipeline';
import type { Problem } from '../../src/campaign/problem';
import { tempDir } from '../helpers/cli';

const dir = tempDir('gongwen-seal-reach-');
copyFileSync(path.resolve(__dirname, '../../campaigns/examples/assets/fuzhou-seal.png'), path.join(dir, 'seal.png'));
let count = 0;
const HEAD = ['kind: notice', 'year: 2026', 'issuers:', '  - name: 福州市人民政府', 'title: 福州市人民政府关于同意命名质量提升示范区的批复', 'addressees: [市市场监督管理局]', 'body:', '  - 此复。', 'signature:', '  date: 2026-03-02', '  seal: seal.png'];
const SEAL_LINE = HEAD.indexOf('  seal: seal.png') + 1;

async function reach(lines: string[]): Promise<Problem[]> {
  const file = path.join(dir, `c${++count}.yaml`);
  writeFileSync(file, [...HEAD, ...lines, ''].join('\n'));
  return (await checkCampaignFile(file)).problems.filter((p) => p.code === 'seal-reach');
}

test('three names under one seal: a warning at the seal, the date only touched, columns named as the fix', async () => {
  const [p, ...rest] = await reach(['  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局]']);
  expect(rest).toEqual([]);
  expect(p).toMatchObject({ severity: 'warning', line: SEAL_LINE, column: 9 });
  expect(p.message).toContain('落款在成文日期之上有 3 行（3 个署名），只盖一个印章');
  expect(p.message).toContain('第7.3.5.1条');
  expect(p.message).toContain('只压到成文日期的上缘');
  expect(p.english).toContain('only reaches the top of the date');
  expect(p.hint).toContain('columns: 3');
});

test('two names and a 代章 note: three lines, warned; four names: the seal misses the date', async () => {
  const [noted] = await reach(['  names: [福州市质量强市工作领导小组办公室, 福州市标准化工作领导小组办公室]', '  note: （福州市市场监督管理局代章）']);
  expect(noted.message).toContain('有 3 行（2 个署名和说明）');
  const [four] = await reach(['  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局, 福州市商务局]']);
  expect(four.message).toContain('压不到成文日期');
  expect(four.english).toContain('misses the date');
});

test('blocks the seal covers are not warned: one or two names, a note under one, three names in a row of columns', async () => {
  expect(await reach([])).toEqual([]);
  expect(await reach(['  names: [福州市人民政府, 福州市市场监督管理局]'])).toEqual([]);
  expect(await reach(['  note: （福州市市场监督管理局代章）'])).toEqual([]);
  expect(await reach(['  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局]', '  columns: 3'])).toEqual([]);
});
