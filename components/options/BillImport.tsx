// The options page's bill import: the shared import flow (components/import/) with the bill reader.
// On the options page, not the popup: a file picker closes the popup in some browsers.
import { useMemo } from 'preact/hooks';
import { parseBillInWorker, type ParseBill } from '../../utils/bills/worker-client';
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
  /** Where bills are parsed: the packaged worker (tests give an in-process one). */
  parse?: ParseBill;
}

export function BillImport({
  send,
  onChanged,
  now = () => new Date(),
  maxBytes = MAX_IMPORT_BYTES,
  parse = parseBillInWorker,
}: BillImportProps) {
  const reader = useMemo(() => billReader({ now, maxBytes, parse }), [maxBytes]);
  return <ImportFlow reader={reader} send={send} onChanged={onChanged} />;
}
