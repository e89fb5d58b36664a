// Bills (Alipay / WeChat Pay / JD CSV exports) as a reader of the import flow. Parsed off the page's
// thread, in a worker of its own per file (utils/bills/worker-client.ts: a 64 MB export takes
// seconds), reporting progress; a cancel terminates it. Stored as `ui:import` history files cut to fit
// the background's cap (parts already stored are found again on a retry and not added twice).
import { h } from 'preact';
import { billHistory, billHistoryTexts, type BillSummary } from '../../utils/bills/to-history';
import type { BillParse } from '../../utils/bills/types';
import type { ParseBill } from '../../utils/bills/worker-client';
import { ti } from '../../utils/i18n/import';
import { to } from '../../utils/i18n/options';
import { MAX_BILL_BYTES } from '../../utils/storage/limits';
import { BillPreview } from './BillPreview';
import { oneByOne, type Reader } from './reader';

export interface BillRead {
  result: BillParse;
  summary: BillSummary;
}

export type BillRefusal = 'empty' | 'not-a-bill' | 'unreadable' | 'too-large' | 'file-gone';

export interface BillReaderOptions {
  now: () => Date;
  /** The background's import cap (bytes of one `ui:import` text); tests make it small. */
  maxBytes: number;
  /** Parses a file's bytes off the page (parseBillInWorker; tests give an in-process worker). */
  parse: ParseBill;
}

export function billReader({ now, maxBytes, parse }: BillReaderOptions): Reader<BillRead, BillRefusal> {
  return {
    name: 'bill',
    accept: '.csv,text/csv',
    multiple: false,
    takes: (file) => /\.csv$/i.test(file.name) || file.type === 'text/csv',
    maxBytes: MAX_BILL_BYTES,
    tooLarge: 'too-large',
    unreadable: 'unreadable',
    readBatch: oneByOne(async (file, onProgress, signal) => {
      onProgress({ done: 0, total: 100 });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { ok: false, refusal: 'file-gone' };
      }
      // A cancel (the signal) terminates the worker and rejects: the flow drops the file; a worker
      // that failed rejects too, and the file is 'unreadable' (oneByOne).
      const read = await parse(bytes, {
        onProgress: (done, total) => onProgress({ done: total > 0 ? Math.floor((done / total) * 100) : 100, total: 100 }),
        signal,
      });
      return read.ok ? { ok: true, result: { result: read.result, summary: read.summary } } : { ok: false, refusal: read.code };
    }, 'unreadable'),
    text: {
      title: (lang) => to(lang, 'options.bills.title'),
      intro: (lang) => to(lang, 'options.bills.intro'),
      choose: (lang) => to(lang, 'options.bills.choose'),
      progress: (lang, { done }) => to(lang, 'options.bills.reading', { percent: done }),
      refusal: (lang, code) =>
        code === 'file-gone'
          ? ti(lang, 'import.fileGone')
          : `${to(lang, REFUSAL[code], { mb: MAX_BILL_BYTES / 1024 / 1024 })}${lang === 'zh' ? '' : ' '}${to(lang, 'options.bills.formats')}`,
      confirm: (lang, items) => {
        const n = count(items);
        return to(lang, n === 1 ? 'options.bills.confirmOne' : 'options.bills.confirm', { n });
      },
      storing: (lang, done, total) =>
        total > 1 ? to(lang, 'options.bills.storingParts', { done: done + 1, total }) : to(lang, 'options.bills.storing'),
      retry: (lang) => to(lang, 'options.bills.retry'),
    },
    canStore: (items) => count(items) > 0,
    async store(items, { send, lang, onStep }) {
      const { result, summary } = items[0]!.result;
      const texts = billHistoryTexts(billHistory(result, summary, now()), maxBytes);
      let added = 0;
      let accounts = 0;
      for (const [i, text] of texts.entries()) {
        onStep(i, texts.length);
        const reply = await send({ type: 'ui:import', text });
        // The preview stays for a retry; parts already stored are found again and not added twice.
        if (!reply.ok) return { ok: false, failure: reply, changed: added + accounts > 0 };
        added += reply.added.events;
        accounts += reply.added.accounts;
      }
      const total = summary.events.length;
      const words =
        added === 0
          ? [to(lang, 'options.bills.nothingNew', { n: total })]
          : [to(lang, added === total ? 'options.bills.importedAll' : 'options.bills.imported', { added, existing: total - added })];
      if (accounts > 0) words.push(to(lang, 'options.bills.accountsAdded', { n: accounts }));
      return { ok: true, note: words.join(lang === 'zh' ? '' : ' '), changed: added + accounts > 0 };
    },
    Preview: ({ items }) => h(BillPreview, { fileName: items[0]!.file.name, summary: items[0]!.result.summary }),
  };
}

const REFUSAL = {
  empty: 'options.bills.empty',
  'not-a-bill': 'options.bills.notABill',
  unreadable: 'options.bills.unreadable',
  'too-large': 'options.bills.tooLarge',
} as const;

const count = (items: { result: BillRead }[]) => items[0]?.result.summary.events.length ?? 0;
