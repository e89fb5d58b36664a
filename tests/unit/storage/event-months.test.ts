// Events in month pages (event-months.ts): pages split at UTC month boundaries, an event is stored
// once however often it is written, a page stays sorted by (at, key), the reader's lower bound is
// strict, and overlapping writers to one month keep each other's events.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../utils/model/types';
import { eventKey, openSentinelDb, writeTransaction, type EventMonth, type SentinelDb } from '../../../utils/storage/db';
import { addEvents, compareEvents, monthOf, readEvents, type PageReader, type PageWriter } from '../../../utils/storage/event-months';
import { freshDb, uniqueName } from './helpers';
import { storedEvents } from './stored-events';

const LAST_JAN = '2026-01-31T23:59:59.999Z';
const FIRST_FEB = '2026-02-01T00:00:00.000Z';

const borrow = (at: string, amount = 100, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  at,
  kind: 'borrow',
  accountId: 'jd-baitiao',
  amount,
  source: 'page',
  ...extra,
});
const inquiry = (at: string, lender: string): HistoryEvent => ({
  at,
  kind: 'inquiry',
  lender,
  reason: '贷款审批',
  source: 'credit-report',
});

/** Adds events in one readwrite transaction, as import and capture do. */
const add = (db: SentinelDb, events: HistoryEvent[]) =>
  writeTransaction(db, ['eventMonths', 'eventSubjectMonths'], (tx) =>
    addEvents(tx.objectStore('eventMonths'), tx.objectStore('eventSubjectMonths'), events),
  );
const read = (db: SentinelDb, after?: string) => readEvents(db.transaction('eventMonths').store, after);
const pages = async (db: SentinelDb) => (await db.getAll('eventMonths')).map((p) => [p.month, p.events.map((e) => e.at)]);

describe('monthOf', () => {
  it('is the UTC month of a normalised instant', () => {
    expect(monthOf(LAST_JAN)).toBe('2026-01');
    expect(monthOf(FIRST_FEB)).toBe('2026-02');
    // 07:00 on 1 February in Shanghai is still January in UTC.
    expect(monthOf(new Date('2026-02-01T07:00:00+08:00').toISOString())).toBe('2026-01');
    expect(monthOf('2026-12-31T23:59:59.999Z') < monthOf('2027-01-01T00:00:00.000Z')).toBe(true);
  });
});

