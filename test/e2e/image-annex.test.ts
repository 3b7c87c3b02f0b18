/**
 * Image annexes are shown whole: at the text width when wider, at their natural size (96 px per
 * inch unless the file says otherwise) when smaller, in proportion, never clipped, in our PDF and
 * in the DOCX as LibreOffice lays it out. Each picture is a solid blue block, so the blue area on
 * the rendered page is exactly the part of the picture that shows.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { annexNotice } from '../helpers/annex-notice';
import { runCli, tempDir } from '../helpers/cli';
import { blueBoxes } from '../helpers/blue-box';
import { solidPng } from '../helpers/png';

const DPI = 50;


const bluePng = (width: number, height: number): Buffer => solidPng(width, height, 2, [0, 0, 255]);

const PICTURES = [
  { id: 'wide', px: [1600, 400], mm: [156, 39] },
  { id: 'small', px: [120, 60], mm: [31.75, 15.875] },
  // 3000 px at 96 per inch is 794 mm: shrunk to what the annex's first page has under its title (225 mm − 4 lines),
  // less 1.5 mm for the office programs, which set a picture's line a little taller than the picture.
  { id: 'tall', px: [400, 3000], mm: [24.35, 182.6] },
];

let ours: ReturnType<typeof blueBoxes>;
let viaLibreOffice: ReturnType<typeof blueBoxes>;

beforeAll(async () => {
  const dir = tempDir('gongwen-images-');
  for (const p of PICTURES) writeFileSync(path.join(dir, `${p.id}.png`), bluePng(p.px[0], p.px[1]));
  const yaml = annexNotice(
    '关于附上图片的通知',
    PICTURES.map((p) => ({ id: p.id, kind: 'image', title: `图片${p.id}`, path: `${p.id}.png` })),
  );
  writeFileSync(path.join(dir, 'images.yaml'), yaml);
  const built = await runCli(['build', path.join(dir, 'images.yaml'), '--format', 'pdf,docx', '--out', dir]);
  expect(built.code).toBe(0);
  ours = blueBoxes(path.join(dir, 'images.pdf'), DPI);
  const lo = path.join(dir, 'lo');
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', lo, path.join(dir, 'images.docx')], {
    timeout: 300_000,
    stdio: 'ignore',
  });
  viaLibreOffice = blueBoxes(path.join(lo, 'images.pdf'), DPI);
}, 300_000);

test.each(PICTURES.map((p, i) => [p.id, i] as const))('the %s picture is shown whole, in proportion, in our PDF', (_id, i) => {
  const [width, height] = PICTURES[i].mm;
  expect(ours).toHaveLength(PICTURES.length);
  expect(ours[i].width).toBeCloseTo(width, -0.3);
  expect(ours[i].height).toBeCloseTo(height, -0.3);
});

test.each(PICTURES.map((p, i) => [p.id, i] as const))('the %s picture is shown whole, in proportion, in the DOCX (LibreOffice)', (_id, i) => {
  const [width, height] = PICTURES[i].mm;
  expect(viaLibreOffice).toHaveLength(PICTURES.length);
  expect(viaLibreOffice[i].width).toBeCloseTo(width, -0.3);
  expect(viaLibreOffice[i].height).toBeCloseTo(height, -0.3);
});

/**
 * A scanned form under a title of two lines, with a caption: the picture is fitted to what the annex's first
 * page has under that title (225 mm less label, blank, two title lines, blank and the caption: 6 lines), so the
 * title, the picture and its caption share one page in both formats. Fitted for a one-line title, it was a
 * line too tall: our PDF moved it to the next page and left the title alone; LibreOffice kept it and moved the
 * caption on.
 */
describe('a tall picture under a two-line title, with a caption', () => {
  const TITLE = '2026年南平市“品字标”品牌培育企业申报表（纸质填报样表扫描件）';
  const files: Record<'ours' | 'office', string> = { ours: '', office: '' };

  beforeAll(async () => {
    const dir = tempDir('gongwen-scan-');
    writeFileSync(path.join(dir, 'scan.png'), bluePng(400, 3000));
    const yaml = annexNotice('关于附上扫描件的通知', []) + ['annexes:', '  - id: scan', '    kind: image', `    title: ${TITLE}`, '    path: scan.png', '    caption: 样表一', ''].join('\n');
    writeFileSync(path.join(dir, 'scan.yaml'), yaml);
    const built = await runCli(['build', path.join(dir, 'scan.yaml'), '--format', 'pdf,docx', '--out', dir]);
    expect(built.code).toBe(0);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), path.join(dir, 'scan.docx')], {
      timeout: 300_000,
      stdio: 'ignore',
    });
    files.ours = path.join(dir, 'scan.pdf');
    files.office = path.join(dir, 'lo', 'scan.pdf');
  }, 300_000);

  test.each(['ours', 'office'] as const)('%s: title, picture and caption on the annex’s first page, the picture 225 mm less 6 lines and 1.5 mm tall', (which) => {
    const pages = execFileSync('pdftotext', ['-layout', files[which], '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    const annexPage = pages.findIndex((p) => /^\s*附件\s*$/m.test(p)) + 1;
    expect(annexPage).toBeGreaterThan(1);
    expect(pages[annexPage - 1]).toContain('样表一');
    expect(pages[annexPage - 1].replace(/\s+/g, '')).toContain('纸质填报样表扫描件');
    const boxes = blueBoxes(files[which], DPI);
    expect(boxes.map((b) => b.page)).toEqual([annexPage]);
    expect(boxes[0].height).toBeCloseTo(225 - (6 * 225) / 22 - 1.5, -0.3);
  });
});
