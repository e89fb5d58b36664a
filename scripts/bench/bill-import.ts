// Bill import on the options page, in Chromium with the built extension: a 50,000-row Alipay export
// (GBK, as Alipay ships it; the generator of bills.ts) is set on the page's file input, and the page's
// own clock takes the time from the input's `change` to the preview on screen, and from the confirm
// click to the import's result on screen (every part stored, the background's rule run included).
// Median of 3, each run on an emptied history so every run stores the same events. Also the longest
// task while reading (the page stays responsive) and whether a progress bar was shown.
// `node --import tsx scripts/bench/bill-import.ts` runs it alone (after `npm run build`).
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { launch } from '../lib/chromium';
import { waitFor } from '../lib/demo-browsing';
import { syntheticAlipayBill } from './bills';
import { median } from './capture';

const INPUT = '.bill-import input[type=file]';

interface Marks {
  change?: number;
  preview?: number;
  confirm?: number;
  result?: number;
  progress: number;
  longest: number;
}

/** Installed in the options page before the file is set: records the moments the figures need.
 *  (No named functions inside: tsx would wrap them in a helper the page does not have.) */
function watch() {
  const marks: Marks = { progress: 0, longest: 0 };
  (globalThis as { __marks?: Marks }).__marks = marks;
  // Capture phase: runs before the page's own handlers.
  document.addEventListener('change', () => (marks.change ??= performance.now()), true);
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element).closest('.bill-confirm')) marks.confirm ??= performance.now();
    },
    true,
  );
  const values = new Set<string>();
  new MutationObserver(() => {
    const value = document.querySelector('.bill-progress progress')?.getAttribute('value');
    if (value) values.add(value);
    marks.progress = values.size;
    // The next animation frame after the DOM change: the moment it is painted, near enough.
    if (marks.preview === undefined && document.querySelector('.bill-preview'))
      requestAnimationFrame(() => (marks.preview ??= performance.now()));
    if (marks.result === undefined && document.querySelector('.bill-result, .bill-import [role=alert]'))
      requestAnimationFrame(() => (marks.result ??= performance.now()));
  }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    // Tasks that start after the change and before the confirm: reading the bill.
    for (const e of list.getEntries())
      if (e.startTime >= (marks.change ?? Infinity) && e.startTime < (marks.confirm ?? Infinity))
        marks.longest = Math.max(marks.longest, e.duration);
  }).observe({ type: 'longtask' });
}

export async function billImportFigures(rows = 50_000, runs = 3): Promise<[string, number, string][]> {
  const buffer = iconv.encode(syntheticAlipayBill(rows), 'gb18030');
  const s = await launch();
  const previews: number[] = [];
  const stores: number[] = [];
  const longest: number[] = [];
  const progress: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await s.context.newPage();
      await page.setViewportSize({ width: 900, height: 900 });
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      const cleared = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:delete-all' }));
      if (!cleared?.ok) throw new Error('delete-all failed');
      await page.waitForSelector(INPUT, { state: 'attached' });
      await page.evaluate(watch);
      await page.setInputFiles(INPUT, { name: `alipay-${rows / 1000}k.csv`, mimeType: 'text/csv', buffer });
      await page.waitForSelector('.bill-preview', { timeout: 60_000 });
      await page.click('button.bill-confirm');
      await page.waitForSelector('.bill-result, .bill-import [role=alert]', { timeout: 120_000 });
      const m = await waitFor(
        () =>
          page.evaluate(() => {
            const marks = (globalThis as { __marks?: Marks }).__marks;
            return marks?.result !== undefined ? marks : undefined;
          }),
        10_000,
        'the marks',
      );
      const result = await page.textContent('.bill-import [role=status], .bill-import [role=alert]');
      if (!(await page.$('.bill-result')) || /没有新内容/.test(result ?? ''))
        throw new Error(`the import did not store anything: ${result}`);
      await page.close();
      if (i === 0) continue; // warm-up: code cache, worker start
      previews.push(m.preview! - m.change!);
      stores.push(m.result! - m.confirm!);
      longest.push(m.longest);
      progress.push(m.progress);
    }
  } finally {
    await s.close();
  }
  const k = `${rows / 1000}k`;
  return [
    [`bill-import-${k}-preview`, Math.round(median(previews)), 'ms'],
    [`bill-import-${k}-store`, Math.round(median(stores)), 'ms'],
    [`bill-import-${k}-longest-task`, Math.round(median(longest)), 'ms'],
    [`bill-import-${k}-progress-steps`, Math.min(...progress), 'count'],
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  billImportFigures()
    .then((rows) => {
      for (const [name, value, unit] of rows) process.stdout.write(`${name}: ${value} ${unit}\n`);
    })
    .catch((e: unknown) => {
      process.stderr.write(`bench: ${(e as Error).message}\n`);
      process.exit(1);
    });
}
