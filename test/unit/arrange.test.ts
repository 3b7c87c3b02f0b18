/**
 * The arrangement both renderers obey (src/arrange): joint headers sized to
 * the space page 1 leaves, names row by row in the campaign's order, and
 * signatures in columns that keep the block on one page with its text.
 */
import fc from 'fast-check';
import { arrangeNotice } from '../../src/arrange';
import { arrangeHeader } from '../../src/arrange/header';
import { nameLines } from '../../src/arrange/name-lines';
import { arrangeSignature } from '../../src/arrange/signature';
import { emWidth } from '../../src/arrange/text-width';
import type { Header, Notice } from '../../src/document/model';
import { HEADER, JOINT, LINE_PITCH_MM, PAGE, ptToMm } from '../../src/style/gbt9704';

const names = (n: number, base = '国家某某监督管理局') => Array.from({ length: n }, (_, i) => `${base.slice(0, 3 + (i % 7))}${i + 1}`);
const header = (issuers: string[], withWenjian = true): Header => ({ issuers, withWenjian, documentNumber: '国市监质联〔2025〕68号' });
const notice = (h: Header, title: string, addressees: string): Notice => ({ header: h, title, addressees, body: [], annexList: [], annexes: [] });

describe('joint header', () => {
  test('a few issuers share page 1 with the title, addressees and first body lines, in one column as large as that allows', () => {
    const n = notice(header(names(4)), '某某等关于开展2025年质量月活动的通知', '各有关单位：');
    const a = arrangeNotice(n).header!;
    expect(a.mark.columns).toBe(1);
    expect(a.mark.sizePt).toBeLessThanOrEqual(HEADER.jointIssuerPt);
    expect(a.mark.sizePt).toBeGreaterThanOrEqual(JOINT.minSizeWithTitlePt);
    const rest = 2 + 1 + 1 + 1 + JOINT.bodyLinesOnFirstPage; // blank lines, one title line, blank, addressees, body
    expect(a.flowRow + rest).toBeLessThanOrEqual(PAGE.linesPerPage);
  });

  test('47 issuers take page 1 to themselves and fill it: names far larger than 9.6 pt, the rule in the lower fifth of the block', () => {
    const a = arrangeHeader(header(names(47), false), 40);
    expect(a.mark.columns).toBe(2);
    expect(a.mark.sizePt).toBeGreaterThan(12);
    expect(a.ruleMm).toBeGreaterThan(0.8 * PAGE.textHeightMm);
    expect(a.ruleMm).toBeLessThan(PAGE.textHeightMm);
  });

  test('the names run row by row, left to right, in the campaign’s order', () => {
    const issuers = names(9);
    const a = arrangeHeader(header(issuers), 30);
    expect(a.mark.rows.flat()).toEqual(issuers);
    expect(a.mark.rows[0]).toEqual(issuers.slice(0, a.mark.columns));
  });

  test('any number of issuers, any names: the mark stays inside the text block and the rule on page 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 2, max: 16 }), fc.boolean(), fc.integer({ min: 0, max: 30 }), (count, length, wenjian, rest) => {
        const issuers = Array.from({ length: count }, (_, i) => `${'部'.repeat(Math.max(1, length - String(i).length))}${i}`);
        const a = arrangeHeader(header(issuers, wenjian), rest);
        const m = a.mark;
        const width = (m.columns * m.columnMm + (m.columns - 1) * m.gapMm + (m.wenjian ? m.gapMm + ptToMm(emWidth('文件') * m.wenjian.sizePt) : 0)) * m.scale;
        expect(m.leftMm).toBeGreaterThanOrEqual(-1e-6);
        expect(m.leftMm + width).toBeLessThanOrEqual(PAGE.textWidthMm + 1e-6);
        expect(m.columnMm).toBeGreaterThanOrEqual(Math.max(...issuers.map((s) => ptToMm(emWidth(s) * m.sizePt))) - 1e-6);
        expect(m.rows.flat()).toEqual(issuers);
        expect(a.ruleMm + HEADER.ruleThicknessMm).toBeLessThanOrEqual(PAGE.textHeightMm + LINE_PITCH_MM);
      }),
      { numRuns: 200 },
    );
  });
});

