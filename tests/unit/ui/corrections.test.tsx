// The dashboard's corrections with a fake `send`: remove → undo bar → undo, the bar's time-out and
// keyboard, failures in words, rename and merge (the merge says what moves and that it is final).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MergeAccountsForm } from '../../../components/dashboard/MergeAccountsForm';
import { RemoveRowButton } from '../../../components/dashboard/RemoveRowButton';
import { MAX_NAME, RenameAccountForm } from '../../../components/dashboard/RenameAccountForm';
import type { Removed } from '../../../components/dashboard/removal';
import { UndoBar } from '../../../components/dashboard/UndoBar';
import { correctionsEn } from '../../../utils/i18n/corrections-en';
import { correctionsZh } from '../../../utils/i18n/corrections-zh';
import { expectedText } from '../../../utils/i18n/expected';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { MAX_TEXT } from '../../../utils/model/history-schema';
import type { Account, Observation } from '../../../utils/model/types';
import { EXPECT_OTHER_ACCOUNT } from '../../../utils/storage/merge-accounts';
import { EXPECT_STORED_EVENT, EXPECT_STORED_OBSERVATION } from '../../../utils/storage/remove-rows';
import type { Send } from '../../../utils/ui/api';
import { inLang, useDom } from './support/dom';

let focused: unknown;
let restoreFocus: (() => void) | undefined;
const dom = useDom();
const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
/** Records which element a component focuses (linkedom's focus() only fires an event). */
function trackFocus() {
  focused = undefined;
  let proto = Object.getPrototypeOf(document.createElement('button')) as { focus?: () => void } | null;
  while (proto && !Object.hasOwn(proto, 'focus')) proto = Object.getPrototypeOf(proto) as typeof proto;
  const owner = proto!;
  const real = owner.focus;
  const record = (el: unknown) => void (focused = el);
  owner.focus = function (this: unknown) {
    record(this);
  };
  restoreFocus = () => void (owner.focus = real);
}
afterEach(() => {
  restoreFocus?.();
  restoreFocus = undefined;
});
/** linkedom keeps no selection state: the chosen option carries `selected`. */
async function choose(select: HTMLSelectElement, value: string) {
  for (const o of select.querySelectorAll('option')) {
    if (o.getAttribute('value') === value) o.setAttribute('selected', '');
    else o.removeAttribute('selected');
  }
  await act(async () => void select.dispatchEvent(new dom.window.Event('change', { bubbles: true })));
}
afterEach(() => vi.useRealTimers());

const row: Observation = {
  accountId: 'jd-baitiao',
  at: '2026-11-22T00:00:00.000Z',
  lastSeenAt: '2026-11-22T03:00:00.000Z',
  totalLimit: 5000,
  status: 'normal',
  source: 'page',
};
const jd: Account = { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' };
const copy: Account = { id: 'site:card.jd.com', lender: '京东金融' };

function fakeSend(answer: (msg: UiMessage) => unknown) {
  const sent: UiMessage[] = [];
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    return answer(msg);
  }) as Send;
  return { send, sent };
}
const buttons = () => [...dom.root.querySelectorAll('button')] as HTMLButtonElement[];
const button = (text: string) => buttons().find((b) => b.textContent?.includes(text))!;

/** A little page as the dashboard will have it: rows with a remove button, and the undo bar. */
function Page({
  lang,
  send,
  removed,
  onRemoved,
  onUndone,
  onClose,
}: {
  lang: 'zh' | 'en';
  send: Send;
  removed?: Removed;
  onRemoved: (r: Removed) => void;
  onUndone: (r: Removed) => void;
  onClose: () => void;
}) {
  return inLang(
    lang,
    <div>
      <RemoveRowButton
        send={send}
        target={{ kind: 'observation', accountId: row.accountId, at: row.at }}
        label="京东 白条 · 11月22日"
        onRemoved={onRemoved}
      />
      <UndoBar send={send} removed={removed} onUndone={onUndone} onClose={onClose} />
    </div>,
  );
}

