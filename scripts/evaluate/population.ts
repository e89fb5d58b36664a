// The simulated population: each person holds a few cards, pay-later and cash lines for a year,
// with the benign habits heuristics.md lists; some develop a cause of cuts (多头借贷, an application
// spree, short borrow-repay loops, 以贷养贷, rising utilisation, a sudden drawdown); a few meet a
// policy shock that shows no symptom. See README.md ("How `npm run evaluate` measures").
import type { HistoryInput } from '../../utils/rules/history-view';
import { CARDS, CASH, OTHER_LENDERS, PAY_LATER, REPORT_NAME, type LineDef } from './accounts';
import { act, type Trace } from './lender';
import { DAY, Life, r2, usedOf, type Cut, type Line } from './life';
import { rngOf, type Rng } from './prng';
import { runLife, type Person } from './run';

export const CAUSES = ['many-lenders', 'applications', 'cycling', 'rollover', 'utilization', 'drawdown'] as const;
export type Cause = (typeof CAUSES)[number];

export interface SimulatedLife {
  name: string;
  causes: Cause[];
  cut?: Cut;
  /** No cause and no cut: only everyday credit and the benign patterns. */
  healthy: boolean;
  /** When the symptoms of the causes behind the cut (or a lender's warning sign) reached the history; Infinity: never, or no cut. */
  symptomAt: number;
  start: number;
  end: number;
  /** What the extension holds at `t`: views made by then, events imported or typed by then. */
  asOf(t: number): HistoryInput;
}

const START = Date.parse('2026-01-01T00:00:00.000Z');
const DAYS = 365;

export function population(size: number, seed: number): SimulatedLife[] {
  const out: SimulatedLife[] = [];
  for (let i = 0; i < size; i++) out.push(simulate(rngOf(seed * 1_000_003 + i), `life-${i}`));
  return out;
}

function simulate(rng: Rng, name: string): SimulatedLife {
  const start = START + rng.int(0, 180) * DAY;
  const importEvery = rng.int(14, 45);
  const importsBills = rng.chance(0.8);
  const reportEvery = rng.int(30, 90);
  const importsReports = rng.chance(0.7);
  const next = (every: number, offset: number, on: boolean) => (t: number) =>
    on ? start + (Math.ceil((t - start - offset * DAY) / (every * DAY)) * every + offset) * DAY + 20 * 3_600_000 : Infinity;
  const life = new Life(
    rng,
    start,
    DAYS,
    next(importEvery, rng.int(0, importEvery - 1), importsBills),
    next(reportEvery, rng.int(0, reportEvery - 1), importsReports),
    rng.chance(0.5),
  );
  const trace: Trace = { hard: [], cycles: life.cycleLog, rollovers: [], util: [] };
  const viewDays = new Map<number, number>();
  const weekly = rng.between(0.2, 0.47); // about a third of the weeks
  viewDays.set(0, rng.between(9, 22));
  for (let w = 0; w * 7 < DAYS; w++) if (rng.chance(weekly)) viewDays.set(w * 7 + rng.int(0, 6), rng.between(8, 23));
  const person: Person = { life, trace, viewDays, typo: 0.03, mistyped: new Set() };

  const stressed = rng.chance(0.45);
  const causes: Cause[] = stressed ? rng.some(CAUSES, rng.chance(0.3) ? 2 : 1) : [];
  everyday(person, rng, stressed);
  for (const cause of causes) CAUSE_PLANS[cause](person, rng, rng.int(100, 290));
  // A policy shock (政策收紧): a lender cuts a line for reasons the person's behaviour does not show.
  if (rng.chance(0.08)) {
    const day = rng.int(120, 350);
    life.at(day, () => {
      const line = rng.pick(life.lines.filter((l) => l.status === 'normal'));
      if (line) act(life, line, day, true);
    });
  }
  const symptomAt = runLife(person);
  const cut = life.cut;
  const accounts = life.accounts();
  return {
    name,
    causes,
    ...(cut ? { cut } : {}),
    healthy: !cut && causes.length === 0,
    symptomAt,
    start,
    end: start + DAYS * DAY,
    asOf: (t) => ({
      accounts,
      observations: life.observations.filter((o) => Date.parse(o.at) <= t),
      events: life.events.filter((e) => e.recordedAt <= t && Date.parse(e.event.at) <= t).map((e) => e.event),
    }),
  };
}

