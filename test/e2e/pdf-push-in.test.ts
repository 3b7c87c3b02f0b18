/**
 * Lines a hand typesetter fills where our PDF once letter-spaced them, measured on the glyphs of the campaigns'
 * PDFs (test/helpers/pdf-glyphs reads each glyph's place from the page): a lone closing mark gives up the blank
 * half of its cell to pull in what follows (推入, JLREQ §3.8.3; src/style/kinsoku.ts 标点挤压), a standard's year
 * may go to the next line after its connector (GB 42295—|2022), and a line still loose shares its slack alike over
 * its gaps, marks' included, so that no gap opens wide beside tight ones.
 */
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { MM } from '../helpers/pdf-geometry';
import { glyphLines, readGlyphs, type Glyph } from '../helpers/pdf-glyphs';
import { lineGaps, MAX_SPREAD, SOLID, type Gap } from '../helpers/justified-gaps';
import { loadPdf } from '../helpers/pdf-streams';

const CAMPAIGNS = path.join(__dirname, '..', '..', 'campaigns');

interface Line {
  glyphs: Glyph[];
  text: string;
  gaps: Gap[];
}

const rendered = new Map<string, { lines: Line[]; loose: string[] }>();
const files = ['2013.yaml', '2017-national.yaml', '2018.yaml', '2021.yaml', 'examples/fujian-letter-2025.yaml', 'examples/nanping-2026.yaml', 'examples/wuyishan-2026.yaml'];

beforeAll(async () => {
  for (const f of files) {
    const { document } = await documentFromFile(path.join(CAMPAIGNS, f));
    const result = await renderPdf(document!);
    const lines = readGlyphs(await loadPdf(result.bytes)).flatMap((page) => glyphLines(page).filter((l) => l[0].size === 16));
    rendered.set(f, {
      lines: lines.map((l) => ({ glyphs: l, text: l.map((g) => g.char).join(''), gaps: lineGaps(l, MM.cell) })),
      loose: result.strainedLines.filter((l) => l.kind === 'loose').map((l) => l.line.replace(/\s+/g, '')),
    });
  }
}, 120_000);

const lineOf = (f: string, start: string) => {
  const line = rendered.get(f)!.lines.find((l) => l.text.replace(/\s+/g, '').startsWith(start));
  expect(line).toBeDefined();
  return line!;
};
const widest = (l: Line, kind?: Gap['kind']) => Math.max(...l.gaps.filter((g) => !kind || g.kind === kind).map((g) => g.mm));
/** Where the line's last cell ends: a closing mark at its end may be set in half its cell. */
const reachesRight = (l: Line) => {
  const last = l.glyphs[l.glyphs.length - 1];
  return [last.right, last.left + MM.cell, last.left + MM.cell / 2].some((r) => Math.abs(r - MM.right) < 0.2);
};
/** Closing marks set in half their cells (their advance box half a cell) inside the line, not at its end. */
const halvedMarks = (l: Line) => l.glyphs.slice(0, -1).filter((g) => /[，。、：；）》”]/u.test(g.char) && Math.abs(g.right - g.left - MM.cell / 2) < 0.05).map((g) => g.char);

test('fujian-letter’s opening: its first line is full, not letter-spaced before 《强制性国家标准管理办法》', () => {
  const line = lineOf('examples/fujian-letter-2025.yaml', '为贯彻落实');
  expect(line.text.replace(/\s+/g, '')).toMatch(/《强制性国家/u);
  expect(reachesRight(line)).toBe(true);
  expect(widest(line, 'ideographs')).toBeLessThanOrEqual(MAX_SPREAD);
  expect(rendered.get('examples/fujian-letter-2025.yaml')!.loose).toEqual([]);
});

test('fujian-letter’s standards: the year of GB 42295—2022 goes down after its connector, which never starts a line', () => {
  const { lines } = rendered.get('examples/fujian-letter-2025.yaml')!;
  const texts = lines.map((l) => l.text.replace(/\s+/g, ''));
  expect(texts.some((t) => t.endsWith('GB42295—'))).toBe(true);
  expect(texts.filter((t) => /^[—–]/u.test(t))).toEqual([]);
});

test.each([
  ['2018.yaml', '联系人：李海平'],
  ['2021.yaml', '联系人：林忠辉'],
  ['examples/nanping-2026.yaml', '联系人：郑晓燕'],
])(`%s: the contact line crowded with ：and ， is full, its gaps within ${MAX_SPREAD} mm, lone marks giving up half a cell`, (f, start) => {
  const line = lineOf(f, start);
  expect(reachesRight(line)).toBe(true);
  expect(widest(line)).toBeLessThanOrEqual(MAX_SPREAD);
  expect(halvedMarks(line).length).toBeGreaterThan(0);
  expect(rendered.get(f)!.loose.filter((l) => l.startsWith(start))).toEqual([]);
});

test('2017’s 宁波 line takes 2017年 with its 、 in half a cell, rather than spread three cells', () => {
  const line = lineOf('2017-national.yaml', '二、宁波市发布');
  expect(line.text.replace(/\s+/g, '')).toMatch(/报告和2017年$/u);
  expect(halvedMarks(line)).toEqual(['、']);
  expect(widest(line)).toBeLessThanOrEqual(MAX_SPREAD);
});

test('wuyishan’s （一）加强组织领导 paragraph has no loose line', () => {
  const line = lineOf('examples/wuyishan-2026.yaml', '（一）加强组织领导');
  expect(reachesRight(line)).toBe(true);
  expect(rendered.get('examples/wuyishan-2026.yaml')!.loose.filter((l) => l.startsWith('（一）加强组织领导'))).toEqual([]);
});

test('a line still loose shares its slack alike: gaps beside marks as wide as those between ideographs, a seam a quarter cell more', () => {
  const line = lineOf('2013.yaml', '发展纲要（2011～2020年）');
  expect(rendered.get('2013.yaml')!.loose).toEqual([line.text.replace(/\s+/g, '')]);
  const between = line.gaps.filter((g) => g.kind === 'ideographs').map((g) => g.mm);
  // opening and closing marks drawn in their cells: the gap beside each is the share, measured from its cell's edge
  const beside = line.gaps.filter((g) => g.kind === 'mark' && g.before !== '～' && g.after !== '～').map((g) => g.mm);
  const share = between[0];
  expect(share).toBeGreaterThan(SOLID);
  for (const mm of [...between, ...beside]) expect(mm).toBeCloseTo(share, 1);
  for (const seam of line.gaps.filter((g) => g.kind === 'seam')) expect(seam.mm).toBeLessThanOrEqual(MM.cell / 4 + share + SOLID);
});
