/**
 * A seal keeps its picture's proportions: an oval seal (45×30 mm offices' and companies' seals) or a scan cropped
 * not quite square prints with its larger side 42 mm, the other in proportion, centred where a round seal's centre
 * is. Before, our PDF stretched every seal to 42×42 mm and our DOCX drew it 42 mm wide but placed it as if 42 mm
 * high (an oval's centre 7 mm above the round seal's). Built from campaigns/examples/fuzhou-reply-2026.yaml with
 * its round seal and with test/fixtures/seals' ovals (450×300 and 300×450 pixels, their rings reaching the
 * picture's edges), measured in our PDF's content stream, in our DOCX's anchors, and as red ink of our PDF and of
 * LibreOffice's layout of our DOCX. A picture more than twice as long as wide is no seal: check warns.
 */
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered } from '../helpers/both-renderers';
import { runCli, tempDir } from '../helpers/cli';
import { elements, openDocx } from '../helpers/docx-xml';
import { redShapesAcross, type Box } from '../helpers/red-rule';
import { loadPdf, pageContent } from '../helpers/pdf-streams';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const SEALS = path.resolve(__dirname, '../fixtures/seals');
const SEAL = '  seal: assets/fuzhou-seal.png\n';
const MM_PER_PT = 25.4 / 72;
const EMU_PER_MM = 36000;
/** The seal's picture in each campaign, and the size it must print at (mm). */
const CASES = {
  round: { file: 'fuzhou-seal.png', width: 42, height: 42 },
  oval: { file: 'oval-seal.png', width: 42, height: 28 },
  tall: { file: 'tall-oval-seal.png', width: 28, height: 42 },
};
type Case = keyof typeof CASES;
const NAMES = Object.keys(CASES) as Case[];

let dir: string;
let source: string;
let rendered: (name: string, which: (typeof RENDERERS)[number]) => Rendered;

