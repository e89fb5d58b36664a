// The engine run against the real (fake-indexeddb) database: alerts stored with their states,
// words in both languages and the sparkline series; dismissing survives later runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import { evaluateHistory } from '../../../utils/rules/engine';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { refreshAlerts, readAlerts, setAlertStates } from '../../../utils/storage/alerts';
import { readDashboard } from '../../../utils/storage/dashboard';
import { deleteEverything, importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { freshDb } from './helpers';

const NOW = new Date('2026-11-23T00:00:00.000Z');
const cutFile = readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8');
const opts = { timeZone: 'Asia/Shanghai' };

const scenarios = JSON.parse(readFileSync(new URL('../../fixtures/histories/expected.json', import.meta.url), 'utf8')).scenarios as Record<
  string,
  { now: string }
>;

describe('stored alerts', () => {
  it.each(
    Object.keys(scenarios)
      .slice(0, 12)
      .map((f) => [f]),
  )('%s: the stored run finds what assess finds', async (name) => {
    const text = readFileSync(new URL(`../../fixtures/histories/${name}`, import.meta.url), 'utf8');
    const parsed = parseHistory(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.path);
    const now = new Date(scenarios[name]!.now);
    const db = await freshDb();
    await importHistory(db, text);
    await refreshAlerts(db, now, DEFAULT_RULE_SETTINGS, opts);
    const stored = (await readAlerts(db)).map(({ rule, severity, accountId, at, evidence, grade }) => ({
      rule,
      severity,
      accountId,
      at,
      evidence,
      grade,
    }));
    const direct = evaluateHistory(parsed.file, now).map(({ rule, severity, accountId, at, evidence, grade }) => ({
      rule,
      severity,
      accountId,
      at,
      evidence,
      grade,
    }));
    expect(stored).toEqual(direct);
  });

  it('stores what the engine finds, with words and the limit history', async () => {
    const db = await freshDb();
    await importHistory(db, cutFile);
    const changes = await refreshAlerts(db, NOW, DEFAULT_RULE_SETTINGS, opts);
    const alerts = await readAlerts(db);
    expect(changes.raised.sort()).toEqual(alerts.map((a) => a.id).sort());
    const drop = alerts.find((a) => a.id === 'limit-drop|jd-baitiao');
    expect(drop).toMatchObject({ state: 'new', severity: 'critical', raisedAt: NOW.toISOString() });
    expect(drop!.text.zh.title).toBe('京东 白条 额度下降');
    expect(drop!.text.en.advice.length).toBeGreaterThan(0);
    expect(drop!.series).toMatchObject({ metric: 'totalLimit' });
    const steps = drop!.series!.points.map((p) => p.value).filter((v, i, all) => v !== all[i - 1]);
    expect(steps).toEqual([50000, 45000, 30000, 0]);
  });

  it('a second run changes no states; a dismissed alert stays dismissed until worse', async () => {
    const db = await freshDb();
    await importHistory(db, cutFile);
    await refreshAlerts(db, NOW, DEFAULT_RULE_SETTINGS, opts);
    expect((await refreshAlerts(db, NOW, DEFAULT_RULE_SETTINGS, opts)).raised).toEqual([]);
    expect(await setAlertStates(db, ['limit-drop|jd-baitiao', 'no-such|alert'], 'dismissed', NOW)).toBe(1);
    await refreshAlerts(db, NOW, DEFAULT_RULE_SETTINGS, opts);
    expect((await readAlerts(db)).find((a) => a.id === 'limit-drop|jd-baitiao')?.state).toBe('dismissed');
    // The engine found the same alert again: nothing new. A second, separate cut makes it worse.
    const jd = (at: string, totalLimit: number) => ({
      accountId: 'jd-baitiao',
      at,
      totalLimit,
      status: 'normal' as const,
      source: 'page' as const,
    });
    const fresh = await freshDb();
    await recordObservations(fresh, {
      accounts: [{ id: 'jd-baitiao', lender: '京东', product: '白条' }],
      events: [],
      observations: [
        jd('2026-10-01T00:00:00.000Z', 50000),
        { ...jd('2026-11-01T00:00:00.000Z', 47000), lastSeenAt: '2026-11-22T00:00:00.000Z' },
      ],
    });
    expect((await refreshAlerts(fresh, NOW, DEFAULT_RULE_SETTINGS, opts)).raised).toEqual(['limit-drop|jd-baitiao']);
    await setAlertStates(fresh, ['limit-drop|jd-baitiao'], 'dismissed', NOW);
    expect((await refreshAlerts(fresh, NOW, DEFAULT_RULE_SETTINGS, opts)).raised).toEqual([]);
    await recordObservations(fresh, { accounts: [], events: [], observations: [jd('2026-11-20T00:00:00.000Z', 44000)] });
    const again = await refreshAlerts(fresh, NOW, DEFAULT_RULE_SETTINGS, opts);
    expect(again.raised).toEqual(['limit-drop|jd-baitiao']);
    expect((await readAlerts(fresh))[0]).toMatchObject({ id: 'limit-drop|jd-baitiao', state: 'new', severity: 'critical' });
  });

  it('shows alerts and the risk on the dashboard; deleting everything removes them', async () => {
    const db = await freshDb();
    await importHistory(db, cutFile);
    await refreshAlerts(db, NOW, DEFAULT_RULE_SETTINGS, opts);
    const dashboard = await readDashboard(db);
    expect(dashboard.alerts.length).toBeGreaterThan(0);
    expect(dashboard.alerts[0]!.severity).toBe('critical');
    expect(['high', 'critical']).toContain(dashboard.risk.level);
    expect(dashboard.risk.drivers).toContain('limit-drop');
    await deleteEverything(db);
    expect(await readAlerts(db)).toEqual([]);
  });
});
