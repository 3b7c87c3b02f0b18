/**
 * The build server (src/server), in real processes: bin/gongwen.js started as
 * a clerk starts it, each test with its own cache folder (where the server's
 * socket lives) and its own server log (GONGWEN_SERVER_LOG), which says which
 * runs a server answered. A served build must write the bytes and print the
 * lines of the same build run in its own process (GONGWEN_SERVER=off, as the
 * rest of the suite runs), and anything the server cannot be trusted with
 * runs in the client's process instead. Every server a test starts is stopped
 * before the test ends (and would leave by itself when its folder goes).
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { resolveFonts } from '../../src/fonts';
import { servedCommand } from '../../src/server/client';
import { BIN, runBin, tempDir, type BinRun } from '../helpers/cli';
import { assetCampaign, png } from '../helpers/bad-assets';
import { renamedFontCopy } from '../helpers/font-files';
import { readFonts } from '../helpers/pdf-poppler';

const ROOT = path.resolve(__dirname, '../..');
const ALL_FORMATS = 'text,docx,pdf,xlsx';

interface Setup {
  work: string;
  cache: string;
  log: string;
  env: NodeJS.ProcessEnv;
}

const started: Setup[] = [];

/** A work folder holding a copy of `campaign`, a cache folder and a server log, and the environment that uses them. */
function setUp(campaign = '2018.yaml', extra: NodeJS.ProcessEnv = {}): Setup {
  const dir = tempDir('gongwen-server-');
  const work = path.join(dir, 'work');
  mkdirSync(work);
  cpSync(path.join(ROOT, 'campaigns', campaign), path.join(work, path.basename(campaign)));
  cpSync(path.join(ROOT, 'campaigns/assets'), path.join(work, 'assets'), { recursive: true });
  const { GONGWEN_SERVER: _off, ...inherited } = process.env;
  const setup = { work, cache: path.join(dir, 'cache'), log: path.join(dir, 'server.log'), env: { ...inherited, GONGWEN_CACHE_DIR: path.join(dir, 'cache'), GONGWEN_SERVER_LOG: path.join(dir, 'server.log'), ...extra } };
  started.push(setup);
  return setup;
}

