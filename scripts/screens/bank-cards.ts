// Screens of bank apps' credit-card pages: a card with its tail, its limits and its bill.
import type { Screen } from './screen-types';
import { card } from './ids';

const CCB_CARD: Screen = {
  file: 'ccb-card.png',
  imitates: 'ziyanshi999-sss/yihangyidon credit-cards.vue (卡号 masked, 可用额度 / 信用额度); 建设银行 app',
  accent: '#0066b3',
  size: 'ip8',
  half: true,
  blocks: [
    { t: 'title', text: '建设银行' },
    { t: 'card', bank: '中国建设银行', name: '龙卡信用卡', number: '尾号2468' },
    { t: 'hero', label: '可用额度(元)', value: '¥15,300.00', below: ['信用额度 ¥18,000.00'] },
    { t: 'rows', items: [['提额', '申请提额']] },
  ],
  truth: {
    observations: [
      { ...card('建设银行', 'ccb', '2468'), availableLimit: 15300, totalLimit: 18000, status: 'unknown', increaseAvailable: true },
    ],
    ads: [],
  },
};

export const BANK_CARDS: Screen[] = [
  {
    file: 'Screenshot_2026-12-04-08-30-00-456_cmb.pb.jpg',
    imitates:
      'ziyanshi999-sss/yihangyidon credit-cards.vue and NEU-ORG/bank credit_card_creditLimit.jsp (card, tail, 可用额度 / 信用额度); 招商银行 掌上生活',
    accent: '#c8102e',
    size: 'fhd',
    half: true,
    quality: 70,
    time: '08:30',
    blocks: [
      { t: 'title', text: '掌上生活' },
      { t: 'card', bank: '招商银行信用卡', name: 'Young卡 金卡', number: '尾号 8888' },
      { t: 'hero', label: '可用额度(元)', value: '32,000.00' },
      {
        t: 'rows',
        items: [
          ['信用额度', '¥50,000.00'],
          ['本期应还', '¥4,321.00'],
          ['最低还款', '¥432.10'],
        ],
      },
      { t: 'footer', text: '客服热线 95555' },
    ],
    truth: {
      observations: [{ ...card('招商银行', 'cmb', '8888'), availableLimit: 32000, totalLimit: 50000, usedAmount: 4321, status: 'unknown' }],
      takenAt: '2026-12-04T00:30:00.456Z',
      takenFrom: 'file-name',
      ads: [432.1, 95555],
    },
  },
  {
    file: 'icbc-card-dark.jpg',
    imitates: 'NEU-ORG/bank credit_card_creditLimit.jsp (卡号 and 额度 per card); 工商银行 app, dark',
    accent: '#c7000b',
    dark: true,
    size: 'ip8',
    quality: 65,
    blocks: [
      { t: 'title', text: '信用卡' },
      { t: 'card', bank: '中国工商银行', name: '牡丹信用卡', number: '6222 **** **** 1234' },
      {
        t: 'rows',
        items: [
          ['可用额度', '¥9,876.54'],
          ['信用额度', '¥20,000.00'],
          ['账单日', '每月5日'],
        ],
      },
      { t: 'footer', text: '客服 95588' },
    ],
    truth: {
      observations: [{ ...card('工商银行', 'icbc', '1234'), availableLimit: 9876.54, totalLimit: 20000, status: 'unknown' }],
      ads: [95588],
    },
  },
  {
    file: 'cmbc-card.png',
    imitates: 'the cmbc-credit-card page adapter (信用额度, 可用额度, 本期应还金额, card tail) as its app shows it',
    accent: '#00a0e9',
    size: 'fhd',
    half: true,
    blocks: [
      { t: 'title', text: '全民生活' },
      { t: 'card', bank: '民生银行信用卡', name: '标准白金卡', number: '卡号 **** **** **** 5678' },
      {
        t: 'pair',
        items: [
          ['信用额度', '30,000.00'],
          ['可用额度', '21,500.00'],
        ],
      },
      {
        t: 'rows',
        items: [
          ['本期应还金额', '¥8,500.00'],
          ['到期还款日', '12月25日'],
        ],
      },
    ],
    truth: {
      observations: [
        { ...card('民生银行', 'cmbc', '5678'), totalLimit: 30000, availableLimit: 21500, usedAmount: 8500, status: 'unknown' },
      ],
      ads: [],
    },
  },
  CCB_CARD,
  // The same screen saved as WebP (a phone's share sheet, a chat app's save): read as the PNG is.
  { ...CCB_CARD, file: 'ccb-card.webp', quality: 80, imitates: `${CCB_CARD.imitates}; saved as WebP` },
  {
    file: 'Screenshot_20261205-221000.png',
    imitates:
      'ziyanshi999-sss/yihangyidon credit-cards.vue (summary numbers over their captions 总信用额度 / 总可用额度); 交通银行 买单吧 card page with a masked phone number',
    accent: '#1d3f8f',
    size: 'fhd',
    time: '22:10',
    blocks: [
      { t: 'title', text: '买单吧' },
      { t: 'card', bank: '交通银行信用卡', name: '标准卡', number: '尾号 0466' },
      {
        t: 'pairUnder',
        items: [
          ['¥45,000.00', '信用额度'],
          ['¥38,200.50', '可用额度'],
        ],
      },
      {
        t: 'rows',
        items: [
          ['本期应还金额', '¥6,799.50'],
          ['最低还款额', '¥679.95'],
        ],
      },
      { t: 'inline', texts: ['绑定手机 138****5678'] },
      { t: 'footer', text: '客服热线 95559' },
    ],
    truth: {
      observations: [
        { ...card('交通银行', 'bocom', '0466'), totalLimit: 45000, availableLimit: 38200.5, usedAmount: 6799.5, status: 'unknown' },
      ],
      takenAt: '2026-12-05T14:10:00.000Z',
      takenFrom: 'file-name',
      ads: [679.95, 95559, 5678],
    },
  },
];
