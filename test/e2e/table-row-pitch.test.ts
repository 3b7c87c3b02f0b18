/**
 * A list of 60 one-line rows (a commendation's name list) in our PDF and in our DOCX as LibreOffice lays it
 * out: every row is as tall in both (within 0.1 mm), so the same rows end each page and the list takes as many
 * pages. LibreOffice, like Word, adds a row's border to its height, on top of the cell's text and margins;
 * before the DOCX allowed for it, each row came out 0.3 mm taller there, a page held one row fewer, and a
 * three-page list pushed the colophon two pages on.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';

const ROWS = 60;
const dir = tempDir('gongwen-row-pitch-');
/** Per page, the row numbers printed in the first column, top to bottom, with their tops (mm). */
type Serials = { n: number; top: number }[][];
let ours: Serials = [];
let office: Serials = [];

/** Words that are a row number (1…ROWS) in the 序号 column: left of the page's middle, above the page number. */
function serials(file: string): Serials {
  return readWords(file).map((words) => words.filter((w) => /^\d+$/.test(w.text) && +w.text <= ROWS && w.right < 60 && w.bottom < 262).map((w) => ({ n: +w.text, top: w.top })));
}

beforeAll(async () => {
  const yaml = path.join(dir, 'list.yaml');
  const rows = Array.from({ length: ROWS }, (_, i) => `        - [${i + 1}, 宁德市质量技术服务中心]`);
  writeFileSync(yaml, ['kind: notice', 'year: 2026', 'issuers:', '  - name: 宁德市人民政府办公室', 'body:', '  - 名单如下。', '  - table:', '      header:', '        - [序号, 单位名称]', '      widths: [1, 8]', '      rows:', ...rows, ''].join('\n'));
  const { document, problems } = await documentFromFile(yaml);
  expect(problems).toEqual([]);
  writeFileSync(path.join(dir, 'ours.pdf'), (await renderPdf(document!)).bytes);
  writeFileSync(path.join(dir, 'list.docx'), await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'list.docx')], { stdio: 'ignore', timeout: 240_000 });
  ours = serials(path.join(dir, 'ours.pdf'));
  office = serials(path.join(dir, 'list.pdf'));
}, 300_000);

test('every row is printed once in both, across at least three pages', () => {
  for (const pages of [ours, office]) {
    expect(pages.flat().map((s) => s.n)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(pages.filter((p) => p.length > 0).length).toBeGreaterThanOrEqual(3);
  }
});

test('a row is as tall in LibreOffice as in our PDF (within 0.1 mm)', () => {
  /** The distance from each row number to the next on the same page, averaged over the fullest page. */
  const pitch = (pages: Serials) => {
    const page = [...pages].sort((a, b) => b.length - a.length)[0];
    return (page[page.length - 1].top - page[0].top) / (page.length - 1);
  };
  expect(Math.abs(pitch(office) - pitch(ours))).toBeLessThan(0.1);
});

test('the same rows end each page', () => {
  const lastRows = (pages: Serials) => pages.filter((p) => p.length > 0).map((p) => p[p.length - 1].n);
  expect(lastRows(office)).toEqual(lastRows(ours));
});
