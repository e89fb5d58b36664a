import { alipayHuabei } from './alipay-huabei';
import { jdBaitiao } from './jd-baitiao';
import type { Adapter } from './types';

/**
 * The adapters bundled into content.js (entrypoints/content.ts): those without a `bundle` of their
 * own. A separate module so that content.js does not import the others at all.
 */
export const contentAdapters: readonly Adapter[] = [jdBaitiao, alipayHuabei];
