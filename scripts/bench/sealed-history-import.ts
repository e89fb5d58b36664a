// Sealed history import beside the plain one (issue 22 item 5: within 2 s of it), in Chromium with
// the built extension: the same 50,000-observation history (synthetic-history.ts), once plain and
// once sealed (600,000 PBKDF2 iterations), alternately on an emptied history, set on the popup's
// file input. The page's own clock takes the time from the input's `change` to the result on screen;
// for the sealed file the time the password prompt waits for a person (prompt shown → submitted) is
// taken out, so what remains is reading, opening (key derivation + AES-GCM) and storing. Median of 3.
// `node --import tsx scripts/bench/sealed-history-import.ts` runs it alone (after `npx wxt build --mode demo`).
import { pathToFileURL } from 'node:url';
import { launch, openPopup, type Session } from '../lib/chromium';
import { waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { syntheticHistory } from './synthetic-history';
import { seal } from '../../utils/history-seal';

const INPUT = '.data input[type=file]';
const PASSWORD = 'bench password 基准';

interface Marks {
  change?: number;
  prompt?: number;
  submit?: number;
  result?: number;
}

/** Installed in the popup before the file is set (no named functions inside: see history-import.ts). */
function watch() {
  const marks: Marks = {};
  (globalThis as { __marks?: Marks }).__marks = marks;
  document.addEventListener('change', () => (marks.change ??= performance.now()), true);
  document.addEventListener('submit', () => (marks.submit ??= performance.now()), true);
  new MutationObserver(() => {
    if (document.querySelector('form.seal-prompt')) marks.prompt ??= performance.now();
    if (document.querySelector('.data .ok')) marks.result ??= performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function importOnce(s: Session, text: string, sealed: boolean, observations: number): Promise<number> {
  const page = await openPopup(s);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:delete-all' }));
  await page.reload();
  await page.waitForSelector(INPUT, { state: 'attached' });
  await page.evaluate(watch);
  await page.setInputFiles(INPUT, { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(text) }, { timeout: 180_000 });
  if (sealed) {
    await page.fill('#seal-open-password', PASSWORD, { timeout: 180_000 });
    await page.click('form.seal-prompt button[type=submit]');
  }
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
  await page.close();
  const waiting = sealed ? marks.submit! - marks.prompt! : 0;
  return marks.result! - marks.change! - waiting;
}

export async function sealedHistoryImportFigures(observations = 50_000, runs = 3): Promise<[string, number, string][]> {
  const plain = JSON.stringify(syntheticHistory(observations));
  const sealed = await seal(plain, PASSWORD);
  const s = await launch();
  const times = { plain: [] as number[], sealed: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      times.plain.push(await importOnce(s, plain, false, observations));
      times.sealed.push(await importOnce(s, sealed, true, observations));
    }
  } finally {
    await s.close();
  }
  const k = Math.round(observations / 1000);
  const plainMedian = Math.round(median(times.plain));
  const sealedMedian = Math.round(median(times.sealed));
  return [
    [`import.history-${k}k.sealed.bytes`, Buffer.byteLength(sealed), 'B'],
    [`import.history-${k}k.plain-beside-sealed.chromium.median`, plainMedian, 'ms'],
    [`import.history-${k}k.sealed.chromium.median`, sealedMedian, 'ms'],
    [`import.history-${k}k.sealed.extra`, sealedMedian - plainMedian, 'ms'],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value, unit] of await sealedHistoryImportFigures()) process.stdout.write(`${name}: ${value} ${unit}\n`);
}
