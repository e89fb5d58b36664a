// A table with a header of labels (卡号 | 信用额度 | 可用额度 …): one record per data row. The header
// may take two rows (a group cell `额度（万元）` or `信用额度` spanning the columns under it, `RMB | USD`
// or `授信额度 | 已用额度` below): each column is named by the label nearest its data, its unit by any
// header above it. A row or column in another currency (币种 美元, 可用额度(美元), a USD sub-column) is
// the same card converted, never an account of its own; a 合计 row sums the cards above it.
import { tailsIn } from './card-tail';
import { FOREIGN } from './currency';
import { ENGLISH_LABEL, Found } from './found';
import { CJK_WORD, type LabelHit, labelField, productName, unitScale } from './labels';
import { parseAmount } from './numbers';
import type { PageText } from './status';
import { type Grid, ownRows, rowCells, tableGrid } from './table-grid';

/** Rows read per table: a card list is short; a longer table is a statement's transactions. */
const MAX_ROWS = 200;
/** Header rows after the first: a group header's sub-row, rarely more. */
const MAX_SUB_HEADERS = 2;
const TOTAL = /^(?:合计|总计|小计|total)/i;
const CURRENCY_NAME = /^(?:人民币|rmb|cny|美元|usd|港币|港元|hkd|欧元|eur|日元|jpy|英镑|gbp)(?:\s*\([a-z]{3}\))?$/i;
// A card's name as the list prints it (兴华标准白金卡 (尾号 1234)): the ids it has always had.
// A cell that is only a masked card number names the card by its tail, as the rest of the page does.
const tableProduct = (t: string) => {
  const [tail, other] = tailsIn(t);
  if (tail && !other && !CJK_WORD.test(t)) return `尾号${tail}`;
  return ENGLISH_LABEL.test(t) ? undefined : t.slice(0, 80);
};
// 美元, 美元(USD) name another currency's row; 人民币/美元账户 names a shared one.
const foreignCell = (t: string) => t.length <= 16 && FOREIGN.test(t) && !/人民币|rmb|cny/i.test(t);

interface Column {
  label?: LabelHit;
  /** The column is another currency's (a USD sub-column, 可用额度(美元)). */
  foreign: boolean;
  /** What its plain numbers are worth in yuan (1e4 under a 万元 header). */
  scale: number;
}

/** The columns named by header rows `from`..`to` (inclusive): the label nearest the data wins. */
function columns(grid: Grid, from: number, to: number, text: (el: Element) => string): Column[] {
  const width = Math.max(...grid.slots.slice(from, to + 1).map((r) => r.length));
  const out: Column[] = [];
  for (let c = 0; c < width; c++) {
    const col: Column = { foreign: false, scale: 1 };
    for (let r = from; r <= to; r++) {
      const cell = grid.slots[r]![c];
      if (!cell) continue;
      const t = text(cell);
      if (FOREIGN.test(t)) col.foreign = true;
      col.scale = Math.max(col.scale, unitScale(t));
      col.label = labelField(t) ?? col.label;
    }
    out.push(col);
  }
  return out;
}

/**
 * A table turned on its side: a row naming two or more products or cards (| 花呗 | 借呗 |, | 尾号1234 |
 * 尾号5678 |) over rows that each start with a label. One record per named column.
 */
function readColumns(grid: Grid, page: PageText): { product?: string; found: Found }[] | undefined {
  for (let h = 0; h < Math.min(grid.slots.length, 3); h++) {
    const heads = grid.slots[h]!.map((c) => (c ? page.text(c) : ''));
    const names = heads.map((t, c) =>
      c > 0 && t ? (productName(t) ?? (tailsIn(t).length === 1 ? `尾号${tailsIn(t)[0]}` : undefined)) : undefined,
    );
    const named = names.filter(Boolean).length;
    if (named < 2 || named < heads.slice(1).filter(Boolean).length || labelField(heads[0] ?? '')) continue;
    const records = names.map((product) => ({ product, found: new Found() }));
    for (let r = h + 1; r < grid.slots.length; r++) {
      const row = grid.slots[r]!;
      const label = row[0] ? labelField(page.text(row[0])) : undefined;
      if (!label || label.field === 'product') continue;
      row.forEach((cell, c) => {
        if (cell && names[c] && row[c - 1] !== cell)
          records[c]!.found.add(label.field, label.rank, page.text(cell), unitScale(page.text(row[0]!)));
      });
    }
    return records.filter((x) => x.product);
  }
  return undefined;
}

/**
 * The header row a table's rows were split from: component tables (Element's el-table, Ant Design's
 * with a fixed header) draw it in a table of its own, in the box just before the rows' box.
 */
