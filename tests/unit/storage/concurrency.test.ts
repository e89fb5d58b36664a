// Many tabs capturing at once: IndexedDB runs overlapping readwrite transactions one at a time, and
// each capture reads and writes inside its own, so nothing is lost and nothing is doubled.
import { describe, expect, it } from 'vitest';
import { openSentinelDb } from '../../../utils/storage/db';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, minute, observation, countObservations, storedObservations } from './helpers';
import { storedEvents } from './stored-events';

const N = 20;

describe('concurrent captures', () => {
  it(`${N} identical captures at once leave one row`, async () => {
    const db = await freshDb();
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => recordObservations(db, { accounts: [account()], observations: [observation(i)], events: [] })),
    );
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.collapsed, 0)).toBe(N - 1);
    const rows = await storedObservations(db);
    expect(rows).toEqual([expect.objectContaining({ at: minute(0), lastSeenAt: minute(N - 1) })]);
    expect(await db.count('accounts')).toBe(1);
  });

  it(`${N} identical captures in shuffled time order still leave one row`, async () => {
    const db = await freshDb();
    const order = Array.from({ length: N }, (_, i) => (i * 7) % N); // a fixed permutation
    await Promise.all(order.map((m) => recordObservations(db, { accounts: [account()], observations: [observation(m)], events: [] })));
    expect(await storedObservations(db)).toEqual([expect.objectContaining({ at: minute(0), lastSeenAt: minute(N - 1) })]);
  });

  it(`${N} different captures at once leave ${N} rows`, async () => {
    const db = await freshDb();
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        recordObservations(db, { accounts: [account()], observations: [observation(i, { availableLimit: 30000 + i })], events: [] }),
      ),
    );
    const rows = await storedObservations(db);
    expect(rows.map((r) => r.availableLimit)).toEqual(Array.from({ length: N }, (_, i) => 30000 + i));
  });

  it('separate connections (extension pages and the worker) serialize the same way', async () => {
    const name = `concurrent-${Math.random().toString(36).slice(2)}`;
    const connections = await Promise.all(Array.from({ length: 5 }, () => openSentinelDb(name)));
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        recordObservations(connections[i % connections.length]!, {
          accounts: [account()],
          observations: [observation(i)],
          events: [{ at: minute(0), kind: 'inquiry', lender: '某银行', reason: '贷款审批', source: 'page' }],
        }),
      ),
    );
    const db = connections[0]!;
    expect(await countObservations(db)).toBe(1);
    expect(await storedEvents(db)).toHaveLength(1);
    for (const c of connections) c.close();
  });
});
