// Entry for the capture benchmark's standalone bundle.
import { adapters } from '../../utils/adapters/registry';
import { captureFromDocument } from '../../utils/capture/from-document';

export function capture(doc: Document, url: string) {
  return captureFromDocument(doc, new URL(url), adapters);
}
