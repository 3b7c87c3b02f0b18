import { normalizeText, WIDE_CHAR } from '../compose/normalize-text';
import { isFigure, MAX_HEADING_LEVEL } from '../compose/body';
import { annexLabels, isLabelled } from '../compose/annex-labels';
import { quotedTitle } from '../compose/quoted-title';
import { collectStrings } from '../compose/collect-strings';
import { documentNumber } from '../compose/document-number';
import { parsePlaceholder, PLACEHOLDER } from '../compose/placeholders';
import { MAX_CIRCLED_NUMBER, MAX_HEADING_NUMBER } from '../compose/numbering';
import { checkCharacters } from './characters';
import { checkDuplicates } from './duplicates';
import { checkStale } from './stale';
import { checkTables } from './lint-tables';
import { checkMarkupPlacement, markupScope } from './markup-scope';
import { checkPrintedTwice } from './lint-printed-twice';
import { checkAddresseeUnits } from './lint-addressee-units';
import { checkLetterFields } from './lint-letter';
import { checkMinutesFields } from './lint-minutes';
import { checkOrderFields } from './lint-order';
import { checkRegulation } from './lint-regulation';
import { checkSigners } from './lint-signers';
import { checkSeals } from './lint-seals';
import { checkTitleBreaks } from './lint-title-breaks';
import type { LoadedFile } from './load';
import type { Problem, Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { AnnexSpec, BodyNode, Campaign, NoticeSpec } from './types';
import { FULL_WIDTH_DIGITS_EVERYWHERE, halfWidthDigits } from './full-width-digits';
import { quoted } from './quoted';

/** 公文 conventions the schema cannot express. Runs on validated data. */
export function lintCampaign(campaign: Campaign, loaded: LoadedFile): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (severity, pos, code, message, english, hint) =>
    problems.push({ file: loaded.file, line: pos.line, column: pos.column, severity, code, message, english, hint });
  const map = loaded.sourceMap;
  const at = (p: DataPath) => map.valueAt(p);

  checkKind(campaign, report, at);
  checkForwardSentence(campaign, report, at);
  checkDates(campaign, report, at);
  checkNumbers(campaign, [], report, at);
  checkLetterFields(campaign, [], report, at);
  checkMinutesFields(campaign, [], report, at);
  checkOrderFields(campaign, [], report, at);
  checkSigners(campaign, report, at);
  checkSeals(campaign, report, at);
  checkAnnexReferences(campaign, report, (p) => map.keyAt(p, 'id'));
  checkHeadingDepth(campaign, report, at);
  checkStandIns(campaign, report, at);
  checkDuplicates(campaign, report, at);
  checkTables(campaign, report, at);
  checkPrintedTwice(campaign, report, at);
  checkAddresseeUnits(campaign, report, (p, key) => map.keyAt(p, key));
  checkRegulation(campaign, report, (p, needle) => map.textAt(p, needle, loaded.source));
  checkTitleBreaks(campaign, report, (p, needle) => map.textAt(p, needle, loaded.source));
  for (const [p, text] of strings(campaign, [])) {
    checkPlaceholders(campaign, p, text, report, (needle) => map.textAt(p, needle, loaded.source));
    checkPunctuation(text, report, (needle) => map.textAt(p, needle, loaded.source), (needles) => map.textsAt(p, needles, loaded.source));
    checkSpaceBetweenChinese(loaded, p, report);
    checkCharacters(loaded, p, report);
    checkStale(loaded, campaign, p, text, report);
  }
  return problems;
}

/** The clerk's 转发语 stands only in a forwarding notice, and quotes the forwarded notice's title as its annex gives it. */
function checkForwardSentence(c: Campaign, report: Report, at: (p: DataPath) => Position) {
  if (c.forwardSentence === undefined) return;
  const target = c.annexes?.find((a) => a.id === c.forwards);
  if (c.kind !== 'forward') {
    report('warning', at(['forwardSentence']), 'forward-sentence-unused', 'forwardSentence（转发语）只用于转发通知（kind: forward），这里不会印出',
      '"forwardSentence" is printed only in a forwarding notice (kind: forward)', '删去 forwardSentence，或把这句话写在 opening 中');
    return;
  }
  // {{year}} in either is expanded later: the two are compared only as written without it
  if (target?.kind !== 'notice' || `${c.forwardSentence}${target.title}`.includes('{{')) return;
  const quotedForwarded = quotedTitle(normalizeText(target.title));
  if (!normalizeText(c.forwardSentence).includes(quotedForwarded)) {
    report('warning', at(['forwardSentence']), 'forward-sentence-title', `转发语中没有被转发通知的标题${quotedForwarded}`,
      'the forwarding sentence does not quote the title of the forwarded notice', `照录附件“${c.forwards}”的标题，外加书名号（标题中的书名号改为〈〉），两处一致`);
  }
}

