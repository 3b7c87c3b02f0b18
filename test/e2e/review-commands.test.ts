import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { diffCommand } from '../../src/cli/diff';
import { buildCommand } from '../../src/cli/build';
import { newYearFrom } from '../../src/review/new-year';
import { documentFromFile } from '../../src/pipeline';
import { runCli, tempDir } from '../helpers/cli';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');

/** A private copy of the campaigns folder (with assets), so commands that write can run on it. */
function copyCampaigns(): string {
  const dir = tempDir();
  cpSync(CAMPAIGNS, dir, { recursive: true });
  return dir;
}

describe('gongwen fmt', () => {
  test.each(['2023.yaml', '2021.yaml'])('%s: canonical, idempotent, and the composed document is unchanged', async (name) => {
    const dir = copyCampaigns();
    const file = path.join(dir, name);
    const before = (await documentFromFile(file)).document;
    const first = await runCli(['fmt', file]);
    expect(first.code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect((await runCli(['fmt', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect((await runCli(['fmt', '--check', file])).code).toBe(0);
    const after = (await documentFromFile(file)).document;
    expect(isDeepStrictEqual(before, after)).toBe(true);
    expect(once).toMatch(/^kind: /m);
    expect(once).toContain('# '); // comments survive
  });

  test('--check names a file that is not canonical and exits 1, without touching it', async () => {
    const dir = copyCampaigns();
    const file = path.join(dir, '2023.yaml');
    const original = readFileSync(file, 'utf8').replace('kind: notice\nstatus: final\n', 'status: final\nkind: notice\n');
    writeFileSync(file, original);
    const r = await runCli(['fmt', '--check', file]);
    expect(r.code).toBe(1);
    expect(r.out.join('\n')).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  test('long paragraphs become block scalars with one sentence per line; the line breaks never reach the notice', async () => {
    const dir = copyCampaigns();
    const file = path.join(dir, '2023.yaml');
    await runCli(['fmt', file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\|-\n\s+充分认识两个纲要的重要意义，准确把握主要任务，着力抓好宣贯工作。\n\s+要按照两个纲要要求/);
    const doc = (await documentFromFile(file)).document!;
    const body = JSON.stringify(doc.notice.body);
    expect(body).toContain('着力抓好宣贯工作。要按照两个纲要要求');
    expect(body).not.toMatch(/。\s+要按照/);
  });

  test('refuses a file with errors and leaves it as it is', async () => {
    const file = path.join(tempDir(), 'bad.yaml');
    writeFileSync(file, 'kind: notice\nyear: x\n');
    const r = await runCli(['fmt', file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('kind: notice\nyear: x\n');
  });
});

describe('gongwen diff', () => {
  const old = path.join(CAMPAIGNS, '2021.yaml');
  const neu = path.join(CAMPAIGNS, '2023.yaml');

  test('2021 → 2023: kind, title, theme, number and slogans, in Chinese labels, plain when not a terminal', async () => {
    const out: string[] = [];
    const code = await diffCommand([old, neu], { out: (l) => out.push(l), err: () => undefined }, false);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/^文种：\[-forward-\] → \{\+notice\+\}$/m);
    expect(text).toMatch(/^标题：/m);
    expect(text).toMatch(/^主题：.*\[-.*深入实施质量提升行动.*-\].*\{\+.*增强质量意识.*\+\}/m);
    expect(text).toMatch(/^发文字号：\[-闽质强省办〔2021〕5号-\] → \{\+闽质强省办〔2023〕7号\+\}$/m);
    expect(text).toMatch(/^附件：\[-− 市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知-\]$/m);
    expect(text).toMatch(/^主送机关：\+\d+ −\d+$/m);
    expect(text).toMatch(/^主送机关（第2组）：\{\+\+ 省检察院\+\}$/m);
    expect(text).not.toMatch(/\x1b\[/);
  });

  test('a colour terminal gets ANSI colours instead of markers', async () => {
    const out: string[] = [];
    await diffCommand([old, neu], { out: (l) => out.push(l), err: () => undefined }, true);
    expect(out.join('\n')).toMatch(/\x1b\[32m/);
    expect(out.join('\n')).not.toMatch(/\{\+/);
  });

  test('an edited sentence shows as a character-level inline change; formatting alone is no change', async () => {
    const dir = copyCampaigns();
    const file = path.join(dir, '2023.yaml');
    await runCli(['fmt', file]);
    expect((await runCli(['diff', neu, file])).code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('严禁借活动名义向企业摊派收费、搭车收费。', '严禁借活动名义向企业摊派收费。'));
    const r = await runCli(['diff', neu, file, '--json']);
    expect(r.code).toBe(1);
    const { changes } = JSON.parse(r.out.join('\n'));
    expect(changes).toHaveLength(1);
    expect(changes[0].label).toBe('正文 › 工作要求 › 加强统筹协调');
    expect(changes[0].inline.filter((p: { removed?: boolean }) => p.removed).map((p: { text: string }) => p.text)).toEqual(['、搭车收费']);
  });

  test('slogans added, removed and reordered are counted', async () => {
    const dir = copyCampaigns();
    const file = path.join(dir, '2023.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('      - 人人创造质量　人人享受质量\n', '')
      .replace('      - 大力增强质量意识　加快建设质量强国\n', '      - 质量强国　人人有责\n      - 大力增强质量意识　加快建设质量强国\n')
      .replace('      - 弘扬工匠精神　推动品质革命\n', '')
      .replace('      - 提升质量竞争力　共筑质量强国梦\n', '      - 提升质量竞争力　共筑质量强国梦\n      - 弘扬工匠精神　推动品质革命\n');
    writeFileSync(file, text);
    const r = await runCli(['diff', neu, file]);
    expect(r.out.join('\n')).toMatch(/^口号：\+1 −1，顺序有调整$/m);
    expect(r.out.join('\n')).toMatch(/^口号：\[-− 人人创造质量　人人享受质量-\]$/m);
  });

  test('bad input: a file that does not validate, or a wrong number of files', async () => {
    const bad = path.join(tempDir(), 'bad.yaml');
    writeFileSync(bad, 'kind: notice\nyear: x\n');
    const r = await runCli(['diff', old, bad]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/bad\.yaml:2:7  错误/);
    expect((await runCli(['diff', old])).code).toBe(2);
  });
});

describe('gongwen new', () => {
  test('new 2024 --from 2023: year and titles updated, dates and number marked, a checklist, check warns', async () => {
    const dir = copyCampaigns();
    const r = await runCli(['new', '2024', '--from', path.join(dir, '2023.yaml')]);
    expect(r.code).toBe(0);
    const file = path.join(dir, '2024.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^year: 2024$/m);
    expect(text).toMatch(/^\s+seq: 待填写$/m);
    expect(text).toMatch(/^\s+date: 待填写$/m);
    expect(text).toContain('title: 2024年福建省“质量月”活动口号');
    expect(text).toContain('# “邀请企业企业”为原件笔误'); // comments kept
    // The checklist names fields as a clerk would, never by their path.
    expect(r.out.join('\n')).toContain('填写成文日期');
    expect(r.out.join('\n')).toContain('填写发文顺序号');
    expect(r.out.join('\n')).not.toMatch(/annexes\.\d|signature\.date|number\.seq/);

    const check = await runCli(['check', file]);
    expect(check.code).toBe(0);
    expect(check.err.filter((l) => l.includes('尚未填写'))).toHaveLength(2);
    const strict = await runCli(['check', '--strict', file]);
    expect(strict.code).toBe(2);
    expect(strict.err.filter((l) => l.includes('  错误  ') && l.includes('尚未填写'))).toHaveLength(2);
    expect((await runCli(['fmt', '--check', file])).code).toBe(0);

    const built = await documentFromFile(file);
    expect(built.document!.meta.draft).toBe(true);
  });

  test('new from minutes: the 纪要标志 and format stay, the title takes the new year, the checklist asks for this meeting’s attendance', () => {
    const { text, checklist } = newYearFrom(readFileSync(path.join(CAMPAIGNS, 'examples/zhenghe-2025.yaml'), 'utf8'), 2026);
    expect(text).toMatch(/^ {2}format: minutes$/m);
    expect(text).toMatch(/^ {2}mark: 政和县人民政府专题会议纪要$/m);
    expect(text).toMatch(/^title: 关于研究部署2026年“质量月”活动/m);
    expect(checklist).toContain('出席、请假、列席人员（attendance）：换成这次会议的名单');
    expect(newYearFrom(readFileSync(path.join(CAMPAIGNS, '2023.yaml'), 'utf8'), 2024).checklist.some((l) => l.includes('attendance'))).toBe(false);
  });

  test('written into another folder (campaigns/examples/), the editor’s $schema path still finds the schema', async () => {
    const dir = copyCampaigns();
    const out = path.join(dir, 'examples', 'next', '2024.yaml');
    expect((await runCli(['new', '2024', '--from', path.join(dir, '2023.yaml'), '--out', out])).code).toBe(0);
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(out, 'utf8'))?.[1];
    expect(schema).toBe('../../campaign.schema.json');
    expect(existsSync(path.resolve(path.dirname(out), schema!))).toBe(true);
  });

  test('never overwrites, and says so when it cannot write', async () => {
    const dir = copyCampaigns();
    const from = path.join(dir, '2023.yaml');
    const exists = await runCli(['new', '2021', '--from', from]);
    expect(exists.code).toBe(2);
    expect(exists.err.join('\n')).toMatch(/文件已存在/);
    // A folder inside a file cannot be made (a missing folder would be).
    const nowhere = await runCli(['new', '2024', '--from', from, '--out', path.join(from, '2024.yaml')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err.join('\n')).toContain(`${from}  错误  这是一个文件，不是文件夹`);
    expect((await runCli(['new', 'abc', '--from', from])).code).toBe(2);
  });
});

describe('gongwen build --watch', () => {
  const until = async (what: () => boolean, ms = 10000) => {
    for (const start = Date.now(); !what(); ) {
      if (Date.now() - start > ms) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  test('rebuilds on save, keeps the last good output when the new version has errors, says how long it took', async () => {
    const dir = copyCampaigns();
    const file = path.join(dir, '2023.yaml');
    const out = path.join(dir, 'out');
    const target = path.join(out, '2023.txt');
    const err: string[] = [];
    const stop = new AbortController();
    const watching = buildCommand([file, '--format', 'text', '--out', out, '--watch'], { out: () => undefined, err: (l) => err.push(l) }, stop.signal);
    await until(() => err.some((l) => l.startsWith('正在监视')));
    const first = readFileSync(target, 'utf8');

    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('year: 2023', 'year: 二〇二三'));
    await until(() => err.some((l) => l.startsWith('有错误')));
    expect(err.some((l) => /2023\.yaml:\d+:\d+  错误/.test(l))).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(first);

    writeFileSync(file, good.replace('严格监管执法', '依法严格监管执法'));
    await until(() => readFileSync(target, 'utf8').includes('依法严格监管执法'));
    await until(() => err.filter((l) => /^已重新生成（\d+ ms）/.test(l)).length >= 2);
    stop.abort();
    expect(await watching).toBe(0);
    expect(existsSync(target)).toBe(true);
  });
});
