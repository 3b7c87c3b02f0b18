import type { Workbook as ReadWorkbook } from 'exceljs';
import type { FormIdentity } from './form-layout';
import type { Workbook } from './sheet-model';

/** A very hidden sheet that says which campaign, year and form a workbook was made for. */
export const MARKER_SHEET = 'gongwen';
const FORMAT = 'gongwen-form/1';

const KEYS = ['campaign', 'issuer', 'year', 'annex', 'title', 'fingerprint'] as const satisfies readonly (keyof FormIdentity)[];

export function writeMarker(workbook: Workbook, identity: FormIdentity): void {
  const sheet = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  sheet.addRow(['format', FORMAT]);
  for (const key of KEYS) sheet.addRow([key, identity[key]]);
}

/** The identity a workbook was made for, or undefined when it carries no (readable) marker. */
export function readMarker(workbook: ReadWorkbook): FormIdentity | undefined {
  const sheet = workbook.getWorksheet(MARKER_SHEET);
  if (!sheet) return undefined;
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(row.getCell(1).text, row.getCell(2).text));
  if (values.get('format') !== FORMAT || KEYS.some((k) => !values.has(k))) return undefined;
  const text = (key: (typeof KEYS)[number]) => values.get(key)!;
  return {
    campaign: text('campaign'),
    issuer: text('issuer'),
    year: Number(text('year')),
    annex: text('annex'),
    title: text('title'),
    fingerprint: text('fingerprint'),
  };
}
