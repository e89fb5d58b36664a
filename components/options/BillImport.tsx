// The options page's bill import: the shared import flow (components/import/) with the bill reader.
// On the options page, not the popup: a file picker closes the popup in some browsers.
import { useMemo } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../../utils/storage/limits';
import type { Send } from '../../utils/ui/api';
import { billReader } from '../import/bill-reader';
import { ImportFlow } from '../import/ImportFlow';

export interface BillImportProps {
  send: Send;
  /** Called after an import stored something. */
  onChanged?: () => void;
  now?: () => Date;
  /** The background's import cap (bytes of one `ui:import` text); tests make it small. */
  maxBytes?: number;
  /** How parsing gives the page a turn between chunks (see parseBillChunked). */
  yieldNow?: () => Promise<void>;
}

/** A turn for the page between chunks: `scheduler.yield` where there is one (a timer is clamped to
 *  4 ms once nested, a quarter of a 2,000-row chunk's time), else a timer. */
function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export function BillImport({ send, onChanged, now = () => new Date(), maxBytes = MAX_IMPORT_BYTES, yieldNow = giveWay }: BillImportProps) {
  const reader = useMemo(() => billReader({ now, maxBytes, yieldNow }), [maxBytes]);
  return <ImportFlow reader={reader} send={send} onChanged={onChanged} />;
}
