// Currency cells on bank pages: a card's limit printed per currency, in columns headed 人民币 | 美元,
// or a currency cell between the label and its value (`授信额度 Credit Limit | CNY | 60,000`).
// The history holds yuan: the yuan value is read, a foreign one never.
import { FOREIGN_CUES } from '../lexicon/cues';
import { anyOf } from '../lexicon/patterns';

/** A cell that only names the yuan (人民币, RMB, CNY, 人民币(CNY), ¥, 元). */
export const YUAN_ONLY = /^(?:人民币|rmb|cny|¥|元)(?:\s*\((?:人民币|rmb|cny)\))?$/i;
/** A column heading for the yuan (人民币, 人民币账户, RMB, CNY). */
const YUAN_HEAD = /^(?:人民币|rmb|cny)/i;
/** Text naming a foreign currency or a conversion (折合美元, USD equivalent): its amount is not yuan. */
export const FOREIGN = anyOf(FOREIGN_CUES, false);

/** A table row's own cells. */
export const cellsOf = (tr: Element): Element[] => Array.from(tr.children).filter((c) => /^t[hd]$/i.test(c.tagName));

/**
 * For a label in a table cell whose table heads its columns by currency (a corner cell, then only
 * currency names): the text in the yuan column of the label's row, '' when there is none (a table
 * of foreign columns only), or null when the table has no such header (the value is found as usual).
 */
export function yuanColumnText(labelCell: Element, text: (el: Element) => string): string | null {
  const row = labelCell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  for (const head of Array.from(table.querySelectorAll('tr')).slice(0, 3)) {
    if (head === row) break;
    const heads = cellsOf(head).map((c) => text(c));
    const named = heads.slice(1).filter(Boolean);
    const currency = (t: string) => YUAN_HEAD.test(t) || (FOREIGN.test(t) && t.length <= 12);
    if (!named.length || !named.every(currency) || currency(heads[0] ?? '')) continue;
    const cell = cellsOf(row)[heads.findIndex((t, i) => i > 0 && YUAN_HEAD.test(t))];
    return cell ? text(cell) : '';
  }
  return null;
}
