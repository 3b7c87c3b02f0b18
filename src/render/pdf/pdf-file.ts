/**
 * A PDF file of numbered objects: header, the objects in number order, a
 * cross-reference table and trailer, laid out byte for byte as pdf-lib saves
 * a document without object streams (which is how the files were made before
 * we wrote them ourselves, and what a file that also holds pdf-lib's objects
 * must match).
 */
import { Ref, serialise, type PdfDict, type PdfValue } from './pdf-syntax';

const HEADER = Buffer.from('%PDF-1.7\n%\x81\x81\x81\x81\n\n', 'latin1');
const latin1 = (text: string) => Buffer.from(text, 'latin1');

export class PdfFile {
  /** The highest object number taken (taken numbers need not all be assigned). */
  largest = 0;
  /** Object number → the bytes between `N 0 obj\n` and `\nendobj`. */
  private readonly bodies = new Map<number, Uint8Array[]>();

  nextRef(): Ref {
    return new Ref(++this.largest);
  }

  assign(ref: Ref, value: PdfValue): void {
    this.bodies.set(ref.number, [latin1(serialise(value))]);
  }

  register(value: PdfValue): Ref {
    const ref = this.nextRef();
    this.assign(ref, value);
    return ref;
  }

  /** A stream of `bytes` as they are; /Length is added at the end of `dict`. */
  assignStream(ref: Ref, dict: PdfDict, bytes: Uint8Array): void {
    this.bodies.set(ref.number, [latin1(`${serialise({ ...dict, Length: bytes.length })}\nstream\n`), bytes, latin1('\nendstream')]);
  }

  /** An object whose bytes were written elsewhere (by pdf-lib). */
  assignWritten(number: number, body: Uint8Array): void {
    this.bodies.set(number, [body]);
  }

  bytes(trailer: { Root: Ref; Info: Ref }): Buffer {
    const chunks: Uint8Array[] = [HEADER];
    let offset = HEADER.length;
    const push = (chunk: Uint8Array) => {
      chunks.push(chunk);
      offset += chunk.length;
    };
    const numbers = [...this.bodies.keys()].sort((a, b) => a - b);
    const offsets: number[] = [];
    for (const number of numbers) {
      offsets.push(offset);
      push(latin1(`${number} 0 obj\n`));
      this.bodies.get(number)!.forEach(push);
      push(latin1('\nendobj\n\n'));
    }
    const xrefAt = offset;
    push(latin1(`xref\n${crossReferences(numbers, offsets)}\ntrailer\n${serialise({ Size: this.largest + 1, ...trailer })}\n\nstartxref\n${xrefAt}\n%%EOF`));
    return Buffer.concat(chunks, offset);
  }
}

/** The table's subsections: object 0 (free) and each run of consecutive numbers. */
function crossReferences(numbers: number[], offsets: number[]): string {
  const entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;
  let out = '';
  let run = '0000000000 65535 f \n';
  let first = 0;
  let count = 1;
  numbers.forEach((number, i) => {
    if (number - (first + count - 1) > 1) {
      out += `${first} ${count}\n${run}`;
      [first, count, run] = [number, 0, ''];
    }
    run += entry(offsets[i]);
    count++;
  });
  return `${out}${first} ${count}\n${run}`;
}
