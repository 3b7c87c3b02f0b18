/**
 * Every way the output place can fail: the build says which path, what is
 * wrong and how to fix it, exits 2 without a stack trace, and leaves the
 * folder as it was (no output, no temporary file, no folder it made).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, runBin, runCli, tempDir } from '../helpers/cli';

const CAMPAIGN = path.join(__dirname, '../../campaigns/2023.yaml');

/** A folder holding a copy of the 2023 campaign. */
function workspace(): { dir: string; yaml: string } {
  const dir = tempDir('gongwen-out-');
  const yaml = path.join(dir, '2023.yaml');
  copyFileSync(CAMPAIGN, yaml);
  return { dir, yaml };
}

const ours = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.gongwen-'));

/** Exit 2, one line naming `where` with a fix, no stack trace. */
function expectRefused(r: { code: number | null; stderr: string; stdout: string }, where: string, [chinese, english]: [string, string]) {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/Error:/);
  const line = r.stderr.split('\n').find((l) => l.startsWith(`${where}  错误  `));
  expect(line).toMatch(new RegExp(`  错误  ${chinese}，未写出任何文件 \\(${english}; nothing written\\)  提示：.+`));
}

test('--out naming a file, or a folder inside a file', () => {
  const { dir, yaml } = workspace();
  const file = path.join(dir, 'notes.txt');
  writeFileSync(file, 'keep me');
  for (const out of [file, path.join(file, 'sub')]) {
    const r = runBin(['build', yaml, '--format', 'text,docx,pdf', '--out', out]);
    expectRefused(r, file, ['这是一个文件，不是文件夹', 'this is a file, not a folder']);
  }
  expect(readFileSync(file, 'utf8')).toBe('keep me');
  expect(readdirSync(dir).sort()).toEqual(['2023.yaml', 'notes.txt']);
});

describe('a folder the user may not write to', () => {
  afterEach(() => jest.restoreAllMocks());
  // Tests may run as root, who may write anywhere: the refusal a clerk gets from the system is played by fs.
  const refuse = (inside: string) => (file: unknown) => {
    if (String(file).startsWith(inside)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
  };

  test('its files cannot be created', async () => {
    const { dir, yaml } = workspace();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    const realWrite = fs.writeFileSync;
    jest.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
      refuse(locked)(file);
      return realWrite(file, data, options);
    });
    const r = await runCli(['build', yaml, '--format', 'text,pdf', '--out', locked]);
    expectRefused({ code: r.code, stderr: r.err.join('\n'), stdout: '' }, path.join(locked, '2023.txt'), ['没有写入这里的权限', 'no permission to write here']);
    expect(readdirSync(locked)).toEqual([]);
  });

  test('a folder cannot be made in it', async () => {
    const { dir, yaml } = workspace();
    const realMkdir = fs.mkdirSync;
    jest.spyOn(fs, 'mkdirSync').mockImplementation((folder, options) => {
      refuse(path.join(dir, 'a'))(folder);
      return realMkdir(folder, options);
    });
    const r = await runCli(['build', yaml, '--format', 'text', '--out', path.join(dir, 'a', 'b')]);
    expectRefused({ code: r.code, stderr: r.err.join('\n'), stdout: '' }, path.join(dir, 'a'), ['没有写入这里的权限', 'no permission to write here']);
    expect(readdirSync(dir)).toEqual(['2023.yaml']);
  });
});

test('a place under /proc, where a folder cannot be made (Node 20 used to spin there forever)', () => {
  // The time limit only guards against the endless spin (the process is killed and the test fails); it is no speed check.
  const r = runBin(['build', CAMPAIGN, '--format', 'text', '--out', '/proc/x/y'], { timeout: 60_000 });
  expect(r.signal).toBeNull();
  expectRefused(r, '/proc/x', ['无法在这里建立文件或文件夹', 'cannot create anything here']);
});

test('two campaign files that would write the same names: refused before anything is made', () => {
  const { dir } = workspace();
  for (const sub of ['a', 'b']) {
    mkdirSync(path.join(dir, sub));
    copyFileSync(CAMPAIGN, path.join(dir, sub, 'x.yaml'));
  }
  const out = path.join(dir, 'o');
  const r = runBin(['build', path.join(dir, 'a/x.yaml'), path.join(dir, 'b/x.yaml'), '--format', 'text', '--out', out]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`${path.join(dir, 'b/x.yaml')}:1:1  错误  与 ${path.join(dir, 'a/x.yaml')} 的输出同名，都会写成 ${path.join(out, 'x')}.*`);
  expect(r.stderr).toContain('未生成任何文件 (nothing written)');
  expect(existsSync(out)).toBe(false);
});

