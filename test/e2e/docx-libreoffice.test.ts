/**
 * A real client: LibreOffice (headless) converts every campaign's DOCX to
 * PDF; poppler reads the PDF back. A4 pages, the text block's left edge at
 * 28 ± 1.5 mm and top at 37 ± 2 mm, and every piece of the campaign's text
 * present. soffice missing is a failure, not a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { documentTexts } from '../helpers/docx-text';
import { readLines, type PdfPageBoxes } from '../helpers/pdf-poppler';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');
const names = readdirSync(CAMPAIGNS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => path.basename(f, '.yaml'));

const documents = new Map<string, Document>();
/** Our own PDF's page count of each campaign: the two renderers must lay the notice out alike. */
const ourPages = new Map<string, number>();
const pages = new Map<string, PdfPageBoxes[]>();
const texts = new Map<string, string>();
let conversion = '';

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-docx-lo-'));
  for (const name of names) {
    const { document, problems } = await documentFromFile(path.join(CAMPAIGNS, `${name}.yaml`));
    if (!document) throw new Error(`${name}.yaml does not compose: ${JSON.stringify(problems.slice(0, 3))}`);
    documents.set(name, document);
    ourPages.set(name, (await renderPdf(document)).pages);
    writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(document));
  }
  // One soffice run for all files; a private profile so a running office or a stale lock cannot interfere.
  conversion = execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))],
    { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const name of names) {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) continue;
    pages.set(name, readLines(pdf));
    // Content-stream order: LibreOffice writes text in reading order, and widely spaced grid text confuses layout analysis.
    texts.set(name, execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  }
}, 600_000);

const portrait = (p: PdfPageBoxes) => p.heightMm > p.widthMm;
const squash = (s: string) => s.replace(/\s+/g, '');

test('there are campaigns to convert', () => {
  expect(names.length).toBeGreaterThan(0);
});

describe.each(names)('campaigns/%s.yaml through LibreOffice', (name) => {
  test('converts to a PDF without error', () => {
    expect(conversion).toContain(`${name}.pdf`);
    expect(pages.get(name)?.length).toBeGreaterThan(1);
  });

  test('every page is A4', () => {
    for (const p of pages.get(name)!) {
      const [short, long] = [Math.min(p.widthMm, p.heightMm), Math.max(p.widthMm, p.heightMm)];
      expect(short).toBeCloseTo(210, 0);
      expect(long).toBeCloseTo(297, 0);
    }
  });

  test('the text block’s left edge (its leftmost text) is at 28 ± 1.5 mm', () => {
    const lefts = pages.get(name)!.filter(portrait).flatMap((p) => p.lines.map((l) => l.left));
    const edge = Math.min(...lefts);
    expect(Math.abs(edge - 28)).toBeLessThanOrEqual(1.5);
  });

  test('the text block’s top is at 37 ± 2 mm (page 2, where the body runs from the top)', () => {
    const page2 = pages.get(name)![1];
    const top = Math.min(...page2.lines.map((l) => l.top));
    expect(Math.abs(top - 37)).toBeLessThanOrEqual(2);
  });

  test('Word’s 28-character grid holds: lines that fill the block carry 26 to 28 characters, none more', () => {
    const body = pages.get(name)!.filter(portrait).flatMap((p) => p.lines);
    // Lines that span the text block from the left edge to the right edge (a full line of a body paragraph).
    const full = body.filter((l) => Math.abs(l.left - 28) < 1.5 && Math.abs(l.right - 184) < 1.5);
    const counts = full.map((l) => [...squash(l.text)].filter((c) => /[\u3000-\u9fff\uff00-\uffef“”‘’—…]/.test(c)).length);
    expect(full.length).toBeGreaterThan(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(28);
    // LibreOffice before 24.x gives each character two cells (14 a line); most full lines of plain text hold 27 or 28.
    expect(counts.filter((n) => n >= 26).length / counts.length).toBeGreaterThan(0.6);
  });

  // LibreOffice 25 drops a few commas that its grid pushes past the right edge of the block (they are not drawn at all);
  // words are compared without punctuation, and the punctuation is counted on its own.
  const PUNCTUATION = /[，。、；：？！]/g;
  test('Word’s layout as LibreOffice sets it runs to about as many pages as our PDF (within 12%, at least one page)', () => {
    const ours = ourPages.get(name)!;
    const theirs = pages.get(name)!.length;
    expect(Math.abs(theirs - ours)).toBeLessThanOrEqual(Math.max(1, Math.ceil(0.12 * ours)));
  });

  test('all the campaign’s text is present; at most 2% of its punctuation lost to the grid', () => {
    const pdf = squash(texts.get(name)!).replace(/—\d+—/g, '');
    const expected = documentTexts(documents.get(name)!).map(squash);
    const missing = expected.map((t) => t.replace(PUNCTUATION, '')).filter((t) => !pdf.replace(PUNCTUATION, '').includes(t));
    expect(missing).toEqual([]);
    const count = (t: string) => t.match(PUNCTUATION)?.length ?? 0;
    const wanted = expected.reduce((n, t) => n + count(t), 0);
    expect(count(pdf)).toBeGreaterThanOrEqual(0.98 * wanted);
  });
});
