// lenderPage from data alone: a made-up lender whose amounts, rates and status sit in known places
// needs readers, not an edit of define.ts; without a status hook the page's phrases speak, as on
// every page; a page that shows no amount records nothing, whatever its rate.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lenderPage } from '../../../utils/adapters/define';
import { readFields, readRates, statusIn } from '../../../utils/adapters/label-reader';

const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
const url = new URL('https://h5.made-up-lender.example/quota');

const madeUp = (withStatus: boolean) =>
  lenderPage({
    id: 'made-up-lender',
    name: { zh: '虚构贷', en: 'Made-up Loan' },
    matches: ['https://h5.made-up-lender.example/*'],
    home: 'https://h5.made-up-lender.example/quota',
    account: { lender: '虚构金融', product: '虚构贷', kind: 'credit-line' },
    amounts: (_doc, words) => readFields(words.page(), { totalLimit: ['总额度'], availableLimit: ['可用额度'] }),
    rates: (_doc, words) => readRates(words.page(), { dailyRate: ['日利率'], apr: ['年化利率'] }),
    ...(withStatus && { status: (d: Document) => statusIn(d.querySelector('.account-state')) }),
  });

const QUOTA = `
  <dl><dt>总额度</dt><dd>¥50,000.00</dd><dt>可用额度</dt><dd>12,000</dd></dl>
  <p>日利率：0.04%</p><div><span>年化利率(单利)</span><span>14.6%</span></div>`;

describe('lenderPage with rates and a status hook', () => {
  it('reads the rates beside their labels into the observation', () => {
    const { observations } = madeUp(false).extract(doc(QUOTA), url);
    expect(observations).toEqual([
      {
        accountId: 'made-up-lender',
        lender: '虚构金融',
        product: '虚构贷',
        kind: 'credit-line',
        totalLimit: 50000,
        availableLimit: 12000,
        dailyRate: 0.0004,
        apr: 0.146,
        status: 'unknown',
      },
    ]);
  });

  it('takes the status from its known box, over the page’s other words', () => {
    // An ad for another product says 暂时无法使用; the account's own box says 正常.
    const page = doc(`${QUOTA}<div class="account-state">账户状态：正常</div><section><p>暂时无法使用</p></section>`);
    expect(madeUp(false).extract(page, url).observations[0]).toMatchObject({ status: 'limited' });
    expect(madeUp(true).extract(page, url).observations[0]).toMatchObject({ status: 'normal', statusText: '账户状态：正常' });
    const frozen = doc(`${QUOTA}<div class="account-state">额度已冻结</div>`);
    expect(madeUp(true).extract(frozen, url).observations[0]).toMatchObject({ status: 'frozen', statusText: '额度已冻结' });
  });

  it('falls back to the page’s status phrases where the box says nothing', () => {
    const page = doc(`${QUOTA}<div class="account-state"></div><p>暂时无法使用</p>`);
    expect(madeUp(true).extract(page, url).observations[0]).toMatchObject({ status: 'limited' });
  });

  it('reads an advertised range or "from" rate as no rate', () => {
    const page = doc(`<p>总额度：¥50,000</p><p>日利率：低至0.02%</p><p>年化利率：7.2%-24%</p>`);
    const [o] = madeUp(false).extract(page, url).observations;
    expect(o).toMatchObject({ totalLimit: 50000 });
    expect(o).not.toHaveProperty('dailyRate');
    expect(o).not.toHaveProperty('apr');
  });

  it('records nothing on a page with a rate but no amount (a product page)', () => {
    expect(madeUp(true).extract(doc('<p>日利率：0.04%</p>'), url).observations).toEqual([]);
  });
});
