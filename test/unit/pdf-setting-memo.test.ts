/**
 * Paragraph settings kept for the process (src/render/pdf/typeset/setting-memo.ts):
 * a paragraph asked for again is the setting made the first time, and one that
 * differs in anything its breaking reads is set afresh, as the breaker alone
 * sets it.
 */
import { GlyphFinder, resolveFonts } from '../../src/fonts';
import { TextSetter, type StyledText, type TextStyle } from '../../src/render/pdf/set-text';
import { breakLines } from '../../src/render/pdf/typeset/break-lines';
import { segment } from '../../src/render/pdf/typeset/segment';
import { keptSettings, SettingMemo } from '../../src/render/pdf/typeset/setting-memo';
import type { SetLine } from '../../src/render/pdf/typeset/piece';

const fonts = resolveFonts({ systemDirs: [], env: {} });
/** 28 cells of 15.75 pt to a line of 441 pt, the first indented two. */
const BODY: TextStyle = { role: 'fangsong', size: 16, bold: false, ink: 'black', cell: 15.75 };
const TEXT = '各设区市市场监管局：为贯彻落实《产品质量法》，经研究，决定于2026年3月至6月开展检查（详见 https://www.samr.gov.cn/zljds/ ），请认真组织实施。';
const shape = (available: number) => (i: number) => ({ indent: i === 0 ? 31.5 : 0, available: available - (i === 0 ? 31.5 : 0) });

/** What the line breaker alone sets, as TextSetter would ask it. */
function breakerAlone(setter: TextSetter, texts: StyledText[], available: number): SetLine[] {
  const metrics = {
    cell: (run: number) => texts[run].style.cell,
    latinWidth: (text: string, run: number) => [...text].reduce((w, ch) => w + setter.advance(ch, texts[run].style.role, texts[run].style.size), 0),
  };
  return breakLines(segment(texts.map((t) => t.text), metrics), { shape: shape(available), justify: true, metrics, avoidLoneLastChar: true });
}

const lineTexts = (lines: SetLine[]) => lines.map((l) => l.pieces.map((p) => p.piece.text).join(''));

test('a paragraph set again is the first setting; one with another width, size, face or text is set afresh, as the breaker sets it', () => {
  const setter = new TextSetter(new GlyphFinder(fonts), keptSettings());
  const texts = [{ text: TEXT, style: BODY }];
  const first = setter.setParagraph(texts, shape(441), true);
  // another build of the same process, its own setter and finder: the same faces, so the same setting
  expect(new TextSetter(new GlyphFinder(fonts), keptSettings()).setParagraph(texts, shape(441), true)).toBe(first);
  expect(first).toEqual(breakerAlone(setter, texts, 441));

  const variants: [StyledText[], number][] = [
    [texts, 300],
    [[{ text: TEXT, style: { ...BODY, size: 14, cell: 14 } }], 441],
    [[{ text: TEXT, style: { ...BODY, role: 'heiti' } }], 441],
    [[{ text: TEXT.replace('经研究，', ''), style: BODY }], 441],
    // the same characters in two runs, the second in 黑体: not the one-run paragraph
    [[{ text: TEXT.slice(0, 40), style: BODY }, { text: TEXT.slice(40), style: { ...BODY, role: 'heiti' } }], 441],
  ];
  for (const [variant, available] of variants) {
    const set = setter.setParagraph(variant, shape(available), true);
    expect(set).not.toBe(first);
    expect(set).toEqual(breakerAlone(setter, variant, available));
  }
  expect(lineTexts(setter.setParagraph(texts, shape(300), true))).not.toEqual(lineTexts(first));
  // a setter given no memo (a single build) keeps nothing and takes nothing kept
  const single = new TextSetter(new GlyphFinder(fonts));
  const once = single.setParagraph(texts, shape(441), true);
  expect(once).not.toBe(first);
  expect(once).toEqual(first);
  expect(single.setParagraph(texts, shape(441), true)).not.toBe(once);
});

test('a run long setting is kept apart from the best one', () => {
  const setter = new TextSetter(new GlyphFinder(fonts), keptSettings());
  // 108 characters: four lines at best (26, 28, 28, 26), five with each one character short
  const texts = [{ text: '各地要加强组织领导明确责任分工细化工作措施确保检查工作取得实效'.repeat(4).slice(0, 107) + '。', style: BODY }];
  const best = setter.setParagraph(texts, shape(441), true);
  const longer = setter.setParagraphLonger(texts, shape(441), best.length);
  expect(best).toHaveLength(4);
  expect(longer).toHaveLength(5);
  expect(setter.setParagraph(texts, shape(441), true)).toBe(best);
  expect(setter.setParagraphLonger(texts, shape(441), best.length)).toBe(longer);
});

test('the memo holds a bounded amount: the older generation is still found, the one before it is let go', () => {
  const memo = new SettingMemo();
  const lines = (n: number): SetLine[] => [{ pieces: [], final: true, indent: n, available: 0 }];
  const SIZE = 20_000;
  memo.set('a', { lines: lines(1), size: SIZE });
  memo.set('b', { lines: lines(2), size: SIZE });
  memo.set('c', { lines: lines(3), size: SIZE });
  memo.set('d', { lines: lines(4), size: SIZE }); // a, b, c turn into the older generation
  expect(memo.get('a')?.[0].indent).toBe(1); // found there, and taken back into the current one
  memo.set('e', { lines: lines(5), size: SIZE });
  memo.set('f', { lines: lines(6), size: SIZE }); // d, a, e turn older; b and c are let go
  expect(memo.get('b')).toBeUndefined();
  expect(memo.get('c')).toBeUndefined();
  expect(memo.get('e')?.[0].indent).toBe(5);
});
