/** Pixel size of a PNG or JPEG file, read from its header (check has already verified the whole file). */
import { readFileSync } from 'node:fs';
import { readImageHeader } from './image-file';
import { isFault } from './fault';

export function imageSize(file: string): { width: number; height: number } {
  const header = readImageHeader(readFileSync(file));
  if (isFault(header)) throw new Error(`${file}: ${header.english}`);
  return header;
}
