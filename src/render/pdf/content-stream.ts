/**
 * Draw ops → PDF content-stream operators. Every glyph is placed with its
 * own text matrix, so positions are exactly the typesetter's (pdf-lib's
 * text drawing cannot justify CJK text: Identity-H ignores word spacing).
 */
import type { FontRole } from '../../document/model';
import type { GlyphChoice } from '../../fonts';
import { PDF_RENDER, RED } from '../../style/gbt9704';
import type { DrawOp, ImageOp, Ink, LineOp, TextOp, WatermarkOp } from './draw-ops';
import { PAGE_HEIGHT } from './geometry';
import { TURN_MATRIX } from './turned-page';

/** Resource names the stream refers to, resolved by the writer. */
export interface StreamResources {
  glyph(char: string, role: FontRole): GlyphChoice;
  fontName(choice: GlyphChoice): string;
  /** Source glyph id → CID in the embedded subset (`half`: the CID of its half-width form). */
  cid(choice: GlyphChoice, half?: boolean): number;
  imageName(path: string): string;
  /** ExtGState for images pressed onto text (multiply blend). */
  pressedState: string;
  /** ExtGState making the draft watermark translucent. */
  watermarkState: string;
}

/** A number as content streams write it: at most three decimals, never in exponent form. */
export const n = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

function fill(ink: Ink): string {
  return ink === 'red' ? `${RED.cmyk.join(' ')} k` : '0 g';
}

function stroke(ink: Ink): string {
  return ink === 'red' ? `${RED.cmyk.join(' ')} K` : '0 G';
}

function text(op: TextOp, res: StreamResources): string[] {
  // The render mode is graphics state and outlives ET: bold is set inside q … Q so that it ends with its op.
  if (op.bold) return ['q', stroke(op.ink), `${n(op.size * PDF_RENDER.fauxBoldStrokeEm)} w`, '2 Tr', ...glyphs(op, res), 'Q'];
  return glyphs(op, res);
}

function glyphs(op: TextOp, res: StreamResources): string[] {
  const out = ['BT', fill(op.ink)];
  const y = n(PAGE_HEIGHT - op.baseline);
  let current: GlyphChoice['font'] | undefined;
  const { text, x, scaleX, half } = op.glyphs;
  let i = 0;
  for (const char of text) {
    const choice = res.glyph(char, op.role);
    if (choice.font !== current) {
      out.push(`/${res.fontName(choice)} ${n(op.size)} Tf`);
      current = choice.font;
    }
    out.push(`${n(scaleX[i])} 0 0 1 ${n(x[i])} ${y} Tm <${res.cid(choice, half[i]).toString(16).padStart(4, '0')}> Tj`);
    i++;
  }
  out.push('ET');
  return out;
}

function line(op: LineOp): string[] {
  const h = (y: number) => n(PAGE_HEIGHT - y);
  return ['q', stroke(op.ink), `${n(op.thickness)} w`, `${n(op.x1)} ${h(op.y1)} m ${n(op.x2)} ${h(op.y2)} l S`, 'Q'];
}

function image(op: ImageOp, res: StreamResources): string[] {
  const gs = op.pressed ? [`/${res.pressedState} gs`] : [];
  return ['q', ...gs, `${n(op.width)} 0 0 ${n(op.height)} ${n(op.x)} ${n(PAGE_HEIGHT - op.y - op.height)} cm`, `/${res.imageName(op.path)} Do`, 'Q'];
}

/** The watermark's text is laid out around the origin; the matrix turns it and moves it to its centre. */
function watermark(op: WatermarkOp, res: StreamResources): string[] {
  const a = (op.angleDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  const toCentre = `${n(c)} ${n(s)} ${n(-s)} ${n(c)} ${n(op.centreX)} ${n(PAGE_HEIGHT - op.centreY)} cm`;
  const shifted = { ...op.text, baseline: op.text.baseline + PAGE_HEIGHT };
  return ['q', `/${res.watermarkState} gs`, toCentre, ...text(shifted, res), 'Q'];
}

function draw(op: DrawOp, res: StreamResources): string[] {
  switch (op.kind) {
    case 'text':
      return text(op, res);
    case 'line':
      return line(op);
    case 'image':
      return image(op, res);
    case 'watermark':
      return watermark(op, res);
    case 'turned':
      return ['q', `${TURN_MATRIX.map(n).join(' ')} cm`, ...op.ops.flatMap((inner) => draw(inner, res)), 'Q'];
  }
}

export function contentStream(ops: DrawOp[], res: StreamResources): string {
  return ops.flatMap((op) => draw(op, res)).join('\n');
}
