/**
 * Every campaign in campaigns/ and campaigns/examples/ rendered to PDF and read back with poppler:
 * geometry in millimetres against GB/T 9704, fonts, text, determinism.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { arrangeNotice, type SignatureArrangement } from '../../src/arrange';
import type { Document, Notice, Signature } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { renderText } from '../../src/render/text';
import { gridOffset, isAllCjk, isBodySize, isFullLine, MM, PAGE_NUMBER } from '../helpers/pdf-geometry';
import { readFonts, readInfo, readLines, readText, withoutCjkSpaces, type PdfLine, type PdfPageBoxes } from '../helpers/pdf-poppler';
import { loadPdf, pageContent, strokedLines } from '../helpers/pdf-streams';
import { popplerComplaints, structureFaults } from '../helpers/pdf-structure';

const CAMPAIGNS = path.join(__dirname, '..', '..', 'campaigns');
/** Every campaign, the examples included (as examples/NAME.yaml). */
const files = [
  ...readdirSync(CAMPAIGNS).filter((f) => f.endsWith('.yaml')),
  ...readdirSync(path.join(CAMPAIGNS, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`),
].sort();
/**
 * The campaigns with a document number (and so a red rule), and those with a colophon: the checks of those parts run on
 * these. A letter's number stands under a double rule (§10.1): test/e2e/letter-format measures it; an order's 令号
 * stands where the number does, without a rule (§10.2): test/e2e/order-format measures it.
 */
const spec = (f: string) =>
  parse(readFileSync(path.join(CAMPAIGNS, f), 'utf8')) as { number?: unknown; colophon?: unknown; header?: { format?: string; orderNumber?: number } };
const numbered = files.filter((f) => spec(f).number || spec(f).header?.orderNumber);
const withNumber = numbered.filter((f) => spec(f).header?.format !== 'letter' && spec(f).header?.format !== 'order');
const withColophon = files.filter((f) => spec(f).colophon);
const out = mkdtempSync(path.join(os.tmpdir(), 'gongwen-pdf-'));

interface Rendered {
  doc: Document;
  bytes: Uint8Array;
  file: string;
  pages: PdfPageBoxes[];
}
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const f of files) {
    const { document, problems } = await documentFromFile(path.join(CAMPAIGNS, f));
    if (!document) throw new Error(`${f}: ${JSON.stringify(problems)}`);
    const { bytes } = await renderPdf(document);
    const file = path.join(out, f.replace('/', '-').replace(/\.yaml$/, '.pdf'));
    writeFileSync(file, bytes);
    rendered.set(f, { doc: document, bytes, file, pages: readLines(file) });
  }
});

/** Table text a page may repeat: the header rows, and a merged cell whose row group is cut across pages. */
const repeatedTableText = (n: Notice): string[] => [
  ...[...n.body, ...n.annexes.flatMap((a) => (a.content.kind === 'blocks' ? a.content.blocks : []))].flatMap((b) =>
    b.type === 'table'
      ? [b.rows.slice(0, b.headerRows).flat().map((c) => c.text).join(''), ...b.rows.flat().flatMap((c) => (c.rowSpan > 1 ? [c.text] : []))].map((t) => t.replace(/\s+/g, ''))
      : [],
  ),
  ...n.annexes.flatMap((a) => (a.content.kind === 'notice' ? repeatedTableText(a.content.notice) : [])),
];

describe.each(files)('%s as PDF', (f) => {
  const r = () => rendered.get(f)!;

  test('A4 pages; every font embedded, subset, with a ToUnicode map', () => {
    const info = readInfo(r().file);
    expect(info['Page size']).toMatch(/595\.2\d* x 841\.8\d* pts \(A4\)/);
    const fonts = readFonts(r().file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  test('the file is sound: the xref table points at every object, each stream is its /Length long, poppler reads it without a complaint', () => {
    expect(structureFaults(r().bytes)).toEqual([]);
    expect(popplerComplaints(r().file)).toBe('');
  });

  test('full body lines run from 28 mm (or the two-character indent) to 184 mm, 28 (or 26) characters to a line', () => {
    // A row of a signature in columns may span the block too: names, not a line of text.
    const signers = new Set(r().doc.notice.signature?.names ?? []);
    const signatureRow = (l: PdfLine) => l.text.trim().split(/\s{2,}|\s(?=\S{2})/).every((w) => signers.has(w.replace(/\s+/g, '')));
    const full = r().pages.flatMap((p) => p.lines.filter((l) => isFullLine(l) && !signatureRow(l)));
    const atLeft = full.filter((l) => Math.abs(l.left - MM.left) <= 0.5);
    const atIndent = full.filter((l) => Math.abs(l.left - (MM.left + 2 * MM.cell)) <= 0.5);
    // The rest are hanging lines (annex list, addressees wrapped under a label…).
    expect(atLeft.length + atIndent.length).toBeGreaterThan(full.length * 0.8);
    for (const l of full) expect(l.left).toBeGreaterThan(MM.left - 0.5);
    const cells = (l: PdfLine) => [...l.text.replace(/\s+/g, '')].length;
    // Lines of ideographs only hold one character per grid cell; with punctuation a line may squeeze one in or give one away.
    const plain = (l: PdfLine) => /^[\p{Script=Han}\s]+$/u.test(l.text);
    // (a plain line gives one away when the next line would start with a closing mark)
    for (const l of atLeft.filter(plain)) expect([27, 28]).toContain(cells(l));
    for (const l of atIndent.filter(plain)) expect([25, 26]).toContain(cells(l));
    for (const l of atLeft.filter((l) => isAllCjk(l.text))) expect(Math.abs(cells(l) - 28)).toBeLessThanOrEqual(2);
    // The measurement sees lines to check: the examples (tables, phone numbers, URLs) hold fewer lines of ideographs alone.
    expect(atLeft.filter((l) => isAllCjk(l.text)).length).toBeGreaterThan(f.startsWith('examples/') ? 3 : 5);
  });

  test('text lines start inside the block; body lines sit on the 225/22 mm grid', () => {
    for (const page of r().pages) {
      for (const l of page.lines) {
        expect(l.left).toBeGreaterThan(MM.left - 0.5);
        expect(l.right).toBeLessThan(MM.right + 0.5);
        if (PAGE_NUMBER.test(l.text)) continue;
        expect(l.bottom).toBeLessThan(MM.bottom + 0.5);
        const onBodyEdge = Math.abs(l.left - MM.left) <= 0.5 || Math.abs(l.left - (MM.left + 2 * MM.cell)) <= 0.5;
        if (isBodySize(l) && onBodyEdge && l.top > MM.top) expect(Math.abs(gridOffset(l))).toBeLessThan(0.1);
      }
    }
  });

  test('page numbers: — N —, 7 mm below the block, odd pages right and even pages left, one character in', () => {
    const numbered = r().pages.flatMap((p, i) => p.lines.filter((l) => PAGE_NUMBER.test(l.text)).map((l) => ({ l, page: i + 1 })));
    expect(numbered.length).toBeGreaterThan(0);
    const oneChar = 14 * MM.pt;
    for (const { l, page } of numbered) {
      expect(Number(PAGE_NUMBER.exec(l.text)![1])).toBe(page);
      expect((l.top + l.bottom) / 2).toBeCloseTo(MM.bottom + 7, 0);
      if (page % 2 === 1) expect(Math.abs(l.right - (MM.right - oneChar))).toBeLessThan(0.5);
      else expect(Math.abs(l.left - (MM.left + oneChar))).toBeLessThan(0.5);
    }
  });

  test('has a document number and a colophon exactly when its YAML says so', () => {
    expect(Boolean(r().doc.notice.header?.documentNumber)).toBe(numbered.includes(f));
    expect(Boolean(r().doc.notice.colophon)).toBe(withColophon.includes(f));
  });

  test('the text extracted equals the composed text, in order', () => {
    // an order's 签名章 stands for its 签发人's name, which the text output gives
    const sealed = (r().doc.notice.signature?.signers ?? []).filter((s) => s.seal);
    const composed = sealed
      .reduce((text, s) => text.replace(`${s.title}　${s.name}\n`, `${s.title}\n`), renderText(r().doc))
      .split('\n')
      .filter((l) => !/^—+$/.test(l) && !l.startsWith('［另附 PDF'))
      .map((l) => l.replace(/［图片：(.*?)］/g, '$1'))
      .join('')
      .replace(/\s+/g, '');
    const expected = inPrintedOrder(composed, r().doc.notice);
    const got = readText(r().file, true)
      .split(/[\n\f]/)
      .map(withoutCjkSpaces)
      .filter((l) => !PAGE_NUMBER.test(l.trim()))
      .join('')
      .replace(/\s+/g, '');
    // Longest first: a merged cell's text (序号) may begin another table's header (序号单位器具名称…).
    const repeats = repeatedTableText(r().doc.notice).filter(Boolean).sort((a, b) => b.length - a.length);
    let i = 0;
    let j = 0;
    while (i < expected.length && j < got.length) {
      if (expected[i] === got[j]) {
        i++;
        j++;
        continue;
      }
      const repeat = repeats.find((h) => got.startsWith(h, j));
      if (!repeat) break;
      j += repeat.length;
    }
    expect(got.slice(j, j + 40)).toBe(expected.slice(i, i + 40));
    expect(i).toBe(expected.length);
  });

  test('two renders give identical bytes', async () => {
    const again = await renderPdf(r().doc);
    expect(Buffer.from(again.bytes).equals(Buffer.from(r().bytes))).toBe(true);
  });
});

const squashed = (s: string) => s.replace(/\s+/g, '');

/**
 * The plain text's number line (number, then 签发人 and every name) as the page prints it: rows of 签发人 before the
 * last stand above the number's line (§7.2.6), so they are read first. And a joint notice's names under their seals
 * line by line: a name in two lines is read with the other names of its row between its lines.
 */
function inPrintedOrder(text: string, notice: Notice): string {
  const arranged = arrangeNotice(notice);
  const sig = notice.signature;
  // the signature's names, after the header's (a joint header names the issuers too)
  const names = squashed(sig?.names.join('') ?? '');
  const at = text.lastIndexOf(names);
  const signed = sig?.seals?.length && arranged.signature && at >= 0 ? text.slice(0, at) + squashed(namesPrinted(arranged.signature, sig)) + text.slice(at + names.length) : text;
  const header = notice.header;
  const rows = header && arranged.header?.signers?.rows;
  if (!header?.documentNumber || !rows || rows.length < 2) return signed;
  const label = '签发人：';
  return signed.replace(squashed(header.documentNumber + label + rows.join('')), squashed(label + rows.slice(0, -1).join('') + header.documentNumber + rows[rows.length - 1]));
}

/** The names' lines of a signature as arranged, in the order they print: all its lines but the note and the date. */
const namesPrinted = (a: SignatureArrangement, sig: Signature) =>
  a.lines
    .slice(0, a.lines.length - 1 - (sig.note ? 1 : 0))
    .flat()
    .map((t) => t.text)
    .join('');

describe.each(withNumber)('%s as PDF, document number', (f) => {
  const r = () => rendered.get(f)!;

  test('the red rule: CMYK red, block wide, 4 mm below the document number', async () => {
    const header = r().doc.notice.header!;
    const pdf = await loadPdf(r().bytes);
    const red = strokedLines(pageContent(pdf, 0)).filter((s) => s.colour === '0 1 1 0');
    expect(red).toHaveLength(1);
    expect(red[0].x1).toBeCloseTo(MM.left, 1);
    expect(red[0].x2).toBeCloseTo(MM.right, 1);
    // 签发人 (an upward document's) follow the number on its line
    const number = r().pages[0].lines.find((l) => l.text.replace(/\s+/g, '').startsWith(header.documentNumber!))!;
    expect(red[0].y - number.bottom).toBeCloseTo(4, 1);
    expect(pageContent(pdf, 0)).toMatch(/0 1 1 0 k/); // the issuer mark is filled in CMYK red
  });
});

describe.each(withColophon)('%s as PDF, colophon', (f) => {
  const r = () => rendered.get(f)!;

  test('the colophon ends on the bottom edge of the block of the last, even page', async () => {
    const pages = r().pages.length;
    expect(pages % 2).toBe(0);
    const pdf = await loadPdf(r().bytes);
    const rules = strokedLines(pageContent(pdf, pages - 1)).filter((s) => s.colour === '0');
    expect(Math.max(...rules.map((s) => s.y))).toBeCloseTo(MM.bottom, 1);
    // §7.5: a blank page before the colophon page and the colophon page itself carry no page number;
    // a colophon page that follows the text directly is numbered.
    const last = r().pages[pages - 1].lines;
    const blankBefore = r().pages[pages - 2].lines.length === 0;
    expect(last.some((l) => PAGE_NUMBER.test(l.text))).toBe(!blankBefore);
  });
});
