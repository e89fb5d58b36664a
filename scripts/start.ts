// `npm start`: build the extension, open Chromium with it and the demo lender site (cli.md).
// `npm start -- --headless --shots DIR`: the same tour without a window, writing the store screenshots
// (each exactly 1280×800, scripts/lib/store-shots.ts) to DIR and the demo pages' to DIR/pages.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_LENDERS, demoLenderMatches } from './demo/lenders';
import { DEMO_PAGES } from './demo/server';
import { findChrome, launch, openPopup, type Session } from './lib/chromium';
import { dashboardFrom, nameDemoLenders, routeLenderPages, startDemoServer, waitFor } from './lib/demo-browsing';
import { framedPopupShot, storeShot } from './lib/store-shots';
import { importShots } from './lib/store-tour';

const INSTALL_HINT = `No Chromium or Chrome found (looked at CHROME_PATH, chromium, chromium-browser, google-chrome).
Install one, for example on Debian/Ubuntu:  sudo apt-get install chromium
or point CHROME_PATH at a Chrome/Chromium binary, then run npm start again.`;

function parseArgs(argv: string[]) {
  const headless = argv.includes('--headless');
  const i = argv.indexOf('--shots');
  const shots = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !shots) throw new Error('--shots needs a directory');
  return { headless, shots: shots ? resolve(shots) : undefined };
}

/** The tour's pages at their lender addresses (routed inside this browser), the test pages left out. */
function pageUrls(demoUrl: string): { name: string; url: string }[] {
  return DEMO_PAGES.filter((p) => p.file !== 'index.html' && p.tour !== false).map((p) => ({
    name: p.file.replace(/\.html$/, ''),
    url: p.lenderUrl ?? p.demoUrl ?? demoUrl + p.file,
  }));
}

/**
 * Ready to read the invented lenders' pages: the demo build pre-grants their sites (no automation can
 * click Chrome's permission prompt), and they get the names a person gives a site when tracking it.
 */
async function prepareDemoLenders(s: Session): Promise<void> {
  const w = await s.worker();
  const wanted = demoLenderMatches();
  await waitFor(
    async () => {
      const { origins = [] } = await w.evaluate(() => chrome.permissions.getAll());
      return wanted.every((o) => origins.includes(o));
    },
    10_000,
    'the demo lenders’ site permissions',
  );
  const page = await openPopup(s);
  await nameDemoLenders(page);
  await page.close();
}

/** The dashboard at the store screenshots' 1280×800, once its accounts are drawn. */
async function openDashboard(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
  await page.waitForSelector('.accounts .account');
  await page.waitForTimeout(800); // the chart and the factors fill in
  return page;
}

/** The tab the popup speaks of: a lender page, as when the toolbar button is clicked on it. */
const POPUP_TAB = `${DEMO_LENDERS.xinghe.origin}/*`;

/**
 * The popup opened as a tab cannot be the toolbar's window: its "active tab" would be itself. Its
 * question for the active tab is answered with the lender tab instead (a real tab of this browser).
 */
function popupOnLenderTab(pattern: string) {
  const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb?: (t: unknown) => void) => Promise<unknown> } } }).chrome
    .tabs;
  const query = tabs.query.bind(tabs);
  tabs.query = (q: object, cb?: (t: unknown) => void) => {
    const asked = 'active' in q ? query({ url: pattern }) : query(q);
    if (typeof cb !== 'function') return asked;
    void asked.then(cb);
    return Promise.resolve(undefined);
  };
}

/** The popup as the toolbar shows it over the lender page, framed at 1280×800. */
async function popupShot(s: Session, lang: 'zh' | 'en', file: string): Promise<void> {
  const page = await s.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' }); // tsx's name-keeping wrapper
  await page.addInitScript(popupOnLenderTab, POPUP_TAB);
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.waitForSelector('.accounts');
  await page.waitForTimeout(500);
  await framedPopupShot(s.context, page, lang, file);
  await page.close();
}

