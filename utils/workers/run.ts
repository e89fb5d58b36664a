// One batch of work in a dedicated worker, as the extension pages run it (OCR of screenshots, bill
// CSVs): start the worker, post the one request, hand each reply to the caller until it settles, and
// terminate the worker whatever happens — done, the worker script failing, or the person cancelling
// (the signal). The worker never outlives its batch, so whatever memory it took goes with it.

/** What of a `Worker` this uses (a fake one in Node tests). */
export interface WorkerLike<Req, Reply> {
  postMessage(message: Req, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerBatch<Reply, T> {
  /** Each reply in order; calling `settle` ends the batch with that value (the worker is terminated). */
  onReply(reply: Reply, settle: (value: T) => void): void;
  /** The worker script itself failed (it could not load, threw, or ran out of memory): the value to end with. */
  onFailure(): T;
  /** Aborting terminates the worker at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Buffers handed to the worker rather than copied (they are unusable on the page afterwards). */
  transfer?: Transferable[];
}

export function runWorker<Req, Reply, T>(start: () => WorkerLike<Req, Reply>, request: Req, batch: WorkerBatch<Reply, T>): Promise<T> {
  const { signal } = batch;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = start();
    let over = false;
    const end = () => {
      over = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal?.reason);
    };
    const settle = (value: T) => {
      if (over) return;
      end();
      resolve(value);
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event) => {
      if (!over) batch.onReply(event.data, settle);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!over) settle(batch.onFailure());
    };
    worker.postMessage(request, batch.transfer ?? []);
  });
}
