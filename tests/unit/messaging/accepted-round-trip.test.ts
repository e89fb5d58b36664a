// Whatever the extension accepts, its own export must import again (reliability.md → Time): after
// every hostile-but-accepted input — through an import, a manual entry, the quick log or a page
// capture — the history is exported, imported into an empty profile and exported again, and the two
// exports agree. And what was refused left the history as it was.
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../../../utils/messaging/sender';
import type { HistoryFile } from '../../../utils/model/types';
import { FIXED_NOW, freshDb, snapshot } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const jd: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 3 }, frameId: 0 };
const report: SenderLike = { id: ID, url: 'https://ipcrs.pbccrc.org.cn/reportAction.do', tab: { id: 4 }, frameId: 0 };

const file = (observations: unknown[], events: unknown[] = []) =>
  JSON.stringify({
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    accounts: [{ id: 'a', lender: '某银行' }],
    observations,
    events,
  });
const obs = (at: string, extra: object = {}) => ({ accountId: 'a', at, status: 'normal', source: 'manual', ...extra });

/** Messages a hostile page, file or hand may send, each accepted or refused. */
const inputs: { name: string; sender: SenderLike; message: unknown }[] = [
  {
    name: 'an import with odd offsets and precisions',
    sender: popup,
    message: {
      type: 'ui:import',
      text: file([obs('2026-10-01T23:59:59.9999999-11:59'), obs('2000-01-01T08:00:00+08:00', { lastSeenAt: '2026-11-24T07:59:59.999Z' })]),
    },
  },
  {
    name: 'an import whose offset carries a time past 9999',
    sender: popup,
    message: { type: 'ui:import', text: file([obs('9999-12-31T23:59:59.999-23:59')]) },
  },
  {
    name: 'an import of an observation dated 2099',
    sender: popup,
    message: { type: 'ui:import', text: file([obs('2099-12-31T00:00:00.000Z')]) },
  },
  { name: 'an import dated in 1999', sender: popup, message: { type: 'ui:import', text: file([obs('1999-12-31T23:59:59.999Z')]) } },
  {
    name: 'an import with an event two days ahead',
    sender: popup,
    message: { type: 'ui:import', text: file([], [{ at: '2026-11-25T08:00:00.000Z', kind: 'inquiry' }]) },
  },
  {
    name: 'a manual entry dated 9999',
    sender: popup,
    message: {
      type: 'ui:add-manual',
      entry: { lender: '微粒贷', values: { status: 'normal', totalLimit: 1000 }, at: '9999-12-31T23:59:59.999-23:59' },
    },
  },
  {
    name: 'a manual entry a week ahead',
    sender: popup,
    message: {
      type: 'ui:add-manual',
      entry: { lender: '微粒贷', values: { status: 'normal', totalLimit: 1000 }, at: '2026-11-30T00:00:00.000Z' },
    },
  },
  {
    name: 'a manual entry with an offset',
    sender: popup,
    message: {
      type: 'ui:add-manual',
      entry: { lender: '微粒贷', values: { status: 'normal', totalLimit: 1000 }, at: '2026-11-01T00:00:00-12:00' },
    },
  },
  {
    name: 'a quick-log event in 2100',
    sender: popup,
    message: { type: 'ui:add-event', entry: { kind: 'application', lender: '招商银行', at: '2100-01-01T00:00:00.000Z' } },
  },
  {
    name: 'a quick-log event with an offset',
    sender: popup,
    message: { type: 'ui:add-event', entry: { kind: 'application', lender: '招商银行', at: '2026-11-20T00:00:00+14:00' } },
  },
  {
    name: 'a page capture with an event dated 9999',
    sender: report,
    message: {
      type: 'cs:capture',
      url: report.url,
      result: {
        adapter: 'pboc-credit-report',
        observations: [],
        events: [{ at: '9999-12-31T23:59:59.999-23:59', kind: 'inquiry', lender: 'x' }],
      },
    },
  },
  {
    name: 'a page capture with one event ahead and one not',
    sender: report,
    message: {
      type: 'cs:capture',
      url: report.url,
      result: {
        adapter: 'pboc-credit-report',
        observations: [],
        events: [
          { at: '2027-03-01T00:00:00.000Z', kind: 'inquiry', lender: '甲' },
          { at: '2026-03-01T00:00:00+08:00', kind: 'inquiry', lender: '乙' },
        ],
      },
    },
  },
  {
    name: 'a page capture of a limit',
    sender: jd,
    message: {
      type: 'cs:capture',
      url: jd.url,
      result: {
        adapter: 'jd-baitiao',
        observations: [{ accountId: 'jd-baitiao', lender: '京东', product: '白条', totalLimit: 5000, status: 'normal' }],
        events: [],
      },
    },
  },
];

describe('every accepted input leaves an export that imports again', () => {
  it.each(inputs.map((i) => [i.name, i] as const))('%s', async (_name, input) => {
    const db = await freshDb();
    const handle = handlerFor(db);
    const before = await snapshot(db);
    const reply = (await handle(input.message, input.sender)) as { ok: boolean };
    const after = await snapshot(db);
    if (!reply.ok) {
      expect(after).toBe(before);
      return;
    }
    const exported = JSON.parse(after) as HistoryFile;
    for (const t of [...exported.observations.flatMap((o) => [o.at, o.lastSeenAt ?? o.at]), ...exported.events.map((e) => e.at)]) {
      expect(t).toBe(new Date(t).toISOString());
      expect(t >= '2000-01-01T00:00:00.000Z' && t <= '2026-11-24T08:00:00.000Z', t).toBe(true);
    }
    const empty = await freshDb();
    expect(await handlerFor(empty)({ type: 'ui:import', text: after }, popup)).toMatchObject({ ok: true });
    expect(await snapshot(empty)).toBe(after);
  });

  it('refuses the times that could not come back, naming the field', async () => {
    const db = await freshDb();
    const handle = handlerFor(db);
    const reply = async (i: number) => handle(inputs[i]!.message, inputs[i]!.sender);
    expect(await reply(1)).toMatchObject({
      ok: false,
      code: 'invalid-file',
      path: 'observations[0].at',
      expected: 'a time between the years 2000 and 2099',
    });
    expect(await reply(2)).toMatchObject({ ok: false, path: 'observations[0].at', expected: 'a time not more than a day in the future' });
    expect(await reply(4)).toMatchObject({ ok: false, path: 'events[0].at' });
    expect(await reply(6)).toMatchObject({ ok: false, code: 'invalid-entry', path: 'at' });
    expect(await reply(8)).toMatchObject({ ok: false, code: 'invalid-entry', path: 'at' });
    // A page's date ahead of the clock is left out; the rest of the capture is kept.
    expect(await reply(11)).toMatchObject({ ok: true, stored: 1 });
    expect(JSON.parse(await snapshot(db)).events).toEqual([
      { at: '2026-02-28T16:00:00.000Z', kind: 'inquiry', lender: '乙', source: 'credit-report' },
    ]);
    expect(FIXED_NOW.toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });
});
