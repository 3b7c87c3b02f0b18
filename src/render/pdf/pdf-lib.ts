/**
 * pdf-lib, loaded from its single-file bundle: the package's CommonJS entry
 * requires hundreds of modules and takes ~130 ms to load, the bundle ~30 ms.
 * A bundle of its own (src/startup/bundle.ts), loaded only to read an attached
 * PDF or make a picture's objects (foreign.ts).
 */
import type * as PdfLib from 'pdf-lib';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const pdfLib: typeof PdfLib = require('pdf-lib/dist/pdf-lib.min.js');
export type { PDFPage } from 'pdf-lib';
