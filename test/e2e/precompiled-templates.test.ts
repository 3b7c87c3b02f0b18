/**
 * The CLI renders templates/*.hbs precompiled at build time (compose/build-templates.ts);
 * in-process (ts-jest) they are compiled at run time. Both give the same text.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const campaigns = ['campaigns', 'campaigns/examples'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(ROOT, dir, f)),
);

test.each(campaigns)('%s: the text and workbooks the CLI writes with precompiled templates are those written with templates compiled at run time', async (file) => {
  const [cli, inProcess] = [tempDir(), tempDir()];
  const args = (out: string) => ['build', file, '--format', 'text,xlsx', '--out', out];
  execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), ...args(cli)], { stdio: 'ignore' });
  expect((await runCli(args(inProcess))).code).toBe(0);
  const files = readdirSync(cli).sort();
  expect(files).toContain(`${path.basename(file, '.yaml')}.txt`);
  expect(readdirSync(inProcess).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(path.join(cli, f)).equals(readFileSync(path.join(inProcess, f)))).toBe(true);
});
