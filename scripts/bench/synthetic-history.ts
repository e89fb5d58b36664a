// A large, deterministic history for the benchmarks: `accounts` accounts observed daily (values
// change every day, so nothing collapses), plus weekly borrow/repay events and monthly inquiries.
import type { HistoryFile, HistoryEvent, Observation } from '../../utils/model/types';

const DAY = 86_400_000;

export function syntheticHistory(observationCount: number, accounts = 30, end = Date.parse('2026-11-23T00:00:00.000Z')): HistoryFile {
  const days = Math.ceil(observationCount / accounts);
  const start = end - days * DAY;
  const observations: Observation[] = [];
  const events: HistoryEvent[] = [];
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let a = 0; a < accounts && observations.length < observationCount; a++) {
    const id = `acct-${a}`;
    let total = 10000 + a * 1000;
    for (let d = 0; d < days && observations.length < observationCount; d++) {
      const at = start + d * DAY + a * 60_000;
      if (d % 200 === 199) total = Math.round(total * (rand() < 0.5 ? 0.9 : 1.1));
      const used = Math.round(total * (0.2 + 0.3 * rand()) * 100) / 100;
      observations.push({
        accountId: id,
        at: new Date(at).toISOString(),
        totalLimit: total,
        availableLimit: Math.round((total - used) * 100) / 100,
        usedAmount: used,
        dailyRate: 0.0003,
        status: 'normal',
        source: 'page',
      });
      if (d % 7 === 0) events.push({ at: new Date(at).toISOString(), kind: 'borrow', accountId: id, amount: 500, source: 'import' });
      if (d % 7 === 5)
        events.push({ at: new Date(at).toISOString(), kind: 'repay', accountId: id, amount: 500, full: rand() < 0.5, source: 'import' });
      if (a === 0 && d % 30 === 0)
        events.push({
          at: new Date(at).toISOString(),
          kind: 'inquiry',
          lender: `机构${d % 9}`,
          reason: '贷款审批',
          source: 'credit-report',
        });
    }
  }
  return {
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: new Date(end).toISOString(),
    accounts: Array.from({ length: accounts }, (_, a) => ({
      id: `acct-${a}`,
      lender: `机构${a}`,
      product: '信用贷',
      kind: 'credit-line' as const,
    })),
    observations,
    events,
  };
}

/** One account of `days` daily rows (the 1k history's span), for a chart of the same span in stores
 *  of every size: its id and lender are its own, its rows and events those of the first account. */
export const SHORT_ACCOUNT = 'bench-short';
export function shortAccountHistory(days = 34, end = Date.parse('2026-11-23T00:00:00.000Z')): HistoryFile {
  const base = syntheticHistory(days, 1, end);
  const own = <T extends { accountId?: string }>(rows: T[]) =>
    rows.filter((r) => r.accountId === 'acct-0').map((r) => ({ ...r, accountId: SHORT_ACCOUNT }));
  return {
    ...base,
    accounts: [{ id: SHORT_ACCOUNT, lender: '短史机构', product: '信用贷', kind: 'credit-line' }],
    observations: own(base.observations),
    events: own(base.events),
  };
}
