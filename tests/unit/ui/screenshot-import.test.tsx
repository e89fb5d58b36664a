// The dashboard's screenshot import rendered into linkedom with OCR lines given by the test (the OCR
// worker and the screen reader are parameters, as pdf.js is for reports): pictures picked or pasted,
// checked by their headers, progress per picture, a stop button that aborts the worker, the preview
// (outlines over the picture, editable and removable fields, the account, the time in China time),
// and the one ui:import-screenshot sent on confirm.
import { PNG } from 'pngjs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenshotImport } from '../../../components/dashboard/ScreenshotImport';
import type { ReadShots } from '../../../components/import/shot-reader';
import { readShotsWith, type OcrBatch } from '../../../components/import/shot-wiring';
import type { Lang } from '../../../utils/i18n';
import type { ScreenshotEntry, UiMessage } from '../../../utils/messaging/protocol';
import type { Account } from '../../../utils/model/types';
import type { OcrLine } from '../../../utils/ocr/types';
import type { ScreenInput, ScreenRead } from '../../../utils/screenshot/types';
import type { Send } from '../../../utils/ui/api';
import { inLang, useDom } from './support/dom';

const dom = useDom();
const NOW = Date.parse('2026-12-07T04:00:00.000Z');
const ACCOUNTS: Account[] = [{ id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' }];

function png(width = 108, height = 234): File {
  const p = new PNG({ width, height });
  p.data.fill(230);
  return new File([new Uint8Array(PNG.sync.write(p))], 'x.png', { type: 'image/png' });
}
const named = (file: File, name: string, lastModified = NOW - 3_600_000) => new File([file], name, { type: file.type, lastModified });

const LINES: Record<string, OcrLine[]> = {
  'Screenshot_20261203-101500.png': [
    { text: '借呗', box: [40, 10, 70, 22], score: 0.99 },
    { text: '可用额度(元)', box: [10, 60, 60, 70], score: 0.98 },
    { text: '32,000.00', box: [10, 74, 80, 92], score: 0.97 },
    { text: '总额度 50,000.00', box: [10, 100, 90, 110], score: 0.96 },
  ],
  'chat.png': [{ text: '你好，在吗', box: [10, 10, 60, 20], score: 0.9 }],
};

/** A stand-in for utils/screenshot/read.ts: the fields this test's lines hold, with their boxes. */
function readScreen({ lines, fileName, now }: ScreenInput): ScreenRead {
  if (!lines.some((l) => /额度/.test(l.text))) return { observations: [], notAccount: 'chat' };
  const fields: ScreenRead['observations'][number]['fields'] = [];
  const label = lines.find((l) => l.text.startsWith('可用额度'))!;
  const value = lines[lines.indexOf(label) + 1]!;
  fields.push({ field: 'availableLimit', value: 32000, text: `${label.text} ${value.text}`, boxes: [label.box, value.box] });
  const total = lines.find((l) => l.text.startsWith('总额度'))!;
  fields.push({ field: 'totalLimit', value: 50000, text: total.text, boxes: [total.box] });
  const taken = /Screenshot_(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)/.exec(fileName ?? '');
  const takenAt = taken
    ? new Date(`${taken[1]}-${taken[2]}-${taken[3]}T${taken[4]}:${taken[5]}:${taken[6]}+08:00`).toISOString()
    : undefined;
  return {
    observations: [
      { lender: '支付宝', product: '借呗', kind: 'credit-line', totalLimit: 50000, availableLimit: 32000, status: 'unknown', fields },
    ],
    ...(takenAt && Date.parse(takenAt) <= now.getTime() && { takenAt, takenFrom: 'file-name' as const }),
  };
}

/** OCR from the table above, with progress, stopping at the signal like the worker client. */
const ocr: OcrBatch = async (files, { onProgress, signal }) => {
  const out = [];
  for (const [i, f] of files.entries()) {
    onProgress(i, 1, 2);
    await new Promise((r) => setTimeout(r, 1));
    if (signal.aborted) return [];
    onProgress(i, 2, 2);
    out.push({ ok: true as const, result: { width: 108, height: 234, lines: LINES[f.name] ?? [] } });
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
let made = 0;
afterEach(() => {
  revoked.length = 0;
});

async function mount(
  send: Send,
  {
    lang = 'zh',
    readShots = readShotsWith(ocr, readScreen),
    onChanged = () => undefined,
  }: { lang?: Lang; readShots?: ReadShots; onChanged?: () => void } = {},
) {
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => `blob:shot-${++made}`, revokeObjectURL: (u: string) => revoked.push(u) }),
  );
  await act(async () => {
    render(
      inLang(lang, <ScreenshotImport send={send} accounts={ACCOUNTS} readShots={readShots} now={() => NOW} onChanged={onChanged} />),
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

describe('screenshot import', () => {
  it('previews an account screen with its boxes and refuses a chat in words, sending nothing until confirmed', async () => {
    const { send, sent } = sender();
    await mount(send);
    expect($<HTMLInputElement>('input[type=file]')?.hasAttribute('multiple')).toBe(true);
    await pick(named(png(), 'Screenshot_20261203-101500.png'), named(png(), 'chat.png'));
    expect($('.shot-refused')?.textContent).toBe('chat.png：这像是聊天截图，不是账户页面，没有记录。');
    expect($$('.shot-preview')).toHaveLength(1);
    expect($<HTMLImageElement>('.shot-canvas img')?.getAttribute('src')).toMatch(/^blob:/);
    // Two fields: the available limit's label and value boxes, the total's one box.
    const boxes = $$('.shot-box');
    expect(boxes).toHaveLength(3);
    expect(boxes[0]!.getAttribute('style')).toMatch(/left: ?9\.259%; ?top: ?25\.641%; ?width: ?46\.296%/);
    expect($('.shot-account-choice option[selected]')?.getAttribute('value') ?? $('.shot-account-choice option')?.getAttribute('value')).toBe('named');
    expect(text()).toContain('截图上的账户：支付宝 · 借呗');
    expect($<HTMLInputElement>('input[type=datetime-local]')?.value).toBe('2026-12-03T10:15:00');
    expect(text()).toContain('从文件名读出');
    expect($$('.shot-value').map((i) => (i as HTMLInputElement).value)).toEqual(['32000', '50000']);
    expect(sent).toEqual([]);

    await click($('button.shot-confirm'));
    expect(sent).toHaveLength(1);
    const shots = (sent[0] as Extract<UiMessage, { type: 'ui:import-screenshot' }>).shots;
    expect(shots).toEqual<ScreenshotEntry[]>([
      {
        lender: '支付宝',
        product: '借呗',
        kind: 'credit-line',
        values: { status: 'unknown', availableLimit: 32000, totalLimit: 50000 },
        at: '2026-12-03T02:15:00.000Z',
      },
    ]);
    expect($('.shot-result')?.textContent).toBe('已记录 1 条新记录。新增 1 个账户。');
    // The picture's URL was given back when its preview went.
    expect($('.shot-preview')).toBeNull();
    expect(revoked).toHaveLength(1);
  });

  it('sends what the person corrected: a value typed, a field removed, another account, another time', async () => {
    const { send, sent } = sender();
    await mount(send);
    await pick(named(png(), 'Screenshot_20261203-101500.png'));
    await type($$('.shot-value')[0], '31,500');
    await click($$('.shot-fields button')[1]);
    expect($$('.shot-box')).toHaveLength(2);
    expect($$('.shot-fields tr.removed')).toHaveLength(1);
    await choose($('.shot-account-choice'), 'id:jd-baitiao');
    await type($('input[type=datetime-local]'), '2026-12-04T09:30:00');
    await click($('button.shot-confirm'));
    const shots = (sent[0] as Extract<UiMessage, { type: 'ui:import-screenshot' }>).shots;
    expect(shots).toEqual([
      {
        accountId: 'jd-baitiao',
        lender: '京东',
        product: '白条',
        kind: 'pay-later',
        values: { status: 'unknown', availableLimit: 31500 },
        at: '2026-12-04T01:30:00.000Z',
      },
    ]);
  });

  it('asks for a lender for a new account, refuses a time in the future and a bad number, in words', async () => {
    const { send, sent } = sender();
    await mount(send, { lang: 'en' });
    await pick(named(png(), 'Screenshot_20261203-101500.png'));
    await choose($('.shot-account-choice'), 'new');
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
    const shots = (sent[0] as Extract<UiMessage, { type: 'ui:import-screenshot' }>).shots;
    expect(shots[0]).toMatchObject({ lender: '度小满', product: '借呗', kind: 'credit-line', at: '2026-12-07T04:00:00.000Z' });
    expect(shots[0]!.values.totalLimit).toBe(60000);
  });

  it('refuses a PDF renamed .png, an animated or a huge picture by their headers, without reading them', async () => {
    const readShots = vi.fn(readShotsWith(ocr, readScreen));
    await mount(sender().send, { readShots });
    const pdf = new File(['%PDF-1.4\n%%EOF'], 'report.png', { type: 'image/png' });
    const huge = png(4, 4);
    const bytes = new Uint8Array(await huge.arrayBuffer());
    new DataView(bytes.buffer).setUint32(16, 20_000);
    new DataView(bytes.buffer).setUint32(20, 20_000);
    await pick(pdf, new File([bytes], 'huge.png', { type: 'image/png' }));
    expect($$('.shot-refused').map((p) => p.textContent)).toEqual([
      'report.png：不是 PNG、JPEG 或 WebP 图片，没有读取。',
      'huge.png：图片太大（400 百万像素，最多 30 百万像素），没有读取。手机截图通常不到 5 百万像素。',
    ]);
    expect(readShots).not.toHaveBeenCalled();
  });

  it('shows progress per picture and stops the reading (and its worker) on the stop button', async () => {
    let signal: AbortSignal | undefined;
    const readShots: ReadShots = (files, o) => {
      signal = o.signal;
      o.onProgress(0, { done: 1, total: 4 });
      return new Promise<void>((resolve) => o.signal.addEventListener('abort', () => resolve()));
    };
    const { send, sent } = sender();
    await mount(send, { readShots });
    const input = $<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [named(png(), 'a.png'), named(png(), 'b.png')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 20 && !$('progress[value]'); i++) await flush();
    expect($$('.shot-progress').map((li) => li.textContent)).toEqual(['a.png：正在识别… 25%', 'b.png：等待读取']);
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
    const picture = paste([named(png(), 'Screenshot_20261203-101500.png')]);
    await act(async () => {
      dom.window.dispatchEvent(picture);
    });
    expect(picture.defaultPrevented).toBe(true);
    for (let i = 0; i < 100 && !$('.shot-preview'); i++) await flush();
    expect($$('.shot-preview')).toHaveLength(1);
  });
});
