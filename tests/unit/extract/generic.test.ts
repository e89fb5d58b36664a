import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';

const URL_ = new URL('https://h5.example-lender.cn/quota');
const run = (body: string, head = '<title>某某金融 - 我的额度</title>') =>
  extractGeneric(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, URL_);
const one = (body: string, head?: string) => run(body, head).observations[0];

describe('extractGeneric: no lender from the page', () => {
  const body = '<p><span>可用额度</span><span>5,000.00</span></p>';
  // A title (我的, 信用卡首页, a mail subject) or a site's meta name is no lender: the background
  // names the account from the host or from what the person called the site.
  it.each([
    ['<title>我的</title>'],
    ['<title>信用卡首页 - 某银行</title>'],
    ['<title>您的信用卡电子对账单 - QQ邮箱</title><meta property="og:site_name" content="QQ邮箱">'],
    ['<meta name="application-name" content="甲"><title>丙-丁</title>'],
  ])('%s', (head) => {
    const o = one(body, head);
    expect(o).toMatchObject({ availableLimit: 5000, status: 'unknown' });
    expect(o).not.toHaveProperty('lender');
  });
});

describe('extractGeneric: what is not read', () => {
  it('never reads a label inside an advert sentence, even spaced apart from its ceiling word', () => {
    expect(run('<div class="item"><p>最高 可借88,888</p><p>立即申请</p></div>').observations).toEqual([]);
    expect(run('<p>低至 日利率0.02%</p>').observations).toEqual([]);
  });

  it('returns nothing for a page without lending data', () => {
    expect(run('<h1>欢迎</h1><p>今天天气不错。</p>')).toEqual({ observations: [], events: [] });
  });
  it('never reads scripts, styles, noscript or template content', () => {
    const body = `<script>document.write('<p><span>可用额度</span><span>5,000</span></p>')</script>
      <style>.x:after{content:"可用额度：5000"}</style>
      <noscript><p><span>可用额度</span><span>5,000</span></p></noscript>
      <template><p><span>总额度</span><span>9,000</span></p></template>`;
    expect(run(body).observations).toEqual([]);
  });
  it('records masked values as not shown, never as zero', () => {
    const o = one(
      '<p><span>总额度</span><span>****</span></p><p><span>可用额度</span><span>¥***</span></p><p><span>日利率</span><span>0.03%</span></p>',
    );
    expect(o).toEqual({ dailyRate: 0.0003, status: 'unknown', kind: 'credit-line' });
  });
  it('does not invent the used amount from total and available', () => {
    expect(one('<dl><dt>总额度</dt><dd>50,000</dd><dt>可用额度</dt><dd>30,000</dd></dl>')).not.toHaveProperty('usedAmount');
  });
  it('does not take prices, points, coupons or unknown labels as limits', () => {
    const body =
      '<p><span>商品总额</span><span>¥388.90</span></p><p><span>可用积分</span><span>1,280</span></p><p><span>优惠券</span><span>¥20</span></p><p>红包：¥5.00</p><p>价格：¥299.00</p>';
    expect(run(body).observations).toEqual([]);
  });
  it('does not take a marketing range or a "from" rate as the account’s rate', () => {
    const body =
      '<p><span>年化利率(单利)</span><span>7.2%-24%</span></p><p>年化利率3.6%起</p><p>日利率低至0.02%</p><p><span>借款额度</span><span>500元-20万</span></p>';
    expect(run(body).observations).toEqual([]);
  });
  it('does not take a headline with the number glued to 最高可借', () => {
    expect(run('<div class="top"><h1>最高可借200,000</h1></div>').observations).toEqual([]);
  });
  it('does not take 最高可借 on a page that invites applying', () => {
    const body = '<div class="pt"><p>最高可借(元)</p><p>200,000</p></div><button>立即申请</button>';
    expect(run(body).observations).toEqual([]);
    expect(one('<div class="pt"><p>最高可借(元)</p><p>200,000</p></div>')?.totalLimit).toBe(200000);
  });
  it('ignores news stories', () => {
    const body = '<p><span>可用额度</span><span>5,000</span></p><p>额度已冻结</p>';
    expect(run(body, '<meta property="og:type" content="article"><title>新闻</title>').observations).toEqual([]);
  });
  it('keeps a status-only observation on a lending page, not elsewhere', () => {
    expect(one('<p>综合评估暂未通过</p>')).toEqual({ status: 'limited', statusText: '综合评估暂未通过' });
    expect(run('<p>服务已关闭</p>', '<title>天气预报</title>').observations).toEqual([]);
    expect(run('<a class="btn" href="/loan">立即借款</a>').observations).toEqual([]);
  });
});

