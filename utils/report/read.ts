// The credit report reader: one reader of text for the web page and the PDF alike. It takes the
// report as lines of cells (lines.ts for a page, pdf-lines.ts for a PDF) and gives its accounts as
// observations, its query records as inquiry events, and the report's time.
import type { ExtractedEvent, ExtractedObservation } from '../model/types';
import { toObservation, uniqueIds, withoutForeignTwins, type ReportAccount } from './account';
import { readDetailed } from './detailed';
import { keepRepeats, readInquiries } from './inquiries';
import type { ReportLine } from './lines';
import { readSentences } from './sentences';
import { chinaTime, halfWidth, realDate } from './text';

// The capture message's caps (utils/messaging/protocol-schema.ts): more would be refused whole.
const MAX_OBSERVATIONS = 50;
const MAX_EVENTS = 500;

export interface ReportRead {
  observations: (ExtractedObservation & { accountId: string })[];
  events: ExtractedEvent[];
  /** When the report was made (报告时间), else the latest 截至 date of its accounts; ISO. */
  reportedAt?: string;
  /** The text names itself a credit report (个人信用报告). */
  isReport: boolean;
  /** Account texts found but not understood. */
  unread: string[];
}

const REPORT = /个人信用报告|信用报告|征信中心/;
const TIME = String.raw`[:：]?\s*(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})\s*日?\s*(?:(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?`;

/** 报告时间 (or 查询时间) in China time, with its time of day where printed. */
function reportTime(text: string): string | undefined {
  for (const label of ['报告时间', '报告日期', '查询时间']) {
    const m = new RegExp(label + TIME).exec(text);
    const day = m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const at = day && chinaTime(day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    if (at) return at;
  }
  return undefined;
}

function latestAsOf(accounts: ReportAccount[]): string | undefined {
  const days = accounts.flatMap((a) => (a.asOf ? [chinaTime(a.asOf)] : [])).filter((d): d is string => d !== undefined);
  return days.sort().at(-1);
}

const carriesValue = (o: ExtractedObservation): boolean =>
  o.status !== 'unknown' || [o.totalLimit, o.availableLimit, o.usedAmount, o.dailyRate, o.apr].some((v) => v !== undefined);

export function readReport(lines: ReportLine[]): ReportRead {
  const text = halfWidth(lines.map((l) => l.join(' ')).join('\n'));
  const sentences = readSentences(text);
  const detailed = readDetailed(lines);
  const accounts = withoutForeignTwins([...sentences.accounts, ...detailed.accounts]);
  // An account whose figures and state were all lost (a 详版 table cut from its heading) says nothing
  // the history could hold.
  const items = accounts
    .map((a) => ({ o: toObservation(a), tail: a.tail, open: a.status !== 'closed' }))
    .filter(({ o }) => carriesValue(o));
  uniqueIds(items);
  // Over the cap, the open accounts are the ones that matter.
  const kept =
    items.length > MAX_OBSERVATIONS ? [...items.filter((i) => i.open), ...items.filter((i) => !i.open)].slice(0, MAX_OBSERVATIONS) : items;
  const events = readInquiries(lines);
  keepRepeats(events);
  const recent =
    events.length > MAX_EVENTS ? [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, MAX_EVENTS) : events;
  const reportedAt = reportTime(text) ?? latestAsOf(accounts);
  return {
    observations: kept.map((i) => i.o),
    events: recent,
    ...(reportedAt && { reportedAt }),
    isReport: REPORT.test(text.replace(/\s+/g, '')),
    unread: [...sentences.unread, ...detailed.unread],
  };
}
