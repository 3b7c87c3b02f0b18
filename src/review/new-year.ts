import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { fieldLabel } from '../campaign/field-label';
import { staleComment } from '../campaign/stale';
import { UNFILLED } from '../campaign/unfilled';
import { canonicalYaml } from './canonical-yaml';

export interface NewYear {
  text: string;
  /** What the clerk still has to do, in order. */
  checklist: string[];
}

type Path = (string | number)[];

const set = (doc: Document, path: Path, value: unknown) => doc.setIn(path, doc.createNode(value));

/** Replaces last year's number in a title scalar, e.g. 2023年福建省“质量月”活动口号 → 2024年…. */
function retitle(node: unknown, from: number, to: number) {
  if (isScalar(node) && typeof node.value === 'string') node.value = node.value.split(String(from)).join(String(to));
}

/** Fields that are not prose: names of files and annexes, codes, and values `new` sets or marks 待填写 itself. */
const NOT_PROSE = new Set(['id', 'kind', 'path', 'seal', 'seals', 'status', 'forwards', 'publishes', 'copyNumber', 'postcode', 'phone', 'fax', 'email', 'year', 'number', 'date', 'printDate', 'deadline']);
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const DAY_OR_NUMBER = /\d{1,2}月\d{1,2}日|\d{1,2}月[上中下]旬|\d{1,2}月底|〔\d{4}〕\d+号/;

/** Text that names a year other than the new one, a day, or a document number may be last year's. */
const mayBeStale = (text: string, year: number) =>
  [...text.matchAll(YEAR)].some((m) => Number(m[1]) !== year) || DAY_OR_NUMBER.test(text);

/**
 * Marks with `# 待核对 …` every value that may be last year's: the theme, each slogan, and any
 * text naming a year, a day or a document number. Returns how many were marked.
 */
function markStale(doc: Document, year: number): number {
  let marked = 0;
  const visit = (node: unknown, path: Path, slogans: boolean) => {
    if (isMap(node)) {
      const isSlogans = String(node.get('kind')) === 'slogans';
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!NOT_PROSE.has(key)) visit(pair.value, [...path, key], isSlogans && key === 'items');
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], slogans));
    } else if (isScalar(node) && typeof node.value === 'string' && node.value !== UNFILLED) {
      // the theme, the slogans and the 签发人 (who signs changes with the office's leaders) are checked whole
      const whole = slogans || (path.length === 1 && path[0] === 'theme') || (path[0] === 'header' && path[1] === 'signers');
      if (!whole && !mayBeStale(node.value, year)) return;
      node.comment = node.comment ? `${staleComment(node.value)}${node.comment}` : staleComment(node.value);
      marked++;
    }
  };
  visit(doc.contents, [], false);
  return marked;
}

/** The comment above the first key (yaml keeps it there, not on the document). */
function openingComment(doc: Document): string {
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  return [doc.commentBefore, isScalar(first) ? first.commentBefore : undefined].filter(Boolean).join('\n');
}

/**
 * This year's campaign from last year's: the year and titles updated; the
 * document number, dates and deadline marked 待填写 so that `check` reports
 * them until they are filled; everything else that may be stale marked
 * 待核对; everything else, comments included, kept, in the canonical layout
 * of `gongwen fmt`.
 */
export function newYearFrom(source: string, year: number): NewYear {
  const doc = parseDocument(source, { schema: 'failsafe' });
  const last = Number(doc.get('year'));
  const checklist: string[] = [];
  const mark = (path: Path) => {
    if (!doc.hasIn(path)) return;
    checklist.push(`填写${fieldLabel(doc.toJS(), path)}`);
    set(doc, path, UNFILLED);
  };

  set(doc, ['year'], String(year));
  retitle(doc.get('title', true), last, year);
  const keywords = doc.get('keywords', true);
  if (keywords && 'items' in (keywords as object)) (keywords as { items: Node[] }).items.forEach((k) => retitle(k, last, year));
  if (doc.hasIn(['number'])) set(doc, ['number', 'year'], String(year));
  mark(['number', 'seq']);
  mark(['header', 'orderNumber']);
  mark(['signature', 'date']);
  mark(['deadline']);
  mark(['colophon', 'printDate']);

  const annexes = doc.get('annexes', true) as { items?: Node[] } | undefined;
  (annexes?.items ?? []).forEach((annex) => retitle(isMap(annex) ? annex.get('title', true) : undefined, last, year));
  const data = doc.toJS();
  (annexes?.items ?? []).forEach((annex, i) => {
    if (!isMap(annex)) return;
    const name = fieldLabel(data, ['annexes', i]);
    const kind = String(annex.get('kind'));
    if (kind === 'notice') checklist.push(`${name}：换成今年被转发的通知全文、发文字号和发文机关`);
    if (kind === 'form') checklist.push(`${name}：核对今年的填报项目`);
  });
  // A comment cannot carry a 待核对 mark of its own: the opening one (闽质强省办〔2023〕7号：…) goes on the checklist.
  if (mayBeStale(openingComment(doc), year)) checklist.push('核对文件开头的注释：其中的年份、发文字号可能是去年的');
  const marked = markStale(doc, year);
  if (marked > 0) {
    checklist.push(`核对行尾标有“# 待核对”的 ${marked} 处（活动主题、口号、签发人、正文中的年份、日期和文号等）：改成今年的内容；内容无误时删去该行尾注释`);
  }
  if (doc.hasIn(['attendance'])) checklist.push('出席、请假、列席人员（attendance）：换成这次会议的名单');
  checklist.push('开头段（opening）和正文各条：按今年的部署修改');
  checklist.push('主送机关（addressees）和联系人（contact）：核对机构名称和电话');
  return { text: canonicalYaml(doc.toString({ lineWidth: 0 })), checklist };
}
