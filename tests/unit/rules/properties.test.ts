// Properties of the rule engine over arbitrary valid histories (history-format.md v1): no rule throws,
// alerts are well-formed, evaluation is deterministic and blind to input order, and the risk score
// never falls when an alert is added or made more severe (heuristics.md "Risk level").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import {
  ACCOUNT_KINDS,
  EVENT_KINDS,
  OUTCOMES,
  SOURCES,
  STATUSES,
  type Account,
  type HistoryEvent,
  type HistoryFile,
  type Observation,
} from '../../../utils/model/types';
import { evaluateHistory, evaluateView } from '../../../utils/rules/engine';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { RULES } from '../../../utils/rules/registry';
import { RISK_LEVELS, riskOf } from '../../../utils/rules/risk';
import { DEFAULT_RULE_SETTINGS, horizonDays } from '../../../utils/rules/thresholds';
import { RULE_IDS, SEVERITIES, severityRank, type Alert, type Severity } from '../../../utils/rules/types';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 5, 1);
const RUNS = { numRuns: 80 };

// ---------------------------------------------------------------------------------------------
// Arbitrary valid histories

/** Yuan with at most two decimals; zero often, since zero is where rules change their mind. */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => n * 1000) },
);
const dailyRate = fc.integer({ min: 0, max: 1000 }).map((n) => n / 100_000);
const apr = fc.integer({ min: 0, max: 3600 }).map((n) => n / 10_000);

const ACCOUNT_IDS = ['jd-baitiao', 'jd-jintiao', 'alipay-huabei', 'jiebei', 'manual:微众银行/微粒贷', 'manual:招商银行/信用卡'] as const;
const LENDERS = ['京东', '支付宝', '微众银行', '度小满', '招商银行'] as const;
const REASONS = ['贷款审批', '信用卡审批', '贷后管理', '本人查询', '担保资格审查'] as const;

const accountArb: fc.Arbitrary<Account> = fc.record(
  {
    id: fc.constantFrom(...ACCOUNT_IDS),
    lender: fc.constantFrom(...LENDERS),
    product: fc.constantFrom('白条', '金条', '花呗', '借呗', '微粒贷', '信用卡'),
    kind: fc.constantFrom(...ACCOUNT_KINDS),
  },
  { requiredKeys: ['id', 'lender'] },
);

/** Instants within `span` days of T0, on a coarse grid so that same-instant rows are common. */
const instantMs = (spanDays: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: spanDays }).map((d) => T0 + d * DAY),
    fc.integer({ min: 0, max: spanDays * 24 }).map((h) => T0 + h * 3_600_000),
  );

function observationArb(ids: string[], spanDays: number): fc.Arbitrary<Observation> {
  return fc
    .record(
      {
        accountId: fc.constantFrom(...ids),
        at: instantMs(spanDays),
        seenFor: fc.integer({ min: 0, max: 40 * 24 }),
        hasSeen: fc.boolean(),
        totalLimit: amount,
        availableLimit: amount,
        usedAmount: amount,
        dailyRate,
        apr,
        status: fc.constantFrom(...STATUSES),
        statusText: fc.constantFrom('正常', '暂时无法使用', '额度已冻结', '服务已关闭', ''),
        increaseAvailable: fc.boolean(),
        source: fc.constantFrom(...SOURCES),
        url: fc.constant('https://baitiao.jd.com/v3/ious/list'),
      },
      { requiredKeys: ['accountId', 'at', 'seenFor', 'hasSeen', 'status', 'source'] },
    )
    .map(({ at, seenFor, hasSeen, ...rest }) => {
      const o: Observation = { ...rest, at: new Date(at).toISOString() };
      if (hasSeen) o.lastSeenAt = new Date(at + seenFor * 3_600_000).toISOString();
      // "An observation carries at least one amount, a rate, or a status other than unknown."
      const empty = [o.totalLimit, o.availableLimit, o.usedAmount, o.dailyRate, o.apr].every((x) => x === undefined);
      if (o.status === 'unknown' && empty) o.totalLimit = 0;
      return o;
    });
}

function eventArb(ids: string[], spanDays: number): fc.Arbitrary<HistoryEvent> {
  return fc
    .record(
      {
        at: instantMs(spanDays),
        kind: fc.constantFrom(...EVENT_KINDS),
        accountId: fc.constantFrom(...ids),
        lender: fc.constantFrom(...LENDERS),
        amount,
        reason: fc.constantFrom(...REASONS),
        outcome: fc.constantFrom(...OUTCOMES),
        full: fc.boolean(),
        source: fc.constantFrom(...SOURCES),
      },
      { requiredKeys: ['at', 'kind'] },
    )
    .map(({ at, ...rest }) => ({ ...rest, at: new Date(at).toISOString() }));
}

