/**
 * Rows left blank to be written in by hand are 12 mm tall (TABLE.writingRowMm), in our PDF and in our DOCX as
 * LibreOffice lays it out: a 回执's rows written all empty (jianou-2026's 参会回执, four rows of five empty cells) and
 * a statistics form's rows with their blank 填报情况 cell (putian-2026's stats). Before, they were as tall as a row of
 * 小四 text (8.9 mm), which a clerk found too short to write in. Rows with text keep their height.
 */
import path from 'node:path';
import type { TableBlock } from '../../src/document/model';
import { renderBoth, RENDERERS, type Rendered } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';
import { blackRules } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const WRITING_ROW_MM = 12;
/** A row of 小四 text: one 16.8 pt line and 1.5 mm of padding above and below. */
const TEXT_ROW_MM = (12 * 1.4 * 25.4) / 72 + 3;
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: (typeof RENDERERS)[number]) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-handwriting-rows-');
  rendered = await renderBoth(dir, [
    ['jianou', path.join(EXAMPLES, 'jianou-2026.yaml')],
    ['putian', path.join(EXAMPLES, 'putian-2026.yaml')],
  ]);
}, 300_000);

describe.each(RENDERERS)('%s', (which) => {
  test('the 回执: its header row as tall as a row of text, each of its four empty rows 12 mm (the table rules, read at 300 dpi)', () => {
    const { file, pages } = rendered('jianou', which);
    const page = pages.findIndex((p) => p.lines.some((l) => squash(l.text).startsWith('姓名单位职务联系电话备注')));
    expect(page).toBeGreaterThanOrEqual(0);
    const header = pages[page].lines.find((l) => squash(l.text).startsWith('姓名'))!;
    const note = pages[page].lines.find((l) => squash(l.text).startsWith('注：请于'))!;
    const rules = blackRules(file, page + 1, 100, 300).filter((y) => y > header.top - 5 && y < note.top);
    expect(rules).toHaveLength(6);
    const heights = rules.slice(1).map((y, i) => y - rules[i]);
    expect(header.top).toBeGreaterThan(rules[0]);
    expect(header.bottom).toBeLessThan(rules[1]);
    expect(Math.abs(heights[0] - TEXT_ROW_MM)).toBeLessThan(0.3);
    for (const h of heights.slice(1)) expect(Math.abs(h - WRITING_ROW_MM)).toBeLessThan(0.3);
  });

  test('the statistics form: one row to the next 12 mm wherever two one-line items follow each other (pdftotext -bbox-layout)', () => {
    const { file, doc } = rendered('putian', which);
    const form = doc.notice.annexes.flatMap((a) => (a.content.kind === 'blocks' ? a.content.blocks : [])).find((b): b is TableBlock => b.type === 'table' && b.rows[0].some((c) => c.text === '填报情况'))!;
    const labels = form.rows.slice(form.headerRows).map((row) => row.at(-2)!.text);
    const words = readWords(file).flat();
    const tops = labels.map((label) => words.filter((w) => w.text === label));
    const pitches = tops.slice(1).flatMap((here, i) => (here.length === 1 && tops[i].length === 1 && here[0].page === tops[i][0].page ? [here[0].top - tops[i][0].top] : []));
    expect(pitches.length).toBeGreaterThanOrEqual(3);
    for (const p of pitches) expect(Math.abs(p - WRITING_ROW_MM)).toBeLessThan(0.3);
  });
});
