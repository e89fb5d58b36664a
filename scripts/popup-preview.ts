// Dev helper: screenshots of the built popup in headless Chromium with a faked background, so the
// UI can be looked at without real lending pages. Run `npx wxt build` first (or pass --build).
//   node --import tsx scripts/popup-preview.ts [--build]   →  shots/preview/<scenario>-<lang>.png
//   ONLY=track-known-host,options-sites node --import tsx scripts/popup-preview.ts   (some scenarios)
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { AccountSummary, Dashboard, Failure } from '../utils/messaging/protocol';
import { NO_RISK } from '../utils/rules/risk';
import { launch, PROD_EXTENSION_DIR } from './lib/chromium';

const OUT = 'shots/preview';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const ACCOUNTS: AccountSummary[] = [
  {
    account: { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' },
    latest: {
      accountId: 'jd-baitiao',
      at: ago(3),
      source: 'page',
      status: 'normal',
      statusText: '正常',
      totalLimit: 50000,
      availableLimit: 32000,
      usedAmount: 18000,
      dailyRate: 0.00035,
      apr: 0.1278,
      increaseAvailable: true,
    },
    lastSeenAt: ago(3),
    observationCount: 12,
    utilization: 0.36,
  },
  {
    account: { id: 'alipay-huabei', lender: '支付宝', product: '花呗', kind: 'pay-later' },
    latest: {
      accountId: 'alipay-huabei',
      at: ago(1),
      source: 'page',
      status: 'limited',
      statusText: '综合评估暂未通过，暂时无法使用',
      totalLimit: 20000,
      availableLimit: 1200,
      usedAmount: 18800,
      increaseAvailable: false,
    },
    lastSeenAt: ago(1),
    observationCount: 5,
    utilization: 0.94,
  },
  {
    account: { id: 'evil', lender: '<img src=x onerror=alert(1)>', product: '极速贷', kind: 'credit-line' },
    latest: {
      accountId: 'evil',
      at: ago(40),
      source: 'page',
      status: 'frozen',
      statusText: '账户已冻结',
      totalLimit: 8000,
      usedAmount: 0,
      apr: 0.24,
    },
    lastSeenAt: ago(40),
    observationCount: 2,
    utilization: 0,
  },
];

interface Canned {
  dashboard: Dashboard;
  trackedOrigins: string[];
  /** What the person calls each tracked site (ui:tracked-sites `names`). */
  names?: Record<string, string>;
  tabUrl: string;
  importReply?: Failure;
}

const scenarios: { name: string; canned: Canned; act?: (page: Page, lang: string) => Promise<void>; page?: string }[] = [
  // The track flow on a known lender's host: the name field offers that lender.
  {
    name: 'track-known-host',
    canned: {
      dashboard: { accounts: ACCOUNTS.slice(0, 1), alerts: [], risk: NO_RISK, totals: { observations: 12 } },
      trackedOrigins: [],
      tabUrl: 'https://creditcard.cmbchina.com/Card/Index',
    },
  },
  // Settings → tracked sites, each with its name.
  {
    name: 'options-sites',
    page: 'options.html',
    canned: {
      dashboard: { accounts: ACCOUNTS, alerts: [], risk: NO_RISK, totals: { observations: 19 } },
      trackedOrigins: ['https://creditcard.cmbchina.com', 'https://h5.xinghe-loan.example', 'https://wx.mail.qq.com'],
      names: { 'https://h5.xinghe-loan.example': '星河借款', 'https://wx.mail.qq.com': '建设银行信用卡（电子账单）' },
      tabUrl: 'chrome://newtab/',
    },
    act: async (page) => {
      await page.fill('#site-name-https---creditcard-cmbchina-com', '招行信用卡');
      await page.evaluate(() => document.getElementById('opt-sites-title')?.scrollIntoView());
    },
  },
  {
    name: 'empty',
    canned: {
      dashboard: { accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } },
      trackedOrigins: [],
      tabUrl: 'https://loan.example.com/account',
    },
  },
  {
    name: 'accounts',
    canned: {
      dashboard: { accounts: ACCOUNTS, alerts: [], risk: NO_RISK, totals: { observations: 19 } },
      trackedOrigins: ['https://loan.example.com'],
      tabUrl: 'https://loan.example.com/account',
    },
  },
  {
    name: 'form-errors',
    canned: {
      dashboard: { accounts: ACCOUNTS, alerts: [], risk: NO_RISK, totals: { observations: 19 } },
      trackedOrigins: [],
      tabUrl: 'chrome://newtab/',
    },
    act: async (page) => {
      await page.click('.accounts .section-head button[aria-expanded]');
      await page.fill('#me-lender', '');
      await page.fill('#me-total', '1.2万');
      await page.fill('#me-available', '20000');
      await page.fill('#me-used', 'abc');
      await page.fill('#me-dailyRate', '35');
      await page.click('.manual button[type=submit]');
    },
  },
  {
    name: 'quick-log',
    canned: {
      dashboard: { accounts: ACCOUNTS, alerts: [], risk: NO_RISK, totals: { observations: 19 } },
      trackedOrigins: [],
      tabUrl: 'chrome://newtab/',
    },
    act: async (page, lang) => {
      await page.click('.quick-head button');
      await page.waitForSelector('#quick-form');
      await page.click(`.seg-btn >> text=${lang.startsWith('en') ? 'Borrowed' : '借款'}`);
      await page.fill('#ql-lender', '微众');
      await page.fill('#ql-product', '微粒贷');
      await page.fill('#ql-amount', '1,234.567');
    },
  },
  {
    name: 'import-error',
    canned: {
      dashboard: { accounts: ACCOUNTS.slice(0, 1), alerts: [], risk: NO_RISK, totals: { observations: 12 } },
      trackedOrigins: [],
      tabUrl: 'https://baitiao.jd.com/v3/ious/list',
      importReply: { ok: false, code: 'invalid-file', path: 'observations[12].totalLimit', expected: 'a non-negative number' },
    },
    act: async (page) => {
      await page.setInputFiles('input[type=file]', { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
      await page.click('.danger-link');
    },
  },
];

/** Runs in the popup before its script: answers ui:* from canned data instead of the background. */
function stub(canned: Canned) {
  type Fn = (...args: unknown[]) => unknown;
  const reply = (msg: { type: string }): unknown => {
    switch (msg.type) {
      case 'ui:dashboard':
        return { ok: true, dashboard: canned.dashboard };
      case 'ui:tracked-sites':
        return { ok: true, origins: canned.trackedOrigins, names: canned.names ?? {} };
      case 'ui:site-name':
        return { ok: true, renamed: 2 };
      case 'ui:import':
        return canned.importReply ?? { ok: true, added: { accounts: 1, observations: 3, events: 0 } };
      case 'ui:add-event':
        return { ok: true, added: 1 };
      case 'ui:export':
        return {
          ok: true,
          file: {
            format: 'limit-sentinel.history',
            version: 1,
            exportedAt: new Date().toISOString(),
            accounts: [],
            observations: [],
            events: [],
          },
        };
      default:
        return { ok: true, accountId: 'new' };
    }
  };
  // The polyfill calls chrome.* with a trailing callback; the native API returns a promise.
  const answer =
    (value: (...args: unknown[]) => unknown): Fn =>
    (...args) => {
      const result = value(...args);
      const last = args[args.length - 1];
      if (typeof last === 'function') return void setTimeout(() => (last as Fn)(result), 10);
      return new Promise((r) => setTimeout(() => r(result), 10));
    };
  for (const ns of [(globalThis as { chrome?: unknown }).chrome, (globalThis as { browser?: unknown }).browser]) {
    const api = ns as
      { runtime?: Record<string, unknown>; tabs?: Record<string, unknown>; permissions?: Record<string, unknown> } | undefined;
    if (!api?.runtime) continue;
    api.runtime.sendMessage = answer((msg) => reply(msg as { type: string }));
    if (api.tabs) api.tabs.query = answer(() => [{ id: 7, url: canned.tabUrl }]);
    if (api.permissions) api.permissions.request = answer(() => true);
  }
}

async function main() {
  if (process.argv.includes('--build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  await mkdir(OUT, { recursive: true });
  for (const lang of ['zh-CN', 'en-US']) {
    const session = await launch({ extensionDir: PROD_EXTENSION_DIR, lang });
    try {
      for (const s of scenarios.filter((x) => !process.env.ONLY || process.env.ONLY.split(',').includes(x.name))) {
        const page = await session.context.newPage();
        await page.setViewportSize({ width: s.page ? 760 : 400, height: 600 });
        // tsx keeps function names by wrapping them in __name(); the serialized stub needs it too.
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        // Widened: Playwright's serialisable-type check recurses forever on the evidence type.
        await page.addInitScript(stub as unknown as (c: unknown) => void, s.canned as unknown);
        page.on('pageerror', (e) => console.error(`[${s.name}/${lang}] page error:`, e.message));
        await page.goto(`chrome-extension://${session.extensionId}/${s.page ?? 'popup.html'}`);
        await page.waitForSelector(s.page ? '#opt-sites-title' : '.data');
        await page.waitForTimeout(150);
        await s.act?.(page, lang);
        await page.waitForTimeout(150);
        const file = `${OUT}/${s.name}-${lang.slice(0, 2)}.png`;
        if (s.page) await page.locator('section[aria-labelledby=opt-sites-title]').screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: true });
        console.log('wrote', file);
        await page.close();
      }
    } finally {
      await session.close();
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
