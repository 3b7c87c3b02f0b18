/**
 * The build server keeps the CLI's modules loaded between builds (src/server/kept-code.ts): a value a module keeps at
 * its top level and changes after it loads outlives the build that changed it, unless it is kept through perProcess
 * (src/startup/process-state.ts), which makes it anew for each build. This reads every module of src and finds such
 * values: each must be kept through perProcess or be listed below with the reason it may outlive a build. State a
 * closure made at load holds is not found; none on a build's way does (process-io.ts's writeTo is a one-shot
 * process's own output: the server gives each build an output of its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beginProcessRound, perProcess } from '../../src/startup/process-state';

const SRC = path.resolve(__dirname, '../../src');

/** `file: name` → why the value may outlive a build: nothing in it depends on what a build reads or is asked. */
const OUTLIVES_A_BUILD: Record<string, string> = {
  'campaign/validate.ts: compiled': "the campaign validator's code, the same for every build",
  'compose/chinese-words.ts: segmenter': "ICU's word segmenter; ICU is the process's (and in the server's key)",
  'compose/regulation.ts: values': 'the values of the Chinese numerals, the same for every build',
  'compose/template-sources.ts: dir': "the templates' folder, found from the code's own folder",
  'compose/templates.ts: templates': 'the precompiled templates, code the same for every build',
  'render/pdf/font-program.ts: lastMade': 'keyed by a font object, which each build opens anew (fonts/load.ts)',
  'render/pdf/typeset/segment.ts: flagsByChar': "each character's line-breaking classes, the same for every build",
  'render/pdf/typeset/setting-memo.ts: faceNumbers': 'keyed by a font object, which each build opens anew (fonts/load.ts)',
  'render/pdf/typeset/setting-memo.ts: nextFaceNumber': 'only keeps the numbers of faces apart; never written to an output',
  'render/pdf/flate-streams.ts: running': 'compressions in flight: back to none when a build has written its PDF',
  'render/pdf/flate-streams.ts: waiting': 'compressions in flight: back to none when a build has written its PDF',
  'startup/code-cache.ts: ownMark': "the running bundle's own mark; a server whose bundles change stops (src/server/server.ts)",
  'startup/code-cache.ts: uncached': "a one-shot process's start-up only (cacheBundles); the server compiles its bundles itself",
};

/** Methods that change the value they are called on. */
const CHANGING_METHODS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill']);

const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const unwrapped = (e: ts.Expression): ts.Expression => (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) ? unwrapped(e.expression) : e);

/** Whether the module `text` changes its value `name` after making it: a changing method, an assignment to it or into it, ++ or --. */
function changedLater(text: string, name: string): boolean {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  let changed = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && !ts.isVariableDeclaration(node.parent)) {
      // name, name.a.b, name[k]: the place that is read, called or assigned to
      let place: ts.Node = node;
      while ((ts.isPropertyAccessExpression(place.parent) || ts.isElementAccessExpression(place.parent)) && place.parent.expression === place) place = place.parent;
      const parent = place.parent;
      const method = ts.isPropertyAccessExpression(place) ? place.name.text : undefined;
      if (method && CHANGING_METHODS.has(method) && ts.isCallExpression(parent) && parent.expression === place) changed = true;
      if (ts.isBinaryExpression(parent) && parent.left === place && ASSIGNMENTS.has(parent.operatorToken.kind)) changed = true;
      if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken].includes(parent.operator)) changed = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed;
}

/** The top-level values of src that change after their module loads and are not kept through perProcess: `file: name`. */
function changingTopLevelValues(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = path.relative(SRC, file).split(path.sep).join('/');
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const isLet = (statement.declarationList.flags & ts.NodeFlags.Let) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const name = declaration.name.text;
        const init = declaration.initializer && unwrapped(declaration.initializer);
        const keptPerProcess = init && ts.isCallExpression(init) && init.expression.getText() === 'perProcess';
        const aValueMadeHere = init && (ts.isNewExpression(init) || ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init));
        const builtInConstant = init && ts.isNewExpression(init) && /^(RegExp|Intl\.\w+|TextEncoder|TextDecoder)$/.test(init.expression.getText());
        if (keptPerProcess || builtInConstant) continue;
        const aClassInstance = init && ts.isNewExpression(init) && !/^(Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.getText());
        if (isLet || aClassInstance || (aValueMadeHere && changedLater(text, name))) found.push(`${where}: ${name}`);
      }
    }
  }
  return found.sort();
}

test('every top-level value of src that changes after its module loads is kept through perProcess, or listed with its reason', () => {
  const found = changingTopLevelValues();
  // Listed here to read what is wrong: a new value in the first list, a stale entry of OUTLIVES_A_BUILD in the second.
  expect(found.filter((v) => !Object.hasOwn(OUTLIVES_A_BUILD, v))).toEqual([]);
  expect(Object.keys(OUTLIVES_A_BUILD).filter((v) => !found.includes(v))).toEqual([]);
});

test('the finder finds a top-level Map that is filled later, a let, and a class instance, and passes constants', () => {
  expect(changedLater('const opened = new Map();\nexport const f = (k) => opened.set(k, 1);', 'opened')).toBe(true);
  expect(changedLater('const list = [];\nexport const f = () => { list.push(1); };', 'list')).toBe(true);
  expect(changedLater('const box = {};\nexport const f = () => { box.x = 1; };', 'box')).toBe(true);
  expect(changedLater('const box = {};\nexport const f = () => { box["x"] = 1; };', 'box')).toBe(true);
  expect(changedLater("const SEEN = new Set(['a']);\nexport const f = (c) => SEEN.has(c);", 'SEEN')).toBe(false);
  expect(changedLater('const box = { x: 1 };\nexport const f = () => box.x === 2;', 'box')).toBe(false);
});

test('perProcess: one value within a process round, a new one in the next, shared by every copy of the module', () => {
  let made = 0;
  const kept = perProcess(() => ({ n: ++made }));
  const first = kept();
  expect(kept()).toBe(first);
  beginProcessRound();
  const second = kept();
  expect(second).not.toBe(first);
  expect(second.n).toBe(2);
  expect(kept()).toBe(second);
  // A second copy of the module (another bundle's) sees the same rounds: they are kept on the global object.
  jest.isolateModules(() => {
    const copy = require('../../src/startup/process-state') as typeof import('../../src/startup/process-state');
    const other = copy.perProcess(() => ({}));
    const before = other();
    copy.beginProcessRound();
    expect(other()).not.toBe(before);
    expect(kept()).not.toBe(second);
  });
});
