import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');

/** Same YAML, same fonts → the same bytes, whatever the machine's time zone or the day it runs. */
test('a build under two time zones writes byte-identical DOCX, PDF, XLSX and text', () => {
  const build = (tz: string) => {
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'build', path.join(ROOT, 'campaigns/2018.yaml'), '--format', 'text,docx,pdf,xlsx', '--out', out], {
      env: { ...process.env, TZ: tz },
      stdio: 'ignore',
    });
    return out;
  };
  const [a, b] = [build('Asia/Shanghai'), build('America/New_York')];
  const files = readdirSync(a).sort();
  expect(files).toEqual(['2018-stats.xlsx', '2018.docx', '2018.pdf', '2018.txt']);
  expect(readdirSync(b).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))).toBe(true);
});
