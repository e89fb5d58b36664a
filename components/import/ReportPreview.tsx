import { formatAmount } from '../../utils/format';
import { localeOf, t, type Lang } from '../../utils/i18n';
import { to } from '../../utils/i18n/options';
import type { ReportRead } from '../../utils/report/read';
import { useLang } from '../shared/lang-context';

export interface ReportPreviewProps {
  fileName: string;
  read: ReportRead;
}

/** Query records listed before "n more": the list is a check, not the report. */
export const INQUIRIES_SHOWN = 10;

// A report's dates are China-time calendar dates, whatever the browser's zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function chinaDate(lang: Lang, iso: string, time = false): string {
  const key = `${lang}/${time}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.DateTimeFormat(localeOf(lang), {
        dateStyle: 'medium',
        ...(time && { timeStyle: 'short' }),
        timeZone: 'Asia/Shanghai',
      })),
    );
  return f.format(new Date(iso));
}

const isOwn = (reason: string | undefined) => /本人查询|个人查询/.test(reason ?? '');

// Amounts are shown (it is the person's own screen) but never leave this component.
export function ReportPreview({ fileName, read }: ReportPreviewProps) {
  const lang = useLang();
  const own = read.events.filter((e) => isOwn(e.reason)).length;
  return (
    <div class="report-preview">
      <p class="report-format">{to(lang, 'options.report.recognised', { file: fileName })}</p>
      {read.reportedAt && <p>{to(lang, 'options.report.reportedAt', { date: chinaDate(lang, read.reportedAt, true) })}</p>}
      {read.observations.length === 0 ? (
        <p>{to(lang, 'options.report.noAccounts')}</p>
      ) : (
        <table class="report-accounts">
          <caption class="visually-hidden">{to(lang, 'options.report.accounts', { n: read.observations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{to(lang, 'options.report.account')}</th>
              <th scope="col">{to(lang, 'options.report.kind')}</th>
              <th scope="col">{to(lang, 'options.report.limit')}</th>
              <th scope="col">{to(lang, 'options.report.used')}</th>
              <th scope="col">{to(lang, 'options.report.status')}</th>
            </tr>
          </thead>
          <tbody>
            {read.observations.map((o) => (
              <tr key={o.accountId}>
                <th scope="row">{o.product ? `${o.lender ?? ''} · ${o.product}` : o.lender}</th>
                <td>{o.kind ? t(lang, `kind.${o.kind}`) : '—'}</td>
                <td>{o.totalLimit === undefined ? '—' : formatAmount(lang, o.totalLimit)}</td>
                <td>{o.usedAmount === undefined ? '—' : formatAmount(lang, o.usedAmount)}</td>
                <td>{o.statusText ?? t(lang, `status.${o.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {read.events.length === 0 ? (
        <p>{to(lang, 'options.report.noInquiries')}</p>
      ) : (
        <div class="report-inquiries">
          <p>{to(lang, 'options.report.inquiries', { n: read.events.length, own })}</p>
          <ul>
            {read.events.slice(0, INQUIRIES_SHOWN).map((e, i) => (
              <li key={i}>
                {to(lang, 'options.report.inquiryLine', { date: chinaDate(lang, e.at), lender: e.lender ?? '—', reason: e.reason ?? '—' })}
              </li>
            ))}
          </ul>
          {read.events.length > INQUIRIES_SHOWN && (
            <p class="muted">{to(lang, 'options.report.moreInquiries', { n: read.events.length - INQUIRIES_SHOWN })}</p>
          )}
        </div>
      )}
      {read.unread.length > 0 && (
        <div class="report-unread">
          <p>{to(lang, 'options.report.unread', { n: read.unread.length })}</p>
          <ul>
            {read.unread.map((u, i) => (
              <li key={i}>{u}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
