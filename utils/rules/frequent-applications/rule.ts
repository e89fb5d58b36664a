// frequent-applications: hard credit checks pile up. Inquiry events count unless their reason is
// post-loan management (贷后管理) or the person's own check (本人查询); application events count
// unless an inquiry of the same lender within 7 days already stands for them (an application and
// the inquiry it caused are one check). Lender names are compared after normalisation: the report's
// operator code after `/` removed, spaces and 股份有限公司/有限公司 suffixes ignored.
// Warning at ≥ 3 in 30 days or ≥ 5 in 90 days; critical at ≥ 6 in 90 days (the commonly cited
// "more than 3 in a month or 6 in three months"), where for the critical count only, bank inquiries
// for 贷款审批 within 14 days of each other count once: one mortgage or car loan shopped at several
// banks is one loan (the warning still sees each inquiry).
//
// Where heuristics.md is silent: a bank is a lender whose name says 银行 (or "bank"); "within 14
// days of each other" is a span from the first such inquiry (greedy from the earliest, so six banks
// over five weeks are three loans, not one); only inquiry events fold (an application no inquiry
// stands for is the person's own act and counts as it is).
import { normalizeText } from '../../normalize-text';
import { countIn, countSpans, runStart } from '../time-windows';
import type { RuleAlert, RuleCode, TimedEvent } from '../shapes';
import { DAY_MS } from '../shapes';
import type { frequentApplicationsMeta } from './meta';

type Alert = RuleAlert<'frequent-applications'>;

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
const PAIR_MS = 7 * DAY_MS;

/** A lender's name as a key: "招商银行股份有限公司/CMB001" and "招商银行" are one lender. */
export function applicantKey(name: string | undefined): string {
  return compact(name?.replace(/\/.*$/, ''))
    .replace(/(股份)?有限(责任)?公司$/, '')
    .replace(/(co\.?,?)?ltd\.?$|limited$|inc\.?$/, '');
}

/** Inquiries, plus the applications no inquiry of the same lender within 7 days stands for. */
export function hardChecks(events: readonly TimedEvent[]): TimedEvent[] {
  const inquiries = events.filter(isHardInquiry);
  const taken = new Set<TimedEvent>();
  const out: TimedEvent[] = [...inquiries];
  for (const e of events) {
    if (e.kind !== 'application') continue;
    const key = applicantKey(e.lender);
    const match = key
      ? inquiries.find((q) => !taken.has(q) && Math.abs(q.t - e.t) <= PAIR_MS && applicantKey(q.lender) === key)
      : undefined;
    if (match) taken.add(match);
    else out.push(e);
  }
  return out.sort((a, b) => a.t - b.t);
}

type ApplicationSettings = typeof frequentApplicationsMeta.defaults;

const BANK = /银行|bank/;
const LOAN_APPROVAL = /贷款审批|loanapproval/;

/** A bank's inquiry for a loan approval: what shopping one mortgage or car loan around leaves. */
export const isBankLoanInquiry = (e: Pick<TimedEvent, 'kind' | 'reason' | 'lender'>): boolean =>
  e.kind === 'inquiry' && BANK.test(compact(e.lender)) && LOAN_APPROVAL.test(compact(e.reason));

/**
 * The critical count: hard checks in the critical window, bank 贷款审批 inquiries within
 * `shoppingDays` of the first of their run counted once. Returns the count and how many inquiries
 * were folded into another.
 */
export function criticalCount(counted: readonly TimedEvent[], now: number, s: ApplicationSettings): { count: number; folded: number } {
  const from = now - s.criticalWindowDays * DAY_MS;
  const spanMs = s.shoppingDays * DAY_MS;
  let count = 0;
  let folded = 0;
  let shopEnd = -Infinity;
  for (const e of counted) {
    if (e.t <= from || e.t > now) continue;
    if (isBankLoanInquiry(e)) {
      if (e.t <= shopEnd) {
        folded++;
        continue;
      }
      shopEnd = e.t + spanMs;
    }
    count++;
  }
  return { count, folded };
}

/** The two counts the rule reads at `now` and which of its reasons holds (shared with utils/factors). */
export function applicationCounts(times: readonly number[], now: number, s: ApplicationSettings) {
  const inWindow = countIn(times, now, s.windowDays * DAY_MS);
  const inCriticalWindow = countIn(times, now, s.criticalWindowDays * DAY_MS);
  return {
    inWindow,
    inCriticalWindow,
    byWindow: inWindow >= s.count,
    // Warning at `longCount`, critical at `criticalCount`: either one makes the longer window fire.
    byLongWindow: inCriticalWindow >= Math.min(s.longCount, s.criticalCount),
  };
}

export const frequentApplications: RuleCode<typeof frequentApplicationsMeta> = {
  id: 'frequent-applications',
  evaluate(history, settings) {
    const s = settings['frequent-applications'];
    const windowMs = s.windowDays * DAY_MS;
    const criticalMs = s.criticalWindowDays * DAY_MS;
    const counted = hardChecks(history.events);
    const times = counted.map((e) => e.t);
    const now = history.now;

    const { inWindow, inCriticalWindow, byWindow, byLongWindow } = applicationCounts(times, now, s);
    const shopped = criticalCount(counted, now, s);
    const critical = shopped.count >= s.criticalCount;
    if (!byWindow && !byLongWindow) return [];
    const at = runStart([countSpans(times, s.count, windowMs), countSpans(times, Math.min(s.longCount, s.criticalCount), criticalMs)], now);
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
        // The critical count, with one loan shopped at several banks counted once.
        criticalCounted: shopped.count,
        shoppedFolded: shopped.folded,
        shoppingDays: s.shoppingDays,
        longThreshold: s.longCount,
        listedDays: Math.max(s.windowDays, s.criticalWindowDays),
        inquiries: listed.filter((e) => e.kind === 'inquiry').length,
        applications: listed.filter((e) => e.kind === 'application').length,
        latestAt: listed[listed.length - 1]!.at,
        dates: listed.slice(-MAX_LISTED).map((e) => e.at),
        lenders: lenders.slice(0, MAX_LISTED),
      },
      grade: critical ? shopped.count : inWindow,
    };
    return [alert];
  },
};
