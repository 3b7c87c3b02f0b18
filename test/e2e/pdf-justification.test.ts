/**
 * Where a justified line's slack goes, measured on the glyphs of every
 * campaign's PDF (test/helpers/pdf-glyphs reads each glyph's place from the
 * page; justified-gaps names the gaps between their cells). The rule
 * (src/render/pdf/typeset/justify.ts) follows LibreOffice's layout of our
 * DOCX with the same face (no space beside a full-width mark, a fixed fifth
 * of an em where an ideograph meets a number, the rest spread over the
 * characters): nothing is added beside a full-width mark or bracket; a seam
 * between an ideograph and a Latin word or number takes at most a quarter
 * cell and its share of the rest; the rest is spread alike over the gaps
 * between ideographs, so that on a line the build does not report no gap
 * grows by more than MAX_SPREAD. Lines still reach the right edge, and a line
 * of Chinese set solid still holds 28 characters.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { MM } from '../helpers/pdf-geometry';
import { glyphLines, readGlyphs, type Glyph } from '../helpers/pdf-glyphs';
import { lineGaps, MAX_SPREAD, SOLID, type Gap } from '../helpers/justified-gaps';
import { loadPdf } from '../helpers/pdf-streams';

const CAMPAIGNS = path.join(__dirname, '..', '..', 'campaigns');
const files = [
  ...readdirSync(CAMPAIGNS).filter((f) => f.endsWith('.yaml')),
  ...readdirSync(path.join(CAMPAIGNS, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`),
].sort();

const BODY_PT = 16;

interface Line {
  glyphs: Glyph[];
  text: string;
  gaps: Gap[];
  /** The paragraph goes on below it: the next body line on the page is one grid row down at the block's left edge. */
  runsOn: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** Body-size lines inside the text block, with their gaps, page by page. */
function bodyLines(pages: Glyph[][]): Line[] {
  return pages.flatMap((glyphs) => {
    const lines = glyphLines(glyphs).filter((l) => l[0].size === BODY_PT && l[0].left > MM.left - 0.5 && l[l.length - 1].right < MM.right + 0.5 && l[0].baseline > MM.top);
    return lines.map((l, i) => {
      const next = lines[i + 1];
      const runsOn = !!next && near(next[0].baseline - l[0].baseline, MM.pitch, 0.05) && near(next[0].left, MM.left, 0.2);
      return { glyphs: l, text: l.map((g) => g.char).join(''), gaps: lineGaps(l, MM.cell), runsOn };
    });
  });
}

/** Where a line's last cell ends: a closing mark at the end may be set in half its cell (行尾挤压). */
function rightEdges(line: Glyph[]): number[] {
  const last = line[line.length - 1];
  return /[，。、：；！？）》〉〕】」』”’]/u.test(last.char) ? [last.left + MM.cell, last.left + MM.cell / 2] : [last.right];
}

const rendered = new Map<string, { lines: Line[]; loose: Set<string> }>();

beforeAll(async () => {
  for (const f of files) {
    const { document, problems } = await documentFromFile(path.join(CAMPAIGNS, f));
    if (!document) throw new Error(`${f}: ${JSON.stringify(problems)}`);
    const result = await renderPdf(document);
    const lines = bodyLines(readGlyphs(await loadPdf(result.bytes)));
    rendered.set(f, { lines, loose: new Set(result.strainedLines.filter((l) => l.kind === 'loose').map((l) => squash(l.line))) });
  }
});

/**
 * Justified lines: those a paragraph runs on from; not names set in columns (a cell or more apart), nor a form's
 * filler line (填报单位：______（盖章）　　填表人：…), set flush left with its blanks.
 */
const justified = (f: string) => rendered.get(f)!.lines.filter((l) => l.runsOn && l.gaps.every((g) => g.mm < MM.cell) && !/__|\u3000\u3000/u.test(l.text));
const show = (l: Line, kinds: Gap['kind'][]) => l.gaps.map((g) => (kinds.includes(g.kind) ? `${g.before}|${g.after} ${g.mm.toFixed(2)}` : '')).filter(Boolean);

