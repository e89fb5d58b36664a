// The capture of one document as the content scripts make it: the adapter whose patterns fit the
// address, else the generic label reader. Above both adapters/ and extract/ (adapters use the
// extractors; the extractors know no adapter). The Node tools and the tests use it; the content
// scripts each carry only their part (lenders.js the adapters, content.js the generic reader).
import { pickAdapter } from '../adapters/pick';
import type { Adapter } from '../adapters/types';
import { extractGeneric } from '../extract/generic';
import type { ExtractionResult } from '../model/types';

/** Runs the capture code on a document as the content script does on a page at `url`. */
export function captureFromDocument(doc: Document, url: URL, registry: readonly Adapter[]): ExtractionResult {
  const adapter = pickAdapter(url, registry);
  if (adapter) return { adapter: adapter.id, ...adapter.extract(doc, url) };
  return { adapter: 'generic', ...extractGeneric(doc, url) };
}
