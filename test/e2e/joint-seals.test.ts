/**
 * A joint notice sealed by each issuer (GB/T 9704 §7.3.5.1, signature.seals):
 * the names in rows, one seal centred on each name, the last seal pressing on
 * the last name and the date, the seals of a row apart (互不相交或相切), the
 * rows far enough apart that no seals meet, every seal inside the text block.
 * Measured in mm in our PDF and in our DOCX as LibreOffice lays it out: the
 * seals as the red shapes of the rasterised page, the names and the date
 * from pdftotext. campaigns/examples/zhenghe-joint-2026.yaml signs two
 * issuers in a row; the same notice with a third issuer signs three in the
 * row, the names too wide for three columns in two lines under their seals;
 * five issuers with short names sign three and two.
 * A seal count that does not match the names, or seal and seals together, is
 * an error a clerk can place and fix.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { runCli, tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';
import { signedName } from '../helpers/signed-names';
import { redShapesAcross, type Box } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const EXAMPLE = path.join(EXAMPLES, 'zhenghe-joint-2026.yaml');
const SEAL_MM = 42;
const BLOCK = { left: 28, right: 184 };
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-joint-seals-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const three = readFileSync(EXAMPLE, 'utf8')
    .replace('    signAs: 政和县财政局\n', '    signAs: 政和县财政局\n  - name: 政和县发展和改革局\n    short: 政发改\n    signAs: 政和县发展和改革局\n')
    .replace('    - assets/zhenghe-finance-seal.png\n', '    - assets/zhenghe-finance-seal.png\n    - assets/ningde-seal.png\n');
  writeFileSync(path.join(dir, 'three.yaml'), three);
  // five issuers with names narrower than a seal: a row of three and a row of two
  const five = readFileSync(EXAMPLE, 'utf8').replace(
    '  seals:\n    - assets/zhenghe-market-seal.png\n    - assets/zhenghe-finance-seal.png\n',
    `  names: [政和县财政局, 政和县商务局, 政和县教育局, 政和县民政局, 政和县林业局]\n  seals:\n${['zhenghe-market', 'zhenghe-finance', 'ningde', 'nanping', 'sanming'].map((s) => `    - assets/${s}-seal.png\n`).join('')}`,
  );
  expect(five).toContain('政和县林业局');
  writeFileSync(path.join(dir, 'five.yaml'), five);
  rendered = await renderBoth(dir, [
    ['two', EXAMPLE],
    ['three', path.join(dir, 'three.yaml')],
    ['five', path.join(dir, 'five.yaml')],
  ]);
}, 300_000);

const middle = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

interface Measured {
  names: PdfLine[];
  date: PdfLine;
  /** The seal over each name, in the names' order. */
  seals: Box[];
}

function measure(r: Rendered): Measured {
  const sig = r.doc.notice.signature!;
  const words = readWords(r.file);
  // the signature's page: the names (the red issuer mark of page 1 has them too) and the date
  const page = words.findIndex((ws, i) => sig.names.every((n) => signedName(ws, n).length > 0) && r.pages[i].lines.some((l) => squash(l.text) === squash(sig.date)));
  expect(page).toBeGreaterThanOrEqual(0);
  // each name's last line, the one its seal is centred on
  const names = sig.names.map((n) => signedName(words[page], n)[0].line);
  const date = r.pages[page].lines.find((l) => squash(l.text) === squash(sig.date))!;
  expect(date).toBeDefined();
  // each row of names: the red shapes within a seal's reach of its line
  const rows = [...new Set(names.map((n) => Math.round(middle(n).y)))];
  const seals = names.map((n) => {
    const y = middle(n).y;
    const shapes = redShapesAcross(r.file, page + 1, { top: y - SEAL_MM / 2 - 4, bottom: y + SEAL_MM / 2 + 4, left: BLOCK.left - 10, right: BLOCK.right + 10 });
    return shapes.find((s) => s.left <= middle(n).x && middle(n).x <= s.right)!;
  });
  expect(rows.length).toBeGreaterThan(0);
  return { names, date, seals };
}

