import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { UNFILLED } from '../campaign/unfilled';
import { canonicalYaml } from './canonical-yaml';

export interface NewYear {
  text: string;
  /** What the clerk still has to do, in order. */
  checklist: string[];
}

const set = (doc: Document, path: (string | number)[], value: unknown) => doc.setIn(path, doc.createNode(value));

/** Replaces last year's number in a title scalar, e.g. 2023年福建省“质量月”活动口号 → 2024年…. */
function retitle(node: unknown, from: number, to: number) {
  if (isScalar(node) && typeof node.value === 'string') node.value = node.value.split(String(from)).join(String(to));
}

/**
 * This year's campaign from last year's: the year and titles updated; the
 * document number, dates and deadline marked 待填写 so that `check` reports
 * them until they are filled; everything else, comments included, kept,
 * in the canonical layout of `gongwen fmt`.
 */
export function newYearFrom(source: string, year: number): NewYear {
  const doc = parseDocument(source, { schema: 'failsafe' });
  const last = Number(doc.get('year'));
  const checklist: string[] = [];
  const mark = (path: (string | number)[], what: string) => {
    if (!doc.hasIn(path)) return;
    set(doc, path, UNFILLED);
    checklist.push(`${what}（${path.join('.')}）`);
  };

  set(doc, ['year'], String(year));
  retitle(doc.get('title', true), last, year);
  const keywords = doc.get('keywords', true);
  if (keywords && 'items' in (keywords as object)) (keywords as { items: Node[] }).items.forEach((k) => retitle(k, last, year));
  if (doc.hasIn(['number'])) set(doc, ['number', 'year'], String(year));
  mark(['number', 'seq'], '发文字号的顺序号');
  mark(['signature', 'date'], '成文日期');
  mark(['deadline'], '报送截止日期');
  mark(['colophon', 'printDate'], '印发日期');

  const annexes = doc.get('annexes', true) as { items?: Node[] } | undefined;
  (annexes?.items ?? []).forEach((annex, i) => {
    if (!isMap(annex)) return;
    retitle(annex.get('title', true), last, year);
    const kind = String(annex.get('kind'));
    if (kind === 'notice') checklist.push(`被转发的通知（annexes.${i}）：换成今年的通知全文、发文字号和发文机关`);
    if (kind === 'slogans') checklist.push(`活动口号（annexes.${i}）：核对今年的口号`);
    if (kind === 'form') checklist.push(`统计表（annexes.${i}）：核对今年的填报项目`);
  });
  checklist.push('活动主题（theme）、开头段（opening）和正文各条：按今年的部署修改');
  checklist.push('主送机关（addressees）和联系人（contact）：核对机构名称和电话');
  return { text: canonicalYaml(doc.toString({ lineWidth: 0 })), checklist };
}
