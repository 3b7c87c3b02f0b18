/**
 * Which characters a face can draw, and where a character it cannot draw is
 * taken from instead. Checked before layout, so nothing is ever drawn as an
 * empty box without being reported.
 */
import type { FontRole } from '../document/model';
import { FALLBACK_FACES } from './faces';
import { loadFont } from './load';
import type { ResolvedFonts } from './resolve';
import type { TrueTypeFont } from './truetype';

export interface MissingGlyph {
  char: string;
  role: FontRole;
  /** The role's face, which lacks the character. */
  face: string;
  /** The face that draws it instead; absent when no face has it. */
  fallbackFace?: string;
}

/** Characters that need no glyph: line breaks and other controls. */
const INVISIBLE = /[\u0000-\u001f\u007f]/u;

/** The distinct characters of `text` (in first-seen order) that the role's face lacks. */
export function missingCharacters(fonts: ResolvedFonts, role: FontRole, text: string): string[] {
  const font = loadFont(fonts[role].file, fonts[role].index);
  return [...new Set(text)].filter((ch) => !INVISIBLE.test(ch) && !font.has(ch.codePointAt(0)!));
}

export interface GlyphChoice {
  font: TrueTypeFont;
  faceName: string;
  gid: number;
}

/** Looks characters up in a role's face, falling back along FALLBACK_FACES and recording what was missing. */
export class GlyphFinder {
  readonly missing: MissingGlyph[] = [];
  /** Role → character → choice (nested, not keyed by role + character: no string is built per lookup). */
  private readonly cache = new Map<FontRole, Map<string, GlyphChoice>>();

  constructor(private readonly fonts: ResolvedFonts) {}

  /** Each role's face, looked up once: the typesetter asks for it for every run of every paragraph and line. */
  private readonly faces = new Map<FontRole, TrueTypeFont>();

  font(role: FontRole): TrueTypeFont {
    let face = this.faces.get(role);
    if (!face) this.faces.set(role, (face = loadFont(this.fonts[role].file, this.fonts[role].index)));
    return face;
  }

  find(char: string, role: FontRole): GlyphChoice {
    let inRole = this.cache.get(role);
    if (!inRole) this.cache.set(role, (inRole = new Map()));
    let choice = inRole.get(char);
    if (!choice) {
      choice = this.lookUp(char, role);
      inRole.set(char, choice);
    }
    return choice;
  }

  private lookUp(char: string, role: FontRole): GlyphChoice {
    const cp = char.codePointAt(0)!;
    const own = this.font(role);
    const gid = own.glyphId(cp);
    if (gid !== 0) return { font: own, faceName: this.fonts[role].face, gid };
    for (const fallback of FALLBACK_FACES) {
      const font = loadFont(fallback.file);
      const fgid = font.glyphId(cp);
      if (fgid !== 0) {
        this.missing.push({ char, role, face: this.fonts[role].face, fallbackFace: fallback.face });
        return { font, faceName: fallback.face, gid: fgid };
      }
    }
    this.missing.push({ char, role, face: this.fonts[role].face });
    return { font: own, faceName: this.fonts[role].face, gid: 0 };
  }
}
