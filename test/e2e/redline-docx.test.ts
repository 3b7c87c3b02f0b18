import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { elements, openDocx, textOf } from '../helpers/docx-xml';
import { CENTRAL, CENTRAL_SIZE, END, END_SIZE, LOCAL_SIZE } from '../../src/render/zip-format';

/** Each entry of a zip as it is stored: name → the local header and the compressed bytes. */
function storedEntries(bytes: Buffer): Map<string, Buffer> {
  let end = bytes.length - END_SIZE;
  while (bytes.readUInt32LE(end) !== END) end--;
  const entries = new Map<string, Buffer>();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    expect(bytes.readUInt32LE(at)).toBe(CENTRAL);
    const [nameLength, extra, comment] = [bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32)];
    const offset = bytes.readUInt32LE(at + 42);
    const stored = LOCAL_SIZE + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28) + bytes.readUInt32LE(at + 20);
    entries.set(bytes.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), bytes.subarray(offset, offset + stored));
    at += CENTRAL_SIZE + nameLength + extra + comment;
  }
  return entries;
}

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

  test('it is zipped once, as a build zips its DOCX: the parts both have come in the same order, those unchanged stored byte for byte alike', async () => {
    const out = path.join(dir, 'build');
    expect((await runCli(['build', path.join(CAMPAIGNS, '2023.yaml'), '--format', 'docx', '--out', out])).code).toBe(0);
    const [red, built] = [storedEntries(readFileSync(file)), storedEntries(readFileSync(path.join(out, '2023.docx')))];
    const shared = (a: Map<string, Buffer>, b: Map<string, Buffer>) => [...a.keys()].filter((n) => b.has(n));
    expect(shared(red, built)).toEqual(shared(built, red));
    expect(shared(red, built).length).toBeGreaterThan(20);
    for (const name of ['word/styles.xml', 'word/theme/theme1.xml', 'word/fontTable.xml', 'word/numbering.xml', '_rels/.rels']) {
      expect([name, red.get(name)!.equals(built.get(name)!)]).toEqual([name, true]);
    }
    expect(red.get('word/document.xml')!.equals(built.get('word/document.xml')!)).toBe(false);
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