describe('remove and undo', () => {
  it('removes through the background, offers undo with focus on it, and sends the very row back', async () => {
    trackFocus();
    const { send, sent } = fakeSend((msg) =>
      msg.type === 'ui:remove-observation' ? { ok: true, removed: row } : { ok: true, restored: 1 },
    );
    let removed: Removed | undefined;
    let undone: Removed | undefined;
    const draw = () =>
      render(
        <Page
          lang="zh"
          send={send}
          removed={removed}
          onRemoved={(r) => ((removed = r), draw())}
          onUndone={(r) => ((undone = r), (removed = undefined), draw())}
          onClose={() => undefined}
        />,
        dom.root,
      );
    await act(async () => draw());
    const remove = buttons()[0]!;
    expect(remove.getAttribute('aria-label')).toBe('删除这条记录：京东 白条 · 11月22日');
    expect(dom.root.querySelector('.undo-bar')).toBeNull();
    await act(async () => remove.click());
    await flush();
    expect(sent[0]).toEqual({ type: 'ui:remove-observation', accountId: 'jd-baitiao', at: row.at });
    const bar = dom.root.querySelector('.undo-bar')!;
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.textContent).toContain('已删除 1 条记录');
    expect(focused).toBe(button('撤销'));
    await act(async () => button('撤销').click());
    await flush();
    expect(sent[1]).toEqual({ type: 'ui:restore', observation: row });
    expect(undone).toEqual({ observation: row });
    expect(dom.root.querySelector('.undo-bar')).toBeNull();
  });

  it('removes an event by its key and restores it as an event, in English', async () => {
    const event = { at: '2026-11-10T00:00:00.000Z', kind: 'repay' as const, accountId: 'jd-baitiao', amount: 300 };
    const { send, sent } = fakeSend((msg) => (msg.type === 'ui:remove-event' ? { ok: true, removed: event } : { ok: true, restored: 1 }));
    let removed: Removed | undefined;
    await act(async () =>
      render(
        inLang('en', <RemoveRowButton send={send} target={{ kind: 'event', key: 'k1' }} label="repay" onRemoved={(r) => (removed = r)} />),
        dom.root,
      ),
    );
    await act(async () => buttons()[0]!.click());
    await flush();
    expect(sent).toEqual([{ type: 'ui:remove-event', key: 'k1' }]);
    expect(removed).toEqual({ event });
    await act(async () =>
      render(inLang('en', <UndoBar send={send} removed={removed} onUndone={() => undefined} onClose={() => undefined} />), dom.root),
    );
    expect(dom.root.textContent).toContain('Removed 1 record');
    await act(async () => button('Undo').click());
    await flush();
    expect(sent[1]).toEqual({ type: 'ui:restore', event });
  });

  it('closes after the time-out, but not while focus is on it; Escape closes at once', async () => {
    vi.useFakeTimers();
    const { send } = fakeSend(() => ({ ok: true, restored: 1 }));
    let closed = 0;
    await act(async () =>
      render(
        inLang(
          'zh',
          <UndoBar
            send={send}
            removed={{ observation: row }}
            onUndone={() => undefined}
            onClose={() => void closed++}
            timeoutMs={10_000}
          />,
        ),
        dom.root,
      ),
    );
    await act(async () => void vi.advanceTimersByTime(9_000));
    expect(closed).toBe(0);
    await act(async () => void vi.advanceTimersByTime(1_500));
    expect(closed).toBe(1);
    // Focus inside holds it open.
    closed = 0;
    await act(async () =>
      render(
        inLang(
          'zh',
          <UndoBar
            send={send}
            removed={{ observation: { ...row } }}
            onUndone={() => undefined}
            onClose={() => void closed++}
            timeoutMs={10_000}
          />,
        ),
        dom.root,
      ),
    );
    const bar = dom.root.querySelector('.undo-bar')!;
    await act(async () => void bar.dispatchEvent(new dom.window.Event('focusin', { bubbles: true })));
    await act(async () => void vi.advanceTimersByTime(30_000));
    expect(closed).toBe(0);
    await act(async () => void bar.dispatchEvent(new dom.window.Event('focusout', { bubbles: true })));
    await act(async () => void vi.advanceTimersByTime(10_000));
    expect(closed).toBe(1);
    const key = new dom.window.Event('keydown', { bubbles: true }) as Event & { key: string };
    Object.defineProperty(key, 'key', { value: 'Escape' });
    // On the bar itself: linkedom calls bubbling listeners with the wrong `this`.
    await act(async () => void bar.dispatchEvent(key));
    expect(closed).toBe(2);
  });

  it('shows a failure in words, keeps the bar and the row', async () => {
    const { send } = fakeSend((msg) =>
      msg.type === 'ui:remove-observation'
        ? { ok: false, code: 'invalid-entry', path: 'at', expected: EXPECT_STORED_OBSERVATION }
        : { ok: false, code: 'quota' },
    );
    let removed = 0;
    await act(async () =>
      render(
        inLang(
          'zh',
          <RemoveRowButton
            send={send}
            target={{ kind: 'observation', accountId: 'jd-baitiao', at: row.at }}
            label="x"
            onRemoved={() => void removed++}
          />,
        ),
        dom.root,
      ),
    );
    await act(async () => buttons()[0]!.click());
    await flush();
    expect(removed).toBe(0);
    expect(dom.root.querySelector('[role="alert"]')!.textContent).toContain('该账户一条已保存记录的时间');
    let undone = 0;
    await act(async () =>
      render(
        inLang('en', <UndoBar send={send} removed={{ observation: row }} onUndone={() => void undone++} onClose={() => undefined} />),
        dom.root,
      ),
    );
    await act(async () => button('Undo').click());
    await flush();
    expect(undone).toBe(0);
    expect(dom.root.querySelector('.undo-bar')).not.toBeNull();
    expect(dom.root.querySelector('.undo-bar [role="alert"]')!.textContent!.length).toBeGreaterThan(0);
  });
});

