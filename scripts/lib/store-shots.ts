// Store screenshots (Chrome Web Store and AMO take 1280×800): each one is checked to be exactly that
// size once written. Pages are shot at a 1280×800 viewport; the popup (a 380-pixel-wide toolbar
// window, at most 600 high) is drawn at twice its scale and framed on a 1280×800 page beside the
// extension's name and tagline.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { t, type Lang } from '../../utils/i18n';

export const STORE_WIDTH = 1280;
export const STORE_HEIGHT = 800;
/** Chrome's toolbar popup: the popup's body width, and the tallest a popup window gets. */
export const POPUP_WIDTH = 380;
export const POPUP_HEIGHT = 600;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header (IHDR, the first chunk); undefined for anything else. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || !b.subarray(0, 8).equals(PNG_SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Throws unless the file is a PNG of exactly 1280×800. */
export async function checkStoreSize(file: string): Promise<void> {
  const size = pngSize(await readFile(file));
  if (size?.width !== STORE_WIDTH || size.height !== STORE_HEIGHT)
    throw new Error(`${file}: ${size ? `${size.width}×${size.height}` : 'not a PNG'}, not ${STORE_WIDTH}×${STORE_HEIGHT}`);
}

/** What the viewport shows, at 1280×800 (scrolled wherever the page is), checked. */
export async function storeShot(page: Page, file: string): Promise<void> {
  await page.setViewportSize({ width: STORE_WIDTH, height: STORE_HEIGHT });
  await page.screenshot({ path: file, fullPage: false });
  await checkStoreSize(file);
}

/** The popup page as the toolbar window shows it, drawn at twice its scale (sharp once framed). */
export async function popupPicture(context: BrowserContext, popup: Page): Promise<Buffer> {
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_HEIGHT });
  await popup.evaluate(() => window.scrollTo(0, 0));
  const cdp = await context.newCDPSession(popup);
  try {
    const { data } = (await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y: 0, width: POPUP_WIDTH, height: POPUP_HEIGHT, scale: 2 },
    })) as { data: string };
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach();
  }
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The framing page: name and tagline on the left, the popup (as the toolbar shows it) on the right. */
export function frameHtml(lang: Lang, popupPng: Buffer): string {
  const [claim, local] = t(lang, 'app.tagline').split(' · ');
  const scale = 1.25;
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>
html,body{margin:0;width:${STORE_WIDTH}px;height:${STORE_HEIGHT}px;overflow:hidden}
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",system-ui,sans-serif;background:linear-gradient(135deg,#eef3f9,#dfe8f3);color:#1d2733;display:flex;align-items:center;gap:72px;padding:0 96px;box-sizing:border-box}
.words{flex:1}
h1{font-size:52px;margin:0 0 20px;letter-spacing:1px}
p{font-size:26px;line-height:1.5;margin:0 0 12px;color:#3b4a5a}
.local{font-size:20px;color:#1f6f43;background:#e3f3e8;display:inline-block;padding:6px 14px;border-radius:8px;margin-top:12px}
.window{width:${POPUP_WIDTH * scale}px;height:${POPUP_HEIGHT * scale}px;border-radius:10px;overflow:hidden;background:#fff;box-shadow:0 18px 50px rgba(20,40,70,.28),0 0 0 1px rgba(20,40,70,.12)}
.window img{display:block;width:100%;height:100%}
</style></head><body><div class="words"><h1>${escape(t(lang, 'app.name'))}</h1><p>${escape(claim ?? '')}</p>${
    local ? `<span class="local">${escape(local)}</span>` : ''
  }</div><div class="window"><img alt="" src="data:image/png;base64,${popupPng.toString('base64')}"></div></body></html>`;
}

/** The popup framed on a 1280×800 page, written to `file` and checked. */
export async function framedPopupShot(context: BrowserContext, popup: Page, lang: Lang, file: string): Promise<void> {
  const picture = await popupPicture(context, popup);
  const frame = await context.newPage();
  try {
    await frame.setViewportSize({ width: STORE_WIDTH, height: STORE_HEIGHT });
    await frame.setContent(frameHtml(lang, picture));
    await frame.waitForFunction(() => [...document.images].every((i) => i.complete));
    await storeShot(frame, file);
  } finally {
    await frame.close();
  }
}
