// Tables found by what their header row says, not by position or class names: report pages reorder
// columns, add some, put the header in <th> or in a plain first <tr><td>, and pad texts with NBSP or
// full-width spaces. One record per data row, keyed by the caller's column names.
import { normalizeText } from './numbers';

/** For each column the caller wants, the header texts that name it (in `headerKey` form). */
export type Columns<K extends string> = Readonly<Record<K, readonly string[]>>;
export type Row<K extends string> = Partial<Record<K, string>>;

/** The header row is one of the first few (a title row or a caption row may come first). */
const HEADER_ROWS = 3;
const MAX_SPAN = 50;

/** A header text as a key: no spaces of any kind, no unit in brackets (`授信额度（元）`), no colon. */
export function headerKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)$/, '')
    .replace(/:$/, '');
}

/** The table's own rows (not those of a table nested in one of its cells). */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
}

/** A row's cell texts by column position; a colspan cell fills the columns it covers with ''. */
function cellTexts(tr: Element): string[] {
  const out: string[] = [];
  for (const cell of Array.from(tr.children)) {
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    out.push(normalizeText(cell.textContent ?? ''));
    const span = Math.min(Math.max(Math.trunc(Number(cell.getAttribute('colspan'))) || 1, 1), MAX_SPAN);
    for (let i = 1; i < span; i++) out.push('');
  }
  return out;
}

/**
 * The records of `table` if one of its first rows names the columns `accept` needs, else undefined.
 * A row that repeats the header (long tables do, per page) is not a record.
 */
export function readHeaderTable<K extends string>(
  table: Element,
  columns: Columns<K>,
  accept: (found: ReadonlySet<K>) => boolean,
): Row<K>[] | undefined {
  const rows = ownRows(table);
  for (let h = 0; h < Math.min(rows.length, HEADER_ROWS); h++) {
    const headers = cellTexts(rows[h]!).map(headerKey);
    const index = new Map<K, number>();
    for (const key of Object.keys(columns) as K[]) {
      const i = columns[key].map((alias) => headers.indexOf(alias)).find((j) => j >= 0);
      if (i !== undefined) index.set(key, i);
    }
    if (!accept(new Set(index.keys()))) continue;
    const records: Row<K>[] = [];
    for (const tr of rows.slice(h + 1)) {
      const cells = cellTexts(tr);
      if ([...index.values()].some((i) => cells[i] !== undefined && cells[i] !== '' && headerKey(cells[i]) === headers[i])) continue;
      const record: Row<K> = {};
      for (const [key, i] of index) if (cells[i]) record[key] = cells[i];
      records.push(record);
    }
    return records;
  }
  return undefined;
}

/** The short title just above a table (its caption, or a heading before it or before its box). */
export function tableTitle(table: Element): string {
  const caption = table.querySelector('caption');
  if (caption && caption.closest('table') === table) return normalizeText(caption.textContent ?? '');
  let el: Element | null = table;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let prev = el.previousElementSibling, n = 0; prev && n < 2; prev = prev.previousElementSibling, n++) {
      const text = normalizeText(prev.textContent ?? '');
      if (text && text.length <= 40) return text;
    }
  }
  return '';
}

// Boxes around a page's own content that advertise or navigate (as in status.ts readPage).
const ASIDE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'TEMPLATE']);
const ASIDE_WORDS = /^(?:ad|ads|advert|advertisement|promo|promotion|banner|marketing|recommend|nav|footer)$/i;

/**
 * Not the page's own table: hidden (attribute or inline style; print copies, templates), or inside an
 * advertising, navigation or footer box.
 */
export function isAside(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') ?? '')) return true;
    if (ASIDE_TAGS.has(e.tagName.toUpperCase())) return true;
    if (`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/[^A-Za-z0-9]+/).some((w) => ASIDE_WORDS.test(w)))
      return true;
  }
  return false;
}
