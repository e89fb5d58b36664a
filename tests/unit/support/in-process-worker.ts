// A dedicated worker run inside the test's own process, for the page side of the worker protocols
// (utils/workers/run.ts and its clients): the request is structured-cloned with its transfer list
// (so a handed-over buffer is detached on the sender's side, as in a browser), the body runs, and
// each reply arrives cloned, as a task of its own, one after the other. After terminate() nothing more arrives. A
// body that throws is the worker script failing: onerror.
import type { WorkerLike } from '../../../utils/workers/run';

export interface InProcessWorker<Req, Reply> extends WorkerLike<Req, Reply> {
  terminated: boolean;
  /** Replies delivered so far. */
  delivered: Reply[];
}

export function inProcessWorker<Req, Reply>(
  body: (request: Req, post: (reply: Reply) => void) => unknown,
  /** Called just before each reply is handed to the page (e.g. to look at what the page shows). */
  beforeDelivery?: (reply: Reply) => void,
): InProcessWorker<Req, Reply> {
  const worker: InProcessWorker<Req, Reply> = {
    terminated: false,
    delivered: [],
    onmessage: null,
    onerror: null,
    terminate: () => void (worker.terminated = true),
    postMessage(message, transfer) {
      const request = structuredClone(message, { transfer });
      // One reply per task, the next queued only once the previous is delivered (a worker's messages
      // come one by one while it works), so the page's own tasks run between them.
      const queue: ({ reply: Reply } | { failed: true })[] = [];
      const deliver = () => {
        if (worker.terminated) return;
        const next = queue.shift()!;
        if ('failed' in next) worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        else {
          beforeDelivery?.(next.reply);
          worker.delivered.push(next.reply);
          worker.onmessage?.({ data: next.reply } as MessageEvent<Reply>);
        }
        if (queue.length) setTimeout(deliver, 0);
      };
      const send = (item: (typeof queue)[number]) => {
        if (queue.push(item) === 1) setTimeout(deliver, 0);
      };
      const post = (reply: Reply) => send({ reply: structuredClone(reply) });
      setTimeout(() => {
        if (worker.terminated) return;
        Promise.resolve()
          .then(() => body(request, post))
          .catch(() => send({ failed: true }));
      }, 0);
    },
  };
  return worker;
}
