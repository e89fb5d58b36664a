// The store screenshots' composition (scripts/lib/store-shots.ts) in Chromium with the built
// extension: the popup drawn at twice its scale and framed, and a page shot, each exactly 1280×800
// (the size Chrome Web Store and AMO take). The whole `npm start -- --headless --shots` tour takes
// minutes (OCR, a PDF, two launches); it checks every file it writes the same way.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framedPopupShot, pngSize, popupPicture, storeShot } from '../../scripts/lib/store-shots';
import { launch, openPopup, type Session } from './support/browser';

let s: Session;
let dir: string;
beforeAll(async () => {
  s = await launch();
  dir = await mkdtemp(join(tmpdir(), 'ls-store-shots-'));
});
afterAll(async () => {
  await s?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('store screenshots in Chromium', () => {
  it('frames the popup and shoots a page at exactly 1280×800', async () => {
    const popup = await openPopup(s);
    await popup.waitForSelector('.data');
    expect(pngSize(await popupPicture(s.context, popup))).toEqual({ width: 760, height: 1200 });
    await framedPopupShot(s.context, popup, 'zh', join(dir, 'popup.png'));
    const framed = PNG.sync.read(await readFile(join(dir, 'popup.png')));
    expect([framed.width, framed.height]).toEqual([1280, 800]);
    // The popup is in the frame: its white window at the right, the backdrop's blue-grey at the left.
    const at = (x: number, y: number) => Array.from(framed.data.subarray((y * 1280 + x) * 4, (y * 1280 + x) * 4 + 3));
    expect(at(20, 20)).not.toEqual([255, 255, 255]);
    expect(at(1280 - 96 - 150, 400)).toEqual([255, 255, 255]);

    // A page taller than 800 is cut to the view, not shot whole.
    await popup.evaluate(() => document.body.style.setProperty('min-height', '3000px'));
    await storeShot(popup, join(dir, 'page.png'));
    expect(pngSize(await readFile(join(dir, 'page.png')))).toEqual({ width: 1280, height: 800 });
    await popup.close();
  });
});