describe.each(['two', 'three', 'five'].flatMap((name) => RENDERERS.map((which) => [name, which] as const)))('%s issuers, %s', (name, which) => {
  test('one seal on each name, centred on it, 42 mm across, inside the text block', () => {
    const { names, seals } = measure(rendered(name, which));
    const tolerance = TOLERANCE[which];
    names.forEach((n, i) => {
      const s = seals[i];
      expect(s).toBeDefined();
      // the picture is 42 mm square; its ring's ink stops a little inside it
      for (const across of [s.right - s.left, s.bottom - s.top]) expect(across).toBeGreaterThan(SEAL_MM - 3);
      for (const across of [s.right - s.left, s.bottom - s.top]) expect(across).toBeLessThanOrEqual(SEAL_MM + 0.5);
      expect(Math.abs(middle(s).x - middle(n).x)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(middle(s).y - middle(n).y)).toBeLessThanOrEqual(tolerance);
      expect(s.left).toBeGreaterThanOrEqual(BLOCK.left - tolerance);
      expect(s.right).toBeLessThanOrEqual(BLOCK.right + tolerance);
    });
    // one seal each: no two names share a shape
    expect(new Set(seals).size).toBe(names.length);
  });

  test('the last seal presses on the last name and the date, the date 右空四字', () => {
    const { names, date, seals } = measure(rendered(name, which));
    const last = seals[seals.length - 1];
    // pressed on the date: the seal reaches over the date's middle (LibreOffice's stand-in face sets the digits wider than ours)
    expect(middle(date).x).toBeGreaterThan(last.left);
    expect(middle(date).x).toBeLessThan(last.right);
    expect(date.right - last.left).toBeGreaterThan((date.right - date.left) / 2);
    expect(middle(date).y).toBeLessThan(last.bottom);
    expect(date.top).toBeGreaterThan(names[names.length - 1].bottom - 1);
    // four characters (5.57 mm each) in from the block's right edge
    expect(Math.abs(BLOCK.right - 4 * (156 / 28) - date.right)).toBeLessThanOrEqual(TOLERANCE[which] + 1);
  });

  test('no two seals meet: apart across a row, and row from row', () => {
    const { seals } = measure(rendered(name, which));
    for (let i = 0; i < seals.length; i++) {
      for (let j = i + 1; j < seals.length; j++) {
        const [a, b] = [seals[i], seals[j]];
        const apartAcross = a.right < b.left || b.right < a.left;
        const apartDown = a.bottom < b.top || b.bottom < a.top;
        expect(apartAcross || apartDown).toBe(true);
        // seals are discs: their centres more than a diameter apart
        expect(Math.hypot(middle(a).x - middle(b).x, middle(a).y - middle(b).y)).toBeGreaterThan(SEAL_MM);
      }
    }
  });
});

test('two issuers sign in one row; with a third (names wider than a third of the room) the three sign in one row, the wide names in two lines', () => {
  const two = measure(rendered('two', 'our PDF'));
  expect(Math.abs(middle(two.names[0]).y - middle(two.names[1]).y)).toBeLessThan(1);
  expect(middle(two.names[0]).x).toBeLessThan(middle(two.names[1]).x);
  const r = rendered('three', 'our PDF');
  const three = measure(r);
  const y = three.names.map((n) => middle(n).y);
  expect(Math.max(...y) - Math.min(...y)).toBeLessThan(1);
  expect(middle(three.names[0]).x).toBeLessThan(middle(three.names[1]).x);
  expect(middle(three.names[1]).x).toBeLessThan(middle(three.names[2]).x);
  // on the signature's page (page 1's red issuer mark names them too)
  const sig = r.doc.notice.signature!;
  const words = readWords(r.file).find((ws) => ws.some((w) => squash(w.text) === squash(sig.date)))!;
  expect(sig.names.map((n) => signedName(words, n).map((s) => s.lines))).toEqual([[2], [1], [2]]);
});

test('five issuers with short names sign three in the first row and two in the second, under the second and third columns', () => {
  const { names } = measure(rendered('five', 'our PDF'));
  const y = names.map((n) => middle(n).y);
  expect(Math.max(...y.slice(0, 3)) - Math.min(...y.slice(0, 3))).toBeLessThan(1);
  expect(Math.abs(y[3] - y[4])).toBeLessThan(1);
  expect(y[3] - y[0]).toBeGreaterThan(SEAL_MM);
  expect(Math.abs(middle(names[3]).x - middle(names[1]).x)).toBeLessThan(1);
  expect(Math.abs(middle(names[4]).x - middle(names[2]).x)).toBeLessThan(1);
});

test.each(['two', 'three', 'five'])('%s issuers: LibreOffice puts each seal where our PDF does, within 2 mm across and from its name', (name) => {
  const [ours, lo] = [measure(rendered(name, 'our PDF')), measure(rendered(name, 'LibreOffice'))];
  ours.seals.forEach((s, i) => {
    expect(Math.abs(middle(s).x - middle(lo.seals[i]).x)).toBeLessThanOrEqual(2);
    const fromName = (m: Measured, k: number) => middle(m.seals[k]).y - middle(m.names[k]).y;
    expect(Math.abs(fromName(ours, i) - fromName(lo, i))).toBeLessThanOrEqual(2);
  });
});

