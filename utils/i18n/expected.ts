// The schema and form checks say what they expected in English (the CLI prints it as is). In the
// popup that phrase is shown in the person's language: known phrases are translated here, and an
// unknown one is shown as it is rather than dropped.
import type { Lang } from './lang';

const EXACT: Record<string, string> = {
  'a non-negative number of yuan with at most 2 decimals': '不小于 0、最多两位小数的金额（元）',
  'an ISO 8601 time with a time zone, e.g. 2026-10-01T10:00:00.000Z': '带时区的 ISO 8601 时间，如 2026-10-01T10:00:00.000Z',
  'an http or https address': 'http 或 https 网址',
  'no such field': '已知的字段（这个字段不在格式里）',
  'an account object': '账户对象',
  'an observation object': '记录对象',
  'an event object': '事件对象',
  'an object of observed values': '观察值对象',
  'true or false': 'true 或 false',
  'at least one amount, a rate, or a status other than "unknown"': '至少一个金额、利率，或 "unknown" 以外的状态',
  'a time not before "at"': '不早于 "at" 的时间',
  'a list': '列表',
  'a history file object': '历史记录文件（JSON 对象）',
  'an id not used by another account': '没有被其他账户使用的 id',
  'the id of an account in this file': '本文件中某个账户的 id',
  'a time not used by another observation of this account': '该账户其他记录没有用过的时间',
  JSON: 'JSON 格式',
  'at least one amount, a rate or a status': '至少一个金额、利率或状态',
  'at most the total limit': '不超过总额度',
  'an existing account': '已有的账户',
  'a time not in the future': '不晚于现在的时间',
  'a time between the years 2000 and 2099': '2000 年到 2099 年之间的时间',
  'a time not more than a day in the future': '不晚于明天此时的时间',
  'the lender or an existing account': '放贷方，或一个已有的账户',
  'a positive amount': '大于 0 的金额',
  'a positive amount, or "full"': '大于 0 的金额，或勾选“已全部还清”',
  'an outcome only on an application': '只有申请才有结果',
  '"full" only on a repay': '只有还款才能标记“已全部还清”',
  // Corrections (storage/remove-rows.ts, merge-accounts.ts).
  'the time of a stored observation of this account': '该账户一条已保存记录的时间（这条记录可能已被删除）',
  'the key of a stored event': '一个已保存的事件（它可能已被删除）',
  'an account other than the one merged into it': '另一个账户（不能合并到它自己）',
};

const PATTERNS: [RegExp, string][] = [
  [/^a non-negative daily rate as a fraction, at most (.+)$/, '不小于 0 的日利率（小数形式），最大 $1'],
  [/^a non-negative annual rate as a fraction, at most (.+)$/, '不小于 0 的年利率（小数形式），最大 $1'],
  [/^text of (\d+) to (\d+) characters$/, '$1 到 $2 个字符的文字'],
  [/^text of at most (\d+) characters$/, '最多 $1 个字符的文字'],
  [/^one of (.+)$/, '以下之一：$1'],
  [/^a file of at most (\d+) KiB$/, '不超过 $1 KiB 的文件'],
  [/^version (\d+) or older$/, '版本 $1 或更早'],
  [/^version (\d+)$/, '版本 $1'],
];

export function expectedText(lang: Lang, expected: string): string {
  if (lang === 'en') return expected;
  if (Object.hasOwn(EXACT, expected)) return EXACT[expected]!;
  for (const [pattern, zh] of PATTERNS) if (pattern.test(expected)) return expected.replace(pattern, zh);
  return expected;
}
