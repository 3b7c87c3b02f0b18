/**
 * A picture in the text (`- image:` in a body, such as a QR code to sign up): it stands between the paragraphs
 * around it, centred, at its natural size, its caption under it, in our PDF and in the DOCX as LibreOffice lays
 * it out; the text output names it; check opens it like any asset and points at its line; diff lists it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { renderText } from '../../src/render/text';
import { semanticDiff } from '../../src/review/semantic-diff';
import { runCli, tempDir } from '../helpers/cli';
import { readLines, type PdfLine } from '../helpers/pdf-poppler';
import { blueBoxes } from '../helpers/blue-box';
import { solidPng } from '../helpers/png';

const dir = tempDir('gongwen-body-image-');
const BLOCK = { left: 28, right: 184 };
/** 120 px at the 96 per inch a PNG without a resolution is taken at: 31.75 mm. */
const SIDE_MM = (120 * 25.4) / 96;

const campaign = (image: string[]) =>
  [
    'kind: notice',
    'year: 2026',
    'issuers: [{ name: 建瓯市质量强市工作领导小组办公室 }]',
    'title: 关于召开2026年全市质量工作会议的通知',
    'body:',
    '  - 参会人员也可扫描下方二维码在线报名。',
    ...image,
    '  - 参会人员请着正装，提前15分钟入场。',
    'signature: { date: 2026-03-09 }',
    '',
  ].join('\n');
const WITH_QR = campaign(['  - image:', '      path: qr.png', '      caption: 会议报名二维码']);
const squash = (s: string) => s.replace(/\s+/g, '');

const files: Record<'our PDF' | 'LibreOffice', string> = { 'our PDF': '', LibreOffice: '' };
beforeAll(async () => {
  writeFileSync(path.join(dir, 'qr.png'), solidPng(120, 120, 2, [0, 0, 255]));
  writeFileSync(path.join(dir, 'qr.yaml'), WITH_QR);
  const built = await runCli(['build', path.join(dir, 'qr.yaml'), '--format', 'pdf,docx', '--out', dir]);
  expect(built.code).toBe(0);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), path.join(dir, 'qr.docx')], {
    timeout: 300_000,
    stdio: 'ignore',
  });
  files['our PDF'] = path.join(dir, 'qr.pdf');
  files.LibreOffice = path.join(dir, 'lo', 'qr.pdf');
}, 300_000);

test.each(['our PDF', 'LibreOffice'] as const)('%s: the picture stands whole and centred between the paragraphs around it, its caption under it', (which) => {
  const [box] = blueBoxes(files[which], 100);
  expect(box.page).toBe(1);
  expect(box.right - box.left).toBeCloseTo(SIDE_MM, 0);
  expect(box.bottom - box.top).toBeCloseTo(SIDE_MM, 0);
  expect(Math.abs((box.left + box.right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(1);
  const lines = readLines(files[which])[0].lines;
  const find = (text: string) => lines.find((l: PdfLine) => squash(l.text).startsWith(text))!;
  expect(find('参会人员也可扫描').bottom).toBeLessThanOrEqual(box.top);
  const caption = find('会议报名二维码');
  expect(caption.top).toBeGreaterThanOrEqual(box.bottom - 0.5);
  expect(find('参会人员请着正装').top).toBeGreaterThan(caption.bottom);
});

test('the text output names the picture by its caption, in its place', async () => {
  const { document } = await documentFromFile(path.join(dir, 'qr.yaml'));
  expect(renderText(document!)).toContain('　　参会人员也可扫描下方二维码在线报名。\n［图片：会议报名二维码］\n　　参会人员请着正装');
});

test('check opens a picture in the text like any asset: a missing file is an error at its path', async () => {
  const file = path.join(dir, 'missing.yaml');
  writeFileSync(file, WITH_QR.replace('qr.png', 'qr-missing.png'));
  const { problems } = await checkCampaignFile(file);
  const line = WITH_QR.split('\n').findIndex((l) => l.includes('path: qr.png')) + 1;
  expect(problems.map((p) => [p.severity, p.line])).toEqual([['error', line]]);
  expect(problems[0].message).toContain('qr-missing.png');
});

test('a picture with heading or text beside it is an error naming the key', async () => {
  const file = path.join(dir, 'mixed.yaml');
  writeFileSync(file, campaign(['  - image: { path: qr.png }', '    text: 二维码']));
  const { problems } = await checkCampaignFile(file);
  expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['unknown-key']);
});

test('diff lists a picture added to the text', async () => {
  const without = path.join(dir, 'without.yaml');
  writeFileSync(without, campaign([]));
  const [a, b] = [await checkCampaignFile(without), await checkCampaignFile(path.join(dir, 'qr.yaml'))];
  expect(semanticDiff(a.campaign!, b.campaign!)).toEqual([{ kind: 'added', label: '正文', value: '图片：qr.png（会议报名二维码）' }]);
});
