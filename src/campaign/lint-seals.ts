/**
 * A joint notice's seals (GB/T 9704 §7.3.5.1): one per signing issuer, in the
 * order the names are signed, and either one seal or the list, never both. A
 * 代章 note says that one issuer's notice carries another body's seal; under a
 * joint notice's own seals it is set under the last name only and reads as
 * if that issuer's seal were borrowed, so check warns. One seal under more
 * lines than it can cover, its top within one line under the text, misses the
 * date it must press on: check warns and names the columns that set the names
 * in a row.
 */
import { arrangeSignature } from '../arrange/signature';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { NoticeSpec } from './types';

/** The names the signature prints: its own, or the issuers' (compose/notice.ts). */
const signedNames = (c: NoticeSpec): string[] =>
  c.signature?.names ?? (c.issuers.length > 1 ? c.issuers.map((i) => i.signAs ?? i.name) : [c.issuers[0].name]);

/** The campaign's signature and those of the notices bound as its annexes (a forwarded notice). */
export function checkSeals(c: NoticeSpec, report: Report, at: (p: DataPath) => Position, base: DataPath = []): void {
  (c.annexes ?? []).forEach((a, i) => {
    if (a.kind === 'notice') checkSeals(a, report, at, [...base, 'annexes', i]);
  });
  // an order's 签发人 seal it with their 签名章 (lint-order.ts)
  if (c.header?.format === 'order') return;
  checkSealReach(c, report, at, base);
  const seals = c.signature?.seals;
  if (!seals) return;
  if (c.signature?.seal) {
    report('error', at([...base, 'signature', 'seal']), 'seal-and-seals', '落款的印章只能写在一处：seal 和 seals 不能同时写',
      'signature has both seal and seals; give one', '一个发文机关盖一个印章时写 seal；联合行文每个发文机关一个印章时写 seals，并删去 seal');
  }
  if (c.signature?.note) {
    report('warning', at([...base, 'signature', 'note']), 'seals-with-note', `落款说明“${c.signature.note}”与 seals 同时写：联合行文各发文机关各盖自己的印章，不需要代章说明；说明只排在最后一个署名下`,
      'signature has a note (such as 代章) and seals; in a joint notice each issuer seals its own name, and the note is set under the last name only',
      '各发文机关各自盖章时删去 note；由一个机关代为盖章时，删去 seals，写 seal（代章机关的印章）并保留 note');
  }
  const names = signedNames(c);
  if (seals.length !== names.length) {
    report('error', at([...base, 'signature', 'seals']), 'seals-count', `seals 中有 ${seals.length} 个印章，而落款有 ${names.length} 个署名（${names.join('、')}）：联合行文每个署名对应一个印章`,
      `${seals.length} seals for ${names.length} signed names; a joint notice has one seal per name, in the same order`,
      `按署名顺序为每个发文机关写一个印章图片，共 ${names.length} 个${seals.length > names.length ? '，删去多出的印章' : ''}`);
  }
}

/**
 * One seal (§7.3.5.1) presses on the names and the date with its top within one line under the text; under three
 * lines or more above the date (names in one column, a 代章 note, rows of columns) it reaches only the date's upper
 * edge, or misses it. Where the block stands is the arrangement's (src/arrange/signature.ts); any date, and a round seal, serve.
 */
function checkSealReach(c: NoticeSpec, report: Report, at: (p: DataPath) => Position, base: DataPath): void {
  const sig = c.signature;
  if (!sig?.seal || sig.seals) return;
  const names = signedNames(c);
  const a = arrangeSignature({ names, date: '2026年12月31日', seal: { path: sig.seal, aspect: 1 }, ...(sig.note ? { note: sig.note } : {}), ...(sig.columns ? { columns: sig.columns } : {}) });
  const above = a.lines.length - 1;
  if (above < 3) return;
  report('warning', at([...base, 'signature', 'seal']), 'seal-reach',
    `落款在成文日期之上有 ${above} 行（${names.length} 个署名${sig.note ? '和说明' : ''}），只盖一个印章：印章顶端须在正文下一行之内（GB/T 9704 第7.3.5.1条），${above === 3 ? '只压到成文日期的上缘' : '压不到成文日期'}`,
    `one seal under ${above} lines above the date: with its top within one line under the text it ${above === 3 ? 'only reaches the top of the date' : 'misses the date'}`,
    names.length > 1 ? `署名分栏排成一行（signature 下写 columns: ${Math.min(names.length, 3)}），印章压在最后一个署名和成文日期上；联合行文各机关都盖章时写 seals` : '缩短署名或说明，使成文日期之上不超过两行');
}
