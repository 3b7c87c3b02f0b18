import JSZip from 'jszip';
import path from 'node:path';
import type { Campaign } from '../../src/campaign/types';
import { checkCampaignFile } from '../../src/pipeline';
import { ooxmlPackageProblems } from '../helpers/ooxml-package';
import { findText, loadSheet, rowOfItem, valueColumnOf } from '../helpers/xlsx-returns';
import { formWorkbooksAt } from '../helpers/forms-at';

const FIXTURE = path.resolve(__dirname, '../fixtures/forms/fixture.yaml');

async function fixtureCampaign(): Promise<Campaign> {
  const checked = await checkCampaignFile(FIXTURE);
  if (!checked.campaign) throw new Error(JSON.stringify(checked.problems));
  return checked.campaign;
}

async function fixtureWorkbook(campaign?: Campaign) {
  const [form] = await formWorkbooksAt(FIXTURE, campaign ?? (await fixtureCampaign()));
  return { form, ...(await loadSheet(form.bytes)) };
}

/** Ids in hidden column A of the rows whose item label is the text. */
const idsOfLabel = (sheet: Awaited<ReturnType<typeof loadSheet>>['sheet'], label: string) => {
  const ids: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cell.value === label && cell.master === cell && ids.push(String(row.getCell(1).value))));
  return ids;
};

