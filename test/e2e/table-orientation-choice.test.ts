/**
 * A table's `orientation` chooses its page against the automatic rule (§8): `landscape` turns a narrow table's page,
 * `portrait` keeps a table upright that would turn. Measured in our PDF (turned words are taller than wide; the sheet
 * stays A4 portrait by design, turned-page.ts) and in LibreOffice's layout of our DOCX (pdfinfo's page sizes), in mm.
 * A bad value, and `portrait` on a table whose columns then cannot hold two characters, are told at their line:col.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { checkText, lineOf } from '../helpers/check-text';
import { tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';
import { MM } from '../helpers/pdf-geometry';

const dir = tempDir('gongwen-table-choice-');
const COLUMNS = 14;
const wideRow = (prefix: string) => `[${Array.from({ length: COLUMNS }, (_, i) => `${prefix}${i + 1}`).join(', ')}]`;
const notice = (table: string[]) =>
  ['kind: notice', 'year: 2024', 'issuers:', '  - name: 龙溪市市场监督管理局', 'body:', '  - 表前的一段文字。', '  - table:', ...table.map((l) => `      ${l}`), '  - 表后的一段文字。', 'signature:', '  date: 2024-08-26', ''].join('\n');
const NARROW = ['header:', '  - [序号, 项目, 时间]', 'rows:', '  - [1, 启动仪式, 9月上旬]', '  - [2, 质量讲座, 9月中旬]'];
const WIDE = ['header:', `  - ${wideRow('栏')}`, 'rows:', `  - ${wideRow('甲')}`, `  - ${wideRow('乙')}`];
const SIZES = { portrait: [210, 297], landscape: [297, 210] } as const;

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const files: [string, string[]][] = [
    ['narrow', NARROW],
    ['narrow-landscape', ['orientation: landscape', ...NARROW]],
    ['wide', WIDE],
    ['wide-portrait', ['orientation: portrait', ...WIDE]],
  ];
  for (const [name, table] of files) writeFileSync(path.join(dir, `${name}.yaml`), notice(table));
  rendered = await renderBoth(dir, files.map(([name]) => [name, path.join(dir, `${name}.yaml`)]));
}, 300_000);

/** Page sizes in mm as pdfinfo reports them, page by page. */
function pageSizes(file: string): [number, number][] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(+m[1] * MM.pt), Math.round(+m[2] * MM.pt)]);
}

const words = (name: string, which: Renderer) => readWords(rendered(name, which).file).flat();
const cells = (all: PdfLine[]) => all.filter((w) => /^(序号|项目|时间|启动仪式|质量讲座|[栏甲乙]\d+)$/.test(w.text));
const pageOf = (all: PdfLine[], text: string) => all.find((w) => w.text.startsWith(text))!.page;
const turned = (w: PdfLine) => w.bottom - w.top > w.right - w.left;

describe('orientation: landscape turns a table that fits portrait', () => {
  test('without it the narrow table stands upright on the page of the text (both renderers)', () => {
    for (const which of ['our PDF', 'LibreOffice'] as const) {
      const all = words('narrow', which);
      expect(cells(all).every((w) => !turned(w) && w.page === pageOf(all, '表前的一段文字'))).toBe(true);
      expect(pageSizes(rendered('narrow', which).file)).toEqual([SIZES.portrait]);
    }
  });

  test('our PDF: the table alone on a turned page between the upright text, across the 225 mm side of the block', () => {
    const all = words('narrow-landscape', 'our PDF');
    const table = cells(all);
    expect(table.map((w) => w.text).sort()).toEqual(['启动仪式', '序号', '时间', '质量讲座', '项目']);
    const [page] = new Set(table.map((w) => w.page));
    expect(new Set(table.map((w) => w.page)).size).toBe(1);
    expect(pageOf(all, '表前的一段文字')).toBeLessThan(page);
    expect(pageOf(all, '表后的一段文字')).toBeGreaterThan(page);
    for (const w of table.filter((c) => c.text.length > 1)) expect(turned(w)).toBe(true);
    // turned a quarter counter-clockwise: the header row at the sheet's left, the first column at its foot
    const at = (text: string) => table.find((w) => w.text === text)!;
    expect(at('序号').left).toBeLessThan(at('启动仪式').left);
    expect(at('序号').top).toBeGreaterThan(at('时间').top);
    // the columns share the block's 225 mm height (37–262 mm on the sheet), not its 156 mm width
    expect(at('时间').top).toBeGreaterThan(MM.top - TOLERANCE['our PDF']);
    expect(at('序号').bottom).toBeLessThan(MM.bottom + TOLERANCE['our PDF']);
    expect(at('序号').bottom - at('时间').top).toBeGreaterThan(156);
    expect(pageSizes(rendered('narrow-landscape', 'our PDF').file).every(([w, h]) => w === 210 && h === 297)).toBe(true);
  });

  test('LibreOffice: the DOCX turns the table into a landscape page of its own, portrait before and after', () => {
    const { file } = rendered('narrow-landscape', 'LibreOffice');
    const all = words('narrow-landscape', 'LibreOffice');
    const sizes = pageSizes(file);
    expect(sizes).toEqual([SIZES.portrait, SIZES.landscape, SIZES.portrait]);
    expect(pageOf(all, '序号')).toBe(2);
    expect(pageOf(all, '表前的一段文字')).toBe(1);
    expect(pageOf(all, '表后的一段文字')).toBe(3);
    // the columns spread across the landscape block, wider than the portrait one
    const at = (text: string) => all.find((w) => w.text === text)!;
    expect(at('时间').right - at('序号').left).toBeGreaterThan(156);
  });
});

