import fc from 'fast-check';
import { breakLines } from '../../src/render/pdf/typeset/break-lines';
import { SEAM_MAX } from '../../src/render/pdf/typeset/justify';
import { cannotEndLine, cannotStartLine, cellAlign, IN_EVERY_UNBREAKABLE_RUN, UNBREAKABLE_RUNS } from '../../src/style/kinsoku';
import type { SetLine } from '../../src/render/pdf/typeset/piece';
import { segment, type PieceMetrics } from '../../src/render/pdf/typeset/segment';

const CELL = 10;
/** Latin letters and digits a little over half a cell, a space a quarter cell (as in the fonts). */
const metrics: PieceMetrics = { cell: () => CELL, latinWidth: (t) => [...t].reduce((w, ch) => w + (ch === ' ' ? CELL / 4 : 5.5), 0) };

function setText(text: string, cells: number, indentCells = 0): SetLine[] {
  return breakLines(segment([text], metrics), {
    shape: (n) => (n === 0 ? { indent: indentCells * CELL, available: (cells - indentCells) * CELL } : { indent: 0, available: cells * CELL }),
    justify: true,
    metrics,
  });
}

const lineText = (l: SetLine) => l.pieces.map((p) => p.piece.text).join('');
const right = (l: SetLine) => l.pieces[l.pieces.length - 1].x + l.pieces[l.pieces.length - 1].width;
/** The gap before the k-th piece of a line. */
const gapBefore = (l: SetLine, k: number) => l.pieces[k].x - (l.pieces[k - 1].x + l.pieces[k - 1].width);
/** A full-width mark, bracket or space: no justification space goes beside it. */
const isMark = (p: SetLine['pieces'][number]) => p.piece.align !== 'natural' && !/^[\p{L}\p{N}]/u.test(p.piece.text);

