/**
 * The drawn glyphs, not only the text: every glyph of every embedded subset
 * must have exactly the outline and advance of the source font's glyph for
 * the character its ToUnicode entry names (PITFALLS: a broken subsetter draws
 * garbage while pdftotext still reads perfect text).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { resolveFonts } from '../../src/fonts';
import { renderPdf } from '../../src/render/pdf';
import { fullDocument } from '../helpers/pdf-fixtures';
import { embeddedFonts, loadPdf, type EmbeddedFontProgram } from '../helpers/pdf-streams';

let fonts: EmbeddedFontProgram[];
let file: string;

beforeAll(async () => {
  const { bytes } = await renderPdf(fullDocument());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-glyphs-'));
  file = path.join(dir, 'full.pdf');
  writeFileSync(file, bytes);
  fonts = embeddedFonts(await loadPdf(bytes));
});

function sourceFonts(): Map<string, fontkit.Font> {
  const byName = new Map<string, fontkit.Font>();
  for (const face of Object.values(resolveFonts())) {
    const font = fontkit.create(readFileSync(face.file)) as fontkit.Font;
    byName.set(font.postscriptName, font);
  }
  return byName;
}

test('every embedded glyph has the source outline and advance of its character', () => {
  const sources = sourceFonts();
  expect(fonts.length).toBeGreaterThanOrEqual(3);
  let compared = 0;
  for (const embedded of fonts) {
    const source = sources.get(embedded.baseFont.replace(/^[A-Z]{6}\+/, ''))!;
    expect(source).toBeDefined();
    const program = fontkit.create(embedded.program) as fontkit.Font;
    for (const [cid, text] of embedded.toUnicode) {
      const want = source.glyphForCodePoint(text.codePointAt(0)!);
      const got = program.getGlyph(embedded.glyphOf(cid));
      expect({ text, path: got.path.toSVG(), advance: got.advanceWidth }).toEqual({ text, path: want.path.toSVG(), advance: want.advanceWidth });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(300);
});

test('pages rasterise with ink when no system font can stand in (empty fontconfig)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fc-'));
  const conf = path.join(dir, 'fonts.conf');
  writeFileSync(conf, '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>');
  const pgm = execFileSync('pdftoppm', ['-f', '2', '-l', '2', '-r', '20', '-gray', file], {
    env: { ...process.env, FONTCONFIG_FILE: conf, FONTCONFIG_PATH: dir },
    maxBuffer: 16 << 20,
  });
  // P5 header: "P5\n<w> <h>\n255\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
  const pixels = pgm.subarray(header[0].length);
  const dark = pixels.filter((v) => v < 128).length;
  expect(dark / pixels.length).toBeGreaterThan(0.004);
});
