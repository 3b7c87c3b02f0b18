export { FONT_ROLES } from './faces';
export { GlyphFinder, missingCharacters, type GlyphChoice, type MissingGlyph } from './coverage';
export { loadFont } from './load';
export { resolveFonts, resolveFontsWithWarnings, type FontWarning, type ResolvedFace, type ResolvedFonts, type ResolveOptions } from './resolve';
export { subsetFont, type FontSubset } from './subset';
export { sameFontSource, type FontSource } from './font-source';
export { TrueTypeFont } from './truetype';
