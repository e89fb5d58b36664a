// Which account a screen shows: the product named in the title bar, else in the screen's own words
// (not its ads), else the app an Android file name names; a bank with one card tail on screen is that
// card. Ids come from the shared product table (utils/products.ts), the one the page adapters use.
// Nothing known: no account id, and the person picks one in the preview.
import { tailsIn } from '../extract/card-tail';
import type { ExtractedObservation } from '../model/types';
import { bankByKey, bankNamed, cardAccountId, PACKAGES, type Bank, type Product, PRODUCTS, productNamed } from '../products';
import { type Line, rightOf } from './layout';
import { isAd, STATUS_BAR } from './text';
import { packageFromName } from './time';

type Who = Pick<ExtractedObservation, 'accountId' | 'lender' | 'product' | 'kind'>;

const ofProduct = (p: Product): Who => ({ accountId: p.accountId, lender: p.lender, product: p.product, kind: p.kind });

function ofBank(bank: Bank, lines: readonly Line[]): Who {
  // Each line with the rest of its row: "尾号" and "8888" may come as two boxes.
  const rows = lines.filter((l) => !isAd(l.text)).map((l) => [l, ...rightOf(lines, l)].map((r) => r.text).join(' '));
  const tails = new Set(rows.flatMap((t) => tailsIn(t)));
  const [tail] = tails;
  // Two cards on one screen (a card list): no one card's id; the person picks.
  if (tail && tails.size === 1)
    return { accountId: cardAccountId(bank, tail), lender: bank.lender, product: `信用卡 尾号${tail}`, kind: 'credit-card' };
  return { lender: bank.lender, product: '信用卡', kind: 'credit-card' };
}

/** The title bar's line: the first line with Chinese words in the top sixth, under the status bar. */
export function titleLine(lines: readonly Line[], height: number): Line | undefined {
  return lines.find((l) => l.box[3] < height / 6 && !STATUS_BAR.test(l.text) && /[\u4e00-\u9fff]/.test(l.text));
}

export function whichAccount(lines: readonly Line[], height: number, fileName?: string): Who {
  const title = titleLine(lines, height);
  const own = lines.filter((l) => !isAd(l.text));
  const texts = [...(title ? [title.text] : []), ...own.map((l) => l.text)];
  for (const t of texts) {
    const p = productNamed(t);
    if (p) return ofProduct(p);
    const b = bankNamed(t);
    if (b) return ofBank(b, lines);
  }
  const app = fileName ? PACKAGES[packageFromName(fileName) ?? ''] : undefined;
  if (app?.product) return ofProduct(PRODUCTS[app.product]);
  const bank = app?.bank ? bankByKey(app.bank) : undefined;
  if (bank) return ofBank(bank, lines);
  return app?.lender ? { lender: app.lender } : {};
}
