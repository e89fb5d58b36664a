// A factor and its rule never disagree: on the scenario histories (tests/fixtures/histories) and on
// random histories, at many `now` values and with changed thresholds, each factor fires exactly when
// its rule fires for that reason, its value is the one the alert's evidence gives, and a count sits
// at or over its line exactly when the reason holds. Each projected fall and "back under the line"
// date is checked by recomputing at that instant and a millisecond before it.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactorReport, factorHorizonDays, type Factor, type FactorId, type FactorReport } from '../../../utils/factors';
import type { HistoryEvent, HistoryFile, Observation } from '../../../utils/model/types';
import { parseHistory } from '../../../utils/model/history-schema';
import { buildHistoryView, type HistoryInput } from '../../../utils/rules/history-view';
import { RULES } from '../../../utils/rules/registry';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../utils/rules/thresholds';
import type { Alert, RuleId } from '../../../utils/rules/types';

const DAY = 86_400_000;
const DIR = join(__dirname, '../../fixtures/histories');
const get = (r: FactorReport, id: FactorId): Factor => r.factors.find((f) => f.id === id)!;
const alertsOf = (view: ReturnType<typeof buildHistoryView>, settings: RuleSettings, rule: RuleId): Alert[] =>
  RULES.find((x) => x.id === rule)!.evaluate(view, settings);

/** Checks every agreement at one `now`; returns the report for the projection checks. */
function agree(h: HistoryInput, now: number, settings: RuleSettings): FactorReport {
  // The horizon the background reads factors with (readFactors): the rules see the same alerts on it.
  const view = buildHistoryView(h, now, factorHorizonDays(settings));
  const r = buildFactorReport(view, settings);
  const where = `at ${new Date(now).toISOString()}`;

  const fa = alertsOf(view, settings, 'frequent-applications');
  const [m1, m3] = [get(r, 'inquiries-1m'), get(r, 'inquiries-3m')];
  expect(fa.length > 0, where).toBe(m1.fires || m3.fires);
  if (fa[0]) expect([fa[0].evidence.inWindow, fa[0].evidence.inCriticalWindow], where).toEqual([m1.value, m3.value]);

  const ml = alertsOf(view, settings, 'many-lenders');
  const [cash, inst, opened] = [get(r, 'cash-lenders'), get(r, 'institutions'), get(r, 'accounts-opened')];
  expect(ml.length > 0, where).toBe(cash.fires || inst.fires || opened.fires);
  if (ml[0])
    expect([ml[0].evidence.cashLenders, ml[0].evidence.owedLenders, ml[0].evidence.opened], where).toEqual([
      cash.value,
      inst.value,
      opened.value,
    ]);

  const hu = alertsOf(view, settings, 'high-utilization').filter((a) => a.accountId === undefined);
  const util = get(r, 'utilization');
  expect(hu.length > 0, where).toBe(util.fires);
  if (hu[0]) expect(hu[0].evidence.utilization, where).toBeCloseTo(util.value, 4);
  if (util.fires) expect(util.level).toBe('over');

  const cy = alertsOf(view, settings, 'borrow-repay-cycling');
  const [cycles, pairs] = [get(r, 'cycles'), get(r, 'rollover-pairs')];
  const cycleAlerts = cy.filter((a) => a.evidence.pattern === 'cycles');
  const crossAlert = cy.find((a) => a.evidence.pattern === 'cross-lender');
  // A lender-only line's cycles and the 以贷养贷 alert share one whole-picture slot (the worse is kept).
  if (cycleAlerts.length) expect(cycles.fires, where).toBe(true);
  if (cycles.fires || pairs.fires) expect(cy.length, where).toBeGreaterThan(0);
  if (!cycles.fires && !pairs.fires) expect(cy, where).toEqual([]);
  for (const a of cycleAlerts) expect(a.evidence.cycles as number, where).toBeLessThanOrEqual(cycles.value);
  if (crossAlert) expect([pairs.fires, crossAlert.evidence.times], where).toEqual([true, pairs.value]);
  if (pairs.fires && !cycleAlerts.some((a) => a.accountId === undefined)) expect(crossAlert, where).toBeDefined();

  // Counts against their lines: over exactly when the reason holds.
  for (const f of r.factors) {
    if (f.unit !== 'count' || f.threshold === undefined) continue;
    expect(f.level === 'over', `${f.id} ${where}`).toBe(f.fires);
    if (f.id !== 'cycles') expect(f.fires, `${f.id} ${where}`).toBe(f.value >= f.threshold);
    else if (f.value >= f.threshold) expect(f.fires).toBe(true);
  }
  return r;
}

/** Every projected fall happens at its instant, not before; the factor is back under its line at `withinAt`. */
function projectionsHold(full: HistoryInput, r: FactorReport, settings: RuleSettings) {
  // "If nothing new happens": only what was known at the report's `now`.
  const now = Date.parse(r.now);
  const nowIso = r.now;
  const h: HistoryInput = {
    accounts: full.accounts,
    events: full.events.filter((e) => Date.parse(e.at) <= now),
    observations: full.observations
      .filter((o) => Date.parse(o.at) <= now)
      .map((o) => (o.lastSeenAt !== undefined && Date.parse(o.lastSeenAt) > now ? { ...o, lastSeenAt: nowIso } : o)),
  };
  const at = (t: number) => buildFactorReport(buildHistoryView(h, t, factorHorizonDays(settings)), settings);
  for (const f of r.factors) {
    if (!f.projection) continue;
    let before = f.value;
    for (const d of f.projection.drops) {
      const t = Date.parse(d.at);
      expect(get(at(t - 1), f.id).value, `${f.id} just before ${d.at}`).toBe(before);
      expect(get(at(t), f.id).value, `${f.id} at ${d.at}`).toBe(d.value);
      before = d.value;
    }
    if (f.projection.withinAt) {
      const t = Date.parse(f.projection.withinAt);
      expect(f.fires).toBe(true);
      expect(get(at(t - 1), f.id).fires).toBe(true);
      expect(get(at(t), f.id).fires).toBe(false);
    }
  }
}

