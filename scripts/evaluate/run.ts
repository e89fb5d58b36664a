// Runs a life day by day: planned behaviour, card and pay-later bills, loan instalments, the
// lenders' reviews, the person's views (what the extension records), and the moments the first
// symptom of a cause reached the history.
import type { Observation } from '../../utils/model/types';
import { act, drawnDown, lenderReacts, score, signals, type Trace } from './lender';
import { DAY, isCash, r2, usedOf, type Life, type Line, type RecordedEvent } from './life';

export interface Person {
  life: Life;
  trace: Trace;
  /** Days the person looks at their pages, each with its hour. */
  viewDays: Map<number, number>;
  /** Each view mistypes one digit of a hand-entered limit with this chance. */
  typo: number;
  /** Lines whose last view was mistyped (the next one is right). */
  mistyped: Set<string>;
}

type Note = (key: string, seen: () => number) => void;

/**
 * Runs the life; returns when the symptoms of the causes behind its first cut reached the history
 * (Infinity: no cut, a policy shock, or causes never recorded). A cause's symptom is that of its
 * current episode: one that came and went months before the cut does not count.
 */
export function runLife(p: Person): number {
  const { life, trace } = p;
  // Seen-moments are resolved after the run: a change is recorded by a view that may come later.
  const episodes = new Map<string, () => number>();
  let active = new Set<string>();
  const note: Note = (key, seen) => {
    active.add(key);
    if (!episodes.has(key)) episodes.set(key, seen);
  };
  for (let day = 0; day < life.days && !life.cut; day++) {
    for (const fn of life.planned(day)) if (!life.cut) fn();
    for (const line of life.lines) if (line.opened <= day && line.status === 'normal') bills(life, line, day);
    for (const line of life.lines) if (line.opened <= day) instalments(life, line, day);
    let used = 0;
    let total = 0;
    for (const line of life.lines) {
      if (line.opened > day) continue;
      line.usedShare.push(line.limit > 0 ? Math.min(1, usedOf(line) / line.limit) : 1);
      if (line.status === 'normal' && line.limit > 0) {
        used += Math.min(usedOf(line), line.limit);
        total += line.limit;
      }
    }
    trace.util[day] = total > 0 ? used / total : 0;
    const s = signals(life, trace, day);
    for (const line of life.lines) {
      if (line.opened > day || line.reviewDay !== day) continue;
      line.reviewDay += 30;
      if (line.stage < 2 && line.status === 'normal' && lenderReacts(line, score(s, line, day), life.rng.chance)) {
        const before = { apr: line.apr, increase: line.increase };
        act(life, line, day);
        if (line.stage === 1 && (before.apr !== line.apr || before.increase !== line.increase))
          note(`warned:${line.id}`, () => life.viewAfter(line.id, life.time(day, 6)));
      }
    }
    const hour = p.viewDays.get(day);
    if (hour !== undefined) view(p, day, hour);
    if (life.cut) break; // the causes behind the cut are those active before it
    // A lender's warning sign (repricing, 提额 closed) stays; other causes last while they hold.
    const warned = [...active].filter((k) => k.startsWith('warned:'));
    active = new Set(warned);
    trackOnsets(p, day, s, note);
    for (const key of [...episodes.keys()]) if (!active.has(key)) episodes.delete(key);
  }
  if (!life.cut || life.cut.shock) return Infinity;
  const seen = [...episodes.values()].map((f) => f()).filter((t) => t < life.cut!.t);
  return Math.min(...seen, Infinity);
}

function trackOnsets(p: Person, day: number, s: ReturnType<typeof signals>, note: Note) {
  const { life, trace } = p;
  const nowT = life.time(day, 23.9);
  if (s.hard30 >= 3 || s.hard90 >= 5) {
    const recent = trace.hard.filter((h) => !h.secured && h.day > day - 90 && h.day <= day).map((h) => h.seen);
    const need = s.hard30 >= 3 ? 3 : 5;
    const seen = recent.sort((a, b) => a - b)[need - 1] ?? Infinity;
    note('hard', () => seen);
  }
  if (s.cashOwed >= 3 || s.institutionsOwed >= 5) {
    // Shown once every owed lender's balance has been seen (a view, or its borrow imported).
    const owed = life.lines.filter((l) => usedOf(l) > 0.5 && (isCash(l) || s.institutionsOwed >= 5));
    const since = nowT - 30 * DAY;
    // Each owed line's balance is in the history once a view after its latest borrow shows it, or
    // that borrow is imported; a card's everyday balance is shown by any recent view.
    note('lenders', () =>
      Math.max(
        ...owed.map((l) => {
          const borrow = lastBorrow(life, l, nowT);
          return borrow ? Math.min(life.viewAfter(l.id, Date.parse(borrow.event.at)), borrow.recordedAt) : life.viewAfter(l.id, since);
        }),
        -Infinity,
      ),
    );
  }
  if (s.util30 >= 0.7) {
    const high = life.lines.filter((l) => l.limit > 0 && usedOf(l) / l.limit >= 0.5);
    // Rising debt is a sustained state (lenders average it over a month; heuristics.md asks for views
    // spanning 14 days): recorded once two views of each high line 14 days apart show it.
    note('util', () => Math.max(...high.map((l) => life.viewAfter(l.id, life.viewAfter(l.id, nowT - 14 * DAY) + 14 * DAY)), -Infinity));
  }
  for (const list of trace.cycles.values()) {
    const recent = list.filter((c) => c.day > day - 60 && c.day <= day);
    if (recent.length >= 3) note('cycles', () => recent[2]!.seen);
  }
  const rolls = trace.rollovers.filter((r) => r.day > day - 90 && r.day <= day);
  if (rolls.length >= 2) note('rollovers', () => rolls[1]!.seen);
  for (const line of life.lines)
    if (line.opened <= day && drawnDown(line, day)) note(`drawdown:${line.id}`, () => life.viewAfter(line.id, nowT - DAY));
}

