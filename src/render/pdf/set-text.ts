/**
 * Styled text → set lines → glyphs on the page. Joins the typesetter (which
 * knows only widths) to the fonts (which know advances and glyphs).
 */
import type { FontRole } from '../../document/model';
import type { GlyphFinder } from '../../fonts';
import type { Glyphs, Ink, TextOp, TextRun } from './draw-ops';
import { centredBaseline } from './geometry';
import { breakLines, type BreakOptions, type LineShape } from './typeset/break-lines';
import { PAIRED } from '../../style/kinsoku';
import type { PlacedPiece, SetLine } from './typeset/piece';
import { segment, type PieceMetrics } from './typeset/segment';
import type { Settings } from './typeset/setting-memo';

export interface TextStyle {
  role: FontRole;
  size: number;
  bold: boolean;
  ink: Ink;
  /** Width of one full-width character: the grid pitch for body text, the size otherwise. */
  cell: number;
}

export interface StrainedLine {
  /** The text of the paragraph and of the strained line. */
  paragraph: string;
  line: string;
  /**
   * `gap`: the page before the line ends two or more lines short, and no line could be moved to fill it;
   * `kept-split`: the line opens a page inside items kept together that fill more than a page.
   */
  kind: 'loose' | 'forced' | 'gap' | 'kept-split';
  /** The line is in a table cell (what fixes it is a wider column, not shorter text), or a `gap` comes before a table row. */
  inCell?: boolean;
}

export interface StyledText {
  text: string;
  style: TextStyle;
}

/** A band of the page a line of text is centred in. */
export interface Band {
  left: number;
  top: number;
  height: number;
}

export class TextSetter {
  /** Lines where a rule of line breaking or of pagination had to give way (a URL longer than a line…), for the build to warn about. */
  readonly strained: StrainedLine[] = [];

  /** `settings`: paragraphs set before, and where those this setter sets are kept (src/render/pdf/typeset/setting-memo.ts). */
  constructor(
    private readonly finder: GlyphFinder,
    private readonly settings?: Settings,
  ) {}

  /** Advance of one character in points. */
  advance(char: string, role: FontRole, size: number): number {
    const { font, gid } = this.finder.find(char, role);
    return (font.advance(gid) * size) / font.unitsPerEm;
  }

  ascentRatio(role: FontRole): number {
    const font = this.finder.font(role);
    return font.ascent / (font.ascent - font.descent);
  }

  private metrics(texts: StyledText[]): PieceMetrics {
    return {
      cell: (run) => texts[run].style.cell,
      latinWidth: (text, run) => [...text].reduce((w, ch) => w + this.advance(ch, texts[run].style.role, texts[run].style.size), 0),
    };
  }

  /** Natural width of text set in one style (full-width characters take a cell each). */
  width(text: string, style: TextStyle): number {
    const texts = [{ text, style }];
    return segment([text], this.metrics(texts)).reduce((w, p) => w + p.width, 0);
  }

  /**
   * A paragraph set line by line; its last line never holds one character
   * alone (孤字) where the lines before can give it a companion without being
   * letter-spaced (a typesetter's rule, kept for body text, headings, table
   * cells and the colophon alike).
   */
  setParagraph(texts: StyledText[], shape: (line: number) => LineShape, justify: boolean, inCell = false): SetLine[] {
    const lines = this.breakParagraph(texts, shape, justify, {});
    for (const l of lines) {
      if (l.strained) this.strained.push({ paragraph: texts.map((t) => t.text).join(''), line: l.pieces.map((p) => p.piece.text).join(''), kind: l.strained, ...(inCell ? { inCell } : {}) });
    }
    return lines;
  }

  /**
   * A justified paragraph set one line longer than `lines`, its best
   * setting, with no line looser than one character; undefined when there is
   * no such setting. Its last line avoids a character alone where it can, but
   * may hold one: run long to close a page gap, a paragraph may end 活|动。,
   * which a reader minds less than a page ending two lines short.
   */
  setParagraphLonger(texts: StyledText[], shape: (line: number) => LineShape, lines: number): SetLine[] | undefined {
    const longer = this.breakParagraph(texts, shape, true, { looseness: 1 });
    return longer.length === lines + 1 && longer.every((l) => !l.strained) ? longer : undefined;
  }

