// Screens of no account: an advert, a chat, a settings page. The reader must read nothing from them.
import type { Screen } from './screen-types';

export const NO_ACCOUNT: Screen[] = [
  {
    file: 'Screenshot_20261202-091200.png',
    imitates: 'a lending landing page (vocabulary.md "Labels": marketing ceilings 最高可借200,000, 年化利率低至): an advert, no account',
    accent: '#1677ff',
    size: 'fhd',
    half: true,
    time: '09:12',
    blocks: [
      { t: 'title', text: '借钱' },
      { t: 'ad', lines: ['最高可借200,000元', '年化利率低至7.2%', '1000元借1天利息低至0.2元'] },
      { t: 'button', text: '立即申请' },
      { t: 'ad', lines: ['邀请好友得88元', '好友借款成功即到账'] },
    ],
    truth: {
      observations: [],
      notAccount: 'advert',
      takenAt: '2026-12-02T01:12:00.000Z',
      takenFrom: 'file-name',
      ads: [200000, 0.072, 1000, 0.2, 88],
    },
  },
  {
    file: 'mmexport1795863910456.jpg',
    imitates: 'a WeChat chat about limits (people send screenshots to ask for advice): a chat, no account',
    accent: '#07c160',
    size: 'fhd',
    half: true,
    quality: 70,
    time: '19:05',
    blocks: [
      { t: 'title', text: '老王' },
      { t: 'chat', from: 'them', text: '你借呗额度多少？' },
      { t: 'chat', from: 'me', text: '降到5000了，之前有2万' },
      { t: 'chat', from: 'them', text: '花呗还有8000吧' },
      { t: 'chat', from: 'me', text: '嗯，总额度10000' },
    ],
    truth: {
      observations: [],
      notAccount: 'chat',
      takenAt: '2026-11-28T11:05:10.456Z',
      takenFrom: 'file-name',
      ads: [5000, 20000, 8000, 10000],
    },
  },
  {
    file: 'IMG_5678.PNG',
    imitates: 'a phone settings screen: no figures',
    accent: '#888',
    size: 'ip8',
    blocks: [
      { t: 'title', text: '设置' },
      { t: 'menu', items: ['账号与安全', '新消息通知', '隐私', '通用', '关于微信'] },
      { t: 'footer', text: '版本 8.0.50' },
    ],
    truth: { observations: [], notAccount: 'no-figures', ads: [8] },
  },
];