describe('rename', () => {
  it('sends the trimmed names, says it is kept over later reads, and refuses an empty lender', async () => {
    const { send, sent } = fakeSend(() => ({ ok: true, account: { id: 'site:card.jd.com', lender: '京东信用卡' } }));
    let renamed: Account | undefined;
    await act(async () =>
      render(inLang('zh', <RenameAccountForm send={send} account={copy} onRenamed={(a) => (renamed = a)} />), dom.root),
    );
    const [lender, product] = [...dom.root.querySelectorAll('input')] as HTMLInputElement[];
    expect(lender!.value).toBe('京东金融');
    expect(lender!.getAttribute('maxLength')).toBe(String(MAX_TEXT)); // linkedom keeps the attribute's case
    const type = async (input: HTMLInputElement, value: string) => {
      input.value = value;
      await act(async () => void input.dispatchEvent(new dom.window.Event('input', { bubbles: true })));
    };
    await type(lender!, '   ');
    await act(
      async () => void dom.root.querySelector('form')!.dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true })),
    );
    expect(sent).toEqual([]);
    expect(dom.root.querySelector('[role="alert"]')!.textContent).toBe('请填写机构名称。');
    await type(lender!, ' 京东信用卡 ');
    await type(product!, ' ');
    await act(
      async () => void dom.root.querySelector('form')!.dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true })),
    );
    await flush();
    expect(sent).toEqual([{ type: 'ui:rename-account', accountId: 'site:card.jd.com', lender: '京东信用卡', product: '' }]);
    expect(renamed).toEqual({ id: 'site:card.jd.com', lender: '京东信用卡' });
    expect(dom.root.querySelector('[role="status"]')!.textContent).toContain('保留你起的名字');
  });
});

