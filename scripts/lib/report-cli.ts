// `npm run --silent extract -- <report.pdf>`: a credit report PDF read with the same reader as the
// report's web page (cli.md). Prints the object the page gives; a PDF that is not a credit report
// gives empty arrays; an encrypted, textless (scanned) or too heavy PDF is a one-line error, exit 2.
import { pbocCreditReport } from '../../utils/adapters/pboc-credit-report';
import { PDF_BUDGET, pdfLines, type PdfBudget, type PdfLoader, type PdfProblem } from '../../utils/report/pdf-lines';
import { readReport } from '../../utils/report/read';
import type { ExtractionResult } from '../../utils/model/types';

export interface CliOutput {
  stdout: string;
  stderr: string;
  code: number;
}

const PROBLEM: Record<Exclude<PdfProblem, 'too-many-pages'>, string> = {
  'not-pdf': 'is not a PDF file (or is damaged)',
  encrypted: 'is an encrypted PDF (it asks for a password); save or print it again without one, then try again',
  'no-text': 'has no text (a scanned PDF?); read the online report at https://ipcrs.pbccrc.org.cn/ instead',
  unreadable: 'could not be read as a PDF',
  'too-heavy': `is too heavy to read: over ${PDF_BUDGET.decodedBytes / 1024 / 1024} MB unpacked, ${PDF_BUDGET.textItems} pieces of text or ${PDF_BUDGET.ms / 1000} s; reading stopped`,
};

/** PDF magic bytes, wherever the file's name says otherwise. */
export const isPdf = (bytes: Uint8Array): boolean => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/** Within the same budget as the options page (PDF_BUDGET; tests pass a smaller one). */
export async function reportResult(
  loader: PdfLoader,
  bytes: Uint8Array,
  budget?: Partial<PdfBudget>,
): Promise<ExtractionResult | PdfProblem> {
  const read = await pdfLines(loader, bytes, { ...(budget && { budget }) });
  const empty: ExtractionResult = { adapter: pbocCreditReport.id, observations: [], events: [] };
  if (!read.ok) return read.problem === 'too-many-pages' ? empty : read.problem;
  const report = readReport(read.lines);
  if (!report.isReport) return empty;
  const at = report.reportedAt;
  return { adapter: pbocCreditReport.id, observations: report.observations.map((o) => (at ? { ...o, at } : o)), events: report.events };
}

export async function reportCommand(
  file: string,
  bytes: Uint8Array,
  loader: PdfLoader,
  shape: (r: ExtractionResult) => object,
  budget?: Partial<PdfBudget>,
): Promise<CliOutput> {
  const result = await reportResult(loader, bytes, budget);
  if (typeof result === 'string') return { stdout: '', stderr: `extract: ${file} ${PROBLEM[result as keyof typeof PROBLEM]}\n`, code: 2 };
  return { stdout: JSON.stringify(shape(result), null, 2) + '\n', stderr: '', code: 0 };
}
