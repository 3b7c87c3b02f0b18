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

test('a web address longer than a line is cut where it must be, with a warning at its line:col', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, CAMPAIGN);
  const out = path.join(dir, 'out');
  const r = await runCli(['build', file, '--format', 'pdf', '--out', out]);
  expect(r.code).toBe(0);
  expect(existsSync(path.join(out, 'campaign.pdf'))).toBe(true);
  const warning = [...r.out, ...r.err].find((l) => l.includes('不可断开处换行'));
  expect(warning).toBeDefined();
  // on line 10, inside the address (after "  - 网址：")
  expect(warning!.startsWith(`${file}:10:`)).toBe(true);
  const column = Number(/:10:(\d+)/.exec(warning!)![1]);
  expect(column).toBeGreaterThan([...'  - 网址：'].length);
  expect(warning).toMatch(/\(the PDF line ".*" breaks where no break is allowed/);
});
