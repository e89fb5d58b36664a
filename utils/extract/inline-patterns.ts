// Patterns for labels and values written inside running text ("可用额度：8,000", "总额度10000元，日利率…",
// "8,000.00 可用额度(元)"), built once from the lexicon.
import { LABEL_LEADS } from '../lexicon/labels';
import { alternation } from '../lexicon/patterns';
import { PRODUCTS } from '../lexicon/products';
import { LABEL_WORDS, LABELS, PRODUCT_SOURCE } from './labels';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "标签：值" inside running text; the label (maybe behind a product's name: 花呗可用额度) must start
// the text or follow punctuation. H5 pages also glue the label to the digits: "总额度10000元，日利率低至万5",
// or say it in a sentence: "您的借款日利率为0.04%".
export const INLINE = new RegExp(
  `(?:^|[\\s,;|。、)])((?:${alternation(LABEL_LEADS, false)})?(?:(?:${PRODUCT_SOURCE})\\s*)?(?:${LABEL_WORDS.map(esc).join('|')}))(?:\\s*\\([^)]*\\))?(?:\\s*:|\\s*为\\s*(?=[-¥$\\d])|\\s+(?=[-¥$\\d]|rmb|cny)|(?=[¥\\d]))`,
  'gi',
);
// A character some label or product starts with: INLINE's long alternation runs only where one is.
export const LABEL_START = new RegExp(
  `[${[...new Set([...LABEL_WORDS, ...PRODUCTS.map(([p]) => p)].map((w) => w[0]!.toLowerCase()))].map(esc).join('')}]`,
  'i',
);
// Where a value in running text ends: the next sentence ("，日利率…"), not a thousands comma.
export const VALUE_THEN_WORDS = /^(.*?\d\S*)\s+(?![千万亿元])[\u3400-\u9fff]{2}/;
export const FIGURE_THEN_LABEL = /^([¥$]?\s*-?\d[\d,]*(?:\.\d+)?\s*[万元%]?)\s+(\D{2,20})$/;
export const LEADS = new RegExp(`^(?:${alternation(LABEL_LEADS, false)})`);
export const SENTENCE_END = /,(?!\d{3}(?!\d))|;|。|\s[·•|]/;
export const RATE_START = new RegExp(
  `^(?:${alternation(LABEL_LEADS, false)})?(?:${[...LABELS.dailyRate, ...LABELS.apr].filter((w) => /[^a-z ]/.test(w)).join('|')})`,
);
