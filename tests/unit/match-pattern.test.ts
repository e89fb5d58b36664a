// The one match-pattern reader, and the three places that use it agreeing on every built-in
// adapter's pages: lenders.js's choice of adapter (pickAdapter), the background's injection
// (isEnabledPage, scriptFor) and the popup's "already built in" (originCoveredBy).
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { lenderAdapters } from '../../utils/adapters/lender-registry';
import { pickAdapter } from '../../utils/adapters/pick';
import { adapterMatches, adapters, adapterScripts, scriptFile } from '../../utils/adapters/registry';
import { matchPattern, originCoveredBy } from '../../utils/match-pattern';
import { CONTENT_SCRIPT_FILE, isEnabledPage, scriptFor } from '../../utils/site-routing';

describe('matchPattern', () => {
  it.each([
    ['https://baitiao.jd.com/*', 'https://baitiao.jd.com/v3/ious/list', true],
    ['https://baitiao.jd.com/*', 'http://baitiao.jd.com/v3/ious/list', false],
    ['https://baitiao.jd.com/*', 'https://evil.com/?baitiao.jd.com/', false],
    ['https://baitiao.jd.com/*', 'https://baitiao.jd.com.evil.com/', false],
    ['https://baitiao.jd.com/*', 'https://baitiao.jd.com:8443/x', true], // a pattern covers every port
    ['*://*.jd.com/*', 'https://jr.jd.com/x', true],
    ['*://*.jd.com/*', 'http://a.b.jd.com/x', true],
    ['*://*.jd.com/*', 'https://jd.com/', true],
    ['*://*.jd.com/*', 'https://notjd.com/', false],
    ['*://*.jd.com/*', 'ftp://jr.jd.com/', false],
    ['*://*/*', 'https://any.example/a', true],
    ['https://my.alipay.com/portal/*', 'https://my.alipay.com/portal/i.htm?x=1', true],
    ['https://my.alipay.com/portal/*', 'https://my.alipay.com/other', false],
    ['https://my.alipay.com/portal/*', 'https://my.alipay.com/other?next=/portal/i.htm', false],
    ['https://my.alipay.com/portal/*', 'https://my.alipay.com/other#/portal/i.htm', false],
    // The path is matched with the query string, never the fragment.
    ['https://a.example/list?page=*', 'https://a.example/list?page=2', true],
    ['https://a.example/list', 'https://a.example/list?page=2', false],
    ['https://a.example/list', 'https://a.example/list#top', true],
    ['https://a.example/a.b', 'https://a.example/aXb', false], // dots are dots
    ['https://A.Example/*', 'https://a.example/', true],
    ['file:///home/*', 'file:///home/me/a.html', true],
    ['file:///home/*', 'https://home/', false],
    ['<all_urls>', 'https://a.example/', true],
    ['<all_urls>', 'file:///a.html', true],
    ['<all_urls>', 'chrome://extensions/', false],
    ['https://a.example:8080/*', 'https://a.example:8080/', false], // no port in a pattern
    ['https://*a.example/*', 'https://ba.example/', false],
    ['https:///*', 'https://a.example/', false],
    ['https://a.example', 'https://a.example/', false], // no path
    ['not a pattern', 'https://x.com/', false],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchPattern(pattern, new URL(url))).toBe(expected);
  });
});

describe('originCoveredBy', () => {
  const patterns = ['https://baitiao.jd.com/*', '*://*.alipay.com/huabei/*'];
  it('matches exact and wildcard hosts and the scheme', () => {
    expect(originCoveredBy(patterns, 'https://baitiao.jd.com')).toBe(true);
    expect(originCoveredBy(patterns, 'http://baitiao.jd.com')).toBe(false);
    expect(originCoveredBy(patterns, 'https://m.alipay.com')).toBe(true);
    expect(originCoveredBy(patterns, 'https://alipay.com')).toBe(true);
    expect(originCoveredBy(patterns, 'https://notalipay.com')).toBe(false);
    expect(originCoveredBy(patterns, 'https://jd.com')).toBe(false);
    expect(originCoveredBy([], 'https://jd.com')).toBe(false);
  });

  it('is host level, whatever the port, and false for what is no origin', () => {
    expect(originCoveredBy(['https://my.alipay.com/portal/*'], 'https://my.alipay.com:8443')).toBe(true);
    expect(originCoveredBy(['<all_urls>'], 'https://a.example')).toBe(true);
    expect(originCoveredBy(['https://a.example/*'], 'null')).toBe(false);
  });
});