describe.each(files)('%s: a justified line’s slack', (f) => {
  test('the measurement sees justified lines', () => {
    expect(justified(f).length).toBeGreaterThan(5);
  });

  test('is never put beside a full-width mark or bracket, on a line the build does not report: those gaps stay as set solid', () => {
    const { loose } = rendered.get(f)!;
    const widened = justified(f).filter((l) => !loose.has(squash(l.text)) && l.gaps.some((g) => g.kind === 'mark' && g.mm > SOLID));
    expect(widened.map((l) => [l.text, ...show(l, ['mark'])])).toEqual([]);
  });

  test(`grows no gap between ideographs by more than ${MAX_SPREAD} mm on a line the build does not report`, () => {
    const { loose } = rendered.get(f)!;
    const wide = justified(f).filter((l) => !loose.has(squash(l.text)) && l.gaps.some((g) => g.kind === 'ideographs' && g.mm > MAX_SPREAD));
    expect(wide.map((l) => [l.text, ...show(l, ['ideographs'])])).toEqual([]);
  });

  test('gives a seam a quarter cell and its share of the spread; half a cell only where the spread has taken a whole cell', () => {
    const { loose } = rendered.get(f)!;
    const wide = justified(f).filter((l) => {
      if (loose.has(squash(l.text))) return false;
      const spread = l.gaps.filter((g) => g.kind === 'ideographs' || g.kind === 'seam');
      const share = Math.max(0, ...l.gaps.filter((g) => g.kind === 'ideographs').map((g) => g.mm));
      const most = share * spread.length < MM.cell - SOLID ? MM.cell / 4 : MM.cell / 2;
      return l.gaps.some((g) => g.kind === 'seam' && g.mm - share > most + SOLID);
    });
    expect(wide.map((l) => [l.text, ...show(l, ['ideographs', 'seam'])])).toEqual([]);
  });

  test('takes every line the paragraph runs on from to the right edge of the block (within 0.2 mm)', () => {
    const short = justified(f).filter((l) => !rightEdges(l.glyphs).some((r) => near(r, MM.right, 0.2)));
    expect(short.map((l) => [l.text, rightEdges(l.glyphs).map((r) => r.toFixed(2))])).toEqual([]);
  });

  test('leaves a line of Chinese set solid at 28 characters (marks squeezed together counting half a cell each)', () => {
    const chinese = justified(f).filter((l) => near(l.glyphs[0].left, MM.left, 0.2) && l.gaps.every((g) => g.kind === 'ideographs' || g.kind === 'mark'));
    /** Cells the characters take: a mark squeezed beside another, or at the line's end, gives up half of one. */
    const cells = (l: Line) => l.glyphs.length + l.gaps.reduce((sum, g) => sum + Math.min(0, g.mm), 0) / MM.cell - (near(rightEdges(l.glyphs)[1] ?? 0, MM.right, 0.2) ? 0.5 : 0);
    const solid = chinese.filter((l) => l.gaps.every((g) => g.mm <= SOLID));
    expect(solid.length).toBeGreaterThan(0);
    expect(solid.filter((l) => !near(cells(l), 28, 0.05)).map((l) => [l.text, cells(l).toFixed(2)])).toEqual([]);
    // the others are one character short (推出), the cell spread over their gaps between ideographs
    expect(chinese.filter((l) => !near(cells(l), 28, 0.05) && !near(cells(l), 27, 0.05)).map((l) => [l.text, cells(l).toFixed(2)])).toEqual([]);
  });
});

/** Lines of the campaigns where a document number, a date or a bracketed title meets Chinese text. */
const seeds: [file: string, line: RegExp, solid: string[]][] = [
  // 2023: the 通知 cites 国市监质发〔2023〕73号; its 〔year〕 opens a line
  ['2023.yaml', /^〔2023〕73号，公开发布/u, ['〔|2', '3|〕', '〕|7']],
  ['2023.yaml', /^案（2023—2025年）》各项部署/u, ['（|2', '3|—', '—|2']],
  // luoyuan: the forwarded notice by its title and number, 〈2026年…〉 inside 《》
  ['examples/luoyuan-forward-2026.yaml', /〈2026年/u, ['〈|2']],
  ['examples/luoyuan-forward-2026.yaml', /闽市监质〔2026〕12号）/u, ['〔|2', '6|〕', '〕|1', '号|）']],
];

test.each(seeds)('%s, the line %s: no space beside the marks, a bounded one where the number meets an ideograph', (f, pattern, solidPairs) => {
  const line = rendered.get(f)!.lines.find((l) => l.runsOn && pattern.test(l.text));
  expect(line).toBeDefined();
  const pair = (g: Gap) => `${g.before}|${g.after}`;
  for (const p of solidPairs) {
    const gap = line!.gaps.find((g) => pair(g) === p);
    expect([p, gap && Math.abs(gap.mm) <= SOLID]).toEqual([p, true]);
  }
  for (const seam of line!.gaps.filter((g) => g.kind === 'seam')) expect(seam.mm).toBeLessThanOrEqual(MM.cell / 4 + MAX_SPREAD);
  expect(rightEdges(line!.glyphs).some((r) => near(r, MM.right, 0.2))).toBe(true);
});
