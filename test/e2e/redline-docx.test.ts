import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { elements, openDocx, textOf } from '../helpers/docx-xml';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('gongwen diff --redline: 2021 → 2023 as a DOCX with tracked changes', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, 'redline.docx');
    const r = await runCli(['diff', path.join(CAMPAIGNS, '2021.yaml'), path.join(CAMPAIGNS, '2023.yaml'), '--redline', file]);
    expect(r.code).toBe(1);
  });

  test('insertions and deletions are real Word revisions by the issuing office on the new date', async () => {
    const docx = await openDocx(readFileSync(file));
    const [document, settings] = [docx.part('word/document.xml'), docx.part('word/settings.xml')];
    const ins = elements(document, 'w:ins');
    const del = elements(document, 'w:del');
    expect(ins.length).toBeGreaterThan(5);
    expect(del.length).toBeGreaterThan(5);
    for (const change of [...ins, ...del]) {
      expect(change.attrs['w:author']).toBe('福建省质量强省工作领导小组办公室');
      expect(change.attrs['w:date']).toBe('2023-09-01T00:00:00Z');
    }
    expect(settings).toContain('<w:trackRevisions');
    const deleted = del.map((d) => textOf(d.body)).join('');
    const inserted = ins.map((d) => textOf(d.body)).join('');
    expect(deleted).toContain('现将');
    expect(inserted).toContain('两个纲要');
  });

  test('LibreOffice opens it and shows the changes: both the old and the new words are on the page', () => {
    const profile = tempDir('lo-profile-');
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180000 });
    const text = squash(execFileSync('pdftotext', [path.join(dir, 'redline.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain('现将《市场监管总局等20个部门');
    expect(text).toContain('为贯彻落实《质量强国建设纲要》');
  });
});

test('the redline DOCX tracks the title: the old year deleted, the new one inserted', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'r.docx');
  await runCli(['diff', path.join(CAMPAIGNS, '2021.yaml'), path.join(CAMPAIGNS, '2023.yaml'), '--redline', file]);
  const xml = (await openDocx(readFileSync(file))).part('word/document.xml');
  const titleParagraph = xml.split('</w:p>').find((p) => p.includes('联席会议') && p.includes('领导小组'))!;
  expect(textOf(elements(titleParagraph, 'w:del').map((d) => d.body).join(''))).toContain('联席会议');
  expect(textOf(elements(titleParagraph, 'w:ins').map((d) => d.body).join(''))).toContain('领导小组');
});
