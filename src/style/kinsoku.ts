/**
 * The rules of Chinese line breaking and punctuation width the PDF
 * typesetter (src/render/pdf/typeset) and the title breaks (src/arrange)
 * obey, each with its source. GB/T 15834-2011 《标点符号用法》 §5.1 says
 * where each mark may stand; W3C "Requirements for Chinese Text Layout"
 * (clreq, https://www.w3.org/TR/clreq/) says how a typesetter keeps to it.
 *
 * | rule | what it means here | source |
 * |---|---|---|
 * | 行首禁则 | ，。、；：？！ closing quotes and brackets, % never start a line; nor a ～ connector or a × | GB/T 15834 §5.1; clreq "Prohibition rules for line start and line end"; JLREQ cl-03 (the wave dash 〜 never starts a line) |
 * | 行尾禁则 | opening quotes and brackets never end a line | GB/T 15834 §5.1; clreq, same section |
 * | 分离禁则 | —— and …… are one two-cell unit, never split | GB/T 15834 §5.1 (破折号、省略号 "不能中间断开"); clreq "Prohibition rules for unbreakable marks" |
 * | 分离禁则 | a range 2011—2020 keeps its connector with both numbers | GB/T 15834 §4.13 (连接号); clreq "Prohibition rules for unbreakable marks" |
 * | 分离禁则 | a range of clock times 9:00—11:30 keeps its connector with the first time and may break after it, as Word, WPS and LibreOffice do: kept whole, the 会议时间 line of a meeting notice is letter-spaced by five characters | JLREQ §3.1.7 and cl-03 (hyphens and wave dashes never start a line, a break may follow them); GB/T 15834 §4.13 (连接号 in time ranges) |
 * | 分离禁则 | numbers, and a number with its unit (2023年, 147号, 5%), are not broken; nor are a document number 〔2025〕68号 or a date 2024年9月6日 | clreq "Prohibition rules for unbreakable marks" (numerals); GB/T 9704 §7.2.4 (发文字号), §7.3.5 (成文日期) |
 * | 分离禁则 | a document number quoted in text keeps its 机关代字 with its 〔year〕 (（国市监质〔2021〕51号）, not 国市监质｜〔2021〕51号) where that costs no letter-spaced line (in a ragged annex list, no line left more than about seven cells short); else it breaks before the 〔 rather than inside the 代字 | GB/T 9704 §7.2.4 (发文字号: 代字、年份、序号 as one designation); a hand-setter's practice, priced like an address's joints (西文断行) rather than forbidden: forbidden, it letter-spaced lines of 2013's and 2023's openings |
 * | 分离禁则 | a standard's code keeps its number (GB｜42295—2022, GB/T｜19000, ISO｜9001 are not split at their space or slash) and its number its year (GB 42295—｜2022) where that costs no letter-spaced line; else it breaks there rather than letter-space, the connector staying with the number (never GB 42295｜—2022): a standard's year is no range, and kept whole as one it letter-spaced the first line of fujian-letter-2025's opening | GB/T 1.1-2020 (标准编号: 标准代号、顺序号和年代号 make one designation); a hand-setter's practice, priced like a document number's 代字; JLREQ cl-03 (a connector never starts a line) |
 * | 分离禁则 | a unit of measure in brackets （万元） （人次） 〔台（件）〕 is one word: a narrow table header cell breaks before it, not inside it, where the cell holds it | clreq "Prohibition rules for unbreakable marks" (a unit with what it measures); GB/T 15834 §5.1 (brackets cling to what they enclose) |
 * | 分离禁则 | a year with its 年 (2017年, the 2016年 of 2016年度) is a date to the year and stays whole like any date, even where the line before it must then be spaced out: that line is reported, for the clerk to reword (2017's "…报告和｜2017年质量提升项目") | GB/T 9704 §7.3.5 (dates written whole, year in full); clreq "Prohibition rules for unbreakable marks" (numerals) |
 * | 西文断行 | a URL or e-mail address stays whole where it can without a letter-spaced line; else it breaks after @ or a slash, before a dot , - _ ~ ? # %, or on either side of = &, so that a dot or a hyphen of the address never ends a line (it starts the next) | The Chicago Manual of Style, 15th ed., §6.17 (a dot of an address goes to the next line, never ends one), §7.44 (break after @ or a slash), §17.11 (before . , - _ ~ ? # %, either side of = &; a hyphen of the address never ends a line); clreq "Line breaking of Western text" (break at the natural joints, no hyphenation) |
 * | 西文断行 | a phone or fax number breaks after its hyphen; a long digit run (11-digit mobile number 3-4-4, else groups of four); another Latin word (GB/T, COVID-19) after / or - | clreq "Line breaking of Western text" (hyphenation is not used; break at the natural joints) |
 * | 西文断行 | a size written with × (1220mm×2440mm×15mm) breaks after a ×, which ends the line and never starts one; never inside a number with its unit (2440mm) | UAX #14 (× is class AI, read as ID in East Asian text: a break opportunity; its operand stays whole); clreq "Line breaking of Western text" (break at the natural joints); a ～ range keeps its connector (分离禁则 above) |
 * | 中西文间距 | where Chinese meets Latin text the space is adjustable up to half a cell, and takes a justified line's slack before any Chinese character does, so the characters stay on the grid; a seam inside a run kept whole (2025年, 43854—2024) takes only what the seams around it leave over, so the run stays solid | clreq "Handling of grid alignment in Chinese and Western mixed text composition" item 1 (flexible space up to 1/2 em) |
 * | 西文词间 | a space between two Latin words (GB/T 19000, ISO 9000) widens first, up to half a cell; no space is ever added between the letters or digits of one word | JLREQ §3.8.4 "Procedures for inter-character space expansion" (a) (JIS X 4051: the Western word space first, up to half an em); clreq "Handling Western text in Chinese text using proportional Western fonts" item 3 (no even spreading inside Western words or numerals) |
 * | 标点挤压 | half a cell of a mark is squeezed out where two marks stand together (。” ，“ ）（); a lone pause or stop mark or closing bracket or quote mid-line (，、。：；）》”) gives up its blank right half only when that pulls onto the line what would otherwise leave it letter-spaced (推入), a few marks at most and at a price, so most lines keep every character on the grid columns | clreq "Punctuation Width Adjustment" (consecutive punctuation; 推入 at the line end); JLREQ §3.8.3 "Reduction of inter-character space" (line adjustment by reduction: the half-em blanks of commas, full stops and brackets) |
 * | 孤字 | a paragraph's last line (body text, a heading, a table cell, the 抄送 list) never holds one character alone, with at most its closing marks (况。), where the lines before can give it a companion without a letter-spaced line; the one exception is a paragraph the paginator runs one line long to close a page gap, whose only such setting ends so (a page two lines short is the worse fault) | a hand-setter's practice, not a rule of GB/T 15834 or clreq (Word does not follow it); as Antenna House Formatter's axf:avoid-widow-words with its CJK punctuation not counted (axf:avoid-widow-words-cjk-punctuation) |
 * | 行尾挤压 | a closing mark (，。、）” …) ending a line may be set in half its cell, its blank right half dropped, when that keeps what follows it on the line instead of letter-spacing the line; the PDF draws it with a half-width advance so its box ends at the block's edge | clreq "Punctuation Width Adjustment" (行尾点号 set half-width at the end of a line) |
 */

