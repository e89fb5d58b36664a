import type { Adapter } from '../adapters/types';
import type { ExtractionResult } from '../model/types';
import { extractGeneric } from './generic';
import { pickAdapter } from '../adapters/pick';

export { matchPattern, pickAdapter } from '../adapters/pick';

/** Runs the capture code on a document as the content script does on a page at `url`. */
export function captureFromDocument(doc: Document, url: URL, registry: readonly Adapter[]): ExtractionResult {
  const adapter = pickAdapter(url, registry);
  if (adapter) return { adapter: adapter.id, ...adapter.extract(doc, url) };
  return { adapter: 'generic', ...extractGeneric(doc, url) };
}
