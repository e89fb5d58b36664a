// Draws the second screenshot set (tests/fixtures/screens-heldout/) without HTML: each screen is a list
// of rectangles and text runs placed by hand on a canvas (chosen fonts, sizes, alignment), then cut
// (a partial screen), rescaled (a phone's downscale) and saved as JPEG or PNG. Per picture it writes the
// truth (written with the screen, before any reading) and the "ideal OCR" lines, joined by the same
// rule as the HTML set (rows.ts). Re-runnable: `node --import tsx scripts/screens/draw.ts [name-filter]`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROMIUM_ARGS } from '../lib/chromium';
import { joinRows, type Run } from './rows';
import { DRAWN, type Drawn } from './heldout/screens';
import { partOf } from './score';

const OUT = resolve('tests/fixtures/screens-heldout');

interface Picture {
  dataUrl: string;
  width: number;
  height: number;
  runs: Run[];
}

/** In the page: draws one screen, returns the picture and each text run's box in its pixels. */
function paint(s: Drawn): Picture {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(s.w * s.scale);
  canvas.height = Math.round(s.h * s.scale);
  const g = canvas.getContext('2d')!;
  g.scale(s.scale, s.scale);
  g.fillStyle = s.bg;
  g.fillRect(0, 0, s.w, s.h);
  let runs: Run[] = [];
  for (const op of s.ops) {
    if (op.k === 'rect') {
      g.fillStyle = op.c;
      g.beginPath();
      g.roundRect(op.x, op.y, op.w, op.h, op.r ?? 0);
      g.fill();
      continue;
    }
    g.font = `${op.b ? 'bold ' : ''}${op.size}px ${op.f ?? s.font}`;
    g.fillStyle = op.c ?? s.fg;
    g.textAlign = op.a === 'r' ? 'right' : op.a === 'c' ? 'center' : 'left';
    g.textBaseline = 'alphabetic';
    const y = op.y + op.size * 0.88; // op.y is the top of the em box
    g.fillText(op.s, op.x, y);
    const m = g.measureText(op.s);
    const box: Run['box'] = [
      op.x - m.actualBoundingBoxLeft,
      y - m.actualBoundingBoxAscent,
      op.x + m.actualBoundingBoxRight,
      y + m.actualBoundingBoxDescent,
    ];
    if (op.s.trim()) runs.push({ text: op.s.replace(/\s+/g, ' ').trim(), box: box.map((v) => v * s.scale) as Run['box'] });
  }
  let out = canvas;
  // A partial screen: only the region kept, and only the runs wholly inside it.
  if (s.crop) {
    const [x0, y0, x1, y1] = s.crop.map((v) => Math.round(v * s.scale)) as [number, number, number, number];
    out = document.createElement('canvas');
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.getContext('2d')!.drawImage(canvas, -x0, -y0);
    runs = runs
      .filter((r) => r.box[0] >= x0 && r.box[1] >= y0 && r.box[2] <= x1 && r.box[3] <= y1)
      .map((r) => ({ ...r, box: [r.box[0] - x0, r.box[1] - y0, r.box[2] - x0, r.box[3] - y0] }));
  }
  // A phone's own downscale (a resized share): smoothed pixels, boxes scaled alike.
  if (s.resample) {
    const f = s.resample;
    const small = document.createElement('canvas');
    small.width = Math.round(out.width * f);
    small.height = Math.round(out.height * f);
    const sg = small.getContext('2d')!;
    sg.imageSmoothingQuality = 'high';
    sg.drawImage(out, 0, 0, small.width, small.height);
    out = small;
    runs = runs.map((r) => ({ ...r, box: r.box.map((v) => v * f) as Run['box'] }));
  }
  const jpeg = /\.jpe?g$/i.test(s.file);
  return {
    dataUrl: out.toDataURL(jpeg ? 'image/jpeg' : 'image/png', (s.quality ?? 80) / 100),
    width: out.width,
    height: out.height,
    runs,
  };
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let total = 0;
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    // The fonts the screens name, loaded before the first drawing (a canvas does not wait for them).
    await page.evaluate(async () => {
      for (const f of ['WenQuanYi Micro Hei', 'DejaVu Sans', 'DejaVu Serif', 'Liberation Sans', 'Liberation Serif', 'Liberation Mono'])
        await document.fonts.load(`16px "${f}"`, '额度0');
    });
    for (const s of DRAWN) {
      if (filter && !s.file.includes(filter)) continue;
      const pic = await page.evaluate(paint, s);
      const bytes = Buffer.from(pic.dataUrl.slice(pic.dataUrl.indexOf(',') + 1), 'base64');
      total += bytes.length;
      const lines = joinRows(pic.runs).map((r) => ({ text: r.text, box: r.box.map((v) => Math.round(v)), score: 1 }));
      await writeFile(join(OUT, s.file), bytes);
      await writeFile(join(OUT, `${s.file}.truth.json`), JSON.stringify({ imitates: s.imitates, ...s.truth }, null, 1) + '\n');
      await writeFile(join(OUT, `${s.file}.lines.json`), JSON.stringify({ width: pic.width, height: pic.height, lines }) + '\n');
      console.log(`${s.file}  ${pic.width}×${pic.height}  ${Math.round(bytes.length / 1024)} KB  ${lines.length} lines`);
    }
  } finally {
    await browser.close();
  }
  console.log(`${Math.round(total / 1024)} KB drawn`);
  if (!filter) await writeFile(join(OUT, 'README.md'), readme());
}

function readme(): string {
  const rows = DRAWN.map((s) => {
    const shape = `${Math.round((s.crop ? s.crop[2] - s.crop[0] : s.w) * s.scale * (s.resample ?? 1))}×${Math.round((s.crop ? s.crop[3] - s.crop[1] : s.h) * s.scale * (s.resample ?? 1))}`;
    const kind = /\.jpe?g$/i.test(s.file) ? `JPEG q${s.quality ?? 80}` : 'PNG';
    return `| \`${s.file}\` | ${partOf(s.file)} | ${shape}, ${kind} | ${s.imitates} |`;
  });
  return [
    '# Screenshots of lending apps, drawn apart from the reader',
    '',
    'The second screenshot set: drawn by `node --import tsx scripts/screens/draw.ts` on a canvas, without HTML (each',
    'screen a list of rectangles and text runs placed by hand in scripts/screens/heldout/), in other fonts (Liberation,',
    'DejaVu Serif, mono), sizes (540 to 1440 wide, tablets, a landscape phone, a long screenshot), crops, downscales and',
    "JPEG qualities than the first set (tests/fixtures/screens/). Nothing here is a real person's screen. Each truth",
    'was written with its screen, before the reader first read it. Beside each picture `<name>.truth.json` and',
    '`<name>.lines.json` (ideal OCR), as in the first set.',
    '',
    'A fixed part is held out by name (scripts/screens/score.ts `partOf`: the first byte of sha256(name) under 86):',
    'its misses are never looked at while the reader is changed. Scores: `node --import tsx scripts/screens/score-ocr.ts',
    "--heldout` (real OCR) or `… score.ts --heldout` (ideal lines); both print the held-out part's figures only.",
    '',
    '| File | Part | Size | Imitates |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

await main();
