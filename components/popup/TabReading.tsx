// "本页读到 / Read on this page": what the last capture on the popup's tab read, field by field, with
// "不对？ / Wrong?" per account. Wrong removes that observation through the corrections (the undo bar
// sends it back) and, on a tracked site, opens the picker in the page preset to the fields read, so
// the person's pick becomes the site's rule. Page values are shown as text only.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n';
import { tr, type TabReadingKey } from '../../utils/i18n/tab-reading';
import type { TabReading as Reading } from '../../utils/capture/tab-capture';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { readingRows } from '../../utils/ui/reading-rows';
import type { Removed } from '../dashboard/removal';
import { UndoBar } from '../dashboard/UndoBar';
import { useLang } from '../shared/lang-context';
import './tab-reading.css';

export interface TabReadingProps {
  send: Send;
  /** The popup's active tab. */
  tab?: { id?: number; url?: string };
  /** After a removal or an undo: the popup reads its lists again. */
  onChanged: () => void;
  /** Changes when the history did (the popup's dashboard): the tab may have been read again. */
  refresh?: unknown;
}

/** The tab's address as captures keep it (no query or fragment). */
function pageAddress(url: string | undefined): string | undefined {
  try {
    const u = new URL(url ?? '');
    return u.origin + u.pathname;
  } catch {
    return undefined;
  }
}

export function TabReading({ send, tab, onChanged, refresh }: TabReadingProps) {
  const lang = useLang();
  const tabId = tab?.id;
  const [reading, setReading] = useState<Reading>();
  const [busy, setBusy] = useState<string>();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Removed>();
  // Rows taken out here, by account and time: a later read of the same account shows again.
  const rowKey = (a: { accountId: string; at: string }) => `${a.accountId}|${a.at}`;
  // Stable, so the undo bar's timer is not restarted by every render.
  const closeUndo = useCallback(() => setRemoved(undefined), []);
  const [note, setNote] = useState<TabReadingKey>();
  const [failure, setFailure] = useState<Failure>();

  useEffect(() => {
    if (tabId === undefined) return;
    const address = pageAddress(tab?.url);
    void send({ type: 'ui:tab-capture', tabId }).then((reply) => {
      // Only while the tab still shows the page that was read (activeTab lets the popup see its address).
      if (reply.ok && reply.reading && reply.reading.url === address) setReading(reply.reading);
    });
  }, [send, tabId, tab?.url, refresh]);

  if (tabId === undefined || !reading) return null;
  const shown = reading.accounts.filter((a) => !hidden.has(rowKey(a)));

  const onWrong = (read: { accountId: string; at: string }, index: number) => {
    const { accountId } = read;
    if (busy) return;
    setBusy(accountId);
    setFailure(undefined);
    setNote(undefined);
    void send({ type: 'ui:wrong-capture', tabId, accountId })
      .then((reply) => {
        if (!reply.ok) {
          // Removed since the popup opened (on the dashboard, another popup): say so plainly.
          if (reply.code !== 'invalid-entry') return setFailure(reply);
          setHidden((h) => new Set(h).add(rowKey(read)));
          return setNote('reading.gone');
        }
        setHidden((h) => new Set(h).add(rowKey(read)));
        setRemoved({ observation: reply.removed });
        setNote(
          reply.picking ? 'reading.picking' : !reading.pickable ? 'reading.builtIn' : index > 0 ? 'reading.notFirst' : 'reading.noPicker',
        );
        onChanged();
      })
      .finally(() => setBusy(undefined));
  };

  const onUndone = (back: Removed) => {
    if ('observation' in back) setHidden((h) => new Set([...h].filter((k) => k !== rowKey(back.observation))));
    setRemoved(undefined);
    setNote('reading.undone');
    // The person takes it back: the picker they were sent to is no longer wanted.
    void send({ type: 'ui:stop-picker', tabId });
    onChanged();
  };

  return (
    <section class="tab-reading" aria-labelledby="tab-reading-title">
      <h2 id="tab-reading-title" class="section-title">
        {tr(lang, 'reading.title')}
      </h2>
      {shown.length > 0 && <p class="muted">{tr(lang, 'reading.hint')}</p>}
      {shown.map((a) => {
        const rows = readingRows(lang, a.values);
        const index = reading.accounts.indexOf(a);
        const what = `${a.name}: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}`;
        const pick = reading.pickable && index === 0;
        return (
          <div key={a.accountId} class="reading-account">
            <div class="reading-head">
              <span class="reading-name">{a.name}</span>
              <button
                type="button"
                class="small reading-wrong"
                aria-label={tr(lang, pick ? 'reading.wrong.pick' : 'reading.wrong.remove', { what })}
                aria-disabled={busy !== undefined}
                onClick={() => onWrong(a, index)}
              >
                {busy === a.accountId ? tr(lang, 'reading.removing') : tr(lang, 'reading.wrong')}
              </button>
            </div>
            <dl class="reading-values">
              {rows.map((r) => (
                <div key={r.field} class="reading-value" data-field={r.field}>
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
      {note && (
        <p class="reading-note" role="status">
          {tr(lang, note)}
        </p>
      )}
      {failure && (
        <p class="reading-error" role="alert">
          {failureText(lang, failure)}
        </p>
      )}
      <UndoBar send={send} removed={removed} onUndone={onUndone} onClose={closeUndo} />
    </section>
  );
}
