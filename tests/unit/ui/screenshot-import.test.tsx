// The dashboard's screenshot import rendered into linkedom, on the screenshot fixtures: their real
// bytes (checked by their headers), their OCR lines given by the test instead of the worker (as
// pdf.js is given for reports), read by the real screen reader. Progress per picture, a stop button
// that aborts the worker, the preview (outlines over the picture, editable and removable fields, the
// account, the time in China time), and the one ui:import-screenshot sent on confirm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenshotImport } from '../../../components/dashboard/ScreenshotImport';
import type { ReadShots } from '../../../components/import/shot-reader';
import { readShotsWith, type OcrBatch } from '../../../components/import/shot-wiring';
import type { Lang } from '../../../utils/i18n';
import type { ScreenshotEntry, UiMessage } from '../../../utils/messaging/protocol';
import type { Account } from '../../../utils/model/types';
import type { OcrResult } from '../../../utils/ocr/types';
import { readScreen } from '../../../utils/screenshot/read';
import type { Send } from '../../../utils/ui/api';
import { inLang, useDom } from './support/dom';

const dom = useDom();
const NOW = Date.parse('2026-12-07T04:00:00.000Z');
const ACCOUNTS: Account[] = [{ id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' }];
const DIR = join(__dirname, '../../fixtures/screens');
const ALIPAY = 'Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg';
const CHAT = 'mmexport1795863910456.jpg';

const fixture = (name: string, lastModified = NOW - 3_600_000) =>
  new File([readFileSync(join(DIR, name))], name, { type: /png$/i.test(name) ? 'image/png' : 'image/jpeg', lastModified });
const linesOf = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.lines.json`), 'utf8')) as OcrResult;

/** The fixture's ideal OCR lines in place of the worker, with its progress, stopping at the signal. */
const ocr: OcrBatch = async (files, { onProgress, onOutcome, signal }) => {
  const out = [];
  for (const [i, f] of files.entries()) {
    onProgress(i, 'detecting', 0.5);
    await new Promise((r) => setTimeout(r, 1));
    if (signal.aborted) throw signal.reason;
    const outcome = { ok: true as const, result: linesOf(f.name) };
    onOutcome(i, outcome);
    out.push(outcome);
  }
  return out;
};

function sender() {
  const sent: UiMessage[] = [];
  const send = vi.fn(async (msg: UiMessage) => {
    sent.push(msg);
    return { ok: true, added: 1, collapsed: 0, accounts: 1 };
  }) as unknown as Send;
  return { send, sent };
}

const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 2));
  });
const $ = <T extends Element = HTMLElement>(sel: string) => dom.root.querySelector(sel) as unknown as T | null;
const $$ = (sel: string) => Array.from(dom.root.querySelectorAll(sel));
const text = () => dom.root.textContent ?? '';

const revoked: string[] = [];
afterEach(() => {
  revoked.length = 0;
  vi.restoreAllMocks();
});

async function mount(send: Send, { lang = 'zh', readShots = readShotsWith(ocr, readScreen) }: { lang?: Lang; readShots?: ReadShots } = {}) {
  let made = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:shot-${++made}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u: string) => void revoked.push(u));
  await act(async () => {
    render(
      inLang(lang, <ScreenshotImport send={send} accounts={ACCOUNTS} readShots={readShots} now={() => NOW} onChanged={() => undefined} />),
      dom.root,
    );
  });
}

async function pick(...files: File[]) {
  const input = $<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 100 && $('.import-reading'); i++) await flush();
}

async function click(el: Element | null | undefined) {
  expect(el).toBeTruthy();
  await act(async () => {
    el!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await flush();
}

async function type(el: Element | null | undefined, value: string) {
  expect(el).toBeTruthy();
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el!.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
  });
}

/** linkedom keeps no selection state: the chosen option carries `selected`. */
async function choose(select: Element | null, value: string) {
  expect(select).toBeTruthy();
  for (const o of select!.querySelectorAll('option')) {
    if (o.getAttribute('value') === value) o.setAttribute('selected', '');
    else o.removeAttribute('selected');
  }
  await act(async () => void select!.dispatchEvent(new dom.window.Event('change', { bubbles: true })));
}

const sentShots = (sent: UiMessage[]) => (sent[0] as Extract<UiMessage, { type: 'ui:import-screenshot' }>).shots;

describe('screenshot import', () => {
  it('previews an account screen with its boxes and refuses a chat in words, sending nothing until confirmed', async () => {
    const { send, sent } = sender();
    await mount(send);
    expect($<HTMLInputElement>('input[type=file]')?.hasAttribute('multiple')).toBe(true);
    await pick(fixture(ALIPAY), fixture(CHAT));
    expect($('.shot-refused')?.textContent).toBe(`${CHAT}：这像是聊天截图，不是账户页面，没有记录。`);
    expect($$('.shot-preview')).toHaveLength(1);
    expect($<HTMLImageElement>('.shot-canvas img')?.getAttribute('src')).toBe('blob:shot-1');
    // Six fields; the available limit has a label box and a value box.
    const boxes = $$('.shot-box');
    expect(boxes).toHaveLength(7);
    // 可借额度(元) at [90, 333, 325, 381] of 1080 × 2340.
    expect(boxes[0]!.getAttribute('style')).toMatch(/left: ?8\.333%; ?top: ?14\.231%; ?width: ?21\.759%; ?height: ?2\.051%/);
    expect(text()).toContain('截图上的账户：支付宝 · 借呗');
    expect($<HTMLInputElement>('input[type=datetime-local]')?.getAttribute('value')).toBe('2026-12-03T10:15:00');
    expect(text()).toContain('从文件名读出');
    expect($$('.shot-value').map((i) => (i as HTMLInputElement).value)).toEqual(['50000', '80000', '0.02', '7.3']);
    expect(text()).toContain('读自：可借额度(元) 50,000.00');
    expect(sent).toEqual([]);

    await click($('button.shot-confirm'));
    expect(sentShots(sent)).toEqual<ScreenshotEntry[]>([
      {
        accountId: 'alipay-jiebei',
        lender: '支付宝',
        product: '借呗',
        kind: 'credit-line',
        values: {
          status: 'normal',
          statusText: '去借钱',
          availableLimit: 50000,
          totalLimit: 80000,
          dailyRate: 0.0002,
          apr: 0.073,
          increaseAvailable: true,
        },
        at: '2026-12-03T02:15:00.123Z',
      },
    ]);
    expect($('.shot-result')?.textContent).toBe('已记录 1 条新记录。新增 1 个账户。');
    // The picture's URL was given back when its preview went.
    expect($('.shot-preview')).toBeNull();
    expect(revoked).toEqual(['blob:shot-1']);
  });

  it('names an existing account the screen points to by its stored name', async () => {
    await mount(sender().send);
    await pick(fixture('jd-baitiao.png'));
    expect(text()).toContain('截图上的账户：京东 · 白条');
    expect(text()).toContain('文件的修改时间');
  });

  it('sends what the person corrected: a value typed, a field removed, another account, another time', async () => {
    const { send, sent } = sender();
    await mount(send);
    await pick(fixture(ALIPAY));
    await type($$('.shot-value')[0], '49,500');
    const removeButtons = () => $$('.shot-fields button');
    for (const i of [5, 4, 3, 2]) await click(removeButtons()[i]);
    expect($$('.shot-box')).toHaveLength(3);
    expect($$('.shot-fields tr.removed')).toHaveLength(4);
    await choose($('.shot-account-choice'), 'id:jd-baitiao');
    await type($('input[type=datetime-local]'), '2026-12-04T09:30:00');
    await click($('button.shot-confirm'));
    expect(sentShots(sent)).toEqual([
      {
        accountId: 'jd-baitiao',
        lender: '京东',
        product: '白条',
        kind: 'pay-later',
        values: { status: 'unknown', availableLimit: 49500, totalLimit: 80000 },
        at: '2026-12-04T01:30:00.000Z',
      },
    ]);
  });

  it('adds pictures picked while a preview is open to it, keeping what was corrected', async () => {
    const { send } = sender();
    await mount(send);
    await pick(fixture(ALIPAY));
    await type($$('.shot-value')[0], '49,500');
    await pick(fixture('jd-baitiao.png'));
    expect($$('.shot-preview').map((e) => e.getAttribute('aria-label'))).toEqual([ALIPAY, 'jd-baitiao.png']);
    expect(($$('.shot-value')[0] as HTMLInputElement).value).toBe('49,500');
  });

  it('asks for a lender for a new account, refuses a time in the future and a bad number, in words', async () => {
    const { send, sent } = sender();
    await mount(send, { lang: 'en' });
    await pick(fixture(ALIPAY));
    await choose($('.shot-account-choice'), 'new');
    expect($<HTMLInputElement>('.shot-lender')?.value).toBe('支付宝');
    await type($('.shot-lender'), '');
    expect($('.shot-problem')?.textContent).toBe('Choose an account, or name the lender of a new one.');
    expect($('button.shot-confirm')?.hasAttribute('disabled')).toBe(true);
    await type($('.shot-lender'), '度小满');
    expect($('button.shot-confirm')?.hasAttribute('disabled')).toBe(false);
    await type($('input[type=datetime-local]'), '2026-12-07T12:00:01');
    expect($('.shot-problem')?.textContent).toBe('The time cannot be later than now.');
    expect($('button.shot-confirm')?.hasAttribute('disabled')).toBe(true);
    await type($('input[type=datetime-local]'), '2026-12-07T12:00:00');
    await type($$('.shot-value')[1], '-3');
    expect($('.shot-problem')?.textContent).toBe('Enter a number, 0 or more.');
    await type($$('.shot-value')[1], '60000');
    await click($('button.shot-confirm'));
    expect(sentShots(sent)[0]).toMatchObject({ lender: '度小满', product: '借呗', kind: 'credit-line', at: '2026-12-07T04:00:00.000Z' });
    expect(sentShots(sent)[0]!.values.totalLimit).toBe(60000);
    expect(sentShots(sent)[0]!.accountId).toBeUndefined();
  });

  it('refuses a PDF renamed .png, a huge or cut-off picture by their bytes, without starting the OCR', async () => {
    const readShots = vi.fn(readShotsWith(ocr, readScreen));
    await mount(sender().send, { readShots });
    const pdf = new File([readFileSync(join(__dirname, '../../fixtures/reports/not-a-report.pdf'))], 'report.png', { type: 'image/png' });
    const png = new Uint8Array(readFileSync(join(DIR, 'jd-baitiao.png')));
    const huge = png.slice();
    new DataView(huge.buffer).setUint32(16, 20_000);
    new DataView(huge.buffer).setUint32(20, 20_000);
    const cut = png.slice(0, png.length >> 1);
    await pick(pdf, new File([huge], 'huge.png', { type: 'image/png' }), new File([cut], 'cut.png', { type: 'image/png' }));
    expect($$('.shot-refused').map((p) => p.textContent)).toEqual([
      'report.png：不是 PNG、JPEG 或 WebP 图片，没有读取。',
      'huge.png：图片的像素太多（最多 40 百万像素），没有读取。手机截图通常不到 5 百万像素。',
      'cut.png：图片已损坏或不完整，读不了。',
    ]);
    expect(readShots).not.toHaveBeenCalled();
  });

  it('shows progress per picture and stops the reading (and its worker) on the stop button', async () => {
    let signal: AbortSignal | undefined;
    const readShots: ReadShots = (_files, o) => {
      signal = o.signal;
      o.onProgress(0, { done: 1, total: 4 });
      return new Promise<void>((resolve) => o.signal.addEventListener('abort', () => resolve()));
    };
    const { send, sent } = sender();
    await mount(send, { readShots });
    const input = $<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [fixture(ALIPAY), fixture('jd-baitiao.png')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 50 && !$('progress[value]'); i++) await flush();
    expect($$('.shot-progress').map((li) => li.textContent)).toEqual([`${ALIPAY}：正在识别… 25%`, 'jd-baitiao.png：等待读取']);
    await click($('button.import-cancel'));
    expect(signal?.aborted).toBe(true);
    expect($('.import-cancelled')?.textContent).toBe('已停止读取，没有导入任何内容。');
    expect($('.shot-progress')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('takes pictures pasted anywhere on the page, and leaves a text paste alone', async () => {
    await mount(sender().send);
    const paste = (files: File[]) => {
      const e = new dom.window.Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      e.clipboardData = { files };
      return e;
    };
    const textPaste = paste([]);
    await act(async () => {
      dom.window.dispatchEvent(textPaste);
    });
    expect(textPaste.defaultPrevented).toBe(false);
    const picture = paste([fixture(ALIPAY)]);
    await act(async () => {
      dom.window.dispatchEvent(picture);
    });
    expect(picture.defaultPrevented).toBe(true);
    for (let i = 0; i < 100 && !$('.shot-preview'); i++) await flush();
    expect($$('.shot-preview')).toHaveLength(1);
  });
});