function detachedHead(table: Element, page: PageText, keep: (tr: Element) => boolean): Element[] {
  for (let box: Element | null = table, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
    const prev = box.previousElementSibling;
    if (!prev) continue;
    const tables = prev.tagName.toUpperCase() === 'TABLE' ? [prev] : Array.from(prev.querySelectorAll('table'));
    // Only header rows: a table with figures of its own (a statement's summary) heads nothing after it.
    const rows = tables.length === 1 ? ownRows(tables[0]!, keep, MAX_SUB_HEADERS + 2) : [];
    const headOnly = rows.length <= MAX_SUB_HEADERS + 1 && rows.every((r) => !/\d/.test(page.text(r)));
    return headOnly ? rows : [];
  }
  return [];
}

/** A table's records; `unit` is what a plain number is worth where its panel says so (单位：万元). */
export function readTable(
  table: Element,
  page: PageText,
  readable: Set<Element>,
  unit = 1,
): { product?: string; found: Found }[] | undefined {
  const keep = (r: Element) => readable.has(r);
  const rows = ownRows(table, keep, MAX_ROWS);
  // 单位：万元 in the table's caption.
  const caption = Array.from(table.children).find((c) => c.tagName.toUpperCase() === 'CAPTION');
  const base = Math.max(unit, caption ? unitScale(page.text(caption)) : 1);
  const recs = readGrid(tableGrid(rows), page, base);
  if (recs?.length) return recs;
  const head = detachedHead(table, page, keep);
  return head.length ? (readGrid(tableGrid([...head, ...rows]), page, base) ?? recs) : recs;
}

export function readGrid(grid: Grid, page: PageText, base = 1): { product?: string; found: Found }[] | undefined {
  const texts = (r: number) => rowCells(grid, r).map((c) => page.text(c));
  const noAmount = (r: number) => texts(r).every((t) => parseAmount(t) === undefined);
  const isHead = (r: number) => {
    const fields = texts(r).map((t) => labelField(t)?.field);
    // One amount label is enough (an e-statement's 信用额度 | 到期还款日 over its values).
    return fields.some((f) => f && f !== 'product' && f !== 'status') && noAmount(r);
  };
  const headAt = grid.slots.findIndex((_, r) => isHead(r));
  if (headAt < 0) return readColumns(grid, page);
  // Sub-header rows: labels or currency names only (cells spanning down from the header aside).
  let headEnd = headAt;
  while (headEnd + 1 < grid.slots.length && headEnd - headAt < MAX_SUB_HEADERS && noAmount(headEnd + 1)) {
    const r = headEnd + 1;
    const own = rowCells(grid, r).filter((c) => !grid.slots[r - 1]!.includes(c));
    const heads = own.map((c) => page.text(c)).filter(Boolean);
    if (!heads.length || !heads.every((t) => labelField(t) !== undefined || CURRENCY_NAME.test(t))) break;
    headEnd = r;
  }
  // A group row above the labels (| 贷款产品 | 额度（万元） | 状态 |, no amount label of its own) adds its units.
  let headFrom = headAt;
  while (headFrom > 0 && headAt - headFrom < MAX_SUB_HEADERS && noAmount(headFrom - 1) && texts(headFrom - 1).every((t) => t.length <= 20))
    headFrom--;
  let cols = columns(grid, headFrom, headEnd, (c) => page.text(c));
  let reheaded = false;
  const valued = (c: number) => cols[c]?.label !== undefined && !['product', 'status'].includes(cols[c]!.label!.field);
  const records: { product?: string; found: Found }[] = [];
  for (let r = headEnd + 1; r < grid.slots.length; r++) {
    const row = grid.slots[r]!;
    const cells = texts(r);
    // A second header row (the English labels under the Chinese ones) is no card. One after a row of
    // figures heads the rows under it (a statement's summary: labels, figures, more labels, figures).
    if (cells.every((t) => !t || labelField(t) !== undefined || !/\d/.test(t))) {
      if (records.length && isHead(r)) [cols, reheaded] = [columns(grid, r, r, (c) => page.text(c)), true];
      continue;
    }
    if (TOTAL.test(cells[0] ?? '')) continue;
    // A currency named outside the figures' columns (币种 美元) makes the row another currency's; a
    // column the header gives to another currency (a USD sub-column) says nothing of the row.
    if (row.some((cell, c) => cell && !valued(c) && !cols[c]?.foreign && foreignCell(page.text(cell)))) continue;
    const found = new Found();
    let product: string | undefined;
    row.forEach((cell, c) => {
      const col = cols[c];
      // A cell spanning several columns is read once, under its first.
      if (!cell || !col?.label || col.foreign || row[c - 1] === cell) return;
      const text = page.text(cell);
      if (col.label.field === 'product') product ??= text ? tableProduct(text) : undefined;
      else found.add(col.label.field, col.label.rank, text, Math.max(col.scale, base));
    });
    records.push({ product, found });
  }
  // Such a table is one account's summary, not a list of cards.
  if (reheaded && records.every((r) => !r.product)) {
    const one = new Found();
    for (const r of records) one.merge(r.found);
    return [{ found: one }];
  }
  return records;
}
