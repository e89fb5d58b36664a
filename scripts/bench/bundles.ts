// Bundle sizes of the built extension (minified bytes; gzip for reference).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const content = await size(root, ['content-scripts/content.js']);
  // The credit report's own content script (only its pages get it).
  const creditReport = await size(root, ['content-scripts/credit-report.js']);
  const popup = await size(root, await pageScripts(root, 'popup.html'));
  const bg = await size(root, ['background.js']);
  const all = await readdir(root, { recursive: true });
  const total = await size(root, all.filter((f) => f.endsWith('.js')));
  const kb = (n: number) => Math.round(n / 10.24) / 100;
  return [
    ['bundle.content-script', kb(content.raw), 'kB'],
    ['bundle.content-script.gzip', kb(content.gz), 'kB'],
    ['bundle.credit-report-script', kb(creditReport.raw), 'kB'],
    ['bundle.credit-report-script.gzip', kb(creditReport.gz), 'kB'],
    ['bundle.popup-js', kb(popup.raw), 'kB'],
    ['bundle.popup-js.gzip', kb(popup.gz), 'kB'],
    ['bundle.background', kb(bg.raw), 'kB'],
    ['bundle.all-js', kb(total.raw), 'kB'],
  ];
}
