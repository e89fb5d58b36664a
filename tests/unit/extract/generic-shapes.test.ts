// The shapes real bank pages, e-statements and H5 lending pages print (vocabulary.md): bilingual
// label cells, currency cells and columns, labels glued to their digits, 当前最高可借, values above or
// below their label, the 提额 entry alone, the account kind and the card's tail.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tailsIn } from '../../../utils/extract/card-tail';
import { extractGeneric } from '../../../utils/extract/generic';
import { labelField } from '../../../utils/extract/labels';

const URL_ = new URL('https://ebank.example.cn/account');
const run = (body: string, title = '账户') =>
  extractGeneric(
    parseHTML(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document,
    URL_,
  );
const one = (body: string, title?: string) => run(body, title).observations[0];

describe('bilingual labels', () => {
  it.each([
    ['授信额度 Credit Limit', 'totalLimit'],
    ['授信额度Credit Limit', 'totalLimit'],
    ['Credit Limit 信用额度', 'totalLimit'],
    ['可用额度 Available Credit', 'availableLimit'],
    ['本期应还金额 New Balance', 'usedAmount'],
  ])('%s names %s', (text, field) => expect(labelField(text)?.field).toBe(field));
  it.each(['取现额度 Cash Advance Limit', '账户币种Currency', '预借现金额度 Credit Limit', '信用额度 Available Credit'])(
    '%s names nothing',
    (text) => expect(labelField(text)).toBeUndefined(),
  );
});

describe('currency cells and columns', () => {
  it('skips a yuan cell between label and value', () => {
    expect(
      one(
        '<table><tr><td>本期账单日Statement Date</td><td>2026-08-27</td><td>授信额度 Credit Limit</td><td>CNY</td><td>60,000</td></tr></table>',
      ),
    ).toMatchObject({ totalLimit: 60000 });
  });
  it('reads the 人民币 column, wherever it is, never the 美元 one', () => {
    const table = (heads: string[], rows: [string, string[]][]) =>
      `<table><tr><td></td>${heads.map((h) => `<td>${h}</td>`).join('')}</tr>${rows.map(([l, v]) => `<tr><td>${l}</td>${v.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</table>`;
    expect(
      one(
        table(
          ['人民币', '美元'],
          [
            ['信用额度', ['50,000.00', '8,000.00']],
            ['可用额度', ['31,245.60', '7,650.00']],
          ],
        ),
      ),
    ).toMatchObject({ totalLimit: 50000, availableLimit: 31245.6 });
    expect(
      one(
        table(
          ['美元', '人民币'],
          [
            ['信用额度', ['8,000.00', '50,000.00']],
            ['可用额度', ['7,650.00', '31,245.60']],
          ],
        ),
      ),
    ).toMatchObject({ totalLimit: 50000, availableLimit: 31245.6 });
    // A card with a dollar line only: nothing in yuan to read.
    expect(run(table(['美元'], [['信用额度', ['8,000.00']]])).observations).toEqual([]);
  });
  it('reads a label row over a value row, even with one amount label in it', () => {
    expect(
      one(
        '<table><tr><td>信用额度 Credit Limit</td><td>到期还款日 Payment Due Date</td></tr><tr><td>¥30,000.00</td><td>2026-12-05</td></tr></table>',
      ),
    ).toMatchObject({ totalLimit: 30000 });
  });
  it('reads columns headed 人民币账户 | 美元账户', () => {
    expect(
      one(
        '<table><tr><th>项目</th><th>美元账户</th><th>人民币账户</th></tr><tr><td>信用额度</td><td>8,000.00</td><td>50,000.00</td></tr></table>',
      ),
    ).toMatchObject({ totalLimit: 50000 });
  });
  it('never takes a foreign amount', () => {
    expect(run('<p><span>信用额度</span><span>USD 8,000.00</span></p>').observations).toEqual([]);
    expect(run('<table><tr><td>信用额度</td><td>USD</td><td>8,000.00</td></tr></table>').observations).toEqual([]);
  });
  it('does not take a 币种 | 人民币 pair for a currency header', () => {
    const o = one(
      '<table><tr><th>贷款账号</th><td>6230 **** **** 8812</td><th>币种</th><td>人民币</td></tr><tr><th>固定额度（元）</th><td>¥200,000.00</td><th>当前可提款金额（元）</th><td>¥146,500.00</td></tr></table>',
    );
    expect(o).toMatchObject({ totalLimit: 200000, availableLimit: 146500 });
  });
  it('reads 预借现金 (cash advance) as no limit', () => {
    expect(
      run('<table><tr><td>预借现金可用额度</td><td>15,000.00</td></tr><tr><td>预借现金额度</td><td>15,000.00</td></tr></table>')
        .observations,
    ).toEqual([]);
  });
});

describe('H5 shapes', () => {
  it('reads labels glued to their digits, up to the next sentence', () => {
    expect(one('<p>总额度10000元</p>')).toMatchObject({ totalLimit: 10000 });
    expect(one('<p>总额度10000元，日利率低至万5</p>')).toEqual({ totalLimit: 10000, kind: 'credit-line', status: 'unknown' });
    expect(one('<p>总额度10,000元，可用额度8,000元</p>')).toMatchObject({ totalLimit: 10000, availableLimit: 8000 });
  });
  it('never reads a glued ceiling', () => {
    expect(run('<p>最高可借200,000</p><p>最高可借额度200000元</p><p>新客 最高可借 200,000元</p>').observations).toEqual([]);
    expect(one('<p>最高可借额度：50,000</p>')).toMatchObject({ totalLimit: 50000 });
  });
  it('reads 当前最高可借(元) on an account page as the available limit, not on an apply page', () => {
    expect(one('<p>当前最高可借(元)</p><p>12,345.00</p><p>去借钱</p>')).toMatchObject({ availableLimit: 12345, status: 'normal' });
    expect(run('<p>当前最高可借(元)</p><p>200,000</p><a>立即申请</a>').observations).toEqual([]);
  });
  it('reads a value above its label when nothing numeric follows, never another label’s value', () => {
    expect(one('<div><p>6,500.00</p><p>可用额度(元)</p><p>去借钱</p></div>')).toMatchObject({ availableLimit: 6500 });
    // 5万 is the value of 总额度; 可用额度's own value is "--" (not shown).
    expect(one('<dl><dt>总额度</dt><dd>5万</dd><dt>可用额度</dt><dd>--</dd></dl>')).toEqual({ totalLimit: 50000, status: 'unknown' });
  });
  it('records the 提额 entry where no amount shows, with the state the page gives', () => {
    expect(one('<p>当前最高可借(元)</p><p>****</p><p>去借钱</p><p>去提额</p>')).toEqual({
      status: 'normal',
      statusText: '去借钱',
      increaseAvailable: true,
      kind: 'credit-line',
    });
    expect(one('<p>提额功能暂不可用</p><p>去借钱</p>')).toEqual({
      status: 'normal',
      statusText: '去借钱',
      increaseAvailable: false,
      kind: 'credit-line',
    });
    // Without any state the contract leaves nothing to record (an observation needs an amount, a
    // rate or a known status).
    expect(run('<p>额度</p><p>申请提额</p>').observations).toEqual([]);
  });
});

describe('account kind and card tail', () => {
  it.each([
    ['<p>信用额度</p><p>50,000</p><p>账单日 每月10日</p>', 'credit-card'],
    ['<p>花呗额度</p><p>总额度</p><p>5,000</p>', 'pay-later'],
    ['<p>美团月付</p><p>总额度</p><p>5,000</p>', 'pay-later'],
    ['<p>可借额度</p><p>5,000</p><p>随借随还</p>', 'credit-line'],
    ['<p>借据余额</p><p>12,000</p><p>分期 共12期 剩余6期</p>', 'installment-loan'],
  ])('%s → %s', (body, kind) => expect(one(body)?.kind).toBe(kind));
  it('leaves the kind out where the page does not tell it (按月付息 is no 月付)', () => {
    expect(one('<p>固定额度</p><p>200,000</p><p>按月付息，到期还本</p>')).not.toHaveProperty('kind');
  });
  it('names the line by its card tail when the page shows one card, never by a phone number', () => {
    expect(one('<p>卡号：6225 88** **** 8832</p><p>信用额度</p><p>50,000</p>')?.product).toBe('尾号8832');
    expect(one('<p>用户138****0000 刚刚借款</p><p>可借额度</p><p>5,000</p>')).not.toHaveProperty('product');
    expect(one('<p>51100000****5561</p><p>53160000****6714</p><p>信用额度</p><p>50,000</p>')).not.toHaveProperty('product');
    expect(tailsIn('ending in 4821 · 尾号：1234 · **** 5678')).toEqual(['4821', '1234', '5678']);
  });
  it('names the line by the product the page labels, a card number cut to its tail', () => {
    expect(one('<p>产品名称：星河借款</p><p>可借额度</p><p>5,000</p>')?.product).toBe('星河借款');
    expect(one('<dl><dt>借款产品</dt><dd>随心借</dd><dt>可借额度</dt><dd>5,000</dd></dl>')?.product).toBe('随心借');
    // A full card number is never kept, not even as the line's name.
    expect(one('<p>卡号：6225881234568832</p><p>信用额度</p><p>50,000</p>')).not.toHaveProperty('product');
    expect(one('<p>卡号：6225 88** **** 8832</p><p>信用额度</p><p>50,000</p>')?.product).toBe('尾号8832');
    expect(one('<p>账户名称：工资卡 123456789</p><p>信用额度</p><p>50,000</p>')).not.toHaveProperty('product');
  });
});
