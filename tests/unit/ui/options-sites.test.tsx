// Settings → tracked sites: each site with the name its accounts carry, renamed through the
// background (which renames the stored accounts); the lenders' host table behind the suggestions.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { OptionsSites } from '../../../components/options/OptionsSites';
import { lenderForHost, suggestedSiteName } from '../../../utils/lender-hosts';
import type { UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { useDom, inLang } from './support/dom';

const dom = useDom();
const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

describe('lender hosts', () => {
  it.each([
    ['creditcard.cmbchina.com', '招商银行'],
    ['pbsz.ebank.cmbchina.com', '招商银行'],
    ['my.alipay.com', '支付宝'],
    ['jr.jd.com', '京东'],
    ['creditcard.cmbc.com.cn', '民生银行'],
    ['www.mucfc.com', '招联金融'],
    ['umoney.baidu.com', '度小满'],
  ])('%s → %s', (host, lender) => expect(lenderForHost(host)).toBe(lender));
  it('knows no lender for mail hosts, look-alikes or bare suffixes', () => {
    for (const host of ['wx.mail.qq.com', 'mail.163.com', 'cmbchina.com.evil.example', 'notcmbchina.com', 'baidu.com', 'com'])
      expect(lenderForHost(host)).toBeUndefined();
  });
  it('suggests the lender, else the host without www', () => {
    expect(suggestedSiteName('https://creditcard.cmbchina.com')).toBe('招商银行');
    expect(suggestedSiteName('https://www.xinghe-loan.example')).toBe('xinghe-loan.example');
  });
});

describe('OptionsSites', () => {
  it('lists tracked sites with their names and renames one through the background', async () => {
    const sent: UiMessage[] = [];
    const send = (async (msg: UiMessage) => {
      sent.push(msg);
      if (msg.type === 'ui:tracked-sites')
        return {
          ok: true,
          origins: ['https://wx.mail.qq.com', 'https://creditcard.cmbchina.com'],
          names: { 'https://wx.mail.qq.com': '建设银行信用卡' },
        };
      if (msg.type === 'ui:site-name') return { ok: true, renamed: 2 };
      return { ok: false, code: 'internal' };
    }) as Send;
    await act(async () => {
      render(inLang('zh', <OptionsSites send={send} />), dom.root);
    });
    await flush();
    const inputs = [...dom.root.querySelectorAll('input')] as HTMLInputElement[];
    expect([...dom.root.querySelectorAll('.site-origin')].map((l) => l.textContent)).toEqual(['creditcard.cmbchina.com', 'wx.mail.qq.com']);
    expect(inputs.map((i) => [i.value, i.placeholder])).toEqual([
      ['', '招商银行'],
      ['建设银行信用卡', 'wx.mail.qq.com'],
    ]);
    const save = dom.root.querySelectorAll('button')[0] as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed yet
    await act(async () => {
      inputs[0]!.value = '招行信用卡';
      inputs[0]!.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    await act(async () => save.click());
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'ui:site-name', origin: 'https://creditcard.cmbchina.com', name: '招行信用卡' });
    expect(dom.root.textContent).toContain('已保存，2 个账户已改名。');
  });
});
