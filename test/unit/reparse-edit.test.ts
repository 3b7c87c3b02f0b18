/**
 * An edited campaign parsed again from the parse before the edit
 * (src/campaign/reparse-edit.ts) gives exactly what the YAML library's full
 * parse of the edited text gives, the data and every node's place, or nothing
 * at all: tried on every campaign, example and fixture of the repository,
 * as written and with CRLF line ends, under many generated edits inside
 * values (one or several), after them on their line, across the structure
 * and at line starts, with the characters that mean something to YAML,
 * Chinese and full-width punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LoadResult } from '../../src/campaign/load';
import { parseCampaignSource } from '../../src/campaign/parse-yaml';
import { reparseEdit, type KeptParse } from '../../src/campaign/reparse-edit';

const ROOT = path.resolve(__dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}

const FILES = [...yamlFiles(path.join(ROOT, 'campaigns')), ...yamlFiles(path.join(ROOT, 'test', 'fixtures'))].map((f) => path.relative(ROOT, f));

/** The forms of text the repository's campaigns do not use (they write |- and one-line plain or "…" texts). */
const EVERY_FORM = `# 一份各种写法都有的文件
kind: notice
title: 关于开展“质量月”活动的通知  # 行尾注释
plain: a b  c
quoted: "双引号：{{theme}}，含 # 号"
single: '单引号''内''的文字'
empty: ""
literal: |
  第一行
  第二行

  空行之后
folded: >
  折叠一
  折叠二

  折叠三
folded-strip: >-
  甲
  乙
literal-indented: |-
  一
    二（多缩进）
  三
list:
  - 一项
  - "二项"
  - '三项'
  - |-
    四项
    四项续
  - - 嵌套
    - 嵌套二
flow: [甲, "乙", '丙', 丁 戊]
map: {text: 市场监管局, rowSpan: 2, note: "注"}
nested:
  deep:
    deeper: 最深处 # 注
    tail: 尾
last: 末行
`;

/** What an edit may write: text, full-width punctuation, and everything YAML reads specially. */
const PIECES = [
  '经研究，', '质量', '，', '。', '：', '“', '”', '（', '）', '　', '〔2024〕', 'ａ１', 'a', 'x y', '2024', '待填写', '{{theme}}', '{{ref:slogans}}',
  ' ', '  ', ':', ': ', ':x', ' #', '#', ' # c', '"', "'", "''", '\\', '\\n', '-', '- ', '\t', '\n', '\r\n', '\n  ', '\n    ', '\n\n', '\n  x\n',
  '{{', '}}', '[', ']', ',', ', ', '{', '}', '\uFEFF', '|', '>', '|-\n', '&a ', '*a', '!', '!!str ', '%', '@', '`', '?', '? ', '---', '...',
  '\u2028', '\u0085', '\x07', '\r', '\u00a0',
];

/** A small seeded generator: the same edits on every run. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function kept(source: string): { kept: KeptParse; parsed: Extract<LoadResult, { ok: true }> } {
  const parsed = parseCampaignSource('c.yaml', source);
  if (!parsed.ok || parsed.problems.length > 0) throw new Error('a kept parse is of a text that parses without a problem');
  return { kept: { source, table: parsed.loaded.sourceMap.table, data: JSON.stringify(parsed.loaded.data) }, parsed };
}

/** The reparse of `edited`, compared with its full parse; true when the reparse applied. */
function sameAsFullParse(last: KeptParse, edited: string): boolean {
  const fast = reparseEdit(last, edited);
  if (!fast) return false;
  const full = parseCampaignSource('c.yaml', edited);
  const same = full.ok && full.problems.length === 0 && isDeepStrictEqual(fast, { data: full.loaded.data, table: full.loaded.sourceMap.table });
  // Compared first as above (jest's comparison of ~40 KB of data at every edit would take most of the test's time), and
  // where they differ, by jest for a readable account of the difference.
  if (!same) {
    expect({ edited, ok: full.ok, problems: full.problems }).toEqual({ edited, ok: true, problems: [] });
    if (full.ok) expect({ edited, ...fast }).toStrictEqual({ edited, data: full.loaded.data, table: full.loaded.sourceMap.table });
  }
  expect(same).toBe(true);
  return true;
}

type Edit = (source: string, draw: (n: number) => number, scalarRanges: [number, number][]) => string;

const splice = (s: string, at: number, remove: number, insert: string) => s.slice(0, at) + insert + s.slice(at + remove);
const piece = (draw: (n: number) => number) => PIECES[draw(PIECES.length)];

