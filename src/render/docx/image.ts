/**
 * Images: annex image blocks inline, centred, at their natural size or the
 * text width (src/style/image-fit.ts), with an optional caption; the seal
 * floats in front of the text. Drawing ids come from the render context.
 */
import { readFileSync } from 'node:fs';
import type { ImageBlock } from '../../document/model';
import { PAGE } from '../../style/gbt9704';
import { annexImageMm } from '../../style/image-fit';
import { imageSize } from '../../assets/image-size';
import type { RenderContext } from './context';
import { run, textRun } from './fonts';
import { aligned, type Paragraph } from './paragraphs';
import { mmToTwip, twipToPx, TEXT_WIDTH } from './units';

/** EMU per CSS pixel (96 per inch), the unit docx sized pictures in. */
const EMU_PER_PX = 9525;
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

function imageType(data: Buffer): 'png' | 'jpg' {
  return data.subarray(1, 4).toString('latin1') === 'PNG' ? 'png' : 'jpg';
}

/** Where a floating picture's top-left corner is, in EMU: from the left margin, and from the paragraph's top. */
export interface FloatingPosition {
  fromMargin: number;
  fromParagraph: number;
}

/** A picture run `widthTwips` wide, keeping the file's aspect ratio; floating (in front of the text) when `at` is given. */
function pictureRun(ctx: RenderContext, path: string, widthTwips: number, at?: FloatingPosition): string {
  const data = readFileSync(path);
  const px = imageSize(path);
  const width = twipToPx(widthTwips);
  const height = Math.round((width * px.height) / px.width);
  const id = ctx.nextId();
  const reference = ctx.pictureReference({ data, type: imageType(data) });
  const cx = Math.round(width * EMU_PER_PX);
  const cy = Math.round(height * EMU_PER_PX);
  const extent = `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>`;
  const picture =
    `<wp:docPr id="${id}" name="image${id}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/>' +
    '<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${reference}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic>';
  const drawing = at
    ? `<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="1" behindDoc="0" locked="0" layoutInCell="1" relativeHeight="${cy}">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${at.fromMargin}</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${at.fromParagraph}</wp:posOffset></wp:positionV>${extent}<wp:wrapNone/>${picture}</wp:anchor>`
    : `<wp:inline distT="0" distB="0" distL="0" distR="0">${extent}${picture}</wp:inline>`;
  return run({}, `<w:drawing>${drawing}</w:drawing>`);
}

/** A picture in front of the text (the seal), `widthTwips` wide. */
export const floatingImageRun = (ctx: RenderContext, path: string, widthTwips: number, at: FloatingPosition) => pictureRun(ctx, path, widthTwips, at);

/**
 * The body's exact line height would show only one line's strip of an inline picture:
 * its paragraph takes single spacing, which grows to fit the picture.
 */
const PICTURE_SPACING = { line: 240, lineRule: 'auto' as const, before: 0, after: 0 };

/** `titleLines`: the lines of the annex title the picture stands under. */
export function imageBlock(ctx: RenderContext, block: ImageBlock, textWidth: number, titleLines: number): Paragraph[] {
  const mm = annexImageMm(imageSize(block.path), block.caption, (textWidth / TEXT_WIDTH) * PAGE.textWidthMm, titleLines);
  const picture = aligned([pictureRun(ctx, block.path, mmToTwip(mm.width))], 'center', { spacing: PICTURE_SPACING });
  return block.caption ? [picture, aligned([textRun(block.caption)], 'center')] : [picture];
}
