// The object `extract` prints (cli.md): the extraction itself, its observations' fields in a fixed
// order — cli.md's, with the account (`accountId`, `kind`) where a fixture's expected.json has it and
// a source's own date (`at`) last — so that the output pasted as a fixture's `result` is what the
// fixture test expects (tests/unit/extract/cli-shape.test.ts). cli.md allows more fields than it names.
import type { ExtractedObservation, ExtractionResult } from '../../utils/model/types';

const FIELDS = [
  'accountId',
  'lender',
  'product',
  'kind',
  'totalLimit',
  'availableLimit',
  'usedAmount',
  'dailyRate',
  'apr',
  'status',
  'statusText',
  'increaseAvailable',
  'at',
] as const satisfies readonly (keyof ExtractedObservation)[];

/** An observation with its fields in FIELDS' order; a field not listed there is kept, after them. */
function ordered(o: ExtractedObservation): Partial<ExtractedObservation> {
  const known = FIELDS.filter((f) => o[f] !== undefined).map((f) => [f, o[f]]);
  const rest = Object.entries(o).filter(([f, v]) => v !== undefined && !(FIELDS as readonly string[]).includes(f));
  return Object.fromEntries([...known, ...rest]) as Partial<ExtractedObservation>;
}

export function toCliShape(result: ExtractionResult): ExtractionResult {
  return { adapter: result.adapter, observations: result.observations.map(ordered) as ExtractedObservation[], events: result.events };
}
