import type { Document } from '../document/model';
import type { ColophonPlace } from './colophon-placement';

export interface Rendered {
  bytes: Uint8Array;
  pages?: number;
  /** Characters that no face of their role could draw, with the face that lacked them. */
  missingGlyphs?: { char: string; role: string; face: string; fallbackFace?: string }[];
  /** PDF lines set against a rule of line breaking or pagination because nothing else fit. */
  strainedLines?: { line: string; paragraph?: string; kind: 'loose' | 'forced' | 'gap' | 'kept-split'; inCell?: boolean }[];
}

export interface RenderOptions {
  fontDirs?: string[];
  draft?: boolean;
  /** The process builds again (--watch): the PDF keeps its paragraph settings for the next build (src/render/pdf/typeset/setting-memo.ts). */
  rebuilding?: boolean;
  /** The PDF tells where it put the colophon (render/colophon-placement.ts). */
  onColophonPlaced?: (place: ColophonPlace) => void;
  /** The DOCX puts the colophon there; without it, the DOCX lays out the pages to find out. */
  colophonPlace?: Promise<ColophonPlace>;
}

export interface OutputFormat {
  extension: string;
  render(doc: Document, options: RenderOptions): Promise<Rendered>;
}

/** Renderers are loaded on first use, so a text-only build never parses a font. */
export const FORMATS: Record<string, OutputFormat> = {
  text: {
    extension: 'txt',
    async render(doc) {
      const { renderText } = await import('./text');
      return { bytes: Buffer.from(renderText(doc), 'utf8') };
    },
  },
  docx: {
    extension: 'docx',
    async render(doc, options) {
      const { renderDocx } = await import('./docx');
      const place = options.colophonPlace ?? import('./colophon-placement').then(({ colophonPlace }) => colophonPlace(doc, options.fontDirs));
      return { bytes: await renderDocx(doc, { colophonPlace: place }) };
    },
  },
  pdf: {
    extension: 'pdf',
    async render(doc, options) {
      const { renderPdf } = await import('./pdf');
      return renderPdf(doc, options);
    },
  },
};

/**
 * `--format xlsx` asks for the fill-in workbook of each statistics form: not
 * a rendering of the notice, and only made when asked for.
 */
export const FORM_WORKBOOKS = 'xlsx';

/** GB/T 9704 outputs: DOCX for the office, PDF for the printer. */
export const DEFAULT_FORMATS = ['docx', 'pdf'];

/** The formats a build's `--format` value asks for (the defaults without one). */
export const askedFormats = (option: string | undefined) => (option ? option.split(',').map((f) => f.trim()) : DEFAULT_FORMATS);
