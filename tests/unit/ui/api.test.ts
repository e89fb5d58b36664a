import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { send, webOrigin } from '../../../utils/ui/api';

afterEach(() => vi.restoreAllMocks());

describe('send', () => {
  it('passes a reply through', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, origins: ['https://a.example'] } as never);
    expect(await send({ type: 'ui:tracked-sites' })).toEqual({ ok: true, origins: ['https://a.example'] });
  });

  it('turns a throw or a missing reply into internal', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await send({ type: 'ui:dashboard' })).toEqual({ ok: false, code: 'internal' });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce(undefined as never);
    expect(await send({ type: 'ui:dashboard' })).toEqual({ ok: false, code: 'internal' });
  });
});

describe('webOrigin', () => {
  it('keeps http(s) origins only', () => {
    expect(webOrigin('https://baitiao.jd.com/v3/ious?x=1')).toBe('https://baitiao.jd.com');
    expect(webOrigin('http://localhost:8080/a')).toBe('http://localhost:8080');
    for (const u of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', undefined]) {
      expect(webOrigin(u)).toBeUndefined();
    }
  });
});
