import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli, tempDir } from '../helpers/cli';
import { openDocx, textOf } from '../helpers/docx-xml';

/**
 * One kind of change at a time, made to a small notice with a form annex: the
 * redline must show exactly that change as Word revisions, nothing more.
 */
const FIXTURE = path.resolve(__dirname, '../fixtures/forms/fixture.yaml');

type Campaign = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function base(): Campaign {
  const c = parse(readFileSync(FIXTURE, 'utf8')) as Campaign;
  c.body = [
    { heading: '总体要求', text: '以标准提升质量。' },
    { heading: '活动内容', body: [{ heading: '开展宣传', text: '组织媒体宣传。' }, { heading: '开展培训', text: '举办标准化培训。' }, { heading: '开展评比', text: '评选优秀案例。' }] },
    ...c.body,
  ];
  c.annexes.unshift({ id: 'slogans', kind: 'slogans', title: '活动口号', numbered: true, items: ['标准引领发展', '质量成就未来', '标准助力创新', '品质赢得信赖'] });
  c.header = { wenjian: false };
  c.remark = '此件主动公开';
  c.colophon = { cc: ['国家标准委'], printer: '福建省标准化工作领导小组办公室', printDate: '2018-09-20' };
  return c;
}

interface Revision {
  kind: 'ins' | 'del';
  text: string;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('gongwen-redline-');
});

/** One revision: an uninterrupted stretch of inserted (or deleted) text, however many w:ins elements Word gets. */
function revisionsOf(xml: string): Revision[] {
  const revisions: (Revision & { end: number })[] = [];
  for (const m of xml.matchAll(/<w:(ins|del)\s[^>]*?(?<!\/)>([\s\S]*?)<\/w:\1>/g)) {
    const [kind, text, last] = [m[1] as Revision['kind'], textOf(m[2]), revisions.at(-1)];
    if (!text) continue;
    if (last?.kind === kind && !textOf(xml.slice(last.end, m.index))) Object.assign(last, { text: last.text + text, end: m.index + m[0].length });
    else revisions.push({ kind, text, end: m.index + m[0].length });
  }
  return revisions.map(({ kind, text }) => ({ kind, text }));
}

let count = 0;
/** The redline of `edit` applied to the base notice: its document.xml and its revisions with text, in order. */
async function redline(edit: (c: Campaign) => void): Promise<{ xml: string; revisions: Revision[]; code: number; err: string[] }> {
  const n = ++count;
  const [old, neu, out] = ['old', 'new', 'red'].map((name) => path.join(dir, `${n}-${name}.${name === 'red' ? 'docx' : 'yaml'}`));
  const changed = base();
  edit(changed);
  writeFileSync(old, stringify(base()));
  writeFileSync(neu, stringify(changed));
  const run = await runCli(['diff', old, neu, '--redline', out]);
  if (run.code === 2) return { xml: '', revisions: [], code: run.code, err: run.err };
  const xml = (await openDocx(readFileSync(out))).part('word/document.xml');
  return { xml, revisions: revisionsOf(xml), code: run.code, err: run.err };
}

const joined = (revisions: Revision[], kind: Revision['kind']) => revisions.filter((r) => r.kind === kind).map((r) => r.text);

test('the same notice: no revision, exit 0', async () => {
  const r = await redline(() => {});
  expect(r.code).toBe(0);
  expect(r.revisions).toEqual([]);
});

test('document number', async () => {
  const r = await redline((c) => (c.number.seq = 4));
  expect(r.err).toEqual([expect.stringContaining('已生成修订稿')]);
  expect(r.code).toBe(1);
  expect(r.revisions).toEqual([{ kind: 'del', text: '3' }, { kind: 'ins', text: '4' }]);
});

test('signature date', async () => {
  const r = await redline((c) => (c.signature.date = '2018-09-21'));
  expect(r.revisions).toEqual([{ kind: 'del', text: '20' }, { kind: 'ins', text: '21' }]);
});

test('addressees: one unit added', async () => {
  const r = await redline((c) => c.addressees[1].items.push('科技厅'));
  expect(joined(r.revisions, 'ins').join('')).toBe('、科技厅');
  expect(joined(r.revisions, 'del')).toEqual([]);
});

test('annex list and annex: one added', async () => {
  const r = await redline((c) => c.annexes.push({ id: 'guide', kind: 'document', title: '活动指南', body: ['各单位按本指南开展活动。'] }));
  expect(joined(r.revisions, 'del')).toEqual([]);
  expect(joined(r.revisions, 'ins')).toEqual(['3.活动指南', '附件3活动指南各单位按本指南开展活动。']);
  expect(r.xml.match(/<w:rPr><w:ins [^>]*\/><\/w:rPr><w:sectPr/g)).toHaveLength(1);
});

