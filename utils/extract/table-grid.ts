// A table as the browser lays it out: a grid of slots, each holding the cell that covers it. A cell
// with rowspan or colspan covers several slots, so a header cell spanning two rows (`账户 rowspan=2`)
// still heads its column in the second row, a group header (`额度（万元） colspan=3`) heads the three
// columns under it, and a currency cell spanning three rows (`美元账户 rowspan=3`) is part of each of
// those rows. Spans are capped: a bad page's `colspan=100000` costs no more than a small table.
import { cellsOf } from './currency';

const MAX_SPAN = 50;
/** Columns kept per row: wider tables are layouts, not figures. */
const MAX_COLUMNS = 60;

export interface Grid {
  /** The rows given, each as its slots (undefined where no cell covers one). */
  slots: (Element | undefined)[][];
  /** The row index of each row element given. */
  rowOf: Map<Element, number>;
}

const span = (cell: Element, name: string) => Math.min(Math.max(Math.trunc(Number(cell.getAttribute(name))) || 1, 1), MAX_SPAN);

/** The grid of `rows` (a table's own rows, in order). */
export function tableGrid(rows: readonly Element[]): Grid {
  const slots: (Element | undefined)[][] = rows.map(() => []);
  const rowOf = new Map<Element, number>();
  rows.forEach((tr, r) => {
    rowOf.set(tr, r);
    let col = 0;
    for (const cell of cellsOf(tr)) {
      while (slots[r]![col] !== undefined) col++;
      if (col >= MAX_COLUMNS) break;
      const width = span(cell, 'colspan');
      // rowspan="0" means "to the end of the section": the rows given are the end.
      const height = cell.getAttribute('rowspan') === '0' ? rows.length - r : span(cell, 'rowspan');
      for (let dr = 0; dr < height && r + dr < rows.length; dr++)
        for (let dc = 0; dc < width && col + dc < MAX_COLUMNS; dc++) slots[r + dr]![col + dc] = cell;
      col += width;
    }
  });
  return { slots, rowOf };
}

/** The distinct cells of a grid row, left to right. */
export function rowCells(grid: Grid, r: number): Element[] {
  const out: Element[] = [];
  for (const c of grid.slots[r] ?? []) if (c && out[out.length - 1] !== c) out.push(c);
  return out;
}

/** The table's own rows (not those of a table nested in one of its cells), at most `max`. */
export function ownRows(table: Element, keep: (tr: Element) => boolean, max: number): Element[] {
  const rows: Element[] = [];
  for (const r of Array.from(table.querySelectorAll('tr'))) {
    if (r.closest('table') === table && keep(r)) rows.push(r);
    if (rows.length >= max) break;
  }
  return rows;
}

/** Grids of the tables a page reader meets, built once each. */
export class Grids {
  private map = new Map<Element, Grid>();
  constructor(
    private keep: (tr: Element) => boolean,
    private max: number,
  ) {}
  of(table: Element): Grid {
    let g = this.map.get(table);
    if (!g) this.map.set(table, (g = tableGrid(ownRows(table, this.keep, this.max))));
    return g;
  }
  /** The other cells of the grid row that `cell` sits in, cells spanning into it from above included. */
  rowMates(cell: Element): Element[] {
    const tr = cell.parentElement;
    const table = tr?.closest('table');
    if (!tr || !table) return [];
    const grid = this.of(table);
    const r = grid.rowOf.get(tr);
    return r === undefined ? [] : rowCells(grid, r).filter((c) => c !== cell);
  }
}
