// The screens of the test set: what each one shows (blocks), at which size, and what a reader must
// make of it (truth). Figures in `ads` appear on the screen but are never the person's.
import type { Block } from './blocks';

export type Size = 'fhd' | 'ip8' | 'ip12' | 'xr';
export const SIZES: Record<Size, { width: number; height: number; dpr: number }> = {
  fhd: { width: 360, height: 780, dpr: 3 }, // 1080×2340 (most Android phones)
  ip8: { width: 375, height: 667, dpr: 2 }, // 750×1334
  ip12: { width: 390, height: 844, dpr: 3 }, // 1170×2532
  xr: { width: 414, height: 896, dpr: 2 }, // 828×1792
};

export interface TruthObservation {
  lender?: string;
  product?: string;
  accountId?: string;
  kind?: string;
  totalLimit?: number;
  availableLimit?: number;
  usedAmount?: number;
  dailyRate?: number;
  apr?: number;
  status: string;
  increaseAvailable?: boolean;
}

export interface Truth {
  observations: TruthObservation[];
  notAccount?: 'no-text' | 'no-figures' | 'advert' | 'chat';
  takenAt?: string;
  takenFrom?: 'file-name';
  /** Figures on the screen that must never be read as the person's (ads, ceilings, bills, phone numbers). */
  ads: number[];
}

export interface Screen {
  file: string;
  imitates: string;
  accent: string;
  dark?: boolean;
  size: Size;
  half?: boolean;
  quality?: number;
  time?: string;
  battery?: string;
  net?: string;
  blocks: Block[];
  truth: Truth;
}

const JIEBEI = { lender: '支付宝', product: '借呗', accountId: 'alipay-jiebei', kind: 'credit-line' };
const HUABEI = { lender: '支付宝', product: '花呗', accountId: 'alipay-huabei', kind: 'pay-later' };
const WLD = { lender: '微众银行', product: '微粒贷', accountId: 'webank-weilidai', kind: 'credit-line' };
const MTJQ = { lender: '美团', product: '美团借钱', accountId: 'meituan-jieqian', kind: 'credit-line' };
const MTYF = { lender: '美团', product: '美团月付', accountId: 'meituan-yuefu', kind: 'pay-later' };
const JT = { lender: '京东', product: '金条', accountId: 'jd-jintiao', kind: 'credit-line' };
const BT = { lender: '京东', product: '白条', accountId: 'jd-baitiao', kind: 'pay-later' };
const YQH = { lender: '度小满', product: '有钱花', accountId: 'duxiaoman-youqianhua', kind: 'credit-line' };
const J360 = { lender: '360数科', product: '360借条', accountId: '360-jietiao', kind: 'credit-line' };
const HQD = { lender: '招联金融', product: '好期贷', accountId: 'zhaolian-haoqidai', kind: 'credit-line' };
const AYH = { lender: '马上消费金融', product: '安逸花', accountId: 'mashang-anyihua', kind: 'credit-line' };
const FQL = { lender: '乐信', product: '分期乐', accountId: 'lexin-fenqile', kind: 'credit-line' };
const card = (lender: string, key: string, tail: string) => ({
  lender,
  product: `信用卡 尾号${tail}`,
  accountId: `${key}-credit-card:${tail}`,
  kind: 'credit-card',
});

const TABS: Block = { t: 'tabs', items: ['首页', '理财', '生活', '消息', '我的'] };
const INVITE = (n: string): Block => ({ t: 'ad', lines: [`邀请好友得${n}元`, '好友成功借款后奖励到账'] });

export const SCREENS: Screen[] = [
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
    truth: { observations: [{ ...HQD, availableLimit: 20000, totalLimit: 50000, usedAmount: 30000, status: 'unknown' }], ads: [95786] },
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
  {
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