describe('a clerk’s mistakes with seals: an error at the line, in Chinese with English, and the fix; exit code 2', () => {
  const SEALS = '  seals:\n    - assets/zhenghe-market-seal.png\n    - assets/zhenghe-finance-seal.png\n';
  const source = readFileSync(EXAMPLE, 'utf8');
  const check = async (yaml: string) => {
    const dir = tempDir('gongwen-joint-seals-bad-');
    cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, yaml);
    const run = await runCli(['check', file]);
    const lineOf = (text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;
    return { ...run, text: run.err.join('\n'), file, lineOf };
  };

  test('the example has the seals these cases change', () => {
    expect(source).toContain(SEALS);
  });

  test.each([
    ['one seal for two names', SEALS.replace('    - assets/zhenghe-finance-seal.png\n', ''), /seals 中有 1 个印章，而落款有 2 个署名（政和县市场监督管理局、政和县财政局）/, /1 seals for 2 signed names/, /共 2 个/],
    ['three seals for two names', SEALS + '    - assets/ningde-seal.png\n', /seals 中有 3 个印章，而落款有 2 个署名/, /3 seals for 2 signed names/, /删去多出的印章/],
  ])('%s', async (_name, seals, message, english, hint) => {
    const r = await check(source.replace(SEALS, seals));
    expect(r.code).toBe(2);
    const line = r.text.split('\n').find((l) => l.includes('seals 中有'))!;
    expect(line).toBeDefined();
    expect(line.startsWith(`${r.file}:${r.lineOf('  seals:') + 1}:5  错误  `)).toBe(true);
    expect(line).toMatch(message);
    expect(line).toMatch(english);
    expect(line).toMatch(hint);
  });

  test('a forwarded notice’s own seals are counted against its own names', async () => {
    const forward = [
      'kind: forward',
      'year: 2026',
      'forwards: joint',
      'issuers:',
      '  - name: 南平市市场监督管理局',
      'body:',
      '  - 现将{{ref:joint}}转发给你们，请认真贯彻落实。',
      'signature:',
      '  date: 2026-03-25',
      'annexes:',
      '  - id: joint',
      '    kind: notice',
      '    title: 政和县市场监督管理局　政和县财政局关于组织申报2026年度县级质量提升专项资金的通知',
      '    issuers:',
      '      - name: 政和县市场监督管理局',
      '      - name: 政和县财政局',
      '    body:',
      '      - 请按要求申报。',
      '    signature:',
      '      date: 2026-03-20',
      '      seals:',
      '        - assets/zhenghe-market-seal.png',
      '',
    ].join('\n');
    const r = await check(forward);
    expect(r.code).toBe(2);
    const line = r.text.split('\n').find((l) => l.includes('seals 中有'))!;
    expect(line).toBeDefined();
    expect(line.startsWith(`${r.file}:${r.lineOf('      seals:') + 1}:9  错误  `)).toBe(true);
    expect(line).toMatch(/seals 中有 1 个印章，而落款有 2 个署名（政和县市场监督管理局、政和县财政局）/);
  });

  test('a 代章 note with the issuers’ own seals: a warning at the note, the build goes on', async () => {
    const r = await check(source.replace(SEALS, '  note: （政和县市场监督管理局代章）\n' + SEALS));
    expect(r.code).toBe(0);
    const line = r.text.split('\n').find((l) => l.includes('与 seals 同时写'))!;
    expect(line).toBeDefined();
    expect(line.startsWith(`${r.file}:${r.lineOf('  note: ')}:9  警告  `)).toBe(true);
    expect(line).toMatch(/联合行文各发文机关各盖自己的印章，不需要代章说明/);
    expect(line).toMatch(/signature has a note \(such as 代章\) and seals/);
    expect(line).toMatch(/提示：各发文机关各自盖章时删去 note；由一个机关代为盖章时，删去 seals，写 seal/);
  });

  test('seal and seals together', async () => {
    const r = await check(source.replace(SEALS, '  seal: assets/zhenghe-market-seal.png\n' + SEALS));
    expect(r.code).toBe(2);
    const line = r.text.split('\n').find((l) => l.includes('seal 和 seals 不能同时写'))!;
    expect(line).toBeDefined();
    expect(line.startsWith(`${r.file}:${r.lineOf('  seal: ')}:9  错误  `)).toBe(true);
    expect(line).toMatch(/signature has both seal and seals/);
    expect(line).toMatch(/提示：.*删去 seal/);
  });
});
