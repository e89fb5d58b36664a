import { MAX_AMOUNT, type AccountKind, type ExtractedEvent, type ExtractedObservation, type Status } from '../model/types';
import { isAside, readHeaderTable, tableTitle, type Columns, type Row } from '../extract/header-table';
import { normalizeText, parseAmount } from '../extract/numbers';
import type { Adapter } from './types';

// 个人征信 (PBoC credit report, 个人信用信息服务平台 ipcrs.pbccrc.org.cn). The report lists credit
// accounts in tables (机构 · 账户类型 · 授信额度/借款金额 · 已用额度/余额 · 账户状态 …) and the queries
// made on the person (编号 · 查询日期 · 查询机构 · 查询原因), institutions' and the person's own in
// separate tables. Tables are found by their header texts; any other page of the platform (login,
// application forms) has none of them and gives nothing.

const ACCOUNT_COLUMNS = {
  lender: ['发放机构', '授信机构', '发卡机构', '管理机构', '业务管理机构', '机构', '机构名称'],
  type: ['账户类型', '账户种类', '卡片类型'],
  business: ['业务种类', '贷款种类', '贷款类型'],
  limit: ['授信额度', '信用额度', '账户授信额度', '借款金额', '贷款金额'],
  used: ['已用额度', '已使用额度', '余额', '本金余额', '贷款余额', '透支余额'],
  status: ['账户状态', '状态'],
  number: ['账户编号', '账号', '卡号', '账户标识'],
  opened: ['开立日期', '开户日期', '发放日期', '发卡日期'],
  currency: ['币种', '账户币种'],
} as const satisfies Columns<string>;
type AccountKey = keyof typeof ACCOUNT_COLUMNS;

const INQUIRY_COLUMNS = {
  date: ['查询日期', '查询时间'],
  querier: ['查询机构', '查询机构名称', '查询操作员'],
  reason: ['查询原因'],
} as const satisfies Columns<string>;
type InquiryKey = keyof typeof INQUIRY_COLUMNS;

// 账户状态 → status, worst first. The history format has no "delinquent" status: 逾期 (overdue) and
// 呆账 (written off) are kept as `limited` — the line cannot be drawn on while the debt is in
// arrears, yet the account is neither closed (the debt is still owed and stays on the report) nor
// frozen by the lender — with the report's phrase in statusText so nothing is lost.
const STATUS: [RegExp, Exclude<Status, 'unknown'>][] = [
  [/销户|结清/, 'closed'],
  [/冻结|止付/, 'frozen'],
  [/呆账|逾期/, 'limited'],
  [/正常/, 'normal'],
];

// 账户类型 / 业务种类 → kind. 非循环贷 before 循环贷: the one contains the other.
const KINDS: [RegExp, AccountKind][] = [
  [/贷记卡|信用卡/, 'credit-card'],
  [/非循环/, 'installment-loan'],
  [/循环/, 'credit-line'],
  [/贷款|房贷|车贷/, 'installment-loan'],
];

/** Amounts are in yuan only on 人民币 accounts: a dual-currency card's 美元账户 records nothing. */
const FOREIGN = /美元|港币|港元|欧元|日元|英镑|外币|USD|HKD|EUR|JPY|GBP/i;
const TOTAL_ROW = /^(?:合计|总计|小计)$/;
/** The person's own queries: the reason 本人查询 (个人查询 in older reports), or the table's title. */
const SELF = /本人查询|个人查询/;

// The capture message's caps (utils/messaging/protocol-schema.ts): more would be refused whole.
const MAX_OBSERVATIONS = 50;
const MAX_EVENTS = 500;
const MAX_NAME = 80;
const MAX_ID = 80;

/** A CJK name as printed, without the spaces layouts put inside it. */
const tight = (s: string) => normalizeText(s).replace(/\s+(?=[^\x20-\x7e])|(?<=[^\x20-\x7e])\s+/g, '');

/** `2026.09.12` · `2026-09-12` · `2026年9月12日` → [y, m, d] of a real date. */
function ymd(text: string): [number, number, number] | undefined {
  const m = /(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})/.exec(normalizeText(text));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? [y, mo, d] : undefined;
}

/** The day's start in China time (the report's dates are Beijing dates), as an ISO UTC instant. */
function chinaMidnight(text: string): string | undefined {
  const d = ymd(text);
  return d && new Date(Date.UTC(d[0], d[1] - 1, d[2]) - 8 * 3600_000).toISOString();
}

/** An amount as printed, or undefined (masked, `--`, a misread too big to be anyone's). */
function amount(text: string | undefined): number | undefined {
  const n = text === undefined ? undefined : parseAmount(text);
  return n !== undefined && n <= MAX_AMOUNT ? n : undefined;
}

function statusOf(text: string): Status {
  return STATUS.find(([re]) => re.test(text))?.[1] ?? 'unknown';
}

/** The row's own type first; without one, the section it is listed under (信用卡 / 贷款). */
function kindOf(row: Row<AccountKey>, section: string): AccountKind {
  const of = (text: string) => KINDS.find(([re]) => re.test(text))?.[1];
  return of(`${row.type ?? ''} ${row.business ?? ''}`) ?? of(section) ?? 'other';
}

