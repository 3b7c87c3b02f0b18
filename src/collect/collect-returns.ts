import type { Campaign } from '../campaign/types';
import type { FormLayout } from '../render/xlsx/form-layout';
import { addresseeNames, isCollective, unitKey } from './addressees';
import { returnProblem, type ReturnProblem } from './problem';
import { readReturn } from './read-return';
import { itemTotal, type Total } from './totals';

export interface CountedReturn {
  /** The addressee's name when the filled-in name matches one, else the name as filled in. */
  unit: string;
  file: string;
  values: Map<string, number | string>;
  cells: Map<string, string>;
}

export interface Collection {
  layout: FormLayout;
  /** Returns counted in the totals, in the order of the addressee list, then by name. */
  counted: CountedReturn[];
  totals: Map<string, Total>;
  /** Addressees, one unit each, with no return. */
  notReturned: string[];
  /** Addressees that stand for many units (各设区市…, 有关企业) and cannot be checked one by one. */
  collective: string[];
  problems: ReturnProblem[];
}

/**
 * Reads every return of one form and adds them up. A bad return never stops
 * the others: its problems are collected and its bad values left out.
 */
export async function collectReturns(campaign: Campaign, layout: FormLayout, files: string[]): Promise<Collection> {
  const addressees = addresseeNames(campaign.addressees ?? [], campaign.addresseeUnits);
  const position = new Map(addressees.map((name, i) => [unitKey(name, campaign.scope), i]));
  const problems: ReturnProblem[] = [];
  const byKey = new Map<string, CountedReturn>();

  for (const file of files) {
    const read = await readReturn(file, layout);
    for (const p of read.problems) problems.push(p);
    if (!read.readable || !read.unit) continue;
    const key = unitKey(read.unit, campaign.scope);
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push(returnProblem('duplicateUnit', { file, unit: read.unit }, read.unit, earlier.file));
      continue;
    }
    const index = position.get(key);
    if (index === undefined) problems.push(returnProblem('unknownUnit', { file, unit: read.unit }, read.unit));
    byKey.set(key, { unit: index === undefined ? read.unit : addressees[index], file, values: read.values, cells: read.cells });
  }

  const order = (r: CountedReturn) => position.get(unitKey(r.unit, campaign.scope)) ?? Infinity;
  const counted = [...byKey.values()].sort((a, b) => order(a) - order(b) || a.unit.localeCompare(b.unit, 'zh'));
  const totals = new Map<string, Total>();
  for (const item of layout.items) {
    const { total, leftOut } = itemTotal(item, counted.map((r) => ({ value: r.values.get(item.id), file: r.file, cell: r.cells.get(item.id), unit: r.unit })));
    totals.set(item.id, total);
    for (const e of leftOut) problems.push(returnProblem('totalTooLarge', { file: e.file, cell: e.cell, unit: e.unit, value: String(e.value) }, String(e.value)));
  }
  return {
    layout,
    counted,
    totals,
    notReturned: addressees.filter((name) => !isCollective(name) && !byKey.has(unitKey(name, campaign.scope))),
    collective: addressees.filter(isCollective),
    problems,
  };
}
