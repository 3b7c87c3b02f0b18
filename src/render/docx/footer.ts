/**
 * Page numbers (§7.5): `— N —` around a PAGE field, 四号宋体, the dashes (一字线)
 * 7 mm below the text block, as in our PDF: the number's line, exactly one
 * em high, has its middle there (office programs set the glyphs in the middle
 * of such a line; LibreOffice 25.2 measured: the dashes' ink within 0.5 mm of
 * our PDF's, where the line's top at 7 mm put them 2 mm lower). Odd pages
 * right-aligned one character in, even pages left-aligned one character in.
 * Every section carries both footers (evenAndOddHeaderAndFooters), or even
 * pages would inherit nothing.
 * The paragraph's space before and after fill the rest of the band below the
 * text block, so the footer fills it exactly: Word ends the body at the
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

/** Distance from the page's bottom edge to the bottom of the footer: the band holds 7 mm and the number's line below them. */
export const FOOTER_DISTANCE = MARGIN_BOTTOM - mmToTwip(PAGE_NUMBER.belowTextMm + ptToMm(PAGE_NUMBER.sizePt));
/** The space above the number's line: its middle 7 mm below the text block. */
const BEFORE = mmToTwip(PAGE_NUMBER.belowTextMm) - LINE / 2;

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
  const spacing = { ...exactLine(LINE), before: BEFORE, after: MARGIN_BOTTOM - FOOTER_DISTANCE - LINE - BEFORE };
  return paragraphXml(aligned([pageNumberRuns()], side, { ...OFF_GRID_STYLE, indent: { [side]: INSET }, spacing }));
}

export const numberedFooters = (): PageParts => ({ default: pageNumber('right'), even: pageNumber('left') });

/** An explicit empty footer: it stops inheritance. */
export const EMPTY_FOOTER = '<w:p/>';

/** Blank and colophon-only pages carry no number. */
export const emptyFooters = (): PageParts => ({ default: EMPTY_FOOTER, even: EMPTY_FOOTER });
