/**
 * Section geometry (§5.2): A4 in twips, 天头 37 mm, 订口 28 mm, text block
 * 156 × 225 mm, a 22 × 28 document grid (linesAndChars) with the exact line
 * pitch. A landscape section turns the sheet so the table head faces the
 * binding edge (§8): the portrait margins rotate with it.
 */
import { DRAFT_HEADER } from '../../style/gbt9704';
import { FOOTER_DISTANCE } from './footer';
import { CHAR_SPACE, LINE_PITCH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, mmToTwip, PAGE_HEIGHT, PAGE_WIDTH, TEXT_HEIGHT, TEXT_WIDTH } from './units';
import { element } from './xml';

/** Only a draft has a header (draft-header.ts); it sits in the band above the top margin. */
const HEADER_DISTANCE = mmToTwip(DRAFT_HEADER.fromTopMm);

export type Orientation = 'portrait' | 'landscape';

const GRID = element('w:docGrid', { 'w:type': 'linesAndChars', 'w:linePitch': LINE_PITCH, 'w:charSpace': CHAR_SPACE || undefined });

const margins = (top: number, right: number, bottom: number, left: number) =>
  element('w:pgMar', { 'w:top': top, 'w:right': right, 'w:bottom': bottom, 'w:left': left, 'w:header': HEADER_DISTANCE, 'w:footer': FOOTER_DISTANCE, 'w:gutter': 0 });

const PORTRAIT = element('w:pgSz', { 'w:w': PAGE_WIDTH, 'w:h': PAGE_HEIGHT, 'w:orient': 'portrait' }) + margins(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);

/** Turned a quarter clockwise: the binding edge (订口) on top. */
const LANDSCAPE = element('w:pgSz', { 'w:w': PAGE_HEIGHT, 'w:h': PAGE_WIDTH, 'w:orient': 'landscape' }) + margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM);

/** Width of the text block in twips. */
export const textWidth = (o: Orientation) => (o === 'portrait' ? TEXT_WIDTH : TEXT_HEIGHT);

export interface SectionShape {
  orientation: Orientation;
  /** How the section starts: on the next page, or on the next even page (the colophon). */
  start: 'nextPage' | 'evenPage';
  /** Content set against the bottom of the text block (the colophon). */
  bottom?: boolean;
  /** The first page has headers and footers of its own (a letter's: §10.1). */
  titlePage?: boolean;
}

/** w:sectPr; `references`: its w:headerReference and w:footerReference elements. */
export function sectionPropertiesXml(shape: SectionShape, references: string): string {
  return (
    `<w:sectPr>${references}${element('w:type', { 'w:val': shape.start })}${shape.orientation === 'portrait' ? PORTRAIT : LANDSCAPE}<w:pgNumType/>` +
    `${shape.bottom ? '<w:vAlign w:val="bottom"/>' : ''}${shape.titlePage ? '<w:titlePg/>' : ''}${GRID}</w:sectPr>`
  );
}