describe('orientation: portrait keeps a table upright that would turn', () => {
  test('without it the 14-column table turns (both renderers)', () => {
    expect(cells(words('wide', 'our PDF')).filter((w) => w.text.length > 2).every(turned)).toBe(true);
    expect(pageSizes(rendered('wide', 'LibreOffice').file)).toContainEqual(SIZES.landscape);
  });

  test.each(['our PDF', 'LibreOffice'] as const)('%s: upright on the page of the text, between its paragraphs, inside the 156 mm block', (which) => {
    const all = words('wide-portrait', which);
    // LibreOffice wraps 栏10 in its narrow cell (栏 | 10), as check warns; our PDF keeps it on one line
    const table = all.filter((w) => /^[栏甲乙]\d*$/.test(w.text));
    const head = table.filter((w) => w.text.startsWith('栏'));
    expect(head).toHaveLength(COLUMNS);
    expect(table).toHaveLength(3 * COLUMNS);
    // upright: the header row runs across the page, its cells at one height
    const tops = head.map((w) => w.top);
    const lefts = head.map((w) => w.left);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(0.5);
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThan(130);
    const [before, after] = ['表前的一段文字', '表后的一段文字'].map((t) => all.find((w) => w.text.startsWith(t))!);
    expect(new Set(table.map((w) => w.page))).toEqual(new Set([before.page]));
    expect(after.page).toBe(before.page);
    for (const w of table) expect(w.top > before.bottom && w.bottom < after.top).toBe(true);
    for (const w of table) {
      expect(w.left).toBeGreaterThan(MM.left - TOLERANCE[which]);
      expect(w.right).toBeLessThan(MM.right + TOLERANCE[which]);
    }
    expect(pageSizes(rendered('wide-portrait', which).file).every(([w, h]) => w === 210 && h === 297)).toBe(true);
  });
});

test('check: a bad value is an error at its line:col, naming both values; portrait on a table too wide for it warns', async () => {
  const bad = await checkText(dir, 'bad.yaml', notice(['orientation: horizontal', ...NARROW]));
  const [error] = bad.problems.filter((p) => p.severity === 'error');
  expect(error).toMatchObject({ line: lineOf(bad.lines, 'orientation:'), column: 20 });
  expect(error.message).toContain('页面方向的取值“horizontal”无效，只能是：landscape、portrait');
  expect(error.english).toContain('must be one of landscape, portrait');
  expect(error.hint).toContain('landscape 横排');
  const narrow = await checkText(dir, 'narrow.yaml', notice(['orientation: portrait', ...WIDE]));
  const [warning] = narrow.problems.filter((p) => p.code === 'table-portrait-narrow');
  expect(warning).toMatchObject({ severity: 'warning', line: lineOf(narrow.lines, 'orientation:'), column: 20 });
  expect(warning.hint).toContain('删去 orientation');
  // landscape on a narrow table, or portrait on one that fits, is nothing to warn about
  for (const table of [['orientation: landscape', ...NARROW], ['orientation: portrait', ...NARROW]]) {
    expect((await checkText(dir, 'fine.yaml', notice(table))).problems).toEqual([]);
  }
});
