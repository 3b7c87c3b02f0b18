import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { FormAnnex, FormItem } from '../../src/campaign/types';
import { checkCampaignFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';
import { readText, withoutCjkSpaces } from '../helpers/pdf-poppler';
import { findText, loadSheet } from '../helpers/xlsx-returns';
import { formLayoutsAt } from '../helpers/forms-at';

const PUTIAN = path.resolve(__dirname, '../../campaigns/examples/putian-2026.yaml');
/** putian-2026's stats form as built by 5a0d482 (before 〔〕), filled in by 城厢区: values 3, 5, 2, 41, 6, 4, 1.5, 是, text. */
const OLD_RETURN = path.resolve(__dirname, '../fixtures/forms/putian-2026-return-5a0d482.xlsx');

const formItem = (annex: FormAnnex, name: string) =>
  annex.rows.flatMap((r) => ('group' in r ? r.rows : [r])).find((r): r is FormItem => 'item' in r && r.item === name)!;

describe('a form item whose unit has brackets of its own (台（件）) prints them once, nested as 〔台（件）〕', () => {
  test('the PDF, the DOCX and the XLSX print 检查强制检定计量器具〔台（件）〕 and nowhere a doubled ））', async () => {
    const out = tempDir();
    const r = await runCli(['build', PUTIAN, '--format', 'docx,pdf,xlsx', '--out', out]);
    expect(r.code).toBe(0);
    const pdf = withoutCjkSpaces(readText(path.join(out, 'putian-2026.pdf')));
    const docx = strFromU8(unzipSync(readFileSync(path.join(out, 'putian-2026.docx')))['word/document.xml']);
    const docxText = [...docx.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const { sheet } = await loadSheet(readFileSync(path.join(out, 'putian-2026-stats.xlsx')));
    for (const label of ['检查强制检定计量器具〔台（件）〕', '未按规定申请强制检定的计量器具〔台（件）〕', '超过检定周期或检定不合格仍在使用的计量器具〔台（件）〕']) {
      expect(pdf).toContain(label);
      expect(docxText).toContain(label);
      expect(() => findText(sheet, label)).not.toThrow();
    }
    expect(pdf).toContain('检查加油站（个）');
    for (const text of [pdf, docxText]) expect(text).not.toMatch(/））|（（|（台（/);
  });

  test('a unit written in brackets, （万元） or (万元), gets no second pair', async () => {
    const campaign = (await checkCampaignFile(PUTIAN)).campaign!;
    const stats = campaign.annexes!.find((a): a is FormAnnex => a.id === 'stats')!;
    formItem(stats, '罚没款金额').unit = '（万元）';
    formItem(stats, '检查加油站').unit = '(个)';
    const labels = formLayoutsAt(PUTIAN, campaign)[0].items.map((i) => i.labels.at(-1));
    expect(labels).toContain('罚没款金额（万元）');
    expect(labels).toContain('检查加油站（个）');
  });
});

describe('returns of the form made before 〔〕 are still collected', () => {
  test('item ids are those the earlier version wrote in column A', async () => {
    const campaign = (await checkCampaignFile(PUTIAN)).campaign!;
    const { sheet } = await loadSheet(readFileSync(OLD_RETURN));
    const oldIds = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string' && /^q[0-9a-f]{12}$/.test(v));
    expect(oldIds).toHaveLength(9);
    expect(formLayoutsAt(PUTIAN, campaign)[0].items.map((i) => i.id)).toEqual(oldIds);
  });

  test('the old return, with 检查强制检定计量器具（台（件）） in its label cells, is counted with no problem', async () => {
    const out = path.join(tempDir(), '汇总.xlsx');
    const r = await runCli(['collect', PUTIAN, OLD_RETURN, '--out', out]);
    expect(r.err[0]).toContain('已汇总 1 个单位，0 个问题');
    expect(r.code).toBe(0);
    const { workbook } = await loadSheet(readFileSync(out));
    const summary = workbook.getWorksheet('汇总')!;
    const label = findText(summary, '检查强制检定计量器具〔台（件）〕');
    const total = findText(summary, '合计');
    expect(summary.getCell(label.row, total.col).value).toBe(41);
    expect(summary.getCell(label.row + 3, total.col).value).toBe(1.5);
  });
});
