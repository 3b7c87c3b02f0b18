import type { Problem } from '../campaign/problem';
import type { Rendered } from '../render/formats';
import { positionAt } from './source-position';

/** The first place the longest stretch (of at least `least` characters) of `text` stands in `source` from `from` on. */
function longestStretch(source: string, text: string, from: number, least: number): { index: number; offset: number } | undefined {
  const chars = [...text];
  for (let length = chars.length; length >= Math.min(least, chars.length); length--) {
    for (let start = 0; start + length <= chars.length; start++) {
      const index = source.indexOf(chars.slice(start, start + length).join(''), from);
      if (index >= 0) return { index, offset: chars.slice(0, start).join('').length };
    }
  }
  return undefined;
}

/**
 * Where the clerk wrote a line: found inside its paragraph (or table cell), whose longest stretch is looked up
 * first (YAML may fold it), so that a short line (“（台”, “2026”) is not taken for the same characters written
 * earlier (year: 2026) or left at 1:1; the paragraph's place when the line itself is not found there.
 */
function whereWritten(source: string, line: string, paragraph: string): { line: number; column: number } {
  const written = longestStretch(source, paragraph, 0, 4);
  if (!written) return { line: 1, column: 1 };
  // Back to where the paragraph starts, give or take the line breaks and indents of a folded YAML string.
  const from = source.lastIndexOf('\n', Math.max(0, written.index - 2 * written.offset)) + 1;
  const inside = longestStretch(source, line, from, 2);
  const index = inside && inside.index < written.index + paragraph.length * 2 ? inside.index : written.index;
  return positionAt(source, index);
}

/** Whether the line stands in the generated 转发语 the paragraph opens with. */
function inSentence(sentence: string | undefined, s: NonNullable<Rendered['strainedLines']>[number]): boolean {
  if (!sentence || !s.paragraph?.startsWith(sentence)) return false;
  const at = s.paragraph.indexOf(s.line);
  return at >= 0 && at < sentence.length;
}

/**
 * A line of the generated 转发语 (现将《…》（文号）（以下简称…）转发给你们。) set loose or broken where no break is
 * allowed: the clerk cannot reword it in place, and rewording the text after it changes nothing before it. It is
 * reported at `forwards:` (what makes the sentence), naming forwardSentence, where the clerk words it instead.
 */
function generatedLine(s: NonNullable<Rendered['strainedLines']>[number]): [message: string, english: string, hint: string] {
  const forced = s.kind === 'forced';
  return [
    `PDF中“${s.line}”一行${forced ? '在不可断开处换行' : '排不满，字距被拉开超过一个字'}：这一行在自动生成的转发语“现将……转发给你们。”中，改写正文改变不了它`,
    `the PDF line "${s.line}" ${forced ? 'breaks where no break is allowed' : 'is letter-spaced by more than one character'}: it stands in the generated forwarding sentence (现将……转发给你们。), which no rewording of the text changes`,
    '在 forwardSentence 中自己写这句转发语，代替自动生成的一句：照录被转发通知的标题和文号，调整语序或增删几个字使这一行排满，如 forwardSentence: 现将市场监管总局等部门印发的《……》（国市监质发〔2025〕78号，见{{ref:附件id}}）转发给你们。',
  ];
}

/** Where `forwards:` gives its value: the field that makes a forwarding notice's 转发语. */
function forwardsAt(source: string): { line: number; column: number } {
  const m = /^forwards:[ \t]*/m.exec(source);
  return m ? positionAt(source, m.index + m[0].length) : { line: 1, column: 1 };
}

/**
 * A PDF line set against a rule of line breaking because nothing else fit
 * (a URL longer than a line, a date that cannot move), reported where it was
 * written: the PDF is still written, but never silently. `sentence`: the
 * generated 转发语, when the notice opens with one.
 */
export function layoutProblems(file: string, source: string, strained: NonNullable<Rendered['strainedLines']>, sentence?: string): Problem[] {
  const seen = new Set<string>();
  return strained.flatMap((s) => {
    // a line both set loose and opening the page after a gap is two faults, each with its own fix
    const key = `${s.kind} ${s.line}`;
    if (seen.has(key)) return [];
    seen.add(key);
    if ((s.kind === 'loose' || s.kind === 'forced') && inSentence(sentence, s)) {
      const [message, english, hint] = generatedLine(s);
      return [{ file, ...forwardsAt(source), severity: 'warning' as const, code: s.kind === 'loose' ? 'loose-line' : 'forced-break', message, english, hint }];
    }
    const where = whereWritten(source, s.line, s.paragraph ?? s.line);
    if (s.kind === 'gap' && s.inCell)
      return [{
        file, ...where, severity: 'warning' as const, code: 'page-gap',
        message: `PDF中表格的“${s.line}”一行前的一页页末空了两行以上：表头与其下第一行、合并单元格所跨的各行排在同一页，排不下时一起移到下一页`,
        english: `the PDF page before the table row "${s.line}" ends two or more lines short: a table's header goes with the row under it, and the rows a merged cell spans stay on one page, so together they moved to the next`,
        hint: '减少合并单元格所跨的行数（rowSpan），或在表格前增删文字',
      }];
    if (s.kind === 'gap')
      return [{
        file, ...where, severity: 'warning' as const, code: 'page-gap',
        message: `PDF中${s.line ? `“${s.line}”` : '下一页开头的图片等内容'}前的一页页末空了两行以上：一段的首行不单独留在页末、末行不单独排到下页，标题要与其后段落的前两行同页，前面没有一行能挪下来或多排一行补足`,
        english: `the PDF page before ${s.line ? `the line "${s.line}"` : 'what opens the next page (a picture)'} ends two or more lines short: a paragraph leaves neither its first line alone at a page's foot nor its last alone at the next page's head, a heading goes with the first two lines of its paragraph, and no line before it could move down or be set one line longer to fill the page`,
        hint: '在这一页的某一段增删几个字，使它多占或少占一行',
      }];
    if (s.kind === 'kept-split')
      return [{
        file, ...where, severity: 'warning' as const, code: 'kept-split',
        message: `PDF中“${s.line}”处分了页：它与前后须同页的内容（如落款的众多署名）合起来超过一页`,
        english: `the PDF breaks a page at the line "${s.line}" inside what must stay on one page (a signature of many names): together it is taller than a page`,
        hint: '缩短这部分内容（如减少或缩短落款的署名），使它能排进一页',
      }];
    return s.kind === 'forced'
      ? [{
          file, ...where, severity: 'warning' as const, code: 'forced-break',
          message: s.inCell ? `PDF表格中“${s.line}”一行在不可断开处换行（如规格型号、网址、日期）` : `PDF中“${s.line}”一行在不可断开处换行（如长网址、日期或发文字号）`,
          english: `the PDF line "${s.line}"${s.inCell ? ' in a table cell' : ''} breaks where no break is allowed: nothing else fits the ${s.inCell ? 'column' : 'line'}`,
          hint: s.inCell ? '把这一列加宽：在表格中写 widths，加大这一列的数（如 widths: [1, 4, 6, 2]）；或缩短格中文字' : '缩短该处文字，或把长网址放在单独一段',
        }]
      : [{
          file, ...where, severity: 'warning' as const, code: 'loose-line',
          message: `PDF中“${s.line}”一行排不满，字距被拉开超过一个字`,
          english: `the PDF line "${s.line}" is letter-spaced by more than one character: what follows it may not be split or may not start a line (a date, a document number, a closing mark), and no earlier line can make room`,
          hint: '在这一行或它之前增删一两个字，或调整语序，使这一行能排满',
        }];
  });
}
