// The drawn screens of the second set (tests/fixtures/screens-heldout/), one file per family.
import { BANKS_OTHER } from './banks-other';
import { LENDERS } from './lenders';
import { MORE } from './more';
import { THIRD } from './third';
import { WECHAT_ALIPAY } from './wechat-alipay';

export type { Drawn, Op } from './kit';
export const DRAWN = [...WECHAT_ALIPAY, ...LENDERS, ...BANKS_OTHER, ...MORE, ...THIRD];
