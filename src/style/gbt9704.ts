/**
 * The GB/T 9704-2012 style sheet: page geometry, sizes and colours that both
 * renderers read (see shared/docs/GBT9704.md). Lengths in millimetres, font
 * sizes in points; renderers convert to their own units.
 */
import type { FontRole, HeadingLevel } from '../document/model';

export const MM_PER_PT = 25.4 / 72;
export const mmToPt = (mm: number) => mm / MM_PER_PT;
export const ptToMm = (pt: number) => pt * MM_PER_PT;

/** Chinese size names (字号) in points. */
export const SIZE = {
  chuhao: 42,
  xiaochu: 36,
  yihao: 26,
  xiaoyi: 24,
  erhao: 22,
  xiaoer: 18,
  sanhao: 16,
  xiaosan: 15,
  sihao: 14,
  xiaosi: 12,
  wuhao: 10.5,
} as const;

/** §5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines × 28 characters. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginLeftMm: 28,
  textWidthMm: 156,
  textHeightMm: 225,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

export const MARGIN_RIGHT_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.textWidthMm; // 26
export const MARGIN_BOTTOM_MM = PAGE.heightMm - PAGE.marginTopMm - PAGE.textHeightMm; // 35
export const LINE_PITCH_MM = PAGE.textHeightMm / PAGE.linesPerPage; // ≈ 10.23
export const CHAR_PITCH_MM = PAGE.textWidthMm / PAGE.charsPerLine; // ≈ 5.57

/** Every element is 三号仿宋 unless stated otherwise. */
export const BODY_SIZE_PT = SIZE.sanhao;

/** §7.2 header block. */
export const HEADER = {
  /** Top edge of the issuer mark below the top of the text block. */
  issuerMarkTopMm: 35,
  /** Largest issuer mark size; shrunk or condensed to fit the text block. */
  issuerMarkMaxPt: SIZE.xiaochu,
  /** Joint header: the names are set smaller so dozens of issuers fit. */
  jointIssuerPt: SIZE.erhao,
  /** Blank lines between the issuer mark and the document number. */
  linesBeforeNumber: 2,
  /** Red separator below the document number. */
  ruleBelowNumberMm: 4,
  ruleWidthMm: PAGE.textWidthMm,
  ruleThicknessMm: 0.5,
  /** §7.2.6: 签发人 names a row; the number and 签发人 stand this many characters in from the edges (§7.2.4). */
  signersPerRow: 2,
  signerEdgeChars: 1,
} as const;

/**
 * §10.1 letter format 信函格式. The standard fixes the places; the rule
 * widths are what offices use: the thin line as the colophon's thick rule
 * (§7.4, 0.35 mm), the thick one twice the ordinary red rule (§7.2, 0.5 mm),
 * 0.7 mm apart.
 */
export const LETTER = {
  /** Top edge of the issuer mark below the top edge of the page. */
  issuerMarkTopFromPageMm: 30,
  /** The first double rule (thick over thin) this far below the mark. */
  ruleBelowMarkMm: 4,
  /** The second double rule (thin over thick) lies this far above the bottom edge of the page. */
  bottomRuleFromPageBottomMm: 20,
  ruleLengthMm: 170,
  thickRuleMm: 1.0,
  thinRuleMm: 0.35,
  ruleGapMm: 0.7,
  /** 份号…紧急程度 and the document number sit 7/8 of a 三号 character's height below the first double rule. */
  belowRulePt: (SIZE.sanhao * 7) / 8,
} as const;

/**
 * §10.2 命令（令）格式 and §7.3.5.4 (签发人签名章). The standard names no
 * separator line for orders (its rule belongs to the 发文字号, §7.2.7, which
 * an order does not carry; Figure A.11 shows none), nor a size for the
 * 签名章: two grid lines high, so that it fills the lines it stands on and
 * the 职务 is centred on it where the grid lines meet.
 */
export const ORDER = {
  /** Top edge of the mark below the top of the text block. */
  markTopMm: 20,
  /** Blank lines between the mark and the 令号, and between the 令号 and the body. */
  linesBeforeNumber: 2,
  linesAfterNumber: 2,
  /** The 签名章 (or an unsealed draft's name) stands two blank lines below the text, its right edge 右空四字. */
  linesBeforeSigners: 2,
  sealRightChars: 4,
  /** The 职务 ends two characters left of the 签名章. */
  titleGapChars: 2,
  /** Grid lines a 签名章 is high. */
  sealLines: 2,
  /** One blank line between the last 签名章 and the date, which ends 右空四字. */
  linesBeforeDate: 1,
  dateRightChars: 4,
} as const;

