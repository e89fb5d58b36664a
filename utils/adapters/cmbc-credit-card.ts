import type { ExtractedObservation } from '../model/types';
import { readHeaderTable } from '../extract/header-table';
import { bankByKey, cardAccountId } from '../products';
import { classifyStatus } from '../extract/status';
import { type Amounts, lenderPage, observationOf, type PageStatus } from './define';
import { amountOf, readFields } from './label-reader';

// 民生银行信用卡 web banking (creditcard.cmbc.com.cn). The account overview prints 信用额度, 可用额度,
// 本期应还金额, 最低还款额, 到期还款日 and 账单日 as label/value pairs; a page listing several cards has
// a table with a 卡号 column, one row per card. Bank pages show the debt negative (`-6,086.11`):
// parseAmount reads the size, which is what is owed.
const FIELDS = {
  totalLimit: ['信用额度', '固定额度'],
  availableLimit: ['可用额度'],
  // The statement balance the person owes is the vocabulary's "used / owed" amount. 最低还款额 is only
  // the least payment that avoids a late fee, not what is owed; the dates are not amounts.
  usedAmount: ['本期应还金额', '本期应还'],
} as const;
const COLUMNS = { ...FIELDS, card: ['卡号', '信用卡号', '卡片号码'], status: ['状态', '卡片状态', '账户状态'] } as const;
type Column = keyof typeof COLUMNS;
const CMBC = bankByKey('cmbc')!;
const BASE = { lender: CMBC.lender, kind: 'credit-card' } as const;
// `cmbc-credit-card:<tail>` per card: the shape utils/products.ts gives every bank's card.
const ID = 'cmbc-credit-card';
/** The capture message's cap (utils/messaging/protocol-schema.ts). */
const MAX_OBSERVATIONS = 50;

/** One observation per card of a card table; only the last four digits of a card number are kept. */
function cardRows(doc: Document, readable: Set<Element>, pageStatus: PageStatus): ExtractedObservation[] | undefined {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (!readable.has(table)) continue;
    let statusColumn = false;
    const rows = readHeaderTable<Column>(
      table,
      COLUMNS,
      (f) => ((statusColumn = f.has('status')), f.has('card') && (f.has('totalLimit') || f.has('availableLimit'))),
    );
    if (!rows) continue;
    const seen = new Set<string>();
    const out: ExtractedObservation[] = [];
    for (const row of rows) {
      const last4 = /(\d{4})\D*$/.exec(row.card ?? '')?.[1];
      if (!last4 || seen.has(last4)) continue; // two cards ending alike: the first one only
      const values: Amounts = {};
      for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
        const n = amountOf(row[key]);
        if (n !== undefined) values[key] = n;
      }
      // A row's own 状态 cell; a notice on the page only speaks for the cards when the table has none.
      const c = row.status ? classifyStatus(row.status) : undefined;
      const status = c ? { status: c.status, text: row.status!.slice(0, 200) } : statusColumn ? undefined : pageStatus;
      if (!Object.keys(values).length && !status) continue;
      seen.add(last4);
      out.push(observationOf({ accountId: cardAccountId(CMBC, last4), ...BASE, product: `信用卡 尾号${last4}` }, values, status));
    }
    if (out.length) return out.slice(0, MAX_OBSERVATIONS);
  }
  return undefined;
}

export const cmbcCreditCard = lenderPage({
  id: ID,
  name: { zh: '民生银行信用卡', en: 'CMBC credit card' },
  matches: ['https://creditcard.cmbc.com.cn/*'],
  home: 'https://creditcard.cmbc.com.cn/',
  account: { ...BASE, product: '信用卡' },
  accounts: (doc, words) => cardRows(doc, new Set(words.page().els), words.status()),
  amounts: (_doc, words) => readFields(words.page(), FIELDS),
});
