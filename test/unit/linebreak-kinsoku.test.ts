import fc from 'fast-check';
import { breakLines } from '../../src/render/pdf/typeset/break-lines';
import { cannotEndLine, cannotStartLine } from '../../src/render/pdf/typeset/kinsoku';
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

  test('a comma that would start a line is squeezed onto the line above', () => {
    const lines = setText(`中中、中中、中中中中，${'文'.repeat(5)}`, 10);
    expect(lineText(lines[0])).toBe('中中、中中、中中中中，');
    expect(right(lines[0])).toBeCloseTo(100, 9);
    expect(lineText(lines[1])).toBe('文'.repeat(5));
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

  test('phone numbers and e-mail addresses stay whole; a line with them still fills the block', () => {
    const lines = setText(`${'中'.repeat(20)}电话：0591-87580701，电子邮箱：7263441@qq.com。`, 28);
    const texts = lines.map(lineText);
    expect(texts.some((t) => t.includes('0591-87580701'))).toBe(true);
    expect(texts.some((t) => t.includes('7263441@qq.com'))).toBe(true);
    expect(right(lines[0])).toBeCloseTo(280, 9);
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
  // As in real text, a dash or an ellipsis follows words, never a closing mark.
  const core = fc.oneof(words, latin, fc.tuple(words, fc.constantFrom('——', '……')).map(([w, p]) => w + p));
  const token = fc
    .tuple(fc.constantFrom('', '', '', '“', '（', '《'), core, fc.constantFrom('', '', '', '，', '。', '、', '；', '：', '”', '）', '》', '”。', '）；', '？'))
    .map(([o, c, e]) => o + c + e);
  const paragraph = fc.array(token, { minLength: 1, maxLength: 80 }).map((ts) => ts.join(''));

  test('property: nothing lost, nothing forbidden at either end, never wider than the block, non-final lines full', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 8, max: 30 }), fc.integer({ min: 0, max: 2 }), (text, cells, indent) => {
        const lines = setText(text, cells, indent);
        expect(lines.map(lineText).join('')).toBe(text);
        lines.forEach((l, i) => {
          const t = [...lineText(l)];
          const limit = l.indent + l.available;
          expect(right(l)).toBeLessThanOrEqual(limit + 1e-6);
          // Squeezed marks never sit at either end of a line, where their glyph box would cross the edge.
          expect(l.pieces[0].width).toBeGreaterThanOrEqual(l.pieces[0].piece.width - 1e-6);
          expect(l.pieces[l.pieces.length - 1].width).toBeGreaterThanOrEqual(l.pieces[l.pieces.length - 1].piece.width - 1e-6);
          if (i > 0) expect(cannotStartLine(t[0])).toBe(false);
          if (!l.final) {
            expect(cannotEndLine(t[t.length - 1])).toBe(false);
            expect(Math.abs(right(l) - limit)).toBeLessThan(1e-6);
          }
          for (let k = 1; k < l.pieces.length; k++) {
            expect(l.pieces[k].x).toBeGreaterThanOrEqual(l.pieces[k - 1].x + l.pieces[k - 1].width - 1e-6);
          }
        });
      }),
      { numRuns: 400 },
    );
  });
});
