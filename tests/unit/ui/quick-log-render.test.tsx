// The popup's quick log rendered into linkedom: collapsed at first, fill, submit, the message sent,
// the confirmation; a refused save keeps what was typed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useDom } from './support/dom';
import { Popup } from '../../../components/popup/Popup';
import { dayToInstant, localDay } from '../../../utils/forms/quick-log';
import type { AccountSummary, Dashboard, UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { NO_RISK } from '../../../utils/rules/risk';

const NOW = Date.parse('2026-11-23T08:00:00.000Z');
const TODAY = localDay(new Date(NOW));
const HOSTILE = '<img src=x onerror=alert(1)>';

const jiebei: AccountSummary = {
  account: { id: 'manual:蚂蚁/借呗', lender: '蚂蚁', product: '借呗', kind: 'credit-line' },
  observationCount: 0,
};
const dashboard = (accounts: AccountSummary[] = []): Dashboard => ({ accounts, alerts: [], risk: NO_RISK, totals: { observations: 0 } });

const dom = useDom();
const win = () => globalThis.window as unknown as typeof globalThis;
const $ = <T extends Element = HTMLInputElement>(selector: string) => dom.root.querySelector(selector) as unknown as T;
const type = (id: string, value: string) => {
  const el = $(`#${id}`);
  el.value = value;
  el.dispatchEvent(new (win().Event)('input', { bubbles: true }));
};
const choose = (id: string, value: string) => {
  // linkedom's <select> reads its value from the [selected] option and has no value setter.
  const el = $<HTMLSelectElement>(`#${id}`);
  for (const o of el.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  el.dispatchEvent(new (win().Event)('change', { bubbles: true }));
};
const tick = (id: string) => {
  const el = $(`#${id}`);
  el.checked = true;
  el.dispatchEvent(new (win().Event)('change', { bubbles: true }));
};
const submit = () => $('#quick-form').dispatchEvent(new (win().Event)('submit', { cancelable: true }));
const kindButton = (label: string) => [...dom.root.querySelectorAll('.seg-btn')].find((b) => b.textContent === label) as HTMLButtonElement;
// A save is a chain of awaits (send, dashboard reload, state): let it run out.
const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => {});
};
const fieldError = (name: string) => dom.root.querySelector(`#ql-${name}-error`)?.textContent;

async function openQuickLog(
  opts: { lang?: 'zh' | 'en'; accounts?: AccountSummary[]; reply?: (m: Extract<UiMessage, { type: 'ui:add-event' }>) => unknown } = {},
) {
  const sent: UiMessage[] = [];
  const send = (async (msg: UiMessage) => {
    if (msg.type === 'ui:dashboard') return { ok: true, dashboard: dashboard(opts.accounts) };
    if (msg.type === 'ui:tracked-sites') return { ok: true, origins: [] };
    sent.push(msg);
    if (msg.type === 'ui:add-event') return opts.reply?.(msg) ?? { ok: true, added: 1 };
    return { ok: true, changed: 0 };
  }) as Send;
  await act(async () => {
    render(
      <Popup
        lang={opts.lang ?? 'zh'}
        send={send}
        tab={undefined}
        builtInPatterns={[]}
        requestHostPermission={async () => true}
        now={() => NOW}
      />,
      dom.root,
    );
  });
  await act(async () => {});
  const toggle = $<HTMLButtonElement>('.quick-head button');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect($('#quick-form')).toBeNull(); // collapsed: the first screen is the dashboard
  await act(async () => toggle.click());
  // The form is its own chunk, imported on the first opening.
  await vi.waitFor(() => expect($('#quick-form')).not.toBeNull());
  await act(async () => {});
  return { sent: () => sent.filter((m) => m.type === 'ui:add-event') };
}