const EDITS: Record<string, Edit> = {
  'inside a value': (s, draw, ranges) => {
    const [start, end] = ranges[draw(ranges.length)];
    const at = start + draw(end - start + 1);
    switch (draw(3)) {
      case 0:
        return splice(s, at, 0, piece(draw));
      case 1:
        return splice(s, at, Math.min(1 + draw(6), end - at), '');
      default:
        return splice(s, at, Math.min(1 + draw(4), end - at), piece(draw));
    }
  },
  'inside a value, Chinese only': (s, draw, ranges) => {
    // Where a clerk types: after a quote or a block text's header, and after a line's indentation.
    const [start, end] = ranges[draw(ranges.length)];
    const first = s.indexOf('\n', start) + 1;
    const from = s[start] === '|' || s[start] === '>' ? first + s.slice(first).search(/[^ ]/) : s[start] === '"' || s[start] === "'" ? start + 1 : start;
    let at = from + draw(Math.max(end - from, 1));
    while (s[at] === ' ' && s[at - 1] === ' ') at++;
    return splice(s, at, draw(2) * Math.min(1 + draw(3), end - at - 1), ['经研究，', '质量', '。', '“两个纲要”', '（一）', '　'][draw(6)]);
  },
  'after a value, on its line': (s, draw, ranges) => {
    const [, end] = ranges[draw(ranges.length)];
    const lineEnd = s.indexOf('\n', end);
    const stretch = draw(2) ? draw(6) : Math.max(0, lineEnd - end - (s[lineEnd - 1] === '\r' ? 1 : 0));
    return splice(s, end + draw(3), stretch, [' # 待核对 1a2b', ' # 注', '  # c ', '', ' ', '#', ' #x', ' # ', '\t# c', piece(draw)][draw(10)]);
  },
  'inside two or three values': (s, draw, ranges) => {
    const picked = [...new Set([0, 1, 2].slice(0, 2 + draw(2)).map(() => ranges[draw(ranges.length)]))].sort((a, b) => b[0] - a[0]);
    return picked.reduce((text, [start, end]) => splice(text, start + draw(end - start + 1), draw(2), draw(3) ? '经研究，' : piece(draw)), s);
  },
  anywhere: (s, draw) => splice(s, draw(s.length + 1), draw(3), piece(draw)),
  'at a line start': (s, draw) => {
    const starts = [0, ...[...s.matchAll(/\n/g)].map((m) => m.index + 1)];
    return splice(s, starts[draw(starts.length)], draw(2) * draw(4), piece(draw));
  },
};

const SOURCES: [string, string, number][] = [
  ...FILES.map((name): [string, string, number] => [name, readFileSync(path.join(ROOT, name), 'utf8'), 16]),
  ['every form of text', EVERY_FORM, 200],
];

describe.each(SOURCES)('%s', (name, written, editsPerKind) => {
  test.each([
    ['LF', written],
    ['CRLF', written.replace(/\r?\n/g, '\r\n')],
  ])('%s: every edit reparsed gives the full parse, and an edit of a value is reparsed', (_, source) => {
    const { kept: last, parsed } = kept(source);
    const ranges = Object.values(parsed.loaded.sourceMap.table.nodes)
      .filter((p) => p.scalar && p.range && p.range[1] > p.range[0])
      .map((p) => [p.range![0], p.range![1]] as [number, number]);
    const draw = random(name.length * 7919 + source.length);
    const applied: Record<string, number> = {};
    for (const [kind, edit] of Object.entries(EDITS)) {
      applied[kind] = 0;
      for (let i = 0; i < editsPerKind; i++) {
        const edited = edit(source, draw, ranges);
        if (edited !== source && sameAsFullParse(last, edited)) applied[kind]++;
      }
    }
    // Most edits inside a value in Chinese keep its form: they are reparsed, not left to the full parse.
    expect(applied['inside a value, Chinese only']).toBeGreaterThan(editsPerKind / 2);
  });
});

