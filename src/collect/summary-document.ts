import type { Campaign } from '../campaign/types';
import { paragraph } from '../compose/body';
import type { Document, TableBlock } from '../document/model';
import type { Collection } from './collect-returns';
import { summaryTable } from './summary-sheet';
import type { Total } from './totals';

const TOTAL_HEADER = '全省合计';

function totalText(total: Total | undefined, type: string): string {
  if (!total || total.kind === 'none') return '—';
  if (total.kind === 'yesno') return `是 ${total.yes}，否 ${total.no}`;
  return type === 'amount' ? total.sum.toFixed(2) : String(total.sum);
}

/** The form's labels with one column of province totals, filled in. */
function totalsTable({ layout, totals }: Collection): TableBlock {
  const table = summaryTable(layout.table, [TOTAL_HEADER]);
  return {
    ...table,
    rows: table.rows.map((cells, r) => {
      if (r < table.headerRows) return cells;
      const item = layout.items[r - table.headerRows];
      return [...cells.slice(0, -1), { ...cells.at(-1)!, blank: false, text: totalText(totals.get(item.id), item.type) }];
    }),
  };
}

/**
 * The summary as a notice-style document for the campaign's report formats
 * (DOCX, PDF): who reported, the province totals in the printed form's
 * layout, and who has not reported yet.
 */
export function summaryDocument(campaign: Campaign, collection: Collection): Document {
  const title = `${collection.layout.title}（汇总）`;
  const units = collection.counted.map((r) => r.unit);
  const body = [
    paragraph(`已报送单位${units.length}个：${units.join('、')}。`),
    totalsTable(collection),
    paragraph(collection.notReturned.length ? `未报送单位${collection.notReturned.length}个：${collection.notReturned.join('、')}。` : '主送单位均已报送。'),
  ];
  if (collection.collective.length) body.push(paragraph(`泛指多个单位、无法逐一核对的：${collection.collective.join('、')}。`));
  return {
    meta: { title, author: campaign.issuers[0].name, subject: title, keywords: campaign.keywords ?? [], date: collection.layout.date, draft: false },
    notice: { title, body, annexList: [], annexes: [] },
  };
}
