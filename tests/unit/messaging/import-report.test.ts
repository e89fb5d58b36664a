// ui:import-report: a credit report read on the options page is stored like its web page's capture
// (report time, the reader's ids, 'credit-report' source), all or nothing, and only from an
// extension page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureFromDocument } from '../../../utils/capture/from-document';
import { countObservations, freshDb, storedObservations } from '../storage/helpers';
import { storedEvents } from '../storage/stored-events';
import { handlerFor, ID, popup } from './support';

const URL_ = new URL('https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
const report = (name: string) =>
  captureFromDocument(
    parseHTML(readFileSync(join(__dirname, '../../fixtures/pages', `pboc-credit-report-${name}.html`), 'utf8'))
      .document as unknown as Document,
    URL_,
    adapters,
  );
const NOW = new Date('2026-11-23T08:00:00.000Z');

describe('ui:import-report', () => {
  it('stores the report at its report time; the same report from its web page afterwards adds nothing', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    expect(await handle({ type: 'ui:import-report', result: report('detailed-gen2') }, popup)).toEqual({
      ok: true,
      added: 4,
      collapsed: 0,
      events: 3,
    });
    const rows = await storedObservations(db);
    expect(new Set(rows.map((o) => o.at))).toEqual(new Set(['2026-11-03T01:15:02.000Z']));
    expect(new Set(rows.map((o) => o.source))).toEqual(new Set(['credit-report']));
    const tab = { id: ID, url: URL_.href, tab: { id: 3 }, frameId: 0 };
    expect(await handle({ type: 'cs:capture', url: URL_.href, result: report('detailed-gen2') }, tab)).toEqual({ ok: true, stored: 0 });
    expect(await storedObservations(db)).toEqual(rows);
    expect(await storedEvents(db)).toHaveLength(3);
  });

  it('stores nothing when one record is bad, and refuses other adapters and content scripts', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    const bad = report('brief-gen2');
    bad.observations[3] = { ...bad.observations[3]!, usedAmount: -1 };
    expect(await handle({ type: 'ui:import-report', result: bad }, popup)).toMatchObject({ ok: false });
    const generic = { ...report('brief-gen2'), adapter: 'generic' };
    expect(await handle({ type: 'ui:import-report', result: generic }, popup)).toMatchObject({ ok: false, code: 'invalid-file' });
    const tab = { id: ID, url: URL_.href, tab: { id: 3 }, frameId: 0 };
    expect(await handle({ type: 'ui:import-report', result: report('brief-gen2') }, tab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await countObservations(db)).toBe(0);
    expect(await db.count('accounts')).toBe(0);
    expect(await storedEvents(db)).toEqual([]);
  });
});
