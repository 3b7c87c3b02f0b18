/**
 * YAML that parses but does not say what the clerk meant: a text starting
 * with {{ (a mapping to YAML, so {{contact}} became a key), and a # right
 * after a space inside a text (分机 #8: the rest of the line became a comment
 * and would silently not print).
 */
import { isCollection, isScalar, visit, type Document } from 'yaml';
import type { Problem } from './problem';
import type { SourceMap } from './source-map';

/** `- {{contact}}` unquoted: an error, found before the data is built (YAML would stringify a mapping key). */
export function bracesUnquoted(file: string, doc: Document, source: string, sourceMap: SourceMap): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key) || !pair.key.range) return;
      // The key is the inner { of {{: the text the clerk wrote starts at the outer one.
      let start = pair.key.range[0];
      while (start > 0 && source[start - 1] === '{') start--;
      const at = sourceMap.position(start);
      problems.push(bracesProblem(file, at.line, at.column, source.split('\n')[at.line - 1]));
    },
  });
  return problems;
}

const BRACES_AT_VALUE_START = /^(\s*(?:-\s+)*(?:[A-Za-z][\w-]*:\s+)?)\{\{/;

/** `text: {{theme}}，全年开展。` fails to parse at all: the same slip, said the same way, wherever YAML stumbled on that line. */
export function bracesOnLine(file: string, source: string, line: number): Problem | undefined {
  const text = source.split('\n')[line - 1] ?? '';
  const m = BRACES_AT_VALUE_START.exec(text);
  return m ? bracesProblem(file, line, m[1].length + 1, text) : undefined;
}

function bracesProblem(file: string, line: number, column: number, lineText: string): Problem {
  const written = lineText.slice(column - 1).trim();
  return {
    file, line, column, severity: 'error', code: 'yaml-braces-unquoted',
    message: '以“{{”开头的文字必须加引号，否则 YAML 把“{”读作键值对',
    english: 'a text starting with "{{" must be quoted',
    hint: `写成 "${written.replace(/"/g, '\\"')}"（两边加英文双引号）`,
  };
}

/** `0591-123 #分机8`: a comment glued to its # after a space in a text is most likely part of the text. */
export function hashInText(file: string, doc: Document, source: string, sourceMap: SourceMap): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || !node.comment || /^\s/.test(node.comment) || !node.range) return;
      const hash = source.indexOf('#', node.range[1]);
      if (hash < 0) return;
      const at = sourceMap.position(hash);
      problems.push({
        file, line: at.line, column: at.column, severity: 'warning', code: 'hash-in-text',
        message: `“#${node.comment}”被当作注释，不会印在公文中`,
        english: 'a " #" in a text starts a comment: the rest of the line is not printed',
        hint: '如果这是正文的一部分，请给整段文字加引号，或把“#”改为全角“＃”；如果是注释，请在“#”后空一格',
      });
    },
  });
  return problems;
}