/** May not start a line: closing brackets and quotes, pause and stop marks, a ～ connector and the × of a size. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』〕】〉”’…·%‰,.;:?!)]}～×']);
/** May not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（《「『〔【〈“‘([{']);

/** Glyph sits in the left half of its cell: the right half may be squeezed out. */
const SITS_LEFT = new Set([...'，。、；：？！）》」』〕】〉”’']);
/** Glyph sits in the right half of its cell: the left half may be squeezed out. */
const SITS_RIGHT = new Set([...'（《「『〔【〈“‘']);

/** Marks that are set as a pair and never split: —— and ……. */
export const PAIRED = new Set([...'—…']);

export const cannotStartLine = (ch: string) => NO_LINE_START.has(ch);
export const cannotEndLine = (ch: string) => NO_LINE_END.has(ch);

export type CellAlign = 'left' | 'right' | 'center';

export function cellAlign(ch: string): CellAlign {
  if (SITS_LEFT.has(ch)) return 'left';
  if (SITS_RIGHT.has(ch)) return 'right';
  return 'center';
}

const isMark = (ch: string | undefined) => ch !== undefined && (SITS_LEFT.has(ch) || SITS_RIGHT.has(ch));

/**
 * Half of a mark's cell that may be squeezed out, given the characters
 * beside it (标点挤压): only where two marks stand together, and only one of
 * the two (the left one's blank right half, else the right one's blank left
 * half).
 */
export function squeezableHalf(before: string | undefined, ch: string, after: string | undefined): boolean {
  if (SITS_LEFT.has(ch) && isMark(after)) return true;
  return SITS_RIGHT.has(ch) && isMark(before) && !SITS_LEFT.has(before!);
}

