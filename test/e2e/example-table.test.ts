/**
 * The county example (campaigns/examples/longxi-2024.yaml) builds to text,
 * DOCX and PDF, and its activity table is a real table in each: the text has
 * one row per line, our PDF sets the columns side by side with the header row
 * repeated on the next page, and LibreOffice lays our DOCX out as a table too
 * (converted to PDF headless, read back with poppler). soffice missing is a
 * failure, not a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { elements, openDocx } from '../helpers/docx-xml';
import { runCli, tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const FILE = path.resolve(__dirname, '../../campaigns/examples/longxi-2024.yaml');
const dir = tempDir('gongwen-example-');
const out = (ext: string) => path.join(dir, `longxi-2024.${ext}`);
const HEADER = ['序号', '活动名称', '时间', '牵头单位', '配合单位'];
/** Row 7: every cell on one line. */
const ROW_7 = ['7', '检验检测机构开放日', '9月下旬', '市检验检测中心', '有关企业'];
let build: Awaited<ReturnType<typeof runCli>>;
let officePdf = '';

beforeAll(async () => {
  build = await runCli(['build', FILE, '--format', 'text,docx,pdf', '--out', dir]);
  // A private profile so a running office or a stale lock cannot interfere.
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'office'), out('docx')], {
    stdio: 'ignore',
    timeout: 240_000,
  });
  officePdf = path.join(dir, 'office', 'longxi-2024.pdf');
}, 300_000);

test('builds to text, DOCX and PDF', () => {
  expect(build.code).toBe(0);
  for (const ext of ['txt', 'docx', 'pdf']) expect(existsSync(out(ext))).toBe(true);
});

describe('the plain text', () => {
  let lines: string[];
  beforeAll(() => {
    lines = readFileSync(out('txt'), 'utf8').split('\n');
  });

  test('has the header row and eight activity rows, a tab between columns, between the text before and after', () => {
    const head = lines.indexOf(HEADER.join('\t'));
    expect(lines[head - 1]).toMatch(/^　　全市“质量月”期间重点开展以下8项活动/);
    const rows = lines.slice(head + 1, head + 9).map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows.every((r) => r.length === HEADER.length)).toBe(true);
    expect(rows[6]).toEqual(ROW_7);
    // 牵头单位 of rows 3 and 4 is one merged cell: row 4 leaves its slot empty.
    expect(rows[2][3]).toBe('市市场监管局');
    expect(rows[3][3]).toBe('');
    expect(lines[head + 9]).toMatch(/^　　各市场监管所可结合辖区产业特点/);
  });

  test('prints the contact once, where {{contact}} stands in the plan, with the worded labels', () => {
    const contact = lines.filter((l) => l.includes('联系人：'));
    expect(contact).toHaveLength(1);
    expect(contact[0]).toContain('联系电话：0595-86231047');
    expect(contact[0]).toContain('联系地址：龙溪市城南大道168号');
    expect(lines.indexOf(contact[0])).toBeGreaterThan(lines.indexOf(HEADER.join('\t')));
  });
});

/** `pdftotext -layout` lines holding the header row, its columns side by side. */
const headerLines = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => new RegExp(HEADER.join('\\s{2,}')).test(l));

/** Each cell of row 7 stands under its column's header word (the centred columns centred under it) on one line. */
function expectColumnsSideBySide(pdf: string) {
  const words = readWords(pdf).flat();
  const seven = words.find((w) => w.text === '7' && words.some((x) => x.page === w.page && x.text === '检验检测机构开放日'))!;
  const head = HEADER.map((h) => words.filter((w) => w.text === h && w.page === seven.page).pop()!);
  expect(head.every(Boolean)).toBe(true);
  // The topmost word below the header that starts the cell's text (LibreOffice sets “9 月下旬” as two words).
  const squash = (s: string) => s.replace(/\s+/g, '');
  const below = words.filter((w) => w.page === seven.page && w.top > head[0].bottom).sort((a, b) => a.top - b.top);
  const find = (text: string) => below.find((w) => squash(words.slice(words.indexOf(w), words.indexOf(w) + 3).map((x) => x.text).join('')).startsWith(text));
  const cells = ROW_7.map((c, i) => (i === 0 ? seven : find(c)!));
  expect(cells.every(Boolean)).toBe(true);
  const mid = (w: PdfLine) => (w.left + w.right) / 2;
  // One row: the cells share a line.
  for (const c of cells) expect(Math.abs(c.top - seven.top)).toBeLessThan(1.5);
  // Side by side, in header order, each in its column.
  for (let i = 1; i < cells.length; i++) expect(cells[i].left).toBeGreaterThan(cells[i - 1].right);
  for (const i of [0, 3]) expect(Math.abs(mid(cells[i]) - mid(head[i]))).toBeLessThan(3);
  for (let i = 1; i < head.length; i++) {
    expect(cells[i].left).toBeGreaterThan(head[i - 1].right);
    if (i + 1 < head.length) expect(cells[i].right).toBeLessThan(head[i + 1].left);
  }
}

describe('our PDF', () => {
  test('pdftotext -layout puts the header columns side by side, repeated on the page the table continues on', () => {
    expect(headerLines(out('pdf')).length).toBeGreaterThanOrEqual(2);
  });

  test('each cell of a row stands in its column', () => {
    expectColumnsSideBySide(out('pdf'));
  });
});

describe('our DOCX', () => {
  test('holds one Word table: five grid columns, a repeating header row, the merged 牵头单位 cell', async () => {
    const docx = await openDocx(readFileSync(out('docx')));
    const tables = elements(docx.part('word/document.xml'), 'w:tbl').filter((t) => t.body.includes('活动名称'));
    expect(tables).toHaveLength(1);
    const t = tables[0].body;
    expect(elements(t, 'w:gridCol')).toHaveLength(5);
    const rows = elements(t, 'w:tr');
    expect(rows).toHaveLength(9);
    expect(rows[0].body).toContain('<w:tblHeader/>');
    expect(rows[3].body).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(rows[4].body).toMatch(/<w:vMerge( w:val="continue")?\/>/);
  });

  test('LibreOffice lays it out as a table: header columns side by side and repeated, each cell in its column', () => {
    expect(existsSync(officePdf)).toBe(true);
    expect(headerLines(officePdf).length).toBeGreaterThanOrEqual(2);
    expectColumnsSideBySide(officePdf);
  });
});
