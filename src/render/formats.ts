import type { Document } from '../document/model';

export interface Rendered {
  bytes: Uint8Array;
  pages?: number;
  /** Characters that no face of their role could draw, with the face that lacked them. */
  missingGlyphs?: { char: string; role: string; face: string; fallbackFace?: string }[];
}

export interface OutputFormat {
  extension: string;
  render(doc: Document, options: { fontDirs?: string[]; draft?: boolean }): Promise<Rendered>;
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
  pdf: {
    extension: 'pdf',
    async render(doc, options) {
      const { renderPdf } = await import('./pdf');
      return renderPdf(doc, options);
    },
  },
};

export const DEFAULT_FORMATS = ['pdf'];
