// "Pick on page" in the popup: offered on a tracked site only; it starts the picker in the tab and
// closes the popup, or says why it could not.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useDom } from './support/dom';
import { Popup } from '../../../components/popup/Popup';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { NO_RISK } from '../../../utils/rules/risk';
import type { Send } from '../../../utils/ui/api';

const dom = useDom();
const SITE = 'https://h5.lender.example';

async function show(tracked: string[], startReply: object = { ok: true }) {
  const sent: UiMessage[] = [];
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    if (msg.type === 'ui:dashboard')
      return { ok: true, dashboard: { accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } } };
    if (msg.type === 'ui:tracked-sites') return { ok: true, origins: tracked };
    if (msg.type === 'ui:start-picker') return startReply;
    return { ok: false, code: 'internal' };
  }) as Send;
  const closeWindow = vi.fn();
  await act(async () => {
    render(
      <Popup
        lang="zh"
        send={send}
        tab={{ id: 3, url: `${SITE}/wallet` }}
        builtInPatterns={[]}
        requestHostPermission={async () => true}
        closeWindow={closeWindow}
      />,
      dom.root,
    );
  });
  for (let i = 0; i < 3; i++) await act(async () => {});
  const button = [...dom.root.querySelectorAll('button')].find((b) => b.textContent === '在页面上选取') as HTMLButtonElement | undefined;
  return { sent, closeWindow, button };
}

describe('pick on page', () => {
  it('is offered on a tracked site, starts the picker in that tab and closes the popup', async () => {
    const { sent, closeWindow, button } = await show([SITE]);
    await act(async () => button!.click());
    await act(async () => {});
    expect(sent).toContainEqual({ type: 'ui:start-picker', tabId: 3 });
    expect(closeWindow).toHaveBeenCalled();
  });

  it('is not offered on a site that is not tracked', async () => {
    expect((await show([])).button).toBeUndefined();
  });

  it('stays open and says why when the picker could not start', async () => {
    const { closeWindow, button } = await show([SITE], { ok: false, code: 'forbidden' });
    await act(async () => button!.click());
    await act(async () => {});
    expect(closeWindow).not.toHaveBeenCalled();
    expect(dom.root.querySelector('[role=alert]')?.textContent).toBeTruthy();
  });
});
