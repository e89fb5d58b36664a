// What the lenders' page adapters share, so that each is mostly data: the adapter record around a
// page reading (bundled into lenders.js), the page's words read once whatever asks for them, and an
// observation's amounts, rates, status and 提额 fields as the page states them.
import type { ExtractedObservation } from '../model/types';
import { detectIncrease, detectStatus, type PageText, readPage } from '../extract/status';
import type { Adapter } from './types';

export type PageStatus = ReturnType<typeof detectStatus>;
export type Amounts = Partial<Pick<ExtractedObservation, 'totalLimit' | 'availableLimit' | 'usedAmount'>>;
/** The account's price as the page prints it, as fractions (日利率 0.05 % → 0.0005). */
export type Rates = Partial<Pick<ExtractedObservation, 'dailyRate' | 'apr'>>;
/** Who an observation is about: its account and how the person calls it. */
export type Account = Pick<ExtractedObservation, 'accountId' | 'lender' | 'product' | 'kind'>;

/** The page's readable text, its status phrase and its 提额 entry, each read once when first asked. */
export interface PageWords {
  page(): PageText;
  status(): PageStatus;
  increase(): boolean | undefined;
}

const once = <T>(read: () => T): (() => T) => {
  let done = false;
  let value: T;
  return () => (done ? value! : ((done = true), (value = read())));
};

function pageWords(doc: Document): PageWords {
  const page = once(() => readPage(doc));
  return { page, status: once(() => detectStatus(doc, page())), increase: once(() => detectIncrease(doc, page())) };
}

/**
 * An observation of `account`: its amounts (and rates), then the page's status (unknown if it names
 * none) and 提额 entry.
 */
export function observationOf(account: Account, amounts: Amounts & Rates, status: PageStatus, increase?: boolean): ExtractedObservation {
  return {
    ...account,
    ...amounts,
    status: status?.status ?? 'unknown',
    ...(status && { statusText: status.text }),
    ...(increase !== undefined && { increaseAvailable: increase }),
  };
}

export interface LenderPage extends Omit<Adapter, 'bundle' | 'extract'> {
  /** The one account the page shows (its id is the adapter's), for `amounts`. */
  account?: Omit<Account, 'accountId'>;
  /**
   * Its amounts; none means the page shows no account (a login page saying 账户被锁定 speaks for no
   * card). With them the observation takes the rates, the status and the 提额 entry.
   */
  amounts?(doc: Document, words: PageWords): Amounts;
  /** Its rates where the page prints them in known places (`readRates` of label-reader.ts reads them by label). */
  rates?(doc: Document, words: PageWords): Rates;
  /**
   * Its status where the page states it in a known place (a badge, a state cell: `statusIn` of
   * label-reader.ts); undefined leaves the page's status phrases to say it, as on every page.
   */
  status?(doc: Document, words: PageWords): PageStatus;
  /**
   * Tried first: the observations of a page that lists accounts itself; undefined when it lists none.
   * It builds them itself (`observationOf`): `rates` and `status` are for the one `account`.
   */
  accounts?(doc: Document, words: PageWords): ExtractedObservation[] | undefined;
}

/** A lenders' page adapter (lenders.js) from its data and readers. */
export function lenderPage({ account, amounts, rates, status, accounts, ...adapter }: LenderPage): Adapter {
  return {
    ...adapter,
    bundle: 'lenders',
    extract(doc) {
      const words = pageWords(doc);
      const listed = accounts?.(doc, words);
      if (listed) return { observations: listed, events: [] };
      const found = (account && amounts?.(doc, words)) || {};
      if (!account || !Object.keys(found).length) return { observations: [], events: [] };
      const values = { ...found, ...rates?.(doc, words) };
      const stated = status?.(doc, words) ?? words.status();
      return { observations: [observationOf({ accountId: adapter.id, ...account }, values, stated, words.increase())], events: [] };
    },
  };
}
