/**
 * The Document model: the contract between composing and rendering.
 * It says what the notice contains and which role each piece plays; it knows
 * nothing about pages, points or twips (see src/style for the geometry).
 */

/** Font roles of GB/T 9704; each renderer maps a role to a real face. */
export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

export interface Run {
  text: string;
  font: FontRole;
  bold?: boolean;
  /** Only red is ever needed in a notice (issuer mark, rules, seal). */
  color?: 'red';
  /** A tracked change in a redline against last year's notice (see DocumentMeta.revision). */
  revision?: 'inserted' | 'deleted';
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  /** first: first line indented two characters (the body default); none: flush left. */
  indent: 'first' | 'none';
  align: Align;
}

/** GB/T 9704 §7.3.3's four levels 一、 （一） 1. （1）, and the ① ② … real notices use below them. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A numbered heading 一、 （一） 1. （1） ①; with runIn, the paragraph continues on the same line. */
export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  number: string;
  title: string;
  /** Text that runs on after the heading sentence, set in 仿宋. */
  runIn?: Run[];
}

/**
 * A regulation's 第X编, 第X章 or 第X节 (规章、办法、细则、章程): the number as typed, a full-width space and
 * the title, centred on a line of its own and kept with what follows. Its articles are paragraphs
 * whose first run, 第X条, is set in the face the style sheet gives it.
 */
export interface DivisionBlock {
  type: 'division';
  level: 'part' | 'chapter' | 'section';
  /** Its level in Word's navigation pane: 编 1, 章 2, 节 3, or 章 1, 节 2 in a text without 编. */
  outline: 1 | 2 | 3;
  /** 第一编, 第一章, 第二节 */
  number: string;
  title: string;
}

export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  align: Align;
  /** Left blank for the reader to fill in by hand (a form's value cell, a table row written all empty): its row is TABLE.writingRowMm tall at least. */
  blank?: boolean;
  header?: boolean;
}

export interface TableBlock {
  type: 'table';
  /** Relative column widths; renderers scale them to the text block. */
  columns: number[];
  /** Rows of cells; a cell covered by another cell's span is absent. */
  rows: TableCell[][];
  /** Number of leading rows that repeat on every page. */
  headerRows: number;
  /** Size role of the cell text: the standard's 三号 is too big for dense forms. */
  fontSize: 'body' | 'small';
  /** As the clerk chose it; absent: turned when too wide for portrait (style/table-orientation.ts isTurned). */
  orientation?: 'portrait' | 'landscape';
}

export interface ImageBlock {
  type: 'image';
  /** Absolute path of a PNG or JPEG file; shown at its natural size, or the text width when smaller (src/style/image-fit.ts). */
  path: string;
  caption?: string;
}

export type Block = ParagraphBlock | HeadingBlock | DivisionBlock | TableBlock | ImageBlock;

/** 版头: the header block with the red issuer mark. */
export interface Header {
  /**
   * letter: the 信函格式 (§10.1): the lead issuer's mark near the page top
   * between red double rules, the number flush right, no number on page 1,
   * a colophon without 印发 line. order: the 命令（令）格式 (§10.2): the
   * mark 20 mm below the text block's top, the 令号 (in documentNumber)
   * two lines under it, no red rule. Absent: the 文件格式 of §7.2.
   */
  format?: 'letter' | 'order';
  /** Issuer names as printed in the mark, stacked when more than one. */
  issuers: string[];
  /** Whether 文件 follows the issuer name(s). */
  withWenjian: boolean;
  /** 发文字号 such as 闽质强省办〔2023〕7号, or an order's 令号 (第245号). */
  documentNumber?: string;
  copyNumber?: string;
  classification?: string;
  urgency?: string;
  /** 签发人 (§7.2.6) of an upward document such as a 请示: printed to the right of the number, which then stands at the left. */
  signers?: string[];
}

export interface AnnexListEntry {
  /** "1." or "" for a single annex. */
  number: string;
  title: string;
}

/** A seal or 签名章 picture: its absolute path, and its width over its height (read from the file when composing). */
export interface SealPicture {
  path: string;
  aspect: number;
}

/** An order's 签发人 (§7.3.5.4): 职务 left of the 签名章, or of the name on an unsealed draft. */
export interface OrderSigner {
  title: string;
  name: string;
  /** The 签名章. */
  seal?: SealPicture;
}

export interface Signature {
  /** Issuer names as signed; several for a joint notice; none in an order, which its `signers` sign. */
  names: string[];
  /** An order's 签发人, the lead issuer's first (§7.3.5.4). */
  signers?: OrderSigner[];
  /** Formatted date, e.g. 2023年9月1日. */
  date: string;
  /** The seal (PNG with transparency). */
  seal?: SealPicture;
  /** A joint notice's seals, one per name in order (§7.3.5.1); then `seal` is absent. */
  seals?: SealPicture[];
  /** e.g. （福建省市场监督管理局代章）, set under the issuer name. */
  note?: string;
  /** Columns the names are signed in, row by row (many issuers); one when absent. */
  columns?: number;
}

/** One line of a meeting's attendance (§10.3): 出席, 请假 or 列席, and the names after its colon. */
export interface AttendanceLine {
  label: '出席' | '请假' | '列席';
  /** The names, already joined with 、. */
  names: string;
}

/** 版记. */
export interface Colophon {
  /** 抄送 names, already joined; rendered after 抄送：. */
  copyTo?: string;
  printer?: string;
  /** Formatted date, e.g. 2021年8月27日. */
  printDate?: string;
}

/** One notice: the main document, or a forwarded notice bound as an annex. */
export interface Notice {
  /** 附件1 on line 1 when the document is itself an annex of another notice (a plan sent with its notice). */
  label?: string;
  header?: Header;
  /** The title, already broken into lines where the author asked for it. */
  title?: string;
  /** The full addressee line ending with ：. */
  addressees?: string;
  /** Set on a redline where they changed: the title and addressee line as tracked runs, shown instead. */
  tracked?: { title?: Run[]; addressees?: Run[] };
  body: Block[];
  annexList: AnnexListEntry[];
  signature?: Signature;
  /** 附注 including its parentheses. */
  remark?: string;
  /** The minutes' 出席, 请假 and 列席 lines, after the body or annex list. */
  attendance?: AttendanceLine[];
  annexes: Annex[];
  colophon?: Colophon;
}

export type AnnexContent =
  | { kind: 'blocks'; blocks: Block[] }
  | { kind: 'notice'; notice: Notice }
  | { kind: 'pdf'; path: string };

export interface Annex {
  /** 附件1, or 附件 when there is only one; absent for a document printed after the notice as its own (a 政府令's 规章): its title opens its first page. */
  label?: string;
  /** The title, with the line breaks its clerk wrote; where it is named rather than printed (a bookmark), on one line. */
  title: string;
  /** 题注 under the title, in its parentheses: （2026年3月1日……公布　自2026年5月1日起施行）. */
  titleNote?: string;
  /** Whether the title is printed on the annex page (a forwarded notice carries its own). */
  showTitle: boolean;
  content: AnnexContent;
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date (YYYY-MM-DD) of issue; used as the creation date so output is deterministic. */
  date: string;
  draft: boolean;
  /** Set on a redline: who made the tracked changes, and when (ISO date). */
  revision?: { author: string; date: string };
}

export interface Document {
  meta: DocumentMeta;
  notice: Notice;
}