/** A borrow and, within 0–9 days, a repayment of the same account: the stuff of borrow-repay loops. */
function loopArb(ids: string[], spanDays: number): fc.Arbitrary<HistoryEvent[]> {
  return fc
    .record({
      at: instantMs(spanDays),
      accountId: fc.constantFrom(...ids),
      amount: fc.integer({ min: 1, max: 50 }).map((n) => n * 1000),
      after: fc.integer({ min: 0, max: 9 * 24 }),
      full: fc.boolean(),
    })
    .map(({ at, accountId, amount, after, full }) => [
      { at: new Date(at).toISOString(), kind: 'borrow', accountId, amount },
      { at: new Date(at + after * 3_600_000).toISOString(), kind: 'repay', accountId, amount, ...(full ? { full } : {}) },
    ]);
}

/** A valid history file: a few accounts, up to 40 observations and 50 events within a span of days
 *  (short spans crowd borrowing, inquiries and falls into the rules' windows). */
const historyArb: fc.Arbitrary<HistoryFile> = fc
  .record({
    span: fc.constantFrom(20, 90, 365),
    accounts: fc.uniqueArray(accountArb, { selector: (a) => a.id, minLength: 1, maxLength: 6 }),
  })
  .chain(({ span, accounts }) => {
    const ids = accounts.map((a) => a.id);
    return fc.record({
      format: fc.constant('limit-sentinel.history' as const),
      version: fc.constant(1 as const),
      exportedAt: fc.constant(new Date(T0 + (span + 1) * DAY).toISOString()),
      accounts: fc.constant(accounts),
      observations: fc.uniqueArray(observationArb(ids, span), { selector: (o) => `${o.accountId}|${o.at}`, maxLength: 40 }),
      events: fc
        .tuple(fc.array(eventArb(ids, span), { maxLength: 40 }), fc.array(loopArb(ids, span), { maxLength: 6 }))
        .map(([events, loops]) => [...events, ...loops.flat()]),
    });
  });

/** The span of a generated history, from T0 to its export time. */
const endOf = (h: HistoryFile) => Date.parse(h.exportedAt);

/** `now` within the data (or a little after it), before all of it, or long after it. */
const nowFor = (h: HistoryFile) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: T0, max: endOf(h) + 60 * DAY }) },
    { weight: 1, arbitrary: fc.constant(T0 - DAY) },
    { weight: 1, arbitrary: fc.integer({ min: 400, max: 2000 }).map((d) => endOf(h) + d * DAY) },
  );
const historyAndNow: fc.Arbitrary<[HistoryFile, number]> = historyArb.chain((h) => fc.tuple(fc.constant(h), nowFor(h)));

