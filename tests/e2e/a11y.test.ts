// Accessibility: axe-core on the popup, the options page and the dashboard, with a history that
// raises alerts, in Chinese and English, light and dark (emulated colour scheme): no serious or
// critical violation. Each finding is printed with its rule, impact and first target so it can be fixed.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import { dashboardFrom, launch, openPopup, waitFor, type Session } from './support/browser';

const LANGS = [
  ['zh', 'zh-CN'],
  ['en', 'en-US'],
] as const;
const SCHEMES = ['light', 'dark'] as const;
const PAGES = ['popup.html', 'options.html', 'dashboard.html'] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

describe.each(LANGS)('axe in %s', (lang, locale) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: locale });
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    const popup = await openPopup(s);
    await popup.evaluate(
      (t) => chrome.runtime.sendMessage({ type: 'ui:import', text: t }),
      JSON.stringify(shiftedHistory(file, Date.now())),
    );
    await waitFor(async () => (await dashboardFrom(popup)).alerts.length > 0, 15_000, 'the alerts');
    await popup.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(SCHEMES.flatMap((scheme) => PAGES.map((p) => [p, scheme] as const)))(
    '%s, %s: no serious or critical violations',
    async (path, scheme) => {
      const page = await s.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(path === 'popup.html' ? { width: 400, height: 640 } : { width: 1200, height: 900 });
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      await page.waitForSelector(
        path === 'popup.html' ? '.account-list .card' : path === 'dashboard.html' ? '.accounts .account' : '.options-section',
      );
      await page.waitForTimeout(500);
      const found = await seriousViolations(page);
      await page.close();
      expect(found, `${lang} ${scheme} ${path}`).toEqual([]);
    },
  );
});
