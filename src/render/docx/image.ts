/**
 * Images: annex image blocks inline, centred, at their natural size or the
 * text width (src/style/image-fit.ts), with an optional caption; the seal
 * floats in front of the text. Drawing ids come from the render context,
 * never from docx's global counter.
 */
import { readFileSync } from 'node:fs';
import { ImageRun, LineRuleType, Paragraph, type IFloating } from 'docx';
import { textRun } from './fonts';
import type { ImageBlock } from '../../document/model';
import { PAGE } from '../../style/gbt9704';
import { annexImageMm } from '../../style/image-fit';
import { imageSize } from '../image-size';
import type { RenderContext } from './context';
import { aligned } from './paragraphs';
import { mmToTwip, twipToPx, TEXT_WIDTH } from './units';

function imageType(data: Buffer): 'png' | 'jpg' {
  return data.subarray(1, 4).toString('latin1') === 'PNG' ? 'png' : 'jpg';
}

/** An image run `widthTwips` wide, keeping the file's aspect ratio. */
export function imageRun(ctx: RenderContext, path: string, widthTwips: number, floating?: IFloating): ImageRun {
  const data = readFileSync(path);
  const px = imageSize(path);
  const width = twipToPx(widthTwips);
  const height = Math.round((width * px.height) / px.width);
  const id = ctx.nextId();
  return new ImageRun({
    type: imageType(data),
    data,
    transformation: { width, height },
    altText: { id: String(id), name: `image${id}`, description: '' },
    ...(floating ? { floating } : {}),
  });
}

/**
 * The body's exact line height would show only one line's strip of an inline picture:
 * its paragraph takes single spacing, which grows to fit the picture.
 */
const PICTURE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

export function imageBlock(ctx: RenderContext, block: ImageBlock, textWidth: number): Paragraph[] {
  const mm = annexImageMm(imageSize(block.path), block.caption, (textWidth / TEXT_WIDTH) * PAGE.textWidthMm);
  const picture = aligned([imageRun(ctx, block.path, mmToTwip(mm.width))], 'center', { spacing: PICTURE_SPACING });
  return block.caption ? [picture, aligned([textRun(block.caption)], 'center')] : [picture];
}