describe('signature', () => {
  const date = '2025年8月28日';

  test('one issuer: 右空二字, the date two characters right of the name’s first character', () => {
    const a = arrangeSignature({ names: ['福建省市场监督管理局'], date });
    const cell = PAGE.textWidthMm / PAGE.charsPerLine;
    expect(a.lines).toHaveLength(2);
    expect(a.lines[0][0]).toMatchObject({ anchor: 'right' });
    expect(a.lines[0][0].xMm).toBeCloseTo(PAGE.textWidthMm - 2 * cell, 6);
    expect(a.keepWithNext).toEqual([true, false]);
  });

  test('sealed: the date 右空四字 and the name centred over it; a name too long for that stands 右空二字, the date and seal centred under it', () => {
    const cell = PAGE.textWidthMm / PAGE.charsPerLine;
    const short = arrangeSignature({ names: ['建瓯市市场监督管理局'], date, seal: { path: '/seal.png', aspect: 1 } });
    const [name, dated] = [short.lines[0][0], short.lines[1][0]];
    expect(dated).toMatchObject({ anchor: 'right' });
    expect(dated.xMm).toBeCloseTo(PAGE.textWidthMm - 4 * cell, 6);
    expect(name.xMm - (10 * cell) / 2).toBeCloseTo(short.seals[0].centreXMm, 0);

    // 16 characters centred over a 右空四字 date would end past the block's right edge (建瓯 2026, 189.6 mm in the PDF).
    const long = arrangeSignature({ names: ['建瓯市质量强市工作领导小组办公室'], date, note: '（建瓯市市场监督管理局代章）', seal: { path: '/seal.png', aspect: 1 } });
    const [longName, note, longDate] = long.lines.map((l) => l[0]);
    expect(longName).toMatchObject({ anchor: 'right' });
    expect(longName.xMm).toBeCloseTo(PAGE.textWidthMm - 2 * cell, 6);
    const nameCentre = longName.xMm - (16 * cell) / 2;
    expect(note.xMm).toBeCloseTo(nameCentre, 6);
    expect(long.seals[0].centreXMm).toBeCloseTo(nameCentre, 6);
    const dateWidth = 6.5 * cell; // 2025年8月28日: three ideographs, seven digits at half a cell
    const dateCentre = longDate.anchor === 'right' ? longDate.xMm - dateWidth / 2 : longDate.xMm + dateWidth / 2;
    expect(dateCentre).toBeCloseTo(nameCentre, 6);
  });

  test('a seal presses on the date from the line above it: the note under the names carries it, one blank line fewer keeps its top where it was', () => {
    const plain = arrangeSignature({ names: ['建瓯市市场监督管理局'], date, seal: { path: '/seal.png', aspect: 1 } });
    expect(plain.seals[0].line).toBe(0);
    expect(plain.linesBefore).toBe(2);
    const noted = arrangeSignature({ names: ['建瓯市质量强市工作领导小组办公室'], date, note: '（建瓯市市场监督管理局代章）', seal: { path: '/seal.png', aspect: 1 } });
    expect(noted.lines[1][0].text).toBe('（建瓯市市场监督管理局代章）');
    expect(noted.seals[0].line).toBe(1);
    expect(noted.linesBefore + noted.seals[0].line).toBe(plain.linesBefore + plain.seals[0].line);
    const two = arrangeSignature({ names: ['某某县第一局', '某某县第二局'], date, seal: { path: '/seal.png', aspect: 1 } });
    expect(two.seals[0].line).toBe(1);
    expect(two.linesBefore).toBe(1);
    // a joint notice's own seals: the last row's seals on the note, which stays within 右空二字
    const cell = PAGE.textWidthMm / PAGE.charsPerLine;
    const joint = arrangeSignature({ names: ['某某县第一局', '某某县第二局'], date, note: '（某某县市场监督管理局代章）', seals: [{ path: '/a.png', aspect: 1 }, { path: '/b.png', aspect: 1 }] });
    expect(joint.seals.map((s) => s.line)).toEqual([1, 1]);
    expect(joint.linesBefore).toBe(1);
    expect(joint.lines[1][0].xMm + (14 * cell) / 2).toBeLessThanOrEqual(PAGE.textWidthMm - 2 * cell + 1e-6);
  });

  test('joint seals (§7.3.5.1): rows of up to three, a seal on each name, the last over the date, no two seals meet, all inside the block', () => {
    const cell = PAGE.textWidthMm / PAGE.charsPerLine;
    const seal = 42;
    for (const count of [2, 3, 4, 5, 7]) {
      const signed = Array.from({ length: count }, (_, i) => `某某县第${'一二三四五六七'[i]}局`);
      const a = arrangeSignature({ names: signed, date, seals: signed.map((_, i) => ({ path: `/seal${i}.png`, aspect: 1 })) });
      expect(a.seals.map((s) => s.path)).toEqual(signed.map((_, i) => `/seal${i}.png`));
      const rows = new Set(a.seals.map((s) => s.line));
      expect(Math.max(...[...rows].map((r) => a.seals.filter((s) => s.line === r).length))).toBeLessThanOrEqual(3);
      a.seals.forEach((s, i) => {
        // centred on its name, on the name's line
        expect(a.lines[s.line].find((t) => t.text === signed[i])!.xMm).toBeCloseTo(s.centreXMm, 6);
        expect(s.centreXMm - seal / 2).toBeGreaterThanOrEqual(0);
        expect(s.centreXMm + seal / 2).toBeLessThanOrEqual(PAGE.textWidthMm);
        for (const t of a.seals.slice(i + 1)) expect(Math.hypot(t.centreXMm - s.centreXMm, (t.line - s.line) * LINE_PITCH_MM)).toBeGreaterThan(seal);
      });
      // the date on the line after the last name, 右空四字, the last seal centred on it
      const last = a.seals[a.seals.length - 1];
      const dated = a.lines[a.lines.length - 1][0];
      expect(dated).toMatchObject({ text: date, anchor: 'right' });
      expect(a.lines.length - 1).toBe(last.line + 1);
      expect(dated.xMm).toBeCloseTo(PAGE.textWidthMm - 4 * cell, 6);
      expect(dated.xMm - (6.5 * cell) / 2).toBeCloseTo(last.centreXMm, 6);
      expect(rows.size).toBe(Math.ceil(count / 3));
    }
  });

  test('joint seals taller than a page break only between rows, where the seals’ reach below one row and above the next meet', () => {
    const signed = Array.from({ length: 16 }, (_, i) => `某某县第${i + 1}局`);
    const a = arrangeSignature({ names: signed, date, seals: signed.map((_, i) => ({ path: `/seal${i}.png`, aspect: 1 })) });
    const rowLines = [...new Set(a.seals.map((s) => s.line))];
    expect(rowLines).toHaveLength(6);
    expect(a.linesBefore + a.lines.length).toBeGreaterThan(PAGE.linesPerPage);
    // a seal reaches 21 mm from its line's middle: into the second line above and below
    const reach = Math.ceil((42 / 2 - LINE_PITCH_MM / 2) / LINE_PITCH_MM);
    expect(reach).toBe(2);
    const breaks = a.keepWithNext.flatMap((k, i) => (k || i === a.lines.length - 1 ? [] : [i]));
    expect(breaks).toEqual(rowLines.slice(0, -1).map((line) => line + reach));
    rowLines.slice(1).forEach((line, r) => expect(line - (breaks[r] + 1)).toBe(reach));
  });

  test('columns asked for are used, row by row in order, the date on the line below', () => {
    const signers = names(9, '某某局');
    const a = arrangeSignature({ names: signers, date, columns: 3 });
    expect(a.lines.slice(0, 3).map((row) => row.map((t) => t.text))).toEqual([signers.slice(0, 3), signers.slice(3, 6), signers.slice(6, 9)]);
    expect(a.lines[3]).toEqual([expect.objectContaining({ text: date, anchor: 'right' })]);
    expect(a.keepWithNext.every((k, i) => k === i < a.lines.length - 1)).toBe(true);
  });

  test('more columns than the width allows: as many as fit', () => {
    const a = arrangeSignature({ names: names(6, '中华全国某某某某联合会'), date, columns: 4 });
    expect(a.lines[0].length).toBeLessThan(4);
    for (const row of a.lines) for (const t of row) expect(t.xMm).toBeLessThanOrEqual(PAGE.textWidthMm + 1e-6);
  });

  test('47 names asked in two columns take a third, so the block shares its page with text (§7.3.5)', () => {
    const signers = ['质检总局', '中宣部', '发展改革委', '教育部', '科技部', '工业和信息化部', '公安部', '人力资源和社会保障部', ...names(39, '某某委员会')];
    const a = arrangeSignature({ names: signers, date, columns: 2 });
    expect(a.lines[0]).toHaveLength(3);
    expect(1 + a.lines.length + JOINT.linesKeptWithSignature).toBeLessThanOrEqual(PAGE.linesPerPage);
    for (const row of a.lines) for (const t of row) expect(t.xMm).toBeLessThanOrEqual(PAGE.textWidthMm + 1e-6);
  });

  test('a block that cannot fit one page keeps only its first line with the text and its last row with the date', () => {
    const a = arrangeSignature({ names: Array.from({ length: 60 }, (_, i) => `国家某某监管局${i + 1}`), date, columns: 3 });
    expect(a.lines[0]).toHaveLength(3); // a fourth column would not fit the width
    const last = a.lines.length - 1;
    expect(1 + a.lines.length + JOINT.linesKeptWithSignature).toBeGreaterThan(PAGE.linesPerPage);
    expect(a.keepWithNext[0]).toBe(true);
    expect(a.keepWithNext[last - 1]).toBe(true);
    expect(a.keepWithNext.filter(Boolean)).toHaveLength(2);
  });
});

