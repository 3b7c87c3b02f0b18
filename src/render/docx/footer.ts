/**
 * Page numbers (§7.5): `— N —` around a PAGE field, 四号宋体, the line's top
 * 7 mm below the text block; odd pages right-aligned one character in, even
 * pages left-aligned one character in. Every section carries both footers
 * (evenAndOddHeaderAndFooters), or even pages would inherit nothing.
 * The 7 mm above the number are the paragraph's space before, so the footer
 * fills the band below the text block exactly: Word ends the body at the
 * block's bottom edge either way, and so does LibreOffice where it sizes a
 * footer by its content — the even-page style it makes for a section that
 * starts on an even page (the colophon's) keeps no footer spacing of its
 * own, and a bare number there let the body run 7 mm lower (LibreOffice 25.2).
 */
import { PAGE_NUMBER, ptToMm } from '../../style/gbt9704';
import { run, runStyle, textElement } from './fonts';
import { aligned, OFF_GRID_STYLE, paragraphXml } from './paragraphs';
import { exactLine } from './styles';
import { MARGIN_BOTTOM, mmToTwip, ptToTwip } from './units';

const INSET = ptToTwip(PAGE_NUMBER.insetChars * PAGE_NUMBER.sizePt);
const LINE = ptToTwip(PAGE_NUMBER.sizePt);

/** Distance from the page's bottom edge to the bottom of the page-number line. */
export const FOOTER_DISTANCE = MARGIN_BOTTOM - mmToTwip(PAGE_NUMBER.belowTextMm + ptToMm(PAGE_NUMBER.sizePt));

/** The content of a header or footer part for each kind of page; every section gets parts of its own. */
export interface PageParts {
  default: string;
  first?: string;
  even?: string;
}

/** `— PAGE —`: the dashes and the field each in a run of their own, as Word writes a field. */
function pageNumberRuns(): string {
  const style = runStyle({ role: PAGE_NUMBER.font, sizePt: PAGE_NUMBER.sizePt });
  const field = ['<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve">PAGE</w:instrText>', '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>'];
  return [textElement(`${PAGE_NUMBER.dash} `), ...field, textElement(` ${PAGE_NUMBER.dash}`)].map((content) => run(style, content)).join('');
}

function pageNumber(side: 'left' | 'right'): string {
  const spacing = { ...exactLine(LINE), before: MARGIN_BOTTOM - FOOTER_DISTANCE - LINE };
  return paragraphXml(aligned([pageNumberRuns()], side, { ...OFF_GRID_STYLE, indent: { [side]: INSET }, spacing }));
}

export const numberedFooters = (): PageParts => ({ default: pageNumber('right'), even: pageNumber('left') });

/** An explicit empty footer: it stops inheritance. */
export const EMPTY_FOOTER = '<w:p/>';

/** Blank and colophon-only pages carry no number. */
export const emptyFooters = (): PageParts => ({ default: EMPTY_FOOTER, even: EMPTY_FOOTER });
