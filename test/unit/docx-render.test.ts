/**
 * The written DOCX, read back as XML: page geometry, grid, default and
 * heading faces, the header block's red mark and rule, footers with the PAGE
 * field, tables with merged cells, the colophon section, properties and
 * byte-for-byte determinism.
 */
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { HEADER, OFFICIAL_FACES, RED } from '../../src/style/gbt9704';
import { docxDocument, redlineDocument, shortDocument } from '../helpers/docx-fixtures';
import { attr, elements, openDocx, paragraphWith, runWith, textOf, type DocxParts } from '../helpers/docx-xml';

const TWIPS_PER_MM = 1440 / 25.4;

let full: DocxParts;
let fullBytes: Uint8Array;
let doc: Document;

beforeAll(async () => {
  doc = await docxDocument();
  fullBytes = await renderDocx(doc);
  full = await openDocx(fullBytes);
});

const documentXml = () => full.part('word/document.xml');
const sections = () => elements(documentXml(), 'w:sectPr').map((s) => s.body);

describe('page geometry (§5.2)', () => {
  test('every portrait section is A4 with 37 mm top and 28 mm left margins and a 156 × 225 mm text block', () => {
    const portrait = sections().filter((s) => attr(s, 'w:pgSz', 'w:orient') === 'portrait');
    expect(portrait.length).toBeGreaterThan(3);
    for (const s of portrait) {
      expect(attr(s, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(s, 'w:pgSz', 'w:h')).toBe('16838');
      const m = elements(s, 'w:pgMar')[0].attrs;
      expect(Math.abs(+m['w:top'] / TWIPS_PER_MM - 37)).toBeLessThan(0.05);
      expect(Math.abs(+m['w:left'] / TWIPS_PER_MM - 28)).toBeLessThan(0.05);
      expect(Math.abs((11906 - +m['w:left'] - +m['w:right']) / TWIPS_PER_MM - 156)).toBeLessThan(0.05);
      expect(Math.abs((16838 - +m['w:top'] - +m['w:bottom']) / TWIPS_PER_MM - 225)).toBeLessThan(0.05);
    }
  });

  test('the document grid is linesAndChars: 22 lines of exact pitch and 28 characters of 三号 fit the text block', () => {
    for (const s of sections()) {
      const g = elements(s, 'w:docGrid')[0].attrs;
      expect(g['w:type']).toBe('linesAndChars');
      const pitch = +g['w:linePitch'];
      expect(22 * pitch).toBeLessThanOrEqual(12756);
      expect(23 * pitch).toBeGreaterThan(12756);
      // Character pitch in points = 16 pt + charSpace/4096: 28 of them fill the 156 mm line.
      const charPitchTwips = (16 + +g['w:charSpace'] / 4096) * 20;
      expect(28 * charPitchTwips).toBeLessThanOrEqual(8844);
      expect(28 * charPitchTwips).toBeGreaterThan(8844 - 28 * 2);
    }
  });

  test('a table too wide for portrait gets a landscape section whose text block is the portrait one turned', () => {
    const landscape = sections().filter((s) => attr(s, 'w:pgSz', 'w:orient') === 'landscape');
    expect(landscape).toHaveLength(1);
    expect(attr(landscape[0], 'w:pgSz', 'w:w')).toBe('16838');
    const m = elements(landscape[0], 'w:pgMar')[0].attrs;
    expect(16838 - +m['w:left'] - +m['w:right']).toBe(12756);
    // The section holding the wide form is the landscape one.
    const body = documentXml();
    const formAt = body.indexOf('栏目14');
    const sectAfter = body.indexOf('<w:sectPr', formAt);
    expect(body.slice(sectAfter, body.indexOf('</w:sectPr>', sectAfter))).toContain('w:orient="landscape"');
    // The annex opens with the wide form: its label and title stand on the landscape page above it, as in the PDF.
    const labelAt = body.indexOf('>附件4<');
    expect(labelAt).toBeGreaterThan(0);
    expect(body.indexOf('<w:sectPr', labelAt)).toBe(sectAfter);
    expect(body.indexOf('>宽表与图片<', labelAt)).toBeLessThan(formAt);
  });
});

describe('styles and faces', () => {
  test('the default run is 三号 (32 half-points) 仿宋_GB2312 with Times New Roman, on an exact line', () => {
    const styles = full.part('word/styles.xml');
    const defaults = elements(styles, 'w:docDefaults')[0].body;
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(defaults, 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    expect(attr(defaults, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(defaults, 'w:spacing', 'w:line')).toBe(attr(sections()[0], 'w:docGrid', 'w:linePitch'));
  });

  test('the font table names each official face with its alternative; no font is embedded', () => {
    const fonts = elements(full.part('word/fontTable.xml'), 'w:font');
    for (const face of Object.values(OFFICIAL_FACES)) {
      const entry = fonts.find((f) => f.attrs['w:name'] === face.name);
      expect(entry).toBeDefined();
      expect(attr(entry!.body, 'w:altName', 'w:val')).toBe(face.alt);
    }
    expect(full.part('word/fontTable.xml')).not.toMatch(/embed/i);
    expect(full.names.filter((n) => /\.(odttf|ttf|otf)$/i.test(n) || n.startsWith('word/fonts/'))).toEqual([]);
  });

  test.each([
    ['一级标题', '黑体', false],
    ['二级标题', '楷体_GB2312', false],
    ['三级标题。', undefined, true],
    ['四级标题', undefined, false],
  ])('heading %s is set in %s (bold: %s)', (title, eastAsia, bold) => {
    const run = runWith(paragraphWith(documentXml(), title), title);
    expect(attr(run, 'w:rFonts', 'w:eastAsia')).toBe(eastAsia); // undefined: the default 仿宋
    expect(run.includes('<w:b/>')).toBe(bold);
  });

  test('a run-in heading continues in 仿宋 on the same line, indented two characters', () => {
    const p = paragraphWith(documentXml(), '三级标题后接正文');
    expect(attr(runWith(p, '三级标题后接正文'), 'w:rFonts', 'w:eastAsia')).toBeUndefined();
    expect(attr(runWith(p, '三级标题后接正文'), 'w:b', 'w:val')).toBeUndefined();
    expect(runWith(p, '三级标题后接正文')).not.toContain('<w:b/>');
    expect(Number(attr(p, 'w:ind', 'w:firstLine'))).toBeCloseTo((2 * 8844) / 28, -1);
  });

  test('the title is 二号 方正小标宋简体, centred, off the character grid', () => {
    const p = paragraphWith(documentXml(), '关于开展2023年福建省');
    expect(attr(p, 'w:jc', 'w:val')).toBe('center');
    expect(attr(p, 'w:pStyle', 'w:val')).toBe('OffGrid');
    expect(attr(full.part('word/styles.xml').split('w:styleId="OffGrid"')[1], 'w:snapToGrid', 'w:val')).toBe('0');
    const run = runWith(p, '关于开展');
    expect(attr(run, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(run, 'w:sz', 'w:val')).toBe('44');
  });
});

describe('office programs on the grid, and the outline', () => {
  test('headings are paragraphs of the styles heading 1–4, whose outline levels Word and WPS list in their navigation panes', () => {
    const styles = full.part('word/styles.xml');
    const styleOf = (id: string) => elements(styles, 'w:style').find((st) => st.attrs['w:styleId'] === id)!;
    const headings = elements(documentXml(), 'w:p').filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p.body));
    const read = headings.map((p) => {
      const style = styleOf(attr(p.body, 'w:pStyle', 'w:val'));
      return { text: textOf(p.body), name: attr(style.body, 'w:name', 'w:val'), outline: Number(attr(style.body, 'w:outlineLvl', 'w:val')) };
    });
    const expected = doc.notice.body.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, lead: b.number + b.title }] : []));
    expect([...new Set(expected.map((e) => e.level))].sort()).toEqual([1, 2, 3, 4]);
    for (const e of expected) {
      const h = read.find((r) => r.text.startsWith(e.lead))!;
      expect(h).toBeDefined();
      expect(h.name).toBe(`heading ${e.level}`);
      expect(h.outline).toBe(e.level - 1); // w:outlineLvl counts from 0
    }
  });

  test('paragraph defaults: kinsoku on, punctuation kept inside the grid, no automatic CJK/Latin or CJK/digit space', () => {
    const defaults = elements(full.part('word/styles.xml'), 'w:pPrDefault')[0].body;
    expect(defaults).toContain('<w:kinsoku/>');
    // Read by LibreOffice as "no hanging punctuation"; Word is held to the grid by doNotWrapTextWithPunct.
    expect(attr(defaults, 'w:overflowPunct', 'w:val')).toBe('1');
    expect(elements(full.part('word/settings.xml'), 'w:compat')[0].body).toContain('<w:doNotWrapTextWithPunct/>');
    expect(attr(defaults, 'w:autoSpaceDE', 'w:val')).toBe('0');
    expect(attr(defaults, 'w:autoSpaceDN', 'w:val')).toBe('0');
  });

  test('runs with “”‘’—…· carry the East Asian hint and the Chinese face in w:hAnsi; other runs keep Times New Roman', () => {
    const runs = elements(documentXml(), 'w:r').map((r) => r.body).filter((r) => textOf(r));
    const shared = runs.filter((r) => /[“”‘’—…·]/.test(textOf(r)));
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) {
      expect(attr(r, 'w:rFonts', 'w:hint')).toBe('eastAsia');
      expect(attr(r, 'w:rFonts', 'w:hAnsi')).toBe(attr(r, 'w:rFonts', 'w:eastAsia'));
      expect(Object.values(OFFICIAL_FACES).map((f) => f.name)).toContain(attr(r, 'w:rFonts', 'w:hAnsi'));
    }
    const plain = runs.filter((r) => !/[“”‘’—…·]/.test(textOf(r)) && r.includes('<w:rFonts'));
    expect(plain.length).toBeGreaterThan(0);
    for (const r of plain) expect(attr(r, 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
  });

  test('the theme names only the faces the document uses: no Calibri anywhere in the package', async () => {
    const theme = full.part('word/theme/theme1.xml');
    const faces = [...theme.matchAll(/typeface="([^"]*)"/g)].map((m) => m[1]);
    const ours = Object.values(OFFICIAL_FACES).flatMap((f) => [f.name, f.latin]);
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) expect(ours).toContain(f);
    expect(theme).not.toContain('<a:font script=');
    for (const part of ['word/theme/theme1.xml', 'word/styles.xml', 'word/document.xml', 'word/fontTable.xml']) expect(full.part(part)).not.toMatch(/Calibri|Cambria/);
  });
});

