import type { ExtractedObservation } from '../model/types';
import { PRODUCTS, type Product } from '../products';
import { lenderPage, observationOf, type PageStatus } from './define';
import { amountOf } from './label-reader';

// 京东白条 / 金条 (baitiao.jd.com/v3/ious/list). The page keeps both lines' limits in a hidden
// `<input id="assetsAggregated" value='{JSON}'>`: `bill.*` is 白条, `bullion.*` is 金条. The bill list
// arrives later by XHR; the limits are in the first HTML, so late rendering only matters for status.
// jd-finance.ts reads the same blob (and the same two accounts) on jr.jd.com.
// Ids, names and kinds from the shared product table (utils/products.ts), where screenshots find them too.
const line = <K extends string, P extends Product>(key: K, p: P) =>
  ({ key, accountId: p.accountId, lender: p.lender, product: p.product, kind: p.kind }) as const;
export const JD_LINES = [line('bill', PRODUCTS.baitiao), line('bullion', PRODUCTS.jintiao)] as const;
export type JdLine = (typeof JD_LINES)[number];
type Limits = Pick<ExtractedObservation, 'totalLimit' | 'availableLimit'>;

export function readAggregated(doc: Document): Record<string, unknown> | undefined {
  const raw = doc.getElementById('assetsAggregated')?.getAttribute('value');
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // a broken blob records nothing rather than guesses
  }
}

function amount(v: unknown): number | undefined {
  return typeof v === 'number' || typeof v === 'string' ? amountOf(String(v)) : undefined;
}

/** One line's limits in the blob (none when the blob lacks it). */
export function aggregatedLimits(data: Record<string, unknown> | undefined, line: JdLine): Limits {
  const section = data?.[line.key] as Record<string, unknown> | undefined;
  const totalLimit = amount(section?.totalAsset);
  const availableLimit = amount(section?.availableLimit);
  return { ...(totalLimit !== undefined && { totalLimit }), ...(availableLimit !== undefined && { availableLimit }) };
}

export function jdObservation(line: JdLine, limits: Limits, status: PageStatus, increase: boolean | undefined): ExtractedObservation {
  return observationOf(
    { accountId: line.accountId, lender: line.lender, product: line.product, kind: line.kind },
    limits,
    status,
    increase,
  );
}

export const jdBaitiao = lenderPage({
  id: 'jd-baitiao',
  name: { zh: '京东白条 / 金条', en: 'JD Baitiao / Jintiao' },
  matches: ['https://baitiao.jd.com/*'],
  home: 'https://baitiao.jd.com/v3/ious/list',
  // Status phrases and the 提额 entry are read the same way as on any page.
  accounts(doc, words) {
    const data = readAggregated(doc);
    const observations: ExtractedObservation[] = [];
    for (const line of JD_LINES) {
      const limits = aggregatedLimits(data, line);
      if (Object.keys(limits).length === 0) continue;
      observations.push(jdObservation(line, limits, words.status(), line.key === 'bill' ? words.increase() : undefined));
    }
    return observations;
  },
});
