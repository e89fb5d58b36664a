// The bill worker's protocol in Node: the worker's body (answerBillRequest) on real fixture bytes,
// and the page's side (billParser over utils/workers/run.ts) with the worker run in-process: bytes
// handed over, progress passed on, the worker terminated on the result, on a cancel and on a failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../../utils/bills/parse';
import { summarizeBill } from '../../../utils/bills/to-history';
import { BillWorkerFailed, billParser } from '../../../utils/bills/worker-client';
import { answerBillRequest, type BillReply, type BillRequest } from '../../../utils/bills/worker-protocol';
import { runWorker } from '../../../utils/workers/run';
import { inProcessWorker, type InProcessWorker } from '../support/in-process-worker';
import { alipayText } from './support';

const DIR = join(__dirname, '../../fixtures/bills');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
/** What the worker must answer for these bytes: parseBill's result, with the preview's summary. */
function readingOf(bytes: Uint8Array) {
  const result = parseBill(bytes);
  return result.ok ? { ok: true, result, summary: summarizeBill(result) } : result;
}
const bigBill = (rows: number) => new TextEncoder().encode(alipayText(...Array.from({ length: rows }, (_, i) => ({ order: `O${i}` }))));

/** A parser whose workers are kept for the test to look at. */
function parser(chunkRows?: number, body = answerBillRequest) {
  const workers: InProcessWorker<BillRequest, BillReply>[] = [];
  const parse = billParser(() => {
    const w = inProcessWorker<BillRequest, BillReply>(body);
    workers.push(w);
    return w;
  }, chunkRows);
  return { parse, workers };
}

describe('the bill worker (answerBillRequest)', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.csv')))(
    '%s: the same result as parseBill and its summary, after progress',
    async (file) => {
      const bytes = fixture(file);
      const replies: BillReply[] = [];
      await answerBillRequest({ bytes: bytes.slice().buffer, chunkRows: 5 }, (r) => replies.push(r));
      expect(replies.at(-1)).toEqual({ type: 'result', reading: readingOf(bytes) });
      const progress = replies.slice(0, -1);
      expect(progress.every((r) => r.type === 'progress')).toBe(true);
    },
  );

  it('reports progress in characters, rising to the whole text, one message per chunk', async () => {
    const replies: BillReply[] = [];
    await answerBillRequest({ bytes: bigBill(1000).buffer as ArrayBuffer, chunkRows: 100 }, (r) => replies.push(r));
    const progress = replies.filter((r): r is Extract<BillReply, { type: 'progress' }> => r.type === 'progress');
    expect(progress).toHaveLength(11); // 1,002 rows: 10 pauses and the end
    expect(progress.every((p, i) => p.done <= p.total && (i === 0 || p.done > progress[i - 1]!.done))).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    const last = replies.at(-1)!;
    expect(last.type === 'result' && last.reading.ok && last.reading.result.events.length).toBe(1000);
  });

  it('answers a file that is not a bill, and an empty one, with their refusal codes', async () => {
    for (const [file, code] of [
      ['bank-statement.csv', 'not-a-bill'],
      ['empty.csv', 'empty'],
    ] as const) {
      const replies: BillReply[] = [];
      await answerBillRequest({ bytes: fixture(file).buffer as ArrayBuffer }, (r) => replies.push(r));
      expect(replies.at(-1)).toEqual({ type: 'result', reading: { ok: false, code } });
    }
  });
});

describe("the page's side (billParser)", () => {
  it('hands the bytes over, passes the progress on, and ends the worker with the result', async () => {
    const { parse, workers } = parser(3);
    const bytes = fixture('alipay-gbk.csv');
    const expected = readingOf(bytes);
    const seen: number[] = [];
    const result = await parse(bytes, { onProgress: (done) => seen.push(done) });
    expect(result).toEqual(expected);
    expect(bytes.byteLength).toBe(0); // transferred, not copied
    expect(seen.length).toBeGreaterThan(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('copies out a view on part of a larger buffer, leaving the rest alone', async () => {
    const { parse } = parser();
    const whole = new Uint8Array(fixture('wechat.csv').length + 4);
    whole.set(fixture('wechat.csv'), 2);
    const view = whole.subarray(2, whole.length - 2);
    expect(await parse(view)).toEqual(readingOf(fixture('wechat.csv')));
    expect(whole.byteLength).toBe(fixture('wechat.csv').length + 4);
  });

  it('a cancel terminates the worker at once: the promise rejects, no progress comes after', async () => {
    const { parse, workers } = parser(50);
    const stop = new AbortController();
    let after = 0;
    const reading = parse(bigBill(3000), {
      onProgress: () => {
        if (stop.signal.aborted) after++;
        else stop.abort(new Error('stopped'));
      },
      signal: stop.signal,
    });
    await expect(reading).rejects.toThrow('stopped');
    await new Promise((r) => setTimeout(r, 20));
    expect(after).toBe(0);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.delivered.length).toBeLessThan(60);
  });

  it('starts no worker when already cancelled', async () => {
    const { parse, workers } = parser();
    const stop = new AbortController();
    stop.abort(new Error('before'));
    await expect(parse(fixture('wechat.csv'), { signal: stop.signal })).rejects.toThrow('before');
    expect(workers).toEqual([]);
  });

  it('a worker that fails rejects (the reader calls the file unreadable) and is terminated', async () => {
    const { parse, workers } = parser(undefined, () => {
      throw new RangeError('out of memory');
    });
    await expect(parse(fixture('wechat.csv'))).rejects.toBeInstanceOf(BillWorkerFailed);
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('runWorker', () => {
  it('keeps what was said before the worker failed (onFailure), and settles once', async () => {
    const w = inProcessWorker<number, number>((n, post) => {
      post(n);
      post(n + 1);
      throw new Error('gone');
    });
    const seen: number[] = [];
    const value = await runWorker(() => w, 40, { onReply: (r) => void seen.push(r), onFailure: () => seen.slice() });
    expect(value).toEqual([40, 41]);
    expect(w.terminated).toBe(true);
  });
});
