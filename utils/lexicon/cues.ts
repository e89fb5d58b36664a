// The words that tell what a number is not: an advert's ceiling or teaser rate, an invitation to
// apply, another currency, a footnote. One wording per line; the readers build their patterns from
// these lists (utils/extract/, utils/adapters/label-reader.ts, utils/screenshot/).

/** Beside a number, a product's ceiling (最高可借200,000, up to): an advert's figure, or a line's upper bound. */
export const CEILING_WORDS: readonly string[] = ['最高', '高达', '至高', '最多可借', 'up to'];
/** Beside a number, a teaser (低至0.02%, as low as): always an advert's. */
export const TEASER_WORDS: readonly string[] = ['最低', '低至', '仅需', 'as low as', 'starting at'];
/** In a value, these make it an advert's figure, never the person's. */
export const AD_WORDS: readonly string[] = [...CEILING_WORDS, ...TEASER_WORDS];
/** After a number: a "from" price (3.6%起, 500元起). */
export const FROM_WORDS: readonly string[] = ['起'];

/** A button or link inviting to apply: its page or card advertises a product, not an account. */
export const APPLY_CUES: readonly string[] = [
  '立即申请',
  '马上申请',
  '免费申请',
  '一键申请',
  '申请额度',
  '测测额度',
  '测一测额度',
  '立即测额',
  '查看我的额度',
  '领取额度',
  '立即领取',
  '去申请',
  '立即开通',
  '邀请好友',
  '立即借款试算',
  'apply now',
];

/** Labels that state a product's ceiling: on a page inviting to apply they are the advert's. */
export const CEILING_LABELS: readonly string[] = ['最高可借', '最高可借额度', '当前最高可借'];

/** Words naming another currency or a conversion: that amount is not the yuan one the history holds. */
export const FOREIGN_CUES: readonly string[] = [
  '$',
  'usd',
  '美元',
  '港币',
  '港元',
  'hkd',
  '欧元',
  'eur',
  '日元',
  'jpy',
  '英镑',
  'gbp',
  '外币',
  '等值',
  '折合',
  'equivalent',
];

/** Marks of the yuan, before or after an amount (¥12,000 · 12,000.00/CNY · RMB 12,000.00 · 12,000元). */
export const YUAN_MARKS: readonly string[] = ['¥', '元', '块', '人民币', 'rmb', 'cny', 'yuan'];
/** Multipliers written after the digits (1.2万 = 12,000). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** A box opening with one of these is fine print: its figures explain terms, not this account. */
export const FINE_PRINT: readonly string[] = [
  '温馨提示',
  '重要提示',
  '特别提示',
  '风险提示',
  '友情提示',
  '注:',
  '注意事项',
  '备注',
  '说明:',
  '免责声明',
  '※',
  'note:',
  'notes:',
  'important:',
];

/** What an advertising, help or footer box says (its class alone does not make it one). */
export const NOISE_TEXT: readonly string[] = ['常见问题', '帮助中心', '版权所有', '©', 'copyright', '下载app', '扫码下载'];

/** class/id words that name an advert's box by its purpose: never read. */
export const AD_CLASS_WORDS: readonly string[] = [
  'ad',
  'ads',
  'advert',
  'advertisement',
  'promo',
  'promotion',
  'marketing',
  'sponsor',
  'sponsored',
  'faq',
  'faqs',
  'qa',
  'questions',
  'news',
  'article',
  'agreement',
  'protocol',
  'disclaimer',
  'copyright',
];
/**
 * class/id words of layout boxes that often explain or navigate (status-banner, help-box): such a
 * box is read unless what it says is noise (an advert's words, an invitation, a question, help text).
 */
export const SUSPECT_CLASS_WORDS: readonly string[] = [
  'help',
  'question',
  'explain',
  'guide',
  'footer',
  'foot',
  'nav',
  'navbar',
  'menu',
  'banner',
  'hero',
  'slogan',
];

/** Words in a page's title that make it about lending in general, or other people's accounts: a help
 *  centre, a forum thread, an explainer, a comparison. Nothing on it is the reader's account. */
export const NOT_ACCOUNT_TITLES: readonly string[] = [
  '帮助中心',
  '常见问题',
  'help center',
  'faq',
  '百度贴吧',
  '论坛',
  '社区',
  '问答',
  '知乎',
  '攻略',
  '科普',
  '一文看懂',
  '是什么意思',
  '对比',
  '测评',
  '排行',
  '百科',
];