describe('line breaking with 禁则', () => {
  test('a full CJK line holds exactly its cells', () => {
    const lines = setText('中'.repeat(60), 28, 2);
    expect(lines.map((l) => [...lineText(l)].length)).toEqual([26, 28, 6]);
    expect(right(lines[0])).toBeCloseTo(280, 9);
  });

  test('a lone mid-line mark is not squeezed where the line may be one character short: the character before a line-start comma moves down instead', () => {
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

  test('a lone closing mark gives up its blank half (推入) to pull in a date rather than leave the line letter-spaced; not in a ragged paragraph', () => {
    // 2017's 二、宁波市发布…和|2017年: 2017年 is never split, and the line before it was three cells short
    const text = `中中，中中中中2017年${'文'.repeat(12)}`;
    const [first] = setText(text, 10);
    expect(lineText(first)).toBe('中中，中中中中2017年');
    expect(first.strained).toBeUndefined();
    expect(right(first)).toBeCloseTo(100, 9);
    expect(first.pieces[2].width).toBeCloseTo(CELL / 2, 9);
    const ragged = breakLines(segment([text], metrics), { shape: () => ({ indent: 0, available: 10 * CELL }), justify: false, metrics });
    expect(lineText(ragged[0])).toBe('中中，中中中中');
    expect(ragged[0].pieces.every((p) => p.width === p.piece.width)).toBe(true);
  });

  test('a standard’s year may go down after its connector (GB 42295—|2022), never before it, rather than leave a line letter-spaced', () => {
    const lines = setText(`中中中中GB 42295—2022${'文'.repeat(12)}`, 10);
    expect(lineText(lines[0])).toBe('中中中中GB 42295—');
    expect(lines[0].strained).toBeUndefined();
    expect(lines.some((l) => lineText(l).startsWith('—'))).toBe(false);
    // a range stays whole, as before
    expect(setText(`中中中中中中中2011—2020年${'文'.repeat(12)}`, 10).some((l) => /\d—$|^\d{4}年/u.test(lineText(l)))).toBe(false);
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
    // nothing goes beside ：, which the number follows solid: the slack is spread between the ideographs
    const colon = lines[0].pieces.findIndex((p) => p.piece.text === '：');
    expect(gapBefore(lines[0], colon)).toBeCloseTo(0, 9);
    expect(gapBefore(lines[0], colon + 1)).toBeCloseTo(0, 9);
    expect(gapBefore(lines[0], 1)).toBeGreaterThan(0);
    expect(lines.map(lineText).some((t) => t.includes('7263441@qq.com'))).toBe(true);
  });

  test('a URL longer than a line breaks after a slash or before a dot or _ (Chicago): no line ends with a dot of it', () => {
    const url = 'https://www.example.gov.cn/zwgk/tzgg/202309/t20230901_123456.html';
    const lines = setText(`见${url}`, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines.slice(0, -1)) expect(lineText(l)).toMatch(/\/$|^见$|[^./_-]$/);
    for (const l of lines.slice(1)) expect(lineText(l)).toMatch(/^[._]|^[a-z0-9]/);
    // a break inside the address is at one of its joints: after / or before . _
    const cuts = lines.slice(1).map((l, k) => [lineText(lines[k]), lineText(l)] as const).filter(([a]) => a !== '见');
    expect(cuts.length).toBeGreaterThan(1);
    for (const [a, b] of cuts) expect(a.endsWith('/') || /^[._]/.test(b)).toBe(true);
    expect(lines.map(lineText).join('')).toBe(`见${url}`);
  });

  test('an e-mail address too long for what is left of its line breaks after @ or before a dot, and the dot starts the next line', () => {
    const lines = setText(`${'中'.repeat(12)}zhiliangfazhanchu@fjscjg.gov.cn${'中'.repeat(10)}`, 28);
    expect(lines).toHaveLength(2);
    const [end, start] = lines.map(lineText);
    expect(end.startsWith('中'.repeat(12))).toBe(true);
    expect(end.endsWith('@') || /^\.[a-z]/.test(start)).toBe(true);
    expect(end).not.toMatch(/\.$/);
    expect(lines[0].strained).toBeUndefined();
  });

  test('an e-mail address that can stand whole on a line of a paragraph does, the lines before taking up the slack', () => {
    const text = `请于9月30日前形成评估报告（含问题清单和修订建议），电子版发送至bzhc@fjscjg.gov.cn，纸质版一式两份寄送我局标准化处。`;
    const lines = setText(text, 28, 2);
    expect(lines.some((l) => lineText(l).includes('bzhc@fjscjg.gov.cn'))).toBe(true);
    expect(lines.every((l) => !l.strained)).toBe(true);
  });

  test('an address that can stand whole on the next line is not broken to fill this one', () => {
    // "xy" (or "xy.") of xy.gov.cn fits in the 1.9 cells left on line 1, but so short a line is not letter-spaced
    // (its two seams around AB take a cell): the address goes down whole
    const lines = setText(`${'中'.repeat(10)}AB${'中'.repeat(15)}xy.gov.cn${'中'.repeat(5)}`, 28);
    expect(lines.map(lineText)).toEqual([`${'中'.repeat(10)}AB${'中'.repeat(15)}`, `xy.gov.cn${'中'.repeat(5)}`]);
    expect(lines[0].strained).toBeUndefined();
  });

  test('a space between two Latin words widens to half a cell before the line counts as loose (GB/T 19000 before （ISO 9000）)', () => {
    // 20 cells, then "AB CD" (24.5): the line is 15.5 short, "（EF" may not be split and does not fit
    const lines = setText(`${'中'.repeat(20)}AB CD（EF GH）中中中`, 24);
    expect(lineText(lines[0])).toBe(`${'中'.repeat(20)}AB CD`);
    expect(lines[0].strained).toBeUndefined();
    const space = lines[0].pieces.find((p) => p.piece.space)!;
    expect(space.width).toBeCloseTo(CELL / 2, 9);
    // the rest (13): a quarter cell at the seam, a cell shared by the 19 gaps between ideographs and the seam, the
    // half cell left to the seam
    for (let k = 1; k < 20; k++) expect(gapBefore(lines[0], k)).toBeCloseTo(0.5, 9);
    expect(gapBefore(lines[0], 20)).toBeCloseTo(CELL / 4 + 0.5 + 0.5, 9);
    expect(right(lines[0])).toBeCloseTo(240, 9);
    // the seam alone could not have taken it without the line counting as letter-spaced
    const natural = lines[0].pieces.reduce((w, p) => w + p.piece.width, 0);
    expect((240 - natural) / CELL - SEAM_MAX).toBeGreaterThan(1);
  });

  test('a number and its unit (20255年) meet as any ideograph and number do: each seam takes up to a quarter cell first', () => {
    // 97.5 of 100: "AB" does not fit; 2.5 of slack, less than the two seams' quarter cells (LibreOffice sets its
    // fifth of an em at both, 于 2025 年)
    const lines = setText('中中中于20255年中中AB中', 10);
    expect(lineText(lines[0])).toBe('中中中于20255年中中');
    const [number, unit] = [lines[0].pieces.find((p) => p.piece.text === '20255')!, lines[0].pieces.find((p) => p.piece.text === '年')!];
    expect(number.x).toBeCloseTo(40 + 1.25, 9);
    expect(unit.x).toBeCloseTo(number.x + number.width + 1.25, 9);
    lines[0].pieces.slice(0, 4).forEach((p, k) => expect(p.x).toBeCloseTo(k * CELL, 9));
    expect(right(lines[0])).toBeCloseTo(100, 9);
  });

  test('a range of clock times breaks after its connector, never before it, and leaves no line letter-spaced (会议时间：…上午9:00—|11:30)', () => {
    // jianou-2026's 会议时间 line: kept whole, 9:00—11:30， went down and left the line five cells loose
    const text = `一、会议时间：2026年3月18日（星期三）上午9:00—11:30，会期半天。`;
    const lines = setText(text, 28, 2);
    expect(lines.map(lineText)).toEqual(['一、会议时间：2026年3月18日（星期三）上午9:00—', '11:30，会期半天。']);
    expect(lines[0].strained).toBeUndefined();
    // where the first time itself does not fit, the connector goes down with it: no line starts with —
    const narrower = setText(text, 25, 2).map(lineText);
    expect(narrower.some((t) => t.startsWith('—'))).toBe(false);
    expect(narrower.some((t) => t.endsWith('上午') || t.endsWith('9:00—'))).toBe(true);
    // a range of years is still kept whole
    expect(setText(`${'中'.repeat(24)}2024—2027年`, 28).map(lineText).some((t) => t.includes('2024—2027年'))).toBe(true);
  });

  test('a document number stays on one line where possible', () => {
    const text = `${'中'.repeat(22)}国市监质发〔2023〕73号，公开发布`;
    const lines = setText(text, 28);
    expect(lines.map(lineText).some((t) => t.includes('〔2023〕73号'))).toBe(true);
  });

  test('a document number keeps its 机关代字 with its 〔year〕 where the lines before can make room, each a character short', () => {
    // 14 cells: set full, line 6 ends （国市监质 and 〔2021〕51号） starts line 7; six lines of 13 bring it down whole
    const lines = setText(`${'中'.repeat(79)}（国市监质〔2021〕51号）`, 14);
    expect(lines.map(lineText).slice(-2)).toEqual(['中'.repeat(14), '（国市监质〔2021〕51号）']);
    expect(lines.every((l) => !l.strained)).toBe(true);
  });

  test('a document number in a ragged paragraph (an annex list) goes down whole, the line before left short (2021: （国市监质|〔2021〕51号）)', () => {
    const text = '《市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知》（国市监质〔2021〕51号）';
    const lines = breakLines(segment([text], metrics), { shape: () => ({ indent: 0, available: 22 * CELL }), justify: false, metrics });
    expect(lines.map(lineText)).toEqual(['《市场监管总局等20个部门关于开展', '2021年全国“质量月”活动的通知》', '（国市监质〔2021〕51号）']);
  });

  test('a standard keeps its code with its number where the lines can make room (gutian-notice-2026: …、GB|42295—2022 before)', () => {
    const text = '一、电动自行车及其充电器、蓄电池的生产者、销售者应当严格执行GB 17761—2024《电动自行车安全技术规范》、GB 42295—2022《电动自行车电气安全要求》等强制性国家标准，不得生产、销售未获得强制性产品认证的产品。';
    const lines = setText(text, 28, 2).map(lineText);
    expect(lines.join('')).toBe(text);
    for (const code of ['GB 17761—2024', 'GB 42295—2022']) expect(lines.some((t) => t.includes(code))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/(GB|GB\/T|ISO) ?$/);
  });

  test('a standard code that cannot stay with its number without a letter-spaced line breaks at its space, and nothing is loose', () => {
    // 10 cells: 标准GB/T 19000 is 11 cells wide whole (the code alone is 2.2 and its number 2.75)
    const lines = setText(`执行标准标准标准GB/T 19000${'中'.repeat(9)}`, 10);
    expect(lines.every((l) => !l.strained)).toBe(true);
    expect(lines.map(lineText).join('')).toBe(`执行标准标准标准GB/T 19000${'中'.repeat(9)}`);
  });

  const cjk = fc.constantFrom(...'质量强省工作领导小组办公室关于开展活动通知月发展建设');
  const latinWord = fc.stringMatching(/^[A-Za-z0-9@.\-/]{1,8}$/);
  /** A Latin word, or a phrase of two or three (GB/T 19000, ISO 9000). */
  const latin = fc.oneof(latinWord, fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), { minLength: 2, maxLength: 3 }).map((ws) => ws.join(' ')));
  const words = fc.array(cjk, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  /** Runs a reader never sees broken. */
  const documentNumber = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `闽质强省办〔${y}〕${n}号`);
  const date = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}年${m}月${d}日`);
  const range = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 20 })).map(([a, n]) => `${a}—${a + n}年`);
  /**
   * Chinese words, then Latin words of one or two characters, one to three of them (ISO 9000 in small): never
   * wider than a line can give up (the Chinese words in front keep two of them from running together).
   */
  const shortLatin = fc
    .tuple(words, fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,2}$/), { minLength: 1, maxLength: 3 }))
    .map(([lead, ws]) => lead + ws.join(' '));
  /** A year with its 年 is a date to the year (src/style/kinsoku.ts, 分离禁则). */
  const year = fc.integer({ min: 2000, max: 2099 }).map((y) => `${y}年`);
  const kept = fc.oneof(documentNumber, date, range, year);
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
    .array(fc.tuple(fc.array(fc.oneof(words, words, words, shortLatin), { minLength: 150, maxLength: 170 }), kept, fc.constantFrom("", "，", "。", "、", "）", "”。")), { minLength: 1, maxLength: 2 })
    .map((parts) => parts.map(([lead, run, after]) => lead.join('') + run + after).join(''))
    // A digit of the Latin words before a 月 that starts the next Chinese word makes a kept run of the lead's
    // own (h9月, a number with its unit). On the first line, with no line before it to give, it may have no setting
    // at all: 23 characters, then h9月 on a first line of 25 cells, end at 23 cells (two short, no seam) or at 25.1
    // (nothing to squeeze), and every other break is shorter or splits the run. None stands in the first 60
    // characters (a first line of 30 cells holds fewer: the lead packs at most two characters into a cell).
    .filter((text) => !/\d月/.test(text.slice(0, 60)));
  const keptRuns = (text: string) => [...text.matchAll(/〔\d{4}〕\d+号|\d{4}年\d{1,2}月\d{1,2}日|\d{4}—\d{4}年|\d{4}年/g)];

  /**
   * Space added between pieces beyond their (possibly squeezed) widths; up to
   * half a cell where Chinese meets Latin text is spacing between scripts (clreq), not letter-spacing.
   * (A word space widened up to half a cell is in its own width, see wordSpacesWithin.)
   */
  const spread = (l: SetLine) =>
    l.pieces.slice(1).reduce((s, p, k) => {
      const gap = p.x - (l.pieces[k].x + l.pieces[k].width);
      const seam = !p.piece.wordJoint && (p.piece.align === 'natural') !== (l.pieces[k].piece.align === 'natural');
      return s + (seam ? Math.max(0, gap - CELL / 2) : gap);
    }, 0);

  /** A word space is never wider than half a cell unless it was so already; nothing is added inside a Latin word. */
  const wordSpacesWithin = (l: SetLine) => {
    for (const p of l.pieces) if (p.piece.space && p.width > p.piece.width + 1e-9) expect(p.width).toBeLessThanOrEqual(CELL / 2 + 1e-9);
    l.pieces.forEach((p, k) => {
      if (k > 0 && p.piece.wordJoint) expect(p.x).toBeCloseTo(l.pieces[k - 1].x + l.pieces[k - 1].width, 9);
    });
  };

  test('property: nothing lost, nothing forbidden at either end, never wider than the block, squeezing only between marks, at a line end and a lone closing mark by half its cell', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 8, max: 30 }), fc.integer({ min: 0, max: 2 }), (text, cells, indent) => {
        const lines = setText(text, cells, indent);
        // a space where the line breaks is dropped
        expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
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
          // Inside a line a mark gives up half its cell beside another mark, or a lone closing mark all of its blank half (推入).
          for (const p of l.pieces.slice(0, -1)) {
            if (p.width < p.piece.width - 1e-6 && !p.piece.shrink) {
              expect(cellAlign(p.piece.text)).toBe('left');
              expect(p.width).toBeCloseTo(p.piece.width / 2, 9);
            }
          }
          // A rule gives way only where nothing else fits, and then the line says so (the build warns).
          // (a joint of an address may start a line with its dot: .gov.cn; a dot or hyphen of it never ends one)
          const joint = l.pieces[0].piece.wordJoint && l.pieces[0].piece.address;
          if (i > 0 && lines[i - 1].strained !== 'forced' && !joint) expect(cannotStartLine(t[0])).toBe(false);
          if (i > 0 && joint && lines[i - 1].strained !== 'forced') expect(lineText(lines[i - 1])).not.toMatch(/[.-]$/);
          if (!l.final && l.strained !== 'forced') expect(cannotEndLine(t[t.length - 1])).toBe(false);
          if (!l.final && spread(l) > CELL + 1e-6) expect(l.strained).toBeDefined();
          wordSpacesWithin(l);
          for (let k = 1; k < l.pieces.length; k++) {
            expect(l.pieces[k].x).toBeGreaterThanOrEqual(l.pieces[k - 1].x + l.pieces[k - 1].width - 1e-6);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('property: Chinese text with document numbers, dates and ranges: none split, no line looser than one character, nothing added beside a mark', () => {
    fc.assert(
      fc.property(roomy, fc.integer({ min: 12, max: 30 }), fc.integer({ min: 0, max: 2 }), (text, cells, indent) => {
        const lines = setText(text, cells, indent);
        // a space where the line breaks is dropped: compare, and find the kept runs, without spaces
        const unspaced = (t: string) => t.replace(/ /g, '');
        expect(unspaced(lines.map(lineText).join(''))).toBe(unspaced(text));
        // never split: each kept run lies within one line
        let offset = 0;
        const spans = lines.map((l) => {
          const span = [offset, offset + unspaced(lineText(l)).length];
          offset = span[1];
          return span;
        });
        for (const m of keptRuns(unspaced(text))) {
          const end = m.index + m[0].length;
          expect(spans.some(([a, b]) => a <= m.index && end <= b)).toBe(true);
        }
        lines.forEach((l) => {
          expect(l.strained).toBeUndefined();
          if (l.final) return;
          // full to the edge, letter-spaced by at most one cell in all (word spaces widen by at most half a cell each)
          expect(right(l)).toBeCloseTo(l.indent + l.available, 6);
          expect(spread(l)).toBeLessThanOrEqual(CELL + 1e-6);
          wordSpacesWithin(l);
          // nothing is added beside a full-width mark or bracket (where it is squeezed, the gap is still none)
          l.pieces.forEach((p, k) => {
            if (k > 0 && (isMark(p) || isMark(l.pieces[k - 1]))) expect(gapBefore(l, k)).toBeCloseTo(0, 6);
          });
        });
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });
});

describe('table cell text', () => {
  const cellText = (text: string, cells: number) =>
    breakLines(segment([text], metrics), { shape: () => ({ indent: 0, available: cells * CELL }), justify: false, metrics, avoidLoneLastChar: true });

  test('a size 1220mm×2440mm×15mm breaks after each ×, never inside a number with its unit, never before a ×', () => {
    expect(cellText('1220mm×2440mm×15mm', 5).map(lineText)).toEqual(['1220mm×', '2440mm×', '15mm']);
    expect(cellText('1220mm×2440mm×15mm', 9).map(lineText)).toEqual(['1220mm×2440mm×', '15mm']);
    expect(cellText('dn110×3.2mm', 4).map(lineText)).toEqual(['dn110×', '3.2mm']);
    // between Chinese characters a × or a ～ goes with what is before it, in a cell of any width
    for (const cells of [2, 3, 4]) {
      for (const text of ['长宽×高', '三个～五个', '长×宽×高（毫米）']) {
        const lines = cellText(text, cells).map(lineText);
        expect(lines.join('')).toBe(text);
        for (const l of lines) expect('×～').not.toContain(l[0]);
      }
    }
    for (const ch of '×～') expect(cannotStartLine(ch)).toBe(true);
  });

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

test('every unbreakable run holds what the typesetter looks for before trying the patterns (IN_EVERY_UNBREAKABLE_RUN)', () => {
  const unit = fc.constantFrom(...'0123456789（）〔〕年月日号时分秒%‰—–～~:./、万元人次台件个kmg质量 ');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
      for (const pattern of UNBREAKABLE_RUNS) for (const m of text.matchAll(pattern)) expect(m[0]).toMatch(IN_EVERY_UNBREAKABLE_RUN);
    }),
    { numRuns: 3000 },
  );
  for (const text of ['（万元）', '（人/次）', '〔台（件）〕', '〔2025〕68号', '2024年9月6日', '9:00—11:30', '5%']) {
    expect(UNBREAKABLE_RUNS.some((p) => text.match(p))).toBe(true);
    expect(text).toMatch(IN_EVERY_UNBREAKABLE_RUN);
  }
});