/** The server log's lines of one kind (started, request, answered, retired): [pid, detail]. */
function logged(setup: Setup, event: string): [number, string][] {
  if (!existsSync(setup.log)) return [];
  return readFileSync(setup.log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${event} `))
    .map((line) => {
      const [, pid, ...rest] = line.split(' ');
      return [Number(pid), rest.join(' ')];
    });
}

/** The server log's answers: [pid, exit code]. */
const answers = (setup: Setup) => logged(setup, 'answered').map(([pid, detail]): [number, string] => [pid, detail.split(' ')[0]]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, condition: () => boolean, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await sleep(20)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sockets = (setup: Setup) => (existsSync(path.join(setup.cache, 'server')) ? readdirSync(path.join(setup.cache, 'server')).filter((n) => n.endsWith('.sock')) : []);

/** Waits until the log says a server listens (the first run started it); its process id. */
async function serverUp(setup: Setup, count = 1): Promise<number> {
  await until('a server to start', () => logged(setup, 'started').length >= count);
  return logged(setup, 'started')[count - 1][0];
}

/** Runs `gongwen ARGS` in the work folder, through a server where there is one. */
const run = (setup: Setup, args: string[], env = setup.env) => runBin(args, { cwd: setup.work, env });

/** The same command in its own process, into `out` (the served run's output folder, moved aside first). */
const inProcess = (setup: Setup, args: string[], env = setup.env) => run(setup, args, { ...env, GONGWEN_SERVER: 'off' });

/** A run of `args` (which write to setup.work/OUT) served, and the same in its own process, print and write the same. */
function sameAsInProcess(setup: Setup, args: string[], served: BinRun, env = setup.env, folder = 'out'): void {
  const out = path.join(setup.work, folder);
  const kept = path.join(setup.work, `served-${folder}`);
  rmSync(kept, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, kept);
  const own = inProcess(setup, args, env);
  expect({ code: served.code, stdout: served.stdout, stderr: served.stderr }).toEqual({ code: own.code, stdout: own.stdout, stderr: own.stderr });
  const files = existsSync(out) ? readdirSync(out).sort() : [];
  expect(existsSync(kept) ? readdirSync(kept).sort() : []).toEqual(files);
  for (const f of files) expect({ f, same: readFileSync(path.join(kept, f)).equals(readFileSync(path.join(out, f))) }).toEqual({ f, same: true });
}

/**
 * The server processes started with this setup's environment (Linux's /proc), from the moment they are spawned: a
 * server the test's last run started may not listen yet, and would not hear a `server stop` sent now.
 */
function serverProcesses(setup: Setup): number[] {
  // Elsewhere (macOS), those that have logged their start.
  if (!existsSync('/proc/self/environ')) return logged(setup, 'started').map(([pid]) => pid).filter(alive);
  const ours = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('bundle/server.js') && readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`GONGWEN_SERVER_LOG=${setup.log}`);
    } catch {
      return false;
    }
  };
  return readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && ours(pid)).map(Number);
}

afterEach(async () => {
  for (const setup of started.splice(0)) {
    const end = Date.now() + 20_000;
    while (serverProcesses(setup).length > 0 && Date.now() < end) {
      runBin(['server', 'stop'], { env: setup.env });
      await sleep(500);
    }
    const left = serverProcesses(setup);
    left.forEach((pid) => process.kill(pid, 'SIGKILL'));
    expect(left).toEqual([]);
  }
});

test('a build through a cold server, a warm one and after an edit writes the bytes and prints the lines of a build in its own process', async () => {
  const setup = setUp();
  const args = ['build', '2018.yaml', '--format', ALL_FORMATS, '--out', 'out'];
  const first = run(setup, args);
  expect(first.code).toBe(0);
  expect(logged(setup, 'request')).toEqual([]); // no server yet: the first run builds itself, and starts one
  const pid = await serverUp(setup);
  sameAsInProcess(setup, args, first);

  const cold = run(setup, args);
  sameAsInProcess(setup, args, cold);
  const warm = run(setup, args);
  sameAsInProcess(setup, args, warm);
  const file = path.join(setup.work, '2018.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('为促进质量强省建设', '为加快质量强省建设'));
  const edited = run(setup, args);
  sameAsInProcess(setup, args, edited);
  expect(readFileSync(path.join(setup.work, 'out/2018.txt'), 'utf8')).toContain('为加快质量强省建设');

  expect(answers(setup)).toEqual([[pid, '0'], [pid, '0'], [pid, '0']]);
  expect(logged(setup, 'started')).toHaveLength(1);
  expect(serverProcesses(setup)).toEqual([pid]); // what the clean-up after each test finds and stops
  expect(cold.stderr).toMatch(/^已生成 \(written\) out\/2018\.pdf（\d+ 页）$/m);
});

test('a campaign with errors through the server: the same file:line:col messages, exit code 2, nothing written', async () => {
  const setup = setUp('2023.yaml');
  const file = path.join(setup.work, '2023.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: .*$/m, 'year: abc'));
  const args = ['build', '2023.yaml', '--format', 'docx,pdf', '--out', 'out'];
  run(setup, args);
  await serverUp(setup);
  const served = run(setup, args);
  expect(answers(setup).map(([, code]) => code)).toEqual(['2']);
  expect(served.code).toBe(2);
  expect(served.stderr).toContain('2023.yaml:5:7  错误  活动年份应为整数 (must be integer)');
  expect(served.stderr).toContain('未生成任何文件 (nothing written)');
  sameAsInProcess(setup, args, served);
  expect(existsSync(path.join(setup.work, 'out'))).toBe(false);
});

test('what a library writes to the console on the way (pdf-lib warning of an attached PDF) reaches the client in its place', async () => {
  const setup = setUp('2023.yaml');
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const saved = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
  writeFileSync(path.join(setup.work, 'big.pdf'), Buffer.from(saved.replace('/Type /Catalog', '/Type /Catalog /Big 123456789012345678901234567890'), 'latin1'));
  writeFileSync(path.join(setup.work, 'good.png'), png(20, 20));
  writeFileSync(path.join(setup.work, 'annexes.yaml'), assetCampaign({ pdf: 'big.pdf' }).yaml);
  const args = ['build', 'annexes.yaml', '--format', 'pdf', '--out', 'out'];
  run(setup, args);
  await serverUp(setup);
  const served = run(setup, args);
  expect(answers(setup).map(([, code]) => code)).toEqual(['0']);
  expect(served.stderr).toMatch(/^Parsed number that is too large for some PDF readers: 123456789012345678901234567890, not capping\.\n(.|\n)*已生成 \(written\) out\/annexes\.pdf/);
  sameAsInProcess(setup, args, served);
});

describe('what could change a build is never served stale', () => {
  const noto = resolveFonts({ systemDirs: [], env: {} });
  const bodyFont = (setup: Setup) => readFonts(path.join(setup.work, 'out/2023.pdf')).map((f) => f.name).find((n) => /Noto(Sans|Serif)SC-Regular$/.test(n));

  test('a font added to a GONGWEN_FONTS folder between two runs of one server is used, as a fresh process uses it', async () => {
    const fonts = tempDir('gongwen-server-fonts-');
    const setup = setUp('2023.yaml', { GONGWEN_FONTS: fonts });
    const args = ['build', '2023.yaml', '--format', 'pdf', '--out', 'out'];
    run(setup, args);
    const pid = await serverUp(setup);
    const before = run(setup, args);
    expect(bodyFont(setup)).toMatch(/NotoSerifSC-Regular$/);
    sameAsInProcess(setup, args, before);

    // The sans face renamed 仿宋_GB2312: the body's official family, found before the packaged serif.
    renamedFontCopy(noto.heiti.file, path.join(fonts, 'fangsong.ttf'), '仿宋_GB2312');
    const after = run(setup, args);
    expect(bodyFont(setup)).toMatch(/NotoSansSC-Regular$/);
    sameAsInProcess(setup, args, after);
    expect(logged(setup, 'answered').map(([served]) => served)).toEqual([pid, pid]);
  });

  test('a changed environment variable goes to another server, never to the one started under the old value', async () => {
    const empty = tempDir('gongwen-server-fonts-');
    const sans = tempDir('gongwen-server-fonts-');
    renamedFontCopy(noto.heiti.file, path.join(sans, 'fangsong.ttf'), '仿宋_GB2312');
    const setup = setUp('2023.yaml', { GONGWEN_FONTS: empty });
    const args = ['build', '2023.yaml', '--format', 'pdf', '--out', 'out'];
    run(setup, args);
    const first = await serverUp(setup);
    sameAsInProcess(setup, args, run(setup, args));

    const changed = { ...setup.env, GONGWEN_FONTS: sans };
    const beside = run(setup, args, changed);
    expect(logged(setup, 'request')).toHaveLength(1); // built in its own process, which starts a server for the new value
    expect(bodyFont(setup)).toMatch(/NotoSansSC-Regular$/);
    sameAsInProcess(setup, args, beside, changed);
    const second = await serverUp(setup, 2);
    expect(second).not.toBe(first);
    const served = run(setup, args, changed);
    expect(bodyFont(setup)).toMatch(/NotoSansSC-Regular$/);
    sameAsInProcess(setup, args, served, changed);
    expect(logged(setup, 'answered').map(([pid]) => pid)).toEqual([first, second]);
    expect(sockets(setup)).toHaveLength(2);
  });
});

describe('a server that cannot be trusted is not used: the build runs in its own process', () => {
  const args = ['build', '2023.yaml', '--format', 'pdf', '--out', 'out'];

  test('a server folder others can write to, or a link, gets no server and no connection', async () => {
    for (const unsafe of ['writable', 'link'] as const) {
      const setup = setUp('2023.yaml');
      const folder = path.join(setup.cache, 'server');
      if (unsafe === 'writable') {
        mkdirSync(folder, { recursive: true });
        chmodSync(folder, 0o777);
      } else {
        const elsewhere = tempDir('gongwen-server-elsewhere-');
        chmodSync(elsewhere, 0o700);
        mkdirSync(setup.cache, { recursive: true });
        symlinkSync(elsewhere, folder);
      }
      const r = run(setup, args);
      expect(r.code).toBe(0);
      await sleep(1000);
      expect(run(setup, args).code).toBe(0);
      expect(existsSync(setup.log)).toBe(false); // no server started, none asked
      sameAsInProcess(setup, args, r);
    }
  });

  test('a socket others can write to is not connected to', async () => {
    const setup = setUp('2023.yaml');
    run(setup, args);
    await serverUp(setup);
    const [socket] = sockets(setup);
    chmodSync(path.join(setup.cache, 'server', socket), 0o666);
    const r = run(setup, args);
    expect(r.code).toBe(0);
    expect(logged(setup, 'request')).toEqual([]);
    sameAsInProcess(setup, args, r);
    chmodSync(path.join(setup.cache, 'server', socket), 0o700); // for `gongwen server stop` after the test
  });

  test('a cache folder that cannot be made: the build works, and no server starts', async () => {
    const setup = setUp('2023.yaml');
    const blocker = path.join(path.dirname(setup.cache), 'a-file');
    writeFileSync(blocker, '');
    const env = { ...setup.env, GONGWEN_CACHE_DIR: path.join(blocker, 'cache') };
    const r = run(setup, args, env);
    expect(r.code).toBe(0);
    await sleep(1000);
    expect(existsSync(setup.log)).toBe(false);
    sameAsInProcess(setup, args, r, env);
  });
});

test('a server killed in the middle of a build: the client builds again in its own process, with the same files and lines', async () => {
  const setup = setUp();
  // Several copies, so that the build is still running when the server is killed.
  const names = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `2018${n}.yaml`);
  for (const name of names) cpSync(path.join(setup.work, '2018.yaml'), path.join(setup.work, name));
  const args = ['build', ...names, '--format', ALL_FORMATS, '--out', 'out'];
  run(setup, ['build', '2018.yaml', '--format', 'text', '--out', 'warm-up']);
  const pid = await serverUp(setup);

  const child = spawn(process.execPath, [BIN, ...args], { cwd: setup.work, env: setup.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  await until('the server to take the request', () => logged(setup, 'request').length === 1, 60_000);
  process.kill(pid, 'SIGKILL');
  const code = await exited;

  expect(logged(setup, 'answered')).toEqual([]); // killed before it answered
  expect(code).toBe(0);
  sameAsInProcess(setup, args, { code, signal: null, stdout, stderr });
});

test('two builds at once through one server both get their own right files and lines', async () => {
  const setup = setUp();
  cpSync(path.join(ROOT, 'campaigns/2023.yaml'), path.join(setup.work, '2023.yaml'));
  run(setup, ['build', '2023.yaml', '--format', 'text', '--out', 'warm-up']);
  const pid = await serverUp(setup);
  const launch = (campaign: string, out: string) => {
    const child = spawn(process.execPath, [BIN, 'build', campaign, '--format', ALL_FORMATS, '--out', out], { cwd: setup.work, env: setup.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise<BinRun>((resolve) => child.on('close', (code) => resolve({ code, signal: null, stdout, stderr })));
  };
  const [a, b] = await Promise.all([launch('2018.yaml', 'out'), launch('2023.yaml', 'out-2023')]);
  expect(answers(setup)).toEqual([[pid, '0'], [pid, '0']]);
  sameAsInProcess(setup, ['build', '2018.yaml', '--format', ALL_FORMATS, '--out', 'out'], a);
  sameAsInProcess(setup, ['build', '2023.yaml', '--format', ALL_FORMATS, '--out', 'out-2023'], b, setup.env, 'out-2023');
});

describe('a server leaves', () => {
  const args = ['build', '2023.yaml', '--format', 'text', '--out', 'out'];

  test('after GONGWEN_SERVER_IDLE_SECONDS without a request, removing its socket', async () => {
    const setup = setUp('2023.yaml', { GONGWEN_SERVER_IDLE_SECONDS: '5' });
    run(setup, args);
    const pid = await serverUp(setup);
    expect(run(setup, args).code).toBe(0);
    expect(logged(setup, 'answered')).toHaveLength(1);
    await until('the idle server to exit', () => !alive(pid));
    expect(logged(setup, 'retired')).toEqual([[pid, 'idle']]);
    expect(sockets(setup)).toEqual([]);
  });

  test('after a request that leaves it above GONGWEN_SERVER_MAX_MB resident; the next build runs in its own process', async () => {
    const setup = setUp('2023.yaml', { GONGWEN_SERVER_MAX_MB: '1' });
    run(setup, args);
    const pid = await serverUp(setup);
    const served = run(setup, args);
    expect(answers(setup)).toEqual([[pid, '0']]);
    await until('the server to exit', () => !alive(pid));
    expect(logged(setup, 'retired')).toEqual([[pid, 'memory']]);
    sameAsInProcess(setup, args, served);
    expect(run(setup, args).code).toBe(0);
    expect(answers(setup)).toHaveLength(1);
  });

  test('when a server started at the same moment takes its socket: one of two is left', async () => {
    const setup = setUp('2023.yaml');
    // As two first builds at once start them: each listens on a name of its own, then renames it into place.
    for (let i = 0; i < 2; i++) spawn(process.execPath, [path.join(ROOT, 'dist/bundle/server.js')], { env: setup.env, stdio: 'ignore', detached: true }).unref();
    const pids = [await serverUp(setup), await serverUp(setup, 2)];
    await until('one server to leave', () => pids.filter(alive).length === 1);
    const [left] = logged(setup, 'retired');
    expect(left).toEqual([expect.any(Number), 'socket or code gone']);
    const [kept] = pids.filter(alive);
    expect(sockets(setup)).toHaveLength(1);
    expect(run(setup, args).code).toBe(0);
    expect(answers(setup).map(([pid]) => pid)).toEqual([kept]);
  });

  test('when its cache folder is removed', async () => {
    const setup = setUp('2023.yaml');
    run(setup, args);
    const pid = await serverUp(setup);
    rmSync(setup.cache, { recursive: true, force: true });
    await until('the server to exit', () => !alive(pid));
    expect(logged(setup, 'retired')).toEqual([[pid, 'socket or code gone']]);
  });

  test('on gongwen server stop, which says how many it stopped', async () => {
    const setup = setUp('2023.yaml');
    run(setup, args);
    const pid = await serverUp(setup);
    const stop = runBin(['server', 'stop'], { env: setup.env });
    expect(stop.code).toBe(0);
    expect(stop.stderr.trim()).toBe('已停止 1 个后台生成服务 (stopped 1 build server)');
    await until('the server to exit', () => !alive(pid));
    expect(sockets(setup)).toEqual([]);
    expect(runBin(['server', 'stop'], { env: setup.env }).stderr.trim()).toBe('已停止 0 个后台生成服务 (stopped 0 build servers)');
  });
});

test('GONGWEN_SERVER=off never starts or uses a server; --watch and other commands are not sent to one', async () => {
  expect(servedCommand(['build', 'a.yaml', '--out', 'out'])).toBe(true);
  expect(servedCommand(['build', 'a.yaml', '--watch'])).toBe(false);
  expect(servedCommand(['check', 'a.yaml'])).toBe(false);
  const setup = setUp('2023.yaml');
  const args = ['build', '2023.yaml', '--format', 'text', '--out', 'out'];
  for (let i = 0; i < 2; i++) expect(inProcess(setup, args).code).toBe(0);
  await sleep(1000);
  expect(existsSync(setup.log)).toBe(false);
  expect(existsSync(path.join(setup.cache, 'server'))).toBe(false);
});
