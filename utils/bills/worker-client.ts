// The options page's side of bill parsing: one dedicated worker per file (worker.ts), its progress
// passed on, terminated when the result is in, when it fails, or when the person cancels
// (utils/workers/run.ts). The file's bytes are handed to the worker, not copied.
import { startPackagedWorker } from '../workers/packaged';
import { runWorker, type WorkerLike } from '../workers/run';
import { BILL_WORKER_PATH, type BillReading, type BillReply, type BillRequest } from './worker-protocol';

export type { BillReading } from './worker-protocol';

export interface BillParseOptions {
  /** `done` of `total` characters of decoded text read. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Parses a bill's bytes (their buffer is handed over: unusable here afterwards); rejects when the worker fails. */
export type ParseBill = (bytes: Uint8Array, options?: BillParseOptions) => Promise<BillReading>;

export class BillWorkerFailed extends Error {}

/** A parser over workers made by `start` (the packaged one in the browser, an in-process one in tests). */
export function billParser(start: () => WorkerLike<BillRequest, BillReply>, chunkRows?: number): ParseBill {
  return (bytes, { onProgress, signal } = {}) => {
    // The buffer goes to the worker whole: a view on part of a larger buffer is copied out first.
    const buffer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
        ? bytes.buffer
        : bytes.slice().buffer;
    return runWorker<BillRequest, BillReply, BillReading | undefined>(
      start,
      { bytes: buffer, chunkRows },
      {
        signal,
        transfer: [buffer],
        onReply: (reply, settle) => {
          if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
          else settle(reply.reading);
        },
        onFailure: () => undefined,
      },
    ).then((reading) => {
      if (!reading) throw new BillWorkerFailed('the bill worker failed');
      return reading;
    });
  };
}

/** Bills parsed in the packaged worker (`bills/worker.js`). */
export const parseBillInWorker: ParseBill = billParser(() => startPackagedWorker(BILL_WORKER_PATH));
