import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';
import { formWorkbooksAt } from '../helpers/forms-at';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');

describe('gongwen build writes a fill-in workbook per form annex', () => {
  test('with --format xlsx, 2018 (form annex stats) gets 2018-stats.xlsx, the same bytes as the renderer; 2023 (no form) gets none', async () => {
    const out = tempDir();
    const r = await runCli(['build', path.join(CAMPAIGNS, '2018.yaml'), path.join(CAMPAIGNS, '2023.yaml'), '--format', 'text,xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2018-stats.xlsx', '2018.txt', '2023.txt']);
    expect(r.err).toContain(`已生成 (written) ${path.join(out, '2018-stats.xlsx')}`);
    const [form] = await formWorkbooksAt(path.join(CAMPAIGNS, '2018.yaml'), (await checkCampaignFile(path.join(CAMPAIGNS, '2018.yaml'))).campaign!);
    expect(readFileSync(path.join(out, '2018-stats.xlsx')).equals(Buffer.from(form.bytes))).toBe(true);
  });

  test('without xlsx in --format, no workbook is written', async () => {
    const out = tempDir();
    const r = await runCli(['build', path.join(CAMPAIGNS, '2018.yaml'), '--format', 'text', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['2018.txt']);
  });
});