function checkKind(c: Campaign, report: Report, at: (p: DataPath) => Position) {
  if (c.kind === 'forward') {
    const target = c.annexes?.find((a) => a.id === c.forwards);
    if (!c.forwards) {
      report('error', at(['kind']), 'forward-without-target', '转发通知需要用 forwards 指明被转发通知所在的附件',
        'a forwarding notice needs "forwards"', '添加 forwards: <附件 id>，该附件的 kind 为 notice');
    } else if (target?.kind !== 'notice') {
      report('error', at(['forwards']), 'forward-target', `forwards 指向的附件“${c.forwards}”不存在或不是 notice 类型`,
        `"forwards" must name an annex of kind notice`, '检查附件的 id 和 kind');
    }
  }
  if (c.publishes) {
    const published = c.annexes?.find((a) => a.id === c.publishes);
    if (!published || published.kind === 'notice' || c.kind === 'forward' || c.kind === 'plan') {
      report('error', at(['publishes']), 'publish-target', `publishes 指向的附件“${c.publishes}”不存在，或不能作为印发的文件`,
        '"publishes" must name an annex that is not a forwarded notice, in a notice or joint notice',
        c.kind === 'forward' || c.kind === 'plan' ? '印发通知的 kind 应为 notice 或 joint' : '检查附件的 id；转发上级通知请用 kind: forward 和 forwards');
    }
  }
  if (c.kind === 'joint' && c.issuers.length < 2) {
    report('error', at(['issuers']), 'joint-single-issuer', '联合行文至少需要两个发文机关', 'a joint notice needs two or more issuers',
      '在 issuers 中列出全部联合发文机关，或把 kind 改为 notice');
  }
}

function checkDates(c: Campaign, report: Report, at: (p: DataPath) => Position) {
  const issued = c.signature?.date;
  if (c.deadline && issued && c.deadline < issued) {
    report('error', at(['deadline']), 'deadline-before-issue', `报送截止日期 ${c.deadline} 早于成文日期 ${issued}`,
      'deadline is before the date of issue', '检查 deadline 和 signature.date 的年月日');
  }
  if (issued && c.number && Number(issued.slice(0, 4)) !== c.number.year) {
    report('warning', at(['number', 'year']), 'number-year', `发文字号年份 ${c.number.year} 与成文日期 ${issued} 的年份不一致`,
      'document number year differs from the date of issue', '发文字号的年份一般为成文当年');
  }
}

function checkNumbers(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position) {
  if (spec.number && !spec.number.prefix && !spec.issuers[0]?.short) {
    report('error', at([...base, 'number']), 'number-prefix', '发文字号缺少机关代字', 'document number has no issuer prefix',
      '在 number 中写 prefix，或为第一个发文机关写 short（如 闽质强省办）');
  }
  // A forwarded notice's number is still quoted in the annex list; the notice's own is printed in its header only.
  if (base.length === 0 && spec.number && !spec.header) {
    report('warning', at(['number']), 'number-without-header', `发文字号“${documentNumber(spec.number, spec.issuers)}”不会印出：发文字号排在版头中，而文件没有写 header`,
      'the document number is printed in the header, and there is no header', '加上 header: { wenjian: false }（印出发文机关标志、发文字号和红色分隔线；带“文件”二字写 true）；不需要发文字号时删去 number');
  }
  (spec.annexes ?? []).forEach((a, i) => {
    if (a.kind === 'notice') checkNumbers(a, [...base, 'annexes', i], report, at);
  });
}

/** A stand-in picture must not go out as the real one. */
function checkStandIns(c: Campaign, report: Report, at: (p: DataPath) => Position) {
  const labels = annexLabels(c.annexes ?? []);
  (c.annexes ?? []).forEach((a, i) => {
    if (a.kind !== 'image' || !a.standIn) return;
    report('warning', at(['annexes', i, 'standIn']), 'stand-in-image', `${labels.get(a.id)}${quoted(normalizeText(a.title))}的图片是占位图，不是${a.standIn}`,
      `the picture of annex "${a.id}" only stands in for the real one`, '拿到原图后替换 path 指向的文件，并删去 standIn 一行');
  });
}

