// Keeps the chart digests (chart-digest.ts) in step with their pages: every writer of observation
// pages or subject pages writes through one of these wrappers, which put or delete the page's digest
// in the same transaction as the page itself. A writer that took the bare store would leave a stale
// digest behind, so the writers name only these (tests/unit/storage/chart-digests.test.ts compares
// the digests with a recomputation after every kind of write).
import type { EventDigest, EventSubjectMonth, ObservationDigest, ObservationMonth } from './schema';
import { digestEvents, digestObservations } from './chart-digest';

/** What writing digests needs of their store: a readwrite transaction's. */
export interface DigestWriter<D> {
  put(digest: D): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

interface PageWriter<P> {
  put(page: P): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

/** What the observation writers use of the page store (a readwrite transaction's). */
export interface ObservationPageStore extends PageWriter<ObservationMonth> {
  get(key: [string, string]): Promise<ObservationMonth | undefined>;
  getAll(query?: IDBKeyRange): Promise<ObservationMonth[]>;
  openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: ObservationMonth } | null>;
}

/** Both requests are issued before either is awaited; one failing rejects (the transaction aborts).
 *  The second may throw as it is issued (a full disk): the first, aborted with the transaction, is
 *  then already handled, so only the second's failure reaches the writer. */
function both(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<unknown> {
  const first = a();
  first.catch(() => undefined);
  return Promise.all([first, b()]);
}

/** The observation page store, with each page's digest written beside it. Reads go to the pages. */
export function withObservationDigests(pages: ObservationPageStore, digests: DigestWriter<ObservationDigest>): ObservationPageStore {
  return {
    get: (key) => pages.get(key),
    getAll: (query) => pages.getAll(query),
    openCursor: (query, direction) => pages.openCursor(query, direction),
    put: (page) =>
      both(
        () => pages.put(page),
        () => digests.put(digestObservations(page)),
      ),
    delete: (key) =>
      both(
        () => pages.delete(key),
        () => digests.delete(key),
      ),
  };
}

/** The subject page store, with each page's digest written beside it. */
export function withEventDigests(
  subjects: PageWriter<EventSubjectMonth>,
  digests: DigestWriter<EventDigest>,
): PageWriter<EventSubjectMonth> {
  return {
    put: (page) =>
      both(
        () => subjects.put(page),
        () => digests.put(digestEvents(page)),
      ),
    delete: (key) =>
      both(
        () => subjects.delete(key),
        () => digests.delete(key),
      ),
  };
}
