// The same history as a table, for screen readers and for copying: the account's raw rows, newest
// first, a page at a time from the background. The last column is the place for the per-row
// correction controls (components/dashboard corrections, wired in by the page's `rowActions`).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatAmount, formatApr, formatDailyRate, formatDateTime } from '../../utils/format';
import { t, type Lang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { Failure } from '../../utils/messaging/protocol';
import type { Observation } from '../../utils/model/types';
import { usedOf } from '../../utils/rules/amounts';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import { fillNodes, Name } from '../shared/Bidi';

export const TABLE_PAGE = 100;

export interface HistoryTableProps {
  send: Send;
  accountId: string;
  name: string;
  /** Changes when the rows may have changed (a correction): the table reads again from the newest. */
  version?: number;
  /** Correction controls for one row (remove with undo …), supplied by the page. */
  rowActions?: (row: Observation) => ComponentChildren;
  onFailure?: (failure: Failure) => void;
}

const amount = (lang: Lang, v: number | undefined) => (v === undefined ? '—' : formatAmount(lang, v));

export function HistoryTable({ send, accountId, name, version, rowActions, onFailure }: HistoryTableProps) {
  const lang = useLang();
  const [rows, setRows] = useState<Observation[]>([]);
  const [next, setNext] = useState<string>();
  const [busy, setBusy] = useState(true);

  const load = async (before: string | undefined, replace: boolean) => {
    setBusy(true);
    const reply = await send({ type: 'ui:observations', accountId, limit: TABLE_PAGE, ...(before !== undefined && { before }) });
    setBusy(false);
    if (!reply.ok) return onFailure?.(reply);
    setRows((old) => (replace ? reply.rows : [...old, ...reply.rows]));
    setNext(reply.next);
  };
  useEffect(() => {
    setRows([]);
    void load(undefined, true);
  }, [accountId, version]);

  return (
    <div class="table-wrap">
      <table class="history-table">
        <caption>{fillNodes(td(lang, 'dash.table.caption'), { name: <Name text={name} /> })}</caption>
        <thead>
          <tr>
            <th scope="col">{td(lang, 'dash.table.at')}</th>
            <th scope="col">{td(lang, 'dash.table.seenUntil')}</th>
            <th scope="col" class="num">
              {td(lang, 'dash.table.total')}
            </th>
            <th scope="col" class="num">
              {td(lang, 'dash.table.available')}
            </th>
            <th scope="col" class="num">
              {td(lang, 'dash.table.used')}
            </th>
            <th scope="col">{td(lang, 'dash.table.rate')}</th>
            <th scope="col">{td(lang, 'dash.table.status')}</th>
            <th scope="col">{td(lang, 'dash.table.increase')}</th>
            <th scope="col">{td(lang, 'dash.table.source')}</th>
            {rowActions && (
              <th scope="col" class="row-actions">
                {td(lang, 'dash.table.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.at}>
              <td>{formatDateTime(lang, o.at)}</td>
              <td>{o.lastSeenAt ? formatDateTime(lang, o.lastSeenAt) : '—'}</td>
              <td class="num">{amount(lang, o.totalLimit)}</td>
              <td class="num">{amount(lang, o.availableLimit)}</td>
              <td class="num">{amount(lang, usedOf(o))}</td>
              <td>
                {[o.dailyRate !== undefined && formatDailyRate(lang, o.dailyRate), o.apr !== undefined && formatApr(lang, o.apr)]
                  .filter(Boolean)
                  .join(' ') || '—'}
              </td>
              <td>
                {t(lang, `status.${o.status}`)}
                {o.statusText && o.statusText !== t(lang, `status.${o.status}`)
                  ? fillNodes(td(lang, 'dash.aside'), { text: <Name text={o.statusText} /> })
                  : ''}
              </td>
              <td>{o.increaseAvailable === undefined ? '—' : td(lang, o.increaseAvailable ? 'dash.yes' : 'dash.no')}</td>
              <td>{td(lang, `dash.source.${o.source}`)}</td>
              {rowActions && <td class="row-actions">{rowActions(o)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {busy && <p class="muted">{td(lang, 'dash.loading')}</p>}
      {!busy && next !== undefined && (
        <button type="button" class="more" onClick={() => void load(next, false)}>
          {td(lang, 'dash.more')}
        </button>
      )}
    </div>
  );
}
