// What the lenders' page adapters share, so that each is mostly data: the adapter record around a
// page reading (bundled into lenders.js), the page's words read once whatever asks for them, and an
// observation's status and 提额 fields as the page states them.
import type { ExtractedObservation } from '../model/types';
import { detectIncrease, detectStatus, type PageText, readPage } from '../extract/status';
import type { Adapter } from './types';

export type PageStatus = ReturnType<typeof detectStatus>;
export type Amounts = Partial<Pick<ExtractedObservation, 'totalLimit' | 'availableLimit' | 'usedAmount'>>;
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

/** An observation of `account`: its amounts, then the page's status (unknown if it names none) and 提额 entry. */
export function observationOf(account: Account, amounts: Amounts, status: PageStatus, increase?: boolean): ExtractedObservation {
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
   * card). With them the observation takes the page's status and 提额 entry.
   */
  amounts?(doc: Document, words: PageWords): Amounts;
  /** Tried first: the observations of a page that lists accounts itself; undefined when it lists none. */
  accounts?(doc: Document, words: PageWords): ExtractedObservation[] | undefined;
}

/** A lenders' page adapter (lenders.js) from its data and readers. */
export function lenderPage({ account, amounts, accounts, ...adapter }: LenderPage): Adapter {
  return {
    ...adapter,
    bundle: 'lenders',
    extract(doc) {
      const words = pageWords(doc);
      const listed = accounts?.(doc, words);
      if (listed) return { observations: listed, events: [] };
      const found = (account && amounts?.(doc, words)) || {};
      if (!account || !Object.keys(found).length) return { observations: [], events: [] };
      return { observations: [observationOf({ accountId: adapter.id, ...account }, found, words.status(), words.increase())], events: [] };
    },
  };
}
