/**
 * Font tables are arrays of big-endian integers. Turned into native typed
 * arrays with one copy and byte swap (and back), a table of 65 536 entries
 * costs a fraction of a millisecond instead of a Buffer read per entry.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Swaps the byte order of every value in place when this machine's order is not big-endian. */
function swapBytes(values: Uint16Array | Uint32Array): Buffer {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) {
    if (values instanceof Uint16Array) bytes.swap16();
    else bytes.swap32();
  }
  return bytes;
}

/** The first `count` big-endian 16-bit values of `bytes` (zeros past its end). */
export function bigEndian16(bytes: Buffer, count: number): Uint16Array {
  const values = new Uint16Array(count);
  bytes.copy(Buffer.from(values.buffer), 0, 0, 2 * count);
  swapBytes(values);
  return values;
}

/** The first `count` big-endian 32-bit values of `bytes` (zeros past its end). */
export function bigEndian32(bytes: Buffer, count: number): Uint32Array {
  const values = new Uint32Array(count);
  bytes.copy(Buffer.from(values.buffer), 0, 0, 4 * count);
  swapBytes(values);
  return values;
}

/** The values as big-endian bytes; `values` is used up (its memory becomes the bytes). */
export function toBigEndian(values: Uint16Array | Uint32Array): Buffer {
  return swapBytes(values);
}
