// The options page rendered into linkedom, its settings in fakeBrowser's storage (wxt/testing).
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { useDom } from './support/dom';
import { Options } from '../../../components/options/Options';
import { fieldLabel } from '../../../components/options/OptionsThresholds';
import { displayValue, overridesFrom, parseValue, textsFrom, THRESHOLD_RULES } from '../../../utils/forms/threshold-form';
import { LANGUAGE_KEY } from '../../../utils/i18n/lang';
import type { UiMessage } from '../../../utils/messaging/protocol';
import { metaOf } from '../../../utils/rules/catalog';
import { NO_RISK } from '../../../utils/rules/risk';
import {
  captureIncognitoItem,
  checkIntervalHoursItem,
  digestHourItem,
  languageItem,
  notifySeveritiesItem,
  quietHoursItem,
  readDeliverySettings,
  ruleThresholdsItem,
} from '../../../utils/settings';
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

async function open(browserLanguage = 'zh-CN') {
  await act(async () => {
    render(<Options browserLanguage={browserLanguage} send={send} />, dom.root);
  });
  await flush();
  await flush();
}

const $ = <T extends Element = HTMLInputElement>(sel: string) => dom.root.querySelector(sel) as unknown as T;
function type(id: string, value: string) {
  const el = $(`#${id}`);
  el.value = value;
  el.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}
function choose(id: string, value: string) {
  const el = $<HTMLSelectElement>(`#${id}`);
  for (const option of Array.from(el.querySelectorAll('option'))) {
    if (option.getAttribute('value') === value) option.setAttribute('selected', '');
    else option.removeAttribute('selected');
  }
  // linkedom's select.value is read-only: it follows the selected option.
  el.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
}
function tick(id: string, checked: boolean) {
  const el = $(`#${id}`);
  el.checked = checked;
  el.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
}
async function submit(formTitleId: string) {
  await act(async () => {
    dom.root.querySelector(`form[aria-labelledby=${formTitleId}]`)!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
  });
  await flush();
}

describe('threshold form conversions', () => {
  it('shows shares as percent and stores them as fractions', () => {
    expect(displayValue('minDrop', 0.05)).toBe('5');
    expect(displayValue('minRise', 0.07)).toBe('7');
    expect(parseValue('minDrop', '5')).toBe(0.05);
    expect(parseValue('aggregate', ' 75 % ')).toBe(0.75);
    expect(parseValue('windowDays', '30')).toBe(30);
    expect(parseValue('windowDays', 'abc')).toBeNaN();
    expect(parseValue('count', '')).toBeNaN();
  });

  it('round-trips the defaults to no overrides at all', () => {
    expect(overridesFrom(textsFrom({}))).toEqual({ ok: true, overrides: {} });
  });

  it('names every field of every rule in both languages', () => {
    for (const { rule, fields } of THRESHOLD_RULES) {
      for (const field of fields) {
        expect(fieldLabel('zh', field, rule), field).not.toBe(field);
        expect(fieldLabel('en', field, rule), field).not.toBe(field);
      }
    }
  });
});

