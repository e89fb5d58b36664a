// The options page's credit-report PDF import: the shared import flow (components/import/) with the
// PDF reader. On the options page (a file picker closes the popup in some browsers).
import { useMemo } from 'preact/hooks';
import type { Send } from '../../utils/ui/api';
import { ImportFlow } from '../import/ImportFlow';
import { MAX_REPORT_BYTES, readPdfInBrowser, reportReader, type ReadPdf } from '../import/report-reader';

export { MAX_REPORT_BYTES, type ReadPdf };

export interface ReportImportProps {
  send: Send;
  onChanged?: () => void;
  maxBytes?: number;
  /** Tests pass Node's pdf.js here. */
  readPdf?: ReadPdf;
}

export function ReportImport({ send, onChanged, maxBytes = MAX_REPORT_BYTES, readPdf = readPdfInBrowser }: ReportImportProps) {
  const reader = useMemo(() => reportReader(readPdf, maxBytes), [readPdf, maxBytes]);
  return <ImportFlow reader={reader} send={send} onChanged={onChanged} />;
}
