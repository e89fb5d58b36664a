// The stored memory that keeps one alert from notifying twice: per alert id, the severity and grade
// it was last notified at. An alert is owed a notification while it is unseen (`new`) and worse
// than that record; the record never goes down while the alert exists (a value wobbling around a
// threshold must not notify at every check), and it goes away with the alert (if the condition
// comes back later, it is news again, as in alert-states.ts).
import type { AlertRecord } from '../model/alert-record';
import { isWorse } from '../rules/alert-states';
import { SEVERITIES, type Severity } from '../rules/types';

export interface NotifiedAt {
  severity: Severity;
  grade: number;
}

export type NotifiedRecords = Record<string, NotifiedAt>;

type Level = Pick<AlertRecord, 'id' | 'severity' | 'grade'>;

export function isOwed(alert: Level & Pick<AlertRecord, 'state'>, records: NotifiedRecords): boolean {
  if (alert.state !== 'new') return false;
  const before = Object.hasOwn(records, alert.id) ? records[alert.id] : undefined;
  return !before || isWorse(alert, before);
}

/** The records after these alerts were notified. */
export function withNotified(records: NotifiedRecords, sent: readonly Level[]): NotifiedRecords {
  const next = { ...records };
  for (const a of sent) {
    const before = Object.hasOwn(next, a.id) ? next[a.id] : undefined;
    if (!before || isWorse(a, before)) next[a.id] = { severity: a.severity, grade: a.grade };
  }
  return next;
}

/** Only the records of alerts that still exist. */
export function pruneRecords(records: NotifiedRecords, liveIds: ReadonlySet<string>): NotifiedRecords {
  return Object.fromEntries(Object.entries(records).filter(([id]) => liveIds.has(id)));
}

/** Storage can hold anything: keeps the well-formed records and drops the rest. */
export function checkRecords(raw: unknown): NotifiedRecords {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: NotifiedRecords = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const r = v as Partial<NotifiedAt> | null;
    if (typeof r === 'object' && r !== null && SEVERITIES.includes(r.severity as Severity) && Number.isFinite(r.grade)) {
      out[id] = { severity: r.severity as Severity, grade: r.grade as number };
    }
  }
  return out;
}
