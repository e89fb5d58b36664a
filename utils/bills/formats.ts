// The known bill exports, and finding one's header row among the rows of a file.
import { alipay } from './alipay';
import { jd } from './jd';
import type { BillField, BillFormatSpec } from './types';
import { wechat } from './wechat';

export const BILL_FORMATS: readonly BillFormatSpec[] = [alipay, wechat, jd];

/** Header cells carry padding, tabs, NBSP and full-width brackets (金额（元）): compare without them. */
export const normalizeHeader = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export interface BillHeader {
  spec: BillFormatSpec;
  /** Column indexes per field, in the spec's order of preference. */
  columns: Partial<Record<BillField, number[]>>;
  /** Cells up to the last named one: a last row with fewer was cut short. */
  width: number;
}

/** The format whose header this row is, with its columns; undefined if the row is no known header. */
export function matchHeader(cells: readonly string[]): BillHeader | undefined {
  if (cells.length < 4) return undefined;
  const names = cells.map(normalizeHeader);
  const spec = BILL_FORMATS.find((f) => f.headerSets.some((set) => set.every((n) => names.includes(n))));
  if (!spec) return undefined;
  const columns: Partial<Record<BillField, number[]>> = {};
  for (const [field, aliases] of Object.entries(spec.columns) as [BillField, readonly string[]][]) {
    const found = aliases.map((a) => names.indexOf(a)).filter((i) => i >= 0);
    if (found.length) columns[field] = found;
  }
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  return { spec, columns, width };
}
