// What the options page and the bill worker say to each other (utils/bills/worker.ts,
// utils/bills/worker-client.ts): one request per file, its bytes handed over (not copied); the
// worker answers with progress in characters of decoded text, then the result with its preview's
// summary (summing up a year of events is work too), and is terminated by the page. `answerBillRequest` is the worker's whole body, kept apart so Node tests run it as is.
import { parseBillChunked } from './parse';
import { summarizeBill, type BillSummary } from './to-history';
import type { BillFailure, BillParse } from './types';

/** A bill read: what it holds and the preview's summary of it, or why it is no bill. */
export type BillReading = { ok: true; result: BillParse; summary: BillSummary } | BillFailure;

export interface BillRequest {
  bytes: ArrayBuffer;
  /** Rows read between progress messages (default: parseBillChunked's). */
  chunkRows?: number;
}

export type BillReply = { type: 'progress'; done: number; total: number } | { type: 'result'; reading: BillReading };

/** Where the build puts the worker (wxt.config.ts), relative to the extension's root. */
export const BILL_WORKER_PATH = '/bills/worker.js';

/** Parses the request's bytes, posting progress after each chunk and the reading at the end. */
export async function answerBillRequest(request: BillRequest, post: (reply: BillReply) => void): Promise<void> {
  const result = await parseBillChunked(new Uint8Array(request.bytes), {
    chunkRows: request.chunkRows,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
    // Off the page's thread nothing waits for a turn; a cancel terminates the worker outright.
    yieldNow: () => Promise.resolve(),
  });
  post({ type: 'result', reading: result.ok ? { ok: true, result, summary: summarizeBill(result) } : result });
}
