/**
 * Body blocks (§7.3.3): paragraphs indented two characters, numbered
 * headings in their faces by level (HEADING_FONT) with an optional run-in
 * paragraph in 仿宋, tables and images.
 */
import { TextRun, type Paragraph, type Table } from 'docx';
import type { Block, HeadingBlock } from '../../document/model';
import { HEADING_FONT } from '../../style/gbt9704';
import type { RenderContext } from './context';
import { runStyle } from './fonts';
import { imageBlock } from './image';
import { aligned, FIRST_LINE_INDENT } from './paragraphs';
import { textRuns } from './runs';
import { tableBlock } from './table';

function heading(ctx: RenderContext, h: HeadingBlock): Paragraph {
  const face = HEADING_FONT[h.level];
  const lead = new TextRun({ ...runStyle({ role: face.font, bold: face.bold }), text: h.number + h.title });
  return aligned([lead, ...textRuns(ctx, h.runIn ?? [])], 'justify', { indent: FIRST_LINE_INDENT, keepNext: !h.runIn });
}

/** A block on a text block `textWidth` twips wide (portrait, or landscape for a wide table). */
export function bodyBlock(ctx: RenderContext, block: Block, textWidth: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [aligned(textRuns(ctx, block.runs), block.align, block.indent === 'first' ? { indent: FIRST_LINE_INDENT } : {})];
    case 'heading':
      return [heading(ctx, block)];
    case 'table':
      return [tableBlock(block, textWidth)];
    case 'image':
      return imageBlock(ctx, block, textWidth);
  }
}
