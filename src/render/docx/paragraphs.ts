/** Paragraph shapes used everywhere: blank grid lines, indented body text, aligned lines. */
import { AlignmentType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Align } from '../../document/model';
import { MAIN } from '../../style/gbt9704';
import { OFF_GRID } from './styles';
import { chars } from './units';

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** The body's two-character first-line indent. */
export const FIRST_LINE_INDENT = { firstLine: chars(MAIN.indentChars) };

/** Text not in body size keeps its natural advance instead of whole grid cells. */
export const OFF_GRID_STYLE = { style: OFF_GRID };

/**
 * The paragraph before a signature goes to the signature's page with at least
 * its last two lines (§7.3.5), as the PDF keeps two lines: keepNext, and widow
 * control so that two lines go, never one (Word, WPS and LibreOffice alike).
 */
export const KEEP_WITH_SIGNATURE = { keepNext: true, widowControl: true };

export const blankLines = (n: number) => Array.from({ length: n }, () => new Paragraph({}));

export const paragraph = (children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}) => new Paragraph({ ...options, children });

export const aligned = (children: ParagraphChild[], align: Align, options: Omit<IParagraphOptions, 'children'> = {}) =>
  paragraph(children, { alignment: ALIGNMENT[align], ...options });
