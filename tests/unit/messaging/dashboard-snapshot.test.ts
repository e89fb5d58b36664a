// The dashboard snapshot the popup draws first: the background writes what readDashboard reads, the
// popup accepts only the dashboard's shape, and public/popup-boot.js asks for exactly this key.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { readDashboard } from '../../../utils/storage/dashboard';
import { recordObservations } from '../../../utils/storage/observations';
import {
  DASHBOARD_KEY,
  publishDashboard,
  snapshotOf,
  watchSnapshots,
  type StorageChanges,
} from '../../../utils/messaging/dashboard-snapshot';
import { account, freshDb, observation } from '../storage/helpers';

describe('snapshotOf', () => {
  it('accepts what the background reads, after a trip through structured clone', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] });
    const dashboard = await readDashboard(db);
    const stored = structuredClone(dashboard);
    expect(snapshotOf(stored)).toEqual(dashboard);
    expect(snapshotOf(structuredClone(await readDashboard(await freshDb())))?.accounts).toEqual([]);
  });

  it('refuses anything else, so that the popup asks the background instead', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] });
    const good = await readDashboard(db);
    const bad: unknown[] = [
      undefined,
      null,
      'dashboard',
      {},
      { ...good, accounts: undefined },
      { ...good, alerts: {} },
      { ...good, risk: { level: 'low' } },
      { ...good, totals: null },
      { ...good, accounts: [null] },
      { ...good, accounts: [{ observationCount: 1 }] },
      { ...good, alerts: [{ id: 'x' }] },
    ];
    for (const value of bad) expect(snapshotOf(value)).toBeUndefined();
  });
});

describe('publishDashboard', () => {
  const area = () => ({
    set: vi.fn(async (_items: Record<string, unknown>) => undefined),
    remove: vi.fn(async (_key: string) => undefined),
  });

  it('writes the dashboard under its key', async () => {
    const db = await freshDb();
    const target = area();
    await publishDashboard(target, () => readDashboard(db));
    expect(target.set).toHaveBeenCalledWith({ [DASHBOARD_KEY]: await readDashboard(db) });
    expect(target.remove).not.toHaveBeenCalled();
  });

  it('removes the old snapshot rather than leave it stale when the read or the write fails', async () => {
    const db = await freshDb();
    const failingWrite = area();
    failingWrite.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await publishDashboard(failingWrite, () => readDashboard(db));
    expect(failingWrite.remove).toHaveBeenCalledWith(DASHBOARD_KEY);

    const failingRead = area();
    await publishDashboard(failingRead, () => Promise.reject(new Error('db-unavailable')));
    expect(failingRead.set).not.toHaveBeenCalled();
    expect(failingRead.remove).toHaveBeenCalledWith(DASHBOARD_KEY);
  });
});

describe('public/popup-boot.js', () => {
  const source = readFileSync(new URL('../../../public/popup-boot.js', import.meta.url), 'utf8');
  const run = (api: unknown) => {
    const sandbox: Record<string, unknown> = { chrome: api, Promise };
    sandbox.globalThis = sandbox;
    runInNewContext(source, sandbox);
    return sandbox.__limitSentinelFirstReads as Record<string, Promise<unknown>>;
  };

  it('starts the four reads of the first paint, none of them a message to the service worker', async () => {
    const calls: unknown[][] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) => (calls.push([name, ...args]), Promise.resolve(name));
    const sendMessage = vi.fn();
    const reads = run({
      storage: { session: { get: record('session.get') }, local: { get: record('local.get') } },
      tabs: { query: record('tabs.query') },
      permissions: { getAll: record('permissions.getAll') },
      runtime: { sendMessage },
    });
    expect(calls).toEqual([
      ['session.get', DASHBOARD_KEY],
      ['local.get', 'language'], // utils/settings.ts languageItem is `local:language`
      ['tabs.query', { active: true, currentWindow: true }],
      ['permissions.getAll'],
    ]);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await reads.dashboard).toBe('session.get');
  });

  it('turns an API that throws into a rejected read, which main.tsx replaces', async () => {
    const reads = run({ storage: { local: { get: async () => ({}) } }, tabs: {}, permissions: {} });
    await expect(reads.dashboard).rejects.toThrow(/Cannot read properties of undefined/);
    await expect(reads.tabs).rejects.toThrow(/is not a function/);
    expect(await reads.language).toEqual({});
  });
});

describe('watchSnapshots', () => {
  it('hands the popup and the dashboard each snapshot published in storage.session, nothing else, until unsubscribed', async () => {
    const dashboard = await readDashboard(await freshDb());
    type Listener = Parameters<StorageChanges['addListener']>[0];
    const listeners = new Set<Listener>();
    const events: StorageChanges = { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) };
    const fire = (changes: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(changes, area));
    const got: unknown[] = [];
    const stop = watchSnapshots(events, (d) => got.push(d));
    fire({ [DASHBOARD_KEY]: { newValue: dashboard } }, 'session');
    fire({ [DASHBOARD_KEY]: { newValue: dashboard } }, 'local');
    fire({ [DASHBOARD_KEY]: {} }, 'session'); // removed: the page keeps what it shows
    fire({ [DASHBOARD_KEY]: { newValue: { accounts: 'no' } } }, 'session');
    fire({ language: { newValue: 'en' } }, 'session');
    expect(got).toEqual([dashboard]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
