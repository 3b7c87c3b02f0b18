import { FONT_ROLES, resolveFontsWithWarnings } from '../fonts';
import { documentFromFile } from '../pipeline';
import { FORMATS } from '../render/formats';
import { COMMANDS, parseCommandArgs } from './commands';
import { glyphProblems } from './glyph-problems';
import { printFontWarnings, printProblems, summary, type Io } from './report';

const ROLE_LABELS = { xiaobiaosong: '小标宋（标题、发文机关标志）', fangsong: '仿宋（正文）', heiti: '黑体（一级标题、附件标识）', kaiti: '楷体（二级标题）', songti: '宋体（页码）' };

/** Per role: the face and file chosen and why; for each campaign, the characters a face lacks, where they are written. */
export async function fontsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.fonts.options, args);
  const { fonts, warnings } = resolveFontsWithWarnings({ fontDirs: values.fonts });
  printFontWarnings(warnings, io);
  for (const role of FONT_ROLES) {
    const f = fonts[role];
    io.out(`${ROLE_LABELS[role]}：${f.face}${f.substitute ? '（替代字体 substitute）' : ''}`);
    io.out(`    ${f.file}`);
    io.out(`    ${f.reason}`);
  }
  let code = 0;
  for (const file of positionals) {
    const result = await documentFromFile(file);
    if (!result.document) {
      printProblems(result.problems.filter((p) => p.severity === 'error'), io);
      code = 2;
      continue;
    }
    const rendered = await FORMATS.pdf.render(result.document, { fontDirs: values.fonts });
    const problems = glyphProblems(file, result.source ?? '', rendered.missingGlyphs ?? []);
    printProblems(problems, io);
    io.out(`${file}：${problems.length === 0 ? '所有字符都有字形 (every character has a glyph)' : summary(problems)}`);
    if (problems.some((p) => p.severity === 'error')) code = 2;
  }
  return code;
}
