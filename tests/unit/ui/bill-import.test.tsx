// The options page's bill import rendered into linkedom: preview, unplaced rows, progress, cancel, the
// ui:import it sends on confirm, and the refusals. Files are real fixture bytes in a File, parsed by
// the bill worker's own code run in-process (the packaged worker itself: tests/e2e/bill-import.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it, vi } from 'vitest';
import { syntheticAlipayBill } from '../../../scripts/bench/bills';
import { BillImport } from '../../../components/options/BillImport';
import { accountName, UNPLACED_SHOWN } from '../../../components/import/BillPreview';
import { Options } from '../../../components/options/Options';
import { BILL_ACCOUNTS } from '../../../utils/bills/accounts';
import { billParser } from '../../../utils/bills/worker-client';
import { answerBillRequest, type BillReply, type BillRequest } from '../../../utils/bills/worker-protocol';
import type { UnplacedReason } from '../../../utils/bills/types';
import type { Lang } from '../../../utils/i18n';
import { to } from '../../../utils/i18n/options';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { parseHistory } from '../../../utils/model/history-schema';
import type { HistoryFile } from '../../../utils/model/types';
import { NO_RISK } from '../../../utils/rules/risk';
import type { Send } from '../../../utils/ui/api';
import { alipayText } from '../bills/support';
import { inProcessWorker, type InProcessWorker } from '../support/in-process-worker';
import { inLang, useDom } from './support/dom';

const dom = useDom(() => fakeBrowser.reset());
const DIR = join(__dirname, '../../fixtures/bills');
const fixture = (name: string) => new File([readFileSync(join(DIR, name))], name, { type: 'text/csv' });

type Reply = Awaited<ReturnType<Send>>;
function sender(reply: (msg: UiMessage) => Reply = () => ({ ok: true, added: { accounts: 2, observations: 0, events: 3 } })) {
  const sent: UiMessage[] = [];
  const send = vi.fn(async (msg: UiMessage) => {
    sent.push(msg);
    return reply(msg);
  }) as unknown as Send;
  return { send, sent, imports: () => sent.filter((m): m is Extract<UiMessage, { type: 'ui:import' }> => m.type === 'ui:import') };
}

const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
const text = () => dom.root.textContent ?? '';
const $ = <T extends Element = HTMLElement>(sel: string) => dom.root.querySelector(sel) as unknown as T | null;

const workers: InProcessWorker<BillRequest, BillReply>[] = [];
/** Bills parsed by the worker's body in this process; `beforeDelivery` sees each reply before the page does. */
const inProcess = (chunkRows?: number, beforeDelivery?: (reply: BillReply) => void) =>
  billParser(() => {
    const w = inProcessWorker<BillRequest, BillReply>(answerBillRequest, beforeDelivery);
    workers.push(w);
    return w;
  }, chunkRows);

async function mount(props: Partial<Parameters<typeof BillImport>[0]> & { send: Send; lang?: Lang }) {
  await act(async () => {
    const { lang = 'zh', ...rest } = props;
    render(inLang(lang, <BillImport now={() => new Date('2026-11-23T08:00:00.000Z')} parse={inProcess()} {...rest} />), dom.root);
  });
}

/** Sets the file on the input the way a picker does, then waits until reading has finished. */
async function pick(file: File) {
  const input = $<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 200 && !$('.bill-preview') && !$('.bill-refused'); i++) await flush();
}