describe('extractGeneric: label/value forms', () => {
  it('pairs a value printed above its label', () => {
    expect(one('<div><div class="n">¥ 12,345</div><div class="d">剩余额度(元)</div></div>')?.availableLimit).toBe(12345);
  });
  it('joins a value split across spans', () => {
    expect(one('<p><span>可用额度：</span><span>¥</span><span>12</span><span>,345.67</span></p>')?.availableLimit).toBe(12345.67);
  });
  it('reads label/value/label/value table rows', () => {
    const o = one('<table><tr><th>固定额度（元）</th><td>¥200,000.00</td><th>当前可提款金额（元）</th><td>¥146,500.00</td></tr></table>');
    expect(o).toMatchObject({ totalLimit: 200000, availableLimit: 146500 });
  });
  it('reads a header table with one data row as the page’s account', () => {
    const o = one(
      '<table><tr><th>授信额度</th><th>已用额度</th><th>年化利率</th></tr><tr><td>100,000</td><td>40,000</td><td>4.35%</td></tr></table>',
    );
    expect(o).toEqual({ totalLimit: 100000, usedAmount: 40000, apr: 0.0435, status: 'unknown' });
  });
  it('gives one observation per card row, with the product from the name column', () => {
    const r = run(`<table><tr><th>卡号</th><th>信用额度</th><th>可用额度</th></tr>
      <tr><td>尾号1234</td><td>50,000</td><td>40,000</td></tr><tr><td>${'卡'.repeat(100)}</td><td>20,000</td><td>0</td></tr>
      <tr><td>合计</td><td>70,000</td><td>40,000</td></tr></table>`);
    expect(r.observations).toHaveLength(2);
    expect(r.observations[0]).toEqual({
      product: '尾号1234',
      kind: 'credit-card',
      totalLimit: 50000,
      availableLimit: 40000,
      status: 'unknown',
    });
    expect(r.observations[1]?.product).toHaveLength(80);
  });
  it('splits inline "标签：值" text at the next label, known or not', () => {
    const o = one('<p>可借额度：1.2万元　剩余应还：3,456.78元　还款日：每月15日</p><p>额度状态：正常　到期日：2025-12-31</p>');
    expect(o).toMatchObject({ availableLimit: 12000, usedAmount: 3456.78, status: 'normal', statusText: '正常' });
  });
  it('prefers 已用额度 over 本期应还 and 未出账单 for the used amount', () => {
    const o = one('<p>未出账单：1,000</p><p>本期应还：2,000</p><p>已用额度：3,000</p>');
    expect(o?.usedAmount).toBe(3000);
  });
  it('reads English labels', () => {
    const o = one(
      '<div><span>Credit limit</span><span>CNY 50,000.00</span></div><div><span>Available credit</span><span>CNY 1,000.00</span></div><div><span>Current balance</span><span>-49,000.00</span></div><div><span>APR</span><span>18.25%</span></div>',
    );
    expect(o).toMatchObject({ totalLimit: 50000, availableLimit: 1000, usedAmount: 49000, apr: 0.1825 });
  });
  it('reads a rate written right after its label', () => {
    expect(one('<p>日利率0.035%</p>')?.dailyRate).toBe(0.00035);
    expect(one('<p>年化利率(单利)12.78%</p>')?.apr).toBe(0.1278);
    expect(one('<p>日息万五</p>')?.dailyRate).toBe(0.0005);
  });
  it('takes the worst status and the 提额 entry', () => {
    const o = one(
      '<p><span>可用额度</span><span>0.00</span></p><p>暂时无法使用</p><p><span>状态</span><span>冻结</span></p><p>暂无提额机会</p>',
    );
    expect(o).toMatchObject({ status: 'frozen', statusText: '冻结', increaseAvailable: false });
  });
});
