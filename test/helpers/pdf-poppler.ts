/** Reading a written PDF back with poppler (pdftotext, pdffonts, pdfinfo), in millimetres. */
import { execFileSync } from 'node:child_process';

const MM_PER_PT = 25.4 / 72;

export interface PdfLine {
  page: number;
  text: string;
  /** Millimetres from the top-left corner of the page. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PdfPageBoxes {
  widthMm: number;
  heightMm: number;
  lines: PdfLine[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** pdftotext -bbox-layout's XML, one chunk per page. */
const bboxPages = (file: string) => execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('<page ').slice(1);

/** Every word of every page with its box; a word set turned a quarter is taller than it is wide. */
export const readWords = (file: string): PdfLine[][] =>
  bboxPages(file).map((chunk, i) =>
    [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: i + 1,
      left: +m[1] * MM_PER_PT,
      top: +m[2] * MM_PER_PT,
      right: +m[3] * MM_PER_PT,
      bottom: +m[4] * MM_PER_PT,
      text: unescape(m[5]),
    })),
  );

/** Every text line of every page, with its box (pdftotext -bbox-layout). */
export function readLines(file: string): PdfPageBoxes[] {
  return bboxPages(file).map((chunk, i) => {
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const lines = [...chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      page: i + 1,
      left: +m[1] * MM_PER_PT,
      top: +m[2] * MM_PER_PT,
      right: +m[3] * MM_PER_PT,
      bottom: +m[4] * MM_PER_PT,
      text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1])).join(' '),
    }));
    return { widthMm: +w * MM_PER_PT, heightMm: +h * MM_PER_PT, lines: mergeRows(lines) };
  });
}

/**
 * poppler may cut one printed line into several where glyph boxes overlap
 * (squeezed punctuation) or gaps are wide; join pieces with the same vertical
 * extent, left to right.
 */
function mergeRows(lines: PdfLine[]): PdfLine[] {
  const rows: PdfLine[] = [];
  for (const l of [...lines].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const row = rows.find((r) => Math.abs(r.top - l.top) < 0.05 && Math.abs(r.bottom - l.bottom) < 0.05);
    if (row) Object.assign(row, { left: Math.min(row.left, l.left), right: Math.max(row.right, l.right), text: `${row.text} ${l.text}` });
    else rows.push({ ...l });
  }
  return rows;
}

/** pdftotext's plain text; `raw` keeps the content-stream order (table cells row by row). */
export const readText = (file: string, raw = false) =>
  execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function readFonts(file: string): PdfFont[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((row) => {
    const cols = row.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0], type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export function readInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·';
/** Whitespace pdftotext inserts between widely spaced CJK characters (see PITFALLS). */
export const withoutCjkSpaces = (s: string) =>
  s.replace(new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu'), '');
