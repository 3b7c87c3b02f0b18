import { SEVERITY_LABEL } from '../campaign/problem';
import type { Campaign } from '../campaign/types';
import { paragraph } from '../compose/body';
import type { Block, Document, HeadingBlock, TableBlock, TableCell } from '../document/model';
import type { LaidOutItem } from '../render/xlsx/form-layout';
import { fitsLandscape } from '../style/table-orientation';
import type { Collection } from './collect-returns';
import type { ReturnProblem } from './problem';
import { summaryTable } from './summary-sheet';
import type { Total } from './totals';

const TOTAL_HEADER = '合计';
const NONE = '—';

/** One column of the summary: its header and what it shows for each item. */
interface Column {
  header: string;
  value: (item: LaidOutItem) => string;
}

const number = (v: number, type: LaidOutItem['type']) => (type === 'amount' ? v.toFixed(2) : String(v));

function totalText(total: Total | undefined, type: LaidOutItem['type']): string {
  if (!total || total.kind === 'none') return NONE;
  if (total.kind === 'yesno') return `是 ${total.yes}，否 ${total.no}`;
  return number(total.sum, type);
}

function columns({ counted, totals }: Collection): Column[] {
  const unit = (values: Map<string, number | string>): Column['value'] => (item) => {
    const v = values.get(item.id);
    return v === undefined ? '' : typeof v === 'number' ? number(v, item.type) : v;
  };
  return [...counted.map((r) => ({ header: r.unit, value: unit(r.values) })), { header: TOTAL_HEADER, value: (item) => totalText(totals.get(item.id), item.type) }];
}

/** The form's labels with these columns, filled in. */
function valuesTable({ layout }: Collection, cols: Column[]): TableBlock {
  const table = summaryTable(layout.table, cols.map((c) => c.header));
  return {
    ...table,
    fontSize: 'small',
    rows: table.rows.map((cells, r) => {
      if (r < table.headerRows) return cells;
      const item = layout.items[r - table.headerRows];
      // Each row ends with the value columns (summaryTable): the labels before them stay as the form has them.
      const first = cells.length - cols.length;
      return cells.map((cell, c) => (c < first ? cell : { ...cell, blank: false, text: cols[c - first].value(item) }));
    }),
  };
}

/** As many unit columns per table as a landscape page holds; the labels repeat, the total closes the last one. */
function valuesTables(collection: Collection): TableBlock[] {
  const groups: Column[][] = [];
  for (const column of columns(collection)) {
    const last = groups.at(-1);
    if (last && fitsLandscape(valuesTable(collection, [...last, column]))) last.push(column);
    else groups.push([column]);
  }
  return groups.map((g) => valuesTable(collection, g));
}

const cell = (text: string, header = false): TableCell => ({ text, rowSpan: 1, colSpan: 1, align: header ? 'center' : 'left', header });

/** Every problem with its file and cell, what is wrong and what to do. */
function problemsTable(problems: ReturnProblem[]): TableBlock {
  const header = ['序号', '文件!单元格', '填表单位', '级别', '问题', '提示'].map((h) => cell(h, true));
  const rows = problems.map((p, i) => [String(i + 1), p.cell ? `${p.file}!${p.cell}` : p.file, p.unit ?? '', SEVERITY_LABEL[p.severity], p.message, p.hint].map((t) => cell(t)));
  return { type: 'table', columns: [2, 6, 4, 2, 7, 5], rows: [header, ...rows], headerRows: 1, fontSize: 'small' };
}

const heading = (n: string, title: string): HeadingBlock => ({ type: 'heading', level: 1, number: n, title });

/**
 * The summary as a notice-style document for the report formats (DOCX,
 * PDF): every unit's answers and the totals in the printed form's layout
 * (landscape pages where the columns need them), who has not reported, and
 * every problem with its file and cell, so that totals that left a value out
 * say so.
 */
export function summaryDocument(campaign: Campaign, collection: Collection): Document {
  const title = `${collection.layout.title}（汇总）`;
  const { counted, notReturned, collective, problems } = collection;
  const body: Block[] = [
    paragraph(`已报送单位${counted.length}个：${counted.map((r) => r.unit).join('、')}。`),
    heading('一、', '各单位填报情况及合计'),
    ...valuesTables(collection),
    heading('二、', '未报送单位'),
    paragraph(notReturned.length ? `${notReturned.length}个：${notReturned.join('、')}。` : '主送单位均已报送。'),
  ];
  if (collective.length) body.push(paragraph(`泛指多个单位、无法逐一核对的：${collective.join('、')}（可在活动文件的 addresseeUnits 中列出其包括的单位）。`));
  body.push(heading('三、', '问题清单'));
  if (problems.length) body.push(paragraph(`共${problems.length}个问题；有问题的数值未计入合计。`), problemsTable(problems));
  else body.push(paragraph('各报表均无问题。'));
  return {
    meta: { title, author: campaign.issuers[0].name, subject: title, keywords: campaign.keywords ?? [], date: collection.layout.date, draft: false },
    notice: { title, body, annexList: [], annexes: [] },
  };
}
