/**
 * What the notice prints by itself, typed again by the clerk: a heading's
 * number (一、（一）1.（1）), 附件N before an annex title, the punctuation after
 * the addressees, the parentheses around the 附注, and in the text the annex
 * list, the signature or the contact line. Each would print twice.
 */
import { isFigure } from '../compose/body';
import { insideTypedParentheses } from '../compose/remark-text';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { AddresseeGroup, BodyNode, NoticeSpec } from './types';

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]+';
/** The four levels of GB/T 9704 §7.3.3 as a clerk types them, full- or half-width, and the fifth's ① ② …. */
const TYPED_NUMBER = new RegExp(`^\\s*(${CHINESE_NUMERAL}、|[（(](${CHINESE_NUMERAL}|\\d+)[）)]|\\d+[.．、](?!\\d)|[①-⑳])`);
/** 附件2：, 附件3 or 附件： before the title; 附件材料清单 is a title of its own. */
const TYPED_ANNEX_LABEL = /^\s*附件\s*(\d+\s*[：:、.．]?|[：:、.．])\s*/;
const TRAILING_MARK = /[：:，,、；;。.]\s*$/;

export function checkPrintedTwice(c: NoticeSpec, report: Report, at: (p: DataPath) => Position): void {
  const visitNotice = (spec: NoticeSpec, base: DataPath) => {
    checkBody(spec.body, [...base, 'body'], report, at);
    checkClosingTyped(spec, base, report, at);
    checkAddressees(spec.addressees, [...base, 'addressees'], report, at);
    const inside = spec.remark === undefined ? undefined : insideTypedParentheses(spec.remark);
    if (inside !== undefined) {
      report('warning', at([...base, 'remark']), 'typed-remark-parentheses', `附注“${spec.remark!.trim()}”两边的括号由公文自动加上，不必写（只印一层）`,
        'the parentheses around the note are added by the notice (printed once)', `去掉两边的括号，写作 remark: ${inside}`);
    }
    (spec.annexes ?? []).forEach((a, i) => {
      const p: DataPath = [...base, 'annexes', i];
      const typed = TYPED_ANNEX_LABEL.exec(a.title)?.[0];
      if (typed) {
        report('warning', at([...p, 'title']), 'typed-annex-label', `附件标题前的“${typed.trim()}”会自动生成，这里写了就会印两次`,
          'annex labels (附件1, 附件2…) are numbered by the notice', `标题只写“${a.title.slice(typed.length)}”`);
      }
      if (a.kind === 'notice') visitNotice(a, p);
      if (a.kind === 'document') checkBody(a.body, [...p, 'body'], report, at);
      if (a.kind === 'slogans' && a.numbered) {
        a.items.forEach((item, k) => checkNumbered(item, [...p, 'items', k], report, at));
      }
    });
  };
  visitNotice(c, []);
}

/** Headings, and the text of numbered items without a heading, get their number from their place. */
function checkBody(nodes: BodyNode[] | undefined, base: DataPath, report: Report, at: (p: DataPath) => Position) {
  (nodes ?? []).forEach((n, i) => {
    if (typeof n === 'string') return checkHeadingAsParagraph(n, [...base, i], report, at);
    if (isFigure(n)) return;
    if (n.heading !== undefined) checkNumbered(n.heading, [...base, i, 'heading'], report, at);
    else if (n.text !== undefined) checkNumbered(n.text, [...base, i, 'text'], report, at);
    checkBody(n.body, [...base, i, 'body'], report, at);
  });
}

/** A short paragraph with a typed number and no sentence in it (一、工作目标), as pasted from a finished notice. */
const HEADING_AS_PARAGRAPH = /^[^。；，！？]{1,30}$/;

/** Pasted as a paragraph, a heading prints in 仿宋 (not 黑体, 楷体) and keeps its number wherever it is moved. */
function checkHeadingAsParagraph(text: string, p: DataPath, report: Report, at: (p: DataPath) => Position) {
  const m = TYPED_NUMBER.exec(text);
  const title = m && text.slice(m[0].length).trim().replace(/。$/, '');
  if (!m || !title || !HEADING_AS_PARAGRAPH.test(text.trim())) return;
  report('warning', at(p), 'heading-as-paragraph', `“${text.trim()}”像是手写序号的标题，写成段落会按正文仿宋排印，序号也不随层次自动生成`,
    'this looks like a heading typed as a paragraph: it prints in the body face and its number is typed by hand',
    `写成 - heading: ${title}，其下的段落写在它的 body: 中（序号和黑体、楷体自动生成）`);
}

