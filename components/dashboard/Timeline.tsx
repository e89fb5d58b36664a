// Every event (inquiries, applications, openings, borrows, repays) newest first, a page at a time,
// filtered by kind and lender; the background does the filtering (message ui:timeline).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatAmount, formatSourceDate } from '../../utils/format';
import { td } from '../../utils/i18n/dashboard';
import type { Account, EventKind } from '../../utils/model/types';
import { EVENT_KINDS } from '../../utils/model/types';
import type { Failure } from '../../utils/messaging/protocol';
import type { StoredEvent } from '../../utils/storage/db';
import type { TimelineCursor } from '../../utils/chart/history-types';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import { isolated, Name } from '../shared/Bidi';

export const TIMELINE_PAGE = 50;

export interface TimelineProps {
  send: Send;
  accounts: readonly Account[];
  /** Changes when the events may have changed (a correction): read again from the newest. */
  version?: number;
  /** Correction controls for one event (remove with undo), supplied by the page. */
  eventActions?: (event: StoredEvent) => ComponentChildren;
  onFailure?: (failure: Failure) => void;
}

export function Timeline({ send, accounts, version, eventActions, onFailure }: TimelineProps) {
  const lang = useLang();
  const [kinds, setKinds] = useState<ReadonlySet<EventKind>>(new Set(EVENT_KINDS));
  const [lender, setLender] = useState('');
  const [lenders, setLenders] = useState<string[]>([]);
  const [events, setEvents] = useState<StoredEvent[]>([]);
  const [next, setNext] = useState<TimelineCursor>();
  const [busy, setBusy] = useState(true);
  const names = new Map(accounts.map((a) => [a.id, [a.lender, a.product].filter(Boolean).join(' ')]));

  const load = async (before: TimelineCursor | undefined) => {
    setBusy(true);
    const reply = await send({
      type: 'ui:timeline',
      kinds: [...kinds],
      limit: TIMELINE_PAGE,
      ...(lender && { lender }),
      ...(before && { before }),
    });
    setBusy(false);
    if (!reply.ok) return onFailure?.(reply);
    setEvents((old) => (before ? [...old, ...reply.events] : reply.events));
    setNext(reply.next);
  };
  useEffect(() => {
    if (kinds.size === 0) {
      setEvents([]);
      setNext(undefined);
      setBusy(false);
      return;
    }
    void load(undefined);
  }, [kinds, lender, version]);

  // The choices read every stored event: asked for when the person turns to the filter, so they
  // never hold up the chart or the first page.
  const [askedLenders, setAskedLenders] = useState(false);
  const loadLenders = () => {
    if (askedLenders) return;
    setAskedLenders(true);
    void send({ type: 'ui:event-lenders' }).then((reply) => (reply.ok ? setLenders(reply.lenders) : onFailure?.(reply)));
  };

  const toggle = (kind: EventKind) =>
    setKinds((old) => {
      const set = new Set(old);
      if (!set.delete(kind)) set.add(kind);
      return set;
    });

  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{td(lang, 'dash.timeline')}</h2>
      <div class="filters">
        <fieldset>
          <legend>{td(lang, 'dash.timeline.kinds')}</legend>
          {EVENT_KINDS.map((k) => (
            <label key={k} class="check">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(k)} />
              {td(lang, `dash.event.${k}`)}
            </label>
          ))}
        </fieldset>
        <label class="lender-filter">
          {td(lang, 'dash.timeline.lender')}
          <select
            value={lender}
            onFocus={loadLenders}
            onPointerEnter={loadLenders}
            onChange={(e) => setLender((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{td(lang, 'dash.timeline.allLenders')}</option>
            {lenders.map((l) => (
              <option key={l} value={l}>
                {isolated(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol class="events">
        {events.map((e) => (
          <li key={e.key} class={`event event-${e.kind}`}>
            <time dateTime={e.at}>{formatSourceDate(lang, e.at)}</time>
            <span class="event-kind">{td(lang, `dash.event.${e.kind}`)}</span>
            <span class="event-who">
              <Name text={e.lender ?? (e.accountId !== undefined ? (names.get(e.accountId) ?? e.accountId) : '')} />
            </span>
            {e.amount !== undefined && <span class="event-amount">{formatAmount(lang, e.amount)}</span>}
            {e.full && <span class="event-note">{td(lang, 'dash.event.full')}</span>}
            {e.outcome && <span class="event-note">{td(lang, `dash.outcome.${e.outcome}`)}</span>}
            {e.reason && (
              <span class="event-note">
                <Name text={e.reason} />
              </span>
            )}
            {eventActions && <span class="row-actions">{eventActions(e)}</span>}
          </li>
        ))}
      </ol>
      {busy && <p class="muted">{td(lang, 'dash.loading')}</p>}
      {!busy && events.length === 0 && <p class="muted">{td(lang, 'dash.timeline.empty')}</p>}
      {!busy && next && (
        <button type="button" class="more" onClick={() => void load(next)}>
          {td(lang, 'dash.more')}
        </button>
      )}
    </section>
  );
}
