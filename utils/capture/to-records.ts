// Turns what a content script extracted into the records the history stores. Pure: the page URL,
// `now` and the adapter registry are parameters. The background calls it only after the message
// passed zod and the sender check.
import { latestAccepted, tooFarAhead } from '../model/instant';
import type { Adapter } from '../adapters/types';
import { pickAdapter } from '../adapters/pick';
import { lenderForHost } from '../lender-hosts';
import type { Account, ExtractionResult, HistoryEvent, Observation } from '../model/types';

export interface RecordBatch {
  accounts: Account[];
  observations: Observation[];
  events: HistoryEvent[];
}

/**
 * Account id of a page read by the generic extractor: the site, then what identifies the line on the
 * page (a product or a card's tail), where it shows one: a bank's card list is one account per card.
 * Never the page's wording (its title, the lender's name): a title that changes (我的 → 我的额度) must
 * not start a new history.
 */
export function siteAccountId(host: string, product?: string): string {
  return ['site:' + host, product].filter(Boolean).join('/').slice(0, 80);
}

/** The lender of a tracked site's accounts: the name the person gave the site, else the lender its
 *  host belongs to, else the host. */
export function siteLender(host: string, siteName?: string): string {
  return siteName?.trim() || lenderForHost(host) || host;
}

function uniqueId(base: string, used: Map<string, number>): string {
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base.slice(0, 80 - String(n).length - 1)}#${n}`;
}

/**
 * The time a source dates its values to (a credit report's 报告时间), when it is a real instant in
 * the history's range and not after `now`: a report is never from the future, and a page's claim
 * cannot move a record past the moment it was read.
 */
export function sourceTime(at: string | undefined, now: Date): string | undefined {
  const t = at === undefined ? NaN : Date.parse(at);
  if (!Number.isFinite(t) || t < Date.UTC(2000, 0, 1) || t > now.getTime()) return undefined;
  return new Date(t).toISOString();
}

/**
 * `undefined` when the capture claims to come from an adapter that does not cover `pageUrl`: a page
 * must not be able to write into another lender's account.
 */
export function captureToRecords(
  result: ExtractionResult,
  pageUrl: URL,
  now: Date,
  registry: readonly Adapter[],
  siteName?: string,
): RecordBatch | undefined {
  const adapter = pickAdapter(pageUrl, registry);
  if (result.adapter !== (adapter?.id ?? 'generic')) return undefined;
  const at = now.toISOString();
  const url = pageUrl.origin + pageUrl.pathname; // no query or fragment: they may carry session tokens
  const accounts = new Map<string, Account>();
  const observations: Observation[] = [];
  const used = new Map<string, number>();
  for (const o of result.observations) {
    const { lender, product, accountId, kind, at: datedAt, ...values } = o;
    const base = adapter && accountId ? accountId : siteAccountId(pageUrl.hostname, product);
    // Two rows of one page that name the same account (two cards both called 白金卡) are two
    // accounts: one capture's observations share `at`, so a second under the same id could not be
    // stored. The n-th gets `#n`, in page order.
    const id = uniqueId(base, used);
    if (!accounts.has(id)) {
      accounts.set(id, {
        id,
        // An adapter knows its lender; a tracked page's own words never name one.
        lender: adapter && lender ? lender : siteLender(pageUrl.hostname, siteName),
        ...(product !== undefined && { product }),
        ...(kind !== undefined && { kind }),
      });
    }
    observations.push({ accountId: id, at: sourceTime(datedAt, now) ?? at, ...values, source: adapter?.source ?? 'page', url });
  }
  // An event may name only an account this same capture describes. A page's date more than a day
  // ahead is a misreading or a forgery (model/instant.ts): left out, not stored.
  const latest = latestAccepted(now);
  const events: HistoryEvent[] = result.events
    .filter((e) => !tooFarAhead(e.at, latest))
    .map(({ accountId, ...e }) => ({
      ...e,
      ...(accountId !== undefined && accounts.has(accountId) && { accountId }),
      source: adapter?.source ?? 'page',
    }));
  return { accounts: [...accounts.values()], observations, events };
}
