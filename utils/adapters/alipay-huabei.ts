import type { ExtractedObservation } from '../model/types';
import { parseAmount } from '../extract/numbers';
import { detectIncrease, detectStatus, readPage } from '../extract/status';
import type { Adapter } from './types';

// 花呗 on the Alipay portal (my.alipay.com/portal/i.htm): `#credit-amount-container` (总额度) and
// `#available-amount-container` (可用额度), hidden until a click and filled late. The digits may be
// drawn with an obfuscating web font, in which case the text is not the number: we record nothing
// rather than garbage.
const FIELDS = [
  ['totalLimit', '#credit-amount-container'],
  ['availableLimit', '#available-amount-container'],
] as const;

/** Plain amounts only: digits, separators, ¥/元 and spaces. Anything else (private-use glyphs from
 *  an icon font, letters) means the text is drawn by a font and is not the value. */
const PLAIN_AMOUNT = /^[\s¥￥0-9.,，元]*$/;

function readAmount(doc: Document, selector: string): number | undefined {
  const el = doc.querySelector(selector);
  const text = el?.textContent?.trim() ?? '';
  if (!text || !PLAIN_AMOUNT.test(text)) return undefined;
  if (el?.closest('[data-font-obfuscated], .font-obfuscated')) return undefined;
  return parseAmount(text);
}

export const alipayHuabei: Adapter = {
  id: 'alipay-huabei',
  name: { zh: '花呗（支付宝个人主页）', en: 'Huabei (Alipay portal)' },
  matches: ['https://my.alipay.com/portal/*'],
  home: 'https://my.alipay.com/portal/i.htm',
  bundle: 'lenders',
  extract(doc) {
    const values: Partial<Record<(typeof FIELDS)[number][0], number>> = {};
    for (const [field, selector] of FIELDS) {
      const v = readAmount(doc, selector);
      if (v !== undefined) values[field] = v;
    }
    if (values.totalLimit === undefined && values.availableLimit === undefined) return { observations: [], events: [] };
    const text = readPage(doc);
    const status = detectStatus(doc, text);
    const increase = detectIncrease(doc, text);
    const observation: ExtractedObservation = {
      accountId: 'alipay-huabei',
      lender: '支付宝',
      product: '花呗',
      kind: 'pay-later',
      ...values,
      status: status?.status ?? 'unknown',
      ...(status && { statusText: status.text }),
      ...(increase !== undefined && { increaseAvailable: increase }),
    };
    return { observations: [observation], events: [] };
  },
};
