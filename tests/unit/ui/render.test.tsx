// Renders the real components into a linkedom document: page-derived text must stay text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useDom, inLang } from './support/dom';
import { AccountCard } from '../../../components/popup/AccountCard';
import { Popup } from '../../../components/popup/Popup';
import type { AccountSummary, Dashboard, Replies, UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { NO_RISK } from '../../../utils/rules/risk';

const HOSTILE = '<img src=x onerror=alert(1)>';
const NOW = Date.parse('2026-11-23T08:00:00.000Z');

const summary = (patch: Partial<AccountSummary> = {}): AccountSummary => ({
  account: { id: 'evil', lender: HOSTILE, product: '<b>白条</b>', kind: 'pay-later' },
  latest: {
    accountId: 'evil',
    at: '2026-11-20T08:00:00.000Z',
    source: 'page',
    totalLimit: 50000,
    availableLimit: 32000,
    usedAmount: 18000,
    dailyRate: 0.00035,
    apr: 0.1278,
    status: 'limited',
    statusText: '<script>alert(2)</script>综合评估暂未通过',
  },
  lastSeenAt: '2026-11-20T08:00:00.000Z',
  observationCount: 4,
  utilization: 0.36,
  ...patch,
});

const dom = useDom();

function fakeSend(dashboard: Dashboard, onMessage?: (m: UiMessage) => unknown): Send {
  return (async (msg: UiMessage) => {
    const custom = onMessage?.(msg);
    if (custom) return custom;
    if (msg.type === 'ui:dashboard') return { ok: true, dashboard };
    if (msg.type === 'ui:tracked-sites') return { ok: true, origins: [] };
    return { ok: false, code: 'internal' };
  }) as Send;
}

describe('AccountCard', () => {
  it('shows a hostile lender name as literal text and creates no element from it', () => {
    render(inLang('zh', <AccountCard summary={summary()} now={NOW} />), dom.root);
    expect(dom.root.querySelectorAll('img, script, b').length).toBe(0);
    expect(dom.root.querySelector('.card-lender')?.textContent).toBe(HOSTILE);
    expect(dom.root.textContent).toContain('<b>白条</b>');
    expect(dom.root.textContent).toContain('页面显示：<script>alert(2)</script>综合评估暂未通过');
  });

  it('shows status, amounts, rates, utilisation, last seen and count', () => {
    render(inLang('zh', <AccountCard summary={summary()} now={NOW} />), dom.root);
    const text = dom.root.textContent ?? '';
    for (const part of [
      '受限',
      '先享后付',
      '¥50,000.00',
      '¥32,000.00',
      '¥18,000.00',
      '日利率 0.035%',
      '年化 12.78%',
      '已用 36%',
      '最近看到：3 天前',
      '共 4 次记录',
    ]) {
      expect(text).toContain(part);
    }
    expect(dom.root.querySelector('.badge')?.getAttribute('class')).toContain('badge-limited');
    expect(dom.root.querySelector('[role=meter]')?.getAttribute('aria-valuenow')).toBe('36');
  });

  it('speaks English and handles an account with a status only', () => {
    const s = summary({
      latest: { accountId: 'evil', at: '2026-11-22T08:00:00.000Z', source: 'manual', status: 'frozen' },
      observationCount: 1,
      utilization: undefined,
      lastSeenAt: undefined,
    });
    render(inLang('en', <AccountCard summary={s} now={NOW} />), dom.root);
    const text = dom.root.textContent ?? '';
    expect(text).toContain('Frozen');
    expect(text).toContain('No limit data yet');
    expect(text).toContain('Last seen 1 day ago');
    expect(text).toContain('1 observation');
    expect(dom.root.querySelector('[role=meter]')).toBeNull();
    // A later status-only view does not say "yet": earlier views may have had amounts.
    render(inLang('zh', <AccountCard summary={{ ...s, observationCount: 2 }} now={NOW} />), dom.root);
    expect(dom.root.textContent).toContain('最近一次没有显示额度');
    expect(dom.root.textContent).not.toContain('还没有');
  });
});

describe('Popup', () => {
  const props = { builtInPatterns: ['https://baitiao.jd.com/*'], requestHostPermission: async () => true, now: () => NOW };

  it('renders the dashboard with the hostile name as text', async () => {
    const send = fakeSend({ accounts: [summary()], alerts: [], risk: NO_RISK, totals: { observations: 4 } });
    await act(async () => {
      render(<Popup lang="zh" send={send} tab={{ id: 1, url: 'https://loan.example.com/a' }} {...props} />, dom.root);
    });
    await act(async () => {});
    expect(dom.root.querySelector('h1')?.textContent).toBe('额度哨兵');
    expect(dom.root.querySelector('.card-lender')?.textContent).toBe(HOSTILE);
    expect(dom.root.querySelectorAll('img, script').length).toBe(0);
    expect(dom.root.textContent).toContain('我的账户（1）');
  });

  it('has a settings link in the header that opens the options page', async () => {
    const send = fakeSend({ accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } });
    const openOptions = vi.fn();
    await act(async () => {
      render(<Popup lang="zh" send={send} tab={undefined} openOptions={openOptions} {...props} />, dom.root);
    });
    const link = dom.root.querySelector('header .settings-link') as HTMLButtonElement | null;
    expect(link?.textContent).toBe('设置');
    await act(async () => link!.click());
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state and disables tracking where an adapter already reads the site', async () => {
    const send = fakeSend({ accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } });
    await act(async () => {
      render(<Popup lang="en" send={send} tab={{ url: 'https://baitiao.jd.com/v3/ious' }} {...props} />, dom.root);
    });
    await act(async () => {});
    expect(dom.root.textContent).toContain('No accounts recorded yet');
    const track = dom.root.querySelector('.track button');
    expect(track?.hasAttribute('disabled')).toBe(true);
    expect(dom.root.textContent).toContain('supported out of the box');
  });

  it('shows a dashboard failure as plain words', async () => {
    const send = fakeSend({ accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } }, (m) =>
      m.type === 'ui:dashboard' ? ({ ok: false, code: 'db-unavailable' } satisfies Replies['ui:dashboard']) : undefined,
    );
    await act(async () => {
      render(<Popup lang="zh" send={send} tab={undefined} {...props} />, dom.root);
    });
    await act(async () => {});
    expect(dom.root.querySelector('[role=alert]')?.textContent).toContain('存储不可用');
    expect(dom.root.textContent).toContain('只能记录 http/https 网页');
  });
});

