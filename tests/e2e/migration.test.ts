// Databases left by older schema versions (tests/fixtures/db/v1.json, v2-site-ids.json, built with the
// plain IndexedDB API in the extension's origin) are upgraded by the built extension's background in a
// real Chromium: events and observations move into month pages, tracked sites' ids lose the page title,
// and every row comes back out.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrozenDb } from '../unit/storage/frozen-db';
import { DB_VERSION } from '../../utils/storage/db';
import { launch, openPopup, stopServiceWorker, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** Runs in the extension's origin: replaces the database with the frozen one (no code of ours). */
const BUILD_FROZEN = `async (fixture) => {
  await new Promise((resolve, reject) => { const r = indexedDB.deleteDatabase('limit-sentinel'); r.onsuccess = resolve; r.onerror = reject; r.onblocked = () => reject(new Error('blocked')); });
  await new Promise((resolve, reject) => {
    const request = indexedDB.open('limit-sentinel', fixture.version);
    request.onupgradeneeded = () => {
      for (const [name, spec] of Object.entries(fixture.stores)) {
        const store = request.result.createObjectStore(name, { keyPath: spec.keyPath, autoIncrement: false });
        for (const [indexName, index] of Object.entries(spec.indexes)) store.createIndex(indexName, index.keyPath, { unique: !!index.unique, multiEntry: !!index.multiEntry });
        for (const row of spec.rows) store.add(row);
      }
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  });
}`;

const describeStores = `async () => {
  const db = await new Promise((resolve, reject) => { const r = indexedDB.open('limit-sentinel'); r.onsuccess = () => resolve(r.result); r.onerror = reject; });
  const out = { version: db.version, stores: [...db.objectStoreNames].sort() };
  const tx = db.transaction('eventMonths', 'readonly');
  out.pages = await new Promise((resolve) => { const r = tx.objectStore('eventMonths').getAll(); r.onsuccess = () => resolve(r.result.map((p) => [p.month, p.events.length])); });
  const otx = db.transaction('observationMonths', 'readonly');
  out.observationPages = await new Promise((resolve) => { const r = otx.objectStore('observationMonths').getAll(); r.onsuccess = () => resolve(r.result.map((p) => [p.accountId, p.month, p.rows.length])); });
  db.close();
  return out;
}`;

describe('schema upgrade in Chromium', () => {
  it('moves a version-1 database’s events and observations into month pages and keeps every row', async () => {
    const fixture = JSON.parse(await readFile('tests/fixtures/db/v1.json', 'utf8')) as FrozenDb;
    await stopServiceWorker(s); // the worker's connection must not block the replacement
    const page = await s.context.newPage();
    // A plain extension-origin document that opens no database itself.
    await page.goto(`chrome-extension://${s.extensionId}/_locales/en/messages.json`);
    await page.evaluate(`(${BUILD_FROZEN})(${JSON.stringify(fixture)})`);

    // The first message wakes the worker, which opens (and upgrades) the database.
    const popup = await openPopup(s);
    const exported = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:export' }))) as {
      ok: boolean;
      file: { accounts: unknown[]; observations: unknown[]; events: { at: string }[] };
    };
    expect(exported.ok).toBe(true);
    expect(exported.file.accounts).toHaveLength(fixture.stores.accounts!.rows.length);
    expect(exported.file.observations).toHaveLength(fixture.stores.observations!.rows.length);
    const frozenEvents = fixture.stores.events!.rows.map(({ key: _key, ...e }) => e as { at: string });
    expect(exported.file.events).toHaveLength(frozenEvents.length);
    expect(exported.file.events).toEqual(expect.arrayContaining(frozenEvents.map((e) => expect.objectContaining(e))));
    expect(exported.file.events.map((e) => e.at)).toEqual(frozenEvents.map((e) => e.at).sort());

    const after = (await popup.evaluate(`(${describeStores})()`)) as {
      version: number;
      stores: string[];
      pages: [string, number][];
      observationPages: [string, string, number][];
    };
    expect(after.version).toBe(DB_VERSION);
    expect(after.stores).toEqual([
      'accounts',
      'alerts',
      'eventDigests',
      'eventMonths',
      'eventSubjectMonths',
      'observationDigests',
      'observationMonths',
    ]);
    expect(after.observationPages.reduce((n, [, , count]) => n + count, 0)).toBe(fixture.stores.observations!.rows.length);
    expect(after.pages.reduce((n, [, count]) => n + count, 0)).toBe(frozenEvents.length);
    await Promise.all([page.close(), popup.close()]);
  });

  it('gives a version-2 database’s title-named site accounts their host-and-line ids, keeping every row', async () => {
    const fixture = JSON.parse(await readFile('tests/fixtures/db/v2-site-ids.json', 'utf8')) as FrozenDb;
    await stopServiceWorker(s);
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/_locales/en/messages.json`);
    await page.evaluate(`(${BUILD_FROZEN})(${JSON.stringify(fixture)})`);
    const popup = await openPopup(s);
    const exported = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:export' }))) as {
      ok: boolean;
      file: { accounts: { id: string; lender: string }[]; observations: { accountId: string }[]; events: unknown[] };
    };
    expect(exported.ok).toBe(true);
    expect(exported.file.accounts.map((a) => a.id).sort()).toEqual(
      [
        'jd-baitiao',
        'site:bank.example/尾号1234',
        'site:bank.example/白金卡',
        'site:bank.example/白金卡#2',
        'site:h5.lender.example',
        'site:loan.example.com',
      ].sort(),
    );
    expect(exported.file.accounts.find((a) => a.id === 'site:h5.lender.example')?.lender).toBe('h5.lender.example');
    expect(exported.file.observations).toHaveLength(fixture.stores.observations!.rows.length);
    expect(exported.file.observations.filter((o) => o.accountId === 'site:h5.lender.example')).toHaveLength(4);
    const events = fixture.stores.eventMonths!.rows.flatMap((p) => p.events as unknown[]);
    expect(exported.file.events).toHaveLength(events.length);
    await Promise.all([page.close(), popup.close()]);
  });
});