test('one seal under names in columns, any names: the names inside the block, the date within 右空二字 and under the seal, which is on the last column', () => {
  const cell = PAGE.textWidthMm / PAGE.charsPerLine;
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 2, max: 13 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 4 }), (lengths, columns) => {
      const signed = lengths.map((n, i) => `${'局'.repeat(n)}${i}`);
      const date = '2026年12月31日';
      const a = arrangeSignature({ names: signed, date, seal: { path: '/seal.png', aspect: 1 }, columns });
      const [seal] = a.seals;
      const dated = a.lines[a.lines.length - 1][0];
      expect(dated.xMm).toBeLessThanOrEqual(PAGE.textWidthMm - 2 * cell + 1e-6);
      const dateLeft = dated.xMm - emWidth(date) * cell;
      expect(dateLeft).toBeLessThan(seal.centreXMm);
      expect(dated.xMm).toBeGreaterThan(seal.centreXMm);
      for (const row of a.lines.slice(0, -1)) for (const t of row) {
        const half = (emWidth(t.text) * cell) / 2;
        const centre = t.anchor === 'center' ? t.xMm : t.anchor === 'right' ? t.xMm - half : t.xMm + half;
        expect(centre - half).toBeGreaterThanOrEqual(-1e-6);
        expect(centre + half).toBeLessThanOrEqual(PAGE.textWidthMm + 1e-6);
      }
      expect(seal.centreXMm - 21).toBeGreaterThanOrEqual(-1e-6);
      expect(seal.centreXMm + 21).toBeLessThanOrEqual(PAGE.textWidthMm + 1e-6);
    }),
    { numRuns: 300 },
  );
});

