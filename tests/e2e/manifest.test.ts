// The built extension's promises, read from the build output: exact permissions, no remote code,
// no network APIs in any bundle, and the Firefox manifest's required fields.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterMatches } from '../../utils/adapters/registry';
import { pageScripts } from '../../scripts/bench/bundles';

const CHROME = '.output/chrome-mv3';
const readJson = async (p: string) => JSON.parse(await readFile(p, 'utf8')) as Record<string, unknown>;

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name));
}

describe('built Chrome manifest', () => {
  it('asks for exactly the permissions the product needs', async () => {
    const m = await readJson(join(CHROME, 'manifest.json'));
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    // The built-in adapters' pages; every other site only once the person grants it.
    expect(m.host_permissions).toEqual(adapterMatches());
    expect(m.host_permissions).toEqual([
      'https://baitiao.jd.com/*',
      'https://my.alipay.com/portal/*',
      'https://creditcard.cmbc.com.cn/*',
      'https://jr.jd.com/*',
      'https://ipcrs.pbccrc.org.cn/*',
    ]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    // The settings page, opened in a tab (popup's "设置 / Settings" link, the browser's extension menu).
    expect(m.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    expect(m.options_page).toBeUndefined();
    await expect(readFile(join(CHROME, 'options.html'), 'utf8')).resolves.toContain('<script');
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // Nothing is injected during a page load: the background injects this file after it.
    expect(m.content_scripts).toBeUndefined();
    await expect(readFile(join(CHROME, 'content-scripts/content.js'), 'utf8')).resolves.toBeTruthy();
    await expect(readFile(join(CHROME, 'content-scripts/credit-report.js'), 'utf8')).resolves.toBeTruthy();
    await expect(readFile(join(CHROME, 'content-scripts/lenders.js'), 'utf8')).resolves.toBeTruthy();
    await expect(readFile(join(CHROME, 'content-scripts/picker.js'), 'utf8')).resolves.toBeTruthy();
    // Chrome refuses a notification without an icon.
    await expect(readFile(join(CHROME, 'icon/128.png'))).resolves.toBeTruthy();
  });

  it("has no network or code-injection APIs in any bundle (the Firefox build's too)", async () => {
    for (const file of [...(await jsFiles(CHROME)), ...(await jsFiles('.output/firefox-mv3'))]) {
      const code = await readFile(file, 'utf8');
      for (const banned of [
        /\bfetch\(/,
        /XMLHttpRequest/,
        /\bWebSocket\b/,
        /sendBeacon/,
        /\bEventSource\b/,
        /\beval\(/,
        /(?<![.\w$])Function\(/,
      ]) {
        expect(banned.test(code), `${file} contains ${banned}`).toBe(false);
      }
    }
  });

  it('keeps every content script within its 40 kB budget', async () => {
    for (const file of ['content.js', 'credit-report.js', 'lenders.js', 'picker.js']) {
      const { size } = await stat(join(CHROME, 'content-scripts', file));
      expect(size, file).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it('keeps zod and Preact out of the content scripts', async () => {
    for (const file of ['content.js', 'credit-report.js', 'lenders.js', 'picker.js']) {
      const code = await readFile(join(CHROME, 'content-scripts', file), 'utf8');
      expect(code, file).not.toMatch(/ZodError|zod/i);
      expect(code, file).not.toMatch(/__H|preact/);
    }
  });

  it('keeps the credit report adapter out of content.js, and the generic extractor out of credit-report.js', async () => {
    const content = await readFile(join(CHROME, 'content-scripts/content.js'), 'utf8');
    const report = await readFile(join(CHROME, 'content-scripts/credit-report.js'), 'utf8');
    expect(content).not.toContain('pboc-credit-report');
    expect(content).not.toContain('发放机构');
    expect(content).not.toContain('assetsAggregated'); // the lenders' adapters are in lenders.js
    await expect(readFile(join(CHROME, 'content-scripts/lenders.js'), 'utf8')).resolves.toContain('assetsAggregated');
    expect(report).toContain('pboc-credit-report');
    expect(report).not.toContain('assetsAggregated');
    expect(report).not.toContain('最高可借');
  });

  it('builds the dashboard page (unlisted: no manifest key) and keeps its chart library out of every other page', async () => {
    const uplot = /u-legend/; // a class name uPlot's legend uses
    for (const dir of [CHROME, '.output/firefox-mv3']) {
      const files = await jsFiles(dir);
      const chartChunks = [];
      for (const f of files) if (uplot.test(await readFile(f, 'utf8'))) chartChunks.push(f.slice(dir.length + 1));
      // One chunk, loaded by the dashboard alongside its first paint (a dynamic import), by no other page.
      expect(chartChunks).toHaveLength(1);
      const chunkName = chartChunks[0]!.split('/').at(-1)!;
      const dashboard = (await Promise.all((await pageScripts(dir, 'dashboard.html')).map((f) => readFile(join(dir, f), 'utf8')))).join(
        '\n',
      );
      expect(dashboard).toContain(`import("./${chunkName}")`);
      expect(dashboard).not.toMatch(uplot);
      // The lean `wxt/browser` (no webextension-polyfill), as in the popup and options pages.
      expect(dashboard).not.toContain('webextension-polyfill');
      for (const page of ['popup.html', 'options.html']) {
        for (const f of await pageScripts(dir, page)) {
          const code = await readFile(join(dir, f), 'utf8');
          expect(code, `${page}: ${f}`).not.toMatch(uplot);
          expect(code, `${page}: ${f}`).not.toContain(chunkName);
        }
      }
    }
    expect(JSON.stringify(await readJson(join(CHROME, 'manifest.json')))).not.toContain('dashboard');
  });
});

describe('demo build', () => {
  it('differs from production only by the pre-granted loopback demo site', async () => {
    const prod = await readJson(join(CHROME, 'manifest.json'));
    const demo = await readJson('.output/chrome-mv3-demo/manifest.json');
    expect(demo.host_permissions).toEqual([...adapterMatches(), 'http://127.0.0.1/*']);
    demo.host_permissions = prod.host_permissions;
    expect(demo).toEqual(prod);
  });
});

describe('built Firefox manifest', () => {
  it('has a gecko id, declares that no data is collected, and asks for the same permissions', async () => {
    const m = await readJson('.output/firefox-mv3/manifest.json');
    type Gecko = { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
    const { gecko, gecko_android } = m.browser_specific_settings as { gecko: Gecko; gecko_android: { strict_min_version: string } };
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions.required).toEqual(['none']);
    // What data_collection_permissions needs (web-ext lint checks every key against these).
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko_android.strict_min_version).toBe('142.0');
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual(adapterMatches());
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });
});
