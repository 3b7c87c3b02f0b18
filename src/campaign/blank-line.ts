/**
 * A paragraph of the body written as full-width spaces only (　) is a blank line kept on the grid: a clerk leaves
 * one for handwriting. The schema accepts it (and nothing emptier); the message for an empty paragraph says how.
 */

/** The pattern of a body paragraph: some text, or a full-width space. */
export const PARAGRAPH_PATTERN = '\\S|\\u3000';

/** What is wrong with a body paragraph left empty or written as half-width spaces, in English, and how to fix it. */
export const EMPTY_PARAGRAPH_ENGLISH = 'an empty paragraph: half-width spaces are dropped; a blank line is written as one full-width space';
export const EMPTY_PARAGRAPH_HINT = '这一项没有文字，请删去；要留一个空行（如供手写），这一项只写一个全角空格“　”（半角空格不算文字，会被去掉）';
