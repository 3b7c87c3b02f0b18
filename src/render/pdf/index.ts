/**
 * Document → PDF for the printer (GB/T 9704-2012): our own typesetter sets
 * every glyph on the grid; write-pdf.ts assembles the file.
 */
import { arrange, isLetter } from '../../arrange';
import type { Document, FontRole } from '../../document/model';
import { GlyphFinder, resolveFonts } from '../../fonts';
import { DRAFT_WATERMARK } from '../../style/gbt9704';
import { colophonBlock } from './draw-colophon';
import type { DrawOp } from './draw-ops';
import { pageNumberOps } from './draw-page-number';
import type { ColophonPlace } from '../colophon-placement';
import { addPageNumbers, colophonPlaceAfter, placeColophon, type LaidPage } from './finish-pages';
import { BLOCK_BOTTOM, BLOCK_LEFT, PAGE_HEIGHT, PAGE_WIDTH } from './geometry';
import { noticeParts, type Part } from './layout-notice';
import type { OutlineEntry } from './outline';
import { TextSetter, type StrainedLine } from './set-text';
import { bodyIn } from './text-styles';
import type { Section } from './typeset/flow';
import { paginate } from './typeset/paginate';
import { keptSettings } from './typeset/setting-memo';
import { keptSettingsFor } from './typeset/settings-file';
import { writePdf } from './write-pdf';

/** For `build`, which warns about unusable font files before rendering: one copy of the font code and its caches per process. */
export { resolveFontsWithWarnings } from '../../fonts';

export interface PdfOptions {
  fontDirs?: string[];
  draft?: boolean;
  /**
   * The process builds again (--watch): paragraphs are set from the settings kept by the builds before, and kept
   * for the next. A single build keeps none: holding every line's pieces to its end cost it more than it saved.
   */
  rebuilding?: boolean;
  /** Told, once the pages are laid out, where the DOCX puts the colophon (colophonPlacement). */
  onColophonPlaced?: (place: ColophonPlace) => void;
}

export interface MissingGlyph {
  char: string;
  role: FontRole;
  face: string;
  fallbackFace?: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  missingGlyphs: MissingGlyph[];
  /** Lines set against a rule of line breaking because nothing else fit. */
  strainedLines: StrainedLine[];
}

async function layOut(setter: TextSetter, parts: Part[]): Promise<{ pages: LaidPage[]; outline: OutlineEntry[] }> {
  const pages: LaidPage[] = [];
  const outline: OutlineEntry[] = [];
  const flow = (section: Section) => {
    const { pages: set, broken } = paginate([section]);
    for (const p of set) pages.push({ ops: p.ops, bottom: p.bottom, numbered: true });
    for (const b of broken) setter.strained.push({ paragraph: b.line, ...b });
  };
  for (const part of parts) {
    if (part.kind === 'flow') {
      if (part.section.bookmark) outline.push({ title: part.section.bookmark, page: pages.length });
      flow(part.section);
      continue;
    }
    outline.push({ title: part.bookmark, page: pages.length });
    const style = bodyIn('heiti');
    const { pageCount, band } = await (await import('./external-label')).openExternal(part.file, style.size);
    if (!band) flow(part.cover);
    const stamp = band ? setter.lineOps(setter.setLine(part.label, style), [{ text: part.label, style }], { left: BLOCK_LEFT, ...band }) : [];
    for (let index = 0; index < pageCount; index++) {
      pages.push({ external: { file: part.file, index }, pdfOnly: index > 0 || !band, ops: index === 0 ? stamp : [], bottom: BLOCK_BOTTOM, numbered: false });
    }
  }
  return { pages, outline };
}

function watermarkOps(setter: TextSetter): DrawOp[] {
  const style = { role: 'heiti' as const, size: DRAFT_WATERMARK.sizePt, bold: false, ink: 'black' as const, cell: DRAFT_WATERMARK.sizePt };
  const line = setter.setLine(DRAFT_WATERMARK.text, style);
  const width = setter.width(DRAFT_WATERMARK.text, style);
  const [text] = setter.lineOps(line, [{ text: DRAFT_WATERMARK.text, style }], { left: -width / 2, top: -style.size / 2, height: style.size });
  return [{ kind: 'watermark', text, centreX: PAGE_WIDTH / 2, centreY: PAGE_HEIGHT / 2, angleDeg: DRAFT_WATERMARK.angleDeg }];
}

/** The notice set in pages (the colophon not yet placed), with the typesetter that set it. */
async function layOutNotice(doc: Document, options: PdfOptions) {
  const finder = new GlyphFinder(resolveFonts({ fontDirs: options.fontDirs }));
  const onDisk = options.rebuilding ? undefined : keptSettingsFor(doc.meta.title);
  const setter = new TextSetter(finder, options.rebuilding ? keptSettings() : onDisk);
  const laid = await layOut(setter, noticeParts(setter, doc.notice, arrange(doc), doc.meta.title));
  const letter = isLetter(doc.notice);
  // §10.1: a letter's first page shows no page number.
  if (letter) laid.pages[0] = { ...laid.pages[0], numbered: false };
  const colophon = doc.notice.colophon ? colophonBlock(setter, doc.notice.colophon, letter) : undefined;
  return { finder, setter, laid, colophon, keep: () => onDisk?.save() };
}

/**
 * Where the DOCX puts the colophon: after the pages it has, which are ours
 * less a PDF annex's own pages (an even page here may be an odd one there).
 * Without a colophon there is nothing to place: the DOCX adds no colophon page either.
 */
const placeOf = ({ laid, colophon }: Awaited<ReturnType<typeof layOutNotice>>): ColophonPlace =>
  colophon ? colophonPlaceAfter(laid.pages.filter((p) => !p.pdfOnly), colophon) : 'after-blank';

/** Where the DOCX sets the colophon, decided on the pages this PDF sets. */
export async function colophonPlacement(doc: Document, options: PdfOptions = {}): Promise<ColophonPlace> {
  const notice = await layOutNotice(doc, options);
  notice.keep();
  return placeOf(notice);
}

export async function renderPdf(doc: Document, options: PdfOptions = {}): Promise<PdfResult> {
  const notice = await layOutNotice(doc, options);
  options.onColophonPlaced?.(placeOf(notice));
  const { finder, setter, laid, colophon } = notice;
  let pages = addPageNumbers(placeColophon(laid.pages, colophon), (n) => pageNumberOps(setter, n));
  if (options.draft ?? doc.meta.draft) {
    const mark = watermarkOps(setter);
    pages = pages.map((p) => ({ ...p, ops: [...p.ops, ...mark] }));
  }
  notice.keep(); // every paragraph is set
  const bytes = await writePdf({
    pages: pages.map((p) => (p.external ? { kind: 'external', ...p.external, ops: p.ops } : { kind: 'drawn', ops: p.ops })),
    outline: laid.outline,
    meta: doc.meta,
    finder,
  });
  return { bytes, pages: pages.length, missingGlyphs: finder.missing, strainedLines: setter.strained };
}
