// The object `extract` prints (cli.md): an extraction without the adapter-internal fields.
import type { ExtractedObservation, ExtractionResult } from '../../utils/model/types';

/** cli.md's observation fields, in its order; adapter-internal fields (accountId, kind) stay inside. */
const FIELDS = [
  'lender',
  'product',
  'totalLimit',
  'availableLimit',
  'usedAmount',
  'dailyRate',
  'apr',
  'status',
  'statusText',
  'increaseAvailable',
] as const;

export function toCliShape(result: ExtractionResult): object {
  const observations = result.observations.map((o: ExtractedObservation) =>
    Object.fromEntries(FIELDS.filter((f) => o[f] !== undefined).map((f) => [f, o[f]])),
  );
  return { adapter: result.adapter, observations, events: result.events };
}