function checkNumbered(text: string, p: DataPath, report: Report, at: (p: DataPath) => Position) {
  const m = TYPED_NUMBER.exec(text);
  if (!m) return;
  report('warning', at(p), 'typed-number', `“${m[1]}”是手写的序号；序号按层次自动生成，这里写了就会印两次`,
    'numbers are generated from the level; this one is typed by hand', `去掉“${m[1]}”，只写“${text.slice(m[0].length)}”`);
}

function checkAddressees(groups: AddresseeGroup[] | undefined, base: DataPath, report: Report, at: (p: DataPath) => Position) {
  (groups ?? []).forEach((g, i) => {
    const leaves: [DataPath, string][] =
      typeof g === 'string'
        ? [[[...base, i], g]]
        : Array.isArray(g)
          ? g.map((s, k) => [[...base, i, k], s])
          : [...g.items.map((s, k): [DataPath, string] => [[...base, i, 'items', k], s]), ...(g.suffix ? [[[...base, i, 'suffix'], g.suffix] as [DataPath, string]] : [])];
    for (const [p, name] of leaves) {
      const mark = TRAILING_MARK.exec(name);
      if (!mark) continue;
      report('warning', at(p), 'typed-addressee-mark', `主送机关“${name}”末尾的“${mark[0].trim()}”会自动加上，这里写了就会印两次`,
        'the marks between and after the addressees are added by the notice', `只写机关名称“${name.slice(0, mark.index)}”`);
    }
  });
}

const TYPED_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/** The annex list, the signature and the contact line come from annexes, signature and contact, not from the text. */
function checkClosingTyped(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position) {
  const names = new Set(spec.issuers.flatMap((i) => [i.name, i.signAs ?? i.name]));
  // A plain string test first: a regular expression is compiled when it first runs, which costs a short run more
  // than testing every line this way (check 2023: this function 1.2 -> 0.75 ms).
  for (const [p, text] of paragraphs(spec.body, [...base, 'body'])) {
    const lines = text.split('\n').map((l) => l.trim());
    if (spec.annexes?.length && lines[0].startsWith('附件') && /^附件\s*[：:]/.test(lines[0])) {
      report('warning', at(p), 'typed-annex-list', '正文中写了附件说明；附件说明按 annexes 自动排在正文之后，这里写了就会印两次',
        'the annex list is printed from the annexes', '删去这一段；附件的标题和顺序在 annexes 中修改');
    }
    const signed = lines.find((l) => names.has(l) || (l.endsWith('日') && TYPED_DATE.test(l)));
    if (spec.signature && signed) {
      report('warning', at(p), 'typed-signature', `正文中写了落款“${signed}”；发文机关署名和成文日期按 signature 自动排在正文之后，这里写了就会印两次`,
        'the signature and date are printed from "signature"', `删去“${signed}”；署名和日期在 signature 中修改`);
    }
    if (spec.contact && lines.some((l) => l.includes('联系人') && /联系人\s*[：:]/.test(l))) {
      report('warning', at(p), 'typed-contact', '正文中写了“联系人：”；联系方式按 contact 自动印出，这里写了就会印两次',
        'the contact line is printed from "contact"', '删去正文中的联系方式，在 contact 中填写；要放在正文某处时写 {{contact}}');
    }
  }
}

/** Every text paragraph of a body with its path: plain paragraphs and numbered items' text. */
export function* paragraphs(nodes: BodyNode[] | undefined, base: DataPath): Generator<[DataPath, string]> {
  for (const [i, n] of (nodes ?? []).entries()) {
    if (typeof n === 'string') yield [[...base, i], n];
    else if (!isFigure(n)) {
      if (n.text !== undefined) yield [[...base, i, 'text'], n.text];
      yield* paragraphs(n.body, [...base, i, 'body']);
    }
  }
}
