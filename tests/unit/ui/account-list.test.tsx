// The popup's account list: troubled and alerted accounts first; a long list opens with the first
// few and shows the rest on request.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDom, inLang } from './support/dom';
import { AccountList, ACCOUNTS_SHOWN } from '../../../components/popup/AccountList';
import type { AccountSummary } from '../../../utils/messaging/protocol';
import type { AlertRecord } from '../../../utils/model/alert-record';

const dom = useDom();
const NOW = Date.parse('2026-11-23T00:00:00Z');

const summary = (i: number, status: 'normal' | 'frozen' = 'normal'): AccountSummary => ({
  account: { id: `a${i}`, lender: `机构${i}`, product: '信用贷', kind: 'credit-line' },
  latest: { accountId: `a${i}`, at: new Date(NOW - i * 3600_000).toISOString(), status, totalLimit: 10000, source: 'manual' },
  lastSeenAt: new Date(NOW - i * 3600_000).toISOString(),
  observationCount: 1,
});
const alert = (accountId: string, severity: AlertRecord['severity']) =>
  ({
    id: `limit-drop|${accountId}`,
    rule: 'limit-drop',
    severity,
    accountId,
    state: 'seen',
    text: { zh: { title: 't', detail: '', advice: [] }, en: { title: 't', detail: '', advice: [] } },
  }) as unknown as AlertRecord;

const names = () => [...dom.root.querySelectorAll('.card')].map((c) => c.textContent?.match(/机构\d+/)?.[0]);

describe('account list', () => {
  it('puts troubled accounts, then alerted ones, then the most recently seen first, and opens with the first few', async () => {
    const accounts = Array.from({ length: 12 }, (_, i) => summary(i, i === 11 ? 'frozen' : 'normal'));
    await act(async () => {
      render(
        inLang('zh', <AccountList accounts={accounts} alerts={[alert('a9', 'critical'), alert('a10', 'warning')]} now={NOW} />),
        dom.root,
      );
    });
    expect(names()).toHaveLength(ACCOUNTS_SHOWN);
    expect(names().slice(0, 4)).toEqual(['机构11', '机构9', '机构10', '机构0']);
    const more = dom.root.querySelector('button.link') as HTMLButtonElement;
    expect(more.textContent).toBe('显示全部 12 个账户（另有 4 个）');
    await act(async () => more.click());
    expect(names()).toHaveLength(12);
  });

  it('shows a short list whole, with no button', async () => {
    await act(async () => {
      render(inLang('en', <AccountList accounts={[summary(1), summary(2)]} now={NOW} />), dom.root);
    });
    expect(names()).toHaveLength(2);
    expect(dom.root.querySelector('button.link')).toBeNull();
  });
});
