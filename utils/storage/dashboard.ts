// What the popup shows. It reads a fixed number of requests per account (two one-step cursors; the
// row count is kept on the account row), never the whole history, so it stays flat as history grows.
import type { AccountSummary, Dashboard } from '../messaging/protocol';
import type { Account, Observation } from '../model/types';
import { compareAlerts } from '../rules/engine';
import { riskOf } from '../rules/risk';
import { fillMissingCounts } from './account-counts';
import { accountRange, type SentinelDb } from './db';
import { toAccount, toObservation } from './import-export';
import { seenUntil } from './observations';

/** Share of the limit in use on the latest view, 0..1, or undefined when it cannot be known. */
export function utilization(o: Observation | undefined): number | undefined {
  const total = o?.totalLimit;
  if (!o || total === undefined || total <= 0) return undefined;
  // total − available stands for "used" only while the line can be drawn on: a limited or frozen
  // account often shows 0 available because it is blocked, not because it is spent.
  const usable = o.status === 'normal' || o.status === 'unknown';
  const used = o.usedAmount ?? (usable && o.availableLimit !== undefined ? total - o.availableLimit : undefined);
  if (used === undefined) return undefined;
  return Math.min(1, Math.max(0, used / total));
}

// Lender names are mostly Chinese: order them as a Chinese reader expects (pinyin), not by code point.
const collator = new Intl.Collator(['zh-CN', 'en']);
const byLenderThenProduct = (a: Account, b: Account) =>
  collator.compare(a.lender, b.lender) || collator.compare(a.product ?? '', b.product ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function readDashboard(db: SentinelDb): Promise<Dashboard> {
  const tx = db.transaction(['accounts', 'observations', 'alerts'], 'readonly');
  const observations = tx.objectStore('observations');
  const accounts = await tx.objectStore('accounts').getAll();
  let countsMissing = false;
  const summaries = await Promise.all(
    accounts.map(async (stored): Promise<AccountSummary> => {
      const range = accountRange(stored.id);
      const [last, first, count] = await Promise.all([
        observations.openCursor(range, 'prev').then((c) => c?.value),
        observations.openCursor(range, 'next').then((c) => c?.value),
        // Kept on the account row by every write; counted only for rows from before that.
        stored.observationCount ?? ((countsMissing = true), observations.count(range)),
      ]);
      const summary: AccountSummary = { account: toAccount(stored), observationCount: count };
      if (last) {
        summary.latest = toObservation(last);
        summary.lastSeenAt = seenUntil(last);
        const u = utilization(last);
        if (u !== undefined) summary.utilization = u;
      }
      if (first) summary.firstSeenAt = first.at;
      return summary;
    }),
  );
  const [alerts] = await Promise.all([tx.objectStore('alerts').getAll(), tx.done]);
  if (countsMissing) await fillMissingCounts(db).catch(() => undefined); // next time: no counting
  alerts.sort(compareAlerts);
  summaries.sort((a, b) => byLenderThenProduct(a.account, b.account));
  const observationTotal = summaries.reduce((n, s) => n + s.observationCount, 0);
  return { accounts: summaries, alerts, risk: riskOf(alerts), totals: { observations: observationTotal } };
}
