/**
 * A regulation's typed numbers (src/compose/regulation.ts): articles run
 * 第一条, 第二条 … through the whole text, parts 第一编 … and chapters 第一章 …,
 * sections restart at 第一节 in each chapter. Chapters may restart at 第一章 in
 * each 编, as in 《中华人民共和国民法典》 and 《中华人民共和国刑法》, or run on
 * through the 编: both are accepted, the first 章 of a 编 choosing. A number skipped, repeated or out of order is
 * reported where it stands, as is a paragraph that looks like a part but
 * will print as an ordinary one (no full-width space after 第X条, 第5条).
 */
import { normalizeText } from '../compose/normalize-text';
import { chineseNumeral, MAX_HEADING_NUMBER } from '../compose/numbering';
import { chineseNumeralValue, PART_START, regulationPart, type PartKind } from '../compose/regulation';
import { paragraphs } from './lint-printed-twice';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { BodyNode, NoticeSpec } from './types';

type Where = (p: DataPath, needle: string) => Position;

const ENGLISH: Record<PartKind, string> = { 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };

/** Every body of the notice: its own, its annexes' and those of a forwarded notice. */
function* bodies(spec: NoticeSpec, base: DataPath): Generator<[BodyNode[], DataPath]> {
  if (spec.body) yield [spec.body, [...base, 'body']];
  for (const [i, a] of (spec.annexes ?? []).entries()) {
    if (a.kind === 'document') yield [a.body, [...base, 'annexes', i, 'body']];
    if (a.kind === 'notice') yield* bodies(a, [...base, 'annexes', i]);
  }
}

export function checkRegulation(spec: NoticeSpec, report: Report, where: Where): void {
  for (const [nodes, base] of bodies(spec, [])) checkBody([...paragraphs(nodes, base)].filter(([p]) => p[p.length - 1] !== 'text'), report, where);
}

function checkBody(list: [DataPath, string][], report: Report, where: Where) {
  const texts = list.map(([p, raw]): [DataPath, string] => [p, normalizeText(raw)]);
  const starts = texts.filter(([, text]) => PART_START.test(text));
  const parts = starts.map(([p, text]) => ({ p, part: regulationPart(text), text }));
  // A lone paragraph opening 第一条… in an ordinary notice is a sentence; once the text has parts, a look-alike is a slip.
  if (!parts.some((x) => x.part) && starts.length < 3) return;
  const last: Partial<Record<PartKind, number>> = {};
  const hasParts = parts.some((x) => x.part?.kind === '编');
  // after a 编, its first 章 may restart at 第一章
  let newPart = false;
  for (const { p, part, text } of parts) {
    if (!part) {
      // counted where it stands, so the numbers after it are not reported as well
      const value = lookAlike(p, text, report, where);
      if (value !== undefined) last[PART_START.exec(text)![2] as PartKind] = value;
      continue;
    }
    if (part.kind === '编' || part.kind === '章') delete last['节'];
    if (part.kind === '章' && newPart && part.value === 1) delete last['章'];
    if (part.kind === '编' || part.kind === '章') newPart = part.kind === '编';
    const previous = last[part.kind] ?? 0;
    last[part.kind] = part.value;
    if (part.value === previous + 1) continue;
    const unit = part.kind;
    const expected = `第${chineseNumeral(Math.min(previous + 1, MAX_HEADING_NUMBER))}${unit}`;
    const scope = unit === '节' ? '（每章的节从第一节编起）' : unit === '章' && hasParts ? '（每编的章从第一章编起，或接续上一编）' : '';
    const [message, english] =
      part.value === previous
        ? [`${part.number}重复`, `${ENGLISH[unit]} ${part.value} is numbered twice`]
        : part.value < previous
          ? [`${part.number}排在第${chineseNumeral(previous)}${unit}之后`, `${ENGLISH[unit]} ${part.value} comes after ${ENGLISH[unit]} ${previous}`]
          : previous === 0
            ? [`${part.number}之前没有${expected}${scope}`, `${ENGLISH[unit]}s start at ${part.value}, not 1`]
            : [`第${chineseNumeral(previous)}${unit}之后是${part.number}：跳过了${expected}`, `${ENGLISH[unit]} ${part.value} follows ${ENGLISH[unit]} ${previous}: ${ENGLISH[unit]} ${previous + 1} is missing`];
    report('warning', where(p, part.number), 'regulation-sequence', message, english,
      `${unit}号应依次连续${scope}：改为“${expected}”，其后各${unit}依次改号（正文中引用${unit}号的地方一并改）；或补上漏排的${unit}`);
  }
}

/** 第五条为了……, 第5条　…: meant as a part, printed as an ordinary paragraph. Its number's value, when it has one. */
function lookAlike(p: DataPath, text: string, report: Report, where: Where): number | undefined {
  const m = PART_START.exec(text)!;
  const [typed, numeral, unit] = m;
  const value = chineseNumeralValue(numeral) ?? (/^\d+$/.test(numeral) ? Number(numeral) : undefined);
  if (chineseNumeralValue(numeral) === undefined) {
    const fix = value !== undefined && value >= 1 && value <= MAX_HEADING_NUMBER ? `第${chineseNumeral(value)}${unit}` : `第一${unit}、第十二${unit}`;
    report('warning', where(p, typed), 'regulation-numeral', `“${typed}”不是规范的${unit}号，这一段会按普通段落排印`,
      `"${typed}" is not numbered in Chinese numerals; the paragraph prints as an ordinary one`,
      `${unit}号用汉字数字，写作“${fix}”，其后空一字（全角空格“　”）`);
    return value;
  }
  if (text[typed.length] !== '　') {
    report('warning', where(p, typed), 'regulation-no-space', `“${typed}”后没有空一字，这一段会按普通段落排印（${unit}号不用黑体${unit === '条' ? '' : '、不居中'}）`,
      `no full-width space after "${typed}": the paragraph prints as an ordinary one`, `在“${typed}”后加一个全角空格“　”`);
    return value;
  }
  report('warning', where(p, typed), 'regulation-title', `“${text}”像是${unit}的标题，但有标点或超过三十字，会按普通段落排印`,
    `"${typed}" heads a sentence, not a ${ENGLISH[unit as PartKind]} title: the paragraph prints as an ordinary one`,
    `${unit}的标题单独写一项，如“${typed}　总则”，不带标点；正文写在下一项`);
  return value;
}
