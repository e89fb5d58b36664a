// Validation of the manual-entry form: raw typed strings in, a ManualEntry or per-field error keys
// out. It never changes the strings, so the form can keep showing exactly what was typed.
import { normalizeText, parseAmount } from '../extract/numbers';
import type { MessageKey } from '../i18n';
import type { ManualEntry } from '../messaging/protocol';
import { ACCOUNT_KINDS, STATUSES, type AccountKind, type ObservedValues, type Status } from '../model/types';

export interface ManualEntryFields {
  /** '' means "new account". */
  accountId: string;
  lender: string;
  product: string;
  kind: string;
  total: string;
  available: string;
  used: string;
  /** Percent per day as typed: "0.035" means 0.035 %/day. */
  dailyRate: string;
  /** Percent per year as typed. */
  apr: string;
  status: string;
}

export type ManualField = keyof ManualEntryFields | 'form';
export type ManualEntryErrors = Partial<Record<ManualField, MessageKey>>;
export type ManualEntryResult = { ok: true; entry: ManualEntry } | { ok: false; errors: ManualEntryErrors };

export const emptyManualEntry: ManualEntryFields = {
  accountId: '',
  lender: '',
  product: '',
  kind: '',
  total: '',
  available: '',
  used: '',
  dailyRate: '',
  apr: '',
  status: 'unknown',
};

const MAX_NAME = 80;
// Far above any consumer credit line; catches an extra digit or a pasted account number.
const MAX_AMOUNT = 1e10;
// Generous ceilings that still catch a rate typed as a fraction of the wrong unit or a stray digit.
const MAX_DAILY_PERCENT = 10;
const MAX_APR_PERCENT = 1000;

// The shape of an amount a person types, after normalizeText (full-width → ASCII, ￥ → ¥):
// optional minus and ¥, digits with or without thousands commas, decimals, a unit, 元/块.
const TYPED_AMOUNT = /^(-)?\s*¥?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*([千万亿])?\s*(?:元|块)?$/;
const UNIT_DIGITS: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };

type Check = { value?: number; error?: MessageKey };

/**
 * `12,345.67`, `¥3000`, `1.2万`, `３万元`. The conversion is the shared page parser's (parseAmount);
 * the form is stricter than a page: it rejects stray text, and reports a minus sign or a third
 * decimal instead of silently dropping or rounding them.
 */
export function readTypedAmount(raw: string): Check {
  const s = normalizeText(raw);
  if (s === '') return {};
  const m = TYPED_AMOUNT.exec(s);
  if (!m || (m[3] === undefined && m[4] === undefined)) return { error: 'form.error.notANumber' };
  if (m[1] || m[2]) return { error: 'form.error.negative' };
  if ((m[4]?.length ?? 0) - (UNIT_DIGITS[m[5] ?? ''] ?? 0) > 2) return { error: 'form.error.tooManyDecimals' };
  const value = parseAmount(s);
  if (value === undefined) return { error: 'form.error.notANumber' };
  if (value > MAX_AMOUNT) return { error: 'form.error.tooLarge' };
  return { value };
}

function parsePercent(text: string): number | undefined {
  const s = normalizeText(text).replace(/\s*%$/, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

function checkRate(raw: string, maxPercent: number): Check {
  if (raw.trim() === '') return {};
  const p = parsePercent(raw);
  if (p === undefined) return { error: 'form.error.notANumber' };
  if (p < 0) return { error: 'form.error.negative' };
  if (p > maxPercent) return { error: 'form.error.rateTooHigh' };
  return { value: Number((p / 100).toPrecision(12)) };
}

export function validateManualEntry(fields: ManualEntryFields): ManualEntryResult {
  const errors: ManualEntryErrors = {};
  const lender = fields.lender.trim();
  const product = fields.product.trim();
  if (!lender) errors.lender = 'form.error.lenderRequired';
  else if ([...lender].length > MAX_NAME) errors.lender = 'form.error.lenderTooLong';
  if ([...product].length > MAX_NAME) errors.product = 'form.error.productTooLong';

  const total = readTypedAmount(fields.total);
  const available = readTypedAmount(fields.available);
  const used = readTypedAmount(fields.used);
  const dailyRate = checkRate(fields.dailyRate, MAX_DAILY_PERCENT);
  const apr = checkRate(fields.apr, MAX_APR_PERCENT);
  const checks = { total, available, used, dailyRate, apr };
  for (const [field, check] of Object.entries(checks)) {
    if (check.error) errors[field as keyof typeof checks] = check.error;
  }
  if (total.value !== undefined) {
    if (available.value !== undefined && available.value > total.value) errors.available = 'form.error.availableOverTotal';
    if (used.value !== undefined && used.value > total.value) errors.used = 'form.error.usedOverTotal';
  }

  const status: Status = (STATUSES as readonly string[]).includes(fields.status) ? (fields.status as Status) : 'unknown';
  const anyAmount = [fields.total, fields.available, fields.used].some((s) => s.trim() !== '');
  if (!anyAmount && status === 'unknown') errors.form = 'form.error.nothingToSave';

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const values: ObservedValues = { status };
  if (total.value !== undefined) values.totalLimit = total.value;
  if (available.value !== undefined) values.availableLimit = available.value;
  if (used.value !== undefined) values.usedAmount = used.value;
  if (dailyRate.value !== undefined) values.dailyRate = dailyRate.value;
  if (apr.value !== undefined) values.apr = apr.value;

  const entry: ManualEntry = { lender, values };
  if (fields.accountId) entry.accountId = fields.accountId;
  if (product) entry.product = product;
  if ((ACCOUNT_KINDS as readonly string[]).includes(fields.kind)) entry.kind = fields.kind as AccountKind;
  return { ok: true, entry };
}