function checkAnnexReferences(c: Campaign, report: Report, idAt: (p: DataPath) => Position) {
  const visit = (spec: NoticeSpec, base: DataPath) => {
    const seen = new Set<string>();
    (spec.annexes ?? []).forEach((a, i) => {
      if (seen.has(a.id)) {
        report('error', idAt([...base, 'annexes', i]), 'duplicate-annex-id', `附件 id“${a.id}”重复`, `duplicate annex id "${a.id}"`,
          '每个附件的 id 必须不同');
      }
      seen.add(a.id);
      if (a.kind === 'notice') visit(a, [...base, 'annexes', i]);
    });
  };
  visit(c, []);
  // Only the notice's own annexes must be cited; a forwarded notice's annexes are listed as its issuers wrote them.
  // A notice that cites none of its annexes in the text (the 2017 national notice relies on its annex list alone)
  // follows another style, not a mistake; once the text cites one, every annex should be cited.
  const written = collectStrings([c.forwardSentence, c.opening, c.body, c.annexes]).join('\n');
  const cites = (id: string) => id === c.forwards || id === c.publishes || written.includes(`{{ref:${id}}}`);
  if (!(c.annexes ?? []).some((a) => cites(a.id))) return;
  (c.annexes ?? []).forEach((a, i) => {
    if (cites(a.id) || !isLabelled(a)) return;
    report('warning', idAt(['annexes', i]), 'annex-unreferenced', `附件${quoted(normalizeText(a.title))}在正文中没有被引用`,
      `annex "${a.id}" is never referenced`, `在正文相应位置写“（见{{ref:${a.id}}}）”，或删除这个附件`);
  });
}

function checkHeadingDepth(c: Campaign, report: Report, at: (p: DataPath) => Position) {
  const visit = (nodes: BodyNode[] | undefined, base: DataPath, level: number) => {
    let numbered = 0;
    const most = level === MAX_HEADING_LEVEL ? MAX_CIRCLED_NUMBER : MAX_HEADING_NUMBER;
    (nodes ?? []).forEach((n, i) => {
      if (typeof n === 'string' || isFigure(n)) return;
      if (++numbered === most + 1 && level <= MAX_HEADING_LEVEL) {
        const circled = level === MAX_HEADING_LEVEL;
        report('error', at([...base, i]), 'too-many-headings', circled ? `第五层次 ①…⑳ 的编号超过 ${most} 项` : `同一层次的编号超过 ${most} 项`,
          circled ? `more than ${most} items numbered ①…⑳ at the fifth level` : `more than ${most} numbered items at one level`,
          circled ? '带圈数字只用到⑳：请分组，或把这些项写成上一级的（1）（2）…' : '请分组：把这一层的内容归入几个上一级标题之下');
      }
      if (level > MAX_HEADING_LEVEL) {
        report('error', at([...base, i]), 'too-deep', `层次超过五级（${level} 级）`, 'headings nest deeper than five levels',
          '层次序数为 一、（一）1.（1）①五级（GB/T 9704 的四级之下用 ①②③），请合并或改写为段落');
      }
      visit(n.body, [...base, i, 'body'], level + 1);
    });
  };
  const notices = (spec: NoticeSpec, base: DataPath) => {
    visit(spec.body, [...base, 'body'], 1);
    (spec.annexes ?? []).forEach((a, i) => {
      if (a.kind === 'notice') notices(a, [...base, 'annexes', i]);
      if (a.kind === 'document') visit(a.body, [...base, 'annexes', i, 'body'], 1);
    });
  };
  notices(c, []);
}

/** The notice whose annexes a string at `p` may cite: the innermost forwarded notice containing it. */
function scopeAt(c: Campaign, p: DataPath): NoticeSpec {
  let scope: NoticeSpec = c;
  for (let k = 0; k + 1 < p.length && p[k] === 'annexes'; k += 2) {
    const annex: AnnexSpec | undefined = scope.annexes?.[p[k + 1] as number];
    if (annex?.kind !== 'notice') break;
    scope = annex;
  }
  return scope;
}

