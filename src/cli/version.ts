import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The version in our package.json, found from wherever this file was compiled to (src/ under ts-jest, dist/src/ when built). */
export function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error(`package.json not found above ${__dirname}`);
}