const limitOf = (def: LineDef, rng: Rng) => rng.between(def.limit[0], def.limit[1]);

/**
 * Everyday credit: one or two cards and one or two pay-later lines with balances paid in full, at
 * most four institutions for a calm person; cash lines (mostly at the same platforms) used for a
 * loan or two repaid on schedule; and some of heuristics.md's benign patterns.
 */
function everyday(p: Person, rng: Rng, stressed: boolean) {
  const { life } = p;
  const payLater = rng.some(PAY_LATER, rng.chance(0.5) ? 2 : 1);
  const cards = rng.some(CARDS, payLater.length === 2 ? rng.int(1, 2) : rng.int(1, 3));
  for (const def of [...cards, ...payLater]) life.open(def, 0, limitOf(def, rng), rng);
  // At most four institutions to start with (a couple of cards and 花呗/白条 are not 多头借贷); a
  // stressed person's cause is what brings more.
  const held = new Set([...cards, ...payLater].map((d) => d.lender));
  const cash = rng.some(CASH, stressed ? rng.int(1, 3) : rng.int(0, 2)).filter((d) => {
    if (!held.has(d.lender) && held.size >= 4) return false;
    held.add(d.lender);
    return true;
  });
  for (const def of cash) life.open(def, 0, limitOf(def, rng), rng);
  const lines = () => life.lines;

  // One or two loans repaid monthly.
  for (const line of lines().filter((l) => l.def.kind === 'credit-line')) {
    if (!rng.chance(0.5)) continue;
    const day = rng.int(10, 250);
    life.at(day, () => loan(life, line, day, r2(line.limit * rng.between(0.2, 0.5)), rng.pick([3, 6, 12])));
  }
  const spenders = () => lines().filter((l) => l.def.kind === 'credit-card' || l.def.kind === 'pay-later');
  // One card maxed for a month, then repaid in full.
  if (rng.chance(0.25)) {
    const card = rng.pick(spenders());
    const from = rng.int(40, 300);
    life.at(from, () => void (card.spend = 0.9));
    life.at(from + 30, () => void (card.spend = rng.between(0.05, 0.25)));
  }
  // One large purchase, repaid with the next bill.
  if (rng.chance(0.25)) {
    const line = rng.pick(spenders());
    life.at(
      rng.int(30, 330),
      () => void (line.accrual += Math.max(0, Math.min(line.limit * rng.between(0.5, 0.8), line.limit - usedOf(line)))),
    );
  }
  // A salary-day borrow-and-repay of a pay-later line, every month.
  const later = lines().filter((l) => l.def.kind === 'pay-later');
  if (later.length && rng.chance(0.3)) {
    const line = rng.pick(later);
    const amount = r2(line.limit * rng.between(0.1, 0.3));
    for (let d = rng.int(20, 26); d < DAYS; d += 30) {
      life.at(
        d,
        () => void (line.loans.push({ left: amount, part: 0, dueDay: d + 3, every: 30 }), life.money(line, d, 12, 'borrow', amount)),
      );
    }
  }
  // Pay-later purchases every other day (bill import shows each one; the bill repays them).
  if (later.length && rng.chance(0.3)) {
    const line = rng.pick(later);
    for (let d = 1; d < DAYS; d += 2) {
      life.at(d, () => {
        const amount = r2(Math.min(line.limit * rng.between(0.003, 0.01), Math.max(0, line.limit - usedOf(line))));
        if (amount > 0) {
          line.accrual += amount;
          life.money(line, d, 19, 'borrow', amount);
        }
      });
    }
  }
  // A new card whose limit rises a few months later.
  const newCards = CARDS.filter((c) => !lines().some((l) => l.id === c.id) && (held.has(c.lender) || held.size < 4));
  if (newCards.length && rng.chance(0.25)) {
    const def = rng.pick(newCards);
    held.add(def.lender);
    const day = rng.int(30, 200);
    life.at(day, () => {
      life.apply(day, def.lender, REPORT_NAME[def.lender] ?? def.lender, '信用卡审批');
      openedEvent(life, day + 3, def.lender, def.id);
      const card = life.open(def, day + 3, limitOf(def, rng) * 0.6, rng);
      life.at(day + rng.int(90, 150), () => void (card.limit = Math.round((card.limit * 1.3) / 500) * 500));
    });
  }
  // Rate cuts on a cash line.
  for (const line of lines().filter((l) => l.apr !== undefined)) {
    if (rng.chance(0.3)) life.at(rng.int(30, 330), () => void (line.apr = Math.round(line.apr! * rng.between(0.7, 0.9) * 10_000) / 10_000));
  }
  // Limits raised now and then.
  for (const line of lines())
    if (rng.chance(0.3)) life.at(rng.int(30, 330), () => void (line.limit = Math.round((line.limit * rng.between(1.1, 1.5)) / 500) * 500));
  // A mortgage or car-loan application: two or three banks' inquiries within two weeks.
  if (rng.chance(0.15)) {
    const day = rng.int(40, 320);
    const banks = rng.some(
      ['中国建设银行股份有限公司', '中国工商银行股份有限公司', '中国银行股份有限公司', '招商银行股份有限公司/CMB001'],
      rng.int(2, 3),
    );
    life.at(day, () => {
      banks.forEach((bank, i) => {
        const { application, inquiry } = life.apply(day + i * rng.int(2, 6), bank.replace(/股份有限公司.*$/, ''), bank, '贷款审批');
        p.trace.hard.push({ day: day + i * 4, seen: Math.min(application?.recordedAt ?? Infinity, inquiry.recordedAt), secured: true });
      });
      openedEvent(life, day + 20, banks[0]!.replace(/股份有限公司.*$/, ''));
    });
  }
}