/** §7.3 main part. */
export const MAIN = {
  titlePt: SIZE.erhao,
  /** Blank lines between the red rule and the title. */
  linesBeforeTitle: 2,
  /** Blank lines between the title and the addressees. */
  linesAfterTitle: 1,
  /** Body paragraphs are indented two characters. */
  indentChars: 2,
  /** Annex list starts one blank line after the body. */
  linesBeforeAnnexList: 1,
  /** The minutes' 出席, 请假, 列席 lines start one blank line after the body or annex list (§10.3). */
  linesBeforeAttendance: 1,
  /** Unsealed signature: issuer 右空二字; sealed: date 右空四字. */
  signatureRightChars: 2,
  sealedDateRightChars: 4,
  /** Unsealed: the signature one blank line under the text (§7.3.5.2); sealed, as many as the seal needs to clear the text (src/arrange/signature.ts). */
  linesBeforeSignature: 1,
  /** Annex pages: label on line 1, title on line 3. */
  annexTitlePt: SIZE.erhao,
  sealDiameterMm: 42,
} as const;

/** Heading faces by level (§7.3.3); the fifth level (①) in the body face, as the levels above it that the standard sets in 仿宋. */
export const HEADING_FONT: Record<HeadingLevel, { font: FontRole; bold: boolean }> = {
  1: { font: 'heiti', bold: false },
  2: { font: 'kaiti', bold: false },
  3: { font: 'fangsong', bold: true },
  4: { font: 'fangsong', bold: false },
  5: { font: 'fangsong', bold: false },
};

/**
 * A regulation's parts, which GB/T 9704 leaves open: 第X编 centred in 小标宋, the face GB/T 9704 gives
 * titles, so the top division reads above the 黑体 chapters by its face alone (a larger size would take
 * it off the body grid, blank lines around it would make a 编 that opens a page start lower than a 章);
 * 第X章 centred in 黑体 as governments print their 规章 after the 令; 第X节 centred in 楷体, one step
 * down as level 2 is from level 1; 第X条 in 黑体 followed by a full-width space and the article in 仿宋,
 * as in the printed 《党政机关公文处理工作条例》(中办发〔2012〕14号). All at 三号 on the body grid, no
 * blank lines around them.
 */
export const REGULATION_FONT: Record<'part' | 'chapter' | 'section' | 'article', { font: FontRole; bold: boolean }> = {
  part: { font: 'xiaobiaosong', bold: false },
  chapter: { font: 'heiti', bold: false },
  section: { font: 'kaiti', bold: false },
  article: { font: 'heiti', bold: false },
};

/**
 * The gap printed inside a title of two characters, which GB/T 9704 leaves open: a document or annex
 * title (章程, 说明) as 章　程, one full-width space at 二号; a 编, 章 or 节 name (总则, 附则) as 总　　则,
 * two, so that it spans the four characters of the usual name (一般规定), as the NPC's and State
 * Council's printed laws and regulations set it.
 */
export const TWO_CHARACTER_GAP = { title: '　', division: '　　' } as const;

/**
 * A 题注 under a document's title (（2026年3月1日……公布　自2026年5月1日起施行）): on the line right under
 * the title, centred, at 三号 in 楷体, as the State Council's and local governments' 规章 print it; the blank
 * line after the title follows it.
 */
export const TITLE_NOTE_FONT: FontRole = 'kaiti';

/** §7.4 colophon. */
export const COLOPHON = {
  sizePt: SIZE.sihao,
  thickRuleMm: 0.35,
  thinRuleMm: 0.25,
  indentChars: 1,
} as const;

/** §7.5 page numbers. */
export const PAGE_NUMBER = {
  sizePt: SIZE.sihao,
  font: 'songti' as FontRole,
  /** The dashes sit this far below the bottom edge of the text block. */
  belowTextMm: 7,
  /** Odd pages right, even pages left, one character in. */
  insetChars: 1,
  dash: '—',
} as const;

/**
 * Joint headers (§7.2.4) and signatures of many issuers: what the standard
 * leaves open (see src/arrange). The names are sized to fill the space above
 * the red rule that the rest of page 1 leaves.
 */
