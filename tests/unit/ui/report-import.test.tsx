// The options page's credit report import rendered into linkedom, reading real fixture PDFs with
// Node's pdf.js: the size cap checked before reading, progress, the preview, the one
// ui:import-report sent on confirm (the reader's own ids, timed at the report's time), the refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePdfLoader } from '../../../scripts/lib/pdf-node';
import { ReportImport, type ReadPdf } from '../../../components/options/ReportImport';
import type { Lang } from '../../../utils/i18n';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { pdfLines, type PdfLoader } from '../../../utils/report/pdf-lines';
import type { Send } from '../../../utils/ui/api';
import { useDom, inLang } from './support/dom';

const dom = useDom(() => fakeBrowser.reset());
const DIR = join(__dirname, '../../fixtures/reports');
const fixture = (name: string) => new File([readFileSync(join(DIR, name))], name, { type: 'application/pdf' });

let loader: PdfLoader;
const pages: [number, number][] = [];
const readPdf: ReadPdf = (bytes, options) =>
  pdfLines(loader, bytes, { ...options, onPage: (d, t) => (pages.push([d, t]), options.onPage?.(d, t)) });
beforeAll(async () => {
  loader = await nodePdfLoader();
});

type Reply = Awaited<ReturnType<Send>>;
function sender(reply: Reply = { ok: true, added: 8, collapsed: 0, events: 6 }) {
  const sent: UiMessage[] = [];
  const send = vi.fn(async (msg: UiMessage) => {
    sent.push(msg);
    return reply;
  }) as unknown as Send;
  return { send, sent };
}

const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 5));
  });
const text = () => dom.root.textContent ?? '';
const $ = <T extends Element = HTMLElement>(sel: string) => dom.root.querySelector(sel) as unknown as T | null;

async function mount(send: Send, lang: Lang = 'zh', maxBytes?: number, read: ReadPdf = readPdf) {
  await act(async () => {
    render(inLang(lang, <ReportImport send={send} readPdf={read} {...(maxBytes !== undefined && { maxBytes })} />), dom.root);
  });
}

async function pick(file: File) {
  const input = $<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 400 && !$('.report-preview') && !$('.report-refused'); i++) await flush();
}

describe('credit report PDF import', () => {
  it('previews a report PDF (accounts, queries) before sending anything, and sends it whole on confirm', async () => {
    const { send, sent } = sender();
    await mount(send);
    expect($<HTMLInputElement>('input[type=file]')?.getAttribute('accept')).toBe('.pdf,application/pdf');
    await pick(fixture('pboc-credit-report-brief-gen2.pdf'));
    expect(pages.at(-1)).toEqual([2, 2]);
    const t = text();
    expect(t).toContain('pboc-credit-report-brief-gen2.pdf：个人信用报告');
    expect(t).toContain('报告时间：2026年3月15日 10:23');
    const rows = Array.from(dom.root.querySelectorAll('.report-accounts tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows).toHaveLength(8);
    expect(rows[4]).toEqual(['重庆蚂蚁消费金融有限公司 · 其他个人消费贷款', '信用贷', '¥50,000.00', '¥12,800.00', '正常']);
    expect(t).toContain('查询记录 6 条，其中本人查询 2 条。');
    expect(sent).toEqual([]);
    expect($('button.report-confirm')?.textContent).toBe('导入 8 个账户和 6 条查询记录');
    await act(async () => {
      $('button.report-confirm')!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    });
    for (let i = 0; i < 5; i++) await flush();
    expect(sent).toHaveLength(1);
    const msg = sent[0] as Extract<UiMessage, { type: 'ui:import-report' }>;
    expect(msg.type).toBe('ui:import-report');
    expect(msg.result.observations.map((o) => o.at)).toEqual(Array(8).fill('2026-03-15T02:23:45.000Z'));
    expect(msg.result.observations[4]?.accountId).toBe('pboc:重庆蚂蚁消费金融/credit-line/20230618');
    expect(text()).toContain('已导入：8 条新的账户记录，6 条新的查询记录。');
  });

  it('says "file too large" before reading a byte', async () => {
    const read = vi.fn(readPdf);
    await mount(sender().send, 'en', 1024, read);
    await pick(fixture('pboc-credit-report-brief-gen1.pdf'));
    expect($('.report-refused')?.textContent).toMatch(/^File too large \(over 1 KB\)/);
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    ['pboc-credit-report-encrypted.pdf', '这个 PDF 已加密（打开时要密码），读不了。'],
    [
      'pboc-credit-report-scanned.pdf',
      '这个 PDF 里没有文字（可能是扫描件或照片），读不了。请登录个人信用信息服务平台（ipcrs.pbccrc.org.cn）在线查看报告',
    ],
    ['not-a-report.pdf', '这个 PDF 不是个人信用报告，没有导入任何内容。'],
  ])('%s: says so and sends nothing', async (file, words) => {
    const { send, sent } = sender();
    await mount(send);
    await pick(fixture(file));
    expect($('.report-refused')?.textContent).toContain(words);
    expect($('.report-preview')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('says a file that is not a PDF is not one', async () => {
    await mount(sender().send, 'en');
    await pick(new File(['时间,金额\n'], 'bill.pdf'));
    expect($('.report-refused')?.textContent).toBe('This file is not a PDF (or it is damaged). Nothing was imported.');
  });
});
