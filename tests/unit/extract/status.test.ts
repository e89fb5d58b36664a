import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyStatus, detectIncrease, detectStatus, increaseInText } from '../../../utils/extract/status';

const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('classifyStatus', () => {
  it.each([
    ['暂时无法使用', 'limited', '暂时无法使用'],
    ['暂无借款额度', 'limited', '暂无借款额度'],
    ['暂无可用额度', 'limited', '暂无可用额度'],
    ['当前无法借款', 'limited', '无法借款'],
    ['综合评估暂未通过', 'limited', '综合评估暂未通过'],
    ['经综合评估暂不支持', 'limited', '经综合评估暂不支持'],
    ['综合评分不足', 'limited', '综合评分不足'],
    ['请3个月后再试', 'limited', '请3个月后再试'],
    ['请 12 个月后再试', 'limited', '请 12 个月后再试'],
    ['请三个月后再试', 'limited', '请三个月后再试'],
    ['额度评估中', 'limited', '额度评估中'],
    ['冻结', 'frozen', '冻结'],
    ['您的额度已冻结', 'frozen', '额度已冻结'],
    ['止付', 'frozen', '止付'],
    ['账户被锁定', 'frozen', '账户被锁定'],
    ['暂停使用', 'frozen', '暂停使用'],
    ['卡片状态异常', 'frozen', '状态异常'],
    ['Account suspended', 'frozen', 'suspended'],
    ['已关闭', 'closed', '已关闭'],
    ['服务已关闭', 'closed', '服务已关闭'],
    ['账户已注销', 'closed', '已注销'],
    ['额度已清零', 'closed', '额度已清零'],
    ['正常', 'normal', '正常'],
    ['账户状态：正常', 'normal', '正常'],
    ['可借', 'normal', '可借'],
    ['去借钱', 'normal', '去借钱'],
    ['立即借款', 'normal', '立即借款'],
    ['Status: Active', 'normal', 'Active'],
  ])('%s → %s', (text, status, phrase) => {
    expect(classifyStatus(text)).toEqual({ status, phrase });
  });

  it('lets the worst phrase win', () => {
    expect(classifyStatus('暂时无法使用，额度已冻结')?.status).toBe('frozen');
    expect(classifyStatus('额度已冻结，服务已关闭')?.status).toBe('closed');
    expect(classifyStatus('综合评估暂未通过，请3个月后再试')?.status).toBe('limited');
  });

  it.each([
    ['未冻结'],
    ['自动还款已关闭'],
    ['部分积分已冻结'],
    ['如额度被冻结或止付，请联系客服'],
    ['逾期可能导致额度冻结'],
    ['额度冻结一般由账户存在风险引起'],
    ['正常还款'],
    ['最高可借'],
    ['可借额度'],
    [''],
  ])('%s → undefined', (text) => {
    expect(classifyStatus(text)).toBeUndefined();
  });
});

describe('detectStatus', () => {
  it('takes the worst short notice on the page', () => {
    const doc = page('<p>暂无可用额度</p><div><span class="badge">止付</span></div><p>正常</p>');
    expect(detectStatus(doc)).toEqual({ status: 'frozen', text: '止付' });
  });

  it('ignores FAQ, footers, links, questions, long paragraphs and scripts', () => {
    const doc = page(`
      <div class="faq"><p>额度已冻结</p></div>
      <footer><p>服务已关闭</p></footer>
      <p><a href="/help">额度冻结说明</a></p>
      <p>为什么额度被冻结了？</p>
      <p>${'借款人在借款期间应按时还款，'.repeat(4)}否则额度可能会被冻结。</p>
      <script>var s = "额度已冻结";</script>
      <template><p>额度已冻结</p></template>
      <noscript><p>额度已冻结</p></noscript>
      <p hidden>服务已关闭</p>
      <p style="display:none">额度已冻结</p>`);
    expect(detectStatus(doc)).toBeUndefined();
  });

  it('takes an enabled borrow button as normal, a disabled one as nothing', () => {
    expect(detectStatus(page('<a class="btn" href="/loan">去借钱</a>'))?.status).toBe('normal');
    expect(detectStatus(page('<button class="btn" disabled>立即借款</button>'))).toBeUndefined();
  });
});

describe('detectIncrease', () => {
  it.each([
    ['去提额', true],
    ['申请提额', true],
    ['提升额度', true],
    ['提额功能暂不可用', false],
    ['暂无提额机会', false],
    ['暂不支持提额', false],
    ['如何申请提额？', undefined],
    ['可用额度 5000', undefined],
  ])('text %s → %s', (text, want) => {
    expect(increaseInText(text)).toBe(want);
  });

  it('reads the entry on a page: offered, disabled, closed or absent', () => {
    expect(detectIncrease(page('<div class="entry"><a href="/raise">去提额 &gt;</a></div>'))).toBe(true);
    expect(detectIncrease(page('<button class="btn" disabled>申请提额</button>'))).toBe(false);
    expect(detectIncrease(page('<a class="raise is-disabled">提升额度</a>'))).toBe(false);
    expect(detectIncrease(page('<a href="/raise">申请提额</a><p>暂无提额机会</p>'))).toBe(false);
    expect(detectIncrease(page('<p>可用额度 5,000</p>'))).toBeUndefined();
  });

  it('does not take a help text about raising the limit as an entry', () => {
    const doc = page(
      '<div class="help"><h4>帮助中心</h4><a href="/raise">申请提额</a></div><p>按时还款有助于提升额度</p><p>怎样申请提额？</p>',
    );
    expect(detectIncrease(doc)).toBeUndefined();
  });
});

describe('noise judged by what a box says, not one class word (issue 23)', () => {
  it('reads a status banner whose class says banner, help or nav', () => {
    for (const cls of ['status-banner', 'banner warn', 'help-tip', 'top-nav-notice'])
      expect(detectStatus(page(`<div class="${cls}"><span>您的额度已冻结，暂时无法借款</span></div>`))?.status).toBe('frozen');
  });
  it('drops such a box when it advertises, invites or asks', () => {
    for (const says of ['额度已冻结？点此了解', '额度已冻结 立即申请新额度', '常见问题 额度已冻结', '额度已冻结 最高可借200,000'])
      expect(detectStatus(page(`<div class="banner"><p>${says}</p></div>`))).toBeUndefined();
  });
  it('always drops a box named an advert or a FAQ', () => {
    for (const cls of ['promo', 'ad-slot', 'faq-list'])
      expect(detectStatus(page(`<div class="${cls}"><span>额度已冻结</span></div>`))).toBeUndefined();
  });
});