test('annex list and annex: one removed, with its contents', async () => {
  const r = await redline((c) => c.annexes.shift());
  expect(r.revisions).toEqual([
    { kind: 'del', text: '2' }, // 见附件2 → 见附件: the reference follows the annex numbers
    { kind: 'del', text: '附件：1.活动口号' },
    { kind: 'ins', text: '附件：' },
    { kind: 'del', text: '附件1活动口号1.标准引领发展2.质量成就未来3.标准助力创新4.品质赢得信赖' }, // the whole annex, as it stood
  ]);
  // The removed annex's page break goes with it: accepting leaves no empty page.
  expect(r.xml.match(/<w:rPr><w:del [^>]*\/><\/w:rPr><w:sectPr/g)).toHaveLength(1);
});

test('a form item label, cell by cell', async () => {
  const r = await redline((c) => (c.annexes[1].rows[1].rows[0].item = '举办培训次数'));
  expect(r.revisions).toEqual([{ kind: 'del', text: '参与人数' }, { kind: 'ins', text: '举办培训次数' }]);
});

test('remark and colophon', async () => {
  const r = await redline((c) => {
    c.remark = '此件依申请公开';
    c.colophon.cc = ['国家标准委', '省市场监管局'];
  });
  expect(r.revisions).toEqual([
    { kind: 'del', text: '主动' },
    { kind: 'ins', text: '依申请' },
    { kind: 'ins', text: '，省市场监管局' },
  ]);
});

test('a colophon line removed goes with its label', async () => {
  const r = await redline((c) => delete c.colophon.cc);
  expect(r.revisions).toEqual([{ kind: 'del', text: '抄送：国家标准委。' }]);
});

