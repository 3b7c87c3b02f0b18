/**
 * Font roles as Word run properties: the official face for East Asian text,
 * Times New Roman for Latin (style sheet OFFICIAL_FACES). Faces are named,
 * never embedded; the font table (font-table.ts) gives each its alternative.
 */
import type { FontRole, Run } from '../../document/model';
import { BODY_SIZE_PT, OFFICIAL_FACES, RED } from '../../style/gbt9704';
import { halfPoints } from './units';
import { escapeXml } from '../xml-escape';
import { element, properties } from './xml';
import { withBreakHints } from './break-hints';

interface RunFonts {
  ascii: string;
  hAnsi: string;
  cs: string;
  eastAsia: string;
  hint?: string;
}

export function runFont(role: FontRole): RunFonts {
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

function sharedPunctuationFont(role: FontRole): RunFonts {
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

export interface RunProperties {
  font?: RunFonts;
  /** Half-points. */
  size?: number;
  bold?: boolean;
  color?: string;
  scale?: number;
}

/** Run properties for a style and the text it sets; the body defaults (仿宋 三号 black) are left to the document defaults. */
export function runStyle(style: TextStyle, text = ''): RunProperties {
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

/** w:rPr in the order CT_RPr gives it; none for body text. */
function runPropertiesXml(p: RunProperties): string {
  const f = p.font;
  let xml = f ? element('w:rFonts', { 'w:ascii': f.ascii, 'w:cs': f.cs, 'w:eastAsia': f.eastAsia, 'w:hAnsi': f.hAnsi, 'w:hint': f.hint }) : '';
  if (p.bold) xml += '<w:b/><w:bCs/>';
  if (p.color) xml += element('w:color', { 'w:val': p.color });
  if (p.scale !== undefined) xml += element('w:w', { 'w:val': p.scale });
  if (p.size !== undefined) xml += element('w:sz', { 'w:val': p.size }) + element('w:szCs', { 'w:val': p.size });
  return properties('w:rPr', xml);
}

/** A run (w:r) of `content` (text, tab, break, field, drawing) in `p`. */
export const run = (p: RunProperties, content: string) => `<w:r>${runPropertiesXml(p)}${content}</w:r>`;

/** Text (w:t, or w:delText in a deletion), its spaces kept, with the break hints office programs need (break-hints.ts). */
export const textElement = (text: string, name = 'w:t') => `<${name} xml:space="preserve">${escapeXml(withBreakHints(text))}</${name}>`;

const BODY_TEXT: TextStyle = { role: 'fangsong' };

/** A run of text in `style` (body text by default), after a tab when `tab`, on a new line when `lineBreak`. */
export const textRun = (text: string, style: TextStyle = BODY_TEXT, tab = false, lineBreak = false) =>
  run(runStyle(style, text), (lineBreak ? '<w:br/>' : '') + (tab ? '<w:tab/>' : '') + textElement(text));

export const modelRunStyle = (run: Run, sizePt?: number): TextStyle => ({ role: run.font, bold: run.bold, red: run.color === 'red', sizePt });