describe('the edits a clerk makes', () => {
  const source = readFileSync(path.join(ROOT, 'campaigns', '2023.yaml'), 'utf8');
  const { kept: last } = kept(source);

  test.each([
    ['a sentence of the opening begun differently (what npm run bench edits)', source.replace('为贯彻落实《质量强国', '经研究，为贯彻落实《质量强国')],
    ['a sentence added to a text, on a line of its own', source.replace('凝聚全社会力量共同建设质量强省。\n', '凝聚全社会力量共同建设质量强省。\n            新增的一句。\n')],
    ['two places of one text edited', source.replace('为贯彻落实', '为落实').replace('现将有关事项通知如下', '现通知如下')],
    ['a sentence deleted with its line', source.replace(/\n {2}现将有关事项通知如下：/, '')],
    ['the date changed', source.replace(/^(  date: ).*$/m, '$12023-08-31')],
    ['an addressee renamed', source.replace('      - 检察院\n', '      - 人民检察院\n')],
    ['a comment written after a value', source.replace(/^scope: 福建省$/m, '$& # 全省')],
    ['two values edited', source.replace('为贯彻落实', '为落实').replace(/^scope: 福建省$/m, 'scope: 全省')],
    ['a sentence added, an addressee renamed and the date changed', source.replace('凝聚全社会力量共同建设质量强省。\n', '凝聚全社会力量共同建设质量强省。\n            新增的一句。\n').replace('      - 检察院\n', '      - 人民检察院\n').replace(/^(  date: ).*$/m, '$12023-08-31')],
  ])('%s: reparsed, as the full parse', (_, edited) => {
    expect(edited).not.toBe(source);
    expect(sameAsFullParse(last, edited)).toBe(true);
  });

  test.each([
    ['a key added', source.replace(/^scope: .*$/m, '$&\nremark: 此件公开发布')],
    ['a value edited and a key added', source.replace('为贯彻落实', '为落实').replace(/^scope: .*$/m, '$&\nremark: 此件公开发布')],
    ['an addressee added', source.replace('      - 检察院\n', '      - 检察院\n      - 审计厅\n')],
    ['a comment edited', source.replace('# 闽质强省办〔2023〕7号', '# 闽质强省办〔2023〕8号')],
    ['a text made a key', source.replace(/^scope: 福建省$/m, 'scope: 福建省: 全省')],
    ['a text given a comment glued to its #', source.replace(/^scope: 福建省$/m, 'scope: 福建省 #全省')],
    ['a text indented less', source.replace('\n  现将有关事项通知如下：', '\n 现将有关事项通知如下：')],
  ])('%s: left to the full parse', (_, edited) => {
    expect(edited).not.toBe(source);
    expect(reparseEdit(last, edited)).toBeUndefined();
  });

  test('a value confirmed: the 待核对 mark `gongwen new` wrote after it deleted, reparsed as the full parse', () => {
    const marked = source.replace(/^(theme: .*)$/m, '$1 # 待核对 1a2b');
    expect(sameAsFullParse(kept(marked).kept, source)).toBe(true);
  });

  test('a text that an alias (*ref) repeats elsewhere is left to the full parse', () => {
    const aliased = 'title: &t 通知标题\nfooter: *t\n';
    const { kept: withAlias } = kept(aliased);
    expect(reparseEdit(withAlias, aliased.replace('通知标题', '新的通知标题'))).toBeUndefined();
  });
});

test.each([
  ['a plain text', '最深处', '更深处'],
  ['a plain text in [ ]', '丁 戊', '丁　戊己'],
  ['a plain text in { }', '市场监管局', '县市场监管局'],
  ['a "double-quoted" text', '含 # 号', '含 # 号与“引号”'],
  ["a 'single-quoted' text", "'单引号''内''的文字'", "'单引号''内''的文字''改'"],
  ['an empty "" text', 'empty: ""', 'empty: "有了"'],
  ['a literal | text, a line added', '  第二行\n', '  第二行\n  新的一行\n'],
  ['a literal | text, an empty line removed', '  第二行\n\n', '  第二行\n'],
  ['a literal |- text with a line indented further', '    二（多缩进）', '      二（更多缩进）'],
  ['a folded > text', '  折叠二\n', '  折叠二改\n\n\n  新段\n'],
  ['a folded >- text', '  乙\n', '  乙丙\n'],
])('%s edited in the file with every form of text: reparsed, as the full parse', (_, from, to) => {
  for (const source of [EVERY_FORM, EVERY_FORM.replace(/\n/g, '\r\n')]) {
    const lineEnds = (text: string) => (source.includes('\r') ? text.replace(/\n/g, '\r\n') : text);
    const edited = source.replace(lineEnds(from), lineEnds(to));
    expect(edited).not.toBe(source);
    expect(sameAsFullParse(kept(source).kept, edited)).toBe(true);
  }
});
