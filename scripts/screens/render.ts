// Renders the screenshot test set (tests/fixtures/screens/) from the screens in screens.ts with
// Debian's Chromium: per screen the picture, its truth and its "ideal OCR" lines (every visible text
// run's text and box in image pixels, neighbouring runs of one row joined as a text detector joins
// them). Re-runnable: `node --import tsx scripts/screens/render.ts [name-filter]`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { findChrome, CHROMIUM_ARGS } from '../lib/chromium';
import { encodeWebp } from '../lib/webp-node';
import { block, css, statusBar } from './blocks';
import { joinRows, type Run } from './rows';
import { SCREENS, SIZES, type Screen } from './screens';

const OUT = resolve('tests/fixtures/screens');

function html(s: Screen): string {
  const body = statusBar(s.time ?? '10:15', s.battery ?? '85%', s.net ?? '5G') + s.blocks.map(block).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css(s.accent, !!s.dark)}</style></head><body>${body}</body></html>`;
}

/** Each text node's box, in CSS pixels (runs never wrap: the page is nowrap). */
function collectRuns(): Run[] {
  const out: Run[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight) continue;
    out.push({ text, box: [r.left, r.top, r.right, r.bottom] });
  }
  return out;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const s of SCREENS) {
      if (filter && !s.file.includes(filter)) continue;
      const size = SIZES[s.size];
      const dpr = s.half ? size.dpr / 2 : size.dpr;
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: dpr });
      await page.setContent(html(s));
      const runs = await page.evaluate(collectRuns);
      const jpeg = /\.jpe?g$/i.test(s.file);
      const shot = await page.screenshot(jpeg ? { type: 'jpeg', quality: s.quality ?? 80 } : { type: 'png' });
      // Chromium screenshots PNG or JPEG only: a WebP screen is its PNG encoded by libwebp.
      const picture = /\.webp$/i.test(s.file) ? await encodeWebp(PNG.sync.read(shot), s.quality ?? 80) : shot;
      await page.close();
      const px = (v: number) => Math.round(v * dpr);
      const lines = joinRows(runs).map((r) => ({ text: r.text, box: r.box.map(px), score: 1 }));
      const width = Math.round(size.width * dpr);
      const height = Math.round(size.height * dpr);
      await writeFile(join(OUT, s.file), picture);
      await writeFile(join(OUT, `${s.file}.truth.json`), JSON.stringify({ imitates: s.imitates, ...s.truth }, null, 1) + '\n');
      await writeFile(join(OUT, `${s.file}.lines.json`), JSON.stringify({ width, height, lines }) + '\n');
      console.log(`${s.file}  ${width}×${height}  ${Math.round(picture.length / 1024)} KB  ${lines.length} lines`);
    }
  } finally {
    await browser.close();
  }
  await writeFile(join(OUT, 'README.md'), readme());
}

function readme(): string {
  const rows = SCREENS.map((s) => {
    const size = SIZES[s.size];
    const dpr = s.half ? size.dpr / 2 : size.dpr;
    const shape = `${Math.round(size.width * dpr)}×${Math.round(size.height * dpr)}${s.half ? ' (half scale)' : ''}`;
    const kind = /\.jpe?g$/i.test(s.file) ? `JPEG q${s.quality ?? 80}` : /\.webp$/i.test(s.file) ? `WebP q${s.quality ?? 80}` : 'PNG';
    return `| \`${s.file}\` | ${shape}, ${s.dark ? 'dark' : 'light'}, ${kind} | ${s.imitates} |`;
  });
  return [
    '# Screenshots of lending apps (made here)',
    '',
    'Rendered by `node --import tsx scripts/screens/render.ts` from HTML (scripts/screens/) imitating the limit screens of',
    "lending and bank apps. Nothing here is a real person's screen. Beside each picture:",
    '',
    '- `<name>.truth.json`: what the screen reader must make of it (observations with their fields, status and 提额',
    '  entry; `notAccount` for screens of no account; `takenAt` when the file name dates it) and `ads`, the figures',
    "  on the screen that must never be read as the person's (ads, ceilings, invitations, bills, phone numbers).",
    '- `<name>.lines.json`: the "ideal OCR" of the picture, taken from the rendered page: each visible text run with',
    '  its box in image pixels, runs of one row closer than half a character joined, `score: 1`.',
    '',
    "Score the reader: `node --import tsx scripts/screens/score.ts` (ideal lines), or with a recogniser's lines saved",
    'beside each picture as `<name>.ocr.json` (same shape: `{ width, height, lines }`): `… score.ts .ocr.json`.',
    '',
    '| File | Size | Imitates |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

await main();
