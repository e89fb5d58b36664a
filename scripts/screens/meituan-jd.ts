// Screens of 美团 (借钱, 月付) and 京东 (金条, 白条, and 京东金融's home with both).
import { BT, INVITE, JT, MTJQ, MTYF } from './ids';
import type { Screen } from './screen-types';

export const MEITUAN_JD: Screen[] = [
  {
    file: 'Screenshot_2026-12-04-08-30-00-456_com.sankuai.meituan.jpg',
    imitates: 'vocabulary.md "App screens" (美团借钱: 可借额度(元), 总额度, 年化利率(单利), invitation)',
    accent: '#ffc300',
    size: 'fhd',
    quality: 60,
    time: '08:30',
    battery: '100%',
    blocks: [
      { t: 'title', text: '美团借钱' },
      { t: 'hero', label: '可借额度(元)', value: '30,000.00' },
      {
        t: 'rows',
        items: [
          ['总额度', '30,000.00'],
          ['年化利率(单利)', '10.95%'],
          ['提额', '去提额'],
        ],
      },
      INVITE('30'),
      { t: 'button', text: '去借钱' },
    ],
    truth: {
      observations: [{ ...MTJQ, availableLimit: 30000, totalLimit: 30000, apr: 0.1095, status: 'normal', increaseAvailable: true }],
      takenAt: '2026-12-04T00:30:00.456Z',
      takenFrom: 'file-name',
      ads: [30],
    },
  },
  {
    file: 'meituan-yuefu.png',
    imitates: 'vocabulary.md "App screens" (美团月付: 本月待还 as the big number, 可用额度 and 总额度 below)',
    accent: '#ffc300',
    size: 'xr',
    half: true,
    blocks: [
      { t: 'title', text: '美团月付' },
      { t: 'hero', label: '本月待还(元)', value: '356.20', below: ['可用额度 ¥1,643.80  总额度 ¥2,000.00'] },
      { t: 'button', text: '去还款' },
      { t: 'ad', lines: ['月付专享', '外卖立减5元'] },
    ],
    truth: { observations: [{ ...MTYF, availableLimit: 1643.8, totalLimit: 2000, status: 'unknown' }], ads: [356.2, 5] },
  },
  {
    file: 'meituan-limited.jpg',
    imitates: 'vocabulary.md "Status phrases" (美团借钱 暂时无法使用, with the product ceiling still advertised)',
    accent: '#ffc300',
    size: 'ip8',
    quality: 70,
    blocks: [
      { t: 'title', text: '美团借钱' },
      { t: 'banner', text: '暂时无法使用', sub: '经综合评估暂不支持借款' },
      { t: 'ad', lines: ['最高可借200,000元', '年化利率(单利)7.2%-24%'] },
      { t: 'button', text: '去借钱', disabled: true },
    ],
    truth: { observations: [{ ...MTJQ, status: 'limited' }], ads: [200000, 0.072, 0.24] },
  },
  {
    file: 'Screenshot_2026-12-05-09-30-00-789_com.jd.jrapp.jpg',
    imitates: 'vocabulary.md "App screens" (京东金融 app, 金条: 可借额度 big, 年化利率(单利)); the jd-finance page adapter (金条 block)',
    accent: '#e4393c',
    size: 'fhd',
    quality: 60,
    half: true,
    time: '09:30',
    blocks: [
      { t: 'title', text: '京东金条' },
      { t: 'hero', label: '可借额度(元)', value: '68,000.00', below: ['总额度 80,000.00'] },
      { t: 'inline', texts: ['年化利率(单利) 7.2%', '日利率 0.02%'] },
      { t: 'button', text: '借钱' },
      { t: 'rows', items: [['提额', '去提额']] },
    ],
    truth: {
      observations: [
        { ...JT, availableLimit: 68000, totalLimit: 80000, apr: 0.072, dailyRate: 0.0002, status: 'unknown', increaseAvailable: true },
      ],
      takenAt: '2026-12-05T01:30:00.789Z',
      takenFrom: 'file-name',
      ads: [],
    },
  },
  {
    file: 'jd-baitiao.png',
    imitates: 'the jd-baitiao page adapter (白条 可用额度 / 总额度), vocabulary.md "App screens" (待还)',
    accent: '#e4393c',
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '白条' },
      { t: 'hero', label: '可用额度(元)', value: '8,888.00' },
      {
        t: 'pair',
        items: [
          ['总额度', '¥15,000.00'],
          ['待还', '¥6,112.00'],
        ],
      },
      {
        t: 'rows',
        items: [
          ['提升额度', '去提额'],
          ['白条分期', '›'],
        ],
      },
      { t: 'ad', lines: ['白条新人礼', '最高享30天免息'] },
    ],
    truth: {
      observations: [{ ...BT, availableLimit: 8888, totalLimit: 15000, usedAmount: 6112, status: 'unknown', increaseAvailable: true }],
      ads: [30],
    },
  },
  {
    file: 'jd-baitiao-frozen.jpg',
    imitates: 'vocabulary.md "Status phrases" (白条 额度已冻结)',
    accent: '#e4393c',
    dark: true,
    size: 'ip12',
    half: true,
    quality: 70,
    blocks: [
      { t: 'title', text: '京东白条' },
      { t: 'banner', text: '额度已冻结', sub: '如有疑问请联系客服950618' },
      { t: 'hero', label: '可用额度(元)', value: '0.00', below: ['总额度 ¥15,000.00'] },
      { t: 'button', text: '查看账单' },
    ],
    truth: { observations: [{ ...BT, availableLimit: 0, totalLimit: 15000, status: 'frozen' }], ads: [950618] },
  },
  {
    file: 'jintiao-limited-dark.png',
    imitates: 'vocabulary.md "Status phrases" (金条 暂无可用额度, 请3个月后再试), with an ad for the product',
    accent: '#e4393c',
    dark: true,
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '金条' },
      { t: 'banner', text: '暂无可用额度', sub: '综合评分不足，请3个月后再试' },
      { t: 'ad', lines: ['金条借款', '年化利率低至7.2%', '最高可借200,000元'] },
    ],
    truth: { observations: [{ ...JT, status: 'limited' }], ads: [0.072, 200000, 3] },
  },
  {
    file: 'Screenshot_2026-12-06-20-45-30-001_com.jd.jrapp.jpg',
    imitates:
      'the jd-finance page adapter (京东金融: a 白条 block and a 金条 block, each under its heading, on one page) as the app shows it',
    accent: '#e4393c',
    size: 'fhd',
    half: true,
    quality: 70,
    time: '20:45',
    blocks: [
      { t: 'title', text: '京东金融' },
      { t: 'section', text: '白条' },
      {
        t: 'pair',
        items: [
          ['可用额度(元)', '5,200.00'],
          ['总额度(元)', '10,000.00'],
        ],
      },
      { t: 'section', text: '金条' },
      {
        t: 'pair',
        items: [
          ['可借额度(元)', '45,000.00'],
          ['日利率', '0.03%'],
        ],
      },
      { t: 'rows', items: [['金条提额', '提额暂不可用']] },
      { t: 'ad', lines: ['金条新客', '最高可借200,000元'] },
    ],
    truth: {
      observations: [
        { ...BT, availableLimit: 5200, totalLimit: 10000, status: 'unknown' },
        { ...JT, availableLimit: 45000, dailyRate: 0.0003, status: 'unknown', increaseAvailable: false },
      ],
      takenAt: '2026-12-06T12:45:30.001Z',
      takenFrom: 'file-name',
      ads: [200000],
    },
  },
];
