import type { Block, HeadingBlock, ParagraphBlock } from '../document/model';
import path from 'node:path';
import type { BodyNode, ImageNode, TableNode } from '../campaign/types';
import { headingNumber } from './numbering';
import { outlineDivisions, regulationBlock } from './regulation';
import { composeTable } from './table';

/** The deepest heading level: GB/T 9704's four (（1）) and the ① below them; lint reports anything deeper. */
export const MAX_HEADING_LEVEL = 5;

export type TextFn = (raw: string) => string;

export function paragraph(text: string, indent: ParagraphBlock['indent'] = 'first', align: ParagraphBlock['align'] = 'justify'): ParagraphBlock {
  return { type: 'paragraph', runs: [{ text, font: 'fangsong' }], indent, align };
}

export const isTable = (node: BodyNode): node is TableNode => typeof node === 'object' && 'table' in node;
export const isImage = (node: BodyNode): node is ImageNode => typeof node === 'object' && 'image' in node;
/** A table or a picture: an item that takes no heading number and holds no text of the body's own. */
export const isFigure = (node: BodyNode): node is TableNode | ImageNode => isTable(node) || isImage(node);

const ENDS_SENTENCE = /[。！？：；，.!?:;]$/;

/** Body nodes → blocks, numbering headings 一、（一）1.（1）① by depth; a table or picture takes no number. Pictures are found in `baseDir`. */
export function composeBody(nodes: BodyNode[], text: TextFn, baseDir: string, level = 1): Block[] {
  const blocks: Block[] = [];
  let counter = 0;
  const depth = Math.min(level, MAX_HEADING_LEVEL) as HeadingBlock['level'];
  for (const node of nodes) {
    if (typeof node === 'string') {
      const written = text(node);
      blocks.push(regulationBlock(written) ?? paragraph(written));
      continue;
    }
    if (isTable(node)) {
      blocks.push(composeTable(node.table, text));
      continue;
    }
    if (isImage(node)) {
      blocks.push({ type: 'image', path: path.resolve(baseDir, node.image.path), ...(node.image.caption ? { caption: text(node.image.caption) } : {}) });
      continue;
    }
    const number = headingNumber(depth, ++counter);
    if (node.heading !== undefined) {
      const title = text(node.heading);
      const heading: HeadingBlock = { type: 'heading', level: depth, number, title };
      if (node.text !== undefined) {
        heading.title = ENDS_SENTENCE.test(title) ? title : `${title}。`;
        heading.runIn = [{ text: text(node.text), font: 'fangsong' }];
      }
      blocks.push(heading);
    } else if (node.text !== undefined) {
      blocks.push(paragraph(number + text(node.text)));
    }
    if (node.body) blocks.push(...composeBody(node.body, text, baseDir, level + 1));
  }
  if (level === 1) outlineDivisions(blocks);
  return blocks;
}
