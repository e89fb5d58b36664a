// The store screenshots of the two imports, for `npm start -- --headless --shots DIR`: a credit
// report PDF previewed on the options page, and an app screenshot pasted onto the dashboard's import
// (`#import`), read on the device and previewed with its boxes. Neither is confirmed: the shots show
// what is read before anything is stored.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from './chromium';
import { storeShot } from './store-shots';

/** A 简版 credit report made for the reader's tests (tests/fixtures/reports), of no real person. */
export const REPORT_PDF = 'tests/fixtures/reports/pboc-credit-report-brief-gen2.pdf';
/** An app screen made for the reader's tests (tests/fixtures/screens/README.md): 借呗, light. */
export const SCREEN_PICTURE = 'tests/fixtures/screens/Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg';

/** Ctrl+V of a picture: the paste event the browser fires, carrying the file. */
async function paste(page: Page, path: string, type: string): Promise<void> {
  const bytes = Array.from(await readFile(path));
  await page.evaluate(
    ({ bytes, name, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type, lastModified: Date.now() - 60_000 }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { bytes, name: basename(path), type },
  );
}

/** Scrolls so that `selector` starts near the top of the 1280×800 view, or further down as far as
 *  needed to show the whole of `last` (the confirm button). */
async function scrollTo(page: Page, selector: string, last?: string): Promise<void> {
  await page.evaluate(
    ({ selector, last }) => {
      const top = document.querySelector(selector)?.getBoundingClientRect().top ?? 0;
      const bottom = last ? (document.querySelector(last)?.getBoundingClientRect().bottom ?? 0) : 0;
      window.scrollTo(0, window.scrollY + Math.max(top - 16, bottom + 24 - window.innerHeight));
    },
    { selector, last },
  );
}

export async function importShots(s: Session, shots: string, lang: 'zh' | 'en'): Promise<string[]> {
  const written: string[] = [];
  const report = await s.context.newPage();
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.goto(`chrome-extension://${s.extensionId}/options.html`);
  await report.setInputFiles('.report-import input[type=file]', REPORT_PDF);
  await report.waitForSelector('.report-preview', { timeout: 60_000 });
  await scrollTo(report, '.report-import', '.report-confirm');
  await storeShot(report, join(shots, `import-report-${lang}.png`));
  written.push(join(shots, `import-report-${lang}.png`));
  await report.close();

  const dash = await s.context.newPage();
  await dash.setViewportSize({ width: 1280, height: 800 });
  await dash.goto(`chrome-extension://${s.extensionId}/dashboard.html#import`);
  await dash.waitForSelector('.shot-import input[type=file]', { state: 'attached' });
  await paste(dash, SCREEN_PICTURE, 'image/jpeg');
  await dash.waitForSelector('.shot-preview', { timeout: 120_000 });
  await dash.waitForFunction(() => [...document.images].every((i) => i.complete));
  await scrollTo(dash, '.shot-import', '.shot-confirm');
  await storeShot(dash, join(shots, `import-screenshot-${lang}.png`));
  written.push(join(shots, `import-screenshot-${lang}.png`));
  await dash.close();
  return written;
}