/**
 * A pause or stop mark or a closing bracket or quote (，。、：；）》”) that stands alone (no mark beside it) and may
 * give up the blank right half of its cell when its line must take more (推入): its glyph stays whole, drawn with
 * half its advance as at a line's end. Not ？！, whose blank half is part of how they read; not an opening mark,
 * whose glyph sits in the right half of its cell and would then overlap the character before it in the PDF's text.
 */
export function compressibleHalf(before: string | undefined, ch: string, after: string | undefined): boolean {
  return SITS_LEFT.has(ch) && !'？！'.includes(ch) && !isMark(before) && !isMark(after);
}

/**
 * Characters set one per grid cell: CJK ideographs, kana, full-width forms, CJK punctuation, and the enclosed
 * numerals ① ⑴ ⒈ (a fifth-level heading's ①), which Chinese fonts draw a cell wide: read as Latin, ① took a
 * Chinese–Latin seam (① 抽查覆盖).
 */
export function isFullWidth(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x2e80 && cp <= 0x9fff) || // radicals, CJK symbols and punctuation, kana, ideographs, ext. A
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    '“”‘’—…·'.includes(ch)
  );
}

/**
 * Units that make a number one value, a date, a time, a serial or a share (2023年, 147号, 9时30分, 5%): a body
 * line never breaks before them, even when the line must then be letter-spaced.
 */
const VALUE_UNITS = '年月日号时分秒%‰％';
/**
 * Every counter a number binds to (12项, 30家, 第3届 …): a title (src/arrange/title-lines.ts) keeps them all with
 * their number, since it chooses among word seams by shape and loses nothing by it. Body text keeps only
 * VALUE_UNITS whole, on purpose: 30|家 at a line end reads like any break between two characters, and binding every
 * counter would take break places from justified lines on the grid (tried: it moves the line breaks of nine of
 * the campaigns and examples here, for no rule of GB/T 15834 or clreq).
 */
export const COUNTERS = `${VALUE_UNITS}个项届次期批轮家名人位条款章节天周岁元件份篇场所万亿`;

/** A unit of measure a table header or a form item names in brackets: 万元, 人次, 台, %. */
const MEASURE = '[万亿千百]?(?:元|个|家|人次|人|台|件|套|项|次|户|所|座|辆|批|吨|千克|公斤|克|米|平方米|立方米|公里|升|千瓦时|小时|天|日|月|年|岁|%|％|‰)';

/**
 * A standard's code and the space after it (GB , GB/T , JJF , ISO , DB35/T ): a code of two to five capitals, a
 * region's two digits, /T or /Z. Not inside a longer Latin word.
 */
const STANDARD_CODE_SOURCE = String.raw`(?<![A-Za-z0-9])[A-Z]{2,5}(?:\d{2})?(?:\/[TZ])? `;

/**
 * Runs a line never breaks inside (分离禁则), matched on the paragraph's
 * text: a document number's year and serial, dates, a number with its unit,
 * a range with its connector, a unit in brackets （万元） （人/次） 〔台（件）〕,
 * a standard's number with the connector before its year (43854—).
 */
export const UNBREAKABLE_RUNS: RegExp[] = [
  new RegExp(`[（〔]${MEASURE}(?:[/、]${MEASURE}|（${MEASURE}）)?[）〕]`, 'gu'),
  /〔\d{4}〕\d+号/gu,
  /\d{4}年\d{1,2}月(?:\d{1,2}日)?/gu,
  /\d{1,2}月\d{1,2}日/gu,
  new RegExp(`\\d+(?:\\.\\d+)?[${VALUE_UNITS}]`, 'gu'),
  // not between clock times (9:00—11:30): those keep only the connector with the first time; not a standard's
  // number and year (GB 43854—2024), which is no range
  new RegExp(String.raw`(?<![\d:])(?<!${STANDARD_CODE_SOURCE})\d+[年月日号]?[—–～~]{1,2}\d+(?!\d*:)`, 'gu'),
  new RegExp(String.raw`(?<=${STANDARD_CODE_SOURCE})\d+(?:\.\d+)*[—–]`, 'gu'),
  /\d{1,2}:\d{2}[—–～~]{1,2}(?=\d{1,2}:\d{2})/gu,
];
/** A standard's code with the first digit of its number (GB 4, GB/T 1, JJF 1, ISO 9, DB35/T 1). */
const STANDARD_CODE = new RegExp(`${STANDARD_CODE_SOURCE}\\d`, 'gu');
/** A standard's number with the first digit of its year (GB 43854—2): its year, after the connector. */
export const STANDARD_YEAR = new RegExp(String.raw`(?<=${STANDARD_CODE_SOURCE}\d+(?:\.\d+)*)[—–]\d`, 'gu');
/**
 * Runs a line is kept from breaking inside where that costs no letter-spaced line (the typesetter prices a break
 * there, src/render/pdf/typeset/break-lines.ts): a document number's 机关代字 with the 〔 of its year
 * (国市监质〔2021〕51号; UNBREAKABLE_RUNS keep the 〔2021〕51号). The 代字 is the run of ideographs just before the 〔, up
 * to six of them (闽质强省办, 国市监质发): punctuation, brackets and quotes end it, and of a longer run
 * (按照国市监质…) only the last six are taken. And a standard's code with its number (GB 42295—2022).
 */