describe('merge', () => {
  const accounts = [
    { account: jd, observationCount: 12 },
    { account: copy, observationCount: 3 },
    { account: { id: 'other', lender: '其他' } },
  ];

  it('lists the other accounts, states what moves and that it cannot be undone, focuses Cancel, then merges', async () => {
    trackFocus();
    const { send, sent } = fakeSend(() => ({ ok: true, moved: { observations: 3, events: 2, shifted: 1 } }));
    let merged: string | undefined;
    await act(async () =>
      render(inLang('zh', <MergeAccountsForm send={send} into={jd} accounts={accounts} onMerged={(from) => (merged = from)} />), dom.root),
    );
    const select = dom.root.querySelector('select') as HTMLSelectElement;
    expect([...select.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['', 'site:card.jd.com', 'other']);
    expect(button('继续').disabled).toBe(true);
    await choose(select, 'site:card.jd.com');
    await act(async () => button('继续').click());
    const warning = dom.root.querySelector('.merge-warning')!.textContent!;
    expect(warning).toBe(
      // Names isolated (FSI…PDI) so a name holding bidi controls cannot reorder the sentence.
      '「\u2068京东金融\u2069」的全部记录（3 条）和它的所有事件将移到「\u2068京东\u2069 · \u2068白条\u2069」，然后「\u2068京东金融\u2069」会被删除，提醒会重新计算。此操作无法撤销。',
    );
    expect(focused).toBe(button('取消'));
    expect(sent).toEqual([]);
    await act(async () => button('合并（无法撤销）').click());
    await flush();
    expect(sent).toEqual([{ type: 'ui:merge-accounts', from: 'site:card.jd.com', into: 'jd-baitiao' }]);
    expect(merged).toBe('site:card.jd.com');
    expect(dom.root.querySelector('[role="status"]')!.textContent).toBe(
      '已合并：移入 3 条记录、2 个事件。 其中 1 条与已有记录时间相同，已顺延 1 毫秒保留。',
    );
    // The confirmation (and its focused button) is gone: focus is on what happened.
    expect(focused).toBe(dom.root.querySelector('[role="status"]'));
  });

  it('cancel sends nothing; a failure is shown in words; an account without others says so', async () => {
    const { send, sent } = fakeSend(() => ({ ok: false, code: 'invalid-entry', path: 'into', expected: EXPECT_OTHER_ACCOUNT }));
    await act(async () => render(inLang('en', <MergeAccountsForm send={send} into={jd} accounts={accounts} />), dom.root));
    const select = dom.root.querySelector('select') as HTMLSelectElement;
    await choose(select, 'other');
    await act(async () => button('Continue').click());
    expect(dom.root.querySelector('.merge-warning')!.textContent).toBe(
      'All records of “\u2068其他\u2069” and all its events move to “\u2068京东\u2069 · \u2068白条\u2069”; then “\u2068其他\u2069” is deleted and the alerts are worked out again. This cannot be undone.',
    );
    await act(async () => button('Cancel').click());
    expect(dom.root.querySelector('.merge-warning')).toBeNull();
    expect(sent).toEqual([]);
    await act(async () => button('Continue').click());
    await act(async () => button('Merge (cannot be undone)').click());
    await flush();
    expect(dom.root.querySelector('[role="alert"]')!.textContent).toContain('an account other than the one merged into it');
    await act(async () => render(inLang('en', <MergeAccountsForm send={send} into={jd} accounts={[{ account: jd }]} />), dom.root));
    expect(dom.root.textContent).toContain('There is no other account to merge.');
    expect(dom.root.querySelector('select')).toBeNull();
  });
});

describe('corrections words', () => {
  it('English has every Chinese key, with the same placeholders', () => {
    expect(Object.keys(correctionsEn).sort()).toEqual(Object.keys(correctionsZh).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(correctionsZh))
      expect(holes(correctionsEn[key as keyof typeof correctionsEn]), key).toEqual(holes(zh));
  });
  it('the names are capped like the history file, and the refusals have Chinese words', () => {
    expect(MAX_NAME).toBe(MAX_TEXT);
    for (const phrase of [EXPECT_STORED_OBSERVATION, EXPECT_STORED_EVENT, EXPECT_OTHER_ACCOUNT])
      expect(expectedText('zh', phrase)).toMatch(/[\u4e00-\u9fff]/);
  });
});