describe('addEvents', () => {
  it('splits pages at the UTC month boundary', async () => {
    const db = await freshDb();
    expect(await add(db, [borrow(FIRST_FEB), borrow(LAST_JAN)])).toBe(2);
    expect(await pages(db)).toEqual([
      ['2026-01', [LAST_JAN]],
      ['2026-02', [FIRST_FEB]],
    ]);
    // Stored with their content key, nothing else added.
    expect(await db.get('eventMonths', '2026-01')).toEqual({
      month: '2026-01',
      events: [{ ...borrow(LAST_JAN), key: eventKey(borrow(LAST_JAN)) }],
    });
  });

  it('counts the same event twice in one list once, and keeps the first copy', async () => {
    const db = await freshDb();
    const e = borrow(LAST_JAN);
    expect(await add(db, [e, { ...e, source: 'manual' }, borrow(LAST_JAN, 101)])).toBe(2);
    const stored = await storedEvents(db);
    expect(stored.map((s) => [s.amount, s.source])).toEqual([
      [100, 'page'],
      [101, 'page'],
    ]);
  });

  it('adds nothing for events already stored, and counts only the new ones', async () => {
    const db = await freshDb();
    await add(db, [borrow(LAST_JAN), borrow(FIRST_FEB)]);
    const before = await db.getAll('eventMonths');
    expect(await add(db, [borrow(FIRST_FEB, 100, { source: 'import' }), borrow(LAST_JAN)])).toBe(0);
    expect(await db.getAll('eventMonths')).toEqual(before); // the stored copy stays, source and all
    expect(await add(db, [borrow(LAST_JAN), borrow('2026-01-15T00:00:00.000Z'), borrow(FIRST_FEB)])).toBe(1);
    expect(await pages(db)).toEqual([
      ['2026-01', ['2026-01-15T00:00:00.000Z', LAST_JAN]],
      ['2026-02', [FIRST_FEB]],
    ]);
  });

  it('keeps a page sorted by at, then key, whatever order events arrive in', async () => {
    const db = await freshDb();
    const at = '2026-01-10T00:00:00.000Z';
    await add(db, [borrow('2026-01-20T00:00:00.000Z'), inquiry(at, '某银行'), borrow('2026-01-01T00:00:00.000Z')]);
    await add(db, [inquiry(at, '某消费金融公司'), borrow('2026-01-05T00:00:00.000Z'), borrow(LAST_JAN)]);
    const [page] = await db.getAll('eventMonths');
    expect(page!.events.map((e) => e.at)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
      at,
      at,
      '2026-01-20T00:00:00.000Z',
      LAST_JAN,
    ]);
    // The same instant: by key ('某消…' before '某银…' in UTF-16 order, as IndexedDB compares keys).
    expect(page!.events.slice(2, 4).map((e) => e.lender)).toEqual(['某消费金融公司', '某银行']);
    expect([...page!.events].sort(compareEvents)).toEqual(page!.events);
  });

  it('issues one get per touched month before awaiting any, and one put per changed page', async () => {
    const db = await freshDb();
    await add(db, [borrow(LAST_JAN)]);
    const log: string[] = [];
    await writeTransaction(db, ['eventMonths', 'eventSubjectMonths'], async (tx) => {
      const store = tx.objectStore('eventMonths');
      const recording: PageWriter = {
        get: (month) => {
          log.push(`get ${month}`);
          return store.get(month).then((p) => (log.push(`got ${month}`), p));
        },
        put: (page) => {
          log.push(`put ${page.month} ${page.events.length}`);
          return store.put(page);
        },
      };
      // January is already stored (no put), February and March are new, February twice.
      return addEvents(recording, tx.objectStore('eventSubjectMonths'), [
        borrow(LAST_JAN),
        borrow(FIRST_FEB),
        borrow('2026-03-01T00:00:00.000Z'),
        borrow('2026-02-02T00:00:00.000Z'),
      ]);
    });
    expect(log.slice(0, 3).sort()).toEqual(['get 2026-01', 'get 2026-02', 'get 2026-03']);
    expect(log.slice(3, 6).sort()).toEqual(['got 2026-01', 'got 2026-02', 'got 2026-03']);
    expect(log.slice(6)).toEqual(['put 2026-02 2', 'put 2026-03 1']);
  });

  it('a bill of thousands of events over a year is one page per month', async () => {
    const db = await freshDb();
    const events = Array.from({ length: 8288 }, (_, i) =>
      borrow(new Date(Date.UTC(2025, 0, 1) + i * 3_805_000).toISOString(), 1 + (i % 97)),
    );
    let puts = 0;
    const added = await writeTransaction(db, ['eventMonths', 'eventSubjectMonths'], (tx) => {
      const store = tx.objectStore('eventMonths');
      return addEvents({ get: (m) => store.get(m), put: (p) => (puts++, store.put(p)) }, tx.objectStore('eventSubjectMonths'), events);
    });
    expect(added).toBe(8288);
    expect(puts).toBe(12);
    expect(await db.count('eventMonths')).toBe(12);
    expect((await read(db)).map((e) => e.at)).toEqual(events.map((e) => e.at));
    expect(await add(db, events)).toBe(0);
  });

  it('writes nothing when a put fails (a full disk): the transaction is aborted as a whole', async () => {
    const db = await freshDb();
    await add(db, [borrow(LAST_JAN)]);
    const before = await db.getAll('eventMonths');
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof realPut>) {
      if (++puts > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    try {
      await expect(
        add(db, [borrow('2026-01-02T00:00:00.000Z'), borrow(FIRST_FEB), borrow('2026-03-01T00:00:00.000Z')]),
      ).rejects.toMatchObject({ code: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await db.getAll('eventMonths')).toEqual(before);
  });
});

describe('readEvents', () => {
  it('reads every event in file order (by at, then key) across pages', async () => {
    const db = await freshDb();
    await add(db, [
      borrow(FIRST_FEB),
      inquiry(LAST_JAN, '某银行'),
      borrow('2025-12-31T00:00:00.000Z'),
      inquiry(LAST_JAN, '某消费金融公司'),
    ]);
    const all = await read(db);
    expect(all.map((e) => e.at)).toEqual(['2025-12-31T00:00:00.000Z', LAST_JAN, LAST_JAN, FIRST_FEB]);
    expect([...all].sort(compareEvents)).toEqual(all);
  });

  it('with an instant, keeps only events strictly after it, across a month boundary', async () => {
    const db = await freshDb();
    await add(db, [borrow('2026-01-01T00:00:00.000Z'), borrow(LAST_JAN), borrow(FIRST_FEB), borrow('2026-03-01T00:00:00.000Z')]);
    const after = async (since: string) => (await read(db, since)).map((e) => e.at);
    expect(await after('2026-01-31T23:59:59.998Z')).toEqual([LAST_JAN, FIRST_FEB, '2026-03-01T00:00:00.000Z']);
    expect(await after(LAST_JAN)).toEqual([FIRST_FEB, '2026-03-01T00:00:00.000Z']);
    expect(await after(FIRST_FEB)).toEqual(['2026-03-01T00:00:00.000Z']);
    expect(await after('2025-06-01T00:00:00.000Z')).toHaveLength(4);
    expect(await after('2026-03-01T00:00:00.000Z')).toEqual([]);
  });

  it('reads only the pages from the instant’s month on', async () => {
    const db = await freshDb();
    await add(db, [borrow('2025-11-30T00:00:00.000Z'), borrow(LAST_JAN), borrow(FIRST_FEB)]);
    const store = db.transaction('eventMonths').store;
    const queries: (IDBKeyRange | undefined)[] = [];
    const seen: string[] = [];
    const recording: PageReader = {
      getAll: async (query) => {
        queries.push(query);
        const found: EventMonth[] = await store.getAll(query);
        seen.push(...found.map((p) => p.month));
        return found;
      },
    };
    expect((await readEvents(recording, '2026-01-15T00:00:00.000Z')).map((e) => e.at)).toEqual([LAST_JAN, FIRST_FEB]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ lower: '2026-01', lowerOpen: false });
    expect(seen).toEqual(['2026-01', '2026-02']);
  });
});

describe('overlapping writers', () => {
  it('two writes to the same month at once keep both events', async () => {
    const db = await freshDb();
    const [a, b] = await Promise.all([add(db, [borrow('2026-01-10T00:00:00.000Z')]), add(db, [borrow('2026-01-20T00:00:00.000Z')])]);
    expect([a, b]).toEqual([1, 1]);
    expect(await pages(db)).toEqual([['2026-01', ['2026-01-10T00:00:00.000Z', '2026-01-20T00:00:00.000Z']]]);
  });

  it('20 writers on separate connections, overlapping in one month, lose nothing and double nothing', async () => {
    const name = uniqueName('event-months-concurrent');
    const connections = await Promise.all(Array.from({ length: 4 }, () => openSentinelDb(name)));
    const shared = borrow('2026-01-01T00:00:00.000Z', 1);
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        add(connections[i % connections.length]!, [shared, borrow(`2026-01-${String(2 + i).padStart(2, '0')}T00:00:00.000Z`, 2 + i)]),
      ),
    );
    expect(counts.reduce((n, c) => n + c, 0)).toBe(21);
    const stored = await storedEvents(connections[0]!);
    expect(stored).toHaveLength(21);
    expect(stored.map((e) => e.amount)).toEqual(Array.from({ length: 21 }, (_, i) => 1 + i));
    for (const c of connections) c.close();
  });
});
