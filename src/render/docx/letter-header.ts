/**
 * The letter format 信函格式 (§10.1) as arranged (src/arrange/header.ts): the
 * issuer mark and both red double rules lie partly or wholly outside the text
 * block (30 mm from the page top, 20 mm from its foot), so they are frames
 * anchored to the page (w:framePr) that the text runs under; each line of a
 * double rule is an empty frame paragraph's top border. In the text,
 * exact-height spacers bring 份号, 密级 and 紧急程度 (flush left, one per line)
 * and the number (flush right, on a right tab at the block's edge) to the
 * PDF's place under the first rule, and the text on to its grid row.
 */
import type { DoubleRule, HeaderArrangement, LetterArrangement } from '../../arrange';
import type { Header as HeaderModel } from '../../document/model';
import { BODY_SIZE_PT, PAGE, RED } from '../../style/gbt9704';
import { textRun, type TextStyle } from './fonts';
import { aligned, OFF_GRID_STYLE, paragraph, type Frame, type Paragraph } from './paragraphs';
import { exactLine } from './styles';
import { borderEighths, LINE_PITCH, mmToTwip, ptToTwip, TEXT_WIDTH, TWIPS_PER_PT } from './units';

const PERCENT = 100;
/**
 * A frame at `leftMm`, `topMm` from the page's top-left corner, `widthMm` wide and exactly `heightTwips` high,
 * wrapping none (paragraphs.ts). The mark's frame reaches below the top margin, over the first lines of the text
 * block. LibreOffice 25.2 pushes the text down by the frame's height for through, around and notBeside, and leaves it
 * in place for none (measured in test/e2e/letter-format). Word reads none as "text on the next line clear of the
 * frame" (ECMA-376 ST_Wrap): unchecked.
 */
const frame = (leftMm: number, topMm: number, widthMm: number, heightTwips: number): Frame => ({
  x: mmToTwip(leftMm),
  y: mmToTwip(topMm),
  width: mmToTwip(widthMm),
  height: heightTwips,
});

/** Block millimetres (from the text block's top-left) to page millimetres. */
const pageX = (mm: number) => PAGE.marginLeftMm + mm;
const pageY = (mm: number) => PAGE.marginTopMm + mm;

function ruleFrames(r: DoubleRule): Paragraph[] {
  return r.lines.map((l) => {
    const thickness = borderEighths(l.thicknessMm);
    return paragraph([], {
      ...OFF_GRID_STYLE,
      frame: frame(pageX(r.leftMm), pageY(r.topMm + l.offsetMm), r.lengthMm, TWIPS_PER_PT),
      spacing: exactLine(TWIPS_PER_PT),
      border: { top: { style: 'single', size: thickness, color: RED.hex, space: 0 } },
    });
  });
}

/** The mark and the two double rules: frames anchored to the page, which the text runs under. */
function pageFrames(a: HeaderArrangement, letter: LetterArrangement): Paragraph[] {
  const m = a.mark;
  const style: TextStyle = { role: 'xiaobiaosong', sizePt: m.sizePt, red: true, scale: Math.floor(m.scale * PERCENT) };
  const mark = aligned([textRun(m.rows[0][0], style)], 'center', {
    ...OFF_GRID_STYLE,
    frame: frame(PAGE.marginLeftMm, pageY(m.topMm), PAGE.textWidthMm, ptToTwip(m.sizePt)),
    spacing: exactLine(ptToTwip(m.sizePt)),
  });
  return [mark, ...ruleFrames(letter.topRule), ...ruleFrames(letter.bottomRule)];
}

/** The lines under the first rule, in the text: `y` twips already stand above; fills to the flow row when `toFlowRow`. */
export function letterLines(header: HeaderModel, a: HeaderArrangement, letter: LetterArrangement, y: number, toFlowRow: boolean): Paragraph[] {
  const out: Paragraph[] = pageFrames(a, letter);
  const fill = (to: number) => {
    if (to > y) out.push(paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(to - y) }));
    y = Math.max(y, to);
  };
  const left = [
    { text: header.copyNumber, style: { role: 'fangsong' } as TextStyle },
    { text: header.classification, style: { role: 'heiti' } as TextStyle },
    { text: header.urgency, style: { role: 'heiti' } as TextStyle },
  ].filter((l) => l.text);
  const count = Math.max(left.length, header.documentNumber ? 1 : 0);
  // Each line is a grid line's height with the glyphs centred in it, as the PDF centres them.
  fill(mmToTwip(letter.linesTopMm) - Math.round((LINE_PITCH - ptToTwip(BODY_SIZE_PT)) / 2));
  for (let i = 0; i < count; i++) {
    const number = i === 0 && header.documentNumber ? [textRun(header.documentNumber, undefined, true)] : [];
    const text = left[i] ? [textRun(left[i].text!, left[i].style)] : [];
    out.push(aligned([...text, ...number], 'left', { ...OFF_GRID_STYLE, tabStops: [{ type: 'right', position: TEXT_WIDTH }], spacing: exactLine(LINE_PITCH) }));
    y += LINE_PITCH;
  }
  if (toFlowRow) fill(a.flowRow * LINE_PITCH);
  return out;
}