function openedEvent(life: Life, day: number, lender: string, accountId?: string) {
  const t = life.time(day, 0);
  life.record(
    { at: new Date(t).toISOString(), kind: 'account-opened', lender, ...(accountId ? { accountId } : {}), source: 'credit-report' },
    life.reportImport(t),
  );
}

function loan(life: Life, line: Line, day: number, amount: number, months: number) {
  if (line.status !== 'normal' || amount <= 0) return;
  const take = r2(Math.min(amount, line.limit - usedOf(line)));
  if (take <= 0) return;
  line.loans.push({ left: take, part: r2(take / months), dueDay: day + 30, every: 30 });
  life.money(line, day, 14, 'borrow', take);
}

/** A short loop: borrow, repay in full `after` days later (logged as a cycle when the repay comes). */
function cycle(p: Person, line: Line, day: number, amount: number, after: number) {
  const { life } = p;
  if (line.status !== 'normal') return;
  const take = r2(Math.min(amount, line.limit - usedOf(line)));
  if (take <= 0) return;
  line.loans.push({ left: take, part: 0, dueDay: day + after, every: 30, start: day });
  life.money(line, day, 11, 'borrow', take);
}

function newCashLine(p: Person, rng: Rng, day: number): Line | undefined {
  const { life } = p;
  const have = new Set(life.lines.map((l) => l.lender));
  const def = rng.pick([
    ...CASH.filter((d) => !have.has(d.lender)),
    ...OTHER_LENDERS.filter((n) => !have.has(n)).map((n): LineDef => ({
      id: `manual:${n}/贷款`,
      lender: n,
      product: '贷款',
      kind: 'credit-line',
      limit: [5000, 30000],
      bank: n.includes('银行'),
      apr: [0.12, 0.24],
      showsUsed: true,
      source: 'manual',
    })),
  ]);
  if (!def) return undefined;
  const { application, inquiry } = life.apply(day, def.lender, REPORT_NAME[def.lender] ?? def.lender);
  p.trace.hard.push({ day, seen: Math.min(application?.recordedAt ?? Infinity, inquiry.recordedAt), secured: false });
  openedEvent(life, day + 2, def.lender, def.id);
  return life.open(def, day + 2, limitOf(def, rng), rng);
}

