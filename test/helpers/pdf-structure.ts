/**
 * A written PDF's file structure checked against its bytes: the cross-reference table and trailer, and each
 * stream's /Length. Viewers rebuild a broken table silently, so a fault here would otherwise go unseen.
 */
import { spawnSync } from 'node:child_process';

/** What is wrong with the file's structure; empty when it is sound. */
export function structureFaults(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const faults: string[] = [];
  const startxref = /startxref\n(\d+)\n%%EOF$/.exec(text);
  if (!startxref) return ['the file does not end in startxref N %%EOF'];
  const at = Number(startxref[1]);
  if (!text.startsWith('xref\n', at)) return [`startxref ${at} does not point at the xref table`];
  const trailerAt = text.indexOf('trailer\n', at);
  const table = text.slice(at + 5, trailerAt).split('\n').filter(Boolean);
  const inUse = new Map<number, number>();
  for (let i = 0; i < table.length; ) {
    const [first, count] = table[i++].split(' ').map(Number);
    for (let k = 0; k < count; k++, i++) {
      const m = /^(\d{10}) (\d{5}) ([nf]) $/.exec(table[i] ?? '');
      if (!m) faults.push(`xref entry ${first + k} is malformed: ${JSON.stringify(table[i])}`);
      else if (m[3] === 'n') inUse.set(first + k, Number(m[1]));
    }
  }
  for (const [number, offset] of inUse) {
    if (!text.startsWith(`${number} 0 obj\n`, offset)) faults.push(`xref entry ${number} points at ${offset}, not at its object`);
  }
  const objects = [...text.matchAll(/(?<=\n)(\d+) 0 obj\n/g)].map((m) => Number(m[1]));
  for (const number of objects) if (!inUse.has(number)) faults.push(`object ${number} is missing from the xref table`);
  const trailer = text.slice(trailerAt);
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  if (!(size > Math.max(...objects))) faults.push(`trailer /Size ${size} does not exceed the highest object number`);
  for (const key of ['Root', 'Info']) {
    const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(trailer);
    if (!ref || !inUse.has(Number(ref[1]))) faults.push(`trailer /${key} names no object in the file`);
  }
  for (const m of text.matchAll(/\/Length (\d+)\n>>\nstream\n/g)) {
    const start = m.index + m[0].length;
    if (!text.startsWith('\nendstream', start + Number(m[1]))) faults.push(`the stream at ${start} is not /Length ${m[1]} long`);
  }
  return faults;
}

/** What poppler says on stderr reading the file's info, fonts and text (it warns of a table it had to rebuild). */
export function popplerComplaints(file: string): string {
  return ['pdfinfo', 'pdffonts', 'pdftotext']
    .map((tool) => spawnSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8', maxBuffer: 64 << 20 }))
    .map((run) => run.stderr + (run.status === 0 ? '' : `exit ${run.status}`))
    .join('');
}
