/**
 * `collect` lays out the form from the campaign composed in the campaign's own folder, as a build does, wherever it
 * is run from. Before, it composed the campaign from the working folder, where the seal's picture is not, and
 * compose then took any seal it could not find for a round one.
 */
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeDocument } from '../../src/compose';
import { checkCampaignFile } from '../../src/pipeline';
import { FILLER_ROW, fillerColumns } from '../../src/render/xlsx/sheet-layout';
import { runBin, tempDir } from '../helpers/cli';
import { formLayoutsAt, formWorkbooksAt } from '../helpers/forms-at';
import { loadSheet } from '../helpers/xlsx-returns';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const OVAL = path.resolve(__dirname, '../fixtures/seals/oval-seal.png');

let campaignDir: string;
let campaignFile: string;
/** A working folder that is not the campaign's. */
let elsewhere: string;

beforeAll(() => {
  campaignDir = tempDir('gongwen-campaign-folder-');
  elsewhere = tempDir('gongwen-working-folder-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(campaignDir, 'assets'), { recursive: true });
  copyFileSync(OVAL, path.join(campaignDir, 'assets', 'oval-seal.png'));
  const source = readFileSync(path.join(EXAMPLES, 'putian-2026.yaml'), 'utf8');
  expect(source).toContain('  seal: assets/nanping-seal.png\n');
  campaignFile = path.join(campaignDir, 'putian-oval.yaml');
  writeFileSync(campaignFile, source.replace('  seal: assets/nanping-seal.png\n', '  seal: assets/oval-seal.png\n'));
});

test('compose refuses a seal it cannot find in the folder it is given, rather than drawing it round', async () => {
  const { campaign } = await checkCampaignFile(campaignFile);
  expect(composeDocument(campaign!, campaignDir).notice.signature?.seal?.aspect).toBe(1.5);
  expect(() => composeDocument(campaign!, elsewhere)).toThrow(/oval-seal\.png/);
});

test('collect run from another folder counts a return of the built workbook, which is the workbook composed in the campaign folder', async () => {
  const out = path.join(elsewhere, 'out');
  const build = runBin(['build', campaignFile, '--format', 'xlsx', '--out', out], { cwd: elsewhere, timeout: 120_000 });
  expect([build.code, build.stderr]).toEqual([0, expect.stringContaining('putian-oval-stats.xlsx')]);
  const built = readFileSync(path.join(out, 'putian-oval-stats.xlsx'));
  const { campaign } = await checkCampaignFile(campaignFile);
  const [{ bytes }] = await formWorkbooksAt(campaignFile, campaign!);
  expect(built.equals(Buffer.from(bytes))).toBe(true);

  // Its filler line reads 填报单位：, which fillReturn does not look for.
  const { workbook, sheet } = await loadSheet(built);
  sheet.getCell(FILLER_ROW, fillerColumns(formLayoutsAt(campaignFile, campaign!)[0].grid.width).name[0]).value = '城厢区市场监管局';
  const filled = path.join(elsewhere, 'return.xlsx');
  writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));
  const collect = runBin(['collect', campaignFile, filled, '--out', path.join(elsewhere, 'summary.xlsx')], { cwd: elsewhere, timeout: 120_000 });
  expect(collect.stderr).toContain('已汇总 1 个单位，0 个问题');
  expect(collect.code).toBe(0);
});
