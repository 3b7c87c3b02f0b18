/** Body blocks → flow items: paragraphs and headings on the grid, images and tables as boxes. */
import { keepsWithNote, turnsWithTable } from '../../arrange/table-note';
import type { Block, DivisionBlock, HeadingBlock, ImageBlock } from '../../document/model';
import { MAIN, mmToPt, REGULATION_FONT } from '../../style/gbt9704';
import { annexImageMm } from '../../style/image-fit';
import { BLOCK_LEFT, BLOCK_WIDTH, CELL } from './geometry';
import { imageSize } from '../../assets/image-size';
import { tableItems } from './layout-table';
import { TURNED_BLOCK } from './turned-page';
import { paragraphLines, type Frame } from './layout-text';
import type { StyledText, TextSetter } from './set-text';
import { BODY, bodyIn, bodyRuns, headingStyle } from './text-styles';
import type { FlowItem } from './typeset/flow';

const INDENT = MAIN.indentChars * CELL;

function heading(setter: TextSetter, h: HeadingBlock): FlowItem[] {
  const texts: StyledText[] = [{ text: h.number + h.title, style: headingStyle(h.level) }, ...bodyRuns(h.runIn ?? [])];
  return paragraphLines(setter, texts, { firstIndent: INDENT, restIndent: 0, align: 'justify', keep: !h.runIn?.length });
}

/** 第X编, 第X章, 第X节: centred on the grid in its face, kept with what follows. */
function division(setter: TextSetter, d: DivisionBlock): FlowItem[] {
  const face = REGULATION_FONT[d.level];
  return paragraphLines(setter, [{ text: `${d.number}　${d.title}`, style: bodyIn(face.font, face.bold) }], { firstIndent: 0, restIndent: 0, align: 'center', keep: true });
}

function image(setter: TextSetter, b: ImageBlock, titleLines: number): FlowItem[] {
  const mm = annexImageMm(imageSize(b.path), b.caption, undefined, titleLines);
  const [width, height] = [mmToPt(mm.width), mmToPt(mm.height)];
  const box: FlowItem = {
    height,
    onGrid: true,
    keepWithNext: !!b.caption,
    draw: (top) => [{ kind: 'image', path: b.path, x: BLOCK_LEFT + (BLOCK_WIDTH - width) / 2, y: top, width, height, pressed: false }],
  };
  const caption = b.caption ? paragraphLines(setter, [{ text: b.caption, style: BODY }], { firstIndent: 0, restIndent: 0, align: 'center' }) : [];
  return [box, ...caption];
}

/** A block's flow items; a paragraph is set on `frame` when given (the turned page an annex opens on). */
/** `titleLines`: the lines of the annex title the blocks stand under (a picture is fitted below them). */
export function blockItems(setter: TextSetter, block: Block, frame?: Frame, titleLines = 1): FlowItem[] {
  switch (block.type) {
    case 'paragraph': {
      const indent = block.indent === 'first' ? INDENT : 0;
      return paragraphLines(setter, bodyRuns(block.runs), { firstIndent: indent, restIndent: 0, align: block.align, frame });
    }
    case 'heading':
      return heading(setter, block);
    case 'division':
      return division(setter, block);
    case 'image':
      return image(setter, block, titleLines);
    case 'table':
      return tableItems(setter, block);
  }
}

/** A turned page's text block, as a frame for the text set on it. */
export const TURNED_FRAME: Frame = { left: TURNED_BLOCK.left, width: TURNED_BLOCK.width };

/**
 * Blocks in order; a table keeps its last row with the one-line note after it,
 * which is set on the turned page when the table is (arrange/table-note).
 */
export function blocksItems(setter: TextSetter, blocks: Block[], frame?: Frame, titleLines = 1): FlowItem[] {
  return blocks.flatMap((block, i) => {
    if (turnsWithTable(blocks, i)) return blockItems(setter, block, TURNED_FRAME).map((item) => ({ ...item, turned: true }));
    const items = blockItems(setter, block, frame, titleLines);
    if (keepsWithNote(blocks, i)) items[items.length - 1] = { ...items[items.length - 1], keepWithNext: true };
    return items;
  });
}
