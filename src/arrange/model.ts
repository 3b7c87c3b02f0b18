/**
 * The arrangement: layout decisions that are not format-specific, made once
 * from the Document before any renderer runs (title line breaks, the joint
 * header's size, columns and reading order, the signature block). Together
 * with the Document it is the contract between composing and the renderers:
 * the PDF and the DOCX both obey it, so they break and place alike.
 * Lengths are millimetres from the text block's top-left corner, font sizes
 * points; renderers convert to their own units.
 */
export type Anchor = 'left' | 'center' | 'right';

/** Text on one line, anchored at `xMm` by its left edge, centre or right edge. */
export interface PlacedText {
  text: string;
  xMm: number;
  anchor: Anchor;
}

/** The red issuer mark: one name (with 文件), or a joint header's names in rows and columns. */
export interface IssuerMark {
  /** Names row by row, each row left to right: the campaign's order. */
  rows: string[][];
  columns: number;
  sizePt: number;
  /** Top of the first row; rows follow `pitchMm` apart. */
  topMm: number;
  pitchMm: number;
  /** Left edge of the first column; joint-header names are spread (分散对齐) to `columnMm`, `gapMm` apart. */
  leftMm: number;
  columnMm: number;
  gapMm: number;
  /** Horizontal condensing of the whole mark (1: none) so it never leaves the text block. */
  scale: number;
  /** Height from the first row's top to the last row's bottom. */
  heightMm: number;
  /** 文件 to the right of a joint header's names, vertically centred on them (a single mark carries it in its text). */
  wenjian?: { sizePt: number; leftMm: number; topMm: number };
}

/** One line of a red double rule: its top edge `offsetMm` below the rule's top. */
export interface RuleLine {
  offsetMm: number;
  thicknessMm: number;
}

/** A red double rule, `lengthMm` long from `leftMm`, its lines in order from the top. */
export interface DoubleRule {
  topMm: number;
  leftMm: number;
  lengthMm: number;
  lines: [RuleLine, RuleLine];
}

/** The letter format's rules and the lines under the first one (§10.1). */
export interface LetterArrangement {
  /** Thick over thin, below the mark (its top at the header's `ruleMm`). */
  topRule: DoubleRule;
  /** Thin over thick, near the foot of page 1. */
  bottomRule: DoubleRule;
  /** Top of the first line under the top rule: 份号, 密级, 紧急程度 flush left one per line, the number flush right on the first. */
  linesTopMm: number;
  /** Pitch of those lines. */
  linePitchMm: number;
}

/**
 * 签发人 of an upward document (§7.2.4, §7.2.6): 签发人： and the names flush right one character in, two names a
 * row, each later row under the first one's names; the number flush left one character in, on the last row.
 * Each renderer measures the names in its own face: the rows start at one x, the widest ending at `rightMm`.
 */
export interface SignerArrangement {
  /** Grid row of the first names; the last row is the header's `numberRow`. */
  firstRow: number;
  /** 签发人： (三号仿宋), on the first row, right before the names. */
  label: string;
  /** The names (三号楷体), one entry a grid row. */
  rows: string[];
  rightMm: number;
  /** The document number on the last row. */
  number: PlacedText;
}

export interface HeaderArrangement {
  mark: IssuerMark;
  /** Grid row (0-based) of the document number, when there is one (the 文件格式; a letter's is in `letter`). */
  numberRow?: number;
  /** 签发人 beside the number (the 文件格式 only); the number is then not centred. */
  signers?: SignerArrangement;
  /** The red rule below the number; a letter's first double rule. */
  ruleMm: number;
  /** An order (§10.2) draws no rule: `ruleMm` then only bounds the header. */
  noRule?: true;
  /** First grid row of the text that follows the rule. */
  flowRow: number;
  letter?: LetterArrangement;
}

export interface PlacedSeal {
  path: string;
  centreXMm: number;
  /** Index into SignatureArrangement.lines. */
  line: number;
  /** An order's 签名章 (§7.3.5.4) or a seal that is not square, this size; a square seal is MAIN.sealDiameterMm across. */
  sizeMm?: { width: number; height: number };
}

export interface SignatureArrangement {
  /** Grid lines in order: the issuer rows (blank lines between a joint notice's rows of seals), the note, the date. */
  lines: PlacedText[][];
  /** Grid lines each line takes, its text centred on them (an order's 签名章 lines); one each when absent. */
  heights?: number[];
  /** Blank lines between the text above and the first line: as many as keep the first seal's top within one line under the text (§7.3.5.1). */
  linesBefore: number;
  /**
   * Which lines keep with the next: all but the last when the block fits on a
   * page with the text it goes with; else only the first (with the text
   * above) and the one before the date, so that a chain longer than a page
   * never pushes a page out empty; a joint notice's rows of seals each with
   * the lines its seals reach above and below it, the block breaking only
   * between them. The date keeps with a 附注 that follows.
   */
  keepWithNext: boolean[];
  /** Blank lines between the date and the 附注, where a seal's ink reaches the line after the date over the 附注 (remark-clearance.ts). */
  linesBeforeRemark?: number;
  /** The seals, each centred on the middle of its line at `centreXMm`: one on the line above the date (the last name, or the note under the names), or a joint notice's one per name (§7.3.5.1). */
  seals: PlacedSeal[];
}

export interface NoticeArrangement {
  header?: HeaderArrangement;
  /** The title in lines, broken between words into a 梯形 or 菱形 shape. */
  title?: string[];
  /** The header leaves no room for the blank lines before the title on page 1: the title opens page 2. */
  titleOnNewPage: boolean;
  signature?: SignatureArrangement;
  annexes: AnnexArrangement[];
}

export interface AnnexArrangement {
  /** The annex title in lines (when the annex page shows it). */
  title: string[];
  /** Its 题注 in lines of the body size, under the title. */
  titleNote: string[];
  /** A forwarded notice bound as this annex. */
  notice?: NoticeArrangement;
}
