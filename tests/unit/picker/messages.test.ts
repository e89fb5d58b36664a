// The picker's two messages through the background's handler, and its background side on a fake
// browser: only a tracked site's own page may save a rule for that site; the popup starts it.
import { describe, expect, it, vi } from 'vitest';
import { adapterMatches } from '../../../utils/adapters/registry';
import type { SenderLike } from '../../../utils/messaging/sender';
import { createPicker, PICKER_SCRIPT_FILE, rulesForOrigin } from '../../../utils/picker/control';
import type { SiteRule } from '../../../utils/picker/site-rules';
import type { SiteRules } from '../../../utils/picker/stored-rules';
import { handlerFor, ID, popup } from '../messaging/support';
import { freshDb } from '../storage/helpers';

const siteTab: SenderLike = { id: ID, url: 'https://h5.lender.example/wallet', tab: { id: 5 }, frameId: 0 };
const rule: SiteRule = { field: 'availableLimit', selector: 'body > b', label: '本月可支配' };

async function handler() {
  const db = await freshDb();
  const picker = { start: vi.fn(async (tabId: number) => tabId === 5), save: vi.fn(async () => true) };
  const handle = handlerFor(db, { picker });
  return { handle, picker };
}

describe('picker messages', () => {
  it('saves a rule for the sending page’s own site only', async () => {
    const { handle, picker } = await handler();
    expect(await handle({ type: 'cs:pick', url: 'https://h5.lender.example/wallet#x', rule }, siteTab)).toEqual({ ok: true });
    expect(picker.save).toHaveBeenCalledWith('https://h5.lender.example', rule, 5);
    expect(await handle({ type: 'cs:pick', url: 'https://other.example/', rule }, siteTab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'cs:pick', url: siteTab.url, rule }, { ...siteTab, frameId: 3 })).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'cs:pick', url: siteTab.url, rule }, popup)).toEqual({ ok: false, code: 'forbidden' });
    expect(picker.save).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an unknown field', { ...rule, field: 'password' }],
    ['an empty selector', { ...rule, selector: '  ' }],
    ['a huge selector', { ...rule, selector: 'div '.repeat(200) }],
    ['a long label', { ...rule, label: '标'.repeat(41) }],
    ['an extra key', { ...rule, value: 8888 }],
  ])('refuses %s', async (_name, bad) => {
    const { handle, picker } = await handler();
    expect(await handle({ type: 'cs:pick', url: siteTab.url, rule: bad }, siteTab)).toEqual({ ok: false, code: 'bad-message' });
    expect(picker.save).not.toHaveBeenCalled();
  });

  it('starts the picker only when the popup asks, for a tab the picker accepts', async () => {
    const { handle } = await handler();
    expect(await handle({ type: 'ui:start-picker', tabId: 5 }, popup)).toEqual({ ok: true });
    expect(await handle({ type: 'ui:start-picker', tabId: 6 }, popup)).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'ui:start-picker', tabId: 5 }, siteTab)).toEqual({ ok: false, code: 'forbidden' });
  });
});

function fakeBrowserApi(granted: string[], tabs: Record<number, string>) {
  const calls: unknown[] = [];
  const api = {
    permissions: { getAll: async () => ({ origins: granted }) },
    tabs: { get: async (id: number) => ({ id, url: tabs[id] }) },
    scripting: {
      executeScript: async (x: { func?: { name: string }; files?: string[]; args?: unknown[] }) => {
        calls.push(x.files ? { files: x.files } : { func: x.func?.name, args: x.args });
        return [];
      },
    },
  };
  return { api: api as never, calls };
}

describe('the picker in the background', () => {
  const setup = (granted = ['https://h5.lender.example/*']) => {
    let stored: unknown = { 'https://h5.lender.example': [{ field: 'status', selector: '#s' }] };
    const { api, calls } = fakeBrowserApi(granted, {
      5: 'https://h5.lender.example/wallet',
      6: 'https://baitiao.jd.com/v3/ious/list',
      7: 'https://other.example/',
    });
    const picker = createPicker({
      api,
      adapterPatterns: adapterMatches(),
      lang: async () => 'en',
      loadRules: async () => stored,
      saveRules: async (r: SiteRules) => void (stored = r),
    });
    return { picker, calls, stored: () => stored };
  };

  it('shows the picker, in the person’s language, only on a tracked site', async () => {
    const { picker, calls } = setup();
    expect(await picker.start(5)).toBe(true);
    expect(calls).toEqual([{ func: 'pickerOptions', args: ['en', []] }, { files: [PICKER_SCRIPT_FILE] }]);
    expect(await picker.start(6)).toBe(false); // an adapter's page: the adapter reads it
    expect(await picker.start(7)).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('asks for the given fields in turn ("this is wrong"), and closes the picker on request', async () => {
    const { picker, calls } = setup();
    expect(await picker.start(5, ['availableLimit', 'rate'])).toBe(true);
    expect(calls[0]).toEqual({ func: 'pickerOptions', args: ['en', ['availableLimit', 'rate']] });
    await picker.stop(5);
    expect(calls[2]).toEqual({ func: 'closePicker', args: undefined });
  });

  it('saves the rule next to the site’s others and hands them to the page at once', async () => {
    const { picker, calls, stored } = setup();
    expect(await picker.save('https://h5.lender.example', rule, 5)).toBe(true);
    const site = [{ field: 'status', selector: '#s' }, rule];
    expect(stored()).toEqual({ 'https://h5.lender.example': site });
    expect(calls).toEqual([{ func: 'handRules', args: [site, true] }]);
    expect(await rulesForOrigin(async () => stored(), 'https://h5.lender.example')).toEqual([rule, site[0]]); // in field order
    expect(await picker.save('https://other.example', rule, 7)).toBe(false);
  });
});
