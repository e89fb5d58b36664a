// MV3 delivers events only to listeners registered synchronously at worker start.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import background from '../../../entrypoints/background';
import type { Observation } from '../../../utils/model/types';
import { BADGE_COLORS } from '../../../utils/notify/badge';
import { CHECK_ALARM, WAKE_ALARM } from '../../../utils/notify/schedule';
import { DASHBOARD_KEY, snapshotOf } from '../../../utils/messaging/dashboard-snapshot';
import { checkIntervalHoursItem, deliveryStateItem, languageItem } from '../../../utils/settings';
import { openSentinelDb } from '../../../utils/storage/db';
import { recordObservations } from '../../../utils/storage/observations';

let executeScript: ReturnType<typeof vi.fn>;
let granted: string[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory()); // an empty database per test
  granted = [];
  // Answers the "already running?" probe with no; file injections are what the tests count.
  executeScript = vi.fn(async (opts: { func?: unknown }) => (opts.func ? [{ frameId: 0, result: false }] : []));
  Object.assign(fakeBrowser.permissions, { getAll: async () => ({ origins: granted, permissions: [] }) });
  Object.assign(fakeBrowser.scripting, {
    executeScript,
    getRegisteredContentScripts: async () => [],
    unregisterContentScripts: async () => undefined,
  });
});

const hasListeners = (event: unknown) => (event as { hasListeners(): boolean }).hasListeners();

/** What tabs.onUpdated hands the listener: `url` only where the extension holds a host permission. */
async function update(status: 'loading' | 'complete', url?: string) {
  await fakeBrowser.tabs.onUpdated.trigger(7, { status }, {
    id: 7,
    index: 0,
    url,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
  } as never);
  await new Promise((r) => setTimeout(r, 0));
}