describe('Quick log in the popup', () => {
  it('logs an application for today with the default outcome, offering known lenders', async () => {
    const { sent } = await openQuickLog({ accounts: [jiebei] });
    expect([...dom.root.querySelectorAll('#ql-lenders option')].map((o) => o.getAttribute('value'))).toEqual(['蚂蚁']);
    expect($('#ql-date').value).toBe(TODAY);
    expect($('#ql-date').getAttribute('max')).toBe(TODAY);
    await act(async () => type('ql-lender', '招商银行'));
    await act(async () => {
      submit();
    });
    await settle();
    expect(sent()).toEqual([
      { type: 'ui:add-event', entry: { kind: 'application', at: dayToInstant(TODAY), lender: '招商银行', outcome: 'pending' } },
    ]);
    expect($('[role=status]').textContent).toBe('已记录（今天）：向「招商银行」提交申请，等待结果。');
    expect($('#quick-form')).toBeNull();
  });

  it('logs a repay paid off in full on an existing account', async () => {
    const { sent } = await openQuickLog({ accounts: [jiebei], lang: 'en' });
    await act(async () => kindButton('Repaid').click());
    await act(async () => choose('ql-accountId', 'manual:蚂蚁/借呗'));
    expect($('#ql-lender')).toBeNull(); // the account names its lender
    await act(async () => {
      type('ql-amount', '１，２３４．５');
      tick('ql-full');
    });
    await act(async () => {
      submit();
    });
    await settle();
    expect(sent()).toEqual([
      {
        type: 'ui:add-event',
        entry: { kind: 'repay', at: dayToInstant(TODAY), accountId: 'manual:蚂蚁/借呗', amount: 1234.5, full: true },
      },
    ]);
    expect($('[role=status]').textContent).toBe('Logged: 蚂蚁 · 借呗 paid off in full, today.');
  });

  it('shows errors next to the fields in plain words and sends nothing', async () => {
    const { sent } = await openQuickLog();
    await act(async () => kindButton('借款').click());
    await act(async () => {
      type('ql-amount', '1.234');
      type('ql-date', '2999-01-01');
    });
    await act(async () => {
      submit();
    });
    expect(fieldError('lender')).toBe('请填写放贷方。');
    expect(fieldError('amount')).toBe('最多两位小数。');
    expect(fieldError('date')).toBe('不能是未来的日期。');
    expect($('#ql-amount').getAttribute('aria-describedby')).toBe('ql-amount-error');
    expect($('#ql-amount').value).toBe('1.234');
    expect(sent()).toEqual([]);
  });

  it('keeps everything typed when the background refuses the save', async () => {
    const { sent } = await openQuickLog({ reply: () => ({ ok: false, code: 'quota' }) });
    await act(async () => kindButton('借款').click());
    await act(async () => {
      type('ql-lender', HOSTILE);
      type('ql-product', '借呗');
      type('ql-amount', '1.2万');
      type('ql-date', '2026-11-20');
    });
    await act(async () => {
      submit();
    });
    await settle();
    expect(sent()).toEqual([
      { type: 'ui:add-event', entry: { kind: 'borrow', at: dayToInstant('2026-11-20'), lender: HOSTILE, product: '借呗', amount: 12000 } },
    ]);
    expect($('#quick-form [role=alert]').textContent).toContain('磁盘空间已满，没有保存任何内容');
    expect($('#ql-lender').value).toBe(HOSTILE);
    expect($('#ql-product').value).toBe('借呗');
    expect($('#ql-amount').value).toBe('1.2万');
    expect($('#ql-date').value).toBe('2026-11-20');
    expect(dom.root.querySelectorAll('img').length).toBe(0);
  });

  it('says so when the very same event was already logged', async () => {
    await openQuickLog({ reply: () => ({ ok: true, added: 0 }) });
    await act(async () => type('ql-lender', '招商银行'));
    await act(async () => {
      submit();
    });
    await settle();
    expect($('[role=status]').textContent).toBe('这条记录之前已经保存过，没有重复添加。');
  });
});
