// Credit-report PDFs (个人信用报告) as a reader of the import flow: pdf.js in its packaged worker, within
// the PDF budget (utils/report/pdf-lines.ts), the worker ended after each file; stored whole in one
// `ui:import-report` (one transaction, or nothing).
import { h } from 'preact';
import { ti } from '../../utils/i18n/import';
import { to, type OptionsKey } from '../../utils/i18n/options';
import type { PdfLines, PdfReadOptions } from '../../utils/report/pdf-lines';
import { PDF_BUDGET } from '../../utils/report/pdf-lines';
import { readReport, type ReportRead } from '../../utils/report/read';
import { oneByOne, type Reader } from './reader';
import { ReportPreview } from './ReportPreview';

/** The largest PDF read: reports are a few MB; a much bigger file is not one, or would take long. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReadPdf = (bytes: Uint8Array, options: PdfReadOptions) => Promise<PdfLines>;

/** pdf.js is loaded only now, by this import, as its own chunk (utils/report/pdf-browser.ts); its
 *  worker is ended after each reading (the next one starts a new one). */
export const readPdfInBrowser: ReadPdf = async (bytes, options) => {
  const [{ browserPdfLoader }, { pdfLines }] = await Promise.all([
    import('../../utils/report/pdf-browser'),
    import('../../utils/report/pdf-lines'),
  ]);
  const loader = browserPdfLoader();
  try {
    return await pdfLines(loader, bytes, options);
  } finally {
    loader.stop?.();
  }
};

export type ReportRefusal =
  | 'too-large'
  | 'not-pdf'
  | 'encrypted'
  | 'no-text'
  | 'not-a-report'
  | 'damaged'
  | 'file-gone'
  | `too-many-pages:${number}`
  | 'too-heavy:bytes'
  | 'too-heavy:items'
  | 'too-heavy:time';

const REFUSAL: Partial<Record<ReportRefusal, OptionsKey>> = {
  'too-large': 'options.report.tooLarge',
  'not-pdf': 'options.report.notPdf',
  encrypted: 'options.report.encrypted',
  'no-text': 'options.report.noText',
  'not-a-report': 'options.report.notAReport',
};

function refusalOf(lines: Extract<PdfLines, { ok: false }>): ReportRefusal {
  switch (lines.problem) {
    case 'too-many-pages':
      return `too-many-pages:${lines.pages}`;
    case 'too-heavy':
      return `too-heavy:${lines.budget}`;
    case 'unreadable':
      return 'damaged';
    default:
      return lines.problem;
  }
}

export function reportReader(readPdf: ReadPdf, maxBytes = MAX_REPORT_BYTES): Reader<ReportRead, ReportRefusal> {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return {
    name: 'report',
    accept: '.pdf,application/pdf',
    multiple: false,
    takes: (file) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf',
    maxBytes,
    tooLarge: 'too-large',
    unreadable: 'damaged',
    readBatch: oneByOne(async (file, onProgress, signal) => {
      onProgress({ done: 0, total: 0 });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { ok: false, refusal: 'file-gone' };
      }
      const lines = await readPdf(bytes, { onPage: (done, total) => onProgress({ done, total }), signal });
      if (!lines.ok) return { ok: false, refusal: refusalOf(lines) };
      const read = readReport(lines.lines);
      return read.isReport ? { ok: true, result: read } : { ok: false, refusal: 'not-a-report' };
    }, 'damaged'),
    text: {
      title: (lang) => to(lang, 'options.report.title'),
      intro: (lang) => to(lang, 'options.report.intro'),
      choose: (lang) => to(lang, 'options.report.choose'),
      progress: (lang, p) =>
        p.total > 0 ? to(lang, 'options.report.reading', { done: p.done, total: p.total }) : to(lang, 'options.report.opening'),
      refusal: (lang, code) => {
        const key = REFUSAL[code];
        if (key) return to(lang, key, { size });
        if (code.startsWith('too-many-pages:'))
          return ti(lang, 'import.report.tooManyPages', { pages: code.slice(15), max: PDF_BUDGET.pages });
        if (code === 'too-heavy:bytes') return ti(lang, 'import.report.tooHeavy.bytes', { mb: PDF_BUDGET.decodedBytes / 1024 / 1024 });
        if (code === 'too-heavy:items') return ti(lang, 'import.report.tooHeavy.items', { n: PDF_BUDGET.textItems });
        if (code === 'too-heavy:time') return ti(lang, 'import.report.tooHeavy.time', { s: PDF_BUDGET.ms / 1000 });
        return ti(lang, code === 'file-gone' ? 'import.fileGone' : 'import.report.damaged');
      },
      confirm: (lang, items) => {
        const read = items[0]!.result;
        return to(lang, 'options.report.confirm', { accounts: read.observations.length, inquiries: read.events.length });
      },
      storing: (lang) => to(lang, 'options.report.storing'),
    },
    canStore: (items) => items.some(({ result }) => result.observations.length + result.events.length > 0),
    async store(items, { send, lang }) {
      const read = items[0]!.result;
      const at = read.reportedAt;
      const observations = read.observations.map((o) => (at ? { ...o, at } : o));
      const reply = await send({ type: 'ui:import-report', result: { adapter: 'pboc-credit-report', observations, events: read.events } });
      if (!reply.ok) return { ok: false, failure: reply };
      const words =
        reply.added + reply.events + reply.collapsed === 0
          ? [to(lang, 'options.report.nothing')]
          : [to(lang, 'options.report.imported', { added: reply.added, events: reply.events })];
      if (reply.collapsed > 0) words.push(to(lang, 'options.report.collapsed', { n: reply.collapsed }));
      return { ok: true, note: words.join(lang === 'zh' ? '' : ' '), changed: reply.added + reply.events > 0 };
    },
    Preview: ({ items }) => h(ReportPreview, { fileName: items[0]!.file.name, read: items[0]!.result }),
  };
}