function load(file: string): HistoryFile {
  const parsed = parseHistory(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.expected}`);
  return parsed.file;
}

const STRICTER: RuleSettings = {
  ...DEFAULT_RULE_SETTINGS,
  'frequent-applications': {
    ...DEFAULT_RULE_SETTINGS['frequent-applications'],
    count: 2,
    windowDays: 20,
    longCount: 3,
    criticalCount: 4,
    criticalWindowDays: 60,
  },
  'many-lenders': { ...DEFAULT_RULE_SETTINGS['many-lenders'], lenders: 2, criticalLenders: 3, institutions: 3, openedCount: 2 },
  'high-utilization': { ...DEFAULT_RULE_SETTINGS['high-utilization'], aggregate: 0.5, criticalAggregate: 0.8, aggregateSpanDays: 7 },
  'borrow-repay-cycling': {
    ...DEFAULT_RULE_SETTINGS['borrow-repay-cycling'],
    cycles: 2,
    criticalCycles: 3,
    crossLender: 1,
    criticalCrossLender: 2,
  },
};

describe('factors agree with their rules', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .sort();

  it.each(files)('on %s at every tenth day of its life, with default and stricter thresholds', (file) => {
    const h = load(file);
    const times = [...h.observations.map((o) => Date.parse(o.at)), ...h.events.map((e) => Date.parse(e.at))];
    const from = Math.min(...times);
    const to = Date.parse(h.exportedAt);
    for (let now = from; now <= to + 100 * DAY; now += 10 * DAY) {
      for (const settings of [DEFAULT_RULE_SETTINGS, STRICTER]) {
        const r = agree(h, now, settings);
        if (now % (30 * DAY) < 10 * DAY) projectionsHold(h, r, settings);
      }
    }
  });

  it('fires for some reason on the scenario set (the check above is not vacuous)', () => {
    const fired = new Set<FactorId>();
    for (const file of files) {
      const h = load(file);
      const r = agree(h, Date.parse(h.exportedAt), DEFAULT_RULE_SETTINGS);
      for (const f of r.factors) if (f.fires) fired.add(f.id);
    }
    expect([...fired].sort()).toEqual(expect.arrayContaining(['cash-lenders', 'cycles', 'inquiries-1m', 'inquiries-3m']));
  });

  // Random histories crowded into a few months, so that windows fill and empty.
  const T0 = Date.UTC(2026, 0, 1);
  const ids = ['a', 'b', 'c', 'd'];
  const lenders = ['度小满', '京东', '微众银行', '招商银行股份有限公司/CMB', '招商银行'];
  const instant = fc.integer({ min: 0, max: 150 * 24 }).map((h) => T0 + h * 3_600_000);
  const eventArb: fc.Arbitrary<HistoryEvent> = fc
    .record({
      at: instant,
      kind: fc.constantFrom('inquiry', 'application', 'borrow', 'repay', 'account-opened', 'inquiry', 'borrow', 'repay'),
      accountId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      lender: fc.constantFrom(...lenders),
      amount: fc.option(
        fc.integer({ min: 1, max: 20 }).map((n) => n * 500),
        { nil: undefined },
      ),
      reason: fc.constantFrom('贷款审批', '信用卡审批', '贷后管理', '本人查询'),
      full: fc.boolean(),
    })
    .map(
      ({ at, accountId, ...rest }) => ({ ...rest, ...(accountId ? { accountId } : {}), at: new Date(at).toISOString() }) as HistoryEvent,
    );
  const obsArb: fc.Arbitrary<Observation> = fc
    .record({
      at: instant,
      accountId: fc.constantFrom(...ids),
      totalLimit: fc.integer({ min: 0, max: 10 }).map((n) => n * 1000),
      used: fc.integer({ min: 0, max: 10 }).map((n) => n * 1000),
      seen: fc.integer({ min: 0, max: 30 }),
    })
    .map(({ at, accountId, totalLimit, used, seen }) => ({
      accountId,
      at: new Date(at).toISOString(),
      lastSeenAt: new Date(at + seen * DAY).toISOString(),
      status: 'normal',
      source: 'page',
      totalLimit,
      usedAmount: Math.min(used, totalLimit),
    }));
  const historyArb = fc.record({
    kinds: fc.tuple(...ids.map(() => fc.constantFrom('credit-line', 'credit-card', 'pay-later', 'installment-loan' as const))),
    observations: fc.array(obsArb, { maxLength: 25 }),
    events: fc.array(eventArb, { maxLength: 40 }),
  });

  it('on random histories, at many now values, with default and stricter thresholds', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.array(fc.integer({ min: 0, max: 220 * 24 }), { minLength: 3, maxLength: 6 }),
        ({ kinds, observations, events }, hours) => {
          const h: HistoryInput = { accounts: ids.map((id, i) => ({ id, lender: lenders[i]!, kind: kinds[i]! })), observations, events };
          for (const hour of hours) {
            for (const settings of [DEFAULT_RULE_SETTINGS, STRICTER]) {
              const r = agree(h, T0 + hour * 3_600_000, settings);
              projectionsHold(h, r, settings);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