  private breakParagraph(texts: StyledText[], shape: (line: number) => LineShape, justify: boolean, options: Pick<BreakOptions, 'looseness'>): SetLine[] {
    const key = this.settings && this.settingKey(this.settings, texts, shape, justify, options.looseness ?? 0);
    const kept = key && this.settings?.get(key);
    if (kept) return kept;
    const metrics = this.metrics(texts);
    const pieces = segment(
      texts.map((t) => t.text),
      metrics,
    );
    const lines = breakLines(pieces, { shape, justify, metrics, avoidLoneLastChar: true, ...options });
    if (key) this.settings?.set(key, { lines, size: key.length });
    return lines;
  }

  /**
   * Everything a paragraph's setting depends on: the shapes of its first and
   * following lines, justification and looseness, and of each run its face,
   * size, cell and text (its length first, so that no text can pass for
   * another's end and the next run's start).
   */
  private settingKey(settings: Settings, texts: StyledText[], shape: (line: number) => LineShape, justify: boolean, looseness: number): string | undefined {
    const first = shape(0);
    const rest = shape(1);
    let key = `${first.indent} ${first.available} ${rest.indent} ${rest.available} ${justify} ${looseness}`;
    for (const { text, style } of texts) {
      const face = settings.faceTag(this.finder.font(style.role));
      if (face === undefined) return undefined;
      key += ` ${face} ${style.size} ${style.cell} ${text.length}:${text}`;
    }
    return key;
  }

  /** One line of text at its natural width (titles, names, dates). */
  setLine(text: string, style: TextStyle): SetLine {
    const [line] = this.setParagraph([{ text, style }], () => ({ indent: 0, available: Infinity }), false);
    return line ?? { pieces: [], final: true, indent: 0, available: 0 };
  }

  /** Glyphs of a set line, shifted by `dx`, centred vertically in `band`. */
  lineOps(line: SetLine, texts: StyledText[], band: Band, dx = 0): TextOp[] {
    return this.onBand(this.lineRuns(line, texts, band.left + dx), band);
  }

  /**
   * Glyphs of a set line starting at `left`, one run for each change of
   * style, placed across but not yet in a band (`onBand` does that): a line
   * of the flow keeps these, not its pieces, until its page is drawn.
   */
  lineRuns(line: SetLine, texts: StyledText[], left: number): TextRun[] {
    const runs: TextRun[] = [];
    const runTexts: string[][] = [];
    for (const placed of line.pieces) {
      const { style } = texts[placed.piece.run];
      let run = runs[runs.length - 1];
      if (!run || run.role !== style.role || run.size !== style.size || run.bold !== style.bold || run.ink !== style.ink) {
        run = { kind: 'text', role: style.role, size: style.size, bold: style.bold, ink: style.ink, glyphs: { text: '', x: [], scaleX: [], half: [] } };
        runs.push(run);
        runTexts.push([]);
      }
      this.placeGlyphs(placed, style, left, run.glyphs);
      runTexts[runTexts.length - 1].push(placed.piece.text);
    }
    runs.forEach((run, i) => (run.glyphs.text = runTexts[i].join('')));
    return runs;
  }

  /** Runs set in `band`, their em boxes centred in it; the glyphs are shared, not copied. */
  onBand(runs: TextRun[], band: Omit<Band, 'left'>): TextOp[] {
    return runs.map((run) => ({ ...run, baseline: centredBaseline(band.top, band.height, run.size, this.ascentRatio(run.role)) }));
  }

  /** Appends the glyphs of a placed piece to `glyphs`. */
  private placeGlyphs(placed: PlacedPiece, style: TextStyle, left: number, glyphs: Glyphs): void {
    const { piece } = placed;
    const chars = [...piece.text];
    const x0 = left + placed.x;
    const put = (x: number, scaleX = 1, half = false) => {
      glyphs.x.push(x);
      glyphs.scaleX.push(scaleX);
      glyphs.half.push(half);
    };
    if (piece.align === 'natural') {
      const advances = chars.map((ch) => this.advance(ch, style.role, style.size));
      const natural = advances.reduce((a, b) => a + b, 0);
      const spacing = chars.length > 1 ? Math.max(0, placed.width - natural) / (chars.length - 1) : 0;
      let x = x0;
      for (const advance of advances) {
        put(x);
        x += advance + spacing;
      }
      return;
    }
    const cellWidth = placed.width / chars.length;
    chars.forEach((char, i) => {
      const adv = this.advance(char, style.role, style.size);
      const cellX = x0 + i * cellWidth;
      if (PAIRED.has(char) && adv < cellWidth) put(cellX, cellWidth / adv);
      else if (piece.align === 'left') put(cellX, 1, cellWidth <= adv / 2 + 0.5);
      else put(cellX + (piece.align === 'right' ? cellWidth - adv : (cellWidth - adv) / 2));
    });
  }
}
