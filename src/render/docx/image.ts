/**
 * Images: annex image blocks inline, centred, scaled to their fraction of the
 * text block, with an optional caption; the seal floats in front of the text.
 * Drawing ids come from the render context, never from docx's global counter.
 */
import { readFileSync } from 'node:fs';
import { ImageRun, Paragraph, type IFloating } from 'docx';
import { textRun } from './fonts';
import type { ImageBlock } from '../../document/model';
import { imageSize } from '../pdf/image-size';
import type { RenderContext } from './context';
import { aligned } from './paragraphs';
import { twipToPx } from './units';

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

export function imageBlock(ctx: RenderContext, block: ImageBlock, textWidth: number): Paragraph[] {
  const picture = aligned([imageRun(ctx, block.path, Math.round(textWidth * block.widthFraction))], 'center');
  return block.caption ? [picture, aligned([textRun(block.caption)], 'center')] : [picture];
}
