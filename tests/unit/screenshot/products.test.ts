// One product table for pages, bills and screenshots: every account id a page adapter writes is in
// it, so a screenshot of the same product meets the same account.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alipayHuabei } from '../../../utils/adapters/alipay-huabei';
import { cmbcCreditCard } from '../../../utils/adapters/cmbc-credit-card';
import { JD_LINES } from '../../../utils/adapters/jd-baitiao';
import { BILL_ACCOUNTS } from '../../../utils/bills/accounts';
import { bankByKey, bankNamed, BANKS, cardAccountId, PACKAGES, productById, productNamed, PRODUCTS } from '../../../utils/products';

const PAGES = join(__dirname, '../../fixtures/pages');

describe('the product table', () => {
  it('holds every account id the page adapters write in their fixtures, with the same lender', () => {
    const seen = new Set<string>();
    for (const f of readdirSync(PAGES).filter((n) => n.endsWith('.expected.json'))) {
      const text = readFileSync(join(PAGES, f), 'utf8');
      for (const m of text.matchAll(/"accountId":\s*"([^"]+)"[^}]*?"lender":\s*"([^"]+)"/g)) {
        const [, id = '', lender] = m;
        // pboc: credit-report ids; a bare cmbc-credit-card is the adapter's one-card page.
        if (id.startsWith('pboc:') || id === cmbcCreditCard.id) continue;
        seen.add(id);
        const card = /^([a-z]+)-credit-card:(\d{4})$/.exec(id);
        const expected = card ? bankByKey(card[1]!)?.lender : productById(id)?.lender;
        expect(expected, id).toBe(lender);
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['alipay-huabei', 'jd-baitiao', 'jd-jintiao', 'cmbc-credit-card:1234']));
  });

  it('gives the adapters their ids', () => {
    expect(alipayHuabei.id).toBe(PRODUCTS.huabei.accountId);
    expect(JD_LINES.map((l) => [l.accountId, l.lender, l.product, l.kind])).toEqual(
      [PRODUCTS.baitiao, PRODUCTS.jintiao].map((p) => [p.accountId, p.lender, p.product, p.kind]),
    );
    expect(cardAccountId(bankNamed('民生银行信用卡')!, '5678')).toBe(`${cmbcCreditCard.id}:5678`);
  });

  it('agrees with the bill importer on the products both know', () => {
    for (const a of BILL_ACCOUNTS) expect(productById(a.id), a.id).toMatchObject({ lender: a.lender, product: a.product, kind: a.kind });
  });

  it('finds products and banks by the names screens show', () => {
    expect(productNamed('京东白条')?.accountId).toBe('jd-baitiao');
    expect(productNamed('京东金条')?.accountId).toBe('jd-jintiao');
    expect(productNamed('招联好期贷')?.accountId).toBe('zhaolian-haoqidai');
    expect(productNamed('度小满')?.accountId).toBe('duxiaoman-youqianhua');
    expect(productNamed('去借钱')).toBeUndefined();
    expect(bankNamed('中国建设银行')?.key).toBe('ccb');
    expect(bankNamed('中国银行')?.key).toBe('boc');
    expect(bankNamed('掌上生活')?.key).toBe('cmb');
    expect(bankNamed('微众银行')).toBeUndefined();
  });

  it('has unique ids and names, and packages that point into the table', () => {
    const ids = Object.values(PRODUCTS).map((p) => p.accountId);
    expect(new Set(ids).size).toBe(ids.length);
    const names = [...Object.values(PRODUCTS).flatMap((p) => p.names), ...BANKS.flatMap((b) => b.names)];
    expect(new Set(names).size).toBe(names.length);
    for (const app of Object.values(PACKAGES)) {
      if (app.product) expect(PRODUCTS[app.product]).toBeDefined();
      if (app.bank) expect(bankByKey(app.bank)).toBeDefined();
    }
  });
});
