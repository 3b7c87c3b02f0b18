import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, usageLine, type CommandName } from '../../src/cli/commands';
import { EXIT_CODES } from '../../src/cli/help';
import { BIN, runBin, runCli, tempDir } from '../helpers/cli';

const ROOT = path.join(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NAMES = Object.keys(COMMANDS) as CommandName[];

describe('version and help', () => {
  test.each(['--version', '-V'])('%s prints the package version on stdout', async (flag) => {
    const r = await runCli([flag]);
    expect(r).toEqual({ code: 0, out: [`gongwen ${VERSION}`], err: [] });
  });

  test.each(['--help', '-h', 'help'])('%s lists every command on stdout and exits 0', async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const help = r.out.join('\n');
    for (const name of NAMES) expect(help).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    for (const [code] of EXIT_CODES) expect(help).toMatch(new RegExp(`^  ${code}   `, 'm'));
  });

  test.each(NAMES.flatMap((n) => [[n, '--help'], [n, '-h']]))('%s %s: its usage and every option on stdout, exit 0', async (name, flag) => {
    const r = await runCli([name as CommandName, flag]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const help = r.out.join('\n');
    expect(help).toContain(`用法 (usage): ${usageLine(name as CommandName)}`);
    for (const option of Object.keys(COMMANDS[name as CommandName].options)) expect(help).toMatch(new RegExp(`--${option}\\b.*[\\u4e00-\\u9fff]`));
  });

  test('help comes before anything else the arguments would do', async () => {
    const schema = await runCli(['schema', '--help']);
    expect(schema.out.join('\n')).not.toContain('"$schema"');
    const build = await runCli(['build', 'no-such.yaml', '--out', '/proc/x', '--help']);
    expect(build.code).toBe(0);
    expect(build.out[0]).toContain(usageLine('build'));
    expect((await runCli(['help', 'diff'])).out.join('\n')).toContain(usageLine('diff'));
  });

  test('every option build accepts is in its usage line', () => {
    const line = usageLine('build');
    for (const option of ['--format text,docx,pdf', '--out DIR', '--fonts DIR', '--draft', '--json', '--watch']) expect(line).toContain(option);
    expect(usageLine('new')).toContain(' --from FILE ');
  });
});

describe('mistakes in the arguments: exit 2, what is wrong, on stderr', () => {
  test.each([
    [['build', 'campaigns/2023.yaml', '--frmat', 'pdf'], /未知的选项“--frmat” \(unknown option "--frmat" for build; did you mean "--format"\?\)  提示：是不是要写“--format”？/],
    [['check', '--strcit', 'campaigns/2023.yaml'], /did you mean "--strict"\?/],
    [['diff', 'a.yaml', 'b.yaml', '--redlin', 'x.docx'], /did you mean "--redline"\?/],
    [['fonts', '--font', 'dir'], /did you mean "--fonts"\?/],
    [['schema', '--zzzzzz'], /unknown option "--zzzzzz" for schema\)$/m],
    [['biuld', 'campaigns/2023.yaml'], /未知的命令“biuld” \(unknown command "biuld"; did you mean "build"\?\)/],
    [['--verison'], /unknown option "--verison"; did you mean "--version"\?/],
    [['build', 'campaigns/2023.yaml', '--out'], /选项 --out 后面要写DIR \(option --out needs a value\)/],
    [['check', 'campaigns/2023.yaml', '--strict=yes'], /option --strict takes no value/],
    [['build', 'campaigns/2023.yaml', '--out', '--json'], /option --out needs a value, not "--json"\)  提示：值本身以 - 开头时写成 --out=--json/],
    [['collect', 'campaigns/2023.yaml', 'returns/', '--out', '汇总'], /选项 --out 的文件名要以 \.xlsx 结尾，而不是“汇总” \(option --out writes a \.xlsx file; its name must end in \.xlsx\)  提示：写成 --out 汇总\.xlsx$/m],
    [['collect', 'campaigns/2023.yaml', 'returns/', '--out=汇总.csv'], /提示：写成 --out 汇总\.xlsx$/m],
    [['diff', 'a.yaml', 'b.yaml', '--redline', 'out/修订稿.pdf'], /option --redline writes a \.docx file; its name must end in \.docx\)  提示：写成 --redline out\/修订稿\.docx$/m],
    [['new', '2024', '--from', 'campaigns/2023.yaml', '--out', '2024'], /选项 --out 的文件名要以 \.yaml 或 \.yml 结尾，而不是“2024” \(option --out writes a \.yaml file; its name must end in \.yaml or \.yml\)  提示：写成 --out 2024\.yaml$/m],
    [['new', '2024', '--from', 'campaigns/2023.yaml', '--out=2024.docx'], /提示：写成 --out 2024\.yaml$/m],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toMatch(message);
  });

  test('new --out with a name that is not .yaml/.yml writes nothing; 2024.yml and 2024.YAML are taken', async () => {
    const dir = tempDir();
    const from = path.resolve(__dirname, '../../campaigns/2023.yaml');
    expect((await runCli(['new', '2024', '--from', from, '--out', path.join(dir, '2024.txt')])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    for (const name of ['2024.yml', '2025.YAML']) expect((await runCli(['new', name.slice(0, 4), '--from', from, '--out', path.join(dir, name)])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['2024.yml', '2025.YAML']);
  });

  test('an unknown option names the usage of its command', async () => {
    const r = await runCli(['collect', 'x.yaml', 'returns/', '--frm', 'stats']);
    expect(r.err.join('\n')).toContain(`用法 (usage): ${usageLine('collect')}`);
    expect(r.err.join('\n')).toContain('did you mean "--form"?');
  });

  test('no command at all: the general help on stderr, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toContain('命令 (commands):');
  });

  test('a command without its files prints its usage from the same table', async () => {
    for (const name of ['check', 'build', 'fmt', 'diff', 'new', 'collect'] as const) {
      const r = await runCli([name]);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toContain(usageLine(name));
    }
  });
});

