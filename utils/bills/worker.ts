// The bill worker: a dedicated module worker the options page starts per bill CSV
// (worker-client.ts), packaged as `bills/worker.js` by the build (scripts/lib/worker-build.ts). A
// 64 MB export takes seconds to decode and read; here it does so off the page's thread. It reads
// only the bytes it is given: no fetch, no files of its own.
import { answerBillRequest, type BillReply, type BillRequest } from './worker-protocol';

interface WorkerScope {
  postMessage(message: BillReply): void;
  onmessage: ((event: MessageEvent<BillRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answerBillRequest(event.data, (reply) => scope.postMessage(reply));
};
