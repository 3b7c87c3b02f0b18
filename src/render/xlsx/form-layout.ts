import { hash as sha256 } from 'fast-sha256';
import type { Campaign, FormAnnex, FormItem, FormRow } from '../../campaign/types';
import { annexLabels } from '../../compose/annex-labels';
import { bracketedUnit } from '../../compose/form-table';
import { normalizeText } from '../../compose/normalize-text';
import type { Annex, Document, ParagraphBlock, TableBlock, TableCell } from '../../document/model';
import { placeCells, type TableGrid } from './table-grid';

export type ItemType = NonNullable<FormItem['type']>;

export interface LaidOutItem {
  /** Stable across builds and years while the labels of its row stay the same. */
  id: string;
  type: ItemType;
  /** Text of the label cells covering the item's row, one per label column. */
  labels: string[];
  /** The labels as versions before 〔〕 around a bracketed unit printed them (台（件） in （）): the id is derived from these, and a return showing them is not edited. */
  formerLabels: string[];
}

/** What a return must match to be counted as a return of this form. */
export interface FormIdentity {
  campaign: string;
  issuer: string;
  year: number;
  annex: string;
  title: string;
  /** Hash of the item ids and types: changes whenever the rows do. */
  fingerprint: string;
}

export interface FormLayout {
  identity: FormIdentity;
  title: string;
  /** The filler line 填表单位：______（盖章） around its blank. */
  filler: { before: string; after: string };
  /** The form as the notice prints it (compose/form-table). */
  table: TableBlock;
  grid: TableGrid;
  /** Zero-based table column of the value cells. */
  valueColumn: number;
  /** One per body row of the table, in order. */
  items: LaidOutItem[];
  /** The campaign's date (YYYY-MM-DD), used for the workbook's dates. */
  date: string;
}

const isGroup = (row: FormRow): row is Exclude<FormRow, FormItem> => 'group' in row;
const leaves = (rows: FormRow[]): FormItem[] => rows.flatMap((r) => (isGroup(r) ? leaves(r.rows) : [r]));
/** SHA-256 in JavaScript: loading node:crypto for it took ~4 ms of a build writing a form. */
const hash = (text: string, length: number) => Buffer.from(sha256(Buffer.from(text, 'utf8'))).toString('hex').slice(0, length);

/** A form item without a type is a count when it has a unit, free text otherwise. */
export const itemType = (item: FormItem): ItemType => item.type ?? (item.unit ? 'count' : 'text');

/**
 * Every form annex of a campaign laid out exactly as `document`, the campaign composed from its own folder
 * (pipeline's documentFromFile), prints it.
 */
export function formLayouts(campaign: Campaign, document: Document): FormLayout[] {
  const composed = new Map(document.notice.annexes.map((a) => [a.label, a]));
  const labels = annexLabels(campaign.annexes ?? []);
  return (campaign.annexes ?? [])
    .filter((a): a is FormAnnex => a.kind === 'form')
    .map((annex) => {
      const printed = composed.get(labels.get(annex.id)!)!;
      const identity = { campaign: document.meta.title, issuer: campaign.issuers[0].name, year: campaign.year, annex: annex.id };
      return layoutForm(annex, printed, identity, document.meta.date);
    });
}

/** An item's label as it was printed before bracketedUnit: its unit always in （）, 检查计量器具（台（件））. */
function formerItemLabel(printed: string, item: FormItem): string {
  if (!item.unit) return printed;
  const unit = normalizeText(item.unit);
  const now = bracketedUnit(unit);
  return printed.endsWith(now) ? `${printed.slice(0, -now.length)}（${unit}）` : printed;
}

function layoutForm(annex: FormAnnex, printed: Annex, identity: Omit<FormIdentity, 'title' | 'fingerprint'>, date: string): FormLayout {
  if (printed.content.kind !== 'blocks') throw new Error(`form annex ${annex.id} was not composed as blocks`);
  const [fillerBlock, table] = printed.content.blocks as [ParagraphBlock, TableBlock];
  const grid = placeCells(table);
  const valueColumn = grid.width - 1;
  const formItems = leaves(annex.rows);
  const types = formItems.map(itemType);
  const bodyRows = grid.cover.slice(table.headerRows);
  if (bodyRows.length !== types.length) throw new Error(`form annex ${annex.id}: ${bodyRows.length} rows for ${types.length} items`);

  const seen = new Map<string, number>();
  const items = bodyRows.map((cover, i): LaidOutItem => {
    const itemCell = cover[valueColumn - 1];
    const former = (c: TableCell) => (c === itemCell ? formerItemLabel(c.text, formItems[i]) : c.text);
    const labels = cover.slice(0, valueColumn).map((c) => c.text);
    const path = [...new Set(cover.slice(0, valueColumn))].map(former).join('\u001f');
    const occurrence = (seen.get(path) ?? 0) + 1;
    seen.set(path, occurrence);
    const formerLabels = cover.slice(0, valueColumn).map(former);
    return { id: `q${hash(occurrence > 1 ? `${path}#${occurrence}` : path, 12)}`, type: types[i], labels, formerLabels };
  });
  const fingerprint = hash(items.map((i) => `${i.id}:${i.type}`).join('\n'), 16);
  const fillerText = fillerBlock.runs.map((r) => r.text).join('');
  // The unit's name goes in the first blank; a line with more (填表人：______　联系电话：______) keeps them in its text.
  const blank = /_{2,}/.exec(fillerText);
  const [before, after] = blank ? [fillerText.slice(0, blank.index), fillerText.slice(blank.index + blank[0].length)] : [fillerText, ''];
  // the workbook names the form on one line: its title row spans the sheet, and a sheet name cannot break
  const title = normalizeText(printed.title);
  return {
    identity: { ...identity, title, fingerprint },
    title,
    filler: { before, after },
    table,
    grid,
    valueColumn,
    items,
    date,
  };
}
