// The picker's words, in its own small dictionary: it is injected into a lender's page on its own
// and should not carry the popup's. Chinese first; English complete.
import { labelField } from '../extract/labels';
import type { PickField } from './site-rules';

export type PickerLang = 'zh' | 'en';

const ZH = {
  bar: '额度哨兵：点击页面上的一个数字或状态，告诉我们它是什么。按 Esc 取消。',
  chosen: '你选中的内容：',
  field: '它是：',
  reads: '读作：',
  unreadable: '这段文字读不出所选的内容，请换一个元素或换一种类型。',
  save: '保存',
  again: '重新选择',
  cancel: '取消',
  saving: '正在保存…',
  saved: '已保存。以后打开这个网站时，额度哨兵会先读取这个位置。可在设置页修改或删除。',
  failed: '没有保存：',
  step: '额度哨兵：点击页面上正确的「{field}」（第 {n} 项，共 {total} 项）。页面上没有就点「跳过」，按 Esc 取消。',
  skip: '跳过',
  stepSaved: '已保存「{field}」。',
  'field.totalLimit': '总额度',
  'field.availableLimit': '可用额度',
  'field.usedAmount': '已用额度 / 待还金额',
  'field.rate': '利率',
  'field.status': '账户状态',
} as const;

type Key = keyof typeof ZH;

const EN: Record<Key, string> = {
  bar: 'Limit Sentinel: click a number or a status on this page, then say what it is. Esc cancels.',
  chosen: 'You picked:',
  field: 'It is:',
  reads: 'Reads as: ',
  unreadable: 'This text does not read as the chosen kind of value. Pick another element or another kind.',
  save: 'Save',
  again: 'Pick again',
  cancel: 'Cancel',
  saving: 'Saving…',
  saved: 'Saved. Next time this site is open, Limit Sentinel reads this spot first. Edit or delete it in the settings.',
  failed: 'Not saved: ',
  step: 'Limit Sentinel: click the right {field} on this page ({n} of {total}). Skip it if the page does not show it; Esc cancels.',
  skip: 'Skip',
  stepSaved: 'Saved: {field}. ',
  'field.totalLimit': 'Total limit',
  'field.availableLimit': 'Available limit',
  'field.usedAmount': 'Used / owed',
  'field.rate': 'Interest rate',
  'field.status': 'Account status',
};

export const pickerWords = (lang: PickerLang): Record<Key, string> => (lang === 'en' ? EN : ZH);

/** A word with its `{name}` places filled. */
export const fillWord = (word: string, params: Record<string, string | number>): string =>
  word.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

export const fieldWord = (lang: PickerLang, field: PickField): string => pickerWords(lang)[`field.${field}`];

/** A first guess of what the picked value is, from the label next to it: the reader's lexicon first
 *  (utils/lexicon/labels.ts, so a wording added there is known here too), then its key words. */
export function guessField(label: string | undefined, text: string): PickField {
  const l = label ?? '';
  const known = l ? labelField(l)?.field : undefined;
  if (known === 'totalLimit' || known === 'availableLimit' || known === 'usedAmount' || known === 'status') return known;
  if (known === 'dailyRate' || known === 'apr') return 'rate';
  if (/可用|剩余|可借|可提|Available/i.test(l)) return 'availableLimit';
  if (/已用|待还|应还|欠款|余额|Balance|Owed|Used/i.test(l)) return 'usedAmount';
  if (/利率|日息|年化|费率|Rate|APR/i.test(l) || /%/.test(text)) return 'rate';
  if (!/\d/.test(text)) return 'status';
  return 'totalLimit';
}

/** How a picked value reads, for the person to check before saving (shown in the page only). */
export function describeReading(lang: PickerLang, v: { [k: string]: unknown }): string {
  const pct = (x: number) => `${Number((x * 100).toPrecision(6))}%`;
  const parts: string[] = [];
  for (const k of ['totalLimit', 'availableLimit', 'usedAmount'] as const) {
    if (typeof v[k] === 'number') parts.push(`¥${v[k].toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
  }
  if (typeof v.dailyRate === 'number') parts.push(`${lang === 'en' ? 'daily rate' : '日利率'} ${pct(v.dailyRate)}`);
  if (typeof v.apr === 'number') parts.push(`${lang === 'en' ? 'APR' : '年化利率'} ${pct(v.apr)}`);
  if (typeof v.statusText === 'string') parts.push(v.statusText);
  return parts.join(' · ');
}
