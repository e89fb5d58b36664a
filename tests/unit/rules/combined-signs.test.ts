// The candidate rule combined-signs (heuristics.md, "Signs together"): two different signs each at
// ⅔ of their own warning threshold, none of their rules warning, make one warning.
import { describe, expect, it } from 'vitest';
import { combinedSigns, softened } from '../../../utils/rules/combined-signs/rule';
import { combinedSignsUnit } from '../../../utils/rules/combined-signs';
import { textContext } from '../../../utils/rules/describe';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { event, history, NOW, obs, runAll } from './support/history';

const evaluate = (h: ReturnType<typeof history>, now = NOW) => combinedSigns.evaluate(buildHistoryView(h, now), DEFAULT_RULE_SETTINGS);
const inquiry = (days: number, lender: string) => event('inquiry', days, { reason: '贷款审批', lender });

// A card at 65 % for 20 days (below 70 %), seen three times.
const card = (share: number) =>
  [40, 20, 2].map((d) => obs('card', d, { totalLimit: 20000, availableLimit: 20000 * (1 - share), usedAmount: 20000 * share }));

describe('combined-signs (candidate)', () => {
  it('brings the warning thresholds to ⅔, counts rounded up, critical ones untouched', () => {
    const s = softened(DEFAULT_RULE_SETTINGS, 2 / 3);
    expect(s['frequent-applications']).toMatchObject({ count: 2, longCount: 4, criticalCount: 6 });
    expect(s['many-lenders']).toMatchObject({ lenders: 2, institutions: 4, openedCount: 2, criticalLenders: 5 });
    expect(s['high-utilization'].aggregate).toBeCloseTo(0.4667, 3);
    expect(s['high-utilization'].aggregateSpanDays).toBe(10);
    expect(s['borrow-repay-cycling'].cycles).toBe(2);
  });

  it('warns on utilisation at 65 % and two inquiries, neither enough alone', () => {
    const h = history({ observations: card(0.65), events: [inquiry(12, '某消费金融'), inquiry(5, '某小贷')] });
    expect(runAll(h).filter((a) => a.severity !== 'info')).toEqual([]);
    const [a, ...rest] = evaluate(h);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'combined-signs', severity: 'warning', grade: 2 });
    expect((a!.evidence.signs as { rule: string }[]).map((s) => s.rule).sort()).toEqual(['frequent-applications', 'high-utilization']);
    // Not registered: its words come from its own unit.
    const zh = combinedSignsUnit.texts.zh(a!, textContext('zh', undefined));
    expect(zh.detail).toContain('使用率过高');
    expect(zh.detail).toContain('频繁申请');
    expect(combinedSignsUnit.advice.en.length).toBeGreaterThan(0);
  });

  it('stays quiet on one sign alone, on signs far below ⅔, and when one of the rules already warns', () => {
    expect(evaluate(history({ observations: card(0.65) }))).toEqual([]);
    expect(evaluate(history({ events: [inquiry(12, '某消费金融'), inquiry(5, '某小贷')] }))).toEqual([]);
    expect(evaluate(history({ observations: card(0.3), events: [inquiry(5, '某小贷')] }))).toEqual([]);
    // Three inquiries in a month: frequent-applications warns by itself; utilisation alone is one sign.
    const warned = history({ observations: card(0.65), events: [inquiry(20, 'a'), inquiry(12, 'b'), inquiry(5, 'c')] });
    expect(runAll(warned).some((a) => a.rule === 'frequent-applications')).toBe(true);
    expect(evaluate(warned)).toEqual([]);
  });
});
