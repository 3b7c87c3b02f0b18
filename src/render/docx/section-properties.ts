/**
 * Section geometry (§5.2): A4 in twips, 天头 37 mm, 订口 28 mm, text block
 * 156 × 225 mm, a 22 × 28 document grid (linesAndChars) with the exact line
 * pitch. A landscape section turns the sheet so the table head faces the
 * binding edge (§8): the portrait margins rotate with it.
 */
import { DocumentGridType, PageOrientation, SectionType, VerticalAlignSection, type ISectionPropertiesOptions } from 'docx';
import { DRAFT_HEADER } from '../../style/gbt9704';
import { FOOTER_DISTANCE } from './footer';
import { CHAR_SPACE, LINE_PITCH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, mmToTwip, PAGE_HEIGHT, PAGE_WIDTH, TEXT_HEIGHT, TEXT_WIDTH } from './units';

/** Only a draft has a header (draft-header.ts); it sits in the band above the top margin. */
const HEADER_DISTANCE = mmToTwip(DRAFT_HEADER.fromTopMm);

export type Orientation = 'portrait' | 'landscape';

const GRID = { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE };

const PORTRAIT = {
  size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: PageOrientation.PORTRAIT },
  margin: { top: MARGIN_TOP, left: MARGIN_LEFT, right: MARGIN_RIGHT, bottom: MARGIN_BOTTOM, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
};

/** Turned a quarter clockwise: the binding edge (订口) on top. docx swaps width and height itself. */
const LANDSCAPE = {
  size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: PageOrientation.LANDSCAPE },
  margin: { top: MARGIN_LEFT, right: MARGIN_TOP, bottom: MARGIN_RIGHT, left: MARGIN_BOTTOM, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
};

/** Width of the text block in twips. */
export const textWidth = (o: Orientation) => (o === 'portrait' ? TEXT_WIDTH : TEXT_HEIGHT);

export interface SectionShape {
  orientation: Orientation;
  /** How the section starts: on the next page, or on the next even page (the colophon). */
  start: 'nextPage' | 'evenPage';
  /** Content set against the bottom of the text block (the colophon). */
  bottom?: boolean;
}

export function sectionProperties(shape: SectionShape): ISectionPropertiesOptions {
  return {
    type: shape.start === 'evenPage' ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE,
    page: shape.orientation === 'portrait' ? PORTRAIT : LANDSCAPE,
    grid: GRID,
    ...(shape.bottom ? { verticalAlign: VerticalAlignSection.BOTTOM } : {}),
  };
}
