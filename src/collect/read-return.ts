import { constants, promises as fs } from 'node:fs';
import type { FormIdentity, FormLayout } from '../render/xlsx/form-layout';
import { MARKER_SHEET, readMarker } from '../render/xlsx/form-marker';
import { openWorkbook, type OpenFailure } from './open-workbook';
import { returnProblem, type ReturnProblem } from './problem';
import { readFormSheet, type SheetValues } from './read-form-sheet';
import { MAX_RETURN_BYTES } from './zip-limits';

export interface ReturnRead extends SheetValues {
  file: string;
  /** False when nothing in the file can be counted: unreadable, or not a return of this form. */
  readable: boolean;
}

/**
 * The file's bytes, or the problem that keeps it from being read. Opened
 * without blocking so that a FIFO or device named .xlsx is reported, not
 * waited on; its size is checked before anything is read.
 */
async function returnBytes(file: string): Promise<Buffer | ReturnProblem> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) return returnProblem('notAFile', { file });
    if (stat.size > MAX_RETURN_BYTES) return returnProblem('fileTooLarge', { file }, stat.size, MAX_RETURN_BYTES);
    return await handle.readFile();
  } catch (e) {
    return returnProblem('unreadable', { file }, (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    await handle?.close();
  }
}

const openProblem = (file: string, f: OpenFailure): ReturnProblem =>
  f.failure === 'tooLargeUnzipped' ? returnProblem('tooLargeUnzipped', { file }, f.bytes) : returnProblem(f.failure, { file });

/** One filled-in workbook: its unit, values and problems. Never throws for a bad file. */
export async function readReturn(file: string, layout: FormLayout): Promise<ReturnRead> {
  const unreadable = (problem: ReturnProblem): ReturnRead => ({ file, readable: false, values: new Map(), cells: new Map(), problems: [problem] });
  const bytes = await returnBytes(file);
  if (!Buffer.isBuffer(bytes)) return unreadable(bytes);
  const opened = await openWorkbook(bytes);
  if ('failure' in opened) return unreadable(openProblem(file, opened));
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
