// Names from outside holding a RIGHT-TO-LEFT OVERRIDE (U+202E) stay inside themselves: every place
// that shows one wraps it in <bdi> (or FSI…PDI in plain text), so the words around it keep their
// order — the dashboard heading "…的额度历史", the account card and list, an alert's title.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AccountCard } from '../../../components/popup/AccountCard';
import { AlertLine } from '../../../components/shared/AlertLine';
import { fillNodes, isolated, isolateNames, Name } from '../../../components/shared/Bidi';
import { AccountNav } from '../../../components/dashboard/AccountNav';
import { td } from '../../../utils/i18n/dashboard';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { groupAlerts } from '../../../utils/rules/grouping';
import type { AccountSummary } from '../../../utils/messaging/protocol';
import { inLang, useDom } from './support/dom';

const dom = useDom();
const NOW = Date.parse('2026-11-23T00:00:00Z');
const RLO = '\u202e';
const LENDER = `恶意${RLO}行银`;
const PRODUCT = `贷${RLO}ABC`;
const summary: AccountSummary = {
  account: { id: 'evil', lender: LENDER, product: PRODUCT, kind: 'credit-line' },
  latest: {
    accountId: 'evil',
    at: new Date(NOW).toISOString(),
    status: 'limited',
    statusText: `暂停${RLO}使用`,
    totalLimit: 1000,
    source: 'manual',
  },
  lastSeenAt: new Date(NOW).toISOString(),
  observationCount: 1,
};

/** An element's children written out (read, never set): text as it is, elements as <tag>text</tag>. */
const shape = (el: Element) =>
  [...el.childNodes]
    .map((n) => (n.nodeType === 1 ? `<${n.nodeName.toLowerCase()}>${n.textContent}</${n.nodeName.toLowerCase()}>` : n.textContent))
    .join('');

/** Every occurrence of U+202E in the rendered DOM sits inside a <bdi> that holds nothing else but the name. */
function expectAllIsolated(root: Element) {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let found = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.includes(RLO)) continue;
    found++;
    expect(n.parentNode?.nodeName.toLowerCase()).toBe('bdi');
    expect(n.parentNode?.childNodes.length).toBe(1);
  }
  expect(found).toBeGreaterThan(0);
}

describe('names that cannot rearrange the page', () => {
  it('the dashboard heading keeps "的额度历史" outside the name', async () => {
    await act(async () => {
      render(<h2>{fillNodes(td('zh', 'dash.historyOf'), { name: <Name text={`${LENDER} ${PRODUCT}`} /> })}</h2>, dom.root);
    });
    const h2 = dom.root.querySelector('h2')!;
    expect(shape(h2)).toBe(`<bdi>${LENDER} ${PRODUCT}</bdi> 的额度历史`);
    expectAllIsolated(dom.root);
  });

  it("the account card isolates lender, product and the page's status text", async () => {
    await act(async () => {
      render(inLang('zh', <AccountCard summary={summary} now={NOW} />), dom.root);
    });
    expectAllIsolated(dom.root);
    expect(dom.root.querySelector('.card-lender bdi')?.textContent).toBe(LENDER);
    expect(dom.root.querySelector('.card-product bdi')?.textContent).toBe(PRODUCT);
    expect(dom.root.querySelector('.card-pagetext bdi')?.textContent).toBe(`暂停${RLO}使用`);
  });

  it('the dashboard account list isolates the name', async () => {
    await act(async () => {
      render(inLang('en', <AccountNav accounts={[summary]} onSelect={() => undefined} />), dom.root);
    });
    expectAllIsolated(dom.root);
  });

  it('an alert isolates the names inside its title and detail', async () => {
    const alert = {
      id: 'limit-drop|evil',
      rule: 'limit-drop',
      severity: 'critical',
      accountId: 'evil',
      at: new Date(NOW).toISOString(),
      state: 'new',
      text: {
        zh: { title: `${LENDER} ${PRODUCT} 额度下降`, detail: `${LENDER} 的总额度从 1000 降到 500。`, advice: [] },
        en: { title: `${LENDER} ${PRODUCT} limit dropped`, detail: '', advice: [] },
      },
    } as unknown as AlertRecord;
    await act(async () => {
      const [group] = groupAlerts([alert]);
      render(
        inLang('zh', <AlertLine group={group!} now={NOW} initiallyOpen names={[LENDER, PRODUCT, `${LENDER} ${PRODUCT}`]} />),
        dom.root,
      );
    });
    expectAllIsolated(dom.root);
    expect(shape(dom.root.querySelector('.alert-title')!)).toBe(`<bdi>${LENDER} ${PRODUCT}</bdi> 额度下降`);
    expect(shape(dom.root.querySelector('.alert-detail')!)).toBe(`<bdi>${LENDER}</bdi> 的总额度从 1000 降到 500。`);
  });

  it('plain-text places get FSI…PDI around the name', () => {
    expect(isolated(LENDER)).toBe(`\u2068${LENDER}\u2069`);
    expect(isolated('')).toBe('');
    expect(isolateNames('没有名字', [LENDER])).toEqual(['没有名字']);
  });
});
