// Schema version 3: tracked sites' account ids no longer carry the page's wording. Before, a
// generic capture was filed under `site:<host>/<lender from the page title>/<product>`, so a page
// whose title changed (我的 → 我的额度) started a new history. Now the id is the host and what
// identifies the line (`site:<host>/<product>`). This step maps every old id to its new one,
// merging accounts that become one, and keeps every observation, event and alert row.
//
// Self-contained on purpose (no imports of today's helpers): a released step must not change when
// today's code does. It awaits nothing but requests of the upgrade transaction.
import type { AlertRecord } from '../../model/alert-record';
import type { Observation } from '../../model/types';
import type { EventMonth, StoredAccount, StoredEvent, UpgradeTx } from '../schema';

type Tx = UpgradeTx; // with the stores later versions retired: version 3 still had `observations`

const MAX_ID = 80;

/** The id a `site:` account has from version 3 on (`#n` kept: two lines of one page named alike). */
export function siteIdV3(id: string, product: string | undefined): string {
  const suffix = /#(\d+)$/.exec(id);
  const n = suffix && Number(suffix[1]) >= 2 ? suffix[1]! : undefined;
  const body = (n ? id.slice(0, -n.length - 1) : id).slice('site:'.length);
  const host = body.split('/')[0] ?? body;
  const base = ['site:' + host, product].filter(Boolean).join('/').slice(0, MAX_ID);
  return n ? `${base.slice(0, MAX_ID - n.length - 1)}#${n}` : base;
}

/** The event content key as version 3 computes it (db.ts eventKey at the time). */
const keyOf = (e: StoredEvent): string =>
  JSON.stringify([
    e.at,
    e.kind,
    e.accountId ?? null,
    e.lender ?? null,
    e.amount ?? null,
    e.reason ?? null,
    e.outcome ?? null,
    e.full ?? null,
  ]);

const byAtKey = (a: StoredEvent, b: StoredEvent): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** One millisecond later, as an ISO string (a merged row that met another at the same instant). */
const later = (at: string): string => new Date(Date.parse(at) + 1).toISOString();

export async function migrateSiteIds(tx: Tx): Promise<void> {
  const accounts = tx.objectStore('accounts');
  const rows = await accounts.getAll();
  const renames = new Map<string, string>();
  for (const row of rows) {
    if (!row.id.startsWith('site:')) continue;
    const next = siteIdV3(row.id, row.product);
    if (next !== row.id) renames.set(row.id, next);
  }
  if (!renames.size) return;

  // Accounts: the rows that become one. The lender is the host until the next capture or the
  // person's name for the site says better (the old one was the page's title). Summary fields are
  // left out: the dashboard counts them again (account-summary.ts fillMissingSummaries).
  const targets = new Map<string, StoredAccount>();
  for (const row of rows) {
    const id = renames.get(row.id) ?? (row.id.startsWith('site:') && [...renames.values()].includes(row.id) ? row.id : undefined);
    if (id === undefined) continue;
    const host = id.slice('site:'.length).split(/[/#]/)[0]!;
    const had = targets.get(id);
    targets.set(id, {
      id,
      lender: host,
      ...((had?.product ?? row.product) !== undefined && { product: had?.product ?? row.product }),
      ...((had?.kind ?? row.kind) !== undefined && { kind: had?.kind ?? row.kind }),
    });
  }

  // Observations: moved under the new id; one that meets another row at the same instant moves a
  // millisecond on (its key must be unique), so that no row is lost.
  const observations = tx.objectStore('observations');
  const moved: Observation[] = [];
  for (const old of renames.keys()) {
    for (const o of await observations.getAll(IDBKeyRange.bound([old], [old, []]))) {
      moved.push(o);
      await observations.delete([old, o.at]);
    }
  }
  const taken = new Map<string, Set<string>>();
  for (const id of targets.keys()) {
    taken.set(id, new Set((await observations.getAllKeys(IDBKeyRange.bound([id], [id, []]))).map((k) => k[1])));
  }
  for (const o of moved) {
    const accountId = renames.get(o.accountId)!;
    const used = taken.get(accountId)!;
    let at = o.at;
    while (used.has(at)) at = later(at);
    used.add(at);
    const row: Observation = { ...o, accountId, at };
    if (row.lastSeenAt !== undefined && row.lastSeenAt < at) row.lastSeenAt = at;
    await observations.put(row);
  }
  for (const old of renames.keys()) await accounts.delete(old);
  for (const account of targets.values()) await accounts.put(account);

  // Events: the account they name, and so their content key, follow. A key met twice gets `#n`.
  const months = tx.objectStore('eventMonths');
  for (const page of await months.getAll()) {
    if (!page.events.some((e) => e.accountId !== undefined && renames.has(e.accountId))) continue;
    const keys = new Set(page.events.filter((e) => !(e.accountId !== undefined && renames.has(e.accountId))).map((e) => e.key));
    const events = page.events.map((e) => {
      if (e.accountId === undefined || !renames.has(e.accountId)) return e;
      const next: StoredEvent = { ...e, accountId: renames.get(e.accountId)! };
      let key = keyOf(next);
      for (let n = 2; keys.has(key); n++) key = `${keyOf(next)}#${n}`;
      keys.add(key);
      return { ...next, key };
    });
    const rewritten: EventMonth = { month: page.month, events: events.sort(byAtKey) };
    await months.put(rewritten);
  }

  // Alerts (`rule|accountId`): renamed with their account. Two that become one keep the one
  // updated last; the rules engine re-evaluates every alert at its next run anyway.
  const alerts = tx.objectStore('alerts');
  const all = await alerts.getAll();
  const kept = new Map(all.filter((a) => !(a.accountId !== undefined && renames.has(a.accountId))).map((a) => [a.id, a]));
  for (const a of all) {
    if (a.accountId === undefined || !renames.has(a.accountId)) continue;
    const accountId = renames.get(a.accountId)!;
    const next: AlertRecord = { ...a, id: `${a.rule}|${accountId}`, accountId };
    await alerts.delete(a.id);
    const other = kept.get(next.id);
    if (!other || other.updatedAt < next.updatedAt) kept.set(next.id, next);
  }
  for (const a of kept.values()) await alerts.put(a);
}
