// Screens of 支付宝 (借呗, 花呗) and 微信 (微粒贷): limits, masked figures, bills, statuses, ads.
import { HUABEI, INVITE, JIEBEI, TABS, WLD } from './ids';
import type { Screen } from './screen-types';

export const ALIPAY_WECHAT: Screen[] = [
  {
    file: 'Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg',
    imitates:
      'vocabulary.md "App screens" (借呗: 可借额度(元) over the big number, 总额度, 日利率 and 年化利率(单利)); lichong317/huizi user_account_info.ftl (label over a big ¥ figure)',
    accent: '#1677ff',
    size: 'fhd',
    quality: 80,
    blocks: [
      { t: 'title', text: '借呗' },
      { t: 'hero', label: '可借额度(元)', value: '50,000.00', below: ['总额度 ¥80,000.00'] },
      { t: 'inline', texts: ['日利率0.02%', '年化利率(单利)7.30%'] },
      { t: 'button', text: '去借钱' },
      {
        t: 'rows',
        items: [
          ['提额', '去提额'],
          ['借款记录', '›'],
        ],
      },
      INVITE('88'),
      { t: 'footer', text: '客服电话 95188' },
    ],
    truth: {
      observations: [
        { ...JIEBEI, availableLimit: 50000, totalLimit: 80000, dailyRate: 0.0002, apr: 0.073, status: 'normal', increaseAvailable: true },
      ],
      takenAt: '2026-12-03T02:15:00.123Z',
      takenFrom: 'file-name',
      ads: [88, 95188],
    },
  },
  {
    file: 'Screenshot_20261203-101500.png',
    imitates:
      'vocabulary.md "App screens" (借呗 with amounts masked as **** until the eye is tapped); ziyanshi999-sss/yihangyidon credit-cards.vue (eye toggle hiding numbers)',
    accent: '#1677ff',
    dark: true,
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '借呗' },
      { t: 'hero', label: '可借额度(元)', value: '****', eye: true, below: ['总额度 ¥****'] },
      { t: 'inline', texts: ['日利率 0.035%', '年化利率(单利) 12.78%'] },
      { t: 'button', text: '去借钱' },
      { t: 'ad', lines: ['借呗专享', '最高可借200,000元', '年化利率低至7.2%'] },
    ],
    truth: {
      observations: [{ ...JIEBEI, dailyRate: 0.00035, apr: 0.1278, status: 'normal' }],
      takenAt: '2026-12-03T02:15:00.000Z',
      takenFrom: 'file-name',
      ads: [200000, 0.072],
    },
  },
  {
    file: 'jiebei-limited.png',
    imitates: 'vocabulary.md "Status phrases" (借呗 暂时无法使用 / 综合评估未通过 banner over a zero limit)',
    accent: '#1677ff',
    size: 'ip8',
    blocks: [
      { t: 'title', text: '借呗' },
      { t: 'banner', text: '暂时无法使用', sub: '综合评估未通过，请3个月后再试' },
      { t: 'hero', label: '可借额度(元)', value: '0.00', below: ['总额度 ¥30,000.00'] },
      { t: 'button', text: '去借钱', disabled: true },
      { t: 'footer', text: '客服热线 95188' },
    ],
    truth: { observations: [{ ...JIEBEI, availableLimit: 0, totalLimit: 30000, status: 'limited' }], ads: [95188, 3] },
  },
  {
    file: 'IMG_1234.PNG',
    imitates:
      'linf1/yxCredit-api repaymentTwo.jsp (本月账单 / a bill as the big number); vocabulary.md "App screens" (花呗: 本月应还 is the bill, not a limit)',
    accent: '#1677ff',
    size: 'ip12',
    time: '21:40',
    battery: '62%',
    blocks: [
      { t: 'title', text: '花呗' },
      { t: 'hero', label: '本月应还(元)', value: '1,234.56', below: ['12月10日到期'] },
      {
        t: 'rows',
        items: [
          ['可用额度', '¥8,765.44'],
          ['总额度', '¥10,000.00'],
        ],
      },
      { t: 'button', text: '立即还款' },
      { t: 'ad', lines: ['花呗分期', '账单分期费率低至0.5%'] },
      TABS,
    ],
    truth: { observations: [{ ...HUABEI, availableLimit: 8765.44, totalLimit: 10000, status: 'unknown' }], ads: [1234.56, 0.005] },
  },
  {
    file: 'huabei-dark.jpg',
    imitates: 'vocabulary.md "App screens" (花呗: 可用额度 big, 总额度 below, 提额 row 暂不可用)',
    accent: '#1677ff',
    dark: true,
    size: 'fhd',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '花呗' },
      { t: 'hero', label: '可用额度(元)', value: '12,580.00' },
      {
        t: 'pair',
        items: [
          ['总额度(元)', '20,000.00'],
          ['本月待还(元)', '7,420.00'],
        ],
      },
      {
        t: 'rows',
        items: [
          ['提额', '提额暂不可用'],
          ['账单', '›'],
        ],
      },
    ],
    truth: {
      observations: [{ ...HUABEI, availableLimit: 12580, totalLimit: 20000, status: 'unknown', increaseAvailable: false }],
      ads: [7420],
    },
  },
  {
    file: 'mmexport1796218800123.jpg',
    imitates:
      'bruceZhangrong/wxPro pages/loan/limit (WeChat mini-program limit page: 年利率 banner, 随借随还); vocabulary.md (微粒贷: 当前可借 over the number, 总额度, 已借)',
    accent: '#1aad19',
    size: 'fhd',
    quality: 75,
    time: '21:40',
    blocks: [
      { t: 'title', text: '微粒贷' },
      { t: 'hero', label: '当前可借(元)', value: '40,000', below: ['总额度 ¥50,000'] },
      {
        t: 'pair',
        items: [
          ['已借(元)', '10,000.00'],
          ['日利率', '0.03%'],
        ],
      },
      { t: 'button', text: '借钱' },
      { t: 'inline', texts: ['随借随还 按日计息'] },
      { t: 'footer', text: '微众银行 客服电话 95384' },
    ],
    truth: {
      observations: [{ ...WLD, availableLimit: 40000, totalLimit: 50000, usedAmount: 10000, dailyRate: 0.0003, status: 'unknown' }],
      takenAt: '2026-12-02T13:40:00.123Z',
      takenFrom: 'file-name',
      ads: [95384],
    },
  },
  {
    file: 'weilidai-ad.png',
    imitates: 'vocabulary.md "App screens" (微粒贷 with a 最高可借 ceiling ad and 邀请好友 under the account)',
    accent: '#1aad19',
    dark: true,
    size: 'ip8',
    blocks: [
      { t: 'title', text: '微粒贷' },
      { t: 'hero', label: '可借额度(元)', value: '¥ 18,500.00', below: ['总额度 ¥20,000.00', '日利率 0.04%'] },
      { t: 'ad', lines: ['邀请好友得50元', '好友最高可借200,000元'] },
      { t: 'button', text: '借钱' },
    ],
    truth: {
      observations: [{ ...WLD, availableLimit: 18500, totalLimit: 20000, dailyRate: 0.0004, status: 'unknown' }],
      ads: [50, 200000],
    },
  },
  {
    file: 'huabei-frozen.png',
    imitates: 'vocabulary.md "Status phrases" (花呗 暂停使用: frozen)',
    accent: '#1677ff',
    size: 'ip8',
    blocks: [
      { t: 'title', text: '花呗' },
      { t: 'banner', text: '花呗已暂停使用', sub: '为保障账户安全，相关服务已受限' },
      { t: 'rows', items: [['总额度', '¥6,000.00']] },
    ],
    truth: { observations: [{ ...HUABEI, totalLimit: 6000, status: 'frozen' }], ads: [] },
  },
  {
    file: 'weilidai-bill.jpg',
    imitates: 'vocabulary.md "App screens" (the big number can be the bill: 本月应还 over it, 可借额度 below)',
    accent: '#1aad19',
    size: 'ip12',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '微粒贷' },
      { t: 'hero', label: '本月应还(元)', value: '2,100.00', below: ['12月20日自动还款'] },
      {
        t: 'rows',
        items: [
          ['可借额度', '¥37,900.00'],
          ['总额度', '¥40,000.00'],
        ],
      },
    ],
    truth: { observations: [{ ...WLD, availableLimit: 37900, totalLimit: 40000, status: 'unknown' }], ads: [2100] },
  },
  {
    file: 'jiebei-wan.jpg',
    imitates: 'vocabulary.md "Number formats" (额度 in 万 on 借呗 with 近似折算年化利率)',
    accent: '#1677ff',
    size: 'xr',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '借呗' },
      { t: 'hero', label: '可借额度', value: '3.6万', below: ['总额度 4.5万'] },
      {
        t: 'rows',
        items: [
          ['近似折算年化利率', '9.125%'],
          ['日利率', '0.025%'],
        ],
      },
      { t: 'ad', lines: ['限时优惠', '借款利率低至5折'] },
    ],
    truth: {
      observations: [{ ...JIEBEI, availableLimit: 36000, totalLimit: 45000, apr: 0.09125, dailyRate: 0.00025, status: 'unknown' }],
      ads: [],
    },
  },
];