async function click(button: Element | null | undefined) {
  expect(button).toBeTruthy();
  await act(async () => {
    button!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await flush();
}

const confirmButton = () => $('button.bill-confirm');
const listed = () => Array.from(dom.root.querySelectorAll('.bill-unplaced li')).map((li) => li.textContent);

describe('bill import', () => {
  it('previews a GBK Alipay bill by account before sending anything', async () => {
    const { send, sent } = sender();
    await mount({ send });
    expect($<HTMLInputElement>('input[type=file]')?.getAttribute('accept')).toBe('.csv,text/csv');
    expect(text()).toContain('导入账单（支付宝 / 微信 / 京东 CSV）');
    await pick(fixture('alipay-gbk.csv'));
    const t = text();
    expect(t).toContain('alipay-gbk.csv：识别为支付宝账单');
    expect(t).toContain('时间范围：2026年9月5日 至 2026年9月28日');
    const rows = Array.from(dom.root.querySelectorAll('.bill-accounts tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows[1]).toEqual(['支付宝 · 借呗', '1 笔，共 ¥20,000.00', '1 笔，共 ¥1,712.34']);
    expect(rows[2]).toEqual(['中国工商银行（信用卡还款）', '—', '1 笔，共 ¥3,000.00']);
    expect(rows[0]?.[0]).toBe('支付宝 · 花呗');
    expect(t).toMatch(/其余 \d+ 行不是借款或还款/);
    expect(confirmButton()?.textContent).toMatch(/^导入 \d+ 条记录$/);
    expect(sent).toEqual([]);
  });

  it('lists the rows it could not place, by line and reason in plain words', async () => {
    await mount({ send: sender().send });
    await pick(fixture('wechat.csv'));
    expect(text()).toContain('识别为微信支付账单');
    expect(text()).toContain('2 行看起来是借款或还款，但没能读出，不会导入：');
    expect(listed()).toEqual(['第 27 行：信用卡还款，但没写是哪家银行', '第 29 行：没有可读的交易时间']);
    expect(text()).toMatch(/\d+ 行重复，已去掉。/);
  });

  it('collapses a long list of unplaced rows behind "show all"', async () => {
    const rows = Array.from({ length: 15 }, (_, i) => ({ time: 'soon', order: `X${i}` }));
    await mount({ send: sender().send });
    await pick(new File([alipayText(...rows)], 'many.csv'));
    expect(listed()).toHaveLength(UNPLACED_SHOWN);
    const more = Array.from(dom.root.querySelectorAll('.bill-unplaced button')).find((b) => b.textContent === '显示全部 15 行');
    await click(more);
    expect(listed()).toHaveLength(15);
    expect(listed()[14]).toBe('第 17 行：没有可读的交易时间');
  });

  it('sends one ui:import of a valid history file on confirm, and says what was added', async () => {
    const { send, imports } = sender(() => ({ ok: true, added: { accounts: 2, observations: 0, events: 2 } }));
    const onChanged = vi.fn();
    await mount({ send, onChanged });
    await pick(fixture('alipay-gbk.csv'));
    const n = Number(/\d+/.exec(confirmButton()!.textContent!)![0]);
    await click(confirmButton());
    expect(imports()).toHaveLength(1);
    const parsed = parseHistory(JSON.parse(imports()[0]!.text));
    if (!parsed.ok) throw new Error(parsed.code);
    expect(parsed.file.events).toHaveLength(n);
    expect(parsed.file.accounts.map((a) => a.id)).toEqual(['alipay-huabei', 'alipay-jiebei']);
    expect(parsed.file.events.every((e) => e.source === 'import')).toBe(true);
    expect($('.bill-result')?.textContent).toBe(`已导入 2 条，${n - 2} 条已存在。新增 2 个账户。`);
    expect($('.bill-preview')).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('says so when the bill was imported before', async () => {
    const { send } = sender(() => ({ ok: true, added: { accounts: 0, observations: 0, events: 0 } }));
    const onChanged = vi.fn();
    await mount({ send, onChanged, lang: 'en' });
    await pick(fixture('alipay-gbk.csv'));
    await click(confirmButton());
    expect($('.bill-result')?.textContent).toMatch(/^Nothing new: every record of this bill \(\d+\) was imported before\.$/);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('splits a bill over the import cap into several ui:import calls', async () => {
    const { send, imports } = sender((msg) => ({
      ok: true,
      added: { accounts: 0, observations: 0, events: (JSON.parse((msg as { text: string }).text) as HistoryFile).events.length },
    }));
    await mount({ send, maxBytes: 900 });
    await pick(fixture('alipay-utf8.csv'));
    await click(confirmButton());
    expect(imports().length).toBeGreaterThan(1);
    for (const m of imports()) expect(new TextEncoder().encode(m.text).length).toBeLessThanOrEqual(900);
    expect($('.bill-result')?.textContent).toMatch(/^已导入 \d+ 条。$/);
  });

  it('keeps the preview after a failed import, with the failure in plain words', async () => {
    const { send } = sender(() => ({ ok: false, code: 'quota' }));
    await mount({ send });
    await pick(fixture('alipay-gbk.csv'));
    await click(confirmButton());
    expect($('[role=alert]')?.textContent).toContain('磁盘空间已满');
    expect($('.bill-preview')).not.toBeNull();
    expect(text()).toContain('可以再试一次');
    expect(confirmButton()?.hasAttribute('disabled')).toBe(false);
  });

  it('refuses a file that is not a bill, and an empty one, naming the formats it reads', async () => {
    const { send, sent } = sender();
    await mount({ send });
    await pick(fixture('bank-statement.csv'));
    expect($('.bill-refused')?.textContent).toBe(
      '这个文件不是能识别的账单，没有导入任何内容。能读取的是支付宝、微信支付、京东导出的 CSV 账单（微信的 Excel 账单请先另存为 CSV）。',
    );
    expect($('.bill-preview')).toBeNull();
    await pick(fixture('empty.csv'));
    expect($('.bill-refused')?.textContent).toContain('这个文件是空的');
    expect(sent).toEqual([]);
  });

  it('says a file is too large before reading any of it, whatever its size', async () => {
    const { send, sent } = sender();
    await mount({ send });
    for (const mib of [65, 2048]) {
      const huge = new File(['x'], 'huge.csv');
      Object.defineProperty(huge, 'size', { value: mib * 1024 * 1024 });
      const read = vi.spyOn(huge, 'arrayBuffer');
      await pick(huge);
      expect($('.bill-refused')?.textContent).toContain('文件太大：账单文件最多 64 MB，没有读取。');
      expect(read).not.toHaveBeenCalled();
    }
    expect(sent).toEqual([]);
  });

  it('shows a progress bar with a percentage while a large bill is read, and ends the worker', async () => {
    const seen: string[] = [];
    // Just before the page gets each of the worker's messages: what the previous one made it show.
    const look = (reply: BillReply) => {
      if (reply.type === 'progress') seen.push(`${$('progress')?.getAttribute('value')} ${$('.bill-progress')?.textContent}`);
    };
    workers.length = 0;
    await mount({ send: sender().send, parse: inProcess(1000, look) });
    await pick(new File([syntheticAlipayBill(5000)], 'big.csv'));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toMatch(/^0 正在读取账单… 0%$/);
    expect(seen[2]).toMatch(/^([1-9]\d*) 正在读取账单… \1%$/);
    expect($('.bill-preview')).not.toBeNull();
    expect($('progress')).toBeNull();
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });

  it('stops reading on cancel: the worker is ended, nothing is previewed or sent', async () => {
    const { send, sent } = sender();
    let cancelled = false;
    const cancelOnce = (reply: BillReply) => {
      if (reply.type !== 'progress' || cancelled || !$('button.import-cancel')) return;
      cancelled = true;
      $('button.import-cancel')!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    };
    workers.length = 0;
    await mount({ send, parse: inProcess(200, cancelOnce) });
    await pick(new File([syntheticAlipayBill(5000)], 'big.csv'));
    for (let i = 0; i < 20 && !$('.import-cancelled'); i++) await flush();
    expect(cancelled).toBe(true);
    expect($('.import-cancelled')?.textContent).toBe('已停止读取，没有导入任何内容。');
    expect(workers[0]!.terminated).toBe(true);
    const got = workers[0]!.delivered.length;
    for (let i = 0; i < 5; i++) await flush();
    expect(workers[0]!.delivered.length).toBe(got);
    expect(workers[0]!.delivered.some((r) => r.type === 'result')).toBe(false);
    expect($('.bill-preview')).toBeNull();
    expect($('.bill-refused')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('says a bill is unreadable when its worker fails, in plain words', async () => {
    const { send, sent } = sender();
    await mount({ send, parse: () => Promise.reject(new Error('the bill worker failed')) });
    await pick(fixture('alipay-gbk.csv'));
    expect($('.bill-refused')?.textContent).toMatch(/^读不了这个文件（可能已被移动或删除），没有导入任何内容。/);
    expect(sent).toEqual([]);
  });

  it('shows the preview in English', async () => {
    await mount({ send: sender().send, lang: 'en' });
    await pick(fixture('wechat.csv'));
    expect(text()).toContain('wechat.csv: read as a WeChat Pay bill');
    expect(listed()).toEqual(['Line 27: a credit-card repayment that names no bank', 'Line 29: no readable date and time']);
    expect(confirmButton()?.textContent).toMatch(/^Import \d+ records$/);
  });

  it('says "1 record" for a bill of one event', async () => {
    await mount({ send: sender().send, lang: 'en' });
    await pick(new File([alipayText({ order: 'C1' })], 'one.csv'));
    expect(confirmButton()?.textContent).toBe('Import 1 record');
  });

  it('has words for every reason a row goes unplaced, in both languages', () => {
    const reasons: UnplacedReason[] = ['truncated', 'bad-time', 'no-amount', 'unknown-product', 'unknown-lender', 'unknown-direction'];
    for (const lang of ['zh', 'en'] as const)
      for (const r of reasons) expect(to(lang, `options.bills.reason.${r}`)).not.toContain('options.');
  });

  it('names every bill product in English, keeping the stored name beside it', () => {
    for (const a of BILL_ACCOUNTS) {
      const line = { key: a.id, lender: a.lender, product: a.product, card: false, borrows: 0, borrowed: 0, repays: 0, repaid: 0 };
      expect(accountName('zh', line)).toBe(`${a.lender} · ${a.product}`);
      expect(accountName('en', line)).toMatch(new RegExp(`^[A-Za-z ]+ \\(${a.lender} · ${a.product}\\)$`));
    }
  });

  it('is part of the options page', async () => {
    const send = (async (msg: UiMessage) =>
      msg.type === 'ui:dashboard'
        ? { ok: true, dashboard: { accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } } }
        : { ok: false, code: 'internal' }) as Send;
    await act(async () => {
      render(<Options browserLanguage="zh-CN" send={send} />, dom.root);
    });
    for (let i = 0; i < 3; i++) await flush();
    expect($('.options .bill-import input[type=file]')).not.toBeNull();
  });
});
