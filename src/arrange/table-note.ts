/**
 * A paragraph right after a table that fits on one line and opens with a
 * label (填表人：… 审核人：…, 注：…) is the table's note: it stays on the page the table ends on, which
 * gives up the table's last rows rather than leave the note alone on a page;
 * under a table too wide for portrait it is set on the turned page too, whose line is as long as the
 * text block is tall.
 * Decided on the text's width, so that the PDF and the DOCX keep alike.
 */
import type { Block } from '../document/model';
import { CHAR_PITCH_MM, MAIN, PAGE } from '../style/gbt9704';
import { isTurned } from '../style/table-orientation';
import { fitEm } from './text-width';

/** 填表人：, 注：, 说明： — a sentence of the text after a table (表后的一段文字。) is no note. */
const NOTE_LABEL = /^\p{Script=Han}{1,6}[：:]/u;

export function keepsWithNote(blocks: Block[], i: number): boolean {
  const [table, note] = [blocks[i], blocks[i + 1]];
  if (table?.type !== 'table' || note?.type !== 'paragraph') return false;
  const text = note.runs.map((r) => r.text).join('');
  const line = isTurned(table) ? Math.floor(PAGE.textHeightMm / CHAR_PITCH_MM) : PAGE.charsPerLine;
  const room = line - (note.indent === 'first' ? MAIN.indentChars : 0);
  return NOTE_LABEL.test(text.trim()) && fitEm(text) <= room;
}

/** Whether blocks[i] is the note of a table set on turned pages (§8): it is turned with it. */
export function turnsWithTable(blocks: Block[], i: number): boolean {
  const table = blocks[i - 1];
  return table?.type === 'table' && isTurned(table) && keepsWithNote(blocks, i - 1);
}
