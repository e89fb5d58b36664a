// Opening the same credit report again adds nothing: its observations collapse into the stored rows
// (only lastSeenAt moves) and its query records are the same events (same eventKey), whether the
// capture goes through recordObservations or the background's whole capture path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureToRecords } from '../../../utils/capture/to-records';
import { captureFromDocument } from '../../../utils/extract/run';
import { handlerFor, ID } from '../messaging/support';
import type { SenderLike } from '../../../utils/messaging/sender';
import { isHardInquiry } from '../../../utils/rules/frequent-applications';
import { recordObservations } from '../../../utils/storage/observations';
import { freshDb, countObservations, storedObservations } from './helpers';
import { storedEvents } from './stored-events';

const PAGES = join(__dirname, '../../fixtures/pages');
const URL_ = new URL('https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
const capture = (name = 'full') =>
  captureFromDocument(parseHTML(readFileSync(join(PAGES, `pboc-credit-report-${name}.html`), 'utf8')).document as unknown as Document, URL_, adapters);

const T1 = new Date('2026-11-23T08:00:00.000Z');
const T2 = new Date('2026-11-24T09:30:00.000Z');

describe('credit report capture, stored twice', () => {
  it('adds no rows and no events the second time (recordObservations)', async () => {
    const db = await freshDb();
    const first = await recordObservations(db, captureToRecords(capture(), URL_, T1, adapters)!);
    expect(first).toEqual({ added: 4, collapsed: 0, events: 6 });
    const rows = await storedObservations(db);
    const events = await storedEvents(db);

    const again = await recordObservations(db, captureToRecords(capture(), URL_, T2, adapters)!);
    expect(again).toEqual({ added: 0, collapsed: 4, events: 0 });
    expect(await storedEvents(db)).toEqual(events);
    const after = await storedObservations(db);
    expect(after.map(({ lastSeenAt: _l, ...o }) => o)).toEqual(rows.map(({ lastSeenAt: _l, ...o }) => o));
    expect(after.every((o) => o.lastSeenAt === T2.toISOString())).toBe(true);
    expect(await db.count('accounts')).toBe(4);
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
    expect(await handle(message, tab)).toEqual({ ok: true, stored: 10 });
    now = T2;
    expect(await handle(message, tab)).toEqual({ ok: true, stored: 0 });
    expect(await countObservations(db)).toBe(4);
    expect(await storedEvents(db)).toHaveLength(6);
  });

  it('stores a later report’s changed values as new rows, and its old queries as nothing new', async () => {
    const db = await freshDb();
    await recordObservations(db, captureToRecords(capture(), URL_, T1, adapters)!);
    const later = capture();
    later.observations[0] = { ...later.observations[0]!, usedAmount: 20000 };
    later.events.push({ at: '2026-11-23T16:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '贷款审批' });
    expect(await recordObservations(db, captureToRecords(later, URL_, T2, adapters)!)).toEqual({ added: 1, collapsed: 3, events: 1 });
  });
});

describe('credit report queries and the frequent-applications rule', () => {
  it('counts loan, card and guarantee checks as hard, never 贷后管理 or the person’s own queries', () => {
    const hard = capture().events.map((e) => [e.reason, isHardInquiry(e)]);
    expect(hard).toEqual([
      ['贷款审批', true],
      ['信用卡审批', true],
      ['贷后管理', false],
      ['担保资格审查', true],
      ['本人查询(互联网个人信用信息服务平台)', false],
      ['本人查询(临柜)', false],
    ]);
    expect(capture('no-accounts').events.map((e) => isHardInquiry(e))).toEqual([true, false]);
  });
});