async function tour(s: Session, demoUrl: string, shots: string | undefined): Promise<string[]> {
  const written: string[] = [];
  const shoot = async (page: Page, name: string) => {
    if (!shots) return;
    const file = join(shots, 'pages', `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  };
  // The background reads each page once it has loaded.
  for (const { name, url } of pageUrls(demoUrl)) {
    const page = await s.context.newPage();
    await page.setViewportSize(name === 'bank-cards' ? { width: 1280, height: 800 } : { width: 414, height: 896 });
    await page.goto(url);
    if (name === 'alipay-portal')
      await page
        .getByText('显示金额')
        .click()
        .catch(() => undefined);
    await page.waitForTimeout(1500); // late-rendering pages fill in, then the capture settles
    await shoot(page, `page-${name}`);
    await page.close();
  }
  const popup = await openPopup(s);
  // 示例网络小贷, 示例消费金融, 示例小额贷款, 示例银行's two cards, 京东白条 and 金条, 花呗.
  await waitFor(async () => (await dashboardFrom(popup)).accounts.length >= 8, 20_000, 'captures to arrive');
  await popup.close();
  if (!shots) return written;
  // The lender tab the popup speaks of stays open under it.
  const lender = await s.context.newPage();
  await lender.goto(pageUrls(demoUrl).find((p) => p.url.startsWith(DEMO_LENDERS.xinghe.origin))!.url);
  await popupShot(s, 'zh', join(shots, 'popup-zh.png'));
  written.push(join(shots, 'popup-zh.png'));
  const dashboard = await openDashboard(s);
  await storeShot(dashboard, join(shots, 'dashboard-zh.png'));
  written.push(join(shots, 'dashboard-zh.png'));
  await dashboard.close();
  written.push(...(await importShots(s, shots, 'zh')));
  await lender.close();
  return written;
}

/** The popup and the dashboard again in an English browser (the same profile, relaunched). */
async function englishShots(chrome: string, profileDir: string, shots: string): Promise<string[]> {
  const en = await launch({ executablePath: chrome, headless: true, lang: 'en-US', profileDir });
  try {
    await routeLenderPages(en.context);
    const lender = await en.context.newPage();
    await lender.goto(`${DEMO_LENDERS.xinghe.origin}/credit/limit`);
    await popupShot(en, 'en', join(shots, 'popup-en.png'));
    const dashboard = await openDashboard(en);
    await storeShot(dashboard, join(shots, 'dashboard-en.png'));
    return [join(shots, 'popup-en.png'), join(shots, 'dashboard-en.png')];
  } finally {
    await en.close();
  }
}

async function main() {
  const { headless, shots } = parseArgs(process.argv.slice(2));
  const chrome = findChrome();
  if (!chrome) {
    process.stderr.write(INSTALL_HINT + '\n');
    process.exit(1);
  }
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const demo = await startDemoServer();
  if (shots) await mkdir(join(shots, 'pages'), { recursive: true });
  const s = await launch({ executablePath: chrome, headless });
  await routeLenderPages(s.context);
  try {
    await prepareDemoLenders(s);
    if (headless) {
      const written = await tour(s, demo.url, shots);
      if (shots) {
        await s.close({ keepProfile: true });
        written.push(...(await englishShots(chrome, s.profileDir, shots)));
      } else await s.close();
      for (const f of written) process.stdout.write(f + '\n');
      return;
    }
    const page = s.context.pages()[0] ?? (await s.context.newPage());
    await page.goto(demo.url + 'index.html');
    process.stdout.write(
      `Limit Sentinel is loaded. Demo lender site: ${demo.url}index.html\nOpen the pages, then the toolbar icon (pin it from the puzzle menu). Close the browser to stop.\n`,
    );
    await new Promise<void>((done) => s.context.on('close', () => done()));
  } finally {
    await demo.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`npm start: ${(e as Error).message}\n`);
  if (/Missing X server|DISPLAY/i.test(String((e as Error).message)))
    process.stderr.write('No display here: try  npm start -- --headless --shots shots\n');
  process.exit(1);
});
