/**
 * Digits typed in a Chinese input method's full-width mode (２０２６): YAML reads them as text, not as a number,
 * and a notice prints them a full character wide. Messages name them and give the half-width form.
 */

/** A run of full-width digits. */
export const FULL_WIDTH_DIGITS = /[０-９]+/;
/** Every run of full-width digits in a text, each reported at its own place. */
export const FULL_WIDTH_DIGITS_EVERYWHERE = /[０-９]+/g;

/** Full-width digits and the marks typed between them in a date or number (－ ／ ．) made half-width. */
export const halfWidthDigits = (text: string) => text.replace(/[０-９－／．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
