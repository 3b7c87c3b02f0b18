import fc from 'fast-check';
import { breakLines } from '../../src/render/pdf/typeset/break-lines';
import { cannotEndLine, cannotStartLine, cellAlign } from '../../src/style/kinsoku';
import type { SetLine } from '../../src/render/pdf/typeset/piece';
import { segment, type PieceMetrics } from '../../src/render/pdf/typeset/segment';

const CELL = 10;
const metrics: PieceMetrics = { cell: () => CELL, latinWidth: (t) => 5.5 * [...t].length };

function setText(text: string, cells: number, indentCells = 0): SetLine[] {
  return breakLines(segment([text], metrics), {
    shape: (n) => (n === 0 ? { indent: indentCells * CELL, available: (cells - indentCells) * CELL } : { indent: 0, available: cells * CELL }),
    justify: true,
    metrics,
  });
}

const lineText = (l: SetLine) => l.pieces.map((p) => p.piece.text).join('');
const right = (l: SetLine) => l.pieces[l.pieces.length - 1].x + l.pieces[l.pieces.length - 1].width;

describe('line breaking with 禁则', () => {
  test('a full CJK line holds exactly its cells', () => {
    const lines = setText('中'.repeat(60), 28, 2);
    expect(lines.map((l) => [...lineText(l)].length)).toEqual([26, 28, 6]);
    expect(right(lines[0])).toBeCloseTo(280, 9);
  });

  test('a lone mid-line mark is never squeezed: the character before a line-start comma moves down instead', () => {
    const lines = setText(`中中、中中、中中中中，${'文'.repeat(5)}`, 10);
    expect(lineText(lines[0])).toBe('中中、中中、中中中');
    expect(lineText(lines[1]).startsWith('中，')).toBe(true);
    // the one cell given away is spread over the line
    expect(right(lines[0])).toBeCloseTo(100, 9);
  });

  test('marks that stand together give up their blank halves to keep a closing run on its line', () => {
    const lines = setText(`${'中'.repeat(7)}质）。”${'文'.repeat(4)}`, 10);
    expect(lineText(lines[0])).toBe(`${'中'.repeat(7)}质）。”`);
    expect(right(lines[0])).toBeCloseTo(100, 9);
    const squeezed = lines[0].pieces.filter((p) => p.width < p.piece.width - 1e-6).map((p) => p.piece.text);
    expect(squeezed.sort()).toEqual(['。', '）']);
  });

  test('a closing mark at a line end gives up its blank half (行尾挤压) rather than leave the line loose: 坛”， comes up whole', () => {
    // 2017's 金华“质量论坛”，: without it 坛”， moves down and the line is letter-spaced by three cells
    const lines = setText(`${'中'.repeat(8)}“质量论坛”，举行${'文'.repeat(6)}`, 14);
    expect(lineText(lines[0])).toBe(`${'中'.repeat(8)}“质量论坛”，`);
    expect(lines[0].strained).toBeUndefined();
    expect(right(lines[0])).toBeCloseTo(140, 9);
    const last = lines[0].pieces[lines[0].pieces.length - 1];
    expect(last.width).toBeCloseTo(CELL / 2, 9);
    // the characters before the squeezed marks stay on their grid columns
    lines[0].pieces.slice(0, 13).forEach((p, k) => expect(p.x).toBeCloseTo(k * CELL, 9));
  });

  test('a closing mark at a line end keeps its full cell when the line fits without squeezing', () => {
    const lines = setText(`${'中'.repeat(9)}，${'文'.repeat(12)}`, 10);
    expect(lineText(lines[0])).toBe(`${'中'.repeat(9)}，`);
    const last = lines[0].pieces[lines[0].pieces.length - 1];
    expect(last.width).toBeCloseTo(CELL, 9);
  });

  test('two closing marks that cannot be squeezed push a character down instead', () => {
    const lines = setText(`${'中'.repeat(9)}字”）。${'文'.repeat(5)}`, 10);
    expect(lineText(lines[0])).toBe('中'.repeat(9));
    expect(lineText(lines[1]).startsWith('字”）。')).toBe(true);
    expect(right(lines[0])).toBeCloseTo(100, 9);
  });

  test('an opening quote never ends a line', () => {
    const lines = setText(`${'中'.repeat(9)}“质量”`, 10);
    expect(lineText(lines[0])).toBe('中'.repeat(9));
    expect(lineText(lines[1])).toBe('“质量”');
  });

  test('a phone number breaks only after its hyphen or between digit groups; the line is not letter-spaced for it', () => {
    const lines = setText(`${'中'.repeat(20)}电话：0591-87580701，电子邮箱：7263441@qq.com。`, 28);
    expect(lineText(lines[0])).toMatch(/(0591-|0591-8758)$/);
    expect(right(lines[0])).toBeCloseTo(280, 9);
    // the slack goes where Chinese meets the number: the characters before it stay on their grid columns
    lines[0].pieces.slice(0, 23).forEach((p, k) => expect(p.x).toBeCloseTo(k * CELL, 9));
    expect(lines.map(lineText).some((t) => t.includes('7263441@qq.com'))).toBe(true);
  });

  test('a URL longer than a line breaks after / or .', () => {
    const lines = setText('见https://www.example.gov.cn/zwgk/tzgg/202309/t20230901_123456.html', 12);
    for (const l of lines.slice(0, -1)) expect(lineText(l)).toMatch(/[/.]$|^见$/);
    expect(lines.map(lineText).join('')).toBe('见https://www.example.gov.cn/zwgk/tzgg/202309/t20230901_123456.html');
  });

  test('a document number stays on one line where possible', () => {
    const text = `${'中'.repeat(22)}国市监质发〔2023〕73号，公开发布`;
    const lines = setText(text, 28);
    expect(lines.map(lineText).some((t) => t.includes('〔2023〕73号'))).toBe(true);
  });

  const cjk = fc.constantFrom(...'质量强省工作领导小组办公室关于开展活动通知月发展建设');
  const latin = fc.stringMatching(/^[A-Za-z0-9@.\-/]{1,8}$/);
  const words = fc.array(cjk, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  /** Runs a reader never sees broken. */
  const documentNumber = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `闽质强省办〔${y}〕${n}号`);
  const date = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}年${m}月${d}日`);
  const range = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 20 })).map(([a, n]) => `${a}—${a + n}年`);
  const kept = fc.oneof(documentNumber, date, range);
  // As in real text, a dash or an ellipsis follows words, never a closing mark.
  const dashed = fc.tuple(words, fc.constantFrom('——', '……')).map(([w, p]) => w + p);
  const punctuated = (core: fc.Arbitrary<string>) =>
    fc
      .tuple(fc.constantFrom('', '', '', '“', '（', '《'), core, fc.constantFrom('', '', '', '，', '。', '、', '；', '：', '”', '）', '》', '”。', '）；', '？'))
      .map(([o, c, e]) => o + c + e);
  const paragraph = fc.array(punctuated(fc.oneof(words, words, kept, latin, dashed)), { minLength: 1, maxLength: 80 }).map((ts) => ts.join(''));
  /**
   * Kept runs with room to move: each follows text long enough, and free of
   * marks, for the lines before it to give up a character each. (A run at
   * the very start of a paragraph, or text crowded with marks that may not
   * start a line, may have no way to fit; the first property checks that
   * such a line is reported.)
   */
  const roomy = fc
    .array(fc.tuple(fc.array(words, { minLength: 150, maxLength: 170 }), kept, fc.constantFrom("", "，", "。", "、", "）", "”。")), { minLength: 1, maxLength: 2 })
    .map((parts) => parts.map(([lead, run, after]) => lead.join('') + run + after).join(''));
  const keptRuns = (text: string) => [...text.matchAll(/〔\d{4}〕\d+号|\d{4}年\d{1,2}月\d{1,2}日|\d{4}—\d{4}年/g)];

  /**
   * Space added between pieces beyond their (possibly squeezed) widths; up to
   * half a cell where Chinese meets Latin text is spacing between scripts (clreq), not letter-spacing.
   */
  const spread = (l: SetLine) =>
    l.pieces.slice(1).reduce((s, p, k) => {
      const gap = p.x - (l.pieces[k].x + l.pieces[k].width);
      const seam = !p.piece.wordJoint && (p.piece.align === 'natural') !== (l.pieces[k].piece.align === 'natural');
      return s + (seam ? Math.max(0, gap - CELL / 2) : gap);
    }, 0);

  test('property: nothing lost, nothing forbidden at either end, never wider than the block, squeezing only between marks and at a line end', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 8, max: 30 }), fc.integer({ min: 0, max: 2 }), (text, cells, indent) => {
        const lines = setText(text, cells, indent);
        expect(lines.map(lineText).join('')).toBe(text);
        lines.forEach((l, i) => {
          const t = [...lineText(l)];
          const limit = l.indent + l.available;
          expect(right(l)).toBeLessThanOrEqual(limit + 1e-6);
          // A line never starts with a squeezed mark; it may end with a closing mark set in exactly half its cell (行尾挤压).
          const last = l.pieces[l.pieces.length - 1];
          expect(l.pieces[0].width).toBeGreaterThanOrEqual(l.pieces[0].piece.width - 1e-6);
          if (last.width < last.piece.width - 1e-6) {
            expect(cellAlign(last.piece.text)).toBe('left');
            expect(last.width).toBeCloseTo(last.piece.width / 2, 9);
          }
          // Inside a line a mark gives up half its cell only beside another mark.
          for (const p of l.pieces.slice(0, -1)) if (p.width < p.piece.width - 1e-6) expect(p.piece.shrink).toBeGreaterThan(0);
          // A rule gives way only where nothing else fits, and then the line says so (the build warns).
          if (i > 0 && lines[i - 1].strained !== 'forced') expect(cannotStartLine(t[0])).toBe(false);
          if (!l.final && l.strained !== 'forced') expect(cannotEndLine(t[t.length - 1])).toBe(false);
          if (!l.final && spread(l) > CELL + 1e-6) expect(l.strained).toBeDefined();
          for (let k = 1; k < l.pieces.length; k++) {
            expect(l.pieces[k].x).toBeGreaterThanOrEqual(l.pieces[k - 1].x + l.pieces[k - 1].width - 1e-6);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('property: Chinese text with document numbers, dates and ranges: none split, no line looser than one character, every line on the grid', () => {
    fc.assert(
      fc.property(roomy, fc.integer({ min: 12, max: 30 }), fc.integer({ min: 0, max: 2 }), (text, cells, indent) => {
        const lines = setText(text, cells, indent);
        expect(lines.map(lineText).join('')).toBe(text);
        // never split: each kept run lies within one line
        let offset = 0;
        const spans = lines.map((l) => {
          const span = [offset, offset + lineText(l).length];
          offset = span[1];
          return span;
        });
        for (const m of keptRuns(text)) {
          const end = m.index + m[0].length;
          expect(spans.some(([a, b]) => a <= m.index && end <= b)).toBe(true);
        }
        lines.forEach((l) => {
          expect(l.strained).toBeUndefined();
          if (l.final) return;
          // full to the edge, letter-spaced by at most one cell in all
          expect(right(l)).toBeCloseTo(l.indent + l.available, 6);
          expect(spread(l)).toBeLessThanOrEqual(CELL + 1e-6);
          // a line that needs no spacing keeps every full-width character on its grid column
          // up to the first Latin text (whose advances are not grid cells)
          if (Math.abs(spread(l)) < 1e-6 && l.pieces.every((p) => p.width === p.piece.width)) {
            let x = l.indent;
            for (const p of l.pieces) {
              if (p.piece.align === 'natural') break;
              expect(Math.abs((p.x - x) % CELL)).toBeLessThan(1e-6);
              x = p.x + p.width;
            }
          }
        });
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });
});

describe('table cell text', () => {
  const cellText = (text: string, cells: number) =>
    breakLines(segment([text], metrics), { shape: () => ({ indent: 0, available: cells * CELL }), justify: false, metrics, avoidLoneLastChar: true });

  test('the last line of a cell never holds one character alone (况, 室。) when a line can give it company', () => {
    const lines = cellText('各地质量月活动开展情况', 5);
    expect(lines.map(lineText).join('')).toBe('各地质量月活动开展情况');
    expect(lines.length).toBe(3);
    expect(lineText(lines[2])).toBe('情况');
    expect(cellText('办公室。', 3).map(lineText)).toEqual(['办', '公室。']);
  });

  test('property: a cell of Chinese words (two characters or more) and sentence marks ends with at least two characters', () => {
    const text = fc
      .array(fc.tuple(fc.array(fc.constantFrom(...'质量强省工作领导小组办公室活动情况'), { minLength: 2, maxLength: 6 }), fc.constantFrom('', '', '，', '。')), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([w, m]) => w.join('') + m).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 12 }), (t, cells) => {
        const lines = cellText(t, cells);
        expect(lines.map(lineText).join('')).toBe(t);
        const last = [...lineText(lines[lines.length - 1])].filter((ch) => !cannotStartLine(ch));
        expect(last.length).toBeGreaterThanOrEqual(Math.min(2, [...t].length));
      }),
      { numRuns: 300 },
    );
  });
});