beforeAll(async () => {
  dir = tempDir('gongwen-seal-proportions-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  for (const f of ['oval-seal.png', 'tall-oval-seal.png', 'seal-strip.png']) copyFileSync(path.join(SEALS, f), path.join(dir, 'assets', f));
  source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  expect(source).toContain(SEAL);
  for (const name of NAMES) writeFileSync(path.join(dir, `${name}.yaml`), source.replace(SEAL, `  seal: assets/${CASES[name].file}\n`));
  rendered = await renderBoth(dir, NAMES.map((name) => [name, path.join(dir, `${name}.yaml`)]));
}, 300_000);

interface Placed {
  width: number;
  height: number;
  centreX: number;
  centreY: number;
}

/** The pressed picture (the seal: `/state gs` before its matrix) in our PDF's content, in mm from the page's top-left. */
async function pdfSeal(name: Case): Promise<Placed> {
  const pdf = await loadPdf(readFileSync(rendered(name, 'our PDF').file));
  const found = pdf.getPages().flatMap((page, i) =>
    [...pageContent(pdf, i).matchAll(/\/\S+ gs\n([\d.]+) 0 0 ([\d.]+) ([\d.-]+) ([\d.-]+) cm\n\/\S+ Do/g)].map((m) => {
      const [w, h, x, y] = m.slice(1).map(Number);
      return { width: w * MM_PER_PT, height: h * MM_PER_PT, centreX: (x + w / 2) * MM_PER_PT, centreY: (page.getHeight() - y - h / 2) * MM_PER_PT };
    }),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** The floating picture in our DOCX: its extent, and its centre from the margin and from its paragraph's top (mm). */
async function docxSeal(name: Case): Promise<Placed> {
  const xml = (await openDocx(readFileSync(path.join(dir, `${name}-lo.docx`)))).part('word/document.xml');
  const anchors = elements(xml, 'wp:anchor');
  expect(anchors).toHaveLength(1);
  const body = anchors[0].body;
  const extent = elements(body, 'wp:extent')[0].attrs;
  const [h, v] = [...body.matchAll(/<wp:posOffset>(-?\d+)<\/wp:posOffset>/g)].map((m) => Number(m[1]));
  const [cx, cy] = [Number(extent.cx), Number(extent.cy)];
  return { width: cx / EMU_PER_MM, height: cy / EMU_PER_MM, centreX: (h + cx / 2) / EMU_PER_MM, centreY: (v + cy / 2) / EMU_PER_MM };
}

/** The seal's red ink on the page that prints the date. */
function inkedSeal(r: Rendered): Box {
  const date = r.doc.notice.signature!.date;
  const page = r.pages.findIndex((p) => p.lines.some((l) => l.text.replace(/\s+/g, '') === date));
  expect(page).toBeGreaterThanOrEqual(0);
  const line = r.pages[page].lines.find((l) => l.text.replace(/\s+/g, '') === date)!;
  const shapes = redShapesAcross(r.file, page + 1, { top: line.top - 45, bottom: line.bottom + 30, left: 18, right: 194 });
  expect(shapes).toHaveLength(1);
  return shapes[0];
}

test('our PDF draws each seal at its proportions, the larger side 42 mm, centred where the round seal is (before: 42×42 mm)', async () => {
  const round = await pdfSeal('round');
  for (const name of NAMES) {
    const seal = await pdfSeal(name);
    expect(seal.width).toBeCloseTo(CASES[name].width, 2);
    expect(seal.height).toBeCloseTo(CASES[name].height, 2);
    expect(seal.centreX).toBeCloseTo(round.centreX, 2);
    expect(seal.centreY).toBeCloseTo(round.centreY, 2);
  }
});

test('our DOCX anchors each seal at its proportions, centred where the round seal is (before: an oval’s centre 7 mm above it)', async () => {
  const round = await docxSeal('round');
  for (const name of NAMES) {
    const seal = await docxSeal(name);
    // the picture's height is whole pixels at 96 dpi (0.26 mm)
    expect(Math.abs(seal.width - CASES[name].width)).toBeLessThan(0.3);
    expect(Math.abs(seal.height - CASES[name].height)).toBeLessThan(0.3);
    expect(Math.abs(seal.centreX - round.centreX)).toBeLessThan(0.2);
    expect(Math.abs(seal.centreY - round.centreY)).toBeLessThan(0.2);
  }
});

describe.each(RENDERERS)('%s: the printed seal', (which) => {
  test('an oval prints 42×28 mm, a tall one 28×42, each centred on the round seal’s centre', () => {
    const round = inkedSeal(rendered('round', which));
    const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
    for (const name of ['oval', 'tall'] as const) {
      const seal = inkedSeal(rendered(name, which));
      expect(Math.abs(seal.right - seal.left - CASES[name].width)).toBeLessThanOrEqual(TOLERANCE[which]);
      expect(Math.abs(seal.bottom - seal.top - CASES[name].height)).toBeLessThanOrEqual(TOLERANCE[which]);
      expect(Math.abs(centre(seal).x - centre(round).x)).toBeLessThanOrEqual(TOLERANCE[which]);
      expect(Math.abs(centre(seal).y - centre(round).y)).toBeLessThanOrEqual(TOLERANCE[which]);
    }
  });
});

describe('check', () => {
  const check = async (yaml: string) => {
    const file = path.join(dir, 'check.yaml');
    writeFileSync(file, yaml);
    const run = await runCli(['check', file]);
    return { ...run, text: run.err.join('\n'), file, line: yaml.split('\n').findIndex((l) => l.startsWith('  seal: ')) + 1 };
  };

  test('a picture three times as wide as high is no seal: a warning at its line:col, Chinese and English, and the fix', async () => {
    const r = await check(source.replace(SEAL, '  seal: assets/seal-strip.png\n'));
    const line = r.text.split('\n').find((l) => l.includes('不像圆形或椭圆形印章'));
    expect(line).toBeDefined();
    expect(line!.startsWith(`${r.file}:${r.line}:9  警告  `)).toBe(true);
    expect(line).toContain('600×200 像素，长边是短边的 3.0 倍');
    expect(line).toContain('短边只有 14.0 毫米');
    expect(line).toMatch(/the seal picture is 600x200 pixels/);
    expect(line).toMatch(/提示：确认引用的是印章图片.*裁切到印章的外缘/);
  });

  test('an oval seal, and an order’s 签名章 strip, draw no warning about their shape', async () => {
    expect((await check(source.replace(SEAL, '  seal: assets/oval-seal.png\n'))).text).not.toContain('印章');
    const order = readFileSync(path.join(EXAMPLES, 'sanming-ling-2026.yaml'), 'utf8');
    expect(order).toContain('seal: assets/sanming-mayor-seal.png');
    const r = await check(order.replace('seal: assets/sanming-mayor-seal.png', 'seal: assets/seal-strip.png'));
    expect(r.text).not.toContain('不像圆形或椭圆形印章');
    expect(r.code).toBe(0);
  });
});
