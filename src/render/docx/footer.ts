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
import { aligned, OFF_GRID_STYLE, paragraph, paragraphXml } from './paragraphs';
import { exactLine } from './styles';
import { MARGIN_BOTTOM, MARGIN_LEFT, mmToTwip, ptToTwip, TEXT_WIDTH } from './units';
import { NO_BORDERS, table } from './word-table';

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

/** What the turned footer's table needs after it, kept within the landscape section's footer band (a bottom margin of MARGIN_RIGHT). */
const TURNED_FOOTER_END = paragraphXml(paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(ptToTwip(1)) }));

/**
 * A landscape section's number stands where every other page has it (§8):
 * at the sheet's portrait foot, which is the landscape page's left edge
 * (section-properties.ts turns the binding edge to the top). A one-cell table
 * floats there, in the left margin: its cell spans the portrait text block's
 * width (the landscape page's top margin down to its bottom margin), one
 * line wide, the line's middle 7 mm out from the block; its text runs down
 * the cell (tbRl), so with the sheet turned back upright it reads `— N —`
 * left to right, odd pages at the cell's end (the portrait right), even at
 * its start. Word, WPS and LibreOffice all turn a table cell's text; none of
 * them turns a frame's.
 */
function turnedPageNumber(side: 'left' | 'right'): string {
  const line = aligned([pageNumberRuns()], side, { ...OFF_GRID_STYLE, indent: { [side]: INSET }, spacing: exactLine(LINE) });
  const float = {
    horizontalAnchor: 'page' as const,
    absoluteHorizontalPosition: MARGIN_BOTTOM - mmToTwip(PAGE_NUMBER.belowTextMm) - LINE / 2,
    verticalAnchor: 'page' as const,
    absoluteVerticalPosition: MARGIN_LEFT,
    leftFromText: 0,
    rightFromText: 0,
    topFromText: 0,
    bottomFromText: 0,
  };
  const cell = { width: LINE, textDirection: 'tbRl' as const, children: [line] };
  const zero = { top: 0, left: 0, bottom: 0, right: 0 };
  return table({ rows: [{ height: TEXT_WIDTH, cells: [cell] }], columnWidths: [LINE], width: LINE, float, borders: NO_BORDERS, margins: zero }).xml + TURNED_FOOTER_END;
}

export const turnedFooters = (): PageParts => ({ default: turnedPageNumber('right'), even: turnedPageNumber('left') });

/** An explicit empty footer: it stops inheritance. */
export const EMPTY_FOOTER = '<w:p/>';

/** Blank and colophon-only pages carry no number. */
export const emptyFooters = (): PageParts => ({ default: EMPTY_FOOTER, even: EMPTY_FOOTER });
