/** Paragraphs of styled text → grid lines in the flow. */
import type { Align } from '../../document/model';
import { BLOCK_LEFT, BLOCK_WIDTH, LINE_PITCH } from './geometry';
import type { StyledText, TextSetter } from './set-text';
import type { FlowItem } from './typeset/flow';
import type { SetLine } from './typeset/piece';

export interface ParagraphShape {
  /** Indent of the first line and of the following lines, in points. */
  firstIndent: number;
  restIndent: number;
  align: Align;
  /** Every line keeps with the next item (a heading without run-in text). */
  keep?: boolean;
  /** The text block the lines are set on: the upright one unless given (a turned page's). */
  frame?: Frame;
}

/** A text block's left edge and width, in points. */
export interface Frame {
  left: number;
  width: number;
}

const UPRIGHT: Frame = { left: BLOCK_LEFT, width: BLOCK_WIDTH };

/** Width of a set line's ink from its indent to its last piece. */
export const setWidth = (line: SetLine) => {
  const last = line.pieces[line.pieces.length - 1];
  return last ? last.x + last.width - line.indent : 0;
};

/** Where a line is shifted to for its alignment within `available`. */
export function alignShift(line: SetLine, align: Align, available = line.available): number {
  if (align === 'center') return (available - setWidth(line)) / 2;
  if (align === 'right') return available - setWidth(line);
  return 0;
}

/**
 * One grid line of already set text. Its glyphs are placed now and the set
 * line let go: a long notice holds every line until its pages are drawn, and
 * a line's pieces take ten times the memory of its glyphs.
 */
export function gridLine(setter: TextSetter, line: SetLine, texts: StyledText[], shift: number, keep = false, left = BLOCK_LEFT): FlowItem {
  const runs = setter.lineRuns(line, texts, left + shift);
  return {
    height: LINE_PITCH,
    onGrid: true,
    keepWithNext: keep,
    text: line.pieces.map((p) => p.piece.text).join(''),
    draw: (top) => setter.onBand(runs, { top, height: LINE_PITCH }),
  };
}

export const blankLine = (): FlowItem => ({ height: LINE_PITCH, onGrid: true, blank: true, draw: () => [] });

/** A paragraph of only full-width spaces: a line the clerk keeps blank (for handwriting), kept at a page's top too, as Word keeps it. */
const ONLY_IDEOGRAPHIC_SPACES = /^\u3000+$/;
const isKeptBlankLine = (texts: StyledText[]) => ONLY_IDEOGRAPHIC_SPACES.test(texts.map((t) => t.text).join(''));

export function paragraphLines(setter: TextSetter, texts: StyledText[], shape: ParagraphShape): FlowItem[] {
  const frame = shape.frame ?? UPRIGHT;
  const lineShape = (i: number) => {
    const indent = i === 0 ? shape.firstIndent : shape.restIndent;
    return { indent, available: frame.width - indent };
  };
  if (isKeptBlankLine(texts)) return [{ height: LINE_PITCH, onGrid: true, keepWithNext: shape.keep, draw: () => [] }];
  const justify = shape.align === 'justify';
  const items = (lines: SetLine[]): FlowItem[] =>
    lines.map((line, index) => ({
      ...gridLine(setter, line, texts, alignShift(line, shape.align), shape.keep, frame.left),
      paragraphLine: { index, count: lines.length },
    }));
  const lines = setter.setParagraph(texts, lineShape, justify);
  const set = items(lines);
  if (justify && set.length > 1 && lines.every((l) => !l.strained)) {
    // set when pagination first asks for it, which it may do again for another gap
    let asked = false;
    let longer: FlowItem[] | undefined;
    set[0].longer = () => {
      if (!asked) {
        const longerLines = setter.setParagraphLonger(texts, lineShape, set.length);
        longer = longerLines && items(longerLines);
        asked = true;
      }
      return longer;
    };
  }
  return set;
}

/** Title lines as arranged (src/arrange/title-lines.ts), each centred on the block. */
export function titleLines(setter: TextSetter, lines: string[], style: StyledText['style'], frame = UPRIGHT): FlowItem[] {
  return lines.map((text) => {
    const line = setter.setLine(text, style);
    return gridLine(setter, line, [{ text, style }], (frame.width - setWidth(line)) / 2, true, frame.left);
  });
}
