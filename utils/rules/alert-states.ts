// What happens to stored alerts when the engine has run again. Pure, so every transition is a unit
// test: new alerts start `new`; a `seen` alert that got worse is `new` again; a dismissed alert
// stays dismissed until it is worse than when it was dismissed; alerts whose condition no longer
// holds are removed (if it comes back later, it is news again).
import type { AlertRecord } from '../model/alert-record';
import { severityRank, type Severity } from './types';

export type FreshAlert = Omit<AlertRecord, 'state' | 'raisedAt' | 'updatedAt' | 'dismissed'>;

export const isWorse = (now: { severity: Severity; grade: number }, before: { severity: Severity; grade: number }): boolean => {
  const d = severityRank(now.severity) - severityRank(before.severity);
  return d > 0 || (d === 0 && now.grade > before.grade);
};

export interface AlertChanges {
  put: AlertRecord[];
  remove: string[];
  /** Ids that are `new` because of this run (first raised or worse than before). */
  raised: string[];
}

export function reconcileAlerts(existing: readonly AlertRecord[], fresh: readonly FreshAlert[], nowIso: string): AlertChanges {
  const old = new Map(existing.map((a) => [a.id, a]));
  const put: AlertRecord[] = [];
  const raised: string[] = [];
  for (const f of fresh) {
    const prev = old.get(f.id);
    old.delete(f.id);
    if (!prev) {
      put.push({ ...f, state: 'new', raisedAt: nowIso, updatedAt: nowIso });
      raised.push(f.id);
      continue;
    }
    let state = prev.state;
    let dismissed = prev.dismissed;
    if (state === 'dismissed' && dismissed && isWorse(f, dismissed)) {
      state = 'new';
      dismissed = undefined;
    } else if (state === 'seen' && isWorse(f, prev)) {
      state = 'new';
    }
    if (state === 'new' && prev.state !== 'new') raised.push(f.id);
    const record: AlertRecord = { ...f, state, raisedAt: prev.raisedAt, updatedAt: nowIso };
    if (state === 'dismissed' && dismissed) record.dismissed = dismissed;
    put.push(record);
  }
  return { put, remove: [...old.keys()], raised };
}

/** The person saw or dismissed an alert. Dismissing remembers how bad it was at that moment. */
export function withState(alert: AlertRecord, state: 'seen' | 'dismissed', nowIso: string): AlertRecord {
  if (state === 'dismissed') return { ...alert, state, updatedAt: nowIso, dismissed: { severity: alert.severity, grade: alert.grade } };
  // Seeing a dismissed alert does not bring it back.
  if (alert.state === 'dismissed') return alert;
  const { dismissed: _ignored, ...rest } = alert;
  return { ...rest, state, updatedAt: nowIso };
}