/** Heading numbers as the body prints them. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)$|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）/;

test('a section inserted is one revision; the sections after it are renumbered without a change', async () => {
  const r = await redline((c) => c.body[1].body.splice(1, 0, { heading: '开展咨询', text: '组织标准咨询服务。' }));
  expect(r.revisions).toEqual([{ kind: 'ins', text: '开展咨询。组织标准咨询服务。' }]);
  expect(r.xml).toContain('（二）');
  expect(r.xml).toContain('（四）');
});

test('a section moved: one deletion and one insertion, no heading number inside a revision', async () => {
  const r = await redline((c) => c.body[1].body.push(c.body[1].body.shift()));
  expect(r.revisions).toEqual([
    { kind: 'del', text: '开展宣传。组织媒体宣传。' },
    { kind: 'ins', text: '开展宣传。组织媒体宣传。' },
  ]);
  for (const rev of r.revisions) expect(rev.text).not.toMatch(HEADING_NUMBER);
});

test('slogans reordered: the moved slogan is one deletion and one insertion, its number untracked', async () => {
  const r = await redline((c) => c.annexes[0].items.push(c.annexes[0].items.shift()));
  expect(r.revisions).toEqual([
    { kind: 'del', text: '标准引领发展' },
    { kind: 'ins', text: '标准引领发展' },
  ]);
});

test('a change a revision cannot show (a new seal) is refused, nothing written', async () => {
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  copyFileSync(path.resolve(__dirname, '../../campaigns/assets/2017-logo-placeholder.png'), path.join(dir, 'assets/seal.png'));
  const r = await redline((c) => (c.signature.seal = 'assets/seal.png'));
  expect(r.code).toBe(2);
  expect(r.err.join('\n')).toContain('修订稿无法标出全部修改，未生成');
  expect(r.err.join('\n')).toContain('印章图片');
});

test('a header switched to the letter format is listed by diff and refused by the redline, nothing written', async () => {
  const r = await redline((c) => (c.header = { format: 'letter' }));
  expect(r.code).toBe(2);
  expect(r.err.join('\n')).toContain('版头格式（文件格式、信函格式）');
  const n = count;
  const listed = await runCli(['diff', path.join(dir, `${n}-old.yaml`), path.join(dir, `${n}-new.yaml`)]);
  expect(listed.code).toBe(1);
  expect(listed.out.join('\n')).toMatch(/版头格式：\S*文件格式\S* → \S*信函格式/);
});

test('diff --help and collect --help say what each exit code means', async () => {
  const diff = await runCli(['diff', '--help']);
  expect(diff.code).toBe(0);
  expect(diff.out.join('\n')).toMatch(/退出码 \(exit codes\):\n {2}0 {3}内容相同.*\n {2}1 {3}内容不同.*\n {2}2 {3}出错/);
  const collect = await runCli(['collect', '--help']);
  expect(collect.out.join('\n')).toMatch(/退出码 \(exit codes\):\n {2}0 {3}全部报表无问题.*\n {2}1 {3}汇总已写出，但有报表有问题.*\n {2}2 {3}出错/);
});

describe('a joint notice (60 issuers, arranged in columns)', () => {
  const JOINT = path.resolve(__dirname, '../fixtures/campaigns/joint-60.yaml');
  async function jointRedline(edit: (c: Campaign) => void) {
    const n = ++count;
    const [old, neu, out] = ['old.yaml', 'new.yaml', 'red.docx'].map((name) => path.join(dir, `${n}-joint-${name}`));
    const changed = parse(readFileSync(JOINT, 'utf8')) as Campaign;
    edit(changed);
    writeFileSync(old, readFileSync(JOINT));
    writeFileSync(neu, stringify(changed));
    return { ...(await runCli(['diff', old, neu, '--redline', out])), redline: out };
  }

  test('its number is tracked like any other', async () => {
    const r = await jointRedline((c) => (c.number.seq = 69));
    expect(r.code).toBe(1);
    expect(revisionsOf((await openDocx(readFileSync(r.redline))).part('word/document.xml'))).toEqual([
      { kind: 'del', text: '68' },
      { kind: 'ins', text: '69' },
    ]);
  });

  test('bound as a new annex (forwarded), it is inserted whole, its arranged header included', async () => {
    const joint = parse(readFileSync(JOINT, 'utf8')) as Campaign;
    const r = await redline((c) =>
      c.annexes.push({ id: 'national', kind: 'notice', title: joint.title, issuers: joint.issuers.slice(0, 6), header: { wenjian: true }, body: ['请结合实际认真组织实施。'] }),
    );
    expect(r.code).toBe(1);
    const inserted = joined(r.revisions, 'ins').join('');
    for (const issuer of joint.issuers.slice(0, 6)) expect(inserted).toContain(issuer.name);
    expect(inserted).toContain('请结合实际认真组织实施。');
    expect(joined(r.revisions, 'del')).toEqual([]);
  });

  test('a change to its issuers cannot be shown in the arranged header: refused, saying so', async () => {
    const r = await jointRedline((c) => c.issuers.pop());
    expect(r.code).toBe(2);
    expect(r.err).toContain('  版头（联合行文的发文机关标志）');
  });
});

describe('diff text output', () => {
  /** The plain-text diff of `edit` applied to the base notice. */
  async function textDiff(edit: (c: Campaign) => void, before: (c: Campaign) => void = () => {}) {
    const n = ++count;
    const [old, neu] = ['old', 'new'].map((name) => path.join(dir, `${n}-${name}.yaml`));
    const [a, b] = [base(), base()];
    before(a);
    before(b);
    edit(b);
    writeFileSync(old, stringify(a));
    writeFileSync(neu, stringify(b));
    return runCli(['diff', old, neu]);
  }

  test('placeholders are compared and shown as the notice prints them', async () => {
    const same = await textDiff((c) => (c.body[0].text = '以标准提升质量，2018年{{theme}}。'), (c) => (c.body[0].text = '以标准提升质量，{{year}}年标准引领　质量提升。'));
    expect(same.code).toBe(0);
    const r = await textDiff((c) => (c.body[0].text = '以标准提升质量，{{theme}}（{{ref:stats}}）。'));
    expect(r.out).toEqual(['正文 › 总体要求：[-以标准提升质量。-] → {+以标准提升质量，标准引领　质量提升（附件2）。+}']);
  });

  test('changes are listed in document order: sections and their paragraphs where they stand', async () => {
    const r = await textDiff((c) => {
      c.body[1].body[2].text = '评选优秀案例并通报。';
      c.body[1].body.splice(1, 0, { heading: '开展咨询', text: '组织标准咨询服务。' });
      c.body[0].text = '以标准提升质量水平。';
      c.remark = '此件依申请公开';
    });
    expect(r.code).toBe(1);
    expect(r.out.map((l) => l.split('：')[0])).toEqual([
      '正文 › 总体要求',
      '正文 › 活动内容 › 开展咨询',
      '正文 › 活动内容 › 开展评比',
      '附注',
    ]);
  });

  test('a moved section is listed once, where it now stands, with nothing of it as added or removed', async () => {
    const r = await textDiff((c) => c.body[1].body.push(c.body[1].body.shift()));
    expect(r.out).toEqual(['正文 › 活动内容 › 开展宣传：（位置调整）']);
  });
});
