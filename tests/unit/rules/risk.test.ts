// One change, one driver (heuristics.md v2): alerts of one account that began within 7 days of each
// other count once for the score, at the highest severity among them; all stay visible.
import { describe, expect, it } from 'vitest';
import { riskOf } from '../../../utils/rules/risk';
import type { RuleId, Severity } from '../../../utils/rules/types';
import { ago, history, obs, runAll } from './support/history';

const alert = (rule: RuleId, severity: Severity, accountId: string | undefined, daysAgo: number) => ({
  rule,
  severity,
  ...(accountId ? { accountId } : {}),
  at: ago(daysAgo),
});

describe('risk: one change, one driver', () => {
  it('scores a limit cut to 0 (limit-drop, limit-zeroed, status-worsened) like one critical alert', () => {
    const one = riskOf([alert('limit-drop', 'critical', 'jd', 5)]);
    const three = riskOf([
      alert('limit-drop', 'critical', 'jd', 5),
      alert('limit-zeroed', 'critical', 'jd', 5),
      alert('status-worsened', 'warning', 'jd', 4),
    ]);
    expect(three.score).toBe(one.score);
    expect(three.drivers).toEqual(['limit-drop', 'limit-zeroed', 'status-worsened']);
  });

  it('counts changes more than 7 days apart, on other accounts, or about the whole picture separately', () => {
    const base = riskOf([alert('limit-drop', 'critical', 'jd', 30)]).score;
    expect(riskOf([alert('limit-drop', 'critical', 'jd', 30), alert('status-worsened', 'critical', 'jd', 20)]).score).toBeGreaterThan(base);
    expect(riskOf([alert('limit-drop', 'critical', 'jd', 30), alert('limit-drop', 'critical', 'jb', 30)]).score).toBeGreaterThan(base);
    expect(riskOf([alert('limit-drop', 'critical', 'jd', 30), alert('many-lenders', 'critical', undefined, 30)]).score).toBeGreaterThan(
      base,
    );
  });

  it('takes the highest severity of a change: a warning next to a critical adds nothing, a critical next to a warning upgrades it', () => {
    const warning = riskOf([alert('rate-increase', 'warning', 'jd', 10)]).score;
    const critical = riskOf([alert('limit-drop', 'critical', 'jd', 10)]).score;
    expect(riskOf([alert('rate-increase', 'warning', 'jd', 10), alert('limit-drop', 'critical', 'jd', 8)]).score).toBe(critical);
    expect(critical).toBeGreaterThan(warning);
  });

  it('applies on the engine: a 借呗 cut to 0 reads as one high driver, not three', () => {
    const h = history({
      observations: [
        obs('jb', 60, { totalLimit: 30000, availableLimit: 30000 }),
        obs('jb', 5, { totalLimit: 0, availableLimit: 0, status: 'limited' }),
      ],
    });
    const alerts = runAll(h);
    expect(alerts.map((a) => a.rule).sort()).toEqual(['limit-drop', 'limit-zeroed', 'status-worsened']);
    expect(riskOf(alerts)).toMatchObject({ score: 50, level: 'high' });
  });

  it('lets a limit that fell before and fell again with the cut join that cut', () => {
    // 白条 fell 45000 → 30000 in September and 30000 → 0 with the October cut (limit-drop began in
    // September, its last fall is the cut's).
    const drop = { ...alert('limit-drop', 'critical', 'jd', 40), evidence: { lastFallAt: ago(5) } };
    const cut = [drop, alert('limit-zeroed', 'critical', 'jd', 5), alert('status-worsened', 'warning', 'jd', 5)];
    expect(riskOf(cut).score).toBe(riskOf([alert('limit-zeroed', 'critical', 'jd', 5)]).score);
  });
});

describe('risk: reminders never raise it', () => {
  it('keeps eight stale accounts at score 0, level low, with no driver', () => {
    const stale = Array.from({ length: 8 }, (_, i) => alert('stale-account', 'info', `a${i}`, i * 10));
    expect(riskOf(stale)).toEqual({ score: 0, level: 'low', drivers: [] });
  });

  it('adds nothing to a warning or a critical', () => {
    const warning = [alert('rate-increase', 'warning', 'jd', 10)];
    const stale = [alert('stale-account', 'info', 'jd', 40), alert('stale-account', 'info', 'hb', 3)];
    expect(riskOf([...warning, ...stale])).toEqual(riskOf(warning));
    const critical = [alert('many-lenders', 'critical', undefined, 10)];
    expect(riskOf([...critical, ...stale])).toEqual(riskOf(critical));
  });

  it('applies on the engine: accounts not looked at for weeks are reminders, not a risk', () => {
    const h = history({
      observations: ['a', 'b', 'c', 'd'].map((id, i) => obs(id, 30 + i, { totalLimit: 10000, availableLimit: 10000 })),
    });
    const alerts = runAll(h);
    expect(alerts.filter((a) => a.rule === 'stale-account')).toHaveLength(4);
    expect(riskOf(alerts)).toEqual({ score: 0, level: 'low', drivers: [] });
  });
});
