/** A campaign is a few hundred lines; anything this large is not one. */
export const MAX_CAMPAIGN_BYTES = 1024 * 1024;
/** YAML aliases allowed when expanding the file (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 100;
/** An attached picture larger than this is not a notice's picture (a 300 dpi A4 scan is about 3 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Pixels a picture may have: a 600 dpi A4 scan (about 35 million) fits; decoding more would take seconds and gigabytes. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** An attached PDF larger than this is refused before it is parsed. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
