import path from 'node:path';
import type { Document, ParagraphBlock, Run } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { redlineDocument } from '../../src/review/redline';
import { NUMBER_PREFIX } from '../../src/review/redline-blocks';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');
const load = async (name: string) => (await documentFromFile(path.join(CAMPAIGNS, name))).document!;
const runsOf = (doc: Document) => doc.notice.body.flatMap((b) => (b.type === 'paragraph' ? b.runs : []));
const textWith = (runs: Run[], keep: (r: Run) => boolean) => runs.filter(keep).map((r) => r.text).join('');

describe('redline: the new notice with tracked changes against the old', () => {
  let old: Document;
  let neu: Document;
  let red: Document;
  beforeAll(async () => {
    [old, neu] = await Promise.all([load('2021.yaml'), load('2023.yaml')]);
    red = redlineDocument(old, neu).document;
  });

  test('attributed to the issuing office on the new date', () => {
    expect(red.meta.revision).toEqual({ author: '福建省质量强省工作领导小组办公室', date: '2023-09-01' });
  });

  test('reading only what is not deleted gives the new body; reading what is not inserted gives the old body', () => {
    // Heading titles are strings with marked stretches (tracked-text.ts); numbers are derived and left aside.
    const marked = (s: string, drop: 'inserted' | 'deleted') =>
      (drop === 'deleted' ? s.replace(/\uFDD0[^\uFDD1]*\uFDD1/g, '') : s.replace(/\uFDD2[^\uFDD3]*\uFDD3/g, '')).replace(/[\uFDD0-\uFDD7]/g, '');
    const flat = (doc: Document, drop: 'inserted' | 'deleted' | undefined) =>
      doc.notice.body
        .map((b) => {
          const keep = (r: Run) => !drop || r.revision !== drop;
          if (b.type === 'paragraph') return textWith(b.runs, keep).replace(NUMBER_PREFIX, '');
          if (b.type === 'heading') return (drop ? marked(b.title, drop) : b.title) + textWith(b.runIn ?? [], keep);
          return '';
        })
        .filter(Boolean);
    expect(flat(red, 'deleted')).toEqual(flat(neu, undefined));
    expect(flat(red, 'inserted')).toEqual(flat(old, undefined));
  });

  test('identical documents give no revision at all', () => {
    expect(runsOf(redlineDocument(neu, neu).document).filter((r) => r.revision)).toEqual([]);
  });
});

test('a lightly edited paragraph is marked word by word; a rewritten one is replaced whole', () => {
  const doc = (texts: string[]): Document => ({
    meta: { title: 't', author: 'a', subject: 's', keywords: [], date: '2023-09-01', draft: false },
    notice: { body: texts.map((text) => ({ type: 'paragraph', runs: [{ text, font: 'fangsong' }], indent: 'first', align: 'justify' })), annexList: [], annexes: [] },
  });
  const red = redlineDocument(
    doc(['严禁借活动名义向企业摊派收费、搭车收费。', '深入实施质量提升行动']),
    doc(['严禁借活动名义向企业摊派收费。', '弘扬工匠精神推动品质革命']),
  ).document;
  const [first, second, third] = red.notice.body as ParagraphBlock[];
  expect(first.runs.filter((r) => r.revision === 'deleted').map((r) => r.text)).toEqual(['、搭车收费']);
  expect(first.runs.filter((r) => !r.revision).map((r) => r.text).join('')).toBe('严禁借活动名义向企业摊派收费。');
  expect(second.runs.every((r) => r.revision === 'deleted')).toBe(true);
  expect(third.runs.every((r) => r.revision === 'inserted')).toBe(true);
});

test('a changed title and addressee line are tracked too; unchanged ones are not', async () => {
  const [old, neu] = await Promise.all([load('2021.yaml'), load('2023.yaml')]);
  const red = redlineDocument(old, neu).document.notice;
  const keep = (runs: Run[], drop: Run['revision']) => runs.filter((r) => r.revision !== drop).map((r) => r.text).join('');
  expect(keep(red.tracked!.title!, 'deleted')).toBe(neu.notice.title);
  expect(keep(red.tracked!.title!, 'inserted')).toBe(old.notice.title);
  expect(red.tracked!.title!.every((r) => r.font === 'xiaobiaosong')).toBe(true);
  expect(keep(red.tracked!.addressees!, 'deleted')).toBe(neu.notice.addressees);
  expect(redlineDocument(neu, neu).document.notice.tracked).toBeUndefined();
});