describe('ManualEntryForm inside the Popup', () => {
  const props = { builtInPatterns: [], requestHostPermission: async () => true, now: () => NOW };
  const type = (id: string, value: string) => {
    const el = dom.root.querySelector(`#${id}`) as HTMLInputElement;
    el.value = value;
    el.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('input', { bubbles: true }));
  };
  const submit = () =>
    dom.root
      .querySelector('form')!
      .dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('submit', { cancelable: true }));
  const fieldError = (name: string) => dom.root.querySelector(`#me-${name}-error`)?.textContent;

  async function openForm(onMessage?: (m: UiMessage) => unknown) {
    const send = fakeSend({ accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } }, onMessage);
    await act(async () => {
      render(<Popup lang="zh" send={send} tab={undefined} {...props} />, dom.root);
    });
    await act(async () => {});
    await act(async () => {
      (dom.root.querySelector('.empty button') as HTMLButtonElement).click();
    });
  }

  it('shows inline errors under each field and keeps what was typed', async () => {
    await openForm();
    await act(async () => {
      type('me-lender', '');
      type('me-total', '1000');
      type('me-available', '2000');
      type('me-used', 'abc');
    });
    await act(async () => {
      submit();
    });
    expect(fieldError('lender')).toBe('请填写放贷方。');
    expect(fieldError('available')).toBe('不能大于总额度。');
    expect(fieldError('used')).toBe('请输入数字，如 1.2万。');
    expect((dom.root.querySelector('#me-used') as HTMLInputElement).value).toBe('abc');
    expect(dom.root.querySelector('#me-used')?.getAttribute('aria-describedby')).toBe('me-used-error');
  });

  it('keeps everything typed when the background refuses the save', async () => {
    const sent: UiMessage[] = [];
    await openForm((m) => {
      if (m.type !== 'ui:add-manual') return undefined;
      sent.push(m);
      return { ok: false, code: 'quota' };
    });
    await act(async () => {
      type('me-lender', HOSTILE);
      type('me-total', '1.2万');
    });
    await act(async () => {
      submit();
    });
    await act(async () => {});
    expect(sent).toEqual([{ type: 'ui:add-manual', entry: { lender: HOSTILE, values: { status: 'unknown', totalLimit: 12000 } } }]);
    expect(dom.root.querySelector('.manual [role=alert]')?.textContent).toContain('磁盘空间已满，没有保存任何内容');
    expect((dom.root.querySelector('#me-lender') as HTMLInputElement).value).toBe(HOSTILE);
    expect((dom.root.querySelector('#me-total') as HTMLInputElement).value).toBe('1.2万');
    expect(dom.root.querySelectorAll('img').length).toBe(0);
  });
});

