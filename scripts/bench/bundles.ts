// Bundle sizes of the built extension (minified bytes; gzip for reference).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Each content script's size limit, in bytes of the minified bundle: it is parsed on every lender
 * page it reads. Checked by tests/e2e/manifest.test.ts, shown by `npm run adapter-size`.
 */
export const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;

/** Every JS file a page loads: its <script src>s and, recursively, their static imports. */
export async function pageScripts(root: string, html: string): Promise<string[]> {
  const page = await readFile(join(root, html), 'utf8');
  const queue = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]!).replace(/\\/g, '/'));
    }
  }
  return [...seen];
}

async function size(root: string, files: string[]): Promise<{ raw: number; gz: number }> {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = await readFile(join(root, f));
    raw += b.length;
    gz += gzipSync(b).length;
  }
  return { raw, gz };
}

export async function bundleFigures(root = '.output/chrome-mv3'): Promise<[string, number, string][]> {
  // One line per content script, each with its own budget (CONTENT_SCRIPT_BUDGET_BYTES): content.js (tracked sites),
  // lenders.js (the lenders' page adapters), credit-report.js (its pages), picker.js (on demand).
  const scripts: [string, string][] = [
    ['content-script', 'content'],
    ['lenders-script', 'lenders'],
    ['credit-report-script', 'credit-report'],
    ['picker-script', 'picker'],
  ];
  const sizes = await Promise.all(scripts.map(([, file]) => size(root, [`content-scripts/${file}.js`])));
  const popup = await size(root, await pageScripts(root, 'popup.html'));
  // The dashboard page's first paint, and the chart library (uPlot) it loads alongside: the popup
  // must not grow with either.
  const dashboard = await size(root, await pageScripts(root, 'dashboard.html'));
  const all = await readdir(root, { recursive: true });
  const chart = await size(
    root,
    all.filter((f) => /^chunks[/\\]uplot-chart-.*\.js$/.test(f)),
  );
  const bg = await size(root, ['background.js']);
  const total = await size(
    root,
    all.filter((f) => f.endsWith('.js')),
  );
  const kb = (n: number) => Math.round(n / 10.24) / 100;
  return [
    ...scripts.flatMap(([name], i): [string, number, string][] => [
      [`bundle.${name}`, kb(sizes[i]!.raw), 'kB'],
      [`bundle.${name}.gzip`, kb(sizes[i]!.gz), 'kB'],
    ]),
    ['bundle.popup-js', kb(popup.raw), 'kB'],
    ['bundle.popup-js.gzip', kb(popup.gz), 'kB'],
    ['bundle.dashboard-js', kb(dashboard.raw), 'kB'],
    ['bundle.dashboard-js.gzip', kb(dashboard.gz), 'kB'],
    ['bundle.dashboard-chart-js', kb(chart.raw), 'kB'],
    ['bundle.dashboard-chart-js.gzip', kb(chart.gz), 'kB'],
    ['bundle.background', kb(bg.raw), 'kB'],
    ['bundle.all-js', kb(total.raw), 'kB'],
  ];
}
