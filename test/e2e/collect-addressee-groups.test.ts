import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { checkCampaignFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';
import { fillReturn, loadSheet } from '../helpers/xlsx-returns';
import { formWorkbooksAt } from '../helpers/forms-at';

const FIXTURE = path.resolve(__dirname, '../fixtures/forms/fixture.yaml');

describe('collect: an addressee that stands for many units, listed in the campaign', () => {
  let dir: string;
  let campaign: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let out: string;

  beforeAll(async () => {
    dir = tempDir('gongwen-groups-');
    const spec = parse(readFileSync(FIXTURE, 'utf8'));
    spec.addressees = ['省委宣传部', '各设区市、平潭综合实验区市场监管局'];
    spec.addresseeUnits = { '各设区市、平潭综合实验区市场监管局': { items: ['福州市', '厦门市', '莆田市', '平潭综合实验区'], suffix: '市场监管局' } };
    campaign = path.join(dir, 'campaign.yaml');
    writeFileSync(campaign, stringify(spec));
    const checked = await checkCampaignFile(campaign);
    expect(checked.problems).toEqual([]);
    const [{ bytes: form }] = await formWorkbooksAt(campaign, checked.campaign!);
    // 福州 writes its full name, 厦门 the short one: both are the listed unit.
    for (const [file, unit] of [['a.xlsx', '省委宣传部'], ['b.xlsx', '福州市市场监督管理局'], ['c.xlsx', '厦门市市场监管局']]) {
      writeFileSync(path.join(dir, file), await fillReturn(form, { unit }));
    }
    out = path.join(dir, 'summary.xlsx');
    run = await runCli(['collect', campaign, path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx'), path.join(dir, 'c.xlsx'), '--out', out]);
  });

  test('a clean collection exits 0, with no unit reported as unknown', () => {
    expect(run.err.filter((l) => l.includes('不在主送单位名单中'))).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('the units of the group that did not report are named one by one; the group itself is not left as "many units"', async () => {
    expect(run.err).toContain('已汇总 3 个单位，0 个问题，2 个主送单位未报送 (3 units counted, 0 problems, 2 addressees without a return)');
    const { workbook } = await loadSheet(readFileSync(out));
    const rows = workbook.getWorksheet('未报送')!.getSheetValues().slice(2).map((r) => (r as unknown[])[2]);
    expect(rows).toEqual(['莆田市市场监管局', '平潭综合实验区市场监管局']);
    const header = workbook.getWorksheet('汇总')!.getRow(3).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['省委宣传部', '福州市市场监管局', '厦门市市场监管局', '合计']));
  });

  test('old campaigns without the list stay valid', async () => {
    expect((await checkCampaignFile(FIXTURE)).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('collect: the 2026 example lists 各设区市、平潭综合实验区市场监管局, a group written as items + suffix', () => {
  const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/fujian-2026.yaml');
  let run: Awaited<ReturnType<typeof runCli>>;
  let out: string;

  beforeAll(async () => {
    const dir = tempDir('gongwen-groups-2026-');
    const checked = await checkCampaignFile(EXAMPLE);
    expect(checked.problems).toEqual([]);
    const [{ bytes: form }] = await formWorkbooksAt(EXAMPLE, checked.campaign!);
    const returns = ['省委宣传部', '福州市市场监督管理局', '平潭综合实验区市场监管局'].map((unit, k) => ({ unit, file: path.join(dir, `r${k}.xlsx`) }));
    for (const r of returns) writeFileSync(r.file, await fillReturn(form, { unit: r.unit }));
    out = path.join(dir, 'summary.xlsx');
    run = await runCli(['collect', EXAMPLE, ...returns.map((r) => r.file), '--out', out]);
  });

  test('every listed unit is an addressee: none reported as unknown, exit 0', () => {
    expect(run.err.filter((l) => l.includes('不在主送单位名单中'))).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('the nine 设区市 without a return are named one by one, and 平潭 (returned) is not', async () => {
    const { workbook } = await loadSheet(readFileSync(out));
    const rows = workbook.getWorksheet('未报送')!.getSheetValues().slice(2).map((r) => (r as unknown[])[2] as string);
    const cities = rows.filter((r) => r.endsWith('市场监管局'));
    expect(cities).toEqual(['厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市'].map((c) => `${c}市场监管局`));
    expect(rows.some((r) => r.startsWith('各设区市'))).toBe(false);
  });
});
