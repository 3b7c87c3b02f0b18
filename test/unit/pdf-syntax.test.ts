/**
 * Our PDF objects are written with exactly pdf-lib's bytes, value by value: the notices we write ourselves
 * must stay byte-identical to what pdf-lib wrote, and a notice with pictures or an attached PDF holds objects
 * of both. Each random value is built in pdf-lib as well and the two serialisations compared.
 */
import fc from 'fast-check';
import { PDFArray, PDFBool, PDFContext, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { dateLiteral, Hex, Literal, numberText, Ref, serialise, type PdfDict, type PdfValue } from '../../src/render/pdf/pdf-syntax';

const context = PDFContext.create();

/** The same value as pdf-lib's object. */
function theirs(value: PdfValue): PDFObject {
  if (typeof value === 'number') return PDFNumber.of(value);
  if (typeof value === 'string') return PDFName.of(value);
  if (typeof value === 'boolean') return value ? PDFBool.True : PDFBool.False;
  if (value === null) return PDFNull;
  if (value instanceof Ref) return PDFRef.of(value.number);
  if (value instanceof Literal) return PDFString.of(value.text);
  if (value instanceof Hex) return PDFHexString.fromText(hexTexts.get(value)!);
  if (Array.isArray(value)) {
    const array = PDFArray.withContext(context);
    value.forEach((v) => array.push(theirs(v)));
    return array;
  }
  const dict = PDFDict.withContext(context);
  for (const [key, v] of Object.entries(value)) if (v !== undefined) dict.set(PDFName.of(key), theirs(v));
  return dict;
}

const bytesOf = (object: PDFObject) => {
  const buffer = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(buffer, 0);
  return Buffer.from(buffer).toString('latin1');
};
const ours = (value: PdfValue) => Buffer.from(serialise(value), 'latin1').toString('latin1');

/** The text each Hex was made of (the Hex keeps only its digits). */
const hexTexts = new Map<Hex, string>();
const hex = (text: string) => {
  const h = new Hex(text);
  hexTexts.set(h, text);
  return h;
};

/** Names of any printable ASCII, delimiters and spaces among them, but no `#` (pdf-lib reads `#xx` in a name it is given as an escape). */
const nameArb = fc.string({ unit: fc.constantFrom(...' !"$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~\t'), minLength: 1, maxLength: 8 });
const numberArb = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(595.2755905511812, 0.12, -0, 1e-7, -1.5e-9, 1e21, -3.2e25, 1e300));
const valueArb: fc.Arbitrary<PdfValue> = fc.letrec<{ value: PdfValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    numberArb,
    nameArb,
    fc.boolean(),
    fc.constant(null),
    fc.nat({ max: 99999 }).map((n) => new Ref(n)),
    fc.string({ unit: fc.constantFrom(...'AZaz09 -:+.'), maxLength: 12 }).map((t) => new Literal(t)),
    fc.string({ unit: 'binary', maxLength: 6 }).map(hex),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,6}$/), tie('value'), { maxKeys: 4 }) as fc.Arbitrary<PdfDict>,
  ),
})).value;

test('every value is written with the bytes pdf-lib writes for it', () => {
  fc.assert(fc.property(valueArb, (value) => ours(value) === bytesOf(theirs(value))), { numRuns: 2000 });
});

test('numbers are never in exponent form, as pdf-lib writes them (tiny ones with its rounding)', () => {
  expect(numberText(1e-7)).toBe('0.00000009999999999999999');
  expect(numberText(1e21)).toBe('1000000000000000000000');
  expect(numberText(595.2755905511812)).toBe('595.2755905511812');
  fc.assert(fc.property(numberArb, (n) => !/e/.test(numberText(n)) && numberText(n) === bytesOf(PDFNumber.of(n))));
});

test('a dictionary leaves out undefined entries and keeps its keys in order; names escape delimiters', () => {
  expect(serialise({ Type: 'Page', Gone: undefined, Kids: [new Ref(3), null], Name: 'A B/C' })).toBe('<<\n/Type /Page\n/Kids [ 3 0 R null ]\n/Name /A#20B#2FC\n>>');
});

test('hex text is UTF-16BE with a byte-order mark, astral characters as surrogate pairs; dates are UTC', () => {
  expect(serialise(new Hex('公文𠀋'))).toBe('<FEFF516C6587D840DC0B>');
  expect(serialise(dateLiteral(new Date('2023-09-01T00:00:00Z')))).toBe('(D:20230901000000Z)');
  expect(bytesOf(PDFString.fromDate(new Date('2023-09-01T00:00:00Z')))).toBe('(D:20230901000000Z)');
});
