/**
 * Body blocks (§7.3.3): paragraphs indented two characters, numbered
 * headings in their faces by level (HEADING_FONT) with an optional run-in
 * paragraph in 仿宋, tables and images.
 */
import type { Block, DivisionBlock, HeadingBlock } from '../../document/model';
import { HEADING_FONT, REGULATION_FONT } from '../../style/gbt9704';
import type { RenderContext } from './context';
import { textRun } from './fonts';
import { imageBlock } from './image';
import { aligned, FIRST_LINE_INDENT, KEEP_WITH_SIGNATURE, type BodyChild, type Paragraph } from './paragraphs';
import { HEADING_STYLE } from './styles';
import { textRuns } from './runs';
import { tableBlock } from './table';

function heading(ctx: RenderContext, h: HeadingBlock, keep: object): Paragraph {
  const face = HEADING_FONT[h.level];
  const lead = textRun(h.number + h.title, { role: face.font, bold: face.bold });
  // the fifth level (①) has no Word heading style: Heading5 is the library's blue one; its outline level keeps it in the navigation pane
  const style = h.level === 5 ? { outlineLevel: 4 } : { style: HEADING_STYLE[h.level] };
  return aligned([lead, ...textRuns(ctx, h.runIn ?? [])], 'justify', { ...style, indent: FIRST_LINE_INDENT, keepNext: !h.runIn, ...keep });
}

/** 第X编, 第X章, 第X节: centred in its face, kept with what follows, in the navigation pane at its outline level. */
function division(d: DivisionBlock, keep: object): Paragraph {
  const face = REGULATION_FONT[d.level];
  const run = textRun(`${d.number}　${d.title}`, { role: face.font, bold: face.bold });
  return aligned([run], 'center', { style: HEADING_STYLE[d.outline], keepNext: true, ...keep });
}

/**
 * A block on a text block `textWidth` twips wide (portrait, or landscape for
 * a wide table); `keeps.withSignature`: the signature follows it; `keeps.withNote`:
 * a table's last row keeps with the one-line note after it (arrange/table-note);
 * `titleLines`: the lines of the annex title it stands under (a picture is fitted below them).
 */
export function bodyBlock(ctx: RenderContext, block: Block, textWidth: number, keeps: { withSignature?: boolean; withNote?: boolean } = {}, titleLines = 1): BodyChild[] {
  const keep = keeps.withSignature ? KEEP_WITH_SIGNATURE : {};
  switch (block.type) {
    case 'paragraph':
      return [aligned(textRuns(ctx, block.runs), block.align, { ...(block.indent === 'first' ? { indent: FIRST_LINE_INDENT } : {}), ...keep })];
    case 'heading':
      return [heading(ctx, block, keep)];
    case 'division':
      return [division(block, keep)];
    case 'table':
      return [tableBlock(block, textWidth, !!keeps.withNote)];
    case 'image':
      return imageBlock(ctx, block, textWidth, titleLines);
  }
}
