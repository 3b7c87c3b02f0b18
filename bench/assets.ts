/**
 * Hostile assets refused by `gongwen check`: a PNG that inflates to 900
 * million pixels, a sparse 2 GB file, a FIFO and a link to /dev/zero, each
 * named as an image annex. Time and peak memory of the whole process,
 * against the floor of issue 10 (5 s, 300 MB).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { solidPng } from '../test/helpers/png';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/gongwen.js');


/** 30000 × 30000 one-bit pixels: about 110 KB on disk. */
const hugePng = (): Buffer => solidPng(30000, 30000, 0, [0], 1);

const CASES: [name: string, make: (file: string) => void][] = [
  ['PNG of 30000×30000 pixels (110 KB)', (f) => writeFileSync(f, hugePng())],
  ['sparse 2 GB file', (f) => (writeFileSync(f, ''), truncateSync(f, 2 ** 31))],
  ['FIFO', (f) => execFileSync('mkfifo', [f])],
  ['link to /dev/zero', (f) => symlinkSync('/dev/zero', f)],
];

const campaign = (image: string) =>
  ['kind: notice', 'year: 2023', 'issuers:', '  - name: 福建省质量强省工作领导小组办公室', 'title: 关于附图的通知', 'body:', '  - 见附件。',
    'annexes:', '  - id: pic', '    kind: image', '    title: 图片', `    path: ${image}`].join('\n');

export function benchBadAssets(): string {
  return CASES.map(([name, make]) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-asset-'));
    try {
      make(path.join(dir, 'asset.png'));
      writeFileSync(path.join(dir, 'campaign.yaml'), `${campaign('asset.png')}\n`);
      const t = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, BIN, 'check', path.join(dir, 'campaign.yaml')], { encoding: 'utf8', timeout: 60_000 });
      const ms = performance.now() - t;
      const rssMb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]) / 1024;
      return `bad asset, ${name}: check exit ${r.status} in ${(ms / 1000).toFixed(2)} s, peak RSS ${rssMb.toFixed(0)} MB  [floor 5 s, 300 MB]`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }).join('\n');
}

if (require.main === module) console.log(benchBadAssets());