function checkPlaceholders(c: Campaign, p: DataPath, text: string, report: Report, where: (needle: string) => Position) {
  checkMarkupPlacement(p, text, report, where);
  if (markupScope(p) === 'none') return;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const ph = parsePlaceholder(m[1]);
    const scope = scopeAt(c, p);
    if (ph.kind === 'unknown') {
      report('error', where(m[0]), 'unknown-placeholder', `无法识别的标记“${m[0]}”`, `unknown placeholder ${m[0]}`,
        '可用的标记：{{ref:附件id}}、{{contact}}、{{deadline}}、{{theme}}、{{year}}');
    } else if (ph.kind === 'ref' && !scope.annexes?.some((a) => a.id === ph.id)) {
      const ids = (scope.annexes ?? []).map((a) => a.id);
      report('error', where(m[0]), 'unknown-annex', `引用了不存在的附件“${ph.id}”`, `reference to unknown annex "${ph.id}"`,
        ids.length ? `已有的附件 id：${ids.join('、')}` : '先在 annexes 中添加这个附件');
    } else if (ph.kind === 'ref' && scope.annexes?.some((a) => a.id === ph.id && !isLabelled(a))) {
      const annex = scope.annexes.find((a) => a.id === ph.id)!;
      report('error', where(m[0]), 'unlabelled-annex-ref', `“${ph.id}”写了 annexLabel: false，不标“附件”，${m[0]} 没有附件标识可印`,
        `annex "${ph.id}" is printed without a label (annexLabel: false), so ${m[0]} has nothing to print`,
        `直接写文件名称，如${quotedTitle(annex.title)}；要作为附件引用时删去 annexLabel: false`);
    } else if (ph.kind === 'value') {
      const missing =
        (ph.name === 'contact' && !scope.contact) || (ph.name === 'deadline' && !c.deadline) || (ph.name === 'theme' && !c.theme);
      if (missing) {
        report('error', where(m[0]), 'placeholder-without-value', `使用了 ${m[0]}，但没有填写 ${ph.name}`,
          `${m[0]} is used but "${ph.name}" is not set`, `在文件中添加 ${ph.name}: …`);
      }
    }
  }
}

const HALF_WIDTH_IN_CHINESE = new RegExp(`(?<=${WIDE_CHAR.source})[,;:?!()]|[()](?=${WIDE_CHAR.source})`);
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const WRONG_NUMBER_BRACKETS = /[[(（【]\s*((19|20)\d{2})\s*[\])）】]\s*\d+\s*号/;
const LEADING_ZERO_DATE = /(19|20)\d{2}年0\d月|月0\d日/;

function checkPunctuation(text: string, report: Report, where: (needle: string) => Position, whereEach: (needles: string[]) => Position[]) {
  const digits = text.match(FULL_WIDTH_DIGITS_EVERYWHERE) ?? [];
  whereEach(digits).forEach((pos, k) => {
    report('warning', pos, 'full-width-digits', `文字中有全角数字“${digits[k]}”`, `full-width digits "${digits[k]}"`,
      `改为半角数字 ${halfWidthDigits(digits[k])}（公文中的日期、数量用半角阿拉伯数字，如 2026年3月18日）`);
  });
  const half = HALF_WIDTH_IN_CHINESE.exec(text);
  if (half) {
    report('warning', where(half[0]), 'half-width-punctuation', `中文中使用了半角标点“${half[0]}”`,
      `half-width "${half[0]}" in Chinese text`, `改为全角“${FULL_WIDTH[half[0]]}”`);
  }
  const bracket = WRONG_NUMBER_BRACKETS.exec(text);
  if (bracket) {
    report('warning', where(bracket[0]), 'number-brackets', `发文字号“${bracket[0]}”的年份应使用六角括号〔〕`,
      'the year of a document number goes in 〔〕', `写作〔${bracket[1]}〕`);
  }
  const zero = LEADING_ZERO_DATE.exec(text);
  if (zero) {
    report('warning', where(zero[0]), 'date-leading-zero', `日期“${zero[0]}”中的月、日不应有前导零`,
      'no leading zeros in dates', '如 2023年9月1日');
  }
}

const SPACE_ON_ONE_LINE = new RegExp(`${WIDE_CHAR.source} ${WIDE_CHAR.source}`);

/** A space typed between two Chinese characters on one line is dropped; say so, and how to keep a gap. */
function checkSpaceBetweenChinese(loaded: LoadedFile, p: DataPath, report: Report) {
  const raw = loaded.sourceMap.rawScalar(p, loaded.source);
  const m = raw && SPACE_ON_ONE_LINE.exec(raw.text);
  if (!raw || !m) return;
  report('warning', loaded.sourceMap.position(raw.start + m.index + 1), 'space-between-chinese', '中文之间的半角空格不会出现在公文中',
    'an ASCII space between Chinese characters is ignored', '如需空一格（如口号、主题的两个词组之间），请用全角空格“　”');
}

function* strings(value: unknown, p: DataPath): Generator<[DataPath, string]> {
  if (typeof value === 'string') yield [p, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...p, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...p, k]);
}
