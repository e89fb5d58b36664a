// The query records (查询记录): a title row, sometimes a row of dashes, the header
// 编号 · 查询日期 · 查询操作员 (first generation) or 查询机构 (second) · 查询原因, then one row per query:
//   1 | 2018年3月6日 | 招商银行/*MBUS*R003 | 信用卡审批
//   1 | 2025年05月13日 | 某消费金融有限公司 | 贷款审批
// Institutions' queries and the person's own (本人查询记录明细 / 个人查询记录明细) come in separate tables.
import type { ExtractedEvent } from '../model/types';
import { MAX_NAME } from './account';
import type { ReportLine } from './lines';
import { chinaMidnight, tight } from './text';

const DATE = String.raw`\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?`;
const HEADER = /查询日期/;
const QUERIER = /查询机构|查询操作员|查询者/;
const REASON = /查询原因/;
/** The person's own queries: the table's title, or the reason 本人查询 (个人查询 in older reports). */
const SELF = /本人查询|个人查询/;
const SELF_TITLE = /(?:本人|个人)查询记录/;
const INSTITUTION_TITLE = /机构查询记录/;
const ROW = new RegExp(String.raw`^(?:\d{1,4}\s+|\d{1,4}(?=\d{4}\s*[年.\-/]))?(${DATE})\s*(.*)$`);

/** The querier as one lender: the operator code after `/` dropped (招商银行/*MBUS*R003 → 招商银行). */
export function querierName(raw: string): string {
  return tight(raw.replace(/\s*\/.*$/, '')).slice(0, MAX_NAME);
}

interface Columns {
  date: number;
  querier: number;
  reason: number;
  width: number;
}

function columns(line: ReportLine): Columns | undefined {
  const at = (re: RegExp) => line.findIndex((c) => re.test(tight(c)));
  const date = at(HEADER);
  if (date < 0 || (at(QUERIER) < 0 && at(REASON) < 0)) return undefined;
  return { date, querier: at(QUERIER), reason: at(REASON), width: line.length };
}

/** One row: by the header's columns where the cells line up, else by its text (PDF lines). */
function row(line: ReportLine, cols: Columns): { date: string; querier: string; reason: string } | undefined {
  if (line.length === cols.width && line.length > 2) {
    const date = line[cols.date] ?? '';
    if (!new RegExp(DATE).test(date)) return undefined;
    return {
      date,
      querier: cols.querier >= 0 ? (line[cols.querier] ?? '') : '',
      reason: cols.reason >= 0 ? (line[cols.reason] ?? '') : '',
    };
  }
  const m = ROW.exec(line.join(' ').trim());
  if (!m) return undefined;
  const rest = m[2]!.trim();
  // The reason is the last word (本人查询（互联网个人信用信息服务平台） has no space); the querier the rest.
  const cut = rest.lastIndexOf(' ');
  return cut < 0 ? { date: m[1]!, querier: '', reason: rest } : { date: m[1]!, querier: rest.slice(0, cut), reason: rest.slice(cut + 1) };
}

export function readInquiries(lines: ReportLine[]): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let cols: Columns | undefined;
  let self = false;
  for (const line of lines) {
    const text = tight(line.join(''));
    if (line.length === 1 && SELF_TITLE.test(text)) self = true;
    else if (line.length === 1 && INSTITUTION_TITLE.test(text)) self = false;
    const header = columns(line);
    if (header) {
      cols = header;
      continue;
    }
    if (!cols || /发放的|授信/.test(text)) continue;
    const r = row(line, cols);
    if (!r) continue;
    const at = chinaMidnight(r.date);
    if (!at) continue;
    let reason = tight(r.reason);
    const lender = querierName(r.querier);
    // The person's own checks must read as such (the rules do not count them as hard inquiries),
    // also where the personal-queries table prints only the channel or nothing.
    if (self && !SELF.test(reason)) reason = reason ? `本人查询(${reason})` : '本人查询';
    reason = reason.slice(0, MAX_NAME);
    if (!lender && !reason) continue;
    events.push({ at, kind: 'inquiry', ...(lender && { lender }), ...(reason && { reason }) });
  }
  return events;
}

/**
 * Two queries by one institution for one reason on one day are two hard inquiries, but would be one
 * event (storage keys events by their content): the n-th repeat is moved n milliseconds later, in
 * the report's order, so reading the report again gives the very same events.
 */
export function keepRepeats(events: ExtractedEvent[]): void {
  const seen = new Map<string, number>();
  for (const e of events) {
    const key = JSON.stringify([e.at, e.lender, e.reason]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) e.at = new Date(Date.parse(e.at) + n).toISOString();
  }
}
