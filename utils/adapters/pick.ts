// Which adapter reads a page: the first whose WebExtension match patterns fit its address. Its own
// module, free of the generic extractor, so that lenders.js does not carry that.
import { matchPattern } from '../match-pattern';
import type { Adapter } from './types';

/** Picks the adapter whose URL patterns fit `url`; undefined leaves the page to the generic reader. */
export function pickAdapter(url: URL, registry: readonly Adapter[]): Adapter | undefined {
  return registry.find((a) => a.matches.some((m) => matchPattern(m, url)));
}
