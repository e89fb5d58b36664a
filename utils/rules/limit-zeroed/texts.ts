import type { Status } from '../../model/types';
import { num, str, type AlertTexts, type TextContext } from '../texts-types';
import type { RuleAlert } from '../shapes';

const STATUSES: readonly string[] = ['normal', 'limited', 'frozen', 'closed', 'unknown'];
const statusOf = (a: RuleAlert): Status | undefined => {
  const s = str(a, 'status');
  return STATUSES.includes(s) ? (s as Status) : undefined;
};
const has = (a: RuleAlert, key: string): boolean => typeof a.evidence[key] === 'number';

/** "since …, last seen …", the last part only when it adds a different day. */
function zhWhen(a: RuleAlert, c: TextContext): string {
  const since = c.date(str(a, 'since'));
  const seen = c.date(str(a, 'lastSeenAt'));
  return `自 ${since}起一直如此` + (seen !== since ? `，最近一次看到是 ${seen}` : '') + '。';
}
function enWhen(a: RuleAlert, c: TextContext): string {
  const since = c.date(str(a, 'since'));
  const seen = c.date(str(a, 'lastSeenAt'));
  return `Since ${since}` + (seen !== since ? `; last seen ${seen}` : '') + '.';
}

function zhDetail(a: RuleAlert, c: TextContext): string {
  const status = statusOf(a);
  const statusNote = status && status !== 'normal' && status !== 'unknown' ? `当前状态：${c.status(status)}。` : '';
  if (str(a, 'zeroed') === 'total') {
    const before = has(a, 'previousLimit') ? `（此前为 ${c.amount(num(a, 'previousLimit'))}）` : '';
    return `总额度已变为 0${before}。${zhWhen(a, c)}${statusNote}`;
  }
  const total = has(a, 'totalLimit') ? `总额度仍显示 ${c.amount(num(a, 'totalLimit'))}，但` : '';
  const used = has(a, 'usedAmount') ? `已用只有 ${c.amount(num(a, 'usedAmount'))}，` : '';
  return `${total}可用额度为 0，${used}并不是用满了：额度可能已被暂停或收回。${zhWhen(a, c)}${statusNote}`;
}

function enDetail(a: RuleAlert, c: TextContext): string {
  const status = statusOf(a);
  const statusNote = status && status !== 'normal' && status !== 'unknown' ? ` Status now: ${c.status(status)}.` : '';
  if (str(a, 'zeroed') === 'total') {
    const before = has(a, 'previousLimit') ? ` (it was ${c.amount(num(a, 'previousLimit'))})` : '';
    return `The total limit is now 0${before}. ${enWhen(a, c)}${statusNote}`;
  }
  const used = has(a, 'usedAmount') ? ` with only ${c.amount(num(a, 'usedAmount'))} used` : '';
  const gone = `nothing is available${used}, and not because it is used up: the line may have been suspended or withdrawn.`;
  const lead = has(a, 'totalLimit')
    ? `The total limit still reads ${c.amount(num(a, 'totalLimit'))}, but ${gone}`
    : gone[0]!.toUpperCase() + gone.slice(1);
  return `${lead} ${enWhen(a, c)}${statusNote}`;
}

export const limitZeroedText: AlertTexts = {
  zh: (a, c) => ({ title: `${c.accountName ?? ''} 额度归零`, detail: zhDetail(a, c) }),
  en: (a, c) => ({ title: `${c.accountName ?? ''}: limit down to zero`, detail: enDetail(a, c) }),
};
