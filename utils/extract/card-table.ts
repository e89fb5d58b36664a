// A table with a header row of labels (卡号 | 信用额度 | 可用额度 …): one record per data row. A row
// or column in another currency (币种 美元, 可用额度(美元), 折合美元) is the same card converted,
// never an account of its own; a 合计 row sums the cards above it.
import { tailsIn } from './card-tail';
import { cellsOf as cells, FOREIGN } from './currency';
import { ENGLISH_LABEL, Found } from './found';
import { CJK_WORD, labelField } from './labels';
import { parseAmount } from './numbers';
import type { PageText } from './status';

/** Rows read per table: a card list is short; a longer table is a statement's transactions. */
const MAX_ROWS = 200;
const TOTAL = /^(?:合计|总计|小计|total)/i;
// A card's name as the list prints it (兴华标准白金卡 (尾号 1234)): the ids it has always had.
// A cell that is only a masked card number names the card by its tail, as the rest of the page does.
const tableProduct = (t: string) => {
  const [tail, other] = tailsIn(t);
  if (tail && !other && !CJK_WORD.test(t)) return `尾号${tail}`;
  return ENGLISH_LABEL.test(t) ? undefined : t.slice(0, 80);
};
const foreignCell = (t: string) => t.length <= 16 && FOREIGN.test(t);

export function readTable(table: Element, page: PageText, readable: Set<Element>): { product?: string; found: Found }[] | undefined {
  const rows: Element[] = [];
  for (const r of Array.from(table.querySelectorAll('tr'))) {
    if (r.closest('table') === table && readable.has(r)) rows.push(r);
    if (rows.length >= MAX_ROWS) break;
  }
  const headAt = rows.findIndex((r) => {
    const fields = cells(r).map((c) => labelField(page.text(c))?.field);
    const valued = fields.filter((f) => f && f !== 'product' && f !== 'status').length;
    // One amount label is enough (an e-statement's 信用额度 | 到期还款日 over its values).
    return valued >= 1 && cells(r).every((c) => parseAmount(page.text(c)) === undefined);
  });
  const head = rows[headAt];
  if (!head) return undefined;
  const cols = cells(head).map((c) => labelField(page.text(c)));
  const data = rows.slice(headAt + 1).filter((r) => {
    const texts = cells(r).map((c) => page.text(c));
    // A second header row (the English labels under the Chinese ones) is no card.
    const labels = texts.every((t) => !t || labelField(t) !== undefined || !/\d/.test(t));
    return !TOTAL.test(page.text(r)) && !labels && !texts.some(foreignCell);
  });
  return data.map((r) => {
    const found = new Found();
    let product: string | undefined;
    cells(r).forEach((c, i) => {
      const col = cols[i];
      const text = page.text(c);
      if (col?.field === 'product' && text) product ??= tableProduct(text);
      else if (col) found.add(col.field, col.rank, text);
    });
    return { product, found };
  });
}
