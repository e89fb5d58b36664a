// The one match-pattern reader, and the three places that use it agreeing on every built-in
// adapter's pages: lenders.js's choice of adapter (pickAdapter), the background's injection
// (isEnabledPage, scriptFor) and the popup's "already built in" (originCoveredBy).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { lenderAdapters } from '../../utils/adapters/lender-registry';
import { pickAdapter } from '../../utils/adapters/pick';
import { adapterMatches, adapters, adapterScripts, scriptFile } from '../../utils/adapters/registry';
import type { Adapter } from '../../utils/adapters/types';
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

// The addresses come from the registry and the fixtures, so a new adapter is checked with nothing
// added here: [address, the adapter that owns the page (reads it), whether the popup counts its site
// as built in]. Each adapter's home page and its fixture pages' addresses (also with another port,
// case, query and fragment) are its own; look-alikes of each pattern (another scheme, a host that
// merely contains its host, a sub- or parent domain, its path only in the query or fragment) are no
// adapter's; the generic fixtures' addresses are no adapter's.
type Page = [href: string, owner: string | undefined, covered: boolean];
const FIXTURES = 'tests/fixtures/pages';
const fixtureUrls = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { url: string; result: { adapter: string } })
  .map(({ url, result }) => [url, result.adapter] as const);
const PATTERN = /^(\*|https?):\/\/([^/]+)(\/.*)$/;

/** A naive reading of "some adapter other than `a` may read pages on `host`", to leave such look-alikes out. */
const claimedElsewhere = (a: Adapter, host: string): boolean =>
  adapters.some(
    (b) =>
      b !== a &&
      b.matches.some((m) => {
        const h = PATTERN.exec(m)?.[2] ?? '';
        return h === '*' || h === host || (h.startsWith('*.') && (host === h.slice(2) || host.endsWith(h.slice(1))));
      }),
  );

const unique = (pages: Page[]): Page[] => [...new Map(pages.map((p) => [p[0], p])).values()];

function addressesOf(a: Adapter): Page[] {
  const own = [a.home, ...fixtureUrls.filter(([, id]) => id === a.id).map(([url]) => url)];
  const out: Page[] = own.flatMap((href): Page[] => {
    const u = new URL(href);
    const variants = [
      href,
      `${u.protocol}//${u.host.toUpperCase()}:8443${u.pathname}${u.search}`,
      `${href.replace(/#.*$/, '')}${u.search ? '&' : '?'}from=home#bills`,
    ];
    return variants.map((v) => [v, a.id, true]);
  });
  for (const m of a.matches) {
    const [, scheme, host, path] = PATTERN.exec(m)!;
    const page = path!.replace(/\*/g, 'x');
    const exact = !host!.startsWith('*.');
    const bare = host!.replace(/^\*\./, '');
    const away = (h: string, rest = page): Page | [] => (claimedElsewhere(a, h) ? [] : [`https://${h}${rest}`, undefined, false]);
    out.push(
      ...[
        scheme === 'https' && !claimedElsewhere(a, bare) ? ([`http://${bare}${page}`, undefined, false] as Page) : [],
        away(`${bare}.evil.example`),
        ['https://evil.example/?next=' + encodeURIComponent(`https://${bare}${page}`), undefined, false] as Page,
        [`https://evil.example/${bare}${page}`, undefined, false] as Page,
        exact ? away(`sub.${bare}`) : [],
        exact && bare.split('.').length > 2 ? away(bare.slice(bare.indexOf('.') + 1), '/') : [],
      ].filter((p): p is Page => p.length > 0),
    );
    // A pattern with a path: the rest of its host is not its pages, but the site is built in.
    const prefix = path!.replace(/\*.*$/, '');
    if (prefix !== '/' && exact && !claimedElsewhere(a, bare)) {
      const origin = `https://${bare}`;
      const trimmed = prefix.replace(/\/$/, '');
      out.push(
        ...(trimmed ? [[origin + trimmed, undefined, true] as Page] : []),
        [`${origin}/other?next=${prefix}x`, undefined, true],
        [`${origin}/other#${prefix}x`, undefined, true],
      );
    }
  }
  return out;
}

const PAGES: Page[] = unique([
  ...adapters.flatMap(addressesOf),
  ...fixtureUrls.filter(([, id]) => id === 'generic').map(([url]): Page => [url, undefined, false]),
  ['http://127.0.0.1:41234/credit-line.html', undefined, false],
  ['file:///home/me/baitiao.jd.com/list.html', undefined, false],
]);

describe('every adapter’s patterns against a table of addresses', () => {
  const patterns = adapterMatches();
  const scripts = adapterScripts();

  it('gives every adapter pages of its own and look-alikes of them', () => {
    for (const a of adapters) {
      const pages = addressesOf(a);
      expect(pages.filter(([, owner]) => owner === a.id).length, a.id).toBeGreaterThan(0);
      expect(pages.filter(([, owner]) => owner === undefined).length, a.id).toBeGreaterThan(0);
    }
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
