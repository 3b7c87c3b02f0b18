/**
 * Font roles as Word run properties: the official face for East Asian text,
 * Times New Roman for Latin (style sheet OFFICIAL_FACES). Faces are named,
 * never embedded; the font table (font-table.ts) gives each its alternative.
 */
import type { IRunOptions } from 'docx';
import type { FontRole, Run } from '../../document/model';
import { BODY_SIZE_PT, OFFICIAL_FACES, RED } from '../../style/gbt9704';
import { halfPoints } from './units';

export function runFont(role: FontRole) {
  const face = OFFICIAL_FACES[role];
  return { ascii: face.latin, hAnsi: face.latin, cs: face.latin, eastAsia: face.name };
}

export interface TextStyle {
  role: FontRole;
  sizePt?: number;
  bold?: boolean;
  red?: boolean;
  /** Horizontal scale in percent (w:w), to condense a mark into the text block. */
  scale?: number;
}

/** Run properties for a style; the body defaults (仿宋 三号 black) are left to the document defaults. */
export function runStyle(style: TextStyle): IRunOptions {
  const size = style.sizePt ?? BODY_SIZE_PT;
  return {
    ...(style.role === 'fangsong' ? {} : { font: runFont(style.role) }),
    ...(size === BODY_SIZE_PT ? {} : { size: halfPoints(size) }),
    ...(style.bold ? { bold: true } : {}),
    ...(style.red ? { color: RED.hex } : {}),
    ...(style.scale !== undefined && style.scale < 100 ? { scale: style.scale } : {}),
  };
}

export const modelRunStyle = (run: Run, sizePt?: number): TextStyle => ({ role: run.font, bold: run.bold, red: run.color === 'red', sizePt });
