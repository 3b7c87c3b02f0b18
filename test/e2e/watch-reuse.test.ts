/**
 * Under `build --watch`, a save that changes nothing rendering reads takes the
 * last build's files over (issue 13: a warm rebuild); every change it reads
 * still shows up: an edited sentence in the PDF and the DOCX, a picture
 * replaced under the same name. Each build's outputs are written again either
 * way, so a deleted output comes back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annexNotice } from '../helpers/annex-notice';
import { tempDir } from '../helpers/cli';
import { openDocx, textOf } from '../helpers/docx-xml';
import { solidPng } from '../helpers/png';
import { readText } from '../helpers/pdf-poppler';
import { watchBuild } from '../helpers/watch';

interface Summary {
  outputs: { format: string; path: string; reused?: true }[];
}

/** Width × height of each picture in a PDF, as poppler lists them. */
const pictures = (pdf: string) =>
  execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/).slice(3, 5).join('×'));

test('a save that changes nothing is taken over; an edited sentence, a replaced picture and a comment are seen for what they are', async () => {
  const dir = tempDir('gongwen-watch-reuse-');
  const file = path.join(dir, 'notice.yaml');
  const out = path.join(dir, 'out');
  const pdf = path.join(out, 'notice.pdf');
  const docx = path.join(out, 'notice.docx');
  writeFileSync(path.join(dir, 'pic.png'), solidPng(60, 30, 2, [0, 0, 255]));
  const original = annexNotice('关于开展检查的通知', [{ id: 'pic', kind: 'image', title: '现场照片', path: 'pic.png' }]);
  writeFileSync(file, original);

  const { child, waitFor, printed, stdout } = watchBuild([file, '--format', 'docx,pdf', '--json', '--out', out], 60_000);
  /** Saves `yaml` (or leaves the file as it is) and returns the summary of the build that follows. */
  const build = async (change: () => void): Promise<Summary> => {
    const from = printed();
    const summaries = stdout().split(/^}$/m).length;
    change();
    await waitFor(/已重新生成（\d+ ms）/, from);
    const all = stdout().split(/^}$/m);
    expect(all.length).toBe(summaries + 1);
    return JSON.parse(`${all[all.length - 2]}}`) as Summary;
  };
  const reused = (s: Summary) => s.outputs.map((o) => `${o.format}:${!!o.reused}`);
  try {
    await waitFor(/正在监视/, 0);
    const first = readFileSync(pdf);
    expect(readText(pdf)).toContain('请按附件办理');

    // The same bytes saved again, the PDF deleted meanwhile: taken over, and written again.
    rmSync(pdf);
    expect(reused(await build(() => writeFileSync(file, original)))).toEqual(['docx:true', 'pdf:true']);
    expect(readFileSync(pdf)).toEqual(first);

    // A comment added: the campaign reads the same.
    expect(reused(await build(() => writeFileSync(file, `# 第二稿\n${original}`)))).toEqual(['docx:true', 'pdf:true']);

    // A sentence edited: rendered again, and both files say it.
    const edited = original.replace('请按附件办理。', '请按附件要求认真办理。');
    expect(reused(await build(() => writeFileSync(file, edited)))).toEqual(['docx:false', 'pdf:false']);
    expect(readText(pdf).replace(/\s/g, '')).toContain('请按附件要求认真办理');
    expect(textOf((await openDocx(readFileSync(docx))).part('word/document.xml'))).toContain('请按附件要求认真办理');

    // The picture replaced under the same name, the YAML saved unchanged: rendered again with the new picture.
    expect(pictures(pdf)).toEqual(['60×30']);
    writeFileSync(path.join(dir, 'pic.png'), solidPng(40, 80, 2, [255, 0, 0]));
    expect(reused(await build(() => writeFileSync(file, edited)))).toEqual(['docx:false', 'pdf:false']);
    expect(pictures(pdf)).toEqual(['40×80']);
    expect(existsSync(docx)).toBe(true);
  } finally {
    child.kill();
  }
});
