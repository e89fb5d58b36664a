// A credit report PDF read on the options page (utils/report/) becomes the same records the report's
// web page gives (captureToRecords): accounts by the report's own ids, observations at the report's
// time, query records as inquiry events, all labelled as coming from the credit report. Stored with
// recordObservations, so the same report read from its page and its PDF is one history, and next
// month's report with unchanged values only extends the rows.
import { pbocCreditReport } from '../adapters/pboc-credit-report';
import type { Account, ExtractionResult, HistoryEvent, Observation } from '../model/types';
import { sourceTime, type RecordBatch } from './to-records';

export function reportToRecords(result: ExtractionResult, now: Date): RecordBatch | undefined {
  if (result.adapter !== pbocCreditReport.id) return undefined;
  const accounts = new Map<string, Account>();
  const observations: Observation[] = [];
  for (const o of result.observations) {
    const { lender, product, accountId, kind, at, ...values } = o;
    // The reader gives every account an id; one without came from somewhere else.
    if (!accountId || !accountId.startsWith('pboc:') || accounts.has(accountId)) return undefined;
    accounts.set(accountId, {
      id: accountId,
      lender: lender ?? accountId,
      ...(product !== undefined && { product }),
      ...(kind !== undefined && { kind }),
    });
    observations.push({ accountId, at: sourceTime(at, now) ?? now.toISOString(), ...values, source: 'credit-report' });
  }
  const events: HistoryEvent[] = result.events.map(({ accountId: _unused, ...e }) => ({ ...e, source: 'credit-report' }));
  return { accounts: [...accounts.values()], observations, events };
}
