/**
 * WordprocessingML written as text, the way the docx library wrote it (which
 * this renderer used to build on), so that the same Document still gives the
 * same bytes: attributes in the order given, none for undefined values, an
 * element with no content self-closed, text and attributes escaped by
 * escapeXml.
 */
import { escapeXml } from '../xml-escape';

export type Attributes = Record<string, string | number | boolean | undefined>;

export function attributes(values: Attributes): string {
  let out = '';
  for (const name in values) {
    const value = values[name];
    if (value !== undefined) out += ` ${name}="${typeof value === 'string' ? escapeXml(value) : value}"`;
  }
  return out;
}

/** `<name attributes>content</name>`, or `<name attributes/>` without content. */
export const element = (name: string, values: Attributes = {}, content = '') =>
  content ? `<${name}${attributes(values)}>${content}</${name}>` : `<${name}${attributes(values)}/>`;

/** A properties element (w:pPr, w:rPr, …) that is left out when it would be empty. */
export const properties = (name: string, content: string) => (content ? `<${name}>${content}</${name}>` : '');

/** A w:val element for a switch: `<w:b/>` when on, `<w:b w:val="false"/>` when off. */
export const onOff = (name: string, on: boolean) => element(name, on ? {} : { 'w:val': false });

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const STANDALONE_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
