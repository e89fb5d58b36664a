// What the popup shows: the account rows (each carries its latest observation, first sighting and
// row count, see account-summary.ts) and the alerts. Two requests, whatever the history's size.
import type { AccountSummary, Dashboard } from '../messaging/protocol';
import type { Account, Observation } from '../model/types';
import { usedShare } from '../rules/amounts';
import { compareAlerts } from '../rules/engine';
import { riskOf } from '../rules/risk';
import { fillMissingSummaries, hasSummary } from './account-summary';
import type { SentinelDb } from './db';
import { edgeObservations, readAccountObservations } from './observation-months';
import { toAccount, toObservation } from './import-export';
import { seenUntil } from './observations';

/** Share of the limit in use on the latest view, 0..1, or undefined when it cannot be known (utils/rules/amounts.ts). */
export function utilization(o: Observation | undefined): number | undefined {
  return o ? usedShare(o) : undefined;
}

// Lender names are mostly Chinese: order them as a Chinese reader expects (pinyin), not by code point.
const collator = new Intl.Collator(['zh-CN', 'en']);
const byLenderThenProduct = (a: Account, b: Account) =>
  collator.compare(a.lender, b.lender) || collator.compare(a.product ?? '', b.product ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function readDashboard(db: SentinelDb): Promise<Dashboard> {
  const tx = db.transaction(['accounts', 'observationMonths', 'alerts'], 'readonly');
  const pages = tx.objectStore('observationMonths');
  const [accounts, alerts] = await Promise.all([tx.objectStore('accounts').getAll(), tx.objectStore('alerts').getAll()]);
  let summariesMissing = false;
  const summaries = await Promise.all(
    accounts.map(async (stored): Promise<AccountSummary> => {
      let count: number;
      let last: Observation | undefined;
      let firstAt: string | undefined;
      if (hasSummary(stored)) {
        // Kept on the account row by every write (account-summary.ts): nothing else to read.
        [count, last, firstAt] = [stored.observationCount, stored.latest, stored.firstSeenAt];
      } else {
        summariesMissing = true;
        const [[l, f], rows] = await Promise.all([edgeObservations(pages, stored.id), readAccountObservations(pages, stored.id)]);
        [count, last, firstAt] = [rows.length, l, f?.at];
      }
      const summary: AccountSummary = { account: toAccount(stored), observationCount: count };
      if (last) {
        summary.latest = toObservation(last);
        summary.lastSeenAt = seenUntil(last);
        const u = utilization(last);
        if (u !== undefined) summary.utilization = u;
      }
      if (firstAt) summary.firstSeenAt = firstAt;
      return summary;
    }),
  );
  await tx.done;
  if (summariesMissing) await fillMissingSummaries(db).catch(() => undefined); // next time: rows only
  alerts.sort(compareAlerts);
  summaries.sort((a, b) => byLenderThenProduct(a.account, b.account));
  const observationTotal = summaries.reduce((n, s) => n + s.observationCount, 0);
  return { accounts: summaries, alerts, risk: riskOf(alerts), totals: { observations: observationTotal } };
}
