// Small builders for rule tests: histories written as "N days before NOW" read like the scenarios.
import type { Account, HistoryEvent, Observation, ObservedValues } from '../../../../utils/model/types';
import { evaluateHistory } from '../../../../utils/rules/engine';
import type { HistoryInput } from '../../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../../utils/rules/thresholds';
import type { Alert, RuleId } from '../../../../utils/rules/types';
import { RULES } from '../../../../utils/rules/registry';
import { buildHistoryView } from '../../../../utils/rules/history-view';

export const NOW = new Date('2026-11-23T00:00:00.000Z');
const DAY = 86_400_000;

/** ISO instant `days` before NOW (negative: after NOW). */
export const ago = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString();

export const account = (id: string, lender = id, extra: Partial<Account> = {}): Account => ({ id, lender, ...extra });

export const obs = (
  accountId: string,
  daysAgo: number,
  values: Partial<ObservedValues> = {},
  extra: Partial<Observation> = {},
): Observation => ({
  accountId,
  at: ago(daysAgo),
  status: 'normal',
  source: 'page',
  ...values,
  ...extra,
});

export const event = (kind: HistoryEvent['kind'], daysAgo: number, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  at: ago(daysAgo),
  kind,
  ...extra,
});

export function history(parts: Partial<HistoryInput>): HistoryInput {
  const observations = parts.observations ?? [];
  const events = parts.events ?? [];
  const ids = new Set([...observations.map((o) => o.accountId), ...events.flatMap((e) => (e.accountId ? [e.accountId] : []))]);
  const accounts = parts.accounts ?? [...ids].map((id) => account(id));
  return { accounts, observations, events };
}

/** One rule's alerts on a history, as of NOW unless given. */
export function run(rule: RuleId, h: HistoryInput, now: Date = NOW, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Alert[] {
  const r = RULES.find((x) => x.id === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  return r.evaluate(buildHistoryView(h, now), settings);
}

/** The whole engine, for tests that care how rules combine. */
export const runAll = (h: HistoryInput, now: Date = NOW, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Alert[] =>
  evaluateHistory(h, now, settings);

/** Settings with one rule's thresholds changed. */
export function withSettings<R extends keyof RuleSettings>(rule: R, patch: Partial<RuleSettings[R]>): RuleSettings {
  return { ...DEFAULT_RULE_SETTINGS, [rule]: { ...DEFAULT_RULE_SETTINGS[rule], ...patch } };
}

/** The same items in a scrambled but deterministic order. */
export const shuffled = <T>(items: readonly T[]): T[] =>
  items
    .map((x, i) => [((i * 7919) % 104729) ^ 0x5bd1, x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
