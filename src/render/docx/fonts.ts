/**
 * Font roles as Word run properties: the official face for East Asian text,
 * Times New Roman for Latin (style sheet OFFICIAL_FACES). Faces are named,
 * never embedded; the font table (font-table.ts) gives each its alternative.
 */
import { Tab, TextRun, type IRunOptions } from 'docx';
import type { FontRole, Run } from '../../document/model';
import { BODY_SIZE_PT, OFFICIAL_FACES, RED } from '../../style/gbt9704';
import { halfPoints } from './units';

export function runFont(role: FontRole) {
  const face = OFFICIAL_FACES[role];
  return { ascii: face.latin, hAnsi: face.latin, cs: face.latin, eastAsia: face.name };
}

/**
 * Characters Unicode shares between Chinese and Latin text. Word decides
 * their face from w:rFonts/@w:hint: without hint="eastAsia" it draws them
 * from the w:hAnsi face (Times New Roman: narrow “” and a short —); WPS
 * ignores the hint and always takes w:hAnsi; LibreOffice classifies them by
 * the paragraph's language (zh-CN → Asian face). Runs holding them carry the
 * hint and the Chinese face in w:hAnsi too, so all three draw them full width.
 */
const SHARED_WITH_LATIN = /[“”‘’—…·]/;

function sharedPunctuationFont(role: FontRole) {
  const face = OFFICIAL_FACES[role];
  return { ascii: face.latin, hAnsi: face.name, cs: face.latin, eastAsia: face.name, hint: 'eastAsia' };
}

export interface TextStyle {
  role: FontRole;
  sizePt?: number;
  bold?: boolean;
  red?: boolean;
  /** Horizontal scale in percent (w:w), to condense a mark into the text block. */
  scale?: number;
}

/** Run properties for a style and the text it sets; the body defaults (仿宋 三号 black) are left to the document defaults. */
export function runStyle(style: TextStyle, text = ''): IRunOptions {
  const size = style.sizePt ?? BODY_SIZE_PT;
  const font = SHARED_WITH_LATIN.test(text) ? sharedPunctuationFont(style.role) : style.role === 'fangsong' ? undefined : runFont(style.role);
  return {
    ...(font ? { font } : {}),
    ...(size === BODY_SIZE_PT ? {} : { size: halfPoints(size) }),
    ...(style.bold ? { bold: true } : {}),
    ...(style.red ? { color: RED.hex } : {}),
    ...(style.scale !== undefined && style.scale < 100 ? { scale: style.scale } : {}),
  };
}

const BODY_TEXT: TextStyle = { role: 'fangsong' };

/** A run of text in `style` (body text by default), after a tab when `tab`, on a new line when `lineBreak`. */
export const textRun = (text: string, style: TextStyle = BODY_TEXT, tab = false, lineBreak = false) =>
  new TextRun({ ...runStyle(style, text), ...(tab ? { children: [new Tab(), text] } : { text }), ...(lineBreak ? { break: 1 } : {}) });

export const modelRunStyle = (run: Run, sizePt?: number): TextStyle => ({ role: run.font, bold: run.bold, red: run.color === 'red', sizePt });
