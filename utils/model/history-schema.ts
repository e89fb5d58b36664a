// The executable form of ../shared/design/history-format.md, version 1. Every leaf carries its own
// "expected …" text so that a rejection can name the field without ever quoting the value (amounts
// must not reach messages or logs). Background-only: keeps zod out of the content-script bundle.
import { z } from 'zod';
import type { Failure } from './errors';
import { ACCOUNT_KINDS, EVENT_KINDS, MAX_AMOUNT, MAX_APR, MAX_DAILY_RATE, OUTCOMES, SOURCES, STATUSES } from './types';
import type { Account, HistoryEvent, HistoryFile, Observation, ObservedValues } from './types';
import { EXPECT_INSTANT_RANGE, EXPECT_NOT_FUTURE, normaliseInstant, tooFarAhead } from './instant';

export const HISTORY_FORMAT = 'limit-sentinel.history';
export const HISTORY_VERSION = 1;

/** Sanity caps: far above any personal credit line or lawful rate, low enough to catch a misread
 *  (a percentage stored as a fraction ×100) and to keep the 2-decimal check exact in doubles. */
export { MAX_AMOUNT };
export { MAX_APR, MAX_DAILY_RATE };
export const MAX_TEXT = 200;
export const MAX_ID = 80;
export const MAX_URL = 2048;

const hasAtMostTwoDecimals = (n: number) => Math.round(n * 100) / 100 === n;

const EXPECT_AMOUNT = 'a non-negative number of yuan with at most 2 decimals';
const amount = z
  .number({ error: EXPECT_AMOUNT })
  .min(0, { error: EXPECT_AMOUNT })
  .max(MAX_AMOUNT, { error: EXPECT_AMOUNT })
  .refine(hasAtMostTwoDecimals, { error: EXPECT_AMOUNT });

const rate = (max: number, what: string) => {
  const expected = `a non-negative ${what} as a fraction, at most ${max}`;
  return z.number({ error: expected }).min(0, { error: expected }).max(max, { error: expected });
};

