// The chart digests (schema version 6): every writer keeps them equal to their pages' digests, and
// the all-time chart drawn from them shows what the rows show: the same status and 提额 changes, the
// same extremes, every event counted once.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, HistoryFile, Observation, Status } from '../../../utils/model/types';
import { EVENT_DOT } from '../../../utils/chart/history-types';
import { readAccountHistory } from '../../../utils/storage/account-history';
import { digestsSuffice } from '../../../utils/storage/all-time-history';
import { deleteEverything, importHistory } from '../../../utils/storage/import-export';
import { mergeAccounts } from '../../../utils/storage/merge-accounts';
import { recordObservations } from '../../../utils/storage/observations';
import { removeEvent, removeObservation, restoreRow } from '../../../utils/storage/remove-rows';
import { renameAccount } from '../../../utils/storage/rename-account';
import { expectDigestsMatch } from './digests-match';
import { account, FIXED_NOW, freshDb } from './helpers';

const DAY = 86_400_000;
const START = Date.parse('2025-06-01T00:00:00.000Z');
const at = (day: number, hour = 9) => new Date(START + day * DAY + hour * 3_600_000).toISOString();

/** Days of one account, some with two or three views, statuses and 提额 changing now and then, some
 *  views that cannot tell the status; a borrow most weeks, repays, the lender's inquiries. */
function history(days: number, accountId = 'jd-baitiao'): { observations: Observation[]; events: HistoryEvent[] } {
  const observations: Observation[] = [];
  const events: HistoryEvent[] = [];
  const statuses: Status[] = ['normal', 'normal', 'limited', 'unknown', 'normal', 'frozen'];
  for (let d = 0; d < days; d++) {
    for (let v = 0; v < 1 + (d % 3); v++) {
      const total = 50000 - (d % 40) * 100 + v * 7;
      observations.push({
        accountId,
        at: at(d, 8 + v * 5),
        totalLimit: total,
        availableLimit: total - 1000 - ((d * 37 + v * 11) % 900),
        status: statuses[Math.floor(d / 23 + v) % statuses.length]!,
        ...(d % 17 === 0 && { statusText: '额度已冻结' }),
        ...(d % 29 < 27 && { increaseAvailable: Math.floor(d / 29) % 2 === 0 }),
        source: 'page',
        ...(v === 0 && d % 5 === 0 && { lastSeenAt: at(d, 20) }),
      });
    }
    if (d % 7 === 1) events.push({ at: at(d, 12), kind: 'borrow', accountId, amount: 100 + d, source: 'import' });
    if (d % 7 === 1) events.push({ at: at(d, 13), kind: 'borrow', accountId, amount: 50, source: 'import' });
    if (d % 11 === 4) events.push({ at: at(d, 14), kind: 'repay', accountId, amount: 80, full: d % 2 === 0, source: 'import' });
    if (d % 30 === 9) events.push({ at: at(d, 15), kind: 'inquiry', lender: '京东', reason: '贷款审批', source: 'credit-report' });
  }
  return { observations, events };
}

const file = (h: { observations: Observation[]; events: HistoryEvent[] }, extra: Partial<HistoryFile> = {}): HistoryFile => ({
  format: 'limit-sentinel.history',
  version: 1,
  exportedAt: FIXED_NOW.toISOString(),
  accounts: [account('jd-baitiao'), account('jiebei', { lender: '支付宝', product: '借呗', kind: 'credit-line' })],
  observations: h.observations,
  events: h.events,
  ...extra,
});

describe('chart digests', () => {
  it('follow a capture, an import, a removal and its undo of either kind, a merge, a rename and a wipe', async () => {
    const db = await freshDb();
    const long = history(120);
    expect(await importHistory(db, JSON.stringify(file(long)), { now: FIXED_NOW })).toMatchObject({ ok: true });
    await expectDigestsMatch(db);
    expect(await db.count('observationDigests')).toBe(await db.count('observationMonths'));

    // A capture: a new view, one collapsed into the last row (its lastSeenAt moves), an event.
    const last = long.observations.at(-1)!;
    await recordObservations(db, {
      accounts: [account('jd-baitiao')],
      observations: [
        { ...last, at: at(121) },
        { ...last, at: at(121, 10), status: 'closed' },
      ],
      events: [{ at: at(121), kind: 'borrow', accountId: 'jd-baitiao', amount: 9, source: 'page' }],
    });
    await expectDigestsMatch(db);

    const removed = await removeObservation(db, 'jd-baitiao', long.observations[3]!.at);
    expect(removed.ok).toBe(true);
    await expectDigestsMatch(db);
    if (removed.ok) expect(await restoreRow(db, { observation: removed.value })).toEqual({ ok: true, value: 1 });
    await expectDigestsMatch(db);
    // The only row of its month goes: the page and its digest both go.
    const lone = { ...long.observations[0]!, at: '2025-01-15T00:00:00.000Z' };
    await recordObservations(db, { accounts: [], observations: [lone], events: [] });
    expect(await db.get('observationDigests', ['jd-baitiao', '2025-01'])).toBeDefined();
    expect((await removeObservation(db, 'jd-baitiao', lone.at)).ok).toBe(true);
    expect(await db.get('observationDigests', ['jd-baitiao', '2025-01'])).toBeUndefined();
    await expectDigestsMatch(db);

    const [page] = await db.getAll('eventMonths');
    const event = await removeEvent(db, page!.events[0]!.key);
    expect(event.ok).toBe(true);
    await expectDigestsMatch(db);
    if (event.ok) expect(await restoreRow(db, { event: event.value })).toEqual({ ok: true, value: 1 });
    await expectDigestsMatch(db);

    await importHistory(db, JSON.stringify(file(history(40, 'jiebei'))), { now: FIXED_NOW });
    expect((await mergeAccounts(db, 'jiebei', 'jd-baitiao')).ok).toBe(true);
    await expectDigestsMatch(db);
    expect(await db.getAll('observationDigests')).not.toContainEqual(expect.objectContaining({ accountId: 'jiebei' }));

    expect((await renameAccount(db, 'jd-baitiao', { lender: '京东金融' })).ok).toBe(true);
    await expectDigestsMatch(db);

    await deleteEverything(db);
    expect(await db.count('observationDigests')).toBe(0);
    expect(await db.count('eventDigests')).toBe(0);
  });
});

