// Tables built of boxes instead of <table>: a header row of labels over rows with as many cells
// (`<ul class="thead"><li>产品名称</li><li>可用额度(元)</li>…</ul><ul class="tr"><li>个人消费贷</li>…`,
// or rows of divs and spans). Read as a grid, one record per row, like a table.
import { labelField } from './labels';
import type { PageText } from './status';
import type { Grid } from './table-grid';

/** Cells per row and rows per box: a summary or a card list, not a page layout. */
const MAX_CELLS = 12;
const MAX_ROWS = 100;
const MAX_HEAD = 20;
const NOT_DIVS = /^(?:TABLE|THEAD|TBODY|TFOOT|TR|SELECT|DL)$/i;

/** Each box of the page laid out as a table of boxes, with its grid. */
export function divTables(page: PageText, readable: ReadonlySet<Element>): { box: Element; grid: Grid }[] {
  const kids = (el: Element) => Array.from(el.children).filter((k) => readable.has(k));
  const out: { box: Element; grid: Grid }[] = [];
  for (const box of page.els) {
    if (NOT_DIVS.test(box.tagName) || box.childElementCount < 2 || box.childElementCount > MAX_ROWS) continue;
    const rows = kids(box);
    const head = rows[0] ? kids(rows[0]) : [];
    if (rows.length < 2 || head.length < 2 || head.length > MAX_CELLS) continue;
    const cells = rows.map(kids);
    if (!cells.every((c) => c.length === head.length)) continue;
    const heads = head.map((c) => page.text(c));
    if (heads.some((t) => t.length > MAX_HEAD || /\d/.test(t))) continue;
    if (!heads.some((t) => !/^(?:product|status)$/.test(labelField(t)?.field ?? 'product'))) continue;
    if (!rows.slice(1).some((r) => /\d/.test(page.text(r)))) continue;
    out.push({ box, grid: { slots: cells, rowOf: new Map(rows.map((r, i) => [r, i])) } });
  }
  return out;
}
