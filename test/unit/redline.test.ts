import path from 'node:path';
import type { Document, ParagraphBlock, Run } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { redlineDocument } from '../../src/review/redline';

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
    red = redlineDocument(old, neu);
  });

  test('attributed to the issuing office on the new date', () => {
    expect(red.meta.revision).toEqual({ author: '福建省质量强省工作领导小组办公室', date: '2023-09-01' });
  });

  test('reading only what is not deleted gives the new body; reading what is not inserted gives the old body', () => {
    const flat = (doc: Document, keep: (r: Run) => boolean) =>
      doc.notice.body.map((b) => (b.type === 'paragraph' ? textWith(b.runs, keep) : b.type === 'heading' ? b.number + b.title + (b.runIn ?? []).map((r) => r.text).join('') : '')).filter(Boolean);
    const plain = (doc: Document) => flat(doc, () => true);
    expect(flat(red, (r) => r.revision !== 'deleted')).toEqual(plain(neu));
    expect(flat(red, (r) => r.revision !== 'inserted')).toEqual(plain(old));
  });

  test('an edited paragraph keeps its common text unmarked and marks only the changed characters', () => {
    const edited = red.notice.body.find(
      (b): b is ParagraphBlock => b.type === 'paragraph' && b.runs.some((r) => !r.revision) && b.runs.some((r) => r.revision === 'inserted') && b.runs.some((r) => r.revision === 'deleted'),
    );
    expect(edited).toBeDefined();
    expect(runsOf(red).filter((r) => r.revision === 'inserted').length).toBeGreaterThan(0);
  });

  test('identical documents give no revision at all', () => {
    expect(runsOf(redlineDocument(neu, neu)).filter((r) => r.revision)).toEqual([]);
  });
});
