// `npm start`: build the extension, open Chromium with it and the demo lender site (cli.md).
// `npm start -- --headless --shots DIR`: the same tour without a window, writing PNG screenshots.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEMO_PAGES } from './demo/server';
import { findChrome, launch, openPopup, type Session } from './lib/chromium';
import { dashboardFrom, LENDER_ROUTES, routeLenderPages, startDemoServer, waitFor } from './lib/demo-browsing';

const INSTALL_HINT = `No Chromium or Chrome found (looked at CHROME_PATH, chromium, chromium-browser, google-chrome).
Install one, for example on Debian/Ubuntu:  sudo apt-get install chromium
or point CHROME_PATH at a Chrome/Chromium binary, then run npm start again.`;

function parseArgs(argv: string[]) {
  const headless = argv.includes('--headless');
  const i = argv.indexOf('--shots');
  const shots = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !shots) throw new Error('--shots needs a directory');
  return { headless, shots: shots ? resolve(shots) : undefined };
}

function pageUrls(demoUrl: string): { name: string; url: string }[] {
  const lenderUrl = Object.fromEntries(Object.entries(LENDER_ROUTES).map(([url, file]) => [file, url]));
  return DEMO_PAGES.filter((p) => p.file !== 'index.html').map((p) => ({
    name: p.file.replace(/\.html$/, ''),
    url: lenderUrl[p.file] ?? demoUrl + p.file,
  }));
}

async function tour(s: Session, demoUrl: string, shots: string | undefined): Promise<string[]> {
  const written: string[] = [];
  const shoot = async (page: import('playwright-core').Page, name: string) => {
    if (!shots) return;
    const file = join(shots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  };
  const w = await s.worker();
  // The demo build pre-grants the loopback site; the background reads each page once it has loaded.
  await waitFor(
    async () => (await w.evaluate(() => chrome.permissions.getAll())).origins?.includes('http://127.0.0.1/*'),
    10_000,
    'demo site permission',
  );
  for (const { name, url } of pageUrls(demoUrl)) {
    const page = await s.context.newPage();
    await page.setViewportSize(name === 'bank-cards' ? { width: 1280, height: 800 } : { width: 414, height: 896 });
    await page.goto(url);
    if (name === 'alipay-portal')
      await page
        .getByText('显示金额')
        .click()
        .catch(() => undefined);
    await page.waitForTimeout(1500); // late-rendering pages fill in, then the capture settles
    await shoot(page, `page-${name}`);
    await page.close();
  }
  const popup = await openPopup(s);
  await waitFor(async () => (await dashboardFrom(popup)).accounts.length >= 5, 15_000, 'captures to arrive');
  await popup.reload();
  await popup.waitForTimeout(500);
  await shoot(popup, 'popup-zh');
  await popup.close();
  return written;
}

async function main() {
  const { headless, shots } = parseArgs(process.argv.slice(2));
  const chrome = findChrome();
  if (!chrome) {
    process.stderr.write(INSTALL_HINT + '\n');
    process.exit(1);
  }
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const demo = await startDemoServer();
  if (shots) await mkdir(shots, { recursive: true });
  const s = await launch({ executablePath: chrome, headless });
  await routeLenderPages(s.context);
  try {
    if (headless) {
      const written = await tour(s, demo.url, shots);
      if (shots) {
        // The same dashboard for an English browser.
        await s.close({ keepProfile: true });
        const en = await launch({ executablePath: chrome, headless: true, lang: 'en-US', profileDir: s.profileDir });
        const popup = await openPopup(en);
        await popup.waitForTimeout(800);
        const file = join(shots, 'popup-en.png');
        await popup.screenshot({ path: file, fullPage: true });
        written.push(file);
        await en.close();
      } else await s.close();
      for (const f of written) process.stdout.write(f + '\n');
      return;
    }
    const page = s.context.pages()[0] ?? (await s.context.newPage());
    await page.goto(demo.url + 'index.html');
    process.stdout.write(
      `Limit Sentinel is loaded. Demo lender site: ${demo.url}index.html\nOpen the pages, then the toolbar icon (pin it from the puzzle menu). Close the browser to stop.\n`,
    );
    await new Promise<void>((done) => s.context.on('close', () => done()));
  } finally {
    await demo.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`npm start: ${(e as Error).message}\n`);
  if (/Missing X server|DISPLAY/i.test(String((e as Error).message)))
    process.stderr.write('No display here: try  npm start -- --headless --shots shots\n');
  process.exit(1);
});