describe('the all-time chart from the digests', () => {
  const columns = 120; // 400 days: a column spans more than three days
  const to = FIXED_NOW.toISOString();

  async function both() {
    const db = await freshDb();
    const h = history(400);
    await importHistory(db, JSON.stringify(file(h)), { now: FIXED_NOW });
    const digested = (await readAccountHistory(db, 'jd-baitiao', { to, columns }))!;
    // The rows path over the same span: a range from the first row.
    const rows = (await readAccountHistory(db, 'jd-baitiao', { from: h.observations[0]!.at, to, columns }))!;
    return { h, digested, rows };
  }

  it('is used only where a column spans a day or more', async () => {
    const { digested } = await both();
    expect(digested.events.some((e) => (e.count ?? 1) > 1)).toBe(true); // bucketed: the digests were read
    const digest = {
      accountId: 'a',
      month: '2026-01',
      count: 1,
      first: 0,
      t: [0],
      total: [1],
      available: [1],
      used: [0],
      marks: [],
      lastSeen: 0,
    };
    expect(digestsSuffice([digest], 100 * DAY, 100)).toBe(true);
    expect(digestsSuffice([digest], 99 * DAY, 100)).toBe(false);
    expect(digestsSuffice([{ ...digest, t: [101 * DAY] }], 100 * DAY, 100)).toBe(false); // a row after `to`
    expect(digestsSuffice([], 100 * DAY, 100)).toBe(false);
  });

  it('marks every status and 提额 change the rows mark, at the same instants', async () => {
    const { digested, rows } = await both();
    expect(rows.marks.length).toBeGreaterThan(10);
    expect(digested.marks).toEqual(rows.marks);
  });

  it('spans the same time, counts the same rows and reaches the same extremes, through real rows only', async () => {
    const { h, digested, rows } = await both();
    expect([digested.from, digested.to, digested.rowCount]).toEqual([rows.from, rows.to, rows.rowCount]);
    for (const s of ['total', 'available', 'used'] as const) {
      const values = (p: typeof rows.points) => p[s].filter((v): v is number => v !== null);
      expect(Math.min(...values(digested.points)), s).toBe(Math.min(...values(rows.points)));
      expect(Math.max(...values(digested.points)), s).toBe(Math.max(...values(rows.points)));
    }
    const seen = new Set(h.observations.map((o) => `${Date.parse(o.at)} ${o.totalLimit} ${o.availableLimit}`));
    const lastSeen = Date.parse(h.observations.at(-1)!.lastSeenAt ?? h.observations.at(-1)!.at);
    digested.points.t.forEach((t, i) => {
      if (t === lastSeen && i === digested.points.t.length - 1) return; // the last row drawn until last seen
      expect(seen.has(`${t} ${digested.points.total[i]} ${digested.points.available[i]}`), `point ${i}`).toBe(true);
    });
    expect(digested.points.t.length).toBeLessThanOrEqual(columns * 7 + 1);
  });

  it('counts every event once, per kind, with the same sums', async () => {
    const { digested, rows } = await both();
    const tally = (events: typeof rows.events) => {
      const out: Record<string, [number, number]> = {};
      for (const e of events) {
        const [n, sum] = out[e.kind] ?? [0, 0];
        out[e.kind] = [n + (e.count ?? 1), sum + (e.amount ?? 0)];
      }
      return out;
    };
    expect(tally(digested.events)).toEqual(tally(rows.events));
    expect(digested.events.length).toBeLessThan(rows.events.length);
    // In time order, and one mark per kind at most in each stretch of EVENT_DOT columns: dots that
    // would cover one another are one.
    expect(digested.events.map((e) => e.at)).toEqual([...digested.events.map((e) => e.at)].sort((a, b) => a - b));
    const width = ((digested.to - digested.from) / columns) * EVENT_DOT;
    const groups = digested.events.map((e) => `${e.kind} ${Math.min(columns / EVENT_DOT - 1, Math.floor((e.at - digested.from) / width))}`);
    expect(new Set(groups).size).toBe(groups.length);
    expect(digested.events.filter((e) => e.kind === 'borrow').length).toBeLessThanOrEqual(columns / EVENT_DOT);
  });
});
