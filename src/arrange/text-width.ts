/**
 * Widths of text in em as the official faces set it, without a font file:
 * ideographs and full-width marks one em, ASCII (digits, Latin, set in Times
 * New Roman) half an em. Decisions made on these widths come out the same in
 * every renderer; where a line must fit, `fitEm` counts ASCII a little wider
 * so that no real face overflows it.
 */

/** ASCII's share of an em when checking that a line fits: Times New Roman and Noto digits run to 0.55 em. */
const ASCII_FIT_EM = 0.56;

const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;

export function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += isAscii(ch) ? 0.5 : 1;
  return em;
}

export function fitEm(text: string): number {
  let em = 0;
  for (const ch of text) em += isAscii(ch) ? ASCII_FIT_EM : 1;
  return em;
}
