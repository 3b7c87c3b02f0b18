/**
 * How high the marks on a page of an external PDF reach: enough of a content
 * stream interpreter (graphics state, text positioning, paths, XObjects) to
 * find the topmost point anything is drawn at, so the 附件N label can go in
 * the free band above it. Colours are not tracked, so a page-sized background
 * rectangle is ignored rather than taken for content. What cannot be placed
 * (a shading filling the clip, a byte that is no token) counts as reaching the
 * page's top, so the label then goes on a cover page.
 */
import type { PDFDict as Dict, PDFRawStream as RawStream } from 'pdf-lib';
import type { PDFPage } from './pdf-lib';
import { pdfLib } from './pdf-lib';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** a × b, PDF's row-vector convention (a applied first). */
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];
const yOf = (m: Matrix, x: number, y: number) => x * m[1] + y * m[3] + m[5];
const device = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], yOf(m, x, y)];

/** A page-sized fill is the paper's colour, not content. */
function coversPage(points: [number, number][], width: number, height: number): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.max(...xs) - Math.min(...xs) >= width * 0.95 && Math.max(...ys) - Math.min(...ys) >= height * 0.95;
}

const TOKEN = /\s*(?:%[^\r\n]*|(\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>|<<|>>|\[|\]|\/[^\s/[\]()<>{}%]*|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+\d?|\S))/y;

/** The topmost y (PDF user space, up from the bottom) drawn on `page`, or undefined for a blank page. */
export function contentTop(page: PDFPage): number | undefined {
  const { PDFArray, PDFRawStream, PDFDict, PDFName, PDFNumber, decodePDFRawStream } = pdfLib;
  const { width, height } = page.getSize();
  const context = page.doc.context;
  const contents = context.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => context.lookup(r)) : [contents];
  const source = streams
    .filter((s): s is RawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
  const xobjects = context.lookup(page.node.Resources()?.get(PDFName.of('XObject')));
  const formBox = (name: string): [number, number, number, number] | undefined => {
    if (!(xobjects instanceof PDFDict)) return undefined;
    const x = context.lookup(xobjects.get(PDFName.of(name)));
    const bbox = x && 'dict' in x ? context.lookup((x as { dict: Dict }).dict.get(PDFName.of('BBox'))) : undefined;
    if (!(bbox instanceof PDFArray)) return undefined;
    const n = bbox.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : 0));
    return [n[0], n[1], n[2], n[3]];
  };

  let top: number | undefined;
  const mark = (m: Matrix, x: number, y: number) => {
    const at = yOf(m, x, y);
    if (Number.isFinite(at)) top = top === undefined ? at : Math.max(top, at);
  };
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let fontSize = 0;
  let leading = 0;
  let operands: (number | string)[] = [];
  const num = (i: number) => Number(operands[operands.length - i]) || 0;
  const textLine = (tx: number, ty: number) => (tlm = multiply([1, 0, 0, 1, tx, ty], tlm));
  const show = () => {
    const m = multiply(tlm, ctm);
    mark(m, 0, 0);
    mark(m, 0, fontSize);
  };
  let path: [number, number][] = [];

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const token = m[1];
    if (token === undefined) continue;
    if (/^[-+.\d]/.test(token)) {
      operands.push(Number(token));
      continue;
    }
    if (!/^[A-Za-z'"*(<\[\]/>]/.test(token)) {
      top = Number.POSITIVE_INFINITY;
      continue;
    }
    if (!/^[A-Za-z'"*]/.test(token)) {
      operands.push(token);
      continue;
    }
    switch (token) {
      case 'q': stack.push(ctm); break;
      case 'Q': ctm = stack.pop() ?? IDENTITY; break;
      case 'cm': ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm); break;
      case 'BT': tlm = IDENTITY; break;
      case 'Tf': fontSize = num(1); break;
      case 'TL': leading = num(1); break;
      case 'Td': textLine(num(2), num(1)); break;
      case 'TD': leading = -num(1); textLine(num(2), num(1)); break;
      case 'Tm': tlm = [num(6), num(5), num(4), num(3), num(2), num(1)]; break;
      case 'T*': textLine(0, -leading); break;
      case 'Tj': case 'TJ': show(); break;
      case "'": case '"': textLine(0, -leading); show(); break;
      case 're': {
        const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
        path.push([x, y], [x + w, y], [x, y + h], [x + w, y + h]);
        break;
      }
      case 'm': case 'l': path.push([num(2), num(1)]); break;
      case 'c': path.push([num(6), num(5)], [num(4), num(3)], [num(2), num(1)]); break;
      case 'v': case 'y': path.push([num(4), num(3)], [num(2), num(1)]); break;
      case 'S': case 's': case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*':
        if (!coversPage(path.map(([x, y]) => device(ctm, x, y)), width, height)) for (const [x, y] of path) mark(ctm, x, y);
        path = [];
        break;
      case 'n': path = []; break;
      case 'Do': {
        const box = formBox(String(operands[operands.length - 1]).slice(1)) ?? [0, 0, 1, 1];
        mark(ctm, box[0], box[3]);
        mark(ctm, box[2], box[3]);
        break;
      }
      case 'sh':
        top = Number.POSITIVE_INFINITY;
        break;
      case 'BI': {
        // An inline image: skip its data, which may hold anything, up to EI.
        const end = source.indexOf('EI', TOKEN.lastIndex);
        mark(ctm, 0, 1);
        TOKEN.lastIndex = end < 0 ? source.length : end + 2;
        break;
      }
    }
    operands = [];
  }
  return top;
}