describe('as its own process', () => {
  test('--help on stdout with exit 0; a bad option on stderr with exit 2 and no stack trace', () => {
    const help = runBin(['build', '--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain(usageLine('build'));
    const bad = runBin(['build', '--frmat']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('"--format"');
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });

  test('--help and --version load no command module and no renderer', () => {
    const script = `const m = require(${JSON.stringify(path.join(ROOT, 'dist/src/cli/main.js'))});
      (async () => { for (const a of [['--help'], ['build', '--help'], ['collect', '-h'], ['--version']]) await m.main(a, { out() {}, err() {} });
      console.log(Object.keys(require.cache).join('\\n')); })();`;
    const loaded = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split('\n');
    expect(loaded.filter((f) => f.includes('/node_modules/'))).toEqual([]);
    const ours = loaded.map((f) => f.split('/dist/')[1]).filter(Boolean);
    expect(ours).toContain('src/cli/commands.js');
    // The dispatcher, the table and its help, printing and error types, and the leaves they need: nothing that parses, composes or renders.
    for (const f of ours) expect(f).toMatch(/^src\/(cli\/(main|check-args|commands|help|report|process-io|version|output-error)|campaign\/(did-you-mean|problem)|render\/formats)\.js$/);
  });
});

test('the README has one exit-code table, and it is the one the help prints', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| (\d) \| (.+) \|$/gm)].map((m) => Number(m[1]));
  expect(rows).toEqual(EXIT_CODES.map(([code]) => code));
});

describe('a reader that stops reading (gongwen … | head)', () => {
  test('is no crash: no EPIPE stack on stderr, the command runs to its end and exits 0', async () => {
    const { spawn } = await import('node:child_process');
    const out = path.join(tempDir('gongwen-epipe-'), '2026.yaml');
    const child = spawn(process.execPath, [BIN, 'new', '2026', '--from', path.join(ROOT, 'campaigns', '2023.yaml'), '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The pipe is closed before gongwen writes a line: every line it prints meets EPIPE.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('year: 2026');
  });
});

describe('Node options given to the process', () => {
  it('builds the DOCX under a V8 option (a worker thread would refuse one), with the same bytes', () => {
    const plain = tempDir();
    const tuned = tempDir();
    const build = (out: string, nodeOptions: string[]) =>
      execFileSync(process.execPath, [...nodeOptions, BIN, 'build', 'campaigns/2023.yaml', '--format', 'docx', '--out', out], {
        cwd: path.join(__dirname, '..', '..'),
        encoding: 'utf8',
        stdio: 'pipe',
      });
    build(plain, []);
    build(tuned, ['--max-old-space-size=2048']);
    expect(readFileSync(path.join(tuned, '2023.docx')).equals(readFileSync(path.join(plain, '2023.docx')))).toBe(true);
  });
});