/** Fisher–Yates with a seeded generator: a reproducible permutation. */
function permute<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('the history arbitrary', () => {
  it('makes only histories the format accepts', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const parsed = parseHistory(JSON.parse(JSON.stringify(h)));
        expect(parsed.ok ? 'ok' : `${parsed.path}: ${parsed.expected}`).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});

describe('rules on arbitrary valid histories', () => {
  it('no rule throws, and every alert is well-formed', () => {
    fc.assert(
      fc.property(historyAndNow, ([h, now]) => {
        const ids = new Set(h.accounts.map((a) => a.id));
        const view = buildHistoryView(h, now);
        for (const rule of RULES) {
          let alerts: Alert[] = [];
          expect(() => (alerts = rule.evaluate(view, DEFAULT_RULE_SETTINGS)), rule.id).not.toThrow();
          for (const a of alerts) {
            expect(a.rule).toBe(rule.id);
            expect(SEVERITIES).toContain(a.severity);
            if (a.accountId !== undefined) expect(ids.has(a.accountId), `${rule.id}: unknown account ${a.accountId}`).toBe(true);
            const at = Date.parse(a.at);
            expect(Number.isFinite(at), `${rule.id}: at ${a.at}`).toBe(true);
            expect(at, `${rule.id}: condition held after now`).toBeLessThanOrEqual(now);
            expect(Number.isFinite(a.grade), `${rule.id}: grade ${a.grade}`).toBe(true);
            // Evidence is plain data: it survives JSON (no NaN, Infinity, functions or dates).
            expect(JSON.parse(JSON.stringify(a.evidence)), `${rule.id}: evidence`).toEqual(a.evidence);
          }
        }
      }),
      RUNS,
    );
  });

  it('sees nothing when now is before all the data', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        expect(evaluateHistory(h, T0 - DAY)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('does not modify the history it reads', () => {
    fc.assert(
      fc.property(historyAndNow, ([h, now]) => {
        const copy = structuredClone(h);
        evaluateHistory(h, now);
        expect(h).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });

  it('is deterministic and independent of the order of accounts, observations and events', () => {
    fc.assert(
      fc.property(historyAndNow, fc.integer(), ([h, now], seed) => {
        const alerts = evaluateHistory(h, now);
        expect(evaluateHistory(h, now)).toEqual(alerts);
        const shuffled: HistoryFile = {
          ...h,
          accounts: permute(h.accounts, seed),
          observations: permute(h.observations, seed + 1),
          events: permute(h.events, seed + 2),
        };
        expect(evaluateHistory(shuffled, now)).toEqual(alerts);
        expect(evaluateHistory(h, new Date(now))).toEqual(alerts);
      }),
      RUNS,
    );
  });
});

describe('the history horizon', () => {
  // Events older than the horizon are out by definition (an unmatched borrow from a year ago must
  // not decide which recent borrow a repay settles); observations before it keep their last values.
  it('gives the same alerts as reading every observation', () => {
    // Long spans and late `now`s put most rows behind the horizon: only their last values remain.
    const longHistory = historyArb
      .filter((h) => Date.parse(h.exportedAt) - T0 > 300 * DAY)
      .chain((h) => fc.tuple(fc.constant(h), nowFor(h)));
    fc.assert(
      fc.property(longHistory, ([h, now]) => {
        const horizon = horizonDays(DEFAULT_RULE_SETTINGS);
        const recentEvents = h.events.filter((e) => Date.parse(e.at) > now - horizon * DAY);
        const whole = evaluateView(buildHistoryView({ ...h, events: recentEvents }, now), DEFAULT_RULE_SETTINGS);
        expect(evaluateView(buildHistoryView(h, now, horizon), DEFAULT_RULE_SETTINGS)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Risk

// Some alerts of one account within days of each other, so "one change, one driver" is exercised too.
const alertArb = fc.record(
  {
    rule: fc.constantFrom(...RULE_IDS),
    severity: fc.constantFrom(...SEVERITIES),
    accountId: fc.constantFrom('jd', 'jb'),
    at: fc.integer({ min: 0, max: 40 }).map((d) => new Date(Date.UTC(2026, 9, 1) + d * 86_400_000).toISOString()),
  },
  { requiredKeys: ['rule', 'severity'] },
);
const levelRank = (l: (typeof RISK_LEVELS)[number]) => RISK_LEVELS.indexOf(l);
const higher = (s: Severity): Severity[] => SEVERITIES.filter((x) => severityRank(x) > severityRank(s));

describe('riskOf', () => {
  it('scores 0–100, and any critical alert means high or above', () => {
    fc.assert(
      fc.property(fc.array(alertArb, { maxLength: 30 }), (alerts) => {
        const r = riskOf(alerts);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        if (alerts.some((a) => a.severity === 'critical')) expect(levelRank(r.level)).toBeGreaterThanOrEqual(levelRank('high'));
        if (alerts.length === 0) expect(r).toMatchObject({ score: 0, level: 'low', drivers: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('never decreases when an alert is added', () => {
    fc.assert(
      fc.property(fc.array(alertArb, { maxLength: 30 }), alertArb, fc.nat(), (alerts, extra, pos) => {
        const before = riskOf(alerts);
        const i = pos % (alerts.length + 1);
        const after = riskOf([...alerts.slice(0, i), extra, ...alerts.slice(i)]);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
      }),
      { numRuns: 200 },
    );
  });

  it('never decreases when an alert becomes more severe', () => {
    fc.assert(
      fc.property(fc.array(alertArb, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (alerts, pos, pick) => {
        const i = pos % alerts.length;
        const options = higher(alerts[i]!.severity);
        if (!options.length) return;
        const raised = alerts.map((a, j) => (j === i ? { ...a, severity: options[pick % options.length]! } : a));
        const before = riskOf(alerts);
        const after = riskOf(raised);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the alerts', () => {
    fc.assert(
      fc.property(fc.array(alertArb, { maxLength: 30 }), fc.integer(), (alerts, seed) => {
        expect(riskOf(permute(alerts, seed))).toEqual(riskOf(alerts));
      }),
      { numRuns: 200 },
    );
  });

  it('never decreases along the alerts of a real evaluation, added one by one', () => {
    fc.assert(
      fc.property(historyAndNow, ([h, now]) => {
        const alerts = evaluateHistory(h, now);
        let previous = riskOf([]);
        for (let k = 1; k <= alerts.length; k++) {
          const r = riskOf(alerts.slice(0, k));
          expect(r.score).toBeGreaterThanOrEqual(previous.score);
          previous = r;
        }
      }),
      { numRuns: 50 },
    );
  });
});
