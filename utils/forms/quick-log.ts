// Validation of the popup's quick log (applied for credit / borrowed / repaid): raw typed strings in,
// an EventEntry or per-field error keys out. Like the manual-entry form it never changes the strings,
// so a refused save shows exactly what was typed. Amounts are read by the manual-entry parser.
import { normalizeText } from '../extract/numbers';
import { formatAmount } from '../format';
import { t, type Lang, type MessageKey } from '../i18n';
import type { EventEntry } from '../messaging/protocol';
import { OUTCOMES, type Account, type Outcome } from '../model/types';
import { readTypedAmount } from './manual-entry';

export const QUICK_KINDS = ['application', 'borrow', 'repay'] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

export interface QuickLogFields {
  kind: QuickKind;
  /** '' means "no account" (application) or "a new account" (borrow, repay). */
  accountId: string;
  lender: string;
  product: string;
  amount: string;
  /** The day as a date input gives it: YYYY-MM-DD, local time. */
  date: string;
  outcome: Outcome;
  full: boolean;
}

export type QuickLogField = keyof QuickLogFields | 'form';
export type QuickLogErrors = Partial<Record<QuickLogField, MessageKey>>;
export type QuickLogResult = { ok: true; entry: EventEntry } | { ok: false; errors: QuickLogErrors };

const MAX_NAME = 80;
/** Older than this is a typo in the year, not a credit event anyone is logging now. */
const EARLIEST_DAY = '2000-01-01';

export const emptyQuickLog = (today: string, kind: QuickKind = 'application'): QuickLogFields => ({
  kind,
  accountId: '',
  lender: '',
  product: '',
  amount: '',
  date: today,
  outcome: 'pending',
  full: false,
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `d` as YYYY-MM-DD (what a date input shows for "today"). */
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** `2026-11-23`, `2026/11/3`, `２０２６－１１－２３` → `2026-11-23`; undefined when it is no real day. */
export function readDay(raw: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(normalizeText(raw));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(2000, mo - 1, d);
  date.setFullYear(y); // not the constructor's: it reads years 0–99 as 1900–1999
  // Date rolls 2026-02-30 over into March: a day that does not round-trip does not exist.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
}

/** The instant a logged day stands for: its local midnight, never later than "now" on that day, and
 *  the same instant each time, so logging the same event twice is recognised as one event. */
export function dayToInstant(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** Distinct lender names of the person's accounts, for the lender field's suggestions. */
export function knownLenders(accounts: readonly Account[]): string[] {
  return [...new Set(accounts.map((a) => a.lender.trim()).filter(Boolean))];
}

export function validateQuickLog(fields: QuickLogFields, today: string): QuickLogResult {
  const errors: QuickLogErrors = {};
  const money = fields.kind !== 'application';
  const lender = fields.lender.trim();
  const product = fields.product.trim();
  // An existing account names its lender itself, except that an application sends the name along.
  const needsLender = fields.accountId === '' || !money;
  if (needsLender && !lender) errors.lender = 'form.error.lenderRequired';
  else if ([...lender].length > MAX_NAME) errors.lender = 'form.error.lenderTooLong';
  if (money && fields.accountId === '' && [...product].length > MAX_NAME) errors.product = 'form.error.productTooLong';

  const amount = money ? readTypedAmount(fields.amount) : {};
  if (amount.error) errors.amount = amount.error;
  else if (money && amount.value === undefined && !(fields.kind === 'repay' && fields.full)) errors.amount = 'quick.error.amountRequired';
  else if (amount.value === 0) errors.amount = 'quick.error.notPositive';

  const day = readDay(fields.date);
  if (fields.date.trim() === '') errors.date = 'quick.error.dateRequired';
  else if (!day) errors.date = 'quick.error.badDate';
  else if (day > today) errors.date = 'quick.error.futureDate';
  else if (day < EARLIEST_DAY) errors.date = 'quick.error.dateTooOld';

  if (Object.keys(errors).length > 0 || !day) return { ok: false, errors };

  const entry: EventEntry = { kind: fields.kind, at: dayToInstant(day) };
  if (fields.accountId) entry.accountId = fields.accountId;
  if (lender && needsLender) entry.lender = lender;
  if (money && !fields.accountId && product) entry.product = product;
  if (amount.value !== undefined) entry.amount = amount.value;
  if (!money) entry.outcome = (OUTCOMES as readonly string[]).includes(fields.outcome) ? fields.outcome : 'pending';
  if (fields.kind === 'repay' && fields.full) entry.full = true;
  return { ok: true, entry };
}

export const accountName = (a: Pick<Account, 'lender' | 'product'>): string => (a.product ? `${a.lender} · ${a.product}` : a.lender);

/** The confirmation line after a save: what was logged, in the person's words. */
export function describeLogged(lang: Lang, entry: EventEntry, day: string, today: string, accounts: readonly Account[]): string {
  const date = day === today ? t(lang, 'quick.today') : day;
  const known = entry.accountId === undefined ? undefined : accounts.find((a) => a.id === entry.accountId);
  const account = known ? accountName(known) : accountName({ lender: entry.lender ?? '', product: entry.product });
  const amount = entry.amount === undefined ? '' : formatAmount(lang, entry.amount);
  if (entry.kind === 'application') {
    return t(lang, 'quick.saved.application', {
      date,
      lender: entry.lender ?? account,
      outcome: t(lang, `quick.outcome.${entry.outcome ?? 'pending'}`),
    });
  }
  if (entry.kind === 'borrow') return t(lang, 'quick.saved.borrow', { date, account, amount });
  return t(lang, entry.full ? 'quick.saved.repayFull' : 'quick.saved.repay', { date, account, amount });
}
