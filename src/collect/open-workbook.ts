// The package entry, not the single-file bundle build loads: the bundle starts faster but reads ~1.8× slower.
import ExcelJS, { type Workbook } from 'exceljs';
import { checkZipSizes } from './zip-limits';

export type OpenFailure = { failure: 'damaged' | 'encrypted' | 'oldFormat' } | { failure: 'tooLargeUnzipped'; bytes: number };

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const COMPOUND_FILE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** An Office file with an open password is a compound file holding this stream. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** Bytes of a return → its workbook, or why it cannot be opened. */
export async function openWorkbook(bytes: Buffer): Promise<{ workbook: Workbook } | OpenFailure> {
  if (bytes.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) {
    return { failure: bytes.includes(ENCRYPTED_STREAM) ? 'encrypted' : 'oldFormat' };
  }
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) return { failure: 'damaged' };
  const sizes = checkZipSizes(bytes);
  if (!sizes.ok) return sizes.reason === 'damaged' ? { failure: 'damaged' } : { failure: sizes.reason, bytes: sizes.bytes };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return { failure: 'damaged' };
  }
  return { workbook };
}
