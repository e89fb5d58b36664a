// Capture to alert, in Chromium with the built extension: with a synthetic history of 1k or 100k
// observations stored, a lender page (白条, served at its real URL by the demo routes) is opened and
// read by the content script; the time from its capture message reaching the background to the
// popup's snapshot being written again (the badge is set in the same step, beside it) is taken in
// the service worker itself (two listeners added for the bench: onMessage and storage.session
// onChanged), so page loading and extraction are not part of it. Median per size; flat means a
// capture costs the same whatever the history's size.
import type { Worker } from 'playwright-core';
import type { Session } from '../lib/chromium';
import { routeLenderPages, waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { sessionWithHistory } from './popup-render';

const LENDER_PAGE = 'https://baitiao.jd.com/v3/ious/list';

interface WorkerApi {
  runtime: { onMessage: { addListener(fn: (message: unknown) => void): void } };
  storage: { session: { onChanged: { addListener(fn: (change: Record<string, unknown>) => void): void } } };
  action: { getBadgeText(details: object): Promise<string> };
}

interface Marks {
  t0: number;
  t1: number;
  badge: string;
}

async function instrument(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    // The parts of the extension API used here (scripts/lib/extension-globals.d.ts declares less).
    const api = (globalThis as unknown as { chrome: WorkerApi }).chrome;
    const g = globalThis as unknown as { __bench?: Marks };
    if (g.__bench) return;
    g.__bench = { t0: 0, t1: 0, badge: '' };
    api.runtime.onMessage.addListener((m) => {
      if ((m as { type?: string } | undefined)?.type === 'cs:capture' && g.__bench && !g.__bench.t0) g.__bench.t0 = Date.now();
    });
    api.storage.session.onChanged.addListener((change) => {
      const b = g.__bench;
      if (!b || !change.dashboard || !b.t0 || b.t1) return;
      b.t1 = Date.now();
      void api.action.getBadgeText({}).then((text) => (b.badge = text));
    });
  });
}

async function oneCapture(s: Session): Promise<number> {
  const worker = await s.worker();
  await instrument(worker);
  await worker.evaluate(() => Object.assign((globalThis as unknown as { __bench: Marks }).__bench, { t0: 0, t1: 0, badge: '' }));
  const page = await s.context.newPage();
  await page.goto(LENDER_PAGE);
  const marks = await waitFor(
    async () => {
      const b = await worker.evaluate(() => (globalThis as unknown as { __bench: Marks }).__bench);
      return b.t0 && b.t1 ? b : undefined;
    },
    60_000,
    'the snapshot after a capture',
  );
  await page.close();
  return marks.t1 - marks.t0;
}

export async function captureAlertFigures(sizes = [1_000, 100_000], runs = 11): Promise<[string, number, string][]> {
  const rows: [string, number, string][] = [];
  const medians: number[] = [];
  for (const n of sizes) {
    const s = await sessionWithHistory(n);
    try {
      await routeLenderPages(s.context);
      await oneCapture(s); // warm-up: the first capture creates the account
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await oneCapture(s));
      const m = median(times);
      medians.push(m);
      rows.push([`capture-alert.${n / 1000}k.median`, Math.round(m), 'ms']);
    } finally {
      await s.close();
    }
  }
  if (medians.length >= 2)
    rows.push([
      `capture-alert.ratio.${sizes.at(-1)! / 1000}k-over-${sizes[0]! / 1000}k`,
      Math.round((medians.at(-1)! / medians[0]!) * 100) / 100,
      'x',
    ]);
  return rows;
}