/** Institution and product, plus what the report gives to tell two such accounts apart. */
function baseId(lender: string, product: string, row: Row<AccountKey>): string {
  const opened = row.opened && ymd(row.opened);
  const tail = /([0-9A-Za-z]{1,4})\s*$/.exec(row.number ?? '')?.[1];
  const parts = [lender.slice(0, 40), product.slice(0, 16), opened && opened.map((n) => String(n).padStart(2, '0')).join(''), tail];
  return ('pboc:' + parts.filter(Boolean).join('/')).slice(0, MAX_ID);
}

function accountObservation(row: Row<AccountKey>, section: string): (ExtractedObservation & { accountId: string }) | undefined {
  const lender = tight(row.lender ?? '').slice(0, MAX_NAME);
  if (!lender || TOTAL_ROW.test(lender)) return undefined;
  if (FOREIGN.test(`${row.currency ?? ''} ${row.type ?? ''}`)) return undefined;
  const product = tight(row.business ?? row.type ?? '').slice(0, MAX_NAME);
  const statusText = normalizeText(row.status ?? '').slice(0, 200);
  const status = statusOf(statusText);
  const kind = kindOf(row, section);
  // A loan's 借款金额 is what was lent once, not a limit: as one, its balance would read as a line
  // used up (high-utilization) on every mortgage. Only its balance is kept.
  const totalLimit = kind === 'installment-loan' ? undefined : amount(row.limit);
  const usedAmount = amount(row.used);
  if (status === 'unknown' && totalLimit === undefined && usedAmount === undefined) return undefined;
  return {
    accountId: baseId(lender, product || kind, row),
    lender,
    ...(product && { product }),
    kind,
    ...(totalLimit !== undefined && { totalLimit }),
    ...(usedAmount !== undefined && { usedAmount }),
    status,
    ...(statusText && { statusText }),
  };
}

function inquiryEvent(row: Row<InquiryKey>, selfTable: boolean): ExtractedEvent | undefined {
  const at = row.date && chinaMidnight(row.date);
  if (!at) return undefined;
  const lender = tight(row.querier ?? '').slice(0, MAX_NAME);
  let reason = normalizeText(row.reason ?? '');
  // The person's own checks must read as such (the rules do not count them as hard inquiries),
  // also where the personal-queries table prints only the channel or nothing.
  if (selfTable && !SELF.test(reason)) reason = reason ? `本人查询(${reason})` : '本人查询';
  reason = reason.slice(0, MAX_NAME);
  if (!lender && !reason) return undefined;
  return { at, kind: 'inquiry', ...(lender && { lender }), ...(reason && { reason }) };
}

/**
 * Two queries by one institution for one reason on one day are two hard inquiries, but would be one
 * event (storage keys events by their content): the n-th repeat is moved n milliseconds later, in
 * the report's order, so opening the report again gives the very same events.
 */
function keepRepeats(events: ExtractedEvent[]): void {
  const seen = new Map<string, number>();
  for (const e of events) {
    const key = JSON.stringify([e.at, e.lender, e.reason]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) e.at = new Date(Date.parse(e.at) + n).toISOString();
  }
}

/** Distinct ids for accounts the report does not tell apart, in the report's order. */
function uniqueIds(observations: (ExtractedObservation & { accountId: string })[]): void {
  const seen = new Map<string, number>();
  for (const o of observations) {
    const n = (seen.get(o.accountId) ?? 0) + 1;
    seen.set(o.accountId, n);
    if (n > 1) o.accountId = o.accountId.slice(0, MAX_ID - String(n).length - 1) + `#${n}`;
  }
}

export const pbocCreditReport: Adapter = {
  id: 'pboc-credit-report',
  name: { zh: '个人征信报告（个人信用信息服务平台）', en: 'PBoC personal credit report' },
  matches: ['https://ipcrs.pbccrc.org.cn/*'],
  home: 'https://ipcrs.pbccrc.org.cn/',
  source: 'credit-report',
  bundle: 'credit-report',
  extract(doc) {
    const observations: (ExtractedObservation & { accountId: string })[] = [];
    const events: ExtractedEvent[] = [];
    for (const table of Array.from(doc.querySelectorAll('table'))) {
      if (isAside(table)) continue;
      const accounts = readHeaderTable(table, ACCOUNT_COLUMNS, (f) => f.has('lender') && f.has('status') && (f.has('limit') || f.has('used')));
      if (accounts) {
        const section = tableTitle(table);
        for (const row of accounts) {
          const o = accountObservation(row, section);
          if (o) observations.push(o);
        }
        continue;
      }
      const inquiries = readHeaderTable(table, INQUIRY_COLUMNS, (f) => f.has('date') && (f.has('querier') || f.has('reason')));
      if (!inquiries) continue;
      const selfTable = SELF.test(tableTitle(table));
      for (const row of inquiries) {
        const e = inquiryEvent(row, selfTable);
        if (e) events.push(e);
      }
    }
    uniqueIds(observations);
    keepRepeats(events);
    // Over the caps, the open accounts and the newest queries are the ones that matter.
    const open = observations.filter((o) => o.status !== 'closed');
    const kept = observations.length > MAX_OBSERVATIONS ? [...open, ...observations.filter((o) => o.status === 'closed')].slice(0, MAX_OBSERVATIONS) : observations;
    const recent = events.length > MAX_EVENTS ? [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, MAX_EVENTS) : events;
    return { observations: kept, events: recent };
  },
};
