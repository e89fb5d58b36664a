// The screens of the test set, one file per family of apps. Figures in a truth's `ads` appear on the
// screen but are never the person's.
import { ALIPAY_WECHAT } from './alipay-wechat';
import { MEITUAN_JD } from './meituan-jd';
import { MORE_LENDERS } from './more-lenders';
import { BANK_CARDS } from './bank-cards';
import { NO_ACCOUNT } from './no-account';

export type { Screen, Size, Truth, TruthObservation } from './screen-types';
export { SIZES } from './screen-types';

export const SCREENS = [...ALIPAY_WECHAT, ...MEITUAN_JD, ...MORE_LENDERS, ...BANK_CARDS, ...NO_ACCOUNT];
