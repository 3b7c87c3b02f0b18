/**
 * exceljs, loaded from its single-file bundle: the package's CommonJS entry
 * requires hundreds of modules and takes ~290 ms to load, the bundle ~70 ms.
 * Its zip code is slower, though: reading many returns (gongwen collect)
 * uses the package entry instead.
 */
import type * as ExcelJSModule from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ExcelJS: typeof ExcelJSModule = require('exceljs/dist/exceljs.min.js');
