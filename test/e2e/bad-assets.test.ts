/**
 * Every bad asset is refused by `check`, `build` and `build --watch` alike: exit 2 (watch keeps
 * running), the YAML line:col of the path, no stack trace, nothing written, bounded memory.
 * The CLI runs as a child process so its peak memory can be measured (/usr/bin/time).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetCampaign, BAD_ASSETS, FIXTURES, png } from '../helpers/bad-assets';
import { BIN, tempDir } from '../helpers/cli';
import { externalPdf } from '../helpers/pdf-assets';
import { solidPng } from '../helpers/png';
import { watchBuild } from '../helpers/watch';

/** A hang must not hang the suite: the child is killed after this long and the case fails (the 5 s floor is measured in bench/assets.ts). */
const KILL_AFTER_MS = 30_000;
const MAX_RSS_KB = 300 * 1024;

function campaignDir(): string {
  const dir = tempDir('gongwen-assets-');
  writeFileSync(path.join(dir, 'good.png'), png(300, 200));
  copyFileSync(path.join(FIXTURES, 'libreoffice.pdf'), path.join(dir, 'good.pdf'));
  return dir;
}

function runMeasured(args: string[]) {
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, BIN, ...args], { encoding: 'utf8', timeout: KILL_AFTER_MS });
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  return { code: r.status, stderr: r.stderr.replace(/^.*MAXRSS.*$/m, ''), rss, killed: r.signal !== null };
}

function expectRefused(r: ReturnType<typeof runMeasured>, file: string, line: number, message: RegExp, column = 11) {
  expect(r.killed).toBe(false);
  expect(r.code).toBe(2);
  const reported = r.stderr.split('\n').find((l) => l.startsWith(`${file}:${line}:`) && l.includes('  错误  '));
  expect(reported).toMatch(message);
  expect(reported).toContain(`:${line}:${column}  错误  `);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.rss).toBeLessThan(MAX_RSS_KB);
}

describe.each(BAD_ASSETS)('$name', ({ kind, make, message }) => {
  let dir: string;
  let file: string;
  let line: number;
  beforeAll(async () => {
    dir = campaignDir();
    const name = await make(dir);
    const c = assetCampaign(kind === 'image' ? { image: name } : { pdf: name });
    line = kind === 'image' ? c.imageLine : c.pdfLine;
    file = path.join(dir, 'campaign.yaml');
    writeFileSync(file, c.yaml);
  });

  test('check refuses it at its line:col', () => {
    expectRefused(runMeasured(['check', file]), file, line, message);
  });

  test('build refuses it and writes nothing', () => {
    const out = path.join(dir, 'out');
    const r = runMeasured(['build', file, '--format', 'text,docx,pdf', '--out', out]);
    expectRefused(r, file, line, message);
    expect(r.stderr).toContain('未生成任何文件');
    expect(existsSync(out)).toBe(false);
  });
});

/** A red seal's colour on a transparent ground: nothing under it is hidden. */
const transparentSeal = (dir: string) => writeFileSync(path.join(dir, 'seal.png'), solidPng(64, 64, 6, [255, 0, 0, 0]));

test('the same campaign with good assets checks clean and builds, and check says how many pages the PDF adds', () => {
  const dir = campaignDir();
  transparentSeal(dir);
  const file = path.join(dir, 'campaign.yaml');
  const c = assetCampaign({ seal: 'seal.png' });
  writeFileSync(file, c.yaml);
  const checked = runMeasured(['check', file]);
  expect(checked.code).toBe(0);
  expect(checked.stderr).toContain(`${file}:${c.pdfLine}:11  说明  附件2“外部文件”（good.pdf）附 2 页`);
  expect(checked.stderr).toContain('0 个错误，0 个警告');
  const built = runMeasured(['build', file, '--format', 'text,docx,pdf', '--out', path.join(dir, 'out')]);
  expect(built.code).toBe(0);
  expect(existsSync(path.join(dir, 'out', 'campaign.pdf'))).toBe(true);
});

describe.each([
  ['a scanned JPEG', 'seal.jpg', (dir: string) => writeFileSync(path.join(dir, 'seal.jpg'), execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', path.join(FIXTURES, 'libreoffice.pdf')]))],
  ['a PNG on a white ground (RGB, no alpha)', 'seal.png', (dir: string) => writeFileSync(path.join(dir, 'seal.png'), solidPng(64, 64, 2, [255, 255, 255]))],
])('a seal that is %s', (_, name, make) => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = campaignDir();
    make(dir);
    file = path.join(dir, 'campaign.yaml');
    writeFileSync(file, assetCampaign({ seal: name }).yaml);
  });

  test('is a warning at the seal line: its ground would hide the signature in Word and WPS; how to fix it', () => {
    const r = runMeasured(['check', file]);
    expect(r.code).toBe(0);
    const line = r.stderr.split('\n').find((l) => l.startsWith(`${file}:13:9  警告  `));
    expect(line).toContain('没有透明背景');
    expect(line).toContain('(the seal picture has no transparent background');
    expect(line).toContain('提示：请换成背景透明的 PNG');
  });

  test('check --strict fails on it; build still writes the notice', () => {
    expect(runMeasured(['check', '--strict', file]).code).toBe(1);
    expect(runMeasured(['build', file, '--format', 'pdf', '--out', path.join(dir, 'out')]).code).toBe(0);
  });
});

test('check counts an attached PDF of one page in good English (adds 1 page)', async () => {
  const dir = campaignDir();
  const c = assetCampaign({ pdf: path.basename(await externalPdf(dir, 1)) });
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, c.yaml);
  expect(runMeasured(['check', file]).stderr).toContain('附 1 页 (attached PDF adds 1 page)');
});

test('a seal that is not a picture is refused at the seal line', () => {
  const dir = campaignDir();
  writeFileSync(path.join(dir, 'seal.png'), 'scan later\n');
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, assetCampaign({ seal: 'seal.png' }).yaml);
  expectRefused(runMeasured(['check', file]), file, 13, /不是 PNG 或 JPEG/, 9);
});

test('build --watch reports each bad asset in turn at its line:col and keeps running', async () => {
  const dir = campaignDir();
  const file = path.join(dir, 'campaign.yaml');
  const out = path.join(dir, 'out');
  const cases = [];
  for (const bad of BAD_ASSETS) {
    const sub = path.join(dir, String(cases.length));
    mkdirSync(sub);
    cases.push({ ...bad, name: `${cases.length}/${await bad.make(sub)}` });
  }
  writeFileSync(file, assetCampaign({}).yaml);
  const { child, waitFor, printed } = watchBuild([file, '--format', 'text,pdf', '--out', out], KILL_AFTER_MS * 2);
  try {
    await waitFor(/正在监视/, 0);
    expect(existsSync(path.join(out, 'campaign.pdf'))).toBe(true);
    for (const bad of cases) {
      const from = printed();
      const c = assetCampaign(bad.kind === 'image' ? { image: bad.name } : { pdf: bad.name });
      writeFileSync(file, c.yaml);
      const round = await waitFor(/有错误，保留上次的输出.*\n/, from);
      const line = bad.kind === 'image' ? c.imageLine : c.pdfLine;
      expect(round.split('\n').find((l) => l.startsWith(`${file}:${line}:11  错误  `))).toMatch(bad.message);
      expect(round).not.toMatch(/^\s+at /m);
      expect(child.exitCode).toBeNull();
    }
  } finally {
    child.kill();
  }
});