describe('Options page', () => {
  it('renders in Chinese by default, every rule grouped under its label', async () => {
    await open('zh-CN');
    expect(dom.root.querySelector('h1')?.textContent).toBe('额度哨兵 · 设置');
    const legends = Array.from(dom.root.querySelectorAll('fieldset.rule legend')).map((l) => l.textContent);
    expect(legends).toEqual(THRESHOLD_RULES.map(({ rule }) => metaOf(rule)!.name.zh));
    expect(dom.root.querySelector('label[for=th-limit-drop-minDrop]')?.textContent).toBe('额度下降至少（%）');
    expect($('#th-limit-drop-minDrop').value).toBe('5');
    expect($('#th-high-utilization-aggregate').value).toBe('70');
    expect($('#th-stale-account-days').value).toBe('14');
    const text = dom.root.textContent ?? '';
    for (const part of [
      '通知',
      '「提示」级别只在弹窗里显示',
      '规则阈值',
      '隐私',
      '在无痕窗口中也记录额度',
      '数据',
      '导出历史',
      '恢复默认值',
    ])
      expect(text).toContain(part);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('renders in English when the browser is English, and follows the language setting over the browser', async () => {
    await open('en-US');
    expect(dom.root.querySelector('h1')?.textContent).toBe('Limit Sentinel · Settings');
    expect(dom.root.textContent).toContain('Info alerts are shown in the popup only');
    expect(dom.root.querySelector('label[for=th-limit-drop-minDrop]')?.textContent).toBe('Limit drop of at least (%)');
    render(null, dom.root);
    await languageItem.setValue('zh');
    await open('en-US');
    expect(dom.root.querySelector('h1')?.textContent).toBe('额度哨兵 · 设置');
  });

  it('refuses an invalid threshold next to its field, keeps the text and saves nothing', async () => {
    await open();
    await act(async () => type('th-limit-drop-minDrop', '0'));
    await act(async () => type('th-limit-drop-windowDays', '45'));
    await submit('opt-thresholds-title');
    expect($('#th-limit-drop-minDrop-error')?.textContent).toBe('额度下降 · 额度下降至少：请输入 0.01% 到 100% 之间的比例。');
    expect($('#th-limit-drop-minDrop').getAttribute('aria-invalid')).toBe('true');
    expect($('#th-limit-drop-minDrop').value).toBe('0');
    expect($('#th-limit-drop-windowDays').value).toBe('45');
    expect(dom.root.textContent).toContain('没有保存任何内容');
    expect(await ruleThresholdsItem.getValue()).toEqual({});

    // Fixed, but now the warning count is above the critical one: the order check refuses it.
    await act(async () => type('th-limit-drop-minDrop', '5'));
    await act(async () => type('th-frequent-applications-count', '7'));
    await submit('opt-thresholds-title');
    expect($('#th-limit-drop-minDrop-error')).toBeNull();
    expect($('#th-frequent-applications-criticalCount-error')?.textContent).toContain('频繁申请');
    expect(await ruleThresholdsItem.getValue()).toEqual({});
  });

  it('saves a valid change as an override, shares as fractions, and restores the defaults', async () => {
    await open();
    await act(async () => type('th-limit-drop-minDrop', '10'));
    await act(async () => type('th-high-utilization-aggregate', '75'));
    await act(async () => type('th-stale-account-days', '21'));
    await submit('opt-thresholds-title');
    expect(dom.root.querySelectorAll('.field-error').length).toBe(0);
    expect(await ruleThresholdsItem.getValue()).toEqual({
      'limit-drop': { minDrop: 0.1 },
      'high-utilization': { aggregate: 0.75 },
      'stale-account': { days: 21 },
    });

    render(null, dom.root);
    await open(); // shown again as percent
    expect($('#th-limit-drop-minDrop').value).toBe('10');
    const restore = Array.from(dom.root.querySelectorAll('button')).find((b) => b.textContent === '恢复默认值')!;
    await act(async () => (restore as unknown as HTMLButtonElement).click());
    await flush();
    expect(await ruleThresholdsItem.getValue()).toEqual({});
    expect($('#th-limit-drop-minDrop').value).toBe('5');
  });

  it('persists the notification settings and switches language when told to', async () => {
    await open();
    await act(async () => {
      tick('opt-warning', false);
      type('opt-interval', '12');
      choose('opt-digest', '20');
      type('opt-quiet-start', '23:00');
      choose('opt-language', 'en');
    });
    await submit('opt-notify-title');
    expect(await notifySeveritiesItem.getValue()).toEqual({ critical: true, warning: false, info: false });
    expect(await checkIntervalHoursItem.getValue()).toBe(12);
    expect(await digestHourItem.getValue()).toBe(20);
    expect(await quietHoursItem.getValue()).toEqual({ enabled: true, start: '23:00', end: '08:00' });
    expect(await languageItem.getValue()).toBe('en');
    // entrypoints/popup/main.tsx and public/popup-boot.js read this key without wxt/storage.
    expect(await fakeBrowser.storage.local.get(LANGUAGE_KEY)).toEqual({ [LANGUAGE_KEY]: 'en' });
    expect(readFileSync('public/popup-boot.js', 'utf8')).toContain(`api.storage.local.get('${LANGUAGE_KEY}')`);
    expect((await readDeliverySettings()).checkIntervalHours).toBe(12);
    expect(dom.root.querySelector('h1')?.textContent).toBe('Limit Sentinel · Settings');
  });

  it('refuses an invalid check interval and saves none of the notification settings', async () => {
    await open();
    await act(async () => {
      tick('opt-critical', false);
      type('opt-interval', '0');
    });
    await submit('opt-notify-title');
    expect($('#opt-interval-error')?.textContent).toBe('请输入 1 到 168 之间的整数。');
    expect($('#opt-interval').value).toBe('0');
    expect(await notifySeveritiesItem.getValue()).toEqual({ critical: true, warning: true, info: false });
    expect(await checkIntervalHoursItem.getValue()).toBe(6);
  });

  it('saves the incognito switch at once', async () => {
    await open();
    expect($('#opt-incognito').checked).toBeFalsy();
    await act(async () => tick('opt-incognito', true));
    await flush();
    expect(await captureIncognitoItem.getValue()).toBe(true);
  });
});
