// A screenshot's reading as the preview edits it: each field a string in an input (yuan, a rate in
// percent, a status word), removable; the account the screen named, one chosen, or a new one; the
// time taken as China wall-clock time. `entriesOf` turns it back into what the background stores,
// or says what still stops it.
import type { Account, AccountKind, ObservedValues, Status } from '../../utils/model/types';
import type { Box } from '../../utils/ocr/types';
import type { ScreenField, ScreenRead } from '../../utils/screenshot/types';
import type { ScreenshotEntry } from '../../utils/messaging/protocol';

export interface DraftField {
  field: ScreenField;
  /** As typed: yuan for amounts, percent for rates, a status word, 'true' / 'false'. */
  value: string;
  /** The line(s) it was read from. */
  text: string;
  boxes: Box[];
  removed: boolean;
}

export type AccountChoice =
  { mode: 'named' } | { mode: 'existing'; accountId: string } | { mode: 'new'; lender: string; product: string; kind: AccountKind | '' };

export interface NamedAccount {
  accountId?: string;
  lender: string;
  product?: string;
  kind?: AccountKind;
}

export interface DraftEntry {
  /** The account the screen named (title bar, card tail, the file name's app), when it named one. */
  named?: NamedAccount;
  account: AccountChoice;
  fields: DraftField[];
}

export interface ShotDraft {
  width: number;
  height: number;
  entries: DraftEntry[];
  /** `YYYY-MM-DDTHH:mm:ss`, China time (a datetime-local input's value). */
  at: string;
  /** The reader's exact time (milliseconds included), used while `at` still shows it. */
  readAt?: string;
  takenFrom: 'file-name' | 'file-time' | 'now';
}

const CHINA_MS = 8 * 3_600_000;
export const chinaWallClock = (ms: number): string => new Date(ms + CHINA_MS).toISOString().slice(0, 19);
export const fromChinaWallClock = (value: string): number => Date.parse(`${value.length === 16 ? `${value}:00` : value}+08:00`);

const RATES: ScreenField[] = ['dailyRate', 'apr'];
const AMOUNTS: ScreenField[] = ['totalLimit', 'availableLimit', 'usedAmount'];

function fieldValue(field: ScreenField, value: number | string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(RATES.includes(field) ? +(value * 100).toFixed(6) : value);
  return value;
}

export function draftOf(read: ScreenRead, size: { width: number; height: number }, now: Date): ShotDraft {
  const taken = read.takenAt ? Math.min(Date.parse(read.takenAt), now.getTime()) : now.getTime();
  return {
    ...size,
    at: chinaWallClock(Number.isFinite(taken) ? taken : now.getTime()),
    ...(read.takenAt && Date.parse(read.takenAt) <= now.getTime() && { readAt: new Date(Date.parse(read.takenAt)).toISOString() }),
    takenFrom: read.takenAt ? (read.takenFrom ?? 'file-time') : 'now',
    entries: read.observations.map((o) => {
      const named = o.lender
        ? {
            lender: o.lender,
            ...(o.accountId && { accountId: o.accountId }),
            ...(o.product && { product: o.product }),
            ...(o.kind && { kind: o.kind }),
          }
        : undefined;
      return {
        ...(named && { named }),
        account: named ? { mode: 'named' } : { mode: 'existing', accountId: '' },
        fields: o.fields.map((f) => ({
          field: f.field,
          value: fieldValue(f.field, f.value),
          text: f.text,
          boxes: f.boxes,
          removed: false,
        })),
      };
    }),
  };
}

export type DraftProblem = 'future' | 'account' | 'value' | 'time';

/** A non-negative number as typed (a comma as thousands separator allowed), else undefined. */
const number = (s: string): number | undefined => {
  const n = Number(s.replace(/[,，\s]/g, ''));
  return s.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function valuesOf(fields: DraftField[]): ObservedValues | 'value' {
  const values: ObservedValues = { status: 'unknown' };
  for (const f of fields) {
    if (f.removed) continue;
    if (f.field === 'status') {
      values.status = f.value as Status;
      if (f.text.trim()) values.statusText = f.text.trim().slice(0, 200);
    } else if (f.field === 'increaseAvailable') values.increaseAvailable = f.value === 'true';
    else {
      const n = number(f.value);
      if (n === undefined) return 'value';
      if (AMOUNTS.includes(f.field)) values[f.field as 'totalLimit'] = Math.round(n * 100) / 100;
      else values[f.field as 'apr'] = +(n / 100).toFixed(8);
    }
  }
  return values;
}

/** What the background is sent for this picture (entries with every field removed are left out). */
export function entriesOf(
  draft: ShotDraft,
  now: number,
  accounts: readonly Account[],
): { ok: true; entries: ScreenshotEntry[] } | { ok: false; problem: DraftProblem } {
  const ms = fromChinaWallClock(draft.at);
  if (!Number.isFinite(ms)) return { ok: false, problem: 'time' };
  if (ms > now) return { ok: false, problem: 'future' };
  const at = draft.readAt && chinaWallClock(Date.parse(draft.readAt)) === draft.at ? draft.readAt : new Date(ms).toISOString();
  const entries: ScreenshotEntry[] = [];
  for (const e of draft.entries) {
    if (e.fields.every((f) => f.removed)) continue;
    const values = valuesOf(e.fields);
    if (values === 'value') return { ok: false, problem: 'value' };
    const a = e.account;
    if (a.mode === 'named' && e.named) entries.push({ ...e.named, values, at });
    else if (a.mode === 'existing' && accounts.some((k) => k.id === a.accountId)) {
      const { id, lender, product, kind } = accounts.find((k) => k.id === a.accountId)!;
      entries.push({ accountId: id, lender, ...(product && { product }), ...(kind && { kind }), values, at });
    } else if (a.mode === 'new' && a.lender.trim())
      entries.push({
        lender: a.lender.trim(),
        ...(a.product.trim() && { product: a.product.trim() }),
        ...(a.kind && { kind: a.kind }),
        values,
        at,
      });
    else return { ok: false, problem: 'account' };
  }
  return { ok: true, entries };
}