describe('header block (§7.2)', () => {
  /** Paragraphs of the body in order. */
  const paragraphs = (xml: string) => elements(xml, 'w:p').map((p) => p.body);
  const exactTwips = (p: string) => (attr(p, 'w:spacing', 'w:lineRule') === 'exact' ? Number(attr(p, 'w:spacing', 'w:line')) : NaN);

  test('a single issuer mark is red 方正小标宋简体, condensed to fit, its top 35 mm below the text block', async () => {
    const x = await openDocx(await renderDocx(shortDocument()));
    const all = paragraphs(x.part('word/document.xml'));
    const at = all.findIndex((p) => textOf(p) === '福建省质量强省工作领导小组办公室文件');
    const run = runWith(all[at], '文件');
    expect(attr(run, 'w:color', 'w:val')).toBe(RED.hex);
    expect(attr(run, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(run, 'w:sz', 'w:val')).toBe(String(HEADER.issuerMarkMaxPt * 2));
    const scale = Number(attr(run, 'w:w', 'w:val'));
    expect(18 * HEADER.issuerMarkMaxPt * (scale / 100)).toBeLessThanOrEqual(442.2); // 18 characters within 156 mm
    // Everything above the mark is exact-height lines adding up to 35 mm.
    const above = all.slice(0, at).reduce((h, p) => h + exactTwips(p), 0);
    expect(above / TWIPS_PER_MM).toBeCloseTo(HEADER.issuerMarkTopMm, 0);
  });

  test('the red rule is the document number paragraph’s bottom border, full width, 4 mm below the number', async () => {
    const x = await openDocx(await renderDocx(shortDocument()));
    const p = paragraphWith(x.part('word/document.xml'), '闽质强省办〔2023〕7号');
    const bottom = elements(p, 'w:bottom')[0].attrs;
    expect(bottom['w:color']).toBe(RED.hex);
    expect(bottom['w:val']).toBe('single');
    // The border's space counts from the bottom of the line box; the 三号 glyphs are centred in it.
    const glyphGapPt = (exactTwips(p) / 20 - 16) / 2;
    expect((glyphGapPt + Number(bottom['w:space'])) * (25.4 / 72)).toBeCloseTo(HEADER.ruleBelowNumberMm, 0);
    expect(Number(bottom['w:sz']) / 8 * (25.4 / 72)).toBeCloseTo(HEADER.ruleThicknessMm, 1);
    expect(p).not.toContain('<w:ind'); // as wide as the text block
    expect(attr(p, 'w:jc', 'w:val')).toBe('center');
  });

  test('a joint header sets the issuers row by row in a borderless table, with 文件 vertically centred on the right', () => {
    const table = elements(documentXml(), 'w:tbl').find((t) => textOf(t.body).includes('第一部门1'))!;
    expect(table).toBeDefined();
    const rows = elements(table.body, 'w:tr');
    const names = doc.notice.header!.issuers;
    const first = elements(rows[0].body, 'w:tc');
    const columns = first.length - 1;
    expect(columns).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(Math.ceil(names.length / columns));
    // Reading order: the campaign's, left to right, then down.
    expect(first.slice(0, columns).map((c) => textOf(c.body))).toEqual(names.slice(0, columns));
    expect(elements(rows[1].body, 'w:tc').slice(0, columns).map((c) => textOf(c.body))).toEqual(names.slice(columns, 2 * columns));
    const wenjian = first[columns].body;
    expect(textOf(wenjian)).toBe('文件');
    expect(attr(wenjian, 'w:vAlign', 'w:val')).toBe('center');
    expect(attr(wenjian, 'w:vMerge', 'w:val')).toBe('restart');
    for (const r of rows) expect(attr(r.body, 'w:trHeight', 'w:hRule')).toBe('exact');
    expect(attr(first[0].body, 'w:jc', 'w:val')).toBe('distribute');
    expect(attr(first[0].body, 'w:color', 'w:val')).toBe(RED.hex);
    expect(elements(table.body, 'w:tblBorders')[0].body).not.toMatch(/w:val="single"/);
  });
});

describe('page numbers (§7.5)', () => {
  test('odd and even footers are on in settings, and every numbered section has both', () => {
    expect(full.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    for (const s of sections()) {
      const types = elements(s, 'w:footerReference').map((f) => f.attrs['w:type']);
      expect(types).toEqual(expect.arrayContaining(['default', 'even']));
    }
  });

  test('odd pages: — PAGE — right-aligned one character in; even pages: left-aligned; 四号宋体', () => {
    const rels = full.part('word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    const first = elements(sections()[0], 'w:footerReference');
    const footer = (type: string) => full.part(`word/${target(first.find((f) => f.attrs['w:type'] === type)!.attrs['r:id'])}`);
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const xml = footer(type);
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(textOf(xml).replace(/\s/g, '')).toBe('——');
      expect(attr(xml, 'w:jc', 'w:val')).toBe(side);
      expect(Number(attr(xml, 'w:ind', `w:${side}`))).toBe(280);
      expect(attr(xml, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(xml, 'w:sz', 'w:val')).toBe('28');
    }
  });

  test('the footer line, one 四号 em high, has its middle (the dashes) 7 mm below the text block', () => {
    const m = elements(sections()[0], 'w:pgMar')[0].attrs;
    const rels = full.part('word/_rels/document.xml.rels');
    for (const ref of elements(sections()[0], 'w:footerReference')) {
      const xml = full.part(`word/${new RegExp(`Id="${ref.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`);
      const lineTopBelowBlock = +m['w:bottom'] - +m['w:footer'] - Number(attr(xml, 'w:spacing', 'w:after')) - Number(attr(xml, 'w:spacing', 'w:line'));
      expect(lineTopBelowBlock).toBe(Number(attr(xml, 'w:spacing', 'w:before')));
      expect((lineTopBelowBlock + (14 * 20) / 2) / TWIPS_PER_MM).toBeCloseTo(7, 1);
    }
  });

  test('the spaces above and below the number are the footer paragraph’s: the footer fills the band below the text block, no more (its body stays 225 mm tall)', () => {
    const m = elements(sections()[0], 'w:pgMar')[0].attrs;
    const rels = full.part('word/_rels/document.xml.rels');
    for (const ref of elements(sections()[0], 'w:footerReference')) {
      const xml = full.part(`word/${new RegExp(`Id="${ref.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`);
      const [before, line, after] = ['w:before', 'w:line', 'w:after'].map((a) => Number(attr(xml, 'w:spacing', a)));
      expect(attr(xml, 'w:spacing', 'w:lineRule')).toBe('exact');
      expect(line).toBe(14 * 20);
      expect(+m['w:footer'] + before + line + after).toBe(+m['w:bottom']);
    }
  });

  test('where our PDF sets the colophon below the text of an even last page, it floats at the foot of that page instead (fujian-2024)', async () => {
    const { document } = await documentFromFile(path.resolve(__dirname, '../../campaigns/examples/fujian-2024.yaml'));
    expect(await colophonPlace(document!)).toBe('foot');
    const xml = (await openDocx(await renderDocx(document!, { colophonPlace: 'foot' }))).part('word/document.xml');
    expect(elements(xml, 'w:sectPr').map((s) => attr(s.body, 'w:type', 'w:val'))).not.toContain('evenPage');
    const colophon = elements(xml, 'w:tbl').find((t) => textOf(t.body).includes('印发'))!;
    expect(attr(colophon.body, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
    expect(attr(colophon.body, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom');
    expect(attr(colophon.body, 'w:tblOverlap', 'w:val')).toBe('never');
  });

  test('a redline of that notice keeps its colophon in a section of its own (its annexes are marked section-wide)', async () => {
    const { document } = await documentFromFile(path.resolve(__dirname, '../../campaigns/examples/fujian-2024.yaml'));
    const redline = { ...document!, meta: { ...document!.meta, revision: { author: '审核人', date: '2024-08-20' } } };
    expect(await colophonPlace(redline)).toBe('after-blank');
  });

  test('where it does not and its place is not known (the fixture rendered so), the colophon section starts on an even page, bottom-aligned, with empty footers', async () => {
    expect(elements(documentXml(), 'w:tblpPr')).toEqual([]);
    const last = sections().at(-1)!;
    expect(attr(last, 'w:type', 'w:val')).toBe('evenPage');
    expect(attr(last, 'w:vAlign', 'w:val')).toBe('bottom');
    const rels = full.part('word/_rels/document.xml.rels');
    for (const ref of elements(last, 'w:footerReference')) {
      const target = new RegExp(`Id="${ref.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      expect(full.part(`word/${target}`)).not.toContain('PAGE');
    }
  });

  test('where our PDF sets it on the page right after the text (2021: 13 pages of text), that page is numbered (§7.5)', async () => {
    const { document: notice2021 } = await documentFromFile(path.resolve(__dirname, '../../campaigns/2021.yaml'));
    expect(await colophonPlace(notice2021!)).toBe('next-page');
    const docx = await openDocx(await renderDocx(notice2021!, { colophonPlace: 'next-page' }));
    const last = elements(docx.part('word/document.xml'), 'w:sectPr').at(-1)!.body;
    const rels = docx.part('word/_rels/document.xml.rels');
    const footers = elements(last, 'w:footerReference').map((ref) => docx.part(`word/${new RegExp(`Id="${ref.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toContain('PAGE');
    // On an even page all the same, at its foot as below text (the last colophon: a forwarded notice's stands in the flow).
    expect(attr(last, 'w:type', 'w:val')).toBe('evenPage');
    const colophon = elements(docx.part('word/document.xml'), 'w:tbl').filter((t) => textOf(t.body).includes('印发')).at(-1)!;
    expect(attr(colophon.body, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
    expect(attr(colophon.body, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom');
  });
});

describe('tables and closing parts', () => {
  test('merged cells become vMerge restart/continue and gridSpan; header rows repeat; the form fills the text block', () => {
    const form = elements(documentXml(), 'w:tbl').find((t) => textOf(t.body).includes('第1项活动'))!;
    const rows = elements(form.body, 'w:tr');
    expect(rows).toHaveLength(41);
    expect(rows[0].body).toContain('<w:tblHeader/>');
    expect(rows[1].body).not.toContain('<w:tblHeader/>');
    expect(attr(rows[0].body, 'w:gridSpan', 'w:val')).toBe('2');
    const merges = (r: number) => elements(rows[r].body, 'w:vMerge').map((v) => v.attrs['w:val']);
    expect(merges(1)).toEqual(['restart']);
    expect(merges(2)).toEqual(['continue']);
    // Every row covers the four grid columns.
    for (const row of rows) {
      const spans = elements(row.body, 'w:tc').map((c) => Number(attr(c.body, 'w:gridSpan', 'w:val') ?? 1));
      expect(spans.reduce((a, b) => a + b, 0)).toBe(4);
    }
    const widths = elements(form.body, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(textOf(rows[0].body)).toContain('序号');
    expect(attr(runWith(rows[0].body, '序号'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
  });

  test('the annex list hangs continuation lines under the first name; later entries start under it', () => {
    const first = paragraphWith(documentXml(), '附件：1.');
    const second = paragraphWith(documentXml(), '2.2023年“质量月”活动情况统计表'.slice(0, 2));
    const ind = (p: string) => elements(p, 'w:ind')[0].attrs;
    const nameStart = Number(ind(first)['w:left']);
    expect(Number(ind(second)['w:left'])).toBe(nameStart);
    expect(nameStart - Number(ind(first)['w:hanging'])).toBe(Math.round((2 * 8844) / 28));
    expect(nameStart - Number(ind(second)['w:hanging'])).toBe(Math.round((2 * 8844) / 28) + Math.round((3 * 8844) / 28));
    expect(first).toContain('<w:tab/>');
  });

  test('the seal floats in front of the text over the signature', () => {
    const p = paragraphWith(documentXml(), '福建省质量强省工作领导小组办公室');
    const anchors = elements(documentXml(), 'wp:anchor');
    expect(anchors).toHaveLength(1);
    expect(anchors[0].attrs['behindDoc']).toBe('0');
    expect(anchors[0].body).toContain('<wp:wrapNone/>');
    expect(p.length).toBeGreaterThan(0);
  });

  test('an external PDF annex gets a page saying it is attached separately', () => {
    expect(textOf(documentXml())).toContain('外部文件另附PDF文件：external.pdf');
  });

  test('the colophon is a full-width table with thick outer and thin inner rules', () => {
    const colophon = elements(documentXml(), 'w:tbl').find((t) => textOf(t.body).includes('抄送：国家市场监督管理总局'))!;
    const borders = elements(colophon.body, 'w:tblBorders')[0].body;
    const size = (side: string) => Number(elements(borders, `w:${side}`)[0].attrs['w:sz']);
    expect(size('top')).toBe(8); // 0.35 mm ≈ 1 pt
    expect(size('bottom')).toBe(8);
    expect(size('insideH')).toBe(6); // 0.25 mm ≈ 0.7 pt
    expect(textOf(colophon.body)).toContain('2023年9月1日印发');
    expect(Number(attr(colophon.body, 'w:tblW', 'w:w'))).toBe(8844);
  });
});

describe('package', () => {
  test('document properties come from doc.meta, dated by the notice', () => {
    const core = full.part('docProps/core.xml');
    expect(core).toContain('<dc:title>测试通知</dc:title>');
    expect(core).toContain('<dc:creator>福建省质量强省工作领导小组办公室</dc:creator>');
    expect(core).toContain('<dc:subject>质量月</dc:subject>');
    expect(core).toContain('<cp:keywords>质量月, 测试</cp:keywords>');
    expect(core).toMatch(/<dcterms:created[^>]*>2023-09-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2023-09-01T00:00:00Z<\/dcterms:modified>/);
  });

  test('the same Document gives byte-identical files, even after other renders in between', async () => {
    await renderDocx(shortDocument());
    const again = await renderDocx(doc);
    expect(Buffer.from(again).equals(Buffer.from(fullBytes))).toBe(true);
  });

  test('a redline carries tracked insertions and deletions by the reviser', async () => {
    const x = await openDocx(await renderDocx(redlineDocument()));
    const body = x.part('word/document.xml');
    const ins = elements(body, 'w:ins');
    const del = elements(body, 'w:del');
    expect(ins.map((i) => textOf(i.body))).toEqual(['质量强省']);
    expect(del.map((d) => textOf(d.body))).toEqual(['质量强国']);
    expect(ins[0].attrs['w:author']).toBe('审核人');
    expect(ins[0].attrs['w:date']).toBe('2023-08-20T00:00:00Z');
    expect(ins[0].attrs['w:id']).not.toBe(del[0].attrs['w:id']);
    expect(x.part('word/settings.xml')).toContain('<w:trackRevisions/>');
  });
});
