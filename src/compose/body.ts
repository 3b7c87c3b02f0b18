import type { Block, HeadingBlock, ParagraphBlock } from '../document/model';
import type { BodyNode, TableNode } from '../campaign/types';
import { headingNumber } from './numbering';
import { composeTable } from './table';

/** The deepest heading level of GB/T 9704 (（1））; lint reports anything deeper. */
export const MAX_HEADING_LEVEL = 4;

export type TextFn = (raw: string) => string;

export function paragraph(text: string, indent: ParagraphBlock['indent'] = 'first', align: ParagraphBlock['align'] = 'justify'): ParagraphBlock {
  return { type: 'paragraph', runs: [{ text, font: 'fangsong' }], indent, align };
}

export const isTable = (node: BodyNode): node is TableNode => typeof node === 'object' && 'table' in node;

const ENDS_SENTENCE = /[。！？：；，.!?:;]$/;

/** Body nodes → blocks, numbering headings 一、（一）1.（1） by depth; a table takes no number. */
export function composeBody(nodes: BodyNode[], text: TextFn, level = 1): Block[] {
  const blocks: Block[] = [];
  let counter = 0;
  const depth = Math.min(level, MAX_HEADING_LEVEL) as HeadingBlock['level'];
  for (const node of nodes) {
    if (typeof node === 'string') {
      blocks.push(paragraph(text(node)));
      continue;
    }
    if (isTable(node)) {
      blocks.push(composeTable(node.table, text));
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
    if (node.body) blocks.push(...composeBody(node.body, text, level + 1));
  }
  return blocks;
}