describe('fill-in workbook of a form annex', () => {
  test('one workbook per form annex, named by annex id and titled like the annex', async () => {
    const { form, sheet } = await fixtureWorkbook();
    expect(form.annexId).toBe('stats');
    expect(form.title).toBe('福建省2018年“标准化月”活动情况统计表');
    expect(sheet.getCell('B1').value).toBe(form.title);
  });

  test('nested groups are merged label cells; units stand in the labels; 填表单位 line with a blank', async () => {
    const { sheet } = await fixtureWorkbook();
    const merges: string[] = (sheet.model as { merges: string[] }).merges;
    const group = findText(sheet, '宣传活动');
    const media = findText(sheet, '媒体报道');
    // 宣传活动 spans its four items, 媒体报道 its two, one column each.
    expect(merges).toContain(`${sheet.getCell(group.row, group.col).address}:${sheet.getCell(group.row + 3, group.col).address}`);
    expect(merges).toContain(`${sheet.getCell(media.row, media.col).address}:${sheet.getCell(media.row + 1, media.col).address}`);
    expect(findText(sheet, '报道数量（篇）').col).toBe(media.col + 1);
    expect(findText(sheet, '投入经费（万元）')).toBeTruthy();
    // A top-level item spans all label columns.
    const other = findText(sheet, '其他情况');
    expect(merges).toContain(`${sheet.getCell(other.row, other.col).address}:${sheet.getCell(other.row, valueColumnOf(sheet) - 1).address}`);
    const filler = findText(sheet, '填表单位：');
    expect(sheet.getCell(filler.row, filler.col + 1).value).toBeNull();
    expect(sheet.getCell(filler.row, filler.col + 1).protection).toMatchObject({ locked: false });
    expect(findText(sheet, '（盖章）').row).toBe(filler.row);
  });

  test('a 填报单位 line with more blanks than the unit’s (填表人、联系电话、填报日期) keeps all its text: the unit’s name in the first', async () => {
    const campaign = await fixtureCampaign();
    const filler = '填报单位：______（盖章）　填表人：______　联系电话：______　填报日期：　　年　月　日';
    const annexes = campaign.annexes!.map((a) => (a.kind === 'form' ? { ...a, filler } : a));
    const { sheet } = await fixtureWorkbook({ ...campaign, annexes });
    const before = findText(sheet, '填报单位：');
    expect(sheet.getCell(before.row, before.col + 1).protection).toMatchObject({ locked: false });
    const after = findText(sheet, '（盖章）　填表人：______　联系电话：______　填报日期：　　年　月　日');
    expect(after.row).toBe(before.row);
  });

  test('value cells are typed and validated by item type; labels are locked under a password-less protection', async () => {
    const { sheet } = await fixtureWorkbook();
    const value = (label: string) => sheet.getCell(findText(sheet, label).row, valueColumnOf(sheet));
    expect(value('举办活动次数（次）').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(value('投入经费（万元）').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(value('是否召开新闻发布会').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(value('其他情况').dataValidation).toBeUndefined();
    expect(value('其他情况').alignment).toMatchObject({ wrapText: true });
    for (const label of ['举办活动次数（次）', '投入经费（万元）', '是否召开新闻发布会', '其他情况']) {
      expect(value(label).protection).toMatchObject({ locked: false });
      expect(sheet.getCell(findText(sheet, label).row, 2).protection?.locked).not.toBe(false);
    }
    const { sheetProtection } = sheet as unknown as { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true });
    expect(sheetProtection).not.toHaveProperty('hashValue');
  });

  test('A4 portrait, fitted to the page width, header row repeated; 仿宋 body, 黑体 header', async () => {
    const { sheet } = await fixtureWorkbook();
    const header = findText(sheet, '填报情况');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header.row}:${header.row}`);
    expect(sheet.getCell(header.row, header.col).font?.name).toBe('黑体');
    const label = findText(sheet, '其他情况');
    expect(sheet.getCell(label.row, label.col).font?.name).toBe('仿宋');
  });

  test('every item row carries an id in hidden column A; a very hidden sheet names the campaign, year and form', async () => {
    const { workbook, sheet } = await fixtureWorkbook();
    expect(sheet.getColumn(1).hidden).toBe(true);
    const ids = ['举办活动次数（次）', '报道数量（篇）', '参与人数（人次）', '是否召开新闻发布会', '投入经费（万元）', '其他情况'].flatMap((l) =>
      idsOfLabel(sheet, l),
    );
    expect(ids).toHaveLength(7); // 参与人数 twice, under different groups
    expect(new Set(ids).size).toBe(7);
    for (const id of ids) expect(id).toMatch(/^q[0-9a-f]{12}$/);
    const marker = workbook.getWorksheet('gongwen')!;
    expect(marker.state).toBe('veryHidden');
    const values = Object.fromEntries(marker.getSheetValues().filter(Boolean).map((r) => [(r as string[])[1], (r as string[])[2]]));
    expect(values).toMatchObject({ year: 2018, annex: 'stats', title: '福建省2018年“标准化月”活动情况统计表', issuer: '福建省标准化工作领导小组办公室' });
  });

  test('item ids come from the labels: adding a row elsewhere or changing the year keeps them, renaming changes them', async () => {
    const campaign = await fixtureCampaign();
    const { sheet } = await fixtureWorkbook(campaign);
    const [spending] = idsOfLabel(sheet, '投入经费（万元）');
    const form = campaign.annexes!.find((a) => a.kind === 'form')!;
    if (form.kind !== 'form') throw new Error('fixture has no form');
    const grown = structuredClone(campaign);
    const grownForm = grown.annexes!.find((a) => a.id === 'stats') as typeof form;
    grownForm.rows.unshift({ item: '新增项目', unit: '个', type: 'count' });
    grown.year = 2019;
    const { sheet: grownSheet } = await fixtureWorkbook(grown);
    expect(idsOfLabel(grownSheet, '投入经费（万元）')).toEqual([spending]);
    expect(rowOfItem(grownSheet, spending)).toBe(rowOfItem(sheet, spending) + 1);
    const renamed = structuredClone(campaign);
    ((renamed.annexes!.find((a) => a.id === 'stats') as typeof form).rows[1] as { group: string }).group = '培训工作';
    expect(idsOfLabel((await fixtureWorkbook(renamed)).sheet, '投入经费（万元）')).not.toEqual([spending]);
  });

  test('the same campaign gives the same bytes; document and zip dates are the campaign date', async () => {
    const campaign = await fixtureCampaign();
    const [a] = await formWorkbooksAt(FIXTURE, campaign);
    await new Promise((r) => setTimeout(r, 1100)); // zip times have a two-second grain; cross a boundary
    const [b] = await formWorkbooksAt(FIXTURE, campaign);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const zip = await JSZip.loadAsync(a.bytes);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2018-09-20T00:00:00.000Z');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2018-09-20T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2018-09-20T00:00:00Z</dcterms:modified>');
  });
  // Excel refuses a sheet name of more than 31 UTF-16 units, one beginning or ending with an apostrophe, and
  // History; a name cut inside a surrogate pair would be written as U+FFFD; the marker sheet is named gongwen.
  test.each([
    ['\'2026年\'统计表\'', '2026年\'统计表'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十𠮷表', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十'],
    ['History', '统计表'],
    ['GongWen', '统计表'],
  ])('a form titled %s gives a sheet Excel opens, named %s', async (title, expected) => {
    const campaign = await fixtureCampaign();
    const annex = campaign.annexes!.find((a) => a.kind === 'form')!;
    const { form, sheet } = await fixtureWorkbook({ ...campaign, annexes: campaign.annexes!.map((a) => (a === annex ? { ...a, title } : a)) });
    expect(sheet.name).toBe(expected);
    expect(ooxmlPackageProblems(form.bytes)).toEqual([]);
  });
});