const text = (max: number, min = 0) => {
  const expected = min > 0 ? `text of ${min} to ${max} characters` : `text of at most ${max} characters`;
  return z.string({ error: expected }).min(min, { error: expected }).max(max, { error: expected });
};

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}` });

/** Instants are normalised to `toISOString()` form: the database orders observations by the `at`
 *  string, which is only chronological when every time is UTC with millisecond precision and a
 *  four-digit year (model/instant.ts). */
const EXPECT_INSTANT = 'an ISO 8601 time with a time zone, e.g. 2026-10-01T10:00:00.000Z';
export const instantSchema = z
  .string({ error: EXPECT_INSTANT })
  .pipe(z.iso.datetime({ offset: true, error: EXPECT_INSTANT }))
  .transform((s, ctx) => {
    const iso = normaliseInstant(s);
    if (iso !== undefined) return iso;
    ctx.addIssue({ code: 'custom', message: EXPECT_INSTANT_RANGE });
    return z.NEVER;
  });

const httpUrl = text(MAX_URL).refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), {
  error: 'an http or https address',
});

const strict = <S extends z.core.$ZodLooseShape>(shape: S, what: string) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'no such field' : what),
  });

export const accountSchema = strict(
  { id: text(MAX_ID, 1), lender: text(MAX_TEXT, 1), product: text(MAX_TEXT).optional(), kind: oneOf(ACCOUNT_KINDS).optional() },
  'an account object',
);

const observedShape = {
  totalLimit: amount.optional(),
  availableLimit: amount.optional(),
  usedAmount: amount.optional(),
  dailyRate: rate(MAX_DAILY_RATE, 'daily rate').optional(),
  apr: rate(MAX_APR, 'annual rate').optional(),
  status: oneOf(STATUSES),
  statusText: text(MAX_TEXT).optional(),
  increaseAvailable: z.boolean({ error: 'true or false' }).optional(),
};

/** The format's "an observation carries at least one amount, a rate, or a status other than
 *  unknown". Kept out of `observedValuesSchema` so message schemas can `.extend` that one. */
export const carriesObservedValue = (v: ObservedValues): boolean =>
  v.status !== 'unknown' || [v.totalLimit, v.availableLimit, v.usedAmount, v.dailyRate, v.apr].some((x) => x !== undefined);
const EXPECT_CONTENT = 'at least one amount, a rate, or a status other than "unknown"';

export const observedValuesSchema = strict(observedShape, 'an object of observed values');

export const observationSchema = strict(
  {
    accountId: text(MAX_ID, 1),
    at: instantSchema,
    lastSeenAt: instantSchema.optional(),
    ...observedShape,
    source: oneOf(SOURCES),
    url: httpUrl.optional(),
  },
  'an observation object',
)
  .refine(carriesObservedValue, { error: EXPECT_CONTENT })
  .refine((o) => o.lastSeenAt === undefined || o.lastSeenAt >= o.at, {
    error: 'a time not before "at"',
    path: ['lastSeenAt'],
  });

export const eventSchema = strict(
  {
    at: instantSchema,
    kind: oneOf(EVENT_KINDS),
    accountId: text(MAX_ID, 1).optional(),
    lender: text(MAX_TEXT).optional(),
    amount: amount.optional(),
    reason: text(MAX_TEXT).optional(),
    outcome: oneOf(OUTCOMES).optional(),
    full: z.boolean({ error: 'true or false' }).optional(),
    source: oneOf(SOURCES).optional(),
  },
  'an event object',
);

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'a list' });

export const historyFileSchema = strict(
  {
    format: z.literal(HISTORY_FORMAT, { error: `"${HISTORY_FORMAT}"` }),
    version: z.literal(HISTORY_VERSION, { error: `version ${HISTORY_VERSION}` }),
    exportedAt: instantSchema,
    accounts: list(accountSchema),
    observations: list(observationSchema),
    events: list(eventSchema),
    // Exporters may add these two; this reader has no use for them, so they are not validated.
    settings: z.unknown().optional(),
    alerts: z.unknown().optional(),
  },
  'a history file object',
)
  .superRefine(checkReferences)
  .transform(({ settings: _s, alerts: _a, ...file }) => file);

/** Cross-record rules, in file order so that the first issue is the first bad field. */
function checkReferences(file: { accounts: Account[]; observations: Observation[]; events: HistoryEvent[] }, ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  file.accounts.forEach((a, i) => {
    if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'id'], message: 'an id not used by another account' });
    ids.add(a.id);
  });
  // The database keys observations by [accountId, at]; two in one file could not both be kept.
  const seen = new Map<string, Set<string>>(); // account → its observation times
  file.observations.forEach((o, i) => {
    if (!ids.has(o.accountId))
      ctx.addIssue({ code: 'custom', path: ['observations', i, 'accountId'], message: 'the id of an account in this file' });
    let times = seen.get(o.accountId);
    if (!times) seen.set(o.accountId, (times = new Set()));
    if (times.has(o.at))
      ctx.addIssue({ code: 'custom', path: ['observations', i, 'at'], message: 'a time not used by another observation of this account' });
    times.add(o.at);
  });
  file.events.forEach((e, i) => {
    if (e.accountId !== undefined && !ids.has(e.accountId))
      ctx.addIssue({ code: 'custom', path: ['events', i, 'accountId'], message: 'the id of an account in this file' });
  });
}

export type ParsedHistory = { ok: true; file: HistoryFile } | Failure;

export interface ParseHistoryOptions {
  /**
   * The latest time an observation or event may carry (model/instant.ts `latestAccepted`): set
   * when the file is to be stored. `assess` leaves it out, since it ignores what lies after `--now`.
   */
  latest?: string;
}

export function parseHistory(json: unknown, { latest }: ParseHistoryOptions = {}): ParsedHistory {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, code: 'invalid-file', path: '', expected: 'a history file object' };
  }
  // A newer file must be refused as newer, not as "unknown field …" from a schema it does not match.
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format === HISTORY_FORMAT && typeof version === 'number' && Number.isInteger(version) && version > HISTORY_VERSION) {
    return { ok: false, code: 'newer-version', path: 'version', expected: `version ${HISTORY_VERSION} or older` };
  }
  const parsed = historyFileSchema.safeParse(json);
  if (parsed.success) {
    const ahead = latest === undefined ? undefined : firstTimeAhead(parsed.data, latest);
    return ahead === undefined
      ? { ok: true, file: parsed.data }
      : { ok: false, code: 'invalid-file', path: ahead, expected: EXPECT_NOT_FUTURE };
  }
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, code: 'invalid-file', path: '', expected: 'a history file object' };
  const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : [];
  return { ok: false, code: 'invalid-file', path: formatPath([...issue.path, ...extra]), expected: issue.message };
}

/** The path of the first observation or event time after `latest`, in file order. */
function firstTimeAhead(file: HistoryFile, latest: string): string | undefined {
  for (const [i, o] of file.observations.entries()) {
    if (tooFarAhead(o.at, latest)) return `observations[${i}].at`;
    if (o.lastSeenAt !== undefined && tooFarAhead(o.lastSeenAt, latest)) return `observations[${i}].lastSeenAt`;
  }
  for (const [i, e] of file.events.entries()) if (tooFarAhead(e.at, latest)) return `events[${i}].at`;
  return undefined;
}

/** `observations[12].totalLimit`; odd keys are quoted and cut short, since they come from the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => {
      if (typeof k === 'number') return `[${k}]`;
      const s = String(k);
      if (/^[A-Za-z_$][\w$]*$/.test(s) && s.length <= 40) return i === 0 ? s : `.${s}`;
      return `[${JSON.stringify(s.slice(0, 40))}]`;
    })
    .join('');
}

// Type-level guard: the zod shapes and the plain types in types.ts must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [
  Same<z.infer<typeof accountSchema>, Account>,
  Same<z.infer<typeof observedValuesSchema>, ObservedValues>,
  Same<z.infer<typeof observationSchema>, Observation>,
  Same<z.infer<typeof eventSchema>, HistoryEvent>,
  Same<z.infer<typeof historyFileSchema>, Omit<HistoryFile, 'settings' | 'alerts'>>,
] = [true, true, true, true, true];
void typesAgree;
