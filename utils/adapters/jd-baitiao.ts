import type { ExtractedObservation } from '../model/types';
import { parseAmount } from '../extract/numbers';
import { detectIncrease, detectStatus, readPage } from '../extract/status';
import type { Adapter } from './types';

// 京东白条 / 金条 (baitiao.jd.com/v3/ious/list). The page keeps both lines' limits in a hidden
// `<input id="assetsAggregated" value='{JSON}'>`: `bill.*` is 白条, `bullion.*` is 金条. The bill list
// arrives later by XHR; the limits are in the first HTML, so late rendering only matters for status.
const LINES = [
  { key: 'bill', accountId: 'jd-baitiao', product: '白条', kind: 'pay-later' },
  { key: 'bullion', accountId: 'jd-jintiao', product: '金条', kind: 'credit-line' },
] as const;

function readAggregated(doc: Document): Record<string, unknown> | undefined {
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
  return typeof v === 'number' || typeof v === 'string' ? parseAmount(String(v)) : undefined;
}

export const jdBaitiao: Adapter = {
  id: 'jd-baitiao',
  name: { zh: '京东白条 / 金条', en: 'JD Baitiao / Jintiao' },
  matches: ['https://baitiao.jd.com/*'],
  home: 'https://baitiao.jd.com/v3/ious/list',
  bundle: 'lenders',
  extract(doc) {
    const data = readAggregated(doc);
    // Status phrases and the 提额 entry are read the same way as on any page.
    const text = readPage(doc);
    const status = detectStatus(doc, text);
    const increase = detectIncrease(doc, text);
    const observations: ExtractedObservation[] = [];
    for (const line of LINES) {
      const section = data?.[line.key] as Record<string, unknown> | undefined;
      const totalLimit = amount(section?.totalAsset);
      const availableLimit = amount(section?.availableLimit);
      if (totalLimit === undefined && availableLimit === undefined) continue;
      observations.push({
        accountId: line.accountId,
        lender: '京东',
        product: line.product,
        kind: line.kind,
        ...(totalLimit !== undefined && { totalLimit }),
        ...(availableLimit !== undefined && { availableLimit }),
        status: status?.status ?? 'unknown',
        ...(status && { statusText: status.text }),
        ...(line.key === 'bill' && increase !== undefined && { increaseAvailable: increase }),
      });
    }
    return { observations, events: [] };
  },
};