export const KEPT_RUNS: RegExp[] = [/[\u3400-\u9fff]{1,6}〔(?=\d{4}〕\d+号)/gu, STANDARD_CODE, STANDARD_YEAR];
/** A document number: its 机关代字 (as KEPT_RUNS takes it) and its 〔year〕 with the serial (a title never breaks inside one: src/arrange/title-lines.ts). */
export const DOCUMENT_NUMBER = /([\u3400-\u9fff]{0,6})(〔\d{4}〕\d+号)/gu;
/** What every run above and in KEPT_RUNS holds, a digit or an opening bracket: a text without one has none of them (the typesetter tests this first). */
export const IN_EVERY_UNBREAKABLE_RUN = /[\d（〔]/;

/** The dotted forms of an address, tried only on a word with a dot: compiling this pattern (letters of every script, either case) takes a build ~2 ms. */
const DOTTED_ADDRESS = /^www\.|\p{L}\.\p{L}/iu;
/** A URL or an e-mail address: an @, a scheme's ://, www., or a dot between letters (qq.com, t2023_1.html). */
export const isAddress = (word: string) => /@|:\/\//.test(word) || (word.includes('.') && DOTTED_ADDRESS.test(word));

/** Marks of an address a line may start with (the break goes before them), and those it may break on either side of. */
const ADDRESS_BREAK_BEFORE = '.,-_~?#%';
const ADDRESS_BREAK_AROUND = '=&';

/** Joints of an address (Chicago, see the table): offsets k where chars[k] may start a line. */
function addressBreakPoints(chars: string[]): number[] {
  const points: number[] = [];
  for (let k = 1; k < chars.length; k++) {
    const [before, at] = [chars[k - 1], chars[k]];
    const after = before === '@' || (before === '/' && at !== '/');
    if (after || ADDRESS_BREAK_BEFORE.includes(at) || ADDRESS_BREAK_AROUND.includes(at) || ADDRESS_BREAK_AROUND.includes(before)) points.push(k);
  }
  // a line starts with some of the address's letters or digits, not with its last mark alone
  return points.filter((k) => chars.slice(k).some((ch) => /[\p{L}\p{N}]/u.test(ch)) && !ADDRESS_BREAK_BEFORE.includes(chars[k - 1]));
}

/** The multiplication sign of a size (1220mm×2440mm): a line may break after it, before the next dimension. */
export const TIMES = '\u00d7';
export const breaksAfterTimes = (ch: string, next: string | undefined) => ch === TIMES && next !== undefined && /[\p{L}\p{N}]/u.test(next);

/**
 * Where a Latin word (a run of letters, digits and ASCII marks) may be
 * broken, as offsets at which a new line may start: an address at its joints
 * (above); another word after / or - when more follows, and inside long digit
 * runs (3-4-4 for a mobile number, otherwise groups of four, never leaving
 * fewer than three digits), and after the × of a size.
 */
export function latinBreakPoints(word: string): number[] {
  const chars = [...word];
  if (isAddress(word)) return addressBreakPoints(chars);
  const points = new Set<number>();
  chars.forEach((ch, i) => {
    if (i > 0 && i < chars.length - 1 && '/-'.includes(ch) && /[\p{L}\p{N}]/u.test(chars[i + 1])) points.add(i + 1);
    if (i > 0 && breaksAfterTimes(ch, chars[i + 1])) points.add(i + 1);
  });
  for (const m of word.matchAll(/\d{7,}/g)) {
    const digits = m[0];
    const cuts = /^1\d{10}$/.test(digits) ? [3, 7] : Array.from({ length: Math.floor((digits.length - 3) / 4) }, (_, k) => 4 * (k + 1));
    for (const c of cuts) points.add(m.index + c);
  }
  return [...points].sort((a, b) => a - b);
}