describe('tracking the current site', () => {
  const empty = { accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } };
  // The click starts a chain of awaits (permission, message, state); let it run out.
  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(async () => {});
  };

  it('asks for the permission inside the click, then tells the background', async () => {
    const sent: UiMessage[] = [];
    const request = vi.fn(async () => true);
    const send = fakeSend(empty, (m) => (m.type === 'ui:track-site' ? (sent.push(m), { ok: true }) : undefined));
    await act(async () => {
      render(
        <Popup
          lang="en"
          send={send}
          tab={{ id: 9, url: 'https://loan.example.com/a?b=1' }}
          builtInPatterns={[]}
          requestHostPermission={request}
          now={() => NOW}
        />,
        dom.root,
      );
    });
    await act(async () => {});
    const button = dom.root.querySelector('.track button') as HTMLButtonElement;
    button.click();
    expect(request).toHaveBeenCalledWith('https://loan.example.com'); // synchronously, in the gesture
    await settle();
    // The site's name, prefilled from its host, goes along: it names the accounts read there.
    expect(sent).toEqual([{ type: 'ui:track-site', origin: 'https://loan.example.com', tabId: 9, name: 'loan.example.com' }]);
    expect(dom.root.textContent).toContain('Now tracking https://loan.example.com.');
    expect(dom.root.textContent).toContain('Tracking this site');
  });

  it('offers a known lender’s name for its host, and sends the name the person typed', async () => {
    const sent: UiMessage[] = [];
    const send = fakeSend(empty, (m) => (m.type === 'ui:track-site' ? (sent.push(m), { ok: true }) : undefined));
    await act(async () => {
      render(
        <Popup
          lang="zh"
          send={send}
          tab={{ id: 3, url: 'https://creditcard.cmbchina.com/Card/Index' }}
          builtInPatterns={[]}
          requestHostPermission={async () => true}
          now={() => NOW}
        />,
        dom.root,
      );
    });
    await act(async () => {});
    const input = dom.root.querySelector('.track-name input') as HTMLInputElement;
    expect(input.value).toBe('招商银行');
    expect(dom.root.querySelector('.track-name')?.textContent).toContain('放贷方名称');
    await act(async () => {
      input.value = '  招行 信用卡 ';
      input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    await act(async () => {
      (dom.root.querySelector('.track button') as HTMLButtonElement).click();
    });
    await settle();
    expect(sent).toEqual([{ type: 'ui:track-site', origin: 'https://creditcard.cmbchina.com', tabId: 3, name: '招行 信用卡' }]);
  });

  it('cannot track a site with an empty name', async () => {
    const request = vi.fn(async () => true);
    await act(async () => {
      render(
        <Popup
          lang="en"
          send={fakeSend(empty)}
          tab={{ id: 3, url: 'https://loan.example.com/' }}
          builtInPatterns={[]}
          requestHostPermission={request}
          now={() => NOW}
        />,
        dom.root,
      );
    });
    await act(async () => {});
    const input = dom.root.querySelector('.track-name input') as HTMLInputElement;
    await act(async () => {
      input.value = '   ';
      input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    const button = dom.root.querySelector('.track button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    button.click();
    expect(request).not.toHaveBeenCalled();
  });

  it('changes nothing when the permission is refused', async () => {
    const send = vi.fn(fakeSend(empty));
    await act(async () => {
      render(
        <Popup
          lang="zh"
          send={send as unknown as Send}
          tab={{ url: 'https://loan.example.com/' }}
          builtInPatterns={[]}
          requestHostPermission={async () => false}
          now={() => NOW}
        />,
        dom.root,
      );
    });
    await act(async () => {});
    await act(async () => {
      (dom.root.querySelector('.track button') as HTMLButtonElement).click();
    });
    await settle();
    expect(send.mock.calls.map(([m]) => m.type)).not.toContain('ui:track-site');
    expect(dom.root.textContent).toContain('没有获得读取此网站的权限，没有做任何更改。');
  });
});
