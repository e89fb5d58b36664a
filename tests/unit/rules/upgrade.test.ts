// What a person stored before rules version 2 survives it: threshold overrides (new fields get their
// defaults), alert states and dismissals (same ids, grades on the same scale).
import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { reconcileAlerts } from '../../../utils/rules/alert-states';
import { freshAlerts } from '../../../utils/rules/fresh-alerts';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { checkOverrides, mergeThresholds } from '../../../utils/rules/thresholds-check';
import { account, ago, history, NOW, obs } from './support/history';

describe('upgrade to rules version 2', () => {
  it('keeps threshold overrides saved by version 1 and fills the new fields with defaults', () => {
    // What the options page of version 1 could save.
    const saved = {
      'borrow-repay-cycling': { windowDays: 30, cycles: 4, crossWindowDays: 60 },
      'many-lenders': { lenders: 4, criticalLenders: 6 },
      'frequent-applications': { count: 4, criticalCount: 7 },
      'high-utilization': { aggregate: 0.75 },
    };
    expect(checkOverrides(saved)).toBeUndefined();
    const merged = mergeThresholds(saved);
    expect(merged['borrow-repay-cycling']).toMatchObject({
      windowDays: 30,
      cycles: 4,
      crossWindowDays: 60,
      criticalWindowDays: 30,
      criticalCrossLender: 4,
    });
    expect(merged['many-lenders']).toMatchObject({ lenders: 4, criticalLenders: 6, institutions: 5 });
    expect(merged['frequent-applications']).toMatchObject({ count: 4, criticalCount: 7, longCount: 5 });
    expect(merged['high-utilization']).toMatchObject({ aggregate: 0.75, aggregateSpanDays: 14 });
    expect(merged['sudden-drawdown']).toEqual(DEFAULT_RULE_SETTINGS['sudden-drawdown']);
  });

  it('refuses a 5-in-90 warning set above the critical count, naming the field', () => {
    expect(checkOverrides({ 'frequent-applications': { longCount: 7 } })).toMatchObject({
      problem: 'order',
      field: 'criticalCount',
      other: 'longCount',
    });
    expect(checkOverrides({ 'sudden-drawdown': { quietShare: 0.8 } })).toMatchObject({ problem: 'order' });
    expect(checkOverrides({ 'borrow-repay-cycling': { crossLender: 5 } })).toMatchObject({ problem: 'order' });
  });

  it('keeps a 多头 alert dismissed before the upgrade dismissed while the picture is the same', () => {
    const accounts = ['招商银行', '建设银行', '支付宝', '京东', '微众银行'].map((lender, i) =>
      account(`a${i}`, lender, { kind: i < 2 ? 'credit-card' : i < 4 ? 'pay-later' : 'credit-line' }),
    );
    const h = history({ accounts, observations: accounts.map((a, i) => obs(a.id, 10 + i, { totalLimit: 10000, usedAmount: 500 })) });
    const fresh = freshAlerts(buildHistoryView(h, NOW), DEFAULT_RULE_SETTINGS, accounts);
    const lenders = fresh.find((a) => a.rule === 'many-lenders')!;
    // Version 1 read five lenders owed as critical (grade 5 × 100) and the person dismissed it.
    const before: AlertRecord = {
      ...lenders,
      severity: 'critical',
      grade: 500,
      state: 'dismissed',
      dismissed: { severity: 'critical', grade: 500 },
      raisedAt: ago(30),
      updatedAt: ago(20),
    };
    const { put, raised } = reconcileAlerts([before], [lenders], NOW.toISOString());
    expect(lenders).toMatchObject({ id: 'many-lenders|', severity: 'warning', grade: 500 });
    expect(raised).toEqual([]);
    expect(put[0]).toMatchObject({ state: 'dismissed', raisedAt: ago(30) });
  });
});
