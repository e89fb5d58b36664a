// Which pages are read, and by which script: a built-in adapter's pages (path included) and the
// sites the person granted, nothing else; the popup's list of tracked sites.
import { describe, expect, it } from 'vitest';
import { adapterScripts } from '../../utils/adapters/registry';
import { isEnabledPage, scriptFor, trackedFrom } from '../../utils/site-routing';

const MANIFEST = ['https://baitiao.jd.com/*', 'https://my.alipay.com/portal/*'];
const ADAPTERS = ['https://baitiao.jd.com/*', 'https://*.alipay.com/portal/*'];

describe('isEnabledPage', () => {
  const tracked = ['https://h5.lender.example', 'http://127.0.0.1', 'http://localhost:8080'];
  it.each([
    ['https://baitiao.jd.com/v3/ious/list', true],
    ['https://baitiao.jd.com/', true],
    ['https://my.alipay.com/portal/i.htm?x=1', true],
    ['https://my.alipay.com/account/index.htm', false], // the adapter's host, not its pages
    ['http://baitiao.jd.com/v3/ious/list', false], // wrong scheme
    ['https://baitiao.jd.com.evil.example/', false],
    ['https://h5.lender.example/quota#top', true],
    ['http://h5.lender.example/quota', false],
    ['https://sub.h5.lender.example/quota', false],
    ['http://127.0.0.1:41234/credit-line.html', true], // a host permission without a port covers every port
    ['http://localhost:8080/x', true],
    ['http://localhost:9090/x', false],
    ['https://other.example/', false],
    ['chrome://extensions/', false],
    ['file:///home/me/saved.html', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isEnabledPage(url, MANIFEST, tracked)).toBe(expected);
  });
});

describe('which script a page gets', () => {
  const scripts = adapterScripts();

  it.each([
    ['https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport', '/content-scripts/credit-report.js'],
    ['https://ipcrs.pbccrc.org.cn/', '/content-scripts/credit-report.js'],
    ['https://baitiao.jd.com/v3/ious/list', '/content-scripts/lenders.js'],
    ['https://my.alipay.com/portal/i.htm', '/content-scripts/lenders.js'],
    ['https://h5.lender.example/quota', '/content-scripts/content.js'], // a tracked site
    ['not a url', '/content-scripts/content.js'],
  ])('%s → %s', (url, file) => {
    expect(scriptFor(url, scripts)).toBe(file);
  });
});

describe('trackedFrom', () => {
  it('keeps whole granted origins that no adapter reaches, sorted', () => {
    expect(
      trackedFrom(['https://z.example/*', 'https://my.alipay.com/*', 'https://a.example/*', '<all_urls>', 'https://*/*'], ADAPTERS),
    ).toEqual(['https://a.example', 'https://z.example']);
  });
});
