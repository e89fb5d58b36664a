// One change, one line (heuristics.md): the alerts one cut of one account raised fold into one group
// titled by the most severe; other changes and other accounts stay lines of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import { evaluateHistory } from '../../../utils/rules/engine';
import { changeTime, groupAlerts } from '../../../utils/rules/grouping';
import type { Alert } from '../../../utils/rules/types';
import { shuffled } from './support/history';

const DEMO = join(__dirname, '../../fixtures/histories/sample-cut.json');

function demo(): Alert[] {
  const parsed = parseHistory(JSON.parse(readFileSync(DEMO, 'utf8')));
  if (!parsed.ok) throw new Error('sample-cut.json is not a valid history');
  return evaluateHistory(parsed.file, new Date('2026-11-23T00:00:00.000Z'));
}

const alert = (rule: Alert['rule'], severity: Alert['severity'], at: string, accountId?: string): Alert => ({
  rule,
  severity,
  at,
  evidence: {},
  grade: 1,
  ...(accountId !== undefined ? { accountId } : {}),
});

describe('groupAlerts', () => {
  it("folds the demo's cut of 白条 into one line titled 额度下降, also 额度归零 · 状态受限", () => {
    const alerts = demo();
    // The cut of 2026-10-28: the limit to 0 (its second fall; limit-drop began with the first, in
    // September), the line limited.
    const cutAt = Date.parse('2026-10-28T10:00:00.000Z');
    const cut = alerts.filter((a) => a.accountId === 'jd-baitiao' && changeTime(a) === cutAt);
    expect(cut.map((a) => a.rule).sort()).toEqual(['limit-drop', 'limit-zeroed', 'status-worsened']);
    const groups = groupAlerts(alerts);
    const line = groups.filter((g) => g.alerts.some((a) => cut.includes(a)));
    expect(line).toHaveLength(1);
    expect(line[0]!.lead.rule).toBe('limit-drop');
    expect(line[0]!.folded.map((a) => a.rule)).toEqual(['limit-zeroed', 'status-worsened']);
    expect(line[0]!.severity).toBe('critical');
    expect(line[0]!.key).toBe('limit-drop|jd-baitiao');
    // Each alert keeps its own evidence underneath.
    expect(line[0]!.folded[0]!.evidence).toBe(cut.find((a) => a.rule === 'limit-zeroed')!.evidence);
    // Fewer lines than alerts, and every alert in exactly one line.
    expect(groups.length).toBeLessThan(alerts.length);
    expect(groups.flatMap((g) => g.alerts).sort((a, b) => alerts.indexOf(a) - alerts.indexOf(b))).toEqual(alerts);
  });

  it('keeps the warning signs months before the cut a line of their own', () => {
    const groups = groupAlerts(demo());
    const early = groups.find((g) => g.alerts.some((a) => a.rule === 'increase-closed'))!;
    expect(early.alerts.map((a) => a.rule).sort()).toEqual(['increase-closed', 'rate-increase']);
    expect(early.alerts.every((a) => a.accountId === 'jd-baitiao')).toBe(true);
  });

  it('joins alerts that began within 7 days, and starts a new change after that', () => {
    const a = alert('increase-closed', 'warning', '2026-11-01T00:00:00.000Z', 'x');
    const b = alert('limit-drop', 'critical', '2026-11-07T23:00:00.000Z', 'x');
    const c = alert('status-worsened', 'warning', '2026-11-08T01:00:00.000Z', 'x');
    const groups = groupAlerts([a, b, c]);
    expect(groups.map((g) => g.alerts.map((x) => x.rule))).toEqual([['limit-drop', 'increase-closed'], ['status-worsened']]);
  });

  it('never folds across accounts, whole-picture alerts or reminders', () => {
    const at = '2026-11-01T00:00:00.000Z';
    const groups = groupAlerts([
      alert('limit-drop', 'critical', at, 'x'),
      alert('limit-drop', 'critical', at, 'y'),
      alert('high-utilization', 'warning', at),
      alert('frequent-applications', 'warning', at),
      alert('stale-account', 'info', at, 'x'),
    ]);
    expect(groups).toHaveLength(5);
    expect(groups.every((g) => g.folded.length === 0)).toBe(true);
    // Most severe first, the reminder last.
    expect(groups.map((g) => g.severity)).toEqual(['critical', 'critical', 'warning', 'warning', 'info']);
  });

  it('gives the same lines whatever the input order', () => {
    const alerts = demo();
    const keys = (xs: Alert[]) => groupAlerts(xs).map((g) => g.alerts.map((a) => `${a.rule}|${a.accountId ?? ''}`));
    expect(keys(shuffled(alerts))).toEqual(keys(alerts));
    expect(keys([...alerts].reverse())).toEqual(keys(alerts));
  });
});
