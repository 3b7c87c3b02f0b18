/** A campaign written line by line into a fresh file, composed; the test fails on any error it has. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { tempDir } from './cli';

const dir = tempDir('gongwen-lines-');
let count = 0;

export async function composeLines(lines: string[]): Promise<Document> {
  const file = path.join(dir, `c${++count}.yaml`);
  writeFileSync(file, [...lines, ''].join('\n'));
  const r = await documentFromFile(file);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.document!;
}
