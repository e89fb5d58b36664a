// frequent-applications: hard credit checks and applications pile up. Inquiry events count unless
// their reason is post-loan management (贷后管理) or the person's own check (本人查询); application
// events count too. The contract says "plus", so an application and the inquiry it caused are two
// entries: each is a separate mark a lender can see (the 查询记录 and the application on file).
// Warning at ≥ 3 in 30 days; critical at ≥ 6 in 90 days, on its own: six checks in three months is
// the commonly cited red flag even when the last month was quiet.
import { normalizeText } from '../extract/numbers';
import { countIn, countSpans, runStart } from './time-windows';
import type { Alert, Rule, TimedEvent } from './types';
import { DAY_MS } from './types';

const compact = (s: string | undefined): string => (s === undefined ? '' : normalizeText(s).replace(/\s+/g, '').toLowerCase());

// Reasons as the PBoC report prints them (vocabulary.md): 贷后管理, and 本人查询 with its channel in
// brackets ("本人查询（互联网个人信用信息服务平台）"); older reports and hand entries say 个人查询.
// English spellings for imports from English tools. The report also lists self-checks with the
// querying body "本人", so that marks a self-check even when the reason is missing.
const NOT_HARD = /贷后管理|本人查询|个人查询|post-?loan|selfcheck|selfinquiry|selfquery|selfenquiry|owncheck/;
const SELF_QUERIER = new Set(['本人', '个人', 'self', 'myself']);

export function isHardInquiry(e: Pick<TimedEvent, 'kind' | 'reason' | 'lender'>): boolean {
  return e.kind === 'inquiry' && !NOT_HARD.test(compact(e.reason)) && !SELF_QUERIER.has(compact(e.lender));
}

const MAX_LISTED = 30;

export const frequentApplications: Rule = {
  id: 'frequent-applications',
  evaluate(history, settings) {
    const s = settings['frequent-applications'];
    const windowMs = s.windowDays * DAY_MS;
    const criticalMs = s.criticalWindowDays * DAY_MS;
    const counted = history.events.filter((e) => e.kind === 'application' || isHardInquiry(e));
    const times = counted.map((e) => e.t);
    const now = history.now;

    const inWindow = countIn(times, now, windowMs);
    const inCriticalWindow = countIn(times, now, criticalMs);
    const critical = inCriticalWindow >= s.criticalCount;
    if (!critical && inWindow < s.count) return [];
    const at = runStart([countSpans(times, s.count, windowMs), countSpans(times, s.criticalCount, criticalMs)], now);
    if (at === undefined) return [];

    // The evidence lists what lies in the longer of the two windows, newest last.
    const longest = Math.max(windowMs, criticalMs);
    const listed = counted.filter((e) => e.t > now - longest);
    const lenders = [...new Set(listed.flatMap((e) => (e.lender?.trim() ? [e.lender.trim()] : [])))];
    const alert: Alert = {
      rule: 'frequent-applications',
      severity: critical ? 'critical' : 'warning',
      at: new Date(at).toISOString(),
      evidence: {
        inWindow,
        windowDays: s.windowDays,
        threshold: s.count,
        inCriticalWindow,
        criticalWindowDays: s.criticalWindowDays,
        criticalThreshold: s.criticalCount,
        listedDays: Math.max(s.windowDays, s.criticalWindowDays),
        inquiries: listed.filter((e) => e.kind === 'inquiry').length,
        applications: listed.filter((e) => e.kind === 'application').length,
        latestAt: listed[listed.length - 1]!.at,
        dates: listed.slice(-MAX_LISTED).map((e) => e.at),
        lenders: lenders.slice(0, MAX_LISTED),
      },
      grade: critical ? inCriticalWindow : inWindow,
    };
    return [alert];
  },
};
