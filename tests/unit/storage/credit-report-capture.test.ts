// Opening the same credit report again adds nothing: its observations are timed at the report's
// time (报告时间), so they collapse into the stored rows, and its query records are the same events
// (same eventKey), whether the capture goes through recordObservations or the background's whole
// capture path. A later report with unchanged values only moves lastSeenAt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureToRecords } from '../../../utils/capture/to-records';
import { captureFromDocument } from '../../../utils/capture/from-document';
import { handlerFor, ID } from '../messaging/support';
import type { SenderLike } from '../../../utils/messaging/sender';
import { isHardInquiry } from '../../../utils/rules/frequent-applications';
import { recordObservations } from '../../../utils/storage/observations';
import { countObservations, freshDb, storedObservations } from './helpers';
import { storedEvents } from './stored-events';

const PAGES = join(__dirname, '../../fixtures/pages');
const URL_ = new URL('https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
const capture = (name = 'brief-gen2') =>
  captureFromDocument(
    parseHTML(readFileSync(join(PAGES, `pboc-credit-report-${name}.html`), 'utf8')).document as unknown as Document,
    URL_,
    adapters,
  );

const T1 = new Date('2026-11-23T08:00:00.000Z');
const T2 = new Date('2026-11-24T09:30:00.000Z');
/** The fixture's 报告时间：2026年03月15日 10:23:45, China time. */
const REPORTED = '2026-03-15T02:23:45.000Z';

describe('credit report capture, stored twice', () => {
  it('adds no rows and no events the second time (recordObservations)', async () => {
    const db = await freshDb();
    const first = await recordObservations(db, captureToRecords(capture(), URL_, T1, adapters)!);
    expect(first).toEqual({ added: 8, collapsed: 0, events: 6 });
    const rows = await storedObservations(db);
    expect(rows.every((o) => o.at === REPORTED && o.lastSeenAt === undefined)).toBe(true);
    const events = await storedEvents(db);

    const again = await recordObservations(db, captureToRecords(capture(), URL_, T2, adapters)!);
    expect(again).toEqual({ added: 0, collapsed: 8, events: 0 });
    expect(await storedEvents(db)).toEqual(events);
    // The very same report: same instant, same values, nothing moves.
    expect(await storedObservations(db)).toEqual(rows);
    expect(await db.count('accounts')).toBe(8);
  });

  it('folds next month’s report with unchanged values into the stored rows, up to its report time', async () => {
    const db = await freshDb();
    await recordObservations(db, captureToRecords(capture(), URL_, T1, adapters)!);
    const next = capture();
    const april = '2026-04-15T01:00:00.000Z';
    for (const o of next.observations) o.at = april;
    expect(await recordObservations(db, captureToRecords(next, URL_, T2, adapters)!)).toEqual({ added: 0, collapsed: 8, events: 0 });
    const rows = await storedObservations(db);
    expect(rows.every((o) => o.at === REPORTED && o.lastSeenAt === april)).toBe(true);
  });

  it('times a report that claims a time after now at now', () => {
    const future = capture();
    for (const o of future.observations) o.at = '2027-01-01T00:00:00.000Z';
    const batch = captureToRecords(future, URL_, T1, adapters)!;
    expect(batch.observations.every((o) => o.at === T1.toISOString())).toBe(true);
  });

  it('labels its records as coming from the credit report', () => {
    const batch = captureToRecords(capture(), URL_, T1, adapters)!;
    expect(new Set([...batch.observations, ...batch.events].map((r) => r.source))).toEqual(new Set(['credit-report']));
  });

  it('adds nothing the second time through the background’s capture path either', async () => {
    const db = await freshDb();
    let now = T1;
    const handle = handlerFor(db, { now: () => now });
    const tab: SenderLike = { id: ID, url: URL_.href, tab: { id: 3 }, frameId: 0 };
    const message = { type: 'cs:capture', url: URL_.href, result: capture() };
    expect(await handle(message, tab)).toEqual({ ok: true, stored: 14 });
    now = T2;
    expect(await handle(message, tab)).toEqual({ ok: true, stored: 0 });
    expect(await countObservations(db)).toBe(8);
    expect(await storedEvents(db)).toHaveLength(6);
  });

  it('stores a later report’s changed values as new rows, and its old queries as nothing new', async () => {
    const db = await freshDb();
    await recordObservations(db, captureToRecords(capture(), URL_, T1, adapters)!);
    const later = capture();
    for (const o of later.observations) o.at = '2026-04-15T01:00:00.000Z';
    later.observations[0] = { ...later.observations[0]!, usedAmount: 20000 };
    later.events.push({ at: '2026-11-23T16:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '贷款审批' });
    expect(await recordObservations(db, captureToRecords(later, URL_, T2, adapters)!)).toEqual({ added: 1, collapsed: 7, events: 1 });
  });
});

describe('credit report queries and the frequent-applications rule', () => {
  it('counts loan, card and guarantee checks as hard, never 贷后管理 or the person’s own queries', () => {
    const hard = capture().events.map((e) => [e.reason, isHardInquiry(e)]);
    expect(hard).toEqual([
      ['贷后管理', false],
      ['信用卡审批', true],
      ['贷款审批', true],
      ['贷款审批', true],
      ['本人查询(互联网个人信用信息服务平台)', false],
      ['本人查询(商业银行网上银行)', false],
    ]);
    expect(capture('no-credit').events.map((e) => isHardInquiry(e))).toEqual([true, false]);
    expect(capture('queries-gen1').events.map((e) => isHardInquiry(e))).toEqual([true, true, true, true, false, true, false, false]);
  });
});
