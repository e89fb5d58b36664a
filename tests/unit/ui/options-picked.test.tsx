// The options page's list of values picked on pages: shown per site, changed and deleted in storage.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { useDom } from './support/dom';
import { Options } from '../../../components/options/Options';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { checkSiteRules, withoutRule, withRule } from '../../../utils/picker/stored-rules';
import { NO_RISK } from '../../../utils/rules/risk';
import { siteRulesItem } from '../../../utils/settings';
import type { Send } from '../../../utils/ui/api';

const dom = useDom(() => fakeBrowser.reset());
const send = (async (msg: UiMessage) =>
  msg.type === 'ui:dashboard'
    ? { ok: true, dashboard: { accounts: [], alerts: [], risk: NO_RISK, totals: { observations: 0 } } }
    : { ok: false, code: 'internal' }) as Send;
const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
const BANK = 'https://bank.example';

async function open(lang = 'zh-CN') {
  await act(async () => {
    render(<Options browserLanguage={lang} send={send} />, dom.root);
  });
  await flush();
  await flush();
}

describe('stored picked rules', () => {
  it('keep one well-formed rule per field and site, and drop anything else', () => {
    expect(
      checkSiteRules({
        [BANK]: [
          { field: 'totalLimit', selector: '#a' },
          { field: 'totalLimit', selector: '#b', label: '总额度' },
          { field: 'nope', selector: '#c' },
          { field: 'rate', selector: '' },
        ],
        'javascript:alert(1)': [{ field: 'rate', selector: '#x' }],
        'https://other.example': 'x',
      }),
    ).toEqual({ [BANK]: [{ field: 'totalLimit', selector: '#b', label: '总额度' }] });
    expect(checkSiteRules(null)).toEqual({});
    expect(checkSiteRules({ [BANK]: [{ field: 'rate', selector: 'x'.repeat(501) }] })).toEqual({});
    const one = withRule({}, BANK, { field: 'rate', selector: '#r' });
    expect(withRule(one, BANK, { field: 'rate', selector: '#s' })).toEqual({ [BANK]: [{ field: 'rate', selector: '#s' }] });
    expect(withoutRule(one, BANK, 'rate')).toEqual({});
  });
});

describe('options: values picked on pages', () => {
  it('lists them per site, changes what one is and deletes one', async () => {
    await siteRulesItem.setValue({
      [BANK]: [
        { field: 'totalLimit', selector: '#total', label: '信用额度' },
        { field: 'status', selector: 'body > p' },
      ],
    });
    await open();
    expect(dom.root.querySelector('.picked-origin')?.textContent).toBe(BANK);
    const rows = [...dom.root.querySelectorAll('.picked-rule')];
    expect(rows.map((r) => r.querySelector('.picked-where')?.textContent)).toEqual(['在「信用额度」之后 #total', 'body > p']);
    const select = rows[0]!.querySelector('select')!;
    for (const o of Array.from(select.querySelectorAll('option'))) {
      if (o.getAttribute('value') === 'availableLimit') o.setAttribute('selected', '');
      else o.removeAttribute('selected');
    }
    await act(async () => void select.dispatchEvent(new dom.window.Event('change', { bubbles: true })));
    await flush();
    expect(await siteRulesItem.getValue()).toEqual({
      [BANK]: [
        { field: 'status', selector: 'body > p' },
        { field: 'availableLimit', selector: '#total', label: '信用额度' },
      ],
    });
    const del = [...dom.root.querySelectorAll('.picked-rule')].find((r) => r.textContent?.includes('body > p'))!.querySelector('button')!;
    await act(async () => (del as HTMLButtonElement).click());
    await flush();
    expect(await siteRulesItem.getValue()).toEqual({ [BANK]: [{ field: 'availableLimit', selector: '#total', label: '信用额度' }] });
  });

  it('says when there is nothing, in English too', async () => {
    await open('en-US');
    expect(dom.root.textContent).toContain('Nothing picked yet.');
  });
});
