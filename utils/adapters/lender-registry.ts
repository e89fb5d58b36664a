import { alipayHuabei } from './alipay-huabei';
import { cmbcCreditCard } from './cmbc-credit-card';
import { jdBaitiao } from './jd-baitiao';
import { jdFinance } from './jd-finance';
import type { Adapter } from './types';

/**
 * The lenders' page adapters, bundled together into lenders.js (entrypoints/lenders.content.ts):
 * each has `bundle: 'lenders'`. A separate module so that no other script imports them.
 */
export const lenderAdapters: readonly Adapter[] = [jdBaitiao, alipayHuabei, cmbcCreditCard, jdFinance];
