// The 简版 (summary) report, both generations: no account tables, one sentence per account.
//   2007年6月13日招商银行发放的贷记卡（人民币账户）。截至2018年2月，信用额度22,000，已使用额度16,650。
//   2016年3月5日中国建设银行湖南省分行发放的5,098元（人民币）个人消费贷款，2019年3月5日到期。截至2018年2月，余额4,203。
//   2024年03月04日某银行为其他个人消费贷款授信，额度有效期至2027年5月1日，可循环使用。截至2026年03月，信用额度50,000元(人民币)，余额为12,800，当前无逾期。
// The text is read as one stream with every layout space removed, so a sentence broken over lines
// (PDF text, a narrow page) or spread over elements reads the same.
import { kindOf, statusOf, type ReportAccount } from './account';
import { amountAfter, realDate, tight } from './text';

// An account starts with its opening date, the lender, then 发放的 (cards, loans) or 为…授信 (lines).
// The lender has no sentence punctuation; a date followed by 到期 or 有效期 is not a start.
const START = /(\d{4})年(\d{1,2})月(\d{1,2})日([^。,;:!?]{2,60}?)(发放的|为(?=[^。]{0,30}?授信))/g;
// Where a report section begins: an account's text never runs past one.
const SECTION = /明细如下|记录明细|查询记录|公共记录|信息概要|账户明细|系统中没有|说明:|声明:/;
// A sentence that still belongs to the account: its values, its status.
const ACCOUNT_PART =
  /^(?:截[至止]|\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:已?销户|已?结清|已?转出|到期))|信用额度|已使用额度|透支余额|余额|销户|结清|转出|激活|呆账|逾期金额|当前有逾期|当前无逾期/;
// Page furniture a PDF's text puts between the lines of a sentence that runs over a page break: the
// footer (第 1 页 共 4 页), the next page's header (个人信用报告, 报告编号 …). Whole lines only: once the
// spaces are gone, 报告编号 digits and an amount would run together.
const FURNITURE =
  /^(?:第\s*\d{1,3}\s*页.{0,12}|共\s*\d{1,3}\s*页.{0,12}|个人信用报告\s*(?:[(（].{0,8}[)）])?|报告编号\s*[:：].*|(?:查询|报告)时间\s*[:：].*)$/;
const MONTH_END = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface SentenceRead {
  accounts: ReportAccount[];
  /** Account sentences that were found but could not be read (shown in the PDF preview). */
  unread: string[];
}

/** Every account sentence in the stream (all the report's text, joined). */
export function readSentences(text: string): SentenceRead {
  // Page furniture a PDF's text puts between the lines of a sentence that runs over a page break.
  const stream = tight(
    text
      .split('\n')
      .filter((line) => !FURNITURE.test(line.trim()))
      .join('\n'),
  );
  const starts = Array.from(stream.matchAll(START));
  const accounts: ReportAccount[] = [];
  const unread: string[] = [];
  starts.forEach((m, i) => {
    const end = Math.min(starts[i + 1]?.index ?? stream.length, m.index + 400);
    const body = accountText(stream.slice(m.index, end), m[0].length);
    const account = readAccount(m, body);
    if (account) accounts.push(account);
    else unread.push(body.slice(0, 120));
  });
  return { accounts, unread };
}

/** The account's own sentences: the first, then those that state its values or status. */
function accountText(chunk: string, startLength: number): string {
  const cut = SECTION.exec(chunk.slice(startLength));
  const own = cut ? chunk.slice(0, startLength + cut.index) : chunk;
  const sentences = own.split('。');
  const kept = [sentences[0]!];
  for (const s of sentences.slice(1)) {
    if (!ACCOUNT_PART.test(s)) break;
    kept.push(s);
  }
  return kept.join('。');
}

function readAccount(m: RegExpMatchArray, body: string): ReportAccount | undefined {
  const opened = realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const lender = m[4]!;
  const after = body.slice(m[0].length);
  let product: string;
  let kind: ReportAccount['kind'] | undefined;
  let foreign = false;
  if (m[5] !== '发放的') {
    // 为其他个人消费贷款授信 … 可循环使用: a revolving line (借呗-type lines appear so).
    product = /^(.*?)授信/.exec(after)?.[1] ?? '';
    kind = 'credit-line';
  } else {
    const loan = /^[\d,.]+元?\(([^)]*)\)(.*?)(?:[,。]|$)/.exec(after);
    if (loan) {
      // 发放的5,098元(人民币)个人消费贷款: the amount lent once, then the loan's kind.
      foreign = !/人民币/.test(loan[1]!);
      product = loan[2]!;
      kind = /循环/.test(body) ? 'credit-line' : 'installment-loan';
    } else {
      product = /^(.*?)(?:[(,。]|$)/.exec(after)?.[1] ?? '';
      kind = kindOf(product);
      const currency = /\(([^)]*账户[^)]*)\)/.exec(after)?.[1] ?? '';
      foreign = currency !== '' && !/人民币/.test(currency);
    }
  }
  if (!lender || !product || !kind) return undefined;
  const asOfMatch = /截[至止](\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(body);
  const asOf = asOfMatch
    ? realDate(Number(asOfMatch[1]), Number(asOfMatch[2]), Number(asOfMatch[3] ?? MONTH_END(Number(asOfMatch[1]), Number(asOfMatch[2]))))
    : undefined;
  const totalLimit = amountAfter(body, /(?:信用额度|授信额度)/);
  const usedAmount = amountAfter(body, /已使用额度/) ?? amountAfter(body, /透支余额/) ?? amountAfter(body, /余额/);
  const overdue = amountAfter(body, /逾期金额/);
  const said = statusOf(body.replace(/最近\d+年内[^。]*/g, ''));
  let state = said ?? { status: 'normal' as const };
  // 逾期金额 0 is not an arrear; a positive one is, whatever else the sentence says.
  if (said?.statusText === '逾期' && overdue === 0) state = { status: 'normal' };
  if (state.status !== 'closed' && overdue !== undefined && overdue > 0 && state.status === 'normal')
    state = { status: 'limited', statusText: '逾期' };
  if (state.status === 'normal' && totalLimit === undefined && usedAmount === undefined) return undefined;
  const tail = /卡片?尾号:?(\d{4})/.exec(body)?.[1];
  return {
    lender,
    product,
    kind,
    ...(opened && { opened }),
    ...(tail && { tail }),
    foreign,
    ...(foreign && /折合人民币/.test(body) && { inYuan: true }),
    ...(totalLimit !== undefined && { totalLimit }),
    ...(usedAmount !== undefined && { usedAmount }),
    ...state,
    ...(asOf && { asOf }),
  };
}
