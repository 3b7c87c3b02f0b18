import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from '../../src/cli/output-error';
import { writeFilesAtomic } from '../../src/cli/write-atomic';
import { tempDir } from '../helpers/cli';

test('one set naming the same file twice is refused before anything is written', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'sub', 'a.txt');
  const refused = writeFilesAtomic([
    { path: path.join(dir, 'sub', 'b.txt'), data: 'b' },
    { path: file, data: '1' },
    { path: path.join(dir, 'sub', '..', 'sub', 'a.txt'), data: '2' },
  ]);
  await expect(refused).rejects.toThrow(new OutputError(file, '同一次生成要写两个同名文件', 'two outputs of one build have this name', '给其中一个活动文件改名，或分两次生成'));
  expect(readdirSync(dir)).toEqual([]);
});

test('a folder where a file should go: named, and the other files of the set are not written', async () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'x.pdf'));
  const refused = writeFilesAtomic([
    { path: path.join(dir, 'x.txt'), data: 'text' },
    { path: path.join(dir, 'x.pdf'), data: '%PDF-' },
  ]);
  await expect(refused).rejects.toThrow(`${path.join(dir, 'x.pdf')}  错误  已有一个同名的文件夹，未写出任何文件 (a folder of this name is in the way; nothing written)`);
  expect(readdirSync(dir)).toEqual(['x.pdf']);
});
