/** Which face each piece of text in a PDF is drawn in, and whether a face is the one a font role resolves to here. */
import { execFileSync } from 'node:child_process';
import type { FontRole } from '../../src/document/model';
import { resolveFonts } from '../../src/fonts';

/** pdftohtml's fontspecs: the face each piece of text on `page` is drawn in, without the subset prefix. */
export function facesOn(file: string, page: number): { text: string; face: string }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const faces = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="(?:[A-Z]{6}\+)?([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({ face: faces.get(m[1])!, text: m[2].replace(/<[^>]+>/g, '') }));
}

/** The faces each role resolves to on this machine. */
export const fonts = resolveFonts();

/** Whether a face in the PDF is the one `role` resolves to on this machine (Noto Sans SC Regular → NotoSansSC…). */
export const isFace = (face: string, role: FontRole) => fonts[role].face.replace(/\s+/g, '').startsWith(face.replace(/-.*$/, ''));
