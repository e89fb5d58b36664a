// Currency cells on bank pages: a card's limit printed per currency, in columns headed 人民币 | 美元,
// or a currency cell between the label and its value (`授信额度 Credit Limit | CNY | 60,000`).
// The history holds yuan: the yuan value is read, a foreign one never.
import { normalizeText } from './numbers';

/** A cell that only names the yuan (人民币, RMB, CNY, 人民币(CNY), ¥, 元). */
export const YUAN_ONLY = /^(?:人民币|本币|rmb|cny|¥|元)(?:\s*\(\s*(?:人民币|rmb|cny|元)\s*\))?$/i;
/** Text naming a foreign currency: its amount is not yuan. */
export const FOREIGN = /\$|usd|美元|港币|港元|hkd|欧元|eur|日元|jpy|英镑|gbp|外币/i;

const cells = (tr: Element): Element[] => Array.from(tr.children).filter((c) => /^t[hd]$/i.test(c.tagName));

/** Column positions, counting colspans, of a row's cells. */
function positions(tr: Element): { cell: Element; at: number }[] {
  let at = 0;
  return cells(tr).map((cell) => {
    const p = { cell, at };
    at += Math.min(Math.max(Math.trunc(Number(cell.getAttribute('colspan'))) || 1, 1), 50);
    return p;
  });
}

/**
 * For a label in a table cell whose table heads its columns by currency: the text in the yuan
 * column of the label's row ('' when the row leaves it empty), or null when the table has no
 * currency header (then the value is found as usual). A table with foreign columns only gives ''.
 */
export function yuanColumnText(labelCell: Element, text: (el: Element) => string): string | null {
  const row = labelCell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table).slice(0, 4);
  for (const head of rows) {
    if (head === row) break;
    const heads = positions(head).map(({ cell, at }) => ({ at, t: normalizeText(cell.textContent ?? '') }));
    const isCurrency = (t: string) => YUAN_ONLY.test(t) || (FOREIGN.test(t) && t.length <= 12);
    // A header row: a corner cell (empty, 项目, 币种 …), then nothing but currency names.
    const currencyHeads = heads.slice(1).filter((h) => h.t);
    if (currencyHeads.length === 0 || !currencyHeads.every((h) => isCurrency(h.t)) || isCurrency(heads[0]?.t ?? '')) continue;
    const yuan = currencyHeads.find((h) => YUAN_ONLY.test(h.t));
    if (!yuan) return '';
    const cell = positions(row).find((p) => p.at === yuan.at)?.cell;
    return cell ? text(cell) : '';
  }
  return null;
}
