// One simulated borrower's year, day by day: the true state of every line (limit, balance, rate,
// status, 提额 entry), the events that happened, and what the person recorded of it and when.
// The model is described in README.md ("How `npm run evaluate` measures").
import type { Account, HistoryEvent, Observation, Status } from '../../utils/model/types';
import type { LineDef } from './accounts';
import type { Rng } from './prng';

export const DAY = 86_400_000;

export interface Loan {
  left: number;
  /** Monthly part; 0 for a loan repaid in one go (see `dueDay`). */
  part: number;
  dueDay: number;
  every: number;
  /** Day borrowed (a one-go loan repaid within 7 days is a short borrow-repay loop). */
  start?: number;
}

export interface Line {
  def: LineDef;
  id: string;
  lender: string;
  limit: number;
  apr?: number;
  increase?: boolean;
  status: Status;
  statusText?: string;
  opened: number;
  /** Card / pay-later: balance not yet billed, the statement owed, and what is carried over. */
  accrual: number;
  statement: number;
  revolving: number;
  billDay: number;
  /** Share of the limit spent per month (card / pay-later). */
  spend: number;
  /** Share of a statement repaid at its due date (1: in full). */
  payShare: number;
  loans: Loan[];
  /** Used share at the end of each day since it opened (for the drawdown signal). */
  usedShare: number[];
  /** Day the next review by the lender falls on; its stage: 0 none, 1 warned (rate / 提额), 2 cut. */
  reviewDay: number;
  stage: 0 | 1 | 2;
}

export const usedOf = (l: Line): number =>
  Math.min(l.limit, l.accrual + l.statement + l.revolving) + l.loans.reduce((s, x) => s + x.left, 0);
export const isCash = (l: Line): boolean => l.def.kind === 'credit-line' || l.def.kind === 'installment-loan';

export interface RecordedEvent {
  event: HistoryEvent;
  /** When the event reached the history: at once (typed), at a bill import, at a report import, never. */
  recordedAt: number;
}

export interface Cut {
  accountId: string;
  t: number;
  kind: 'fall' | 'limited' | 'frozen' | 'zeroed' | 'closed';
  /** A policy shock: no cause in the person's behaviour. */
  shock: boolean;
}

export class Life {
  readonly lines: Line[] = [];
  readonly events: RecordedEvent[] = [];
  readonly observations: Observation[] = [];
  /** Views per line (ms), to know when a change was first recorded. */
  readonly views = new Map<string, number[]>();
  cut?: Cut;
  /** Short borrow-repay loops completed, per line: day, and when the repay reached the history. */
  readonly cycleLog = new Map<string, { day: number; seen: number }[]>();
  private readonly plans = new Map<number, (() => void)[]>();

  constructor(
    readonly rng: Rng,
    readonly t0: number,
    readonly days: number,
    /** Next moment bills (borrow / repay) are imported after a given time; Infinity: never. */
    readonly billImport: (t: number) => number,
    readonly reportImport: (t: number) => number,
    readonly typesApplications: boolean,
  ) {}

  time(day: number, hour: number): number {
    return this.t0 + day * DAY + Math.round(hour * 60) * 60_000;
  }

  at(day: number, fn: () => void): void {
    if (day < 0 || day >= this.days) return;
    const list = this.plans.get(day) ?? [];
    list.push(fn);
    this.plans.set(day, list);
  }

  planned(day: number): (() => void)[] {
    return this.plans.get(day) ?? [];
  }

  open(def: LineDef, day: number, limit: number, rng: Rng): Line {
    const line: Line = {
      def,
      id: def.id,
      lender: def.lender,
      limit: Math.round(limit / 500) * 500,
      ...(def.apr ? { apr: Math.round(rng.between(def.apr[0], def.apr[1]) * 10_000) / 10_000 } : {}),
      ...(def.increase ? { increase: true } : {}),
      status: 'normal',
      opened: day,
      accrual: 0,
      statement: 0,
      revolving: 0,
      billDay: rng.int(0, 29),
      spend: rng.between(0.05, 0.3),
      payShare: 1,
      loans: [],
      usedShare: [],
      reviewDay: day + rng.int(20, 50),
      stage: 0,
    };
    this.lines.push(line);
    return line;
  }

  line(id: string): Line | undefined {
    return this.lines.find((l) => l.id === id);
  }

  record(event: HistoryEvent, recordedAt: number): void {
    this.events.push({ event, recordedAt });
  }

  /** A borrow or repay on a line as a bill import brings it in (cards' bills are not imported). */
  money(line: Line, day: number, hour: number, kind: 'borrow' | 'repay', amount: number, full = false): HistoryEvent {
    const t = this.time(day, hour);
    const event: HistoryEvent = {
      at: new Date(t).toISOString(),
      kind,
      accountId: line.id,
      amount: r2(amount),
      ...(full ? { full: true } : {}),
      source: 'import',
    };
    this.record(event, line.def.kind === 'credit-card' ? Infinity : this.billImport(t));
    return event;
  }

  /** An application (typed by the person, or not at all) and the inquiry it causes (from the report). */
  apply(
    day: number,
    lender: string,
    reportName: string,
    reason = '贷款审批',
  ): { application: RecordedEvent | undefined; inquiry: RecordedEvent } {
    const ta = this.time(day, 10);
    let application: RecordedEvent | undefined;
    if (this.typesApplications) {
      application = { event: { at: new Date(ta).toISOString(), kind: 'application', lender, source: 'manual' }, recordedAt: ta };
      this.events.push(application);
    }
    const ti = this.time(day + this.rng.int(0, 2), 0);
    const inquiry: RecordedEvent = {
      event: { at: new Date(ti).toISOString(), kind: 'inquiry', lender: reportName, reason, source: 'credit-report' },
      recordedAt: this.reportImport(ti),
    };
    this.events.push(inquiry);
    return { application, inquiry };
  }

  /** The first view of a line at or after `t` (Infinity when none). */
  viewAfter(id: string, t: number): number {
    for (const v of this.views.get(id) ?? []) if (v >= t) return v;
    return Infinity;
  }

  accounts(): Account[] {
    return this.lines.map((l) => ({ id: l.id, lender: l.lender, product: l.def.product, kind: l.def.kind }));
  }
}

export const r2 = (x: number): number => Math.round(x * 100) / 100;
