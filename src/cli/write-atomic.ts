import fs from 'node:fs';
import path from 'node:path';
import { makeFolder } from './make-folder';
import { OutputError, outputError } from './output-error';

export interface FileToWrite {
  path: string;
  data: Uint8Array | string;
}

/** Our temporary and backup files: `.gongwen-PID-NAME.tmp|bak`, beside their target. */
const OURS = /^\.gongwen-(\d+)-.+\.(tmp|bak)$/;
const sideName = (target: string, kind: 'tmp' | 'bak') => path.join(path.dirname(target), `.gongwen-${process.pid}-${path.basename(target)}.${kind}`);

function alive(pid: number): boolean {
  if (pid === process.pid) return false; // a file of ours from before this process started: a killed build with our pid
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files a killed build left in `folder`; another build still running keeps its own. */
function removeStale(folder: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const ours = OURS.exec(name);
    if (ours && !alive(Number(ours[1]))) removeFile(path.join(folder, name));
  }
}

/**
 * Writes a set of files all or nothing. Each goes to a temporary name beside
 * its target; only when every one is complete are they renamed into place.
 * On any failure the temporary files are removed, files already renamed are
 * taken back (an older version put back from its backup link) and folders this
 * call made are removed: the folder is as it was. Throws an OutputError.
 * The calls are synchronous: a build writes a few files one after another, and
 * each asynchronous call would be a round trip through Node's thread pool, whose
 * first use starts four threads and waits for them (2023 --format pdf: 0.93× CPU
 * with the PDF's compression on the main thread too, see flate-streams.ts).
 */
export async function writeFilesAtomic(files: FileToWrite[]): Promise<void> {
  const targets = files.map((f) => path.resolve(f.path));
  const twice = targets.find((t, i) => targets.indexOf(t) !== i);
  if (twice) throw new OutputError(twice, '同一次生成要写两个同名文件', 'two outputs of one build have this name', '给其中一个活动文件改名，或分两次生成');
  const made: string[] = [];
  const temporary: string[] = [];
  const replaced: Replacement[] = [];
  let current = targets[0];
  try {
    for (const folder of new Set(targets.map((t) => path.dirname(t)))) {
      current = folder;
      made.push(...makeFolder(folder));
      removeStale(folder);
    }
    for (const [i, target] of targets.entries()) {
      current = target;
      temporary.push(sideName(target, 'tmp'));
      fs.writeFileSync(sideName(target, 'tmp'), files[i].data);
    }
    for (const target of targets) {
      current = target;
      if (quietly(() => fs.lstatSync(target))?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
    for (const target of targets) {
      current = target;
      // A hard link keeps the old version until every rename is done (where the disk allows links).
      const backup = quietly(() => {
        fs.linkSync(target, sideName(target, 'bak'));
        return sideName(target, 'bak');
      });
      const replacement: Replacement = { target, backup, done: false };
      replaced.push(replacement);
      fs.renameSync(sideName(target, 'tmp'), target);
      replacement.done = true;
    }
  } catch (e) {
    undo(temporary, replaced, made);
    throw e instanceof OutputError ? e : outputError(e, current);
  }
  for (const r of replaced) if (r.backup) removeFile(r.backup);
}

interface Replacement {
  target: string;
  /** A hard link to the version the rename replaces, when there was one. */
  backup?: string;
  done: boolean;
}

/** fs.rmSync(file, { force: true }) for a file, without loading the folder remover behind rmSync (~1 ms of a build). */
function removeFile(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** What `act` returns, or undefined when it throws. */
function quietly<T>(act: () => T): T | undefined {
  try {
    return act();
  } catch {
    return undefined;
  }
}

function undo(temporary: string[], replaced: Replacement[], made: string[]): void {
  for (const t of temporary) quietly(() => removeFile(t));
  for (const r of replaced) {
    if (r.done) quietly(() => (r.backup ? fs.renameSync(r.backup, r.target) : removeFile(r.target)));
    else if (r.backup) quietly(() => removeFile(r.backup!));
  }
  for (const dir of [...made].reverse()) quietly(() => fs.rmdirSync(dir));
}

/** One file, written through a temporary file and a rename, so a reader never sees half a file. */
export const writeFileAtomic = (file: string, data: Uint8Array | string) => writeFilesAtomic([{ path: file, data }]);
