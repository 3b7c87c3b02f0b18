import fs from 'node:fs';
import path from 'node:path';
import { notAFolder, outputError } from './output-error';

/**
 * `mkdir -p` one level at a time, so the first part that cannot be made is
 * the one named (Node 20's recursive mkdir spins forever under /proc).
 * Returns the folders it made, outermost first.
 */
export function makeFolder(folder: string): string[] {
  const missing: string[] = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw outputError(e, dir);
    }
    if (stat && !stat.isDirectory()) throw notAFolder(dir);
    if (stat || dir === path.dirname(dir)) break;
    missing.unshift(dir);
  }
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir);
    } catch (e) {
      throw outputError(e, dir);
    }
  }
  return missing;
}
