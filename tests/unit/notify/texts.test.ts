// Notifications may show on a lock screen: no amounts in them, whatever the alert.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../utils/i18n';
import { parseHistory } from '../../../utils/model/history-schema';
import { freshAlerts } from '../../../utils/rules/fresh-alerts';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { alertNotice, digestNotice, mayShowAmount, reminderNotice, urgentNotice } from '../../../utils/notify/texts';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { stored } from './support';

const DIR = join(__dirname, '../../fixtures/histories');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { scenarios: Record<string, { now: string }> };

/** Every alert the scenario histories raise, as stored. */
function scenarioAlerts(): AlertRecord[] {
  const out: AlertRecord[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expected.json')) {
    const parsed = parseHistory(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    if (!parsed.ok) throw new Error(file);
    const now = new Date(EXPECTED.scenarios[file]?.now ?? Date.now());
    for (const a of freshAlerts(buildHistoryView(parsed.file, now), DEFAULT_RULE_SETTINGS, parsed.file.accounts)) {
      out.push({ ...a, state: 'new', raisedAt: a.at, updatedAt: a.at });
    }
  }
  return out;
}

describe('notification texts', () => {
  const alerts = scenarioAlerts();

  it('covers every severity and many rules', () => {
    expect(new Set(alerts.map((a) => a.severity))).toEqual(new Set(['info', 'warning', 'critical']));
    expect(new Set(alerts.map((a) => a.rule)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(['zh', 'en'] as Lang[])('uses the alert titles as they are (%s): they carry no amount by design', (lang) => {
    for (const a of alerts) {
      expect(mayShowAmount(a.text[lang].title), a.text[lang].title).toBe(false);
      expect(alertNotice(lang, a).title).toBe(a.text[lang].title);
    }
    const reminders = alerts.flatMap((a) =>
      a.rule === 'stale-account' && a.accountId ? [reminderNotice(lang, { ...a, accountId: a.accountId })] : [],
    );
    expect(reminders.length).toBeGreaterThan(0);
    const all = [
      ...alerts.map((a) => alertNotice(lang, a)),
      digestNotice(lang, '2026-11-23', alerts),
      urgentNotice(lang, 0, alerts),
      ...reminders,
    ];
    const text = all.map((n) => `${n.title}\n${n.message}`).join('\n');
    expect(text).not.toMatch(/[¥￥元]|\d{4}/);
  });

  it('replaces a title that looks like it holds an amount', () => {
    const odd = stored('limit-drop|x', 'critical', {
      text: {
        zh: { title: '借呗 ¥20,000 额度下降', detail: '', advice: [] },
        en: { title: 'Lender 20,000: limit cut', detail: '', advice: [] },
      },
    });
    expect(alertNotice('zh', odd).title).toBe('额度哨兵：严重预警');
    expect(alertNotice('en', odd).title).toBe('Limit Sentinel: critical alert');
    expect(digestNotice('zh', '2026-11-23', [odd]).message).toContain('· 一条预警');
    expect(mayShowAmount('360 借条 额度下降')).toBe(false);
    expect(mayShowAmount('京东 白条 额度下降')).toBe(false);
  });
});
