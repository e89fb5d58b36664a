// many-lenders (多头借贷): money owed to many cash lenders at once, to many institutions of any
// kind, or many accounts opened recently. A lender is owed when one of its accounts' latest
// balance-telling observation seen in the last 60 days shows a balance, or when a borrow of the last
// 60 days has not been paid back. Warning at ≥ 3 cash lenders (credit lines, loans, other or unknown
// kinds; not secured loans), ≥ 5 institutions of every kind (cards and pay-later included) or ≥ 3
// `account-opened` events in 90 days; critical at ≥ 5 cash lenders. A whole-picture alert.
// Everyday balances on a couple of cards plus 花呗/白条 are not 多头借贷 (heuristics.md v2).
//
// Where the contract is silent:
// - "latest observation" is the latest that tells the balance: a status-only view says nothing
//   about what is owed. The balance is `usedAmount`, else total − available on a `normal`/`unknown`
//   account (pay-later pages often show only those two; on a limited or frozen line a 0 available
//   is a block, not a debt). "Within 60 days" reads `lastSeenAt`: values seen yesterday are current.
// - A borrow is paid back by a `full` repay, by repays adding up to it (as in borrow-repay-cycling),
//   or by a later observation of its account showing nothing used.
// - To know when the condition first held, each lender's owed periods are rebuilt over time and
//   counted with a sweep; everything stays linear in the history apart from small sorts.
import { isCashLine, usedOf as usedOfView } from '../amounts';
import { isCashBorrowLine, lenderKey, lineResolver, settleBorrows } from '../borrow-ledger';
import { firstAfter } from '../sorted-search';
import { mergeSpans, overlapSpans, spanAt } from '../spans';
import { countIn, countSpans, runStart, type Span } from '../time-windows';
import type { AccountTimeline, HistoryView, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { manyLendersMeta } from './meta';

const usedOf = (o: TimedObservation): number | undefined => usedOfView(o);

/** Periods during which the account's freshest known balance was above 0, and when it read 0. */
function balanceSpans(timeline: AccountTimeline, windowMs: number): { owed: Span[]; zeroAt: number[] } {
  const owed: Span[] = [];
  const zeroAt: number[] = [];
  // The previous observation that told the balance (plain numbers: this loop sees every observation).
  let prevT = NaN;
  let prevSeen = NaN;
  let prevOwes = false;
  const close = (next: number) => {
    if (!prevOwes) return;
    const to = Math.min(next, prevSeen + windowMs);
    if (!(to > prevT)) return;
    const last = owed[owed.length - 1];
    if (last && prevT <= last.to) last.to = Math.max(last.to, to);
    else owed.push({ from: prevT, to });
  };
  for (const o of timeline.observations) {
    const used = usedOf(o);
    if (used === undefined) continue;
    close(o.t);
    if (used === 0) zeroAt.push(o.t);
    prevT = o.t;
    prevSeen = o.seen;
    prevOwes = used > 0;
  }
  close(Infinity);
  return { owed, zeroAt };
}

function owedPeriods(history: HistoryView, windowMs: number) {
  const spans = new Map<string, Span[]>();
  const cashSpans = new Map<string, Span[]>();
  const names = new Map<string, string>();
  // Display names: the account's spelling first (accounts come sorted by id), else the event's.
  const add = (key: string | undefined, name: string, span: Span, cash: boolean) => {
    if (!key || !(span.to > span.from)) return;
    if (!names.has(key)) names.set(key, name);
    for (const map of cash ? [spans, cashSpans] : [spans]) {
      const list = map.get(key);
      if (list) list.push(span);
      else map.set(key, [span]);
    }
  };
  for (const { account } of history.accounts) {
    const key = lenderKey(account.lender);
    if (key && !names.has(key)) names.set(key, account.lender.trim());
  }
  const zeros = new Map<string, number[]>();
  for (const timeline of history.accounts) {
    const { owed, zeroAt } = balanceSpans(timeline, windowMs);
    const name = timeline.account.lender.trim() || timeline.account.id;
    const cash = isCashLine(timeline.account);
    for (const span of owed) add(lenderKey(name), name, span, cash);
    zeros.set(timeline.account.id, zeroAt);
  }
  for (const { borrow, line, paidBy } of settleBorrows(history, lineResolver(history))) {
    let to = Math.min(paidBy?.t ?? Infinity, borrow.t + windowMs);
    const zeroAt = line.accountId !== undefined ? zeros.get(line.accountId) : undefined;
    if (zeroAt) {
      const z = firstAfter(zeroAt, borrow.t);
      if (z !== undefined) to = Math.min(to, z);
    }
    // Borrowing money is cash borrowing unless the event belongs to a card or pay-later account.
    add(line.lender, line.lenderName ?? '', { from: borrow.t, to }, isCashBorrowLine(history, line));
  }
  const merged = new Map<string, Span[]>();
  for (const [key, list] of spans) merged.set(key, mergeSpans(list));
  const cashMerged = new Map<string, Span[]>();
  for (const [key, list] of cashSpans) cashMerged.set(key, mergeSpans(list));
  return { merged, cashMerged, names };
}

const owedAt = (merged: Map<string, Span[]>, names: Map<string, string>, now: number) => {
  const out: { name: string; since: number }[] = [];
  for (const [key, spans] of merged) {
    const span = spanAt(spans, now);
    if (span) out.push({ name: names.get(key) ?? key, since: span.from });
  }
  return out.sort((a, b) => a.since - b.since || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

type LenderSettings = typeof manyLendersMeta.defaults;

/** Who is owed at `now`, the accounts opened, and which of the rule's reasons holds (shared with utils/factors). */
export function lenderCounts(history: HistoryView, s: LenderSettings) {
  const now = history.now;
  const { merged, cashMerged, names } = owedPeriods(history, s.windowDays * DAY_MS);
  const owedNow = owedAt(merged, names, now);
  const cashNow = owedAt(cashMerged, names, now);
  const opened = history.events.filter((e) => e.kind === 'account-opened');
  const openedTimes = opened.map((e) => e.t);
  const openedCount = countIn(openedTimes, now, s.openedWindowDays * DAY_MS);
  return {
    merged,
    cashMerged,
    owedNow,
    cashNow,
    opened,
    openedTimes,
    openedCount,
    // Warning at `lenders`, critical at `criticalLenders`: either one makes the cash count fire.
    byCash: cashNow.length >= Math.min(s.lenders, s.criticalLenders),
    byInstitutions: owedNow.length >= s.institutions,
    byOpened: openedCount >= s.openedCount,
  };
}

export const manyLenders: RuleCode<typeof manyLendersMeta> = {
  id: 'many-lenders',
  evaluate(history, settings) {
    const s = settings['many-lenders'];
    const now = history.now;
    const { merged, cashMerged, owedNow, cashNow, opened, openedTimes, openedCount, byCash, byInstitutions, byOpened } = lenderCounts(
      history,
      s,
    );
    const openedMs = s.openedWindowDays * DAY_MS;

    const cashLenders = cashNow.length;
    const institutions = owedNow.length;
    const byLenders = byCash || byInstitutions;
    if (!byLenders && !byOpened) return [];
    const at = runStart(
      [
        overlapSpans(cashMerged.values(), Math.max(1, Math.min(s.lenders, s.criticalLenders))),
        overlapSpans(merged.values(), Math.max(1, s.institutions)),
        countSpans(openedTimes, s.openedCount, openedMs),
      ],
      now,
    );
    if (at === undefined) return [];
    const recentOpened = opened.filter((e) => e.t > now - openedMs);
    const cashNames = new Set(cashNow.map((x) => x.name));
    return [
      {
        rule: 'many-lenders',
        severity: cashLenders >= s.criticalLenders ? 'critical' : 'warning',
        at: new Date(at).toISOString(),
        evidence: {
          trigger: byLenders && byOpened ? 'both' : byLenders ? 'lenders' : 'opened',
          owedLenders: institutions,
          cashLenders,
          lenders: owedNow.map((x) => x.name),
          cashLenderNames: cashNow.map((x) => x.name),
          otherLenderNames: owedNow.filter((x) => !cashNames.has(x.name)).map((x) => x.name),
          owedSince: owedNow.map((x) => new Date(x.since).toISOString()),
          threshold: s.lenders,
          institutionsThreshold: s.institutions,
          criticalThreshold: s.criticalLenders,
          windowDays: s.windowDays,
          opened: openedCount,
          openedThreshold: s.openedCount,
          openedWindowDays: s.openedWindowDays,
          openedDates: recentOpened.map((e) => e.at),
          openedLenders: [...new Set(recentOpened.flatMap((e) => (e.lender?.trim() ? [e.lender.trim()] : [])))],
        },
        // The scale of version 1 (lenders owed × 100 + accounts opened), so a dismissal made before the
        // upgrade holds until the picture really gets worse.
        grade: institutions * 100 + Math.min(openedCount, 99),
      },
    ];
  },
};
