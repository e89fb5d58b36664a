import { describe, expect, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureToRecords, siteAccountId } from '../../../utils/capture/to-records';

const now = new Date('2026-11-23T08:00:00.000Z');

describe('captureToRecords', () => {
  it('keeps an adapter account id only on that adapter’s pages', () => {
    const result = {
      adapter: 'jd-baitiao',
      observations: [
        {
          accountId: 'jd-baitiao',
          lender: '京东',
          product: '白条',
          kind: 'pay-later' as const,
          totalLimit: 30000,
          status: 'normal' as const,
        },
      ],
      events: [],
    };
    const batch = captureToRecords(result, new URL('https://baitiao.jd.com/v3/ious/list?token=secret#x'), now, adapters);
    expect(batch?.accounts).toEqual([{ id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' }]);
    expect(batch?.observations).toEqual([
      {
        accountId: 'jd-baitiao',
        at: now.toISOString(),
        totalLimit: 30000,
        status: 'normal',
        source: 'page',
        url: 'https://baitiao.jd.com/v3/ious/list',
      },
    ]);
    // The same claim from any other site is refused.
    expect(captureToRecords(result, new URL('https://evil.example/'), now, adapters)).toBeUndefined();
  });

  it('gives generic captures a per-site account, ignoring a page-chosen account id and lender', () => {
    const result = {
      adapter: 'generic',
      observations: [{ accountId: 'jd-baitiao', lender: '我的', totalLimit: 1, status: 'normal' as const }],
      events: [],
    };
    const batch = captureToRecords(result, new URL('https://h5.lender.example/credit'), now, adapters);
    expect(batch?.accounts[0]).toEqual({ id: 'site:h5.lender.example', lender: 'h5.lender.example' });
    expect(batch?.observations[0]?.accountId).toBe('site:h5.lender.example');
  });

  it('names a tracked site’s accounts by the person’s name for it, else its host’s lender, else the host', () => {
    const result = { adapter: 'generic', observations: [{ totalLimit: 1, status: 'normal' as const }], events: [] };
    const at = (url: string, name?: string) => captureToRecords(result, new URL(url), now, adapters, name)?.accounts[0];
    expect(at('https://h5.lender.example/credit', '星河借款')).toEqual({ id: 'site:h5.lender.example', lender: '星河借款' });
    expect(at('https://creditcard.cmbchina.com/card')).toEqual({ id: 'site:creditcard.cmbchina.com', lender: '招商银行' });
    expect(at('https://creditcard.cmbchina.com/card', '招行信用卡')).toEqual({ id: 'site:creditcard.cmbchina.com', lender: '招行信用卡' });
    expect(at('https://wx.mail.qq.com/home')).toEqual({ id: 'site:wx.mail.qq.com', lender: 'wx.mail.qq.com' });
  });

  it('keeps one history whatever the page’s title says: the id is the host and the line', () => {
    const capture = (lender: string) =>
      captureToRecords(
        { adapter: 'generic', observations: [{ lender, totalLimit: 1, status: 'normal' as const }], events: [] },
        new URL('https://h5.lender.example/quota'),
        now,
        adapters,
      );
    expect(capture('我的')?.accounts[0]?.id).toBe(capture('我的额度')?.accounts[0]?.id);
  });

  it('names a site account by the host and what identifies the line', () => {
    expect(siteAccountId('bank.example', '尾号1234')).toBe('site:bank.example/尾号1234');
    expect(siteAccountId('bank.example')).toBe('site:bank.example');
    expect(siteAccountId('x'.repeat(100)).length).toBe(80);
  });

  it('keeps two rows that name the same account apart (two cards both called 白金卡)', () => {
    const card = { product: '白金卡', totalLimit: 1, status: 'normal' as const };
    const batch = captureToRecords(
      { adapter: 'generic', observations: [card, { ...card, totalLimit: 2 }, card], events: [] },
      new URL('https://bank.example/cards'),
      now,
      adapters,
    )!;
    const base = siteAccountId('bank.example', '白金卡');
    expect(batch.observations.map((o) => o.accountId)).toEqual([base, `${base}#2`, `${base}#3`]);
    expect(batch.accounts.map((a) => a.id)).toEqual([base, `${base}#2`, `${base}#3`]);
  });

  it('keeps an event’s account only when the capture describes that account', () => {
    const at = '2026-11-01T00:00:00.000Z';
    const result = {
      adapter: 'jd-baitiao',
      observations: [{ accountId: 'jd-baitiao', lender: '京东', totalLimit: 1, status: 'normal' as const }],
      events: [
        { at, kind: 'borrow' as const, accountId: 'jd-baitiao', amount: 100 },
        { at, kind: 'borrow' as const, accountId: 'someone-else', amount: 100 },
      ],
    };
    const batch = captureToRecords(result, new URL('https://baitiao.jd.com/v3/ious/list'), now, adapters);
    expect(batch?.events).toEqual([
      { at, kind: 'borrow', accountId: 'jd-baitiao', amount: 100, source: 'page' },
      { at, kind: 'borrow', amount: 100, source: 'page' },
    ]);
  });

  it('refuses a generic capture claiming an adapter the URL does not fit', () => {
    expect(
      captureToRecords({ adapter: 'alipay-huabei', observations: [], events: [] }, new URL('https://baitiao.jd.com/'), now, adapters),
    ).toBeUndefined();
  });
});
