// A windowed count's projection as the report carries it (ISO dates, a few falls).
import { projectFalls } from '../rules/window-projection';
import type { FactorProjection } from './types';

/** How many falls a factor lists; the date it is back under its line is given apart. */
export const MAX_DROPS = 4;

export function projection(
  instants: readonly number[],
  now: number,
  valueAt: (t: number) => number,
  holds: (t: number) => boolean,
): FactorProjection | undefined {
  const { falls, clearAt } = projectFalls(instants, now, valueAt, holds);
  if (!falls.length) return undefined;
  const drops = falls.slice(0, MAX_DROPS).map((f) => ({ at: new Date(f.at).toISOString(), value: f.value }));
  return clearAt === undefined ? { drops } : { drops, withinAt: new Date(clearAt).toISOString() };
}
