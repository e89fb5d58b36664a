// History import from the popup, in Chromium with the built extension: a history file of 50,000
// observations (30 accounts, daily, with their events; synthetic-history.ts) is set on the popup's
// file input, and the page's own clock takes the time from the input's `change` to the result on
// screen (read, sent, checked, stored all-or-nothing, the background's rule run included). Median of
// 3, each run on an emptied history so every run stores the same rows. Also whether progress was
// shown while it ran.
// `node --import tsx scripts/bench/history-import.ts` runs it alone (after `npm run build`).
import { pathToFileURL } from 'node:url';
import { launch, openPopup } from '../lib/chromium';
import { waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { syntheticHistory } from './synthetic-history';

const INPUT = '.data input[type=file]';

interface Marks {
  change?: number;
  result?: number;
  progress: boolean;
}

/** Installed in the popup before the file is set. (No named functions inside: tsx would wrap them
 *  in a helper the page does not have.) */
function watch() {
  const marks: Marks = { progress: false };
  (globalThis as { __marks?: Marks }).__marks = marks;
  document.addEventListener('change', () => (marks.change ??= performance.now()), true);
  new MutationObserver(() => {
    if (document.querySelector('.import-progress progress')) marks.progress = true;
    if (document.querySelector('.data .ok')) marks.result ??= performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export async function historyImportFigures(observations = 50_000, runs = 3): Promise<[string, number, string][]> {
  const text = JSON.stringify(syntheticHistory(observations));
  const s = await launch();
  const times: number[] = [];
  let progress = true;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await openPopup(s);
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:delete-all' }));
      await page.reload();
      await page.waitForSelector(INPUT, { state: 'attached' });
      await page.evaluate(watch);
      await page.setInputFiles(INPUT, { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      const marks = await waitFor(
        async () => {
          const m = await page.evaluate(() => (globalThis as { __marks?: Marks }).__marks);
          return m?.result !== undefined ? m : undefined;
        },
        120_000,
        'the import result',
      );
      const note = await page.textContent('.data .ok');
      if (!note?.includes(String(observations))) throw new Error(`unexpected import result: ${note}`);
      times.push(marks.result! - marks.change!);
      progress &&= marks.progress;
      await page.close();
    }
  } finally {
    await s.close();
  }
  const k = Math.round(observations / 1000);
  return [
    [`import.history-${k}k.observations`, observations, 'rows'],
    [`import.history-${k}k.chromium.median`, Math.round(median(times)), 'ms'],
    [`import.history-${k}k.progress-shown`, progress ? 1 : 0, 'bool'],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value, unit] of await historyImportFigures()) process.stdout.write(`${name}: ${value} ${unit}\n`);
}