describe('a disk that fills up part way (ENOSPC while the PDF is written)', () => {
  const realWrite = fs.writeFileSync;
  afterEach(() => jest.restoreAllMocks());

  test('nothing is replaced, nothing is left, the folders the build made are gone', async () => {
    const { dir, yaml } = workspace();
    const out = path.join(dir, 'new', 'out');
    jest.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
      if (!String(file).endsWith('2023.pdf.tmp')) return realWrite(file, data, options);
      realWrite(file, (data as Uint8Array).subarray(0, 1000), options);
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
    });
    const r = await runCli(['build', yaml, '--format', 'text,docx,pdf', '--out', out]);
    expectRefused({ code: r.code, stderr: r.err.join('\n'), stdout: r.out.join('\n') }, path.join(out, '2023.pdf'), ['磁盘空间不足', 'no space left on the device']);
    expect(existsSync(path.join(dir, 'new'))).toBe(false);
  });

  test('older outputs in the folder stay as they were', async () => {
    const { dir, yaml } = workspace();
    writeFileSync(path.join(dir, '2023.txt'), 'last year');
    jest.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
      if (String(file).endsWith('2023.pdf.tmp')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      return realWrite(file, data, options);
    });
    const r = await runCli(['build', yaml, '--format', 'text,docx,pdf', '--out', dir]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['2023.txt', '2023.yaml']);
    expect(readFileSync(path.join(dir, '2023.txt'), 'utf8')).toBe('last year');
  });
});

test('a rename that fails after others succeeded puts the older versions back', async () => {
  const { dir, yaml } = workspace();
  writeFileSync(path.join(dir, '2023.txt'), 'old text');
  const realRename = fs.renameSync;
  const spy = jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    if (String(to).endsWith('2023.docx')) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    return realRename(from, to);
  });
  try {
    const r = await runCli(['build', yaml, '--format', 'text,docx', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain(`${path.join(dir, '2023.docx')}  错误  无法写入，未写出任何文件 (cannot write: EIO; nothing written)`);
  } finally {
    spy.mockRestore();
  }
  expect(readdirSync(dir).sort()).toEqual(['2023.txt', '2023.yaml']);
  expect(readFileSync(path.join(dir, '2023.txt'), 'utf8')).toBe('old text');
});

describe('a build killed between writing and renaming', () => {
  test('its temporary files are removed by the next build; a running build keeps its own', () => {
    const { dir, yaml } = workspace();
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    const stale = [`.gongwen-${dead}-2023.pdf.tmp`, `.gongwen-${dead}-2023.docx.bak`];
    const running = `.gongwen-${process.pid}-2023.pdf.tmp`;
    for (const f of [...stale, running]) writeFileSync(path.join(dir, f), 'half a file');
    const r = runBin(['build', yaml, '--format', 'text,pdf', '--out', dir]);
    expect(r.code).toBe(0);
    expect(ours(dir)).toEqual([running]);
    expect(readFileSync(path.join(dir, '2023.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('killed for real as its first temporary file appears: no half output, and the next build leaves no temporary file', async () => {
    const { dir, yaml } = workspace();
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'build', yaml, '--format', 'text,docx,pdf', '--out', out], { stdio: 'ignore' });
    const watcher = watch(out, (_event, name) => {
      if (String(name).startsWith('.gongwen-')) child.kill('SIGKILL');
    });
    await new Promise((resolve) => child.on('exit', resolve));
    watcher.close();
    // Renames come only after every file is complete: whatever has its final name is whole.
    for (const f of readdirSync(out).filter((n) => !n.startsWith('.'))) {
      if (f.endsWith('.pdf')) expect(readFileSync(path.join(out, f)).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    }
    expect(runBin(['build', yaml, '--format', 'text,docx,pdf', '--out', out]).code).toBe(0);
    expect(ours(out)).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['2023.docx', '2023.pdf', '2023.txt']);
  });
});