export const JOINT = {
  /** Gap between header columns, and before 文件, in characters of the names' size. */
  headerGapChars: 1,
  /** Row pitch of the header names as a multiple of their size. */
  leadingEm: 1.25,
  /** The title and the opening of the text share page 1 with the header only if the names can stay this large… */
  minSizeWithTitlePt: SIZE.sanhao,
  /** …else the header has page 1 to itself; it is never set smaller than this. */
  minSizePt: 8,
  /** Body lines that must follow the addressees on page 1 for the header to share the page. */
  bodyLinesOnFirstPage: 2,
  maxColumns: 4,
  /** More issuers than this never stand in a single header column. */
  maxSingleColumn: 8,
  /** Gap between signature columns in body characters, and the least it may shrink to. */
  signatureGapChars: 2,
  signatureMinGapChars: 1,
  /** Joint seals (§7.3.5.1): at most this many to a row, kept this many body characters apart (互不相交或相切; half a character lets three 42 mm seals stand left of a 右空四字 date). */
  sealsPerRow: 3,
  sealGapChars: 0.5,
  /** Lines of text that go with the signature to its page (§7.3.5: never a signature page without text). */
  linesKeptWithSignature: 2,
} as const;

/** Tables (statistics forms) are set smaller than body text so they fit the block. */
export const TABLE = {
  smallPt: SIZE.xiaosi,
  cellPaddingMm: 1.5,
  borderPt: 0.75,
  /**
   * A row left blank to be written in by hand (a 回执's rows, a form's value cells) is at least this tall, rules
   * included. The standard says nothing; a hand writes Chinese characters some 6-8 mm high, and a pen needs about
   * 2 mm clear of each rule: a 小四 row of type (8.9 mm) was too short to write in.
   */
  writingRowMm: 12,
} as const;

/** Red: RGB on screen, CMYK (C0 M100 Y100 K0) for the press. */
export const RED = {
  rgb: [255, 0, 0] as const,
  cmyk: [0, 1, 1, 0] as const,
  hex: 'FF0000',
};

/** Official faces named in a DOCX, with the fallback an office machine usually has. */
export const OFFICIAL_FACES: Record<FontRole, { name: string; alt: string; latin: string }> = {
  xiaobiaosong: { name: '方正小标宋简体', alt: '方正小标宋_GBK', latin: 'Times New Roman' },
  fangsong: { name: '仿宋_GB2312', alt: '仿宋', latin: 'Times New Roman' },
  heiti: { name: '黑体', alt: 'SimHei', latin: 'Times New Roman' },
  kaiti: { name: '楷体_GB2312', alt: '楷体', latin: 'Times New Roman' },
  songti: { name: '宋体', alt: 'SimSun', latin: 'Times New Roman' },
};

/** Draft watermark (status: draft). */
export const DRAFT_WATERMARK = { text: '草稿', sizePt: 96, opacity: 0.12, angleDeg: 45 } as const;

/**
 * PDF rendering details the standard leaves open. Bold (level-3 headings) is
 * drawn by stroking the outline when no bold face exists: stroke width as a
 * fraction of the font size.
 */
export const PDF_RENDER = {
  fauxBoldStrokeEm: 0.03,
  /** Line height of wrapped table-cell text, as a multiple of its size. */
  tableLineHeightEm: 1.4,
} as const;

/** DOCX rendering details the standard leaves open. */
export const DOCX_RENDER = {
  /**
   * GBT9704.md "Tables (§8)": a table too wide for the portrait page goes on
   * a landscape page. A table needs landscape when its narrowest column,
   * scaled to the portrait text block, would hold fewer than this many
   * characters of its cell text.
   */
  tableMinColumnChars: 2,
  /**
   * Widow and orphan control in Word and LibreOffice (w:widowControl), off
   * although our PDF avoids widows and orphans by ending a page a line early:
   * Word and LibreOffice break the lines themselves, LibreOffice's hold a
   * little less than ours (it adds its own gap between Chinese and digits),
   * and every page the rule breaks where ours did not costs a line. Measured
   * on every campaign and example in LibreOffice 25.2 (2026-12-01): on, more
   * pages start on the line ours start on (116 of our 187 pages, against 81
   * off), but 2013, 2021 (two) and fujian-2024 run a page longer than our PDF
   * and fujian-2024's colophon leaves its last, even page (§7.4); off, every
   * document is within a page of ours and every colophon on its last even
   * page (2017-national and 2018 run a page shorter). Word was not measured.
   */
  widowControl: false,
} as const;

/**
 * DOCX drafts: a draft carries 草稿 in grey at the top of every page, in the
 * header band above the 37 mm top margin, as text, not a watermark shape (the
 * docx library this renderer was first built on made none deterministically,
 * and drafts keep their bytes); a landscape page, whose top is the sheet's
 * side, carries it as a turned WordArt shape at the sheet's top
 * (draft-header.ts). The PDF draws the diagonal watermark.
 */
export const DRAFT_HEADER = { sizePt: SIZE.xiaoer, color: '9A9A9A', fromTopMm: 15 } as const;
