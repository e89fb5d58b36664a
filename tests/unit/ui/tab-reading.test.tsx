// The popup's "本页读到 / Read on this page": what the tab's last capture read, as text, only while
// the tab shows that page; 不对？ removes it (undo sends the row back and closes the picker) and says
// what happens next: picking on a tracked site, removal only on a built-in adapter's page.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { TabReading } from '../../../components/popup/TabReading';
import type { TabReading as Reading } from '../../../utils/capture/tab-capture';
import { tabReadingEn } from '../../../utils/i18n/tab-reading-en';
import { tabReadingZh } from '../../../utils/i18n/tab-reading-zh';
import type { UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { readingRows } from '../../../utils/ui/reading-rows';
import { inLang, useDom } from './support/dom';

const dom = useDom();
const AT = '2026-11-23T08:00:00.000Z';
const READING: Reading = {
  url: 'https://h5.lender.example/wallet',
  adapter: 'generic',
  pickable: true,
  accounts: [
    { accountId: 'site:h5.lender.example', name: '青柠钱包', at: AT, values: { availableLimit: 1, totalLimit: 20000, status: 'unknown' } },
  ],
};
const removed = { accountId: 'site:h5.lender.example', at: AT, availableLimit: 1, totalLimit: 20000, status: 'unknown', source: 'page' };

async function show(opts: { reading?: Reading; url?: string; lang?: 'zh' | 'en'; wrong?: object } = {}) {
  const sent: UiMessage[] = [];
  let changed = 0;
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    if (msg.type === 'ui:tab-capture') return { ok: true, reading: opts.reading ?? READING };
    if (msg.type === 'ui:wrong-capture') return opts.wrong ?? { ok: true, removed, picking: true };
    return { ok: true, restored: 1 };
  }) as Send;
  await act(async () => {
    render(
      inLang(
        opts.lang ?? 'zh',
        <TabReading send={send} tab={{ id: 5, url: opts.url ?? 'https://h5.lender.example/wallet?x=1#top' }} onChanged={() => changed++} />,
      ),
      dom.root,
    );
  });
  await act(async () => {});
  const wrong = () => dom.root.querySelector<HTMLButtonElement>('.reading-wrong');
  return { sent, changed: () => changed, wrong };
}

const text = (sel: string) => dom.root.querySelector(sel)?.textContent;
const click = async (el: Element | null | undefined) => {
  await act(async () => (el as HTMLElement).click());
  await act(async () => {});
};

describe('read on this page', () => {
  it('lists each field read with its value as text, and asks for the tab’s capture', async () => {
    const { sent, wrong } = await show();
    expect(sent[0]).toEqual({ type: 'ui:tab-capture', tabId: 5 });
    expect(text('h2')).toBe('本页读到');
    expect(text('[data-field="availableLimit"] dd')).toBe('¥1.00');
    expect(text('[data-field="totalLimit"] dd')).toBe('¥20,000.00');
    expect(wrong()?.textContent).toBe('不对？');
    expect(wrong()?.getAttribute('aria-label')).toContain('在页面上点出正确的数字');
  });

  it('shows nothing once the tab shows another page', async () => {
    await show({ url: 'https://h5.lender.example/other' });
    expect(dom.root.querySelector('.tab-reading')).toBeNull();
  });

  it('不对？ removes the row and says to pick on the page; Undo sends the row back and closes the picker', async () => {
    const { sent, changed, wrong } = await show();
    await click(wrong());
    expect(sent).toContainEqual({ type: 'ui:wrong-capture', tabId: 5, accountId: 'site:h5.lender.example' });
    expect(dom.root.querySelector('.reading-account')).toBeNull();
    expect(text('.reading-note')).toMatch(/^已删除这条记录。请在页面上依次点击正确的数字/);
    expect(changed()).toBe(1);
    await click(dom.root.querySelector('.undo-button'));
    expect(sent).toContainEqual({ type: 'ui:restore', observation: removed });
    expect(sent).toContainEqual({ type: 'ui:stop-picker', tabId: 5 });
    expect(dom.root.querySelector('.reading-account')).not.toBeNull();
    expect(text('.reading-note')).toBe('已恢复这条记录，并关闭了页面上的选取。');
  });

  it('on a built-in adapter’s page says the removal is all it does (English)', async () => {
    const { wrong } = await show({
      lang: 'en',
      reading: { ...READING, adapter: 'jd-baitiao', pickable: false },
      wrong: { ok: true, removed, picking: false },
    });
    expect(wrong()?.getAttribute('aria-label')).toMatch(/^Read wrong: remove this record \(/);
    await click(wrong());
    expect(text('.reading-note')).toMatch(/^Record removed\. This site is read by one of Limit Sentinel’s built-in readers/);
  });

  it('says so plainly when the row was removed meanwhile', async () => {
    const { wrong } = await show({ wrong: { ok: false, code: 'invalid-entry', path: 'accountId', expected: 'x' } });
    await click(wrong());
    expect(text('.reading-note')).toBe('这条记录已经不在了（可能已经删除）。');
  });
});

describe('reading texts', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(tabReadingEn).sort()).toEqual(Object.keys(tabReadingZh).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, zh] of Object.entries(tabReadingZh))
      expect(holes(tabReadingEn[key as keyof typeof tabReadingEn]), key).toEqual(holes(zh));
  });

  it('words rates, the status with the page’s phrase, and the increase entry', () => {
    const rows = readingRows('en', { dailyRate: 0.0003, status: 'limited', statusText: '额度已冻结', increaseAvailable: false });
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Daily rate', '0.03%'],
      ['Status', 'Limited (“额度已冻结”)'],
      ['Limit increase', 'not available'],
    ]);
    expect(readingRows('zh', { status: 'normal', statusText: '正常' }).map((r) => r.value)).toEqual(['正常']);
  });
});
