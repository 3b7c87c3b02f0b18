/**
 * A document number (闽质强省办〔2023〕7号, cited in the text or in the 发文字号 line) is kept whole in the DOCX as our
 * PDF keeps it: no line breaks inside its 机关代字 nor inside its 〔year〕 and serial; the one break left is before the
 * 〔, where our PDF breaks too when keeping the number whole would letter-space a line (2013's 国质检质联｜〔2013〕380号).
 * The DOCX carries a word joiner (U+2060) between the characters of each part. Measured in LibreOffice's layout of
 * our DOCX (pdftotext) on the notices it broke before (〔2021〕｜51号, 〔2024〕15｜号, 南政｜〔2024〕… kept, 78｜号), in
 * our PDF on the same notices, and in the DOCX XML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { openDocx, paragraphWith } from '../helpers/docx-xml';
import { documentTexts } from '../helpers/docx-text';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');
const NOTICES = ['2013', '2021', '2023', 'examples/jianou-2026', 'examples/wuyishan-2026', 'examples/zhangzhou-2025'];
const dir = tempDir('gongwen-document-number-');
const squash = (s: string) => s.replace(/\s+/g, '');
/** A document number: the 机关代字 (up to six ideographs before the 〔) and the 〔year〕 with its serial. */
const NUMBER = /([\u3400-\u9fff]{0,6})(〔\d{4}〕\d+号)/gu;

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  rendered = await renderBoth(dir, NOTICES.map((n) => [n.replace('/', '-'), path.join(CAMPAIGNS, `${n}.yaml`)]));
}, 300_000);

/** The document numbers the notice prints, each as its 代字 and the rest, found in each printed paragraph on its own. */
const numbersOf = (r: Rendered) => [...new Set(documentTexts(r.doc).flatMap((t) => [...squash(t).matchAll(NUMBER)].map((m) => `${m[1]}|${m[2]}`)))];

/** Every place a line ends inside a document number (not before its 〔), as the number with the break marked ｜. */
function brokenNumbers(r: Rendered): string[] {
  const lines = r.pages.flatMap((p) => p.lines.map((l) => squash(l.text)).filter((t) => !/^—\d+—$/.test(t)));
  const ends: number[] = [];
  let text = '';
  for (const l of lines) ends.push((text += l).length);
  const broken: string[] = [];
  for (const number of numbersOf(r)) {
    const [designator, rest] = number.split('|');
    const whole = designator + rest;
    for (let start = text.indexOf(whole); start >= 0; start = text.indexOf(whole, start + 1)) {
      const [joint, end] = [start + designator.length, start + whole.length];
      for (const at of ends) if (at > start && at < end && at !== joint) broken.push(`${text.slice(start, at)}｜${text.slice(at, end)}`);
    }
  }
  return broken;
}

describe.each(RENDERERS)('%s', (which) => {
  test.each(NOTICES)('%s: no line breaks inside a document number, but before its 〔', (notice) => {
    const r = rendered(notice.replace('/', '-'), which);
    expect(numbersOf(r).length).toBeGreaterThan(1);
    expect(brokenNumbers(r)).toEqual([]);
  });
});

test('2013: LibreOffice breaks 国质检质联｜〔2013〕380号 before its 〔, where our PDF does', () => {
  for (const which of RENDERERS) {
    const lines = rendered('2013', which).pages.flatMap((p) => p.lines.map((l) => squash(l.text)));
    const at = lines.findIndex((l) => l.endsWith('（国质检质联'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1].startsWith('〔2013〕380号）')).toBe(true);
  }
});

test('the DOCX joins the characters of the 发文字号 and of a cited number with U+2060, each part apart', async () => {
  const xml = (await openDocx(readFileSync(path.join(dir, '2023-lo.docx')))).part('word/document.xml');
  const raw = (p: string) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const J = '\u2060';
  expect(raw(paragraphWith(xml, '闽质强省办〔2023〕7号'))).toBe(['闽质强省办', '〔2023〕7号'].map((part) => [...part].join(J)).join(''));
  expect(raw(paragraphWith(xml, '国市监质发〔2023〕73号'))).toContain(['国市监质发', '〔2023〕73号'].map((part) => [...part].join(J)).join(''));
});
