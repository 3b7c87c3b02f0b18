import { promises as fs } from 'node:fs';
import path from 'node:path';
import { notAFolder, outputError } from './output-error';

/**
 * `mkdir -p` one level at a time, so the first part that cannot be made is
 * the one named (Node 20's recursive mkdir spins forever under /proc).
 * Returns the folders it made, outermost first.
 */
export async function makeFolder(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
      throw outputError(e, dir);
    });
    if (stat && !stat.isDirectory()) throw notAFolder(dir);
    if (stat || dir === path.dirname(dir)) break;
    missing.unshift(dir);
  }
  for (const dir of missing) {
    await fs.mkdir(dir).catch((e: NodeJS.ErrnoException) => {
      throw outputError(e, dir);
    });
  }
  return missing;
}
