// A lender or product name from a page can hold U+202E (RIGHT-TO-LEFT OVERRIDE): in a notification it
// would reverse every word after it on its line. The names go between FSI and PDI, so the override
// ends with the name (UAX #9: a PDI closes what was opened since its FSI).
import { describe, expect, it } from 'vitest';
import { FSI, PDI, isolateNamesIn } from '../../../utils/bidi';
import type { HistoryFile } from '../../../utils/model/types';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { planDelivery } from '../../../utils/notify/plan';
import { accountNames, alertNotice, digestNotice } from '../../../utils/notify/texts';
import { freshAlerts } from '../../../utils/rules/fresh-alerts';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { local, settings, stored } from './support';

const RLO = '\u202E';
const OVERRIDES = /[\u202A-\u202E\u2066-\u2068]/;

/** Whether every bidi control a name brought is inside an isolate that closes on the same line. */
function contained(text: string): boolean {
  for (const line of text.split('\n')) {
    let depth = 0;
    for (const ch of line) {
      if (ch === FSI) depth++;
      else if (ch === PDI) depth--;
      else if (OVERRIDES.test(ch) && depth === 0) return false;
      if (depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

const DAY = 86_400_000;
const hostile = { id: 'evil-loan', lender: `速借${RLO}贷款`, product: `极速${RLO}版`, kind: 'credit-line' as const };

/** The alerts a real limit cut on the hostile account raises, as stored. */
function hostileAlerts(): AlertRecord[] {
  const now = new Date('2026-11-23T10:00:00Z');
  const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const file: HistoryFile = {
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: at(0),
    accounts: [hostile],
    observations: [
      { accountId: hostile.id, at: at(40), totalLimit: 50000, status: 'normal', source: 'page' },
      { accountId: hostile.id, at: at(1), totalLimit: 0, status: 'frozen', source: 'page' },
    ],
    events: [],
  };
  return freshAlerts(buildHistoryView(file, now), DEFAULT_RULE_SETTINGS, file.accounts).map((a) => ({
    ...a,
    state: 'new' as const,
    raisedAt: a.at,
    updatedAt: a.at,
  }));
}

describe('names in notifications are isolated', () => {
  it('puts each name between FSI and PDI, the longest first', () => {
    expect(isolateNamesIn(`京东 白条 额度下降`, ['京东', '白条', '京东 白条'])).toBe(`${FSI}京东 白条${PDI} 额度下降`);
    expect(isolateNamesIn('额度下降', ['京东'])).toBe('额度下降');
    expect(isolateNamesIn(`a.b*c 额度`, ['a.b*c'])).toBe(`${FSI}a.b*c${PDI} 额度`);
  });

  it('an alert on an account whose names hold U+202E: title and digest keep the words after the name in order', () => {
    const alerts = hostileAlerts();
    expect(alerts.length).toBeGreaterThan(0);
    const names = accountNames([hostile]);
    for (const lang of ['zh', 'en'] as const) {
      for (const a of alerts) {
        expect(a.text[lang].title, 'the alert title names the account').toContain(RLO);
        const notice = alertNotice(lang, a, names);
        expect(contained(notice.title), JSON.stringify(notice.title)).toBe(true);
        // What follows the name is the rule's own words, after the PDI.
        const tail = a.text[lang].title.split(`${hostile.lender} ${hostile.product}`)[1]!;
        expect(notice.title.endsWith(`${PDI}${tail}`)).toBe(true);
      }
      const digest = digestNotice(lang, '2026-11-23', alerts, names);
      expect(contained(digest.message), JSON.stringify(digest.message)).toBe(true);
      // Without the names the override would escape: the check itself can fail.
      expect(contained(alertNotice(lang, alerts[0]!).title)).toBe(false);
    }
  });

  it('the planner passes the names to every notification it makes', () => {
    const evil = (rule: string, severity: 'critical' | 'warning') =>
      stored(`${rule}|evil-loan`, severity, {
        text: {
          zh: { title: `速借${RLO}贷款 额度下降`, detail: '', advice: [] },
          en: { title: `速借${RLO}贷款: limit cut`, detail: '', advice: [] },
        },
      });
    const names = accountNames([hostile]);
    for (const alerts of [[evil('limit-drop', 'critical')], [evil('limit-drop', 'warning')]]) {
      const plan = planDelivery({ alerts, settings: settings(), state: { notified: {} }, now: local(21), lang: 'zh', names });
      expect(plan.notices.length).toBe(1);
      for (const n of plan.notices) expect(contained(`${n.title}\n${n.message}`), JSON.stringify(n)).toBe(true);
    }
  });
});