describe('background main()', () => {
  it('registers every listener synchronously', () => {
    const result = background.main() as unknown;
    expect(result).toBeUndefined(); // not a promise: nothing is awaited before registration
    const events = [
      fakeBrowser.runtime.onMessage,
      fakeBrowser.runtime.onInstalled,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.tabs.onUpdated,
      fakeBrowser.alarms.onAlarm,
      fakeBrowser.notifications.onClicked,
      fakeBrowser.storage.local.onChanged, // the settings' watchers
    ];
    for (const event of events) expect(hasListeners(event)).toBe(true);
  });

  it('injects into the top frame once an adapter page (lenders.js) or a tracked site (content.js) has finished loading', async () => {
    background.main();
    await update('loading', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).not.toHaveBeenCalled();
    await update('complete', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/lenders.js'] });
    executeScript.mockClear();
    granted = ['https://h5.lender.example/*'];
    await update('complete', 'https://h5.lender.example/quota');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/content.js'] });
  });

  it('injects the credit report’s own script on the report pages', async () => {
    background.main();
    await update('complete', 'https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/credit-report.js'] });
    expect(executeScript).not.toHaveBeenCalledWith(expect.objectContaining({ files: ['/content-scripts/content.js'] }));
  });

  it('leaves every other page alone', async () => {
    background.main();
    granted = ['https://h5.lender.example/*'];
    await update('complete'); // no host permission: the browser hides the url
    await update('complete', 'https://my.alipay.com/account/index.htm'); // adapter host, not its pages
    await update('complete', 'https://other.example/quota');
    await update('complete', 'chrome://extensions/');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('swallows injection failures (tab closed, protected page, permission revoked)', async () => {
    background.main();
    executeScript.mockRejectedValue(new Error('No tab with id: 7'));
    const errors = vi.spyOn(console, 'error');
    await update('complete', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).toHaveBeenCalledTimes(1); // the probe failed: nothing else was tried
    expect(errors).not.toHaveBeenCalled();
  });
});

// ---- Notifications (issue 4): alarms, dedupe, quiet hours, digest, clicks, badge ----

/** A local time on 2026-11-23 (+ days): quiet hours and the digest hour are local. */
const local = (hour: number, minute = 0, days = 0) => new Date(2026, 10, 23 + days, hour, minute);
const DAY = 86_400_000;
const POPUP = 'chrome-extension://test-extension-id/popup.html';
const popupSender = { id: 'test-extension-id', url: POPUP, origin: 'chrome-extension://test-extension-id' };
const CRITICAL_ID = 'status-worsened|jd-baitiao';

let created: MockInstance<(id: string, options: object) => Promise<string>>;

/** The service worker stops: its listeners are gone, storage, IndexedDB and alarms stay. */
function stopWorker() {
  const b = fakeBrowser;
  for (const e of [
    b.runtime.onMessage,
    b.runtime.onInstalled,
    b.runtime.onStartup,
    b.tabs.onUpdated,
    b.alarms.onAlarm,
    b.notifications.onClicked,
    b.storage.local.onChanged,
    b.storage.onChanged,
  ]) {
    (e as unknown as { removeAllListeners(): void }).removeAllListeners();
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** Status observations of one account, `daysAgo` before now. */
async function record(accountId: string, statuses: [daysAgo: number, status: Observation['status']][]) {
  const db = await openSentinelDb();
  const now = Date.now();
  await recordObservations(db, {
    accounts: [
      {
        id: accountId,
        lender: accountId === 'jd-baitiao' ? '京东' : '支付宝',
        product: accountId === 'jd-baitiao' ? '白条' : '借呗',
        kind: 'credit-line',
      },
    ],
    observations: statuses.map(([daysAgo, status]) => ({
      accountId,
      at: new Date(now - daysAgo * DAY).toISOString(),
      status,
      source: 'manual',
    })),
    events: [],
  });
  db.close();
}

const alarm = (name: string) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: true } as never);
const notifiedIds = () => created.mock.calls.map((c) => c[0]);
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('background notifications', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local(10));
    created = vi.spyOn(fakeBrowser.notifications, 'create') as never;
    // Today's digest is done, so only criticals speak unless a test says otherwise.
    await deliveryStateItem.setValue({ notified: {}, lastDigestAt: local(9).getTime() });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('creates the check alarm once: a second startup leaves its schedule alone', async () => {
    background.main();
    await settle();
    const first = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 360, scheduledTime: local(16).getTime() });
    vi.setSystemTime(local(11));
    stopWorker();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    const checks = (await fakeBrowser.alarms.getAll()).filter((a) => a.name === CHECK_ALARM);
    expect(checks).toEqual([first]);
  });

  it('recreates the check alarm when the interval setting changes', async () => {
    background.main();
    await settle();
    await checkIntervalHoursItem.setValue(24);
    await settle();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toMatchObject({ periodInMinutes: 1440, scheduledTime: local(10, 0, 1).getTime() });
  });

  it('notifies a critical alert once however often the alarm runs, also across a restart', async () => {
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'frozen'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    await alarm(CHECK_ALARM);
    stopWorker();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual([`alert:${CRITICAL_ID}`]);
    const [, options] = created.mock.calls[0] as [
      string,
      { type: string; title: string; message: string; iconUrl: string; buttons?: unknown },
    ];
    expect(options).toMatchObject({ type: 'basic', iconUrl: 'chrome-extension://test-extension-id/icon/128.png' });
    expect(options.buttons).toBeUndefined(); // Firefox has none
    expect(`${options.title} ${options.message}`).not.toMatch(/[¥元]|\d{3}/);
  });

  it('notifies again when the alert got worse', async () => {
    await languageItem.setValue('zh');
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'frozen'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    await record('jd-baitiao', [[0, 'closed']]);
    await alarm(CHECK_ALARM);
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual([`alert:${CRITICAL_ID}`, `alert:${CRITICAL_ID}`]);
    expect(created.mock.calls.map((c) => (c[1] as { title: string }).title)).toEqual([
      // The account's name is isolated (FSI…PDI): a name cannot reverse the words after it.
      '\u2068京东 白条\u2069 状态变为冻结',
      '\u2068京东 白条\u2069 状态变为已关闭',
    ]);
  });

  it('holds notifications during quiet hours and delivers them when they end, after a restart', async () => {
    vi.setSystemTime(local(23));
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'frozen'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual([]);
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toMatchObject({ scheduledTime: local(8, 0, 1).getTime() });
    stopWorker();
    vi.setSystemTime(local(8, 0, 1));
    background.main();
    await alarm(WAKE_ALARM);
    expect(notifiedIds()).toEqual([`alert:${CRITICAL_ID}`]);
  });

  it('groups the warnings into one digest at the digest hour', async () => {
    await languageItem.setValue('zh');
    vi.setSystemTime(local(8, 30));
    await deliveryStateItem.setValue({ notified: {}, lastDigestAt: local(9, 0, -1).getTime() });
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'limited'],
    ]);
    await record('jiebei', [
      [3, 'normal'],
      [1, 'limited'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual([]);
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toMatchObject({ scheduledTime: local(9).getTime() });
    vi.setSystemTime(local(9));
    await alarm(WAKE_ALARM);
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual(['digest:2026-11-23']);
    expect(created.mock.calls[0]![1]).toMatchObject({
      title: '额度哨兵：2 条新预警',
      message: expect.stringContaining('· \u2068京东 白条\u2069 状态变为受限'),
    });
  });

  it('opens the popup page at the alert when its notification is clicked after a restart', async () => {
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'frozen'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    stopWorker();
    background.main();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`alert:${CRITICAL_ID}`);
    expect(opened).toHaveBeenCalledWith({
      url: `${POPUP.replace('popup.html', 'dashboard.html')}#alert=${encodeURIComponent(CRITICAL_ID)}`,
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({}); // cleared once used
    await fakeBrowser.notifications.onClicked.trigger('digest:2026-11-23');
    expect(opened).toHaveBeenLastCalledWith({ url: POPUP });
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('reminds of a stale account with the digest, once a week, and the click opens its lender page', async () => {
    vi.setSystemTime(local(9));
    await deliveryStateItem.setValue({ notified: {}, lastDigestAt: local(9, 0, -1).getTime() });
    const db = await openSentinelDb();
    await recordObservations(db, {
      accounts: [{ id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' }],
      observations: [
        {
          accountId: 'jd-baitiao',
          at: new Date(Date.now() - 20 * DAY).toISOString(),
          status: 'normal',
          source: 'page',
          url: 'https://baitiao.jd.com/v3/ious/list',
        },
      ],
      events: [],
    });
    db.close();
    background.main();
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual(['remind:jd-baitiao']);
    for (const day of [1, 3, 6]) {
      vi.setSystemTime(local(9, 0, day));
      await alarm(CHECK_ALARM);
    }
    expect(notifiedIds()).toHaveLength(1);
    vi.setSystemTime(local(9, 0, 7));
    await alarm(CHECK_ALARM);
    expect(notifiedIds()).toEqual(['remind:jd-baitiao', 'remind:jd-baitiao']);
    // A second stale account: from then on one list a day, not a notification each.
    await record('jiebei', [[30, 'normal']]);
    vi.setSystemTime(local(9, 0, 14));
    await alarm(CHECK_ALARM);
    expect(notifiedIds().at(-1)).toBe('reminders:2026-12-07');
    stopWorker();
    background.main();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('remind:jd-baitiao');
    expect(opened).toHaveBeenLastCalledWith({ url: 'https://baitiao.jd.com/v3/ious/list' });
    await fakeBrowser.notifications.onClicked.trigger('remind:jiebei'); // entered by hand: no page known
    expect(opened).toHaveBeenLastCalledWith({ url: `${POPUP}#alert=${encodeURIComponent('stale-account|jiebei')}` });
  });

  it('counts unseen warning-or-worse alerts on the badge and clears it as the popup marks them seen', async () => {
    await record('jiebei', [
      [3, 'normal'],
      [1, 'limited'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.warning) });
    await record('jd-baitiao', [
      [3, 'normal'],
      [1, 'frozen'],
    ]);
    await alarm(CHECK_ALARM);
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_COLORS.critical) });
    const [reply] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ui:alert-state', ids: [CRITICAL_ID, 'status-worsened|jiebei'], state: 'seen' },
      popupSender,
    )) as unknown[];
    expect(reply).toEqual({ ok: true, changed: 2 });
    expect((await badge()).text).toBe('');
  });

  it('keeps the popup’s dashboard snapshot in step: after a rule run, a seen mark and deleting everything', async () => {
    const published = async () => snapshotOf((await fakeBrowser.storage.session.get(DASHBOARD_KEY))[DASHBOARD_KEY]);
    await record('jiebei', [
      [3, 'normal'],
      [1, 'limited'],
    ]);
    background.main();
    await alarm(CHECK_ALARM);
    const first = await published();
    expect(first?.accounts.map((a) => a.account.id)).toEqual(['jiebei']);
    expect(first?.alerts.map((a) => [a.id, a.state])).toEqual([['status-worsened|jiebei', 'new']]);

    const [marked] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ui:alert-state', ids: ['status-worsened|jiebei'], state: 'seen' },
      popupSender,
    )) as unknown[];
    expect(marked).toEqual({ ok: true, changed: 1 });
    expect((await published())?.alerts.map((a) => a.state)).toEqual(['seen']);

    // A worker restart keeps it (storage.session outlives the worker, not the browser).
    stopWorker();
    background.main();
    expect((await published())?.alerts.map((a) => a.state)).toEqual(['seen']);

    // A session without a snapshot (the extension was re-enabled): the next worker start writes one.
    await fakeBrowser.storage.session.clear();
    stopWorker();
    background.main();
    await expect.poll(published).toMatchObject({ accounts: [{ account: { id: 'jiebei' } }] });

    const [deleted] = (await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:delete-all' }, popupSender)) as unknown[];
    expect(deleted).toEqual({ ok: true });
    expect(await published()).toMatchObject({ accounts: [], alerts: [], totals: { observations: 0 } });
  });
});
