// Screens of 度小满/有钱花, 360借条, 招联好期贷, 安逸花 and 分期乐: 万 amounts, spoken rates, statuses.
import { AYH, FQL, HQD, J360, YQH } from './ids';
import type { Screen } from './screen-types';

export const MORE_LENDERS: Screen[] = [
  {
    file: 'Screenshot_20261201-193005.jpg',
    imitates: 'vocabulary.md "Number formats" (amounts in 万: 2.5万) on a 有钱花 screen',
    accent: '#2f6bff',
    size: 'fhd',
    quality: 70,
    time: '19:30',
    blocks: [
      { t: 'title', text: '有钱花' },
      { t: 'hero', label: '可借额度', value: '2.5万', below: ['总额度 5万'] },
      { t: 'inline', texts: ['日利率 0.03%'] },
      { t: 'button', text: '立即借款' },
      { t: 'footer', text: '度小满金融 客服 95055' },
    ],
    truth: {
      observations: [{ ...YQH, availableLimit: 25000, totalLimit: 50000, dailyRate: 0.0003, status: 'normal' }],
      takenAt: '2026-12-01T11:30:05.000Z',
      takenFrom: 'file-name',
      ads: [95055],
    },
  },
  {
    file: 'duxiaoman-dark.jpg',
    imitates: 'vocabulary.md "App screens" (度小满 app: available masked ****, total shown)',
    accent: '#2f6bff',
    dark: true,
    size: 'xr',
    quality: 60,
    blocks: [
      { t: 'title', text: '度小满' },
      { t: 'hero', label: '可借额度(元)', value: '****', eye: true },
      {
        t: 'rows',
        items: [
          ['总额度', '¥60,000.00'],
          ['日息', '万分之三'],
        ],
      },
      { t: 'button', text: '借钱' },
    ],
    truth: { observations: [{ ...YQH, totalLimit: 60000, dailyRate: 0.0003, status: 'unknown' }], ads: [] },
  },
  {
    file: '360-jietiao.png',
    imitates: 'vocabulary.md "App screens" (360借条: 可借额度, 年化利率(单利), 邀请好友)',
    accent: '#21b573',
    size: 'ip8',
    blocks: [
      { t: 'title', text: '360借条' },
      { t: 'hero', label: '可借额度(元)', value: '36,000.00' },
      {
        t: 'rows',
        items: [
          ['总额度', '¥36,000.00'],
          ['年化利率(单利)', '18.00%'],
        ],
      },
      { t: 'ad', lines: ['邀请好友 最高得500元', '每邀1人得50元'] },
      { t: 'button', text: '立即借款' },
    ],
    truth: { observations: [{ ...J360, availableLimit: 36000, totalLimit: 36000, apr: 0.18, status: 'normal' }], ads: [500, 50] },
  },
  {
    file: '360-closed.jpg',
    imitates: 'vocabulary.md "Status phrases" (账户已注销: closed, no figures)',
    accent: '#21b573',
    size: 'fhd',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '360借条' },
      { t: 'banner', text: '账户已注销', sub: '如需继续使用请重新申请' },
      { t: 'button', text: '重新申请' },
      { t: 'footer', text: '客服电话 10100360' },
    ],
    truth: { observations: [{ ...J360, status: 'closed' }], ads: [10100360] },
  },
  {
    file: 'haoqidai.png',
    imitates: 'vocabulary.md Labels (信用额度 / 可用额度 / 已用额度) on a 招联好期贷 screen',
    accent: '#ff6a00',
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '招联好期贷' },
      { t: 'hero', label: '可用额度(元)', value: '20,000.00' },
      {
        t: 'pair',
        items: [
          ['信用额度(元)', '50,000.00'],
          ['已用额度(元)', '30,000.00'],
        ],
      },
      { t: 'button', text: '去借款' },
      { t: 'footer', text: '招联金融 客服 95786' },
    ],
    truth: { observations: [{ ...HQD, availableLimit: 20000, totalLimit: 50000, usedAmount: 30000, status: 'normal' }], ads: [95786] },
  },
  {
    file: 'haoqidai-dark-q60.jpg',
    imitates: 'the same 好期贷 screen in dark mode, JPEG q60, half scale, with the 提额 row closed',
    accent: '#ff6a00',
    dark: true,
    size: 'ip12',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '好期贷' },
      { t: 'hero', label: '可用额度(元)', value: '7,650.00', below: ['信用额度 ¥10,000.00'] },
      { t: 'inline', texts: ['日利率0.045%', '暂无提额机会'] },
    ],
    truth: {
      observations: [{ ...HQD, availableLimit: 7650, totalLimit: 10000, dailyRate: 0.00045, status: 'unknown', increaseAvailable: false }],
      ads: [],
    },
  },
  {
    file: 'anyihua.png',
    imitates: 'vocabulary.md "App screens" (安逸花: 当前可借 over the number, total beside)',
    accent: '#ff4d4f',
    size: 'xr',
    blocks: [
      { t: 'title', text: '安逸花' },
      { t: 'hero', label: '当前可借(元)', value: '15,000' },
      {
        t: 'rows',
        items: [
          ['总额度', '¥20,000'],
          ['年化利率(单利)', '23.9%'],
        ],
      },
      { t: 'ad', lines: ['新客专享', '年化利率低至7.2%起'] },
    ],
    truth: { observations: [{ ...AYH, availableLimit: 15000, totalLimit: 20000, apr: 0.239, status: 'unknown' }], ads: [0.072] },
  },
  {
    file: 'Screenshot_20261206-120000.png',
    imitates: 'vocabulary.md Labels (待还金额) and "Status phrases" (暂无提额机会) on a 分期乐 screen',
    accent: '#ff5a00',
    size: 'fhd',
    half: true,
    time: '12:00',
    battery: '18%',
    blocks: [
      { t: 'title', text: '分期乐' },
      { t: 'hero', label: '可用额度(元)', value: '4,500.00' },
      {
        t: 'rows',
        items: [
          ['总额度', '¥8,000.00'],
          ['待还金额', '¥3,500.00'],
          ['提额', '暂无提额机会'],
        ],
      },
      { t: 'ad', lines: ['乐花卡', '邀请好友 最高得100元'] },
    ],
    truth: {
      observations: [{ ...FQL, availableLimit: 4500, totalLimit: 8000, usedAmount: 3500, status: 'unknown', increaseAvailable: false }],
      takenAt: '2026-12-06T04:00:00.000Z',
      takenFrom: 'file-name',
      ads: [100],
    },
  },
  {
    file: 'youqianhua-half.jpg',
    imitates: 'vocabulary.md "Number formats" (¥ with a space, 万元) on a 有钱花 screen, with the 提额 entry',
    accent: '#2f6bff',
    size: 'ip8',
    half: true,
    quality: 75,
    blocks: [
      { t: 'title', text: '有钱花' },
      { t: 'hero', label: '剩余额度(元)', value: '¥ 9,000.00', below: ['总额度 3万元'] },
      {
        t: 'rows',
        items: [
          ['年化利率(单利)', '14.6%'],
          ['提升额度', '去提额'],
        ],
      },
      { t: 'ad', lines: ['邀请好友 得100元'] },
    ],
    truth: {
      observations: [{ ...YQH, availableLimit: 9000, totalLimit: 30000, apr: 0.146, status: 'unknown', increaseAvailable: true }],
      ads: [100],
    },
  },
  {
    file: 'anyihua-dark.png',
    imitates: 'vocabulary.md "Status phrases" (额度评估中) on an 安逸花 screen, dark',
    accent: '#ff4d4f',
    dark: true,
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '安逸花' },
      { t: 'banner', text: '额度评估中', sub: '预计1-3个工作日完成' },
      { t: 'ad', lines: ['最高可借200,000元', '年化利率低至7.2%'] },
    ],
    truth: { observations: [{ ...AYH, status: 'limited' }], ads: [200000, 0.072] },
  },
  {
    file: 'fenqile-frozen.jpg',
    imitates: 'vocabulary.md "Status phrases" (状态异常 / 冻结) on a 分期乐 screen',
    accent: '#ff5a00',
    size: 'ip12',
    half: true,
    quality: 60,
    blocks: [
      { t: 'title', text: '分期乐' },
      { t: 'banner', text: '账户状态异常', sub: '额度暂时冻结' },
      { t: 'hero', label: '可用额度(元)', value: '0.00', below: ['总额度 ¥12,000.00'] },
    ],
    truth: { observations: [{ ...FQL, availableLimit: 0, totalLimit: 12000, status: 'frozen' }], ads: [] },
  },
];