const CAUSE_PLANS: Record<Cause, (p: Person, rng: Rng, onset: number) => void> = {
  // 多头借贷: a new online lender every three to five weeks, each borrowed from at once.
  'many-lenders': (p, rng, onset) => {
    for (let k = 0, d = onset; k < rng.int(3, 5); k++, d += rng.int(20, 35)) {
      const day = d;
      p.life.at(day, () => {
        const line = newCashLine(p, rng, day);
        if (line) p.life.at(day + 3, () => loan(p.life, line, day + 3, r2(line.limit * rng.between(0.4, 0.8)), 12));
      });
    }
  },
  // An application spree: five to nine hard inquiries within three to six weeks.
  applications: (p, rng, onset) => {
    const n = rng.int(5, 9);
    const span = rng.int(20, 40);
    for (let k = 0; k < n; k++) {
      const day = onset + Math.floor((k * span) / n);
      p.life.at(day, () => {
        const lender = rng.pick(OTHER_LENDERS);
        const { application, inquiry } = p.life.apply(day, lender, lender, lender.includes('银行') ? '信用卡审批' : '贷款审批');
        p.trace.hard.push({ day, seen: Math.min(application?.recordedAt ?? Infinity, inquiry.recordedAt), secured: false });
      });
    }
  },
  // Short loops on one cash line: borrow, repay in full a few days later, every week or so.
  cycling: (p, rng, onset) => {
    p.life.at(onset, () => {
      const line = p.life.lines.find((l) => l.def.kind === 'credit-line' && l.status === 'normal') ?? newCashLine(p, rng, onset);
      if (!line) return;
      for (let d = onset + 3; d < onset + rng.int(60, 150); d += rng.int(6, 12)) {
        const day = d;
        p.life.at(day, () => cycle(p, line, day, r2(line.limit * rng.between(0.2, 0.5)), rng.int(2, 5)));
      }
    });
  },
  // 以贷养贷: an instalment paid by borrowing from another lender a day or two before or after.
  rollover: (p, rng, onset) => {
    p.life.at(onset, () => {
      const cash = p.life.lines.filter((l) => l.def.kind === 'credit-line');
      while (cash.length < 2) {
        const line = newCashLine(p, rng, onset);
        if (!line) return;
        cash.push(line);
      }
      for (const line of cash.slice(0, 2)) loan(p.life, line, onset, r2(line.limit * rng.between(0.5, 0.7)), 12);
      for (let d = onset + 15, k = 0; d < DAYS; d += rng.int(12, 25), k++) {
        const day = d;
        const [a, b] = k % 2 ? [cash[0]!, cash[1]!] : [cash[1]!, cash[0]!];
        p.life.at(day, () => {
          if (a.status !== 'normal' || b.status !== 'normal') return;
          const owed = a.loans.reduce((s, l) => s + l.left, 0);
          const pay = r2(Math.min(owed, a.limit * rng.between(0.08, 0.15)));
          if (pay <= 0) return;
          const gap = rng.int(-2, 2);
          let rest = pay;
          for (const l of a.loans) {
            const x = Math.min(l.left, rest);
            l.left = r2(l.left - x);
            rest -= x;
          }
          const repay = p.life.money(a, day, 10, 'repay', pay);
          const borrowDay = Math.max(0, day + gap);
          p.life.at(borrowDay, () => {
            loan(p.life, b, borrowDay, r2(pay * rng.between(0.9, 1.2)), 12);
            const seen = Math.max(
              ...p.life.events
                .filter((e) => e.event === repay || (e.event.kind === 'borrow' && e.event.accountId === b.id))
                .map((e) => e.recordedAt)
                .slice(-2),
            );
            p.trace.rollovers.push({ day: Math.max(day, borrowDay), seen });
          });
        });
      }
    });
  },
  // Rising utilisation: spending outgrows income; statements are only partly repaid.
  utilization: (p, rng, onset) => {
    p.life.at(onset, () => {
      for (const line of p.life.lines) {
        line.spend = rng.between(0.25, 0.5);
        line.payShare = rng.between(0.1, 0.35);
      }
    });
  },
  // A sudden drawdown: a quiet cash line drawn to the top within a few days.
  drawdown: (p, rng, onset) => {
    p.life.at(onset, () => {
      const quiet = p.life.lines.filter(
        (l) => l.def.kind === 'credit-line' && l.status === 'normal' && usedOf(l) <= 0.2 * l.limit && onset - l.opened > 60,
      );
      const line = quiet.length ? rng.pick(quiet) : undefined;
      if (!line) return;
      const parts = rng.int(1, 3);
      for (let k = 0; k < parts; k++) {
        const day = onset + k * rng.int(1, 4);
        p.life.at(day, () => loan(p.life, line, day, r2((line.limit * rng.between(0.8, 0.98)) / parts), 12));
      }
    });
  },
};
