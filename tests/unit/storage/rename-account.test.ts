// Corrections: the person's name for an account stays, even when the same page is captured again.
import { describe, expect, it } from 'vitest';
import { captureToRecords } from '../../../utils/capture/to-records';
import { adapters } from '../../../utils/adapters/registry';
import { MAX_TEXT } from '../../../utils/model/history-schema';
import { exportHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { renameAccount } from '../../../utils/storage/rename-account';
import { renameSiteAccounts } from '../../../utils/storage/site-accounts';
import { account, FIXED_NOW, freshDb, observation, snapshot } from './helpers';

const page = new URL('https://h5.lender.example/credit');
const capture = (minute: number, totalLimit: number) =>
  captureToRecords(
    { adapter: 'generic', events: [], observations: [{ totalLimit, status: 'unknown' }] },
    page,
    new Date(Date.UTC(2026, 10, 23, 8, minute)),
    adapters,
    '星河借款',
  )!;

describe('renaming an account', () => {
  it('a tracked site’s account keeps the person’s name over later captures and a site rename', async () => {
    const db = await freshDb();
    await recordObservations(db, capture(0, 10000));
    expect(await db.get('accounts', 'site:h5.lender.example')).toMatchObject({ lender: '星河借款' });
    expect(await renameAccount(db, 'site:h5.lender.example', { lender: ' 星河 ', product: ' 备用金 ' })).toEqual({
      ok: true,
      value: { id: 'site:h5.lender.example', lender: '星河', product: '备用金' },
    });
    await recordObservations(db, capture(1, 9000));
    expect(await renameSiteAccounts(db, 'h5.lender.example', '别的名字')).toBe(0);
    const file = await exportHistory(db, FIXED_NOW);
    expect(file.accounts).toEqual([{ id: 'site:h5.lender.example', lender: '星河', product: '备用金' }]);
    expect(file.observations.map((o) => o.totalLimit)).toEqual([10000, 9000]);
    // Without a product, only the lender changes.
    expect(await renameAccount(db, 'site:h5.lender.example', { lender: '星河借款' })).toEqual({
      ok: true,
      value: { id: 'site:h5.lender.example', lender: '星河借款', product: '备用金' },
    });
    // Without the rename, the same capture does rename a site account (the newest site name wins).
    const other = await freshDb();
    await recordObservations(other, capture(0, 10000));
    await renameSiteAccounts(other, 'h5.lender.example', '别的名字');
    expect(await other.get('accounts', 'site:h5.lender.example')).toMatchObject({ lender: '别的名字' });
  });

  it('an adapter account keeps its name and stays without the product the person cleared', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account('jd-baitiao', { kind: undefined })], observations: [observation(0)], events: [] });
    await renameAccount(db, 'jd-baitiao', { lender: '京东（我的）', product: '' });
    await recordObservations(db, { accounts: [account()], observations: [observation(5, { totalLimit: 1 })], events: [] });
    // The kind, never named by the person, is still filled in.
    expect((await exportHistory(db, FIXED_NOW)).accounts).toEqual([{ id: 'jd-baitiao', lender: '京东（我的）', kind: 'pay-later' }]);
    expect(await db.get('accounts', 'jd-baitiao')).toMatchObject({ observationCount: 2 });
  });

  it('refuses an empty or over-long name and an unknown account, changing nothing', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] });
    const text = await snapshot(db);
    expect(await renameAccount(db, 'jd-baitiao', { lender: '  ' })).toEqual({
      ok: false,
      problem: { path: 'lender', expected: `text of 1 to ${MAX_TEXT} characters` },
    });
    expect(await renameAccount(db, 'jd-baitiao', { lender: '京东', product: 'x'.repeat(MAX_TEXT + 1) })).toEqual({
      ok: false,
      problem: { path: 'product', expected: `text of at most ${MAX_TEXT} characters` },
    });
    expect(await renameAccount(db, 'nobody', { lender: '京东' })).toEqual({
      ok: false,
      problem: { path: 'accountId', expected: 'an existing account' },
    });
    expect(await snapshot(db)).toBe(text);
    expect((await db.get('accounts', 'jd-baitiao'))!.namedByPerson).toBeUndefined();
  });
});
