/**
 * A paragraph right after a table that fits on one line (填表人：… 审核人：…,
 * 注：…) is the table's note: it stays on the page the table ends on, which
 * gives up the table's last rows rather than leave the note alone on a page.
 * Decided on the text's width, so that the PDF and the DOCX keep alike.
 */
import type { Block } from '../document/model';
import { MAIN, PAGE } from '../style/gbt9704';
import { fitEm } from './text-width';

export function keepsWithNote(blocks: Block[], i: number): boolean {
  const [table, note] = [blocks[i], blocks[i + 1]];
  if (table?.type !== 'table' || note?.type !== 'paragraph') return false;
  const room = PAGE.charsPerLine - (note.indent === 'first' ? MAIN.indentChars : 0);
  return fitEm(note.runs.map((r) => r.text).join('')) <= room;
}