/** The latest borrow on a line at or before `t`. */
function lastBorrow(life: Life, line: Line, t: number): RecordedEvent | undefined {
  let last: RecordedEvent | undefined;
  for (const e of life.events) if (e.event.kind === 'borrow' && e.event.accountId === line.id && Date.parse(e.event.at) <= t) last = e;
  return last;
}

/** Card and pay-later spending, statements and their repayment. */
function bills(life: Life, line: Line, day: number) {
  if (isCash(line)) return;
  const room = Math.max(0, line.limit - usedOf(line));
  line.accrual += Math.min(room, (line.limit * line.spend * life.rng.between(0.5, 1.5)) / 30);
  const sinceBill = (day - line.billDay + 300) % 30;
  if (sinceBill === 0 && day > line.opened) {
    line.revolving += line.statement;
    line.statement = line.accrual;
    line.accrual = 0;
  } else if (sinceBill === 10 && line.statement > 0) {
    const pay = r2(line.statement * line.payShare);
    line.revolving += line.statement - pay;
    line.statement = 0;
    if (pay > 0) life.money(line, day, 8, 'repay', pay, line.revolving <= 0.5 && line.accrual <= 0.5);
  }
}

function instalments(life: Life, line: Line, day: number) {
  for (const loan of line.loans) {
    if (loan.left <= 0 || loan.dueDay !== day) continue;
    const pay = loan.part > 0 && loan.left > loan.part + 0.5 ? loan.part : loan.left;
    loan.left = r2(loan.left - pay);
    loan.dueDay += loan.every;
    const clear = line.loans.every((l) => l.left <= 0.5) && line.accrual + line.statement + line.revolving <= 0.5;
    const repay = life.money(line, day, 9, 'repay', pay, clear);
    if (loan.part === 0 && loan.start !== undefined && day - loan.start <= 7 && loan.left <= 0) {
      const list = life.cycleLog.get(line.id) ?? [];
      list.push({ day, seen: life.events.find((e) => e.event === repay)!.recordedAt });
      life.cycleLog.set(line.id, list);
    }
  }
  line.loans = line.loans.filter((l) => l.left > 0);
}

const MERGE_KEYS = ['totalLimit', 'availableLimit', 'usedAmount', 'apr', 'status', 'statusText', 'increaseAvailable'] as const;

/** The person opens the pages of most lines: one observation each (unchanged values extend the last). */
function view(p: Person, day: number, hour: number) {
  const { life } = p;
  const t = life.time(day, hour);
  for (const line of life.lines) {
    if (line.opened > day || (day > 3 && !life.rng.chance(0.8))) continue;
    const used = r2(usedOf(line));
    let total = line.limit;
    // A typo is corrected by the next view of the line (heuristics.md's benign pattern).
    const typed = line.def.source === 'manual' && total >= 1000 && !p.mistyped.has(line.id) && life.rng.chance(p.typo);
    if (typed) total = mistype(total, life.rng(), life.rng());
    if (typed) p.mistyped.add(line.id);
    else p.mistyped.delete(line.id);
    const o: Observation = {
      accountId: line.id,
      at: new Date(t).toISOString(),
      totalLimit: total,
      availableLimit: line.status === 'normal' ? r2(Math.max(0, line.limit - used)) : 0,
      ...(line.def.showsUsed ? { usedAmount: used } : {}),
      ...(line.apr !== undefined ? { apr: line.apr } : {}),
      status: line.status,
      ...(line.statusText ? { statusText: line.statusText } : {}),
      ...(line.increase !== undefined ? { increaseAvailable: line.increase } : {}),
      source: line.def.source,
    };
    const views = life.views.get(line.id) ?? [];
    views.push(t);
    life.views.set(line.id, views);
    const prev = [...life.observations].reverse().find((x) => x.accountId === line.id);
    if (prev && MERGE_KEYS.every((k) => prev[k] === o[k])) prev.lastSeenAt = o.at;
    else life.observations.push(o);
  }
}

/** One digit typed wrong: 13200 → 23200 or 03200 (the leading digit), 14200 or 12200 (the second). */
function mistype(total: number, which: number, up: number): number {
  const digits = String(Math.round(total)).length;
  const place = 10 ** (digits - (which < 0.5 ? 1 : 2));
  return up < 0.5 || total - place <= 0 ? total + place : total - place;
}
