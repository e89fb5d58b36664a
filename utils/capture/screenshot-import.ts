// Screenshots confirmed on the dashboard (components/import/shot-reader.tsx) become records: one
// observation each, `source: "screenshot"`, at the time the picture was taken. The account is the
// one the preview settled on: an existing one, the one the screen named through the product table
// (the id a page adapter gives the same line, e.g. `jd-baitiao`), or lender + product under the id a
// manual entry of that line gets. Pure: `now` is a parameter; stored with recordObservations like a
// page capture (validated, identical neighbours folded), then the rules run.
import type { ScreenshotEntry } from '../messaging/protocol';
import type { Account, Observation } from '../model/types';
import { manualAccountId, manualEntryProblem } from './manual';
import type { RecordBatch } from './to-records';

export const EXPECT_NOT_AFTER_NOW = 'a time not in the future';

export type ScreenshotRecords = { ok: true; batch: RecordBatch } | { ok: false; problem: { path: string; expected: string } };

export function screenshotsToRecords(shots: ScreenshotEntry[], now: Date): ScreenshotRecords {
  const accounts = new Map<string, Account>();
  const observations: Observation[] = [];
  const times = new Set<string>();
  for (const [i, shot] of shots.entries()) {
    // A screenshot shows the past: never after now, not even the day a page's date may be ahead.
    if (Date.parse(shot.at) > now.getTime()) return { ok: false, problem: { path: `shots.${i}.at`, expected: EXPECT_NOT_AFTER_NOW } };
    const problem = manualEntryProblem(shot, now);
    if (problem) return { ok: false, problem: { ...problem, path: `shots.${i}.${problem.path}` } };
    const id = shot.accountId ?? manualAccountId(shot.lender, shot.product);
    if (!accounts.has(id)) {
      accounts.set(id, {
        id,
        lender: shot.lender.trim(),
        ...(shot.product?.trim() && { product: shot.product.trim() }),
        ...(shot.kind && { kind: shot.kind }),
      });
    }
    // Two pictures of one account taken in the same millisecond (a burst, copies of one file) are
    // kept apart by a millisecond: one account's observations are keyed by their time.
    let at = Date.parse(shot.at);
    while (times.has(`${id}@${at}`)) at += 1;
    times.add(`${id}@${at}`);
    observations.push({ accountId: id, at: new Date(at).toISOString(), ...shot.values, source: 'screenshot' });
  }
  return { ok: true, batch: { accounts: [...accounts.values()], observations, events: [] } };
}
