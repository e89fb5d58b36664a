// One credit account as a report states it, whichever shape it came in (a 简版 sentence or a 详版
// group of tables), and how it becomes an observation with an id that stays the same across
// reports, report generations and the web page / PDF.
import type { AccountKind, ExtractedObservation, Status } from '../model/types';
import { dayKey } from './text';

export interface ReportAccount {
  lender: string;
  /** 贷记卡 · 准贷记卡 · 个人住房贷款 · 其他个人消费贷款 … as printed. */
  product: string;
  kind: AccountKind;
  opened?: [number, number, number];
  /** 卡片尾号 (second generation only): tells two cards apart, never part of the id by itself. */
  tail?: string;
  /** A foreign-currency account (美元账户 …). */
  foreign: boolean;
  /** Its amounts are printed in yuan (简版: 信用额度折合人民币 …); a 详版 prints them in the account's currency. */
  inYuan?: boolean;
  totalLimit?: number;
  usedAmount?: number;
  status: Status;
  statusText?: string;
  /** 截至 date of the values, as [y, m, d] (the month's last day where only a month is printed). */
  asOf?: [number, number, number];
}

export const MAX_NAME = 80;
const MAX_ID = 80;

// Company-form words that one report prints and another leaves out: 简版 says 招商银行, 详版
// 招商银行股份有限公司信用卡中心; 中国建设银行湖南省分行 and 中国建设银行股份有限公司湖南省分行 are one lender.
const FORM = /股份有限公司|有限责任公司|有限公司|股份公司|公司/g;
const CORE = /^.*?(?:银行|消费金融|小额贷款|小贷|汽车金融|金融租赁|信托|财务|保险|融资担保)/;

/** The institution a name stands for, for ids: the bank itself, not its branch or card centre. */
export function lenderKey(name: string): string {
  const plain = name.replace(FORM, '').replace(/\s+/g, '');
  return (CORE.exec(plain)?.[0] ?? plain).slice(0, 40);
}

/** Kind from what the report calls the account. 非循环 before 循环: the one contains the other. */
export function kindOf(text: string): AccountKind | undefined {
  if (/贷记卡|信用卡/.test(text)) return 'credit-card';
  if (/非循环/.test(text)) return 'installment-loan';
  if (/循环|授信/.test(text)) return 'credit-line';
  if (/贷款|房贷|车贷|分期/.test(text)) return 'installment-loan';
  return undefined;
}

/** Status phrases of the report, worst first; the phrase is kept in statusText. 逾期 and 呆账 are
 *  `limited` (the line cannot be drawn on while in arrears; the history format has no "delinquent"). */
export function statusOf(text: string): { status: Status; statusText?: string } | undefined {
  const m = /销户|已结清|结清|转出|呆账|冻结|止付|当前有逾期|逾期|尚未激活|未激活|正常/.exec(
    text.replace(/当前无逾期|从未逾期|未发生过逾期|没有发生过\d*天以上逾期/g, ''),
  );
  if (!m) return undefined;
  const w = m[0];
  const status: Status = /销户|结清|转出/.test(w)
    ? 'closed'
    : /冻结|止付/.test(w)
      ? 'frozen'
      : /呆账|逾期/.test(w)
        ? 'limited'
        : /激活/.test(w)
          ? 'unknown'
          : 'normal';
  return { status, statusText: w };
}

/** The observation, with a base id (lender, kind, opening date); `#n` / the card tail added later. */
export function toObservation(a: ReportAccount): ExtractedObservation & { accountId: string } {
  const parts = [lenderKey(a.lender), a.kind, a.opened && dayKey(a.opened)];
  // A loan's 借款金额 is what was lent once, not a limit: only its balance is kept.
  const totalLimit = a.kind === 'installment-loan' ? undefined : a.totalLimit;
  return {
    accountId: ('pboc:' + parts.filter(Boolean).join('/')).slice(0, MAX_ID),
    lender: a.lender.slice(0, MAX_NAME),
    ...(a.product && { product: a.product.slice(0, MAX_NAME) }),
    kind: a.kind,
    ...(totalLimit !== undefined && { totalLimit }),
    ...(a.usedAmount !== undefined && { usedAmount: a.usedAmount }),
    status: a.status,
    ...(a.statusText && { statusText: a.statusText.slice(0, 200) }),
  };
}

/**
 * A dual-currency card is two accounts of one card sharing one limit (人民币账户 and 美元账户, opened the
 * same day): the foreign one is dropped, or the limit would count twice. A foreign-currency account
 * with no such twin is kept only where its amounts are printed 折合人民币 (in yuan): the history holds
 * yuan only.
 */
export function withoutForeignTwins(accounts: ReportAccount[]): ReportAccount[] {
  const home = accounts.filter((a) => !a.foreign);
  const twin = (f: ReportAccount, a: ReportAccount) =>
    lenderKey(f.lender) === lenderKey(a.lender) &&
    f.kind === a.kind &&
    f.opened?.join() === a.opened?.join() &&
    (!f.tail || !a.tail || f.tail === a.tail);
  return accounts.filter((f) => !f.foreign || (f.inYuan === true && !home.some((a) => twin(f, a))));
}

/** Distinct ids in the report's order: the card tail where printed, else `#n`. */
export function uniqueIds(list: { o: ExtractedObservation & { accountId: string }; tail?: string }[]): void {
  const count = new Map<string, number>();
  for (const { o } of list) count.set(o.accountId, (count.get(o.accountId) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const item of list) {
    const base = item.o.accountId;
    if ((count.get(base) ?? 0) < 2) continue;
    let id = item.tail ? `${base.slice(0, MAX_ID - 5)}/${item.tail}` : base;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id.slice(0, MAX_ID - String(n).length - 1)}#${n}`;
    item.o.accountId = id;
  }
}