// [address, the adapter that owns the page (reads it), whether the popup counts its site as built in]
const PAGES: [string, string | undefined, boolean][] = [
  ['https://baitiao.jd.com/v3/ious/list', 'jd-baitiao', true],
  ['https://baitiao.jd.com/', 'jd-baitiao', true],
  ['https://baitiao.jd.com:8443/v3/ious/list', 'jd-baitiao', true],
  ['https://BAITIAO.jd.com/v3/ious/list?from=home#bills', 'jd-baitiao', true],
  ['http://baitiao.jd.com/v3/ious/list', undefined, false],
  ['https://sub.baitiao.jd.com/', undefined, false],
  ['https://baitiao.jd.com.evil.example/v3/ious/list', undefined, false],
  ['https://evil.example/?next=https://baitiao.jd.com/', undefined, false],
  ['https://evil.example/baitiao.jd.com/', undefined, false],
  ['https://jd.com/', undefined, false],
  ['https://www.jd.com/', undefined, false],
  ['https://jr.jd.com/', 'jd-finance', true],
  ['https://jr.jd.com/credit/index?x=1#top', 'jd-finance', true],
  ['https://jr.jd.com.cn/', undefined, false],
  ['https://my.alipay.com/portal/i.htm', 'alipay-huabei', true],
  ['https://my.alipay.com/portal/i.htm?referer=https%3A%2F%2Fevil.example', 'alipay-huabei', true],
  ['https://my.alipay.com/portal/', 'alipay-huabei', true],
  ['https://my.alipay.com/portal', undefined, true], // the host, not the adapter's pages
  ['https://my.alipay.com/account/index.htm', undefined, true],
  ['https://my.alipay.com/index.htm?next=/portal/i.htm', undefined, true],
  ['http://my.alipay.com/portal/i.htm', undefined, false],
  ['https://alipay.com/portal/i.htm', undefined, false],
  ['https://notmy.alipay.com/portal/i.htm', undefined, false],
  ['https://alipay.com.evil.example/portal/i.htm', undefined, false],
  ['https://my.alipay.com.evil.example/portal/i.htm', undefined, false],
  ['https://creditcard.cmbc.com.cn/', 'cmbc-credit-card', true],
  ['https://creditcard.cmbc.com.cn/home/cn/web/index.shtml?tab=2', 'cmbc-credit-card', true],
  ['https://www.cmbc.com.cn/', undefined, false],
  ['https://creditcard.cmbc.com.cn.evil.example/', undefined, false],
  ['https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport', 'pboc-credit-report', true],
  ['https://ipcrs.pbccrc.org.cn/', 'pboc-credit-report', true],
  ['http://ipcrs.pbccrc.org.cn/', undefined, false],
  ['https://h5.lender.example/quota', undefined, false],
  ['http://127.0.0.1:41234/credit-line.html', undefined, false],
  ['file:///home/me/baitiao.jd.com/list.html', undefined, false],
];

describe('every adapter’s patterns against a table of addresses', () => {
  const patterns = adapterMatches();
  const scripts = adapterScripts();

  it('names every adapter at least once', () => {
    expect(new Set(PAGES.map(([, owner]) => owner).filter(Boolean))).toEqual(new Set(adapters.map((a) => a.id)));
  });

  it.each(PAGES)('%s → %s (built in: %s)', (href, owner, covered) => {
    const url = new URL(href);
    const adapter = adapters.find((a) => a.id === owner);
    // The content scripts: the registry's and lenders.js's own choice.
    expect(pickAdapter(url, adapters)?.id).toBe(owner);
    expect(pickAdapter(url, lenderAdapters)?.id).toBe(adapter?.bundle === 'lenders' ? owner : undefined);
    // The background: reads exactly the owned pages (no tracked sites here), with the owner's script.
    expect(isEnabledPage(href, patterns, [])).toBe(owner !== undefined);
    expect(scriptFor(href, scripts)).toBe(adapter ? scriptFile(adapter) : CONTENT_SCRIPT_FILE);
    // The popup: a page an adapter owns is always on a built-in site.
    expect(originCoveredBy(patterns, url.origin)).toBe(covered);
    if (owner) expect(covered).toBe(true);
  });

  it('reads every adapter pattern as WXT’s MatchPattern does, on every address of the table', () => {
    // The patterns end in `*`, so WXT leaving out the query string makes no difference here.
    for (const pattern of patterns) {
      for (const [href] of PAGES) {
        const url = new URL(href);
        const theirs = url.protocol === 'file:' ? false : new MatchPattern(pattern).includes(url.href);
        expect(matchPattern(pattern, url), `${pattern} ${href}`).toBe(theirs);
      }
    }
  });
});