describe('a name too long for the signature line', () => {
  test('breaks after the end of a body’s name nearest an even split, or evenly where none fits', () => {
    expect(nameLines('福州市质量强市工作领导小组办公室', 26)).toEqual(['福州市质量强市工作领导小组办公室']);
    expect(nameLines('中共福州市委福州市人民政府质量强市暨标准化战略工作领导小组办公室', 26)).toEqual(['中共福州市委福州市人民政府', '质量强市暨标准化战略工作领导小组办公室']);
    expect(nameLines('甲'.repeat(30), 26)).toEqual(['甲'.repeat(15), '甲'.repeat(15)]);
  });

  test('any name: the lines join to it, each fits, as few as fit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('福', '州', '市', '委', '府', '局', '组', '2', '（', '）'), { minLength: 1, maxLength: 90 }), (chars) => {
        const name = chars.join('');
        const lines = nameLines(name, 26);
        expect(lines.join('')).toBe(name);
        for (const l of lines) expect(emWidth(l)).toBeLessThanOrEqual(26);
        expect(lines).toHaveLength(Math.max(1, Math.ceil(emWidth(name) / 26)));
      }),
      { numRuns: 300 },
    );
  });

  test('the signature sets it in those lines, inside the block', () => {
    const name = '中共福州市委福州市人民政府质量强市暨标准化战略工作领导小组办公室';
    for (const seal of [undefined, { path: '/seal.png', aspect: 1 }]) {
      const a = arrangeSignature({ names: [name], date: '2026年3月2日', ...(seal ? { seal } : {}) });
      expect(a.lines.slice(0, 2).map((l) => l[0].text)).toEqual(nameLines(name, 26));
      for (const l of a.lines.slice(0, 2)) expect(l[0].xMm).toBeLessThanOrEqual(PAGE.textWidthMm - (2 * PAGE.textWidthMm) / PAGE.charsPerLine + 1e-6);
      for (const l of a.lines.slice(0, 2)) expect(l[0].xMm - emWidth(l[0].text) * (PAGE.textWidthMm / PAGE.charsPerLine)).toBeGreaterThanOrEqual(0);
    }
  });
});
