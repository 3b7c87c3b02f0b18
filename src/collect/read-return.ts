import { promises as fs } from 'node:fs';
import type { FormIdentity, FormLayout } from '../render/xlsx/form-layout';
import { MARKER_SHEET, readMarker } from '../render/xlsx/form-marker';
import { openWorkbook } from './open-workbook';
import { returnProblem, type ReturnProblem } from './problem';
import { readFormSheet, type SheetValues } from './read-form-sheet';

export interface ReturnRead extends SheetValues {
  file: string;
  /** False when nothing in the file can be counted: unreadable, or not a return of this form. */
  readable: boolean;
}

/** One filled-in workbook: its unit, values and problems. Never throws for a bad file. */
export async function readReturn(file: string, layout: FormLayout): Promise<ReturnRead> {
  const unreadable = (problem: ReturnProblem): ReturnRead => ({ file, readable: false, values: new Map(), problems: [problem] });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return unreadable(returnProblem('unreadable', { file }, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const opened = await openWorkbook(bytes);
  if ('failure' in opened) return unreadable(returnProblem(opened.failure, { file }));
  const sheet = opened.workbook.worksheets.find((s) => s.name !== MARKER_SHEET);
  const marker = readMarker(opened.workbook);
  if (!marker || !sheet) return unreadable(returnProblem('notAForm', { file }));
  const mismatch = identityMismatch(file, marker, layout.identity);
  if (mismatch) return unreadable(mismatch);
  return { file, readable: true, ...readFormSheet(file, sheet, layout) };
}

function identityMismatch(file: string, theirs: FormIdentity, ours: FormIdentity): ReturnProblem | undefined {
  if (theirs.year !== ours.year) return returnProblem('otherYear', { file }, theirs.year, ours.year);
  if (theirs.title !== ours.title || theirs.issuer !== ours.issuer) return returnProblem('otherForm', { file }, theirs.title, ours.title);
  if (theirs.fingerprint !== ours.fingerprint) return returnProblem('formChanged', { file });
  return undefined;
}
