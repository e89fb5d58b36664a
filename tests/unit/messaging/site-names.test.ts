// Tracked sites are named by the person (prefilled from the host): the name is the lender of the
// site's accounts, given when tracking and changeable later; renaming renames the stored accounts.
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../../../utils/messaging/sender';
import { checkSiteNames, withSiteName } from '../../../utils/site-names';
import { freshDb, storedObservations } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const siteTab: SenderLike = { id: ID, url: 'https://h5.lender.example/credit', tab: { id: 5 }, frameId: 0 };
const cardTab: SenderLike = { id: ID, url: 'https://creditcard.cmbchina.com/card', tab: { id: 6 }, frameId: 0 };
const capture = (url: string, title: string, product?: string) => ({
  type: 'cs:capture',
  url,
  // An old content script could still send a title-derived lender: it is never used.
  result: {
    adapter: 'generic',
    events: [],
    observations: [{ lender: title, ...(product && { product }), totalLimit: 10000, status: 'unknown' }],
  },
});

async function setup() {
  const db = await freshDb();
  let names: Record<string, string> = {};
  const order: string[] = [];
  let minute = 0;
  const handle = handlerFor(db, {
    // A minute between two messages: two captures are two views.
    now: () => new Date(Date.UTC(2026, 10, 23, 8, minute++)),
    sites: {
      list: async () => Object.keys(names),
      track: async (origin) => (order.push(`track ${origin}`), true),
      untrack: async () => undefined,
      names: async () => names,
      setName: async (origin, name) => {
        order.push(`name ${origin}`);
        names = withSiteName(names, origin, name);
      },
    },
  });
  return { db, handle, order, names: () => names };
}

describe('site names', () => {
  it('stores the name given when tracking before the tab is read, and lists it with the sites', async () => {
    const { handle, order } = await setup();
    expect(await handle({ type: 'ui:track-site', origin: 'https://h5.lender.example', tabId: 5, name: ' 星河借款 ' }, popup)).toEqual({
      ok: true,
    });
    expect(order).toEqual(['name https://h5.lender.example', 'track https://h5.lender.example']);
    expect(await handle({ type: 'ui:tracked-sites' }, popup)).toEqual({
      ok: true,
      origins: ['https://h5.lender.example'],
      names: { 'https://h5.lender.example': '星河借款' },
    });
  });

  it('names captured accounts by the site, whatever the page title says, in one history', async () => {
    const { db, handle } = await setup();
    await handle({ type: 'ui:track-site', origin: 'https://h5.lender.example', name: '星河借款' }, popup);
    await handle(capture(siteTab.url!, '我的'), siteTab);
    await handle(
      {
        ...capture(siteTab.url!, '我的额度'),
        result: {
          ...capture(siteTab.url!, '我的额度').result,
          observations: [{ lender: '我的额度', totalLimit: 8000, status: 'unknown' }],
        },
      },
      siteTab,
    );
    expect(await db.getAll('accounts')).toMatchObject([{ id: 'site:h5.lender.example', lender: '星河借款' }]);
    expect((await storedObservations(db)).map((o) => [o.accountId, o.totalLimit])).toEqual([
      ['site:h5.lender.example', 10000],
      ['site:h5.lender.example', 8000],
    ]);
    // A known lender's host needs no name.
    await handle(capture(cardTab.url!, '信用卡首页', '尾号8832'), cardTab);
    expect(await db.get('accounts', 'site:creditcard.cmbchina.com/尾号8832')).toMatchObject({ lender: '招商银行' });
  });

  it('renames every stored account of the site, and goes back to the host’s lender when the name is cleared', async () => {
    const { db, handle } = await setup();
    await handle(capture(cardTab.url!, 'x', '尾号8832'), cardTab);
    await handle(capture(cardTab.url!, 'x', '尾号1234'), cardTab);
    await handle(capture(siteTab.url!, 'x'), siteTab);
    expect(await handle({ type: 'ui:site-name', origin: 'https://creditcard.cmbchina.com', name: '招行信用卡' }, popup)).toEqual({
      ok: true,
      renamed: 2,
    });
    const lenders = async () => Object.fromEntries((await db.getAll('accounts')).map((a) => [a.id, a.lender]));
    expect(await lenders()).toEqual({
      'site:creditcard.cmbchina.com/尾号1234': '招行信用卡',
      'site:creditcard.cmbchina.com/尾号8832': '招行信用卡',
      'site:h5.lender.example': 'h5.lender.example',
    });
    expect(await handle({ type: 'ui:site-name', origin: 'https://creditcard.cmbchina.com', name: '' }, popup)).toEqual({
      ok: true,
      renamed: 2,
    });
    expect((await lenders())['site:creditcard.cmbchina.com/尾号8832']).toBe('招商银行');
  });

  it('refuses renames from content scripts and malformed ones', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'ui:site-name', origin: 'https://h5.lender.example', name: '甲' }, siteTab)).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(await handle({ type: 'ui:site-name', origin: 'javascript:alert(1)', name: '甲' }, popup)).toEqual({
      ok: false,
      code: 'bad-message',
    });
    expect(await handle({ type: 'ui:site-name', origin: 'https://h5.lender.example', name: '长'.repeat(81) }, popup)).toEqual({
      ok: false,
      code: 'bad-message',
    });
  });

  it('keeps only well-formed stored names', () => {
    expect(
      checkSiteNames({
        'https://a.example': ' 甲  乙 ',
        'https://b.example': '',
        'ftp://c.example': '丙',
        'https://d.example/x': '丁',
        'https://e.example': 5,
      }),
    ).toEqual({ 'https://a.example': '甲 乙' });
    expect(checkSiteNames(null)).toEqual({});
    expect(checkSiteNames(['x'])).toEqual({});
  });
});
