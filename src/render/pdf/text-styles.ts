/** The text styles of a notice, from the style sheet. */
import type { FontRole, HeadingLevel, Run } from '../../document/model';
import { BODY_SIZE_PT, COLOPHON, HEADING_FONT, MAIN, PAGE_NUMBER, TABLE } from '../../style/gbt9704';
import { CELL } from './geometry';
import type { StyledText, TextStyle } from './set-text';

/** A style off the body grid: full-width characters take their own size. */
const natural = (role: FontRole, size: number, bold = false): TextStyle => ({ role, size, bold, ink: 'black', cell: size });

export const BODY: TextStyle = { role: 'fangsong', size: BODY_SIZE_PT, bold: false, ink: 'black', cell: CELL };
export const TITLE = natural('xiaobiaosong', MAIN.titlePt);
export const ANNEX_TITLE = natural('xiaobiaosong', MAIN.annexTitlePt);
export const COLOPHON_TEXT = natural('fangsong', COLOPHON.sizePt);
export const PAGE_NUMBER_TEXT = natural(PAGE_NUMBER.font, PAGE_NUMBER.sizePt);
export const TABLE_SMALL = natural('fangsong', TABLE.smallPt);

/** Body text in another face (heiti for 附件 labels, classification marks…). */
export const bodyIn = (role: FontRole, bold = false): TextStyle => ({ ...BODY, role, bold });

export const headingStyle = (level: HeadingLevel): TextStyle => bodyIn(HEADING_FONT[level].font, HEADING_FONT[level].bold);

/** Runs of the document model as styled text on the body grid. */
export const bodyRuns = (runs: Run[]): StyledText[] =>
  runs.map((r) => ({ text: r.text, style: { ...bodyIn(r.font, r.bold ?? false), ink: r.color === 'red' ? 'red' : 'black' } }));
