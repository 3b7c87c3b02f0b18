import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/gongwen.js');

/** `npm test` builds first; the CLI then uses the validator compiled at build time instead of compiling the schema. */
test('the validator compiled at build time reports exactly what the run-time compiled one does', async () => {
  expect(existsSync(path.join(ROOT, 'dist/src/campaign/validator.generated.js'))).toBe(true);
  const file = path.join(tempDir(), 'bad.yaml');
  writeFileSync(
    file,
    ['kind: notise', 'year: 二〇二三', 'scpoe: 福建省', 'issuers:', '  - name: ""', 'number: { year: 2023, seq: 0 }', 'deadline: 2023-02-30', ''].join('\n'),
  );
  let cold = '';
  try {
    execFileSync(process.execPath, [BIN, 'check', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { status: number; stderr: string };
    expect(err.status).toBe(2);
    cold = err.stderr;
  }
  const warm = await runCli(['check', file]);
  const lines = (s: string) => s.split('\n').filter((l) => l.startsWith(file)).sort();
  expect(lines(cold)).toHaveLength(6);
  expect(lines(cold)).toEqual(lines(warm.err.join('\n')));
});
